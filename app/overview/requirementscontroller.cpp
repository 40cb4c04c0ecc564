// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirementscontroller.h"

#include "conversions.h"
#include "numberformat.h"
#include "projectcontroller.h"
#include "sharedinstance.h"

using namespace vb::app;

RequirementsController::RequirementsController(ProjectController &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    connect(&m_project, &ProjectController::projectChanged, this, &RequirementsController::changed);
}

RequirementsController *RequirementsController::create(QQmlEngine *engine, QJSEngine *)
{
    return sharedInstance<RequirementsController>(engine);
}

QString RequirementsController::client() const
{
    return m_project.loaded() ? qs(m_project.project().meta.client, m_project.lang()) : QString();
}

QString RequirementsController::dates() const
{
    if (!m_project.loaded())
        return {};
    const auto &q = m_project.project().requirements;
    return qs(q.startDate) + QStringLiteral(" – ") + qs(q.endDate);
}

int RequirementsController::days() const
{
    return m_project.project().requirements.days;
}

int RequirementsController::attendance() const
{
    return m_project.project().requirements.expectedAttendance;
}

int RequirementsController::venueCount() const
{
    return static_cast<int>(m_project.project().venues.size());
}

int RequirementsController::competitorCount() const
{
    int n = 0;
    for (const auto &v : m_project.project().venues)
        n += v.role == vb::VenueRole::Competitor;
    return n;
}

QVariantList RequirementsController::requirements() const
{
    QVariantList rows;
    if (!m_project.loaded())
        return rows;
    const auto &q = m_project.project().requirements;
    const QString none = tr("not set");
    auto add = [&](const QString &label, const QString &value, vb::Requirement r, bool canBeHard, const char *key) {
        rows << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value},
                            {QStringLiteral("mustHave"), canBeHard && q.isMustHave(r)}, {QStringLiteral("canBeHard"), canBeHard},
                            {QStringLiteral("key"), QString::fromLatin1(key)}, {QStringLiteral("editable"), QString::fromLatin1(key) != QLatin1String("dates")},
                            {QStringLiteral("raw"), value == none ? QString() : value}};
    };
    auto num = [](double x) { return qs(vb::formatGrouped(x)); };
    add(tr("Dates"), dates(), vb::Requirement::Dates, true, "dates");
    add(tr("Days"), QString::number(q.days), vb::Requirement::Dates, false, "days");
    add(tr("Expected attendance"), num(q.expectedAttendance), vb::Requirement::Dates, false, "expected_attendance");
    add(tr("Plenary seats"), q.plenarySeats ? num(*q.plenarySeats) : none, vb::Requirement::PlenarySeats, true, "plenary_seats");
    add(tr("Breakout rooms"), q.breakoutRooms ? num(*q.breakoutRooms) : none, vb::Requirement::BreakoutRooms, true, "breakout_rooms");
    add(tr("Exhibition area (m²)"), q.exhibitionM2 ? num(*q.exhibitionM2) : none, vb::Requirement::ExhibitionM2, true, "exhibition_m2");
    add(tr("Hotel room-nights"), q.roomNights ? num(*q.roomNights) : none, vb::Requirement::RoomNights, true, "room_nights");
    add(tr("Venue budget ceiling (TWD)"), q.budgetCeiling ? num(static_cast<double>(*q.budgetCeiling)) : none,
        vb::Requirement::BudgetCeiling, true, "budget_ceiling");
    return rows;
}

QString RequirementsController::setRequirement(const QString &key, const QString &text)
{
    if (!m_project.loaded())
        return tr("No project is open.");
    std::optional<double> value;
    if (!text.trimmed().isEmpty()) {
        // People, days, seats, rooms and room-nights are counts, the ceiling is money, the area may have decimals.
        const auto kind = key == QLatin1String("exhibition_m2")    ? vb::NumberKind::Decimal
                          : key == QLatin1String("budget_ceiling") ? vb::NumberKind::Money
                                                                   : vb::NumberKind::Count;
        QString why;
        value = Numbers::read(text, kind, &why);
        if (!value)
            return why;
    }
    std::string error;
    auto edit = vb::requirementEdit(m_project.project(), key.toStdString(), value, error);
    if (!edit)
        return qs(error);
    m_project.edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}

QString RequirementsController::setMustHave(const QString &key, bool on)
{
    const auto req = vb::parseRequirement(key.toStdString());
    if (!m_project.loaded() || !req)
        return tr("unknown requirement %1").arg(key);
    std::string error;
    auto edit = vb::mustHaveEdit(m_project.project(), *req, on, error);
    if (!edit)
        return qs(error);
    m_project.edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}
