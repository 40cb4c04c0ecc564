// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The client page (T1.3): the association's profile and rules, its past editions (a table edited in place), the
 *  fixed programme with the venues each mandatory element excludes, and the local-culture elements. Every change is
 *  one undo step through models/client/clientedit.h, which checks what the file reader checks; a refusal comes back
 *  as one sentence in the UI language (never a JSON path) for the page to show next to the field. */
class ClientController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    // The maps and lists are QVariant so that Qt 6.4's qmllint does not check their keys against QVariantMap's own
    // properties (nor JS array methods against QVariantList's).
    Q_PROPERTY(bool hasClient READ hasClient NOTIFY changed)
    /** The profile: {nameEn, nameZh, series, frequency, pattern, regions, month, source, asOf} as texts ("" = unknown). */
    Q_PROPERTY(QVariant profile READ profile NOTIFY changed)
    /** The rules: {memberFee, visaFree} each -1 (not stated), 0 or 1, and other: [{zh, en}]. */
    Q_PROPERTY(QVariant rules READ rules NOTIFY changed)
    /** One row per edition, in file order: {year, city, country, region, format, formatName, estimate, source, asOf, basis,
     *  pace, and the fact keys (total, member, …, online) as formatted counts, "" when unknown; unsourced: a figure of
     *  the edition lacks its source or as-of date (vb::Fact::unsourced, listed on the overview)}. */
    Q_PROPERTY(QVariant editions READ editions NOTIFY changed)
    /** {kind, kindName, name, seats, layout, layoutName, banquetSeats, mandatory, noParallel, atVenue, online, excludes}. */
    Q_PROPERTY(QVariant programme READ programme NOTIFY changed)
    /** {name, cost, currency, capacity, programme (its name), programmeId, source, estimate, unsourced (the cost or the
     *  capacity lacks its source or as-of date)}. */
    Q_PROPERTY(QVariant culture READ culture NOTIFY changed)
    /** [{key, name}] of the programme kinds and of the layouts, in the UI language. */
    Q_PROPERTY(QVariant kinds READ kinds NOTIFY changed)
    Q_PROPERTY(QVariant layouts READ layouts NOTIFY changed)

public:
    explicit ClientController(QObject *parent = nullptr);

    [[nodiscard]] bool hasClient() const { return m_hasClient; }
    [[nodiscard]] QVariant profile() const { return m_profile; }
    [[nodiscard]] QVariant rules() const { return m_rules; }
    [[nodiscard]] QVariant editions() const { return m_editions; }
    [[nodiscard]] QVariant programme() const { return m_programme; }
    [[nodiscard]] QVariant culture() const { return m_culture; }
    [[nodiscard]] QVariant kinds() const { return m_kinds; }
    [[nodiscard]] QVariant layouts() const { return m_layouts; }

    /** Each returns "" or why the change was refused (nothing changed then). */
    Q_INVOKABLE QString setProfileField(const QString &key, const QString &text);
    /** key "memberFee" or "visaFree"; state -1 (not stated), 0 or 1. */
    Q_INVOKABLE QString setRule(const QString &key, int state);
    Q_INVOKABLE QString setOtherRule(int index, const QString &zh, const QString &en);
    /** A new rule with its text in the UI language. */
    Q_INVOKABLE QString addOtherRule(const QString &text);
    Q_INVOKABLE QString removeOtherRule(int index);

    /** key: year, city (in the UI language), country, region, format, currency, source, asOf, estimate ("true"/"false"),
     *  basis, pace ("365: 120; 180: 640", days before: registered), or a fact key of vb::editionFact ("" = unknown). */
    Q_INVOKABLE QString setEditionField(int row, const QString &key, const QString &text);
    /** A new edition (year and city; its figures follow under the last edition's as-of date and source or estimate). */
    Q_INVOKABLE QString addEdition(const QString &year, const QString &city);
    Q_INVOKABLE QString removeEdition(int row);
    Q_INVOKABLE QString moveEdition(int row, int delta);

    /** key: kind, name, seats, layout, banquetSeats, mandatory, noParallel, atVenue ("true"/"false"), online, source. */
    Q_INVOKABLE QString setProgrammeField(int row, const QString &key, const QString &text);
    Q_INVOKABLE QString addProgrammeElement(const QString &kind, const QString &name);
    Q_INVOKABLE QString removeProgrammeElement(int row);
    /** Moves programme element `row` one place up (delta −1) or down (+1); one undo step, none at the ends. */
    Q_INVOKABLE QString moveProgrammeElement(int row, int delta);

    /** key: name, cost, currency, capacity, programme (an element id, "" = none), source. */
    Q_INVOKABLE QString setCultureField(int row, const QString &key, const QString &text);
    Q_INVOKABLE QString addCultureElement(const QString &name);
    Q_INVOKABLE QString removeCultureElement(int row);
    /** Moves local-culture element `row` one place up (−1) or down (+1); as moveProgrammeElement. */
    Q_INVOKABLE QString moveCultureElement(int row, int delta);

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_hasClient = false;
    QVariantMap m_profile, m_rules;
    QVariantList m_editions, m_programme, m_culture, m_kinds, m_layouts;
};
