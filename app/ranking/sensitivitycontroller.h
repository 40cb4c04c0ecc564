// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rankingcontroller.h"

#include <QPointer>

#include "sensitivity.h"
#include "smaa.h"

#include <QFutureWatcher>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <optional>

/** Sensitivity of the ranking on screen: weight-stability intervals, the smallest weight change that changes the
 *  winner, and SMAA-2 rank acceptability computed off the GUI thread with progress and cancel.
 *  Numbers: `venuebid-cli sensitivity PROJECT --method M --samples K --seed S`. */
class SensitivityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The ranking it examines: SensitivityController { ranking: RankingController }. */
    Q_PROPERTY(RankingController *ranking READ ranking WRITE setRanking NOTIFY rankingSet REQUIRED)
    /** Per criterion: {name, weight, topLower, topUpper, rankLower, rankUpper, flip} (weights in %). */
    Q_PROPERTY(QVariantList stability READ stability NOTIFY stabilityChanged)
    /** One sentence: the smallest single-weight change that changes the winner, and the new winner. */
    Q_PROPERTY(QString winnerFlip READ winnerFlip NOTIFY stabilityChanged)
    Q_PROPERTY(QString winner READ winner NOTIFY stabilityChanged)
    /** "" when every ranked venue is analysed; else which ones are (the top kTopK of more than
     *  vb::mcda::kMaxSensitivityAlternatives: `venuebid-cli sensitivity --top-k 100`). */
    Q_PROPERTY(QString scope READ scope NOTIFY stabilityChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /** Per venue: {name, ranks: [share of rank 1, rank 2, ...], central: [...], confidence} after a SMAA run. */
    Q_PROPERTY(QVariantList acceptability READ acceptability NOTIFY acceptabilityChanged)
    Q_PROPERTY(QString smaaStatus READ smaaStatus NOTIFY acceptabilityChanged)
    Q_PROPERTY(int samples READ samples WRITE setSamples NOTIFY samplesChanged)

public:
    explicit SensitivityController(QObject *parent = nullptr);
    ~SensitivityController() override;

    [[nodiscard]] RankingController *ranking() const { return m_ranking; }
    void setRanking(RankingController *ranking);
    [[nodiscard]] QVariantList stability() const { return m_stability; }
    [[nodiscard]] QString winnerFlip() const { return m_flip; }
    [[nodiscard]] QString winner() const { return m_winner; }
    [[nodiscard]] QString scope() const { return m_scope; }
    /** How many of the best venues are analysed when more than vb::mcda::kMaxSensitivityAlternatives pass. */
    static constexpr int kTopK = 100;
    [[nodiscard]] bool running() const { return m_watcher.isRunning(); }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QVariantList acceptability() const { return m_acceptability; }
    [[nodiscard]] QString smaaStatus() const { return m_smaaStatus; }
    [[nodiscard]] int samples() const { return m_samples; }
    void setSamples(int n);

    /** Starts SMAA-2 (seed 1) on the ranking's decision problem in a worker thread. */
    Q_INVOKABLE void runSmaa();
    /** Asks a running SMAA to stop; partial results are discarded. */
    Q_INVOKABLE void cancel();

    /** Why SMAA refused, in the UI language (the model's own text is English, for the CLI). */
    [[nodiscard]] static QString smaaRefusalText(vb::mcda::SmaaRefusal why);

Q_SIGNALS:
    void rankingSet();
    void stabilityChanged();
    void runningChanged();
    void progressChanged();
    void acceptabilityChanged();
    void samplesChanged();

private:
    void recomputeStability();
    void smaaFinished();
    /** m_acceptability and m_smaaStatus from m_smaa, in the current language. */
    void showSmaa();

    /** The last finished SMAA and the numbers it was run on: kept while they stay the same (a language change
     *  redraws the ranking but must not drop a result that took seconds). */
    std::optional<vb::mcda::SmaaResult> m_smaa;
    vb::mcda::DecisionProblem m_smaaProblem;

    QPointer<RankingController> m_ranking;
    QVariantList m_stability;
    QString m_flip;
    QString m_winner;
    QString m_scope;
    /** The problem analysed: the ranking's, or its top kTopK (then m_rows maps its rows to the ranking's). */
    vb::mcda::DecisionProblem m_problem;
    std::vector<int> m_rows;
    QVariantList m_acceptability;
    QString m_smaaStatus;
    double m_progress = 0.0;
    int m_samples = 10000;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<vb::mcda::SmaaResult> m_watcher;
    std::vector<std::size_t> m_smaaRows; ///< venue index per SMAA row
};
