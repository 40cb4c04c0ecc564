// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ProjectController;
class QQmlEngine;
class QJSEngine;

/** The overview of the open project: the event (client, dates, attendance), its requirements of a venue with the
 *  must-haves that exclude venues, how many venues it compares, and the facts that still need a source. */
class RequirementsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString client READ client NOTIFY changed)
    Q_PROPERTY(QString dates READ dates NOTIFY changed)
    Q_PROPERTY(int days READ days NOTIFY changed)
    Q_PROPERTY(int attendance READ attendance NOTIFY changed)
    /** Requirement rows: each {label, value, raw, key, mustHave, canBeHard, editable}. */
    Q_PROPERTY(QVariantList requirements READ requirements NOTIFY changed)
    /** Attendance per format, the one attendance every page and document uses: rows {format, label, onsite, online,
     *  total} (numbers) for on-site, hybrid and online. */
    Q_PROPERTY(QVariantList formatAttendance READ formatAttendance NOTIFY changed)
    Q_PROPERTY(int venueCount READ venueCount NOTIFY changed)
    /** The facts entered without their source or as-of date (vb::unsourcedFacts), in file order: rows {section,
     *  sectionName, owner, ownerName, fact, label, missing (in words), page (the id of the page that edits it)}. */
    Q_PROPERTY(QVariantList unsourced READ unsourced NOTIFY changed)
    Q_PROPERTY(int competitorCount READ competitorCount NOTIFY changed)

public:
    RequirementsController(ProjectController &project, QObject *parent);
    static RequirementsController *create(QQmlEngine *engine, QJSEngine *);

    /** Sets a numeric requirement from the text the user typed ("1,500", "１５００"; empty clears an optional one),
     *  as one undo step. Returns "" or why the value was refused, in words. */
    Q_INVOKABLE QString setRequirement(const QString &key, const QString &text);
    /** Sets a format's attendance ("onsite", "hybrid", "online") from the two texts typed (on site, online), as one undo
     *  step. Returns "" or why it was refused, in words. */
    Q_INVOKABLE QString setFormatAttendance(const QString &format, const QString &onsiteText, const QString &onlineText);
    /** Makes a requirement a must-have (hard constraint) or not; returns "" or why it was refused. */
    Q_INVOKABLE QString setMustHave(const QString &key, bool on);

    [[nodiscard]] QString client() const;
    [[nodiscard]] QString dates() const;
    [[nodiscard]] int days() const;
    [[nodiscard]] int attendance() const;
    [[nodiscard]] QVariantList requirements() const;
    [[nodiscard]] QVariantList formatAttendance() const;
    [[nodiscard]] int venueCount() const;
    [[nodiscard]] QVariantList unsourced() const;
    [[nodiscard]] int competitorCount() const;

Q_SIGNALS:
    void changed();

private:
    /** The requirement's label as the page shows it ("Plenary seats"), for messages in words. */
    [[nodiscard]] QString labelOf(const QString &key) const;

    ProjectController &m_project;
};
