// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "project.h"
#include "venuetablemodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

class ProjectController;
class RankingController;
class QQmlEngine;
class QJSEngine;

/** The project's venue library: the venue table with each venue's rank, and adding, editing, deleting and importing
 *  venues, each change one undo step. */
class VenueLibraryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(VenueTableModel *venues READ venues CONSTANT)

public:
    VenueLibraryController(ProjectController &project, RankingController &ranking, QObject *parent);
    static VenueLibraryController *create(QQmlEngine *engine, QJSEngine *);

    /** Fields of venue `id` for the editor, keyed by the columns of docs/venue-csv.md ("plenary_seats",
     *  "plenary_seats_source" ...); for "" the empty fields of a new venue. Values are text, "" = unknown. */
    Q_INVOKABLE [[nodiscard]] QVariantMap venueFields(const QString &id) const;
    /** Adds a venue from fields; its id is made from its name when fields has none (venueIdFromName). Returns the
     *  problems in words, each led by the field's label ("Plenary seats, as of: expected …"), and changes nothing
     *  when there are any. */
    Q_INVOKABLE QStringList addVenue(const QVariantMap &fields);
    /** The fields (keys, e.g. "plenary_seats_as_of") the last addVenue or updateVenue refused, for the editor to mark. */
    Q_INVOKABLE [[nodiscard]] QStringList lastErrorFields() const { return m_lastErrorFields; }
    /** Replaces venue `id` with fields (fields left out keep their value; availability is kept). Errors as addVenue. */
    Q_INVOKABLE QStringList updateVenue(const QString &id, const QVariantMap &fields);
    /** Deletes venue `id`; refused with the reasons when other sections still refer to it. */
    Q_INVOKABLE QStringList deleteVenue(const QString &id);
    /** Appends venues that were already validated (a CSV import) as one undo step. */
    bool importVenues(std::vector<vb::Venue> venues);

    [[nodiscard]] VenueTableModel *venues() const { return m_venues; }
    [[nodiscard]] const vb::Project &project() const;
    [[nodiscard]] vb::Lang lang() const;

private:
    [[nodiscard]] static QString stillNamedBy(const vb::Diagnostic &d);
    ProjectController &m_project;
    QStringList m_lastErrorFields;
    RankingController &m_ranking;
    VenueTableModel *m_venues;
};
