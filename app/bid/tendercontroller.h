// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
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
    /** The same margins as an SVG chart, our average and the best competitor's per item (vb::tenderMarginChart;
     *  `venuebid-cli chart --kind tender`); "" without our bid. */
    Q_PROPERTY(QString marginChart READ marginChart NOTIFY changed)
    /** Setup warnings and the recorded conventions that would change a winner (in words; the missing scores apart). */
    Q_PROPERTY(QStringList tenderWarnings READ tenderWarnings NOTIFY changed)
    /** The three methods for the method box: {key ("total", "rank", "unit_price"), name (in words)}. */
    Q_PROPERTY(QVariantList methods READ methods NOTIFY changed)
    /** The index in methods of the tender's method. */
    Q_PROPERTY(int methodIndex READ methodIndex NOTIFY changed)
    /** The evaluation items: {id, name, nameEn, nameZh, points (text), kind ("other", "price", "presentation")}. */
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    /** The committee: {id, name, outsideExpert, attending, struck}. */
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    /** The bidders for the score-sheet form: {id, name}. */
    Q_PROPERTY(QVariantList bidderChoices READ bidderChoices NOTIFY changed)
    /** What the attending members have not scored yet, one sentence each (models/bid/tenderedit.cpp missingText). */
    Q_PROPERTY(QStringList missingScores READ missingScores NOTIFY changed)
    /** "Provisional: N score sheets are incomplete …", or "" when every sheet is complete. */
    Q_PROPERTY(QString provisional READ provisional NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    // Edits of the tender, each one undo step through ProjectController::editSections (models/bid/tenderedit.cpp).
    // Those returning a QVariantMap give {error, field}: error "" when done, else why in words; field the form field
    // at fault ("name", "points", or an item id on a score sheet).
    /** The tender's method by key ("total", "rank", "unit_price"); "" or why not. */
    Q_INVOKABLE QString setMethod(const QString &key);
    /** Adds an evaluation item (a name in one language at least, whole points ≥ 1; kind "other", "price" or "presentation"). */
    Q_INVOKABLE QVariantMap addItem(const QString &nameEn, const QString &nameZh, const QString &points, const QString &kind);
    /** Changes item `index`'s names, points and kind (its scores are kept). */
    Q_INVOKABLE QVariantMap setItem(int index, const QString &nameEn, const QString &nameZh, const QString &points, const QString &kind);
    /** Deletes item `index` and its scores; "" or why not. */
    Q_INVOKABLE QString removeItem(int index);
    /** Moves item `index` one place up (delta −1) or down (+1) with its scores on every sheet; "" or why not (nothing
     *  happens, and no undo step is recorded, at the first or last place). */
    Q_INVOKABLE QString moveItem(int index, int delta);
    /** Starts the project's tender from {titleEn, titleZh, method, itemEn, itemZh, points, kind, member, outsideExpert}:
     *  its title and method, the first evaluation item and the first committee member. */
    Q_INVOKABLE QVariantMap startTender(const QVariantMap &fields);
    /** Adds a bidder with its quoted price ("" when not known). */
    Q_INVOKABLE QVariantMap addBidder(const QString &name, const QString &price);
    /** Deletes bidder `index` and its score sheets; "" or why not. */
    Q_INVOKABLE QString removeBidder(int index);
    /** Moves bidder `index` one place up (−1) or down (+1); as moveItem. */
    Q_INVOKABLE QString moveBidder(int index, int delta);
    /** Adds an attending committee member. */
    Q_INVOKABLE QVariantMap addMember(const QString &name, bool outsideExpert);
    /** Deletes member `index` and his score sheets; "" or why not. */
    Q_INVOKABLE QString removeMember(int index);
    /** Moves member `index` one place up (−1) or down (+1); as moveItem. */
    Q_INVOKABLE QString moveMember(int index, int delta);
    /** A member's score sheet for a bidder as the form shows it: one text per item ("" = not scored yet). */
    Q_INVOKABLE QStringList sheetScores(const QString &memberId, const QString &bidderId) const;
    /** Stores a member's score sheet for a bidder (one text per item, "" = not scored yet; a sheet may be incomplete). */
    Q_INVOKABLE QVariantMap setSheet(const QString &memberId, const QString &bidderId, const QStringList &scores);

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
    [[nodiscard]] QString marginChart() const { return m_marginChart; }
    [[nodiscard]] QString oursName() const { return m_oursName; }
    [[nodiscard]] QVariantList methods() const { return m_methods; }
    [[nodiscard]] int methodIndex() const { return m_methodIndex; }
    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QVariantList members() const { return m_members; }
    [[nodiscard]] QVariantList bidderChoices() const { return m_bidderChoices; }
    [[nodiscard]] QStringList missingScores() const { return m_missing; }
    [[nodiscard]] QString provisional() const { return m_provisional; }

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
    QString m_marginChart;
    QVariantList m_methods, m_items, m_members, m_bidderChoices;
    int m_methodIndex = 0;
    QStringList m_missing;
    QString m_provisional;
};
