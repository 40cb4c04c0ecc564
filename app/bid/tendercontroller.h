// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The tender page (T1.5): the 最有利標 evaluation of the project's tender by total score, rank sum and price per
 *  point (models/bid/tender.cpp), and our own bid's margin per item — the numbers of `venuebid-cli tender`. */
class TenderController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasTender READ hasTender NOTIFY changed)
    Q_PROPERTY(QString tenderTitle READ tenderTitle NOTIFY changed)
    /** Per bidder: {name, average, passes, totalRank, rankSum, seqRank, firstPlaces, price, unitPrice, decidedRank}. */
    Q_PROPERTY(QVariantList bidders READ bidders NOTIFY changed)
    /** 評分總表: the bidders' names (one column each) and per attending member {name, struck, cells: ["80.00 (1)", …]}. */
    Q_PROPERTY(QStringList sheetBidders READ sheetBidders NOTIFY changed)
    Q_PROPERTY(QVariantList sheetRows READ sheetRows NOTIFY changed)
    /** Under the sheet: attendance, the outside-expert mark, struck results with the committee's reason and date. */
    Q_PROPERTY(QStringList sheetNotes READ sheetNotes NOTIFY changed)
    /** The tender's method, in words (the rank column is the decided order under it). */
    Q_PROPERTY(QString methodName READ methodName NOTIFY changed)
    /** 評分單價法 applies or is the tender's method: show the price and price ÷ score columns. */
    Q_PROPERTY(bool showUnitPrice READ showUnitPrice NOTIFY changed)
    /** One line per method: who wins and how it was decided, the tie-break, most first places, the confirming vote. */
    Q_PROPERTY(QStringList tenderWinners READ tenderWinners NOTIFY changed)
    /** The conventions applied (rank_ties, pass_rule, fail_policy, tie_rule), one line each. */
    Q_PROPERTY(QStringList conventions READ conventions NOTIFY changed)
    /** Our bid (bid_book.tender_bidder) per item: {name, points, ours, best, bestName, margin, ahead}; empty without it. */
    Q_PROPERTY(QVariantList tenderMargins READ tenderMargins NOTIFY changed)
    Q_PROPERTY(QString oursName READ oursName NOTIFY changed)
    /** Setup warnings and the recorded conventions that would change a winner. */
    Q_PROPERTY(QStringList tenderWarnings READ tenderWarnings NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    [[nodiscard]] bool hasTender() const { return m_hasTender; }
    [[nodiscard]] QString tenderTitle() const { return m_tenderTitle; }
    [[nodiscard]] QVariantList bidders() const { return m_bidders; }
    [[nodiscard]] QStringList tenderWinners() const { return m_winners; }
    [[nodiscard]] QStringList sheetBidders() const { return m_sheetBidders; }
    [[nodiscard]] QVariantList sheetRows() const { return m_sheetRows; }
    [[nodiscard]] QStringList sheetNotes() const { return m_sheetNotes; }
    [[nodiscard]] QString methodName() const { return m_methodName; }
    [[nodiscard]] bool showUnitPrice() const { return m_showUnitPrice; }
    [[nodiscard]] QStringList conventions() const { return m_conventions; }
    [[nodiscard]] QStringList tenderWarnings() const { return m_warnings; }
    [[nodiscard]] QVariantList tenderMargins() const { return m_margins; }
    [[nodiscard]] QString oursName() const { return m_oursName; }

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_hasTender = false;
    QString m_tenderTitle;
    QVariantList m_bidders;
    QStringList m_winners, m_warnings, m_sheetBidders, m_sheetNotes, m_conventions;
    QVariantList m_sheetRows;
    QString m_methodName;
    bool m_showUnitPrice = false;
    QVariantList m_margins;
    QString m_oursName;
};
