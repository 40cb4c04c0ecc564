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
    /** Per bidder: {name, average, passes, totalRank, rankSum, seqRank, firstPlaces}. */
    Q_PROPERTY(QVariantList bidders READ bidders NOTIFY changed)
    /** One line per method: who wins and how it was decided. */
    Q_PROPERTY(QStringList tenderWinners READ tenderWinners NOTIFY changed)
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
    QStringList m_winners, m_warnings;
    QVariantList m_margins;
    QString m_oursName;
};
