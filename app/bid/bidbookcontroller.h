// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rankingcontroller.h"

#include "analysislistmodel.h"
#include "mcda.h"
#include "projectclient.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The bid page (T1.5, O1.5.1): what the bid proposes, the narrative of each bid-book chapter in the UI language
 *  (edited here, stored in the project's "bid_book" section with undo), the support letters, and the exports —
 *  bid book and 16:9 pitch deck for the client, the internal annex and the 服務建議書 outline for the bid team —
 *  rendered in the background with the same code as `venuebid-cli report --kind bid|deck|bid-internal|tender-outline`. */
class BidBookController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    /** The ranking whose method names the proposed venue: BidBookController { project: ProjectController; ranking: RankingController }. */
    Q_PROPERTY(RankingController *ranking READ ranking WRITE setRanking NOTIFY rankingSet REQUIRED)
    Q_PROPERTY(QString congress READ congress NOTIFY changed)
    /** "Taipei International Convention Center (TICC), rank 1 of 8 (wsm) · hybrid (recommended)". */
    Q_PROPERTY(QString proposal READ proposal NOTIFY changed)
    /** One row per chapter, roles key, number, title, text, written; rows are updated in place while typing. */
    Q_PROPERTY(AnalysisListModel *chapters READ chapters CONSTANT)
    Q_PROPERTY(int writtenCount READ writtenCount NOTIFY changed)
    /** Per letter: {from, received, date}. */
    Q_PROPERTY(QVariantList letters READ letters NOTIFY changed)
    Q_PROPERTY(bool hasTender READ hasTender NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit BidBookController(QObject *parent = nullptr);
    ~BidBookController() override;

    [[nodiscard]] RankingController *ranking() const { return m_ranking; }
    void setRanking(RankingController *ranking);
    [[nodiscard]] QString congress() const { return m_congress; }
    [[nodiscard]] QString proposal() const { return m_proposal; }
    [[nodiscard]] AnalysisListModel *chapters() const { return m_chapters; }
    [[nodiscard]] int writtenCount() const { return m_written; }
    [[nodiscard]] QVariantList letters() const { return m_letters; }
    [[nodiscard]] bool hasTender() const { return m_hasTender; }
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }

    /** Stores the narrative of chapter key in the UI language (one undo step per chapter while typing). */
    Q_INVOKABLE void setNarrative(const QString &key, const QString &text);
    /** Adds a letter of invitation or support from `from` (the same text in both languages until edited in the file),
     *  requested or received today; one undo step. Returns "" or what is wrong. */
    Q_INVOKABLE QString addLetter(const QString &from, bool received);
    /** Marks letter `index` received (today) or requested; one undo step. */
    Q_INVOKABLE void setLetterReceived(int index, bool received);
    /** Removes letter `index`; one undo step. */
    Q_INVOKABLE void removeLetter(int index);
    /** Writes "bid", "deck", "bid-internal" or "tender-outline" to a .pdf/.odt/.html path or URL in the background;
     *  exportFinished follows. Refused (with exportFinished) while another export runs. */
    Q_INVOKABLE void exportDocument(const QString &kind, const QString &pathOrUrl);
    /** A file name to offer: "bid-book-en.pdf", "pitch-deck-zh-TW.pdf", "bid-internal-annex-en.pdf", "tender-outline-en.pdf". */
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName(const QString &kind) const;
    /** What the export dialog appends to the project's name: "-" + suggestedFileName(kind). */
    Q_INVOKABLE [[nodiscard]] QString suggestedSuffix(const QString &kind) const;

Q_SIGNALS:
    void changed();
    void rankingSet();
    void busyChanged();
    /** error is empty on success; path is the written file. */
    void exportFinished(const QString &path, const QString &error);

private:
    void refresh() override;
    [[nodiscard]] vb::mcda::Method method() const;

    QPointer<RankingController> m_ranking;
    QString m_congress, m_proposal;
    AnalysisListModel *m_chapters;
    QVariantList m_letters;
    int m_written = 0;
    bool m_hasTender = false;
    QFutureWatcher<QString> m_watcher;
    QString m_exportPath;
};
