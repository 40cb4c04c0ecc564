// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The destinations page (T1.5): our destination against the competing ones, criterion by criterion, and the
 *  smallest change on a criterion we control that puts us first (models/bid/destinations.cpp) — the numbers of
 *  `venuebid-cli destinations`. */
class DestinationsController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasDestinations READ hasDestinations NOTIFY changed)
    /** Per destination: {name, score, rank, ours}. */
    Q_PROPERTY(QVariantList destinations READ destinations NOTIFY changed)
    /** Per criterion: {name, ours, best, bestName, outcome ("win"/"tie"/"lose"), controllable, criterionId, numberKind ("count" or "decimal": how the offer field reads), oursRaw}. */
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY changed)
    /** Per controllable criterion: {name, from, suggested, verified, why, criterionId, suggestedRaw}. */
    Q_PROPERTY(QVariantList winChanges READ winChanges NOTIFY changed)
    Q_PROPERTY(QString destinationSummary READ destinationSummary NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    /** Sets our destination's value on a criterion we control (a bid offer), as one undo step; "" or the problems.
     *  Accepts what a user types: "43000", "43,000", "43000.5", full-width digits. */
    Q_INVOKABLE QString setOurValue(const QString &criterionId, const QString &value);

    [[nodiscard]] bool hasDestinations() const { return m_hasDestinations; }
    [[nodiscard]] QVariantList destinations() const { return m_destinations; }
    [[nodiscard]] QVariantList outcomes() const { return m_outcomes; }
    [[nodiscard]] QVariantList winChanges() const { return m_changes; }
    [[nodiscard]] QString destinationSummary() const { return m_summary; }

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_hasDestinations = false;
    QVariantList m_destinations, m_outcomes, m_changes;
    QString m_summary;
};
