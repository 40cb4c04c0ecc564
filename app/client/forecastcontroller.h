// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The forecast page (T1.3, P1.3.2): the client's history and the chosen method's forecast with its 95 % band, every
 *  method side by side, the pace curves, and "use as scenarios" / "override" (models/budget/forecastscenarios.h). The
 *  figures and sentences are those of venuebid-cli forecast (the same function, vb::forecastAttendance, and the same
 *  catalogue texts). */
class ForecastController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    // The maps and lists are QVariant so that Qt 6.4's qmllint does not check their keys against QVariantMap's own
    // properties (nor JS array methods against QVariantList's).
    Q_PROPERTY(bool hasClient READ hasClient NOTIFY changed)
    /** [{key, name}] of every method, in the UI language. */
    Q_PROPERTY(QVariant methods READ methods NOTIFY changed)
    /** The chosen method's key (the project's). */
    Q_PROPERTY(QString method READ method NOTIFY changed)
    Q_PROPERTY(int window READ window NOTIFY changed)
    /** {value (percent text, "" = none), source, asOf, basis (in the UI language), estimate, unsourced (a value without
     *  its source or as-of date, vb::Fact::unsourced)}. */
    Q_PROPERTY(QVariant adjustment READ adjustment NOTIFY changed)
    /** The chosen method gives a forecast. */
    Q_PROPERTY(bool ok READ ok NOTIFY changed)
    /** Why it gives none, in words. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int targetYear READ targetYear NOTIFY changed)
    /** {point, low, high, n} formatted as venuebid-cli's table. */
    Q_PROPERTY(QVariant figures READ figures NOTIFY changed)
    /** Sentences of venuebid-cli forecast --format table (coefficients, online share, split, proposed, decision). */
    Q_PROPERTY(QStringList details READ details NOTIFY changed)
    /** Every method: {name, n, low, point, high, note, chosen}. */
    Q_PROPERTY(QVariant table READ table NOTIFY changed)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY changed)
    /** The proposal {low, likely, high} (numbers; empty map when none), the recorded scenarios {decision, low, likely,
     *  high} (empty when none) and whether accepted ones are stale. */
    Q_PROPERTY(QVariant proposed READ proposed NOTIFY changed)
    Q_PROPERTY(QVariant recorded READ recorded NOTIFY changed)
    /** How accepting would flow into the project: one sentence per format and the budget's percentages. */
    Q_PROPERTY(QString flowText READ flowText NOTIFY changed)
    /** Chart data: history [{year, total, estimate}], band [{year, low, point, high}] (the trend with its 95 %
     *  prediction interval from the first year to the target; the target only for the other methods). */
    Q_PROPERTY(QVariant history READ history NOTIFY changed)
    Q_PROPERTY(QVariant band READ band NOTIFY changed)
    /** Pace curves: [{label, current, points: [{days, registered}]}], past editions first, the coming one last. */
    Q_PROPERTY(QVariant pace READ pace NOTIFY changed)
    /** The coming edition's registrations so far, as typed: "2027-09-01: 420; 2027-12-01: 780" ("" = none). */
    Q_PROPERTY(QString currentPace READ currentPace NOTIFY changed)
    /** The event's first day (YYYY-MM-DD) the registrations are counted against, "" when not set. */
    Q_PROPERTY(QString eventStart READ eventStart NOTIFY changed)

public:
    explicit ForecastController(QObject *parent = nullptr);

    [[nodiscard]] bool hasClient() const { return m_hasClient; }
    [[nodiscard]] QVariant methods() const { return m_methods; }
    [[nodiscard]] QString method() const { return m_method; }
    [[nodiscard]] int window() const { return m_window; }
    [[nodiscard]] QVariant adjustment() const { return m_adjustment; }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int targetYear() const { return m_targetYear; }
    [[nodiscard]] QVariant figures() const { return m_figures; }
    [[nodiscard]] QStringList details() const { return m_details; }
    [[nodiscard]] QVariant table() const { return m_table; }
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] QVariant proposed() const { return m_proposed; }
    [[nodiscard]] QVariant recorded() const { return m_recorded; }
    [[nodiscard]] QString flowText() const { return m_flowText; }
    [[nodiscard]] QVariant history() const { return m_history; }
    [[nodiscard]] QVariant band() const { return m_band; }
    [[nodiscard]] QVariant pace() const { return m_pace; }
    [[nodiscard]] QString currentPace() const { return m_currentPace; }
    [[nodiscard]] QString eventStart() const { return m_eventStart; }

    /** Each returns "" or why the change was refused, in words. */
    Q_INVOKABLE QString setMethod(const QString &key);
    Q_INVOKABLE QString setWindow(const QString &text);
    /** Replaces the registrations so far ("date: registered" pairs separated by ";"; "" clears them). */
    Q_INVOKABLE QString setCurrentPace(const QString &text);
    /** The destination adjustment: percent ("" = none), and, each optional, its source URL, the basis of an estimate (in
     *  the UI language) and its as-of date; without a source (or basis) or date it is kept unsourced. */
    Q_INVOKABLE QString setAdjustment(const QString &percent, const QString &source, const QString &basis, const QString &asOf);
    /** Records the proposal as accepted and makes the project use it (one undo step). */
    Q_INVOKABLE QString acceptScenarios();
    /** Records the user's own low / likely / high and makes the project use them (one undo step). */
    Q_INVOKABLE QString overrideScenarios(const QString &low, const QString &likely, const QString &high);

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_hasClient = false, m_ok = false;
    QVariantList m_methods, m_table, m_history, m_band, m_pace;
    QString m_currentPace, m_eventStart;
    QString m_method, m_errorText, m_flowText;
    int m_window = 3, m_targetYear = 0;
    QVariantMap m_adjustment, m_figures, m_proposed, m_recorded;
    QStringList m_details, m_warnings;
};
