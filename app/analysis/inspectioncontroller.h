// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The site-inspection page (P1.1.2): the checklist of one venue — access and transport, accessibility, AV and
 *  network, hygiene, signage, emergency exits, catering, rooms — with a 1–5 score and a note per item, the
 *  inspector and the date. Saving writes the project's "inspections" section (one undo step); the venue's latest
 *  inspection feeds every criterion with value_from "inspection" (venuebid-cli inspections shows the same). */
class InspectionController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList venues READ venues NOTIFY changed)
    Q_PROPERTY(int venueIndex READ venueIndex WRITE setVenueIndex NOTIFY changed)
    Q_PROPERTY(QString inspector READ inspector NOTIFY changed)
    Q_PROPERTY(QString date READ date NOTIFY changed)
    /** Per checklist item: {key, name, score (0 = not checked), note, weight}. */
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    /** "4.29 / 5 (7 of 8 items scored)" or "not scored". */
    Q_PROPERTY(QString overall READ overall NOTIFY changed)
    /** The earlier inspections of the venue: "2026-11-10 — inspector, 4.29 / 5". */
    Q_PROPERTY(QStringList history READ history NOTIFY changed)
    /** Which criteria the score feeds, or a hint when none does. */
    Q_PROPERTY(QString feeds READ feeds NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    [[nodiscard]] QStringList venues() const { return m_venueNames; }
    [[nodiscard]] int venueIndex() const { return m_venue; }
    void setVenueIndex(int i);
    [[nodiscard]] QString inspector() const { return m_inspector; }
    [[nodiscard]] QString date() const { return m_date; }
    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QString overall() const { return m_overall; }
    [[nodiscard]] QStringList history() const { return m_history; }
    [[nodiscard]] QString feeds() const { return m_feeds; }

    /** Saves the checklist of the selected venue: scores are 0 (not checked) to 5, per item {key, score, note, weight}.
     *  Replaces the inspection of the same date or adds one. Returns "" or what is wrong. */
    Q_INVOKABLE QString save(const QString &inspector, const QString &date, const QVariantList &items);

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    QStringList m_venueIds, m_venueNames;
    int m_venue = 0;
    QString m_inspector, m_date, m_overall, m_feeds;
    QVariantList m_items;
    QStringList m_history;
};
