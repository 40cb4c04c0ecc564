// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"
#include "projectedit.h"

#include <functional>

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
    /** Each destination's score as an SVG chart, ours marked (vb::destinationChart; `venuebid-cli chart --kind
     *  destinations`); "" when the comparison cannot be scored. */
    Q_PROPERTY(QString destinationChart READ destinationChart NOTIFY changed)
    /** The comparison as the file keeps it, for its editors: per destination {name, ours}, per criterion {name,
     *  detail ("financial · benefit · weight 20 · USD per room-night" in the UI language)}; present even while the
     *  comparison cannot be scored yet (no destination, or no competitor). */
    Q_PROPERTY(QVariantList destinationEntries READ destinationEntries NOTIFY changed)
    Q_PROPERTY(QVariantList criterionEntries READ criterionEntries NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    /** Sets our destination's value on a criterion we control (a bid offer), as one undo step; "" or the problems.
     *  Accepts what a user types: "43000", "43,000", "43000.5", full-width digits. */
    Q_INVOKABLE QString setOurValue(const QString &criterionId, const QString &value);

    // ---- the comparison's destinations and criteria (models/bid/destinationsedit.h), each one undo step ----
    /** Destination `index` as its editor shows it: {nameEn, nameZh, values: [text per criterion], labels: [criterion
     *  name and unit per criterion], keys: ["value:<criterion id>" per criterion], source, basis, asOf}; −1 gives an empty one. */
    Q_INVOKABLE [[nodiscard]] QVariantMap destinationFields(int index) const;
    /** Adds a destination from destinationFields' keys; {} when done, else {field, message} (a sentence in the UI
     *  language; field "value:<criterion id>" for a value). */
    Q_INVOKABLE QVariantMap addDestination(const QVariantMap &fields);
    Q_INVOKABLE QVariantMap updateDestination(int index, const QVariantMap &fields);
    /** Deletes a competing destination; "" or why not. */
    Q_INVOKABLE QString removeDestination(int index);
    /** Moves destination `index` one place up (delta −1) or down (+1); one undo step, none at the ends; "" or why not. */
    Q_INVOKABLE QString moveDestination(int index, int delta);
    /** Criterion `index` as its editor shows it: {nameEn, nameZh, group, direction, weight, unit, controllable,
     *  values: [text per destination], labels: [destination names], keys: ["value:<destination id>" …], source, basis,
     *  asOf}; −1 gives a new one. */
    Q_INVOKABLE [[nodiscard]] QVariantMap criterionFields(int index) const;
    Q_INVOKABLE QVariantMap addCriterion(const QVariantMap &fields);
    Q_INVOKABLE QVariantMap updateCriterion(int index, const QVariantMap &fields);
    Q_INVOKABLE QString removeCriterion(int index);
    /** Moves criterion `index` one place up (−1) or down (+1) with every destination's value on it; as moveDestination. */
    Q_INVOKABLE QString moveCriterion(int index, int delta);
    /** The choices of a criterion's "group", "direction" or "unit" as [{key, text}] (text in the UI language). */
    Q_INVOKABLE [[nodiscard]] QVariantList criterionChoices(const QString &field) const;

    [[nodiscard]] bool hasDestinations() const { return m_hasDestinations; }
    [[nodiscard]] QVariantList destinationEntries() const { return m_entries; }
    [[nodiscard]] QVariantList criterionEntries() const { return m_criteria; }
    [[nodiscard]] QVariantList destinations() const { return m_destinations; }
    [[nodiscard]] QVariantList outcomes() const { return m_outcomes; }
    [[nodiscard]] QVariantList winChanges() const { return m_changes; }
    [[nodiscard]] QString destinationSummary() const { return m_summary; }
    [[nodiscard]] QString destinationChart() const { return m_chart; }

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_hasDestinations = false;
    /** Applies a comparison edit as one undo step; {} or {field, message}. */
    QVariantMap applyEdit(const QString &label, const std::function<vb::EditRefusal(vb::Project &)> &f);

    QVariantList m_destinations, m_outcomes, m_changes, m_entries, m_criteria;
    QString m_summary;
    QString m_chart;
};
