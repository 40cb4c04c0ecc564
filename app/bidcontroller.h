// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The bid side (T1.5) of the open project for the destinations, tender and quotes pages: the destination comparison
 *  with "what it takes to win" (models/destinations.cpp), the 最有利標 tender evaluation (models/tender.cpp) and
 *  the review of received quotes (models/quotereview.cpp). The same numbers as `venuebid-cli destinations`,
 *  `venuebid-cli tender` and `venuebid-cli quotes`. */
class BidController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasDestinations READ hasDestinations NOTIFY changed)
    /** Per destination: {name, score, rank, ours}. */
    Q_PROPERTY(QVariantList destinations READ destinations NOTIFY changed)
    /** Per criterion: {name, ours, best, bestName, outcome ("win"/"tie"/"lose"), controllable}. */
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY changed)
    /** Per controllable criterion: {name, from, suggested, verified, why}. */
    Q_PROPERTY(QVariantList winChanges READ winChanges NOTIFY changed)
    Q_PROPERTY(QString destinationSummary READ destinationSummary NOTIFY changed)
    Q_PROPERTY(bool hasTender READ hasTender NOTIFY changed)
    Q_PROPERTY(QString tenderTitle READ tenderTitle NOTIFY changed)
    /** Per bidder: {name, average, passes, totalRank, rankSum, seqRank, firstPlaces}. */
    Q_PROPERTY(QVariantList bidders READ bidders NOTIFY changed)
    /** One line per method: who wins and how it was decided. */
    Q_PROPERTY(QStringList tenderWinners READ tenderWinners NOTIFY changed)
    /** Our bid (bid_book.tender_bidder) per item: {name, points, ours, best, bestName, margin, ahead}; empty without it. */
    Q_PROPERTY(QVariantList tenderMargins READ tenderMargins NOTIFY changed)
    Q_PROPERTY(QString oursName READ oursName NOTIFY changed)
    /** Setup warnings and the recorded conventions that would change a winner. */
    Q_PROPERTY(QStringList tenderWarnings READ tenderWarnings NOTIFY changed)
    /** Whether the project has a "received_quotes" section. */
    Q_PROPERTY(bool hasQuotes READ hasQuotes NOTIFY changed)
    /** Per quote, best rank first, every value formatted as in `venuebid-cli quotes --format table`:
     *  {rank, supplier, quoted, total, missing, comparable, perAttendee, score (strings; "" when not applicable),
     *   best, cheapest, comparableKnown (bools), notes (QStringList: missing inclusions, imputed scores, no FX rate)}. */
    Q_PROPERTY(QVariantList quotes READ quotes NOTIFY changed)
    /** "Per attendee over 1,800 attendees; method wsm; tax 5 %". */
    Q_PROPERTY(QString quoteBasis READ quoteBasis NOTIFY changed)
    /** Which quote ranks first and which is the cheapest on the same scope. */
    Q_PROPERTY(QString quoteSummary READ quoteSummary NOTIFY changed)

public:
    explicit BidController(QObject *parent = nullptr);

    /** Sets our destination's value on a criterion we control (a bid offer), as one undo step; "" or the problems.
     *  Accepts "43000", "43,000" or "43000.5". */
    Q_INVOKABLE QString setOurValue(const QString &criterionId, const QString &value);
    /** Sets the user's score of a received quote on a `score` criterion ("" = unknown), as one undo step. */
    Q_INVOKABLE QString setQuoteScore(const QString &quoteId, const QString &criterionId, const QString &value);

    [[nodiscard]] bool hasDestinations() const { return m_hasDestinations; }
    [[nodiscard]] QVariantList destinations() const { return m_destinations; }
    [[nodiscard]] QVariantList outcomes() const { return m_outcomes; }
    [[nodiscard]] QVariantList winChanges() const { return m_changes; }
    [[nodiscard]] QString destinationSummary() const { return m_summary; }
    [[nodiscard]] bool hasTender() const { return m_hasTender; }
    [[nodiscard]] QString tenderTitle() const { return m_tenderTitle; }
    [[nodiscard]] QVariantList bidders() const { return m_bidders; }
    [[nodiscard]] QStringList tenderWinners() const { return m_winners; }
    [[nodiscard]] QStringList tenderWarnings() const { return m_warnings; }
    [[nodiscard]] QVariantList tenderMargins() const { return m_margins; }
    [[nodiscard]] QString oursName() const { return m_oursName; }
    [[nodiscard]] bool hasQuotes() const { return m_hasQuotes; }
    [[nodiscard]] QVariantList quotes() const { return m_quotes; }
    [[nodiscard]] QString quoteBasis() const { return m_quoteBasis; }
    [[nodiscard]] QString quoteSummary() const { return m_quoteSummary; }

Q_SIGNALS:
    void changed();

private:
    void refresh();
    void refreshQuotes();

    bool m_hasDestinations = false;
    QVariantList m_destinations, m_outcomes, m_changes;
    QString m_summary;
    bool m_hasTender = false;
    QString m_tenderTitle;
    QVariantList m_bidders;
    QStringList m_winners, m_warnings;
    QVariantList m_margins;
    QString m_oursName;
    bool m_hasQuotes = false;
    QVariantList m_quotes;
    QString m_quoteBasis, m_quoteSummary;
};
