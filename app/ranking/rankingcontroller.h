// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "criteriamodel.h"
#include "excludedmodel.h"
#include "mcda.h"
#include "rankingmodel.h"
#include "venueranking.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <string>

class ProjectController;
class QQmlEngine;
class QJSEngine;

/**
 * The venue ranking of the open project (T1.1): the scoring method, the weights and the importance order, the
 * ranked and excluded venues, the comparison of methods, weights derived from the data and the suitability report.
 * The numbers of `venuebid-cli rank`, `compare` and `report --kind suitability`.
 */
class RankingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The scoring method (venuebid-cli rank --method methodName). */
    Q_PROPERTY(Method method READ method WRITE setMethod NOTIFY methodChanged)
    /** "wsm", "wpm", "topsis", "vikor" or "promethee2": the method as the CLI names it. */
    Q_PROPERTY(QString methodName READ methodName NOTIFY methodChanged)
    /** The scoring method as people name it, in the UI language ("weighted sum (WSM)", 「加權總和法（WSM）」). */
    Q_PROPERTY(QString methodTitle READ methodTitle NOTIFY methodTitleChanged)
    /** True when the method's scores are better when lower (VIKOR Q). */
    Q_PROPERTY(bool lowerScoreWins READ lowerScoreWins NOTIFY methodChanged)
    Q_PROPERTY(RankingModel *ranking READ ranking CONSTANT)
    Q_PROPERTY(ExcludedModel *excluded READ excluded CONSTANT)
    Q_PROPERTY(CriteriaModel *criteria READ criteria CONSTANT)
    /** Every method's rank of every ranked venue (`venuebid-cli compare`): filled while comparisonActive. */
    Q_PROPERTY(ComparisonModel *comparison READ comparison CONSTANT)
    /** Set while the comparison is shown: it is computed at once (4 rankings of every venue), then again at most
     *  once per pause in the changes (150 ms after the last), never on every step of a dragged slider; cleared when
     *  set false. */
    Q_PROPERTY(bool comparisonActive READ comparisonActive WRITE setComparisonActive NOTIFY comparisonActiveChanged)
    /** "" or, when the method cannot give every venue a finite score (values too far apart), why, in words in the
     *  project's language (the message of `venuebid-cli rank`; the ranking is then empty). */
    Q_PROPERTY(QString notFiniteText READ notFiniteText NOTIFY rankingChanged)

public:
    enum class Method { Wsm, Wpm, Topsis, Vikor, Promethee2 };
    Q_ENUM(Method)

    RankingController(ProjectController &project, QObject *parent);
    static RankingController *create(QQmlEngine *engine, QJSEngine *);

    /** Sets criterion row to percent of the total weight; the others keep their proportions (sum stays 100).
     *  Consecutive calls for the same row merge into one undo step until endWeightChange(). Re-ranks at once. */
    Q_INVOKABLE void setWeightPercent(int row, double percent);
    /** Closes the current weight drag: the next change is a new undo step. */
    Q_INVOKABLE void endWeightChange();
    /** Replaces all weights at once (AHP or other derived weights), as one undo step named label. */
    void applyWeights(std::vector<double> weights, const std::string &label);
    /** Writes the venue suitability report (current method and language) to a .pdf, .odt or .html file — the
     *  same document as `venuebid-cli report PROJECT --kind suitability`. Returns "" or why it failed. */
    Q_INVOKABLE QString exportSuitabilityReport(const QString &pathOrUrl);
    /** The appendix CSV the last exportSuitabilityReport() wrote next to the report (all venues of a project with
     *  more than the report lists), or "". */
    Q_INVOKABLE [[nodiscard]] QString lastReportAppendix() const { return m_lastAppendix; }
    /** Weights in % derived from the ranked venues' data or the criteria's importance ranks: "entropy", "critic",
     *  "std", "roc", "rank_sum" or "equal" (models/mcda/weights.cpp; `venuebid-cli weights` on a matrix file). */
    Q_INVOKABLE QVariantList derivedWeights(const QString &method) const;
    /** Criteria in importance order (most important first): {row, name}. */
    Q_INVOKABLE QVariantList importanceOrder() const;
    /** Moves a criterion (by its row in the criteria model) up (−1) or down (+1) in importance, as one undo step. */
    Q_INVOKABLE void moveImportance(int row, int delta);
    /** Makes derivedWeights(method) the project's weights, as one undo step. */
    Q_INVOKABLE void applyDerivedWeights(const QString &method);

    // ---- the criteria themselves (models/venues/criteriaedit.h), each one undo step ----
    /** The units a criterion can have: {code, text} (text in the UI language), the row's own unit first when it is
     *  not one of them (row −1: a new criterion). */
    Q_INVOKABLE [[nodiscard]] QVariantList criterionUnits(int row) const;
    /** A criterion as its editor shows it: {nameEn, nameZh, direction ("benefit"/"cost"), unit (code)}. */
    Q_INVOKABLE [[nodiscard]] QVariantMap criterionFields(int row) const;
    /** Adds a criterion from {nameEn, nameZh, direction, unit, percent (0–100)}; its id is made from its name.
     *  Returns {} when done, else {field: "name"/"unit"/"weight"/"", message: a sentence in the UI language}. */
    Q_INVOKABLE QVariantMap addCriterion(const QVariantMap &fields);
    /** Renames criterion row, or changes its direction or unit ({nameEn, nameZh, direction, unit}); as addCriterion. */
    Q_INVOKABLE QVariantMap updateCriterion(int row, const QVariantMap &fields);
    /** What else goes or stays when criterion row is deleted, in sentences, or why it cannot be. */
    Q_INVOKABLE [[nodiscard]] QString criterionRemovalText(int row) const;
    /** Deletes criterion row with its AHP judgements; "" or why not. */
    Q_INVOKABLE QString removeCriterion(int row);
    /** Moves criterion row up (−1) or down (+1) in the list; "" or why not. */
    Q_INVOKABLE QString moveCriterion(int row, int delta);

    [[nodiscard]] Method method() const;
    void setMethod(Method m);
    [[nodiscard]] QString methodName() const;
    [[nodiscard]] QString methodTitle() const;
    [[nodiscard]] vb::mcda::Method mcdaMethod() const { return m_method; }
    /** The engine's method for the QML enum. */
    [[nodiscard]] static vb::mcda::Method mcdaMethod(Method m);
    [[nodiscard]] bool lowerScoreWins() const { return !vb::mcda::higherIsBetter(m_method); }
    [[nodiscard]] RankingModel *ranking() const { return m_ranking; }
    [[nodiscard]] ExcludedModel *excluded() const { return m_excluded; }
    [[nodiscard]] CriteriaModel *criteria() const { return m_criteria; }
    [[nodiscard]] ComparisonModel *comparison() const { return m_comparison; }
    [[nodiscard]] bool comparisonActive() const { return m_comparisonActive; }
    void setComparisonActive(bool active);
    [[nodiscard]] QString notFiniteText() const { return m_notFiniteText; }
    /** The project it ranks. */
    [[nodiscard]] const ProjectController &document() const { return m_project; }
    /** The ranking on screen, with the decision problem it scored (for sensitivity and SMAA). */
    [[nodiscard]] const vb::VenueRanking &result() const { return m_result; }
    /** True when the last recompute started over (a new project or an edit), false after a weight or method change
     *  (the same venues, in a new order), so that views can update in place. */
    [[nodiscard]] bool lastRecomputeReset() const { return m_lastReset; }

Q_SIGNALS:
    void methodChanged();
    /** The method or the language changed. */
    void methodTitleChanged();
    /** The ranking was recomputed (a new project, an edit, the method or the language). */
    void rankingChanged();
    void comparisonActiveChanged();

private:
    /** Ranks anew; reset: the list models reset (a new project), else they update in place (a dragged slider survives). */
    void recompute(bool reset);
    /** Applies a criteria edit made by f as one undo step; {} or {field, message}. */
    QVariantMap applyCriteriaEdit(const std::string &label, const std::function<std::string(vb::Project &)> &f, const QString &field);
    /** Fills the comparison model from the project (compareMethods, as `venuebid-cli compare`). */
    void refreshComparison();

    ProjectController &m_project;
    vb::mcda::Method m_method = vb::mcda::Method::WSM;
    vb::VenueRanking m_result;
    bool m_lastReset = true;
    QString m_lastAppendix;
    QString m_notFiniteText;
    RankingModel *m_ranking;
    ExcludedModel *m_excluded;
    CriteriaModel *m_criteria;
    ComparisonModel *m_comparison;
    bool m_comparisonActive = false;
    QTimer m_comparisonSoon;
};
