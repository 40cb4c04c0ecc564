// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirementscontroller.h"

#include "conversions.h"
#include "numberformat.h"
#include "projectcontroller.h"
#include "projectformat.h"
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

QVariantList RequirementsController::unsourced() const
{
    QVariantList rows;
    if (!m_project.loaded())
        return rows;
    const vb::Lang l = m_project.lang();
    // Where each section is edited: venue facts on the venues page, CO2e factors with the risk scenarios, rates on
    // the budget page, the client's figures on the client page (the destination adjustment on the forecast page).
    const auto pageOf = [](const vb::UnsourcedFact &u) -> QString {
        if (u.section == "venues" || u.section == "destinations")
            return QString::fromStdString(u.section);
        if (u.section == "sustainability" || u.section == "formats")
            return QStringLiteral("scenarios");
        if (u.section == "meta")
            return QStringLiteral("budget");
        if (u.section == "client")
            return u.owner == "forecast" ? QStringLiteral("forecast") : QStringLiteral("client");
        return QStringLiteral("overview");
    };
    for (const auto &u : vb::unsourcedFacts(m_project.project()))
        rows << QVariantMap{{QStringLiteral("section"), qs(u.section)},
                            {QStringLiteral("sectionName"), qs(vb::unsourcedSectionName(u.section, l))},
                            {QStringLiteral("owner"), qs(u.owner)},
                            {QStringLiteral("ownerName"), qs(u.ownerName, l)},
                            {QStringLiteral("fact"), qs(u.fact)},
                            {QStringLiteral("label"), qs(u.label, l)},
                            {QStringLiteral("missing"), qs(vb::missingText(u.missing, l))},
                            {QStringLiteral("page"), pageOf(u)}};
    return rows;
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

QString RequirementsController::labelOf(const QString &key) const
{
    for (const auto &row : requirements()) {
        const auto m = row.toMap();
        if (m.value(QStringLiteral("key")).toString() == key)
            return m.value(QStringLiteral("label")).toString();
    }
    return key;
}

QVariantList RequirementsController::formatAttendance() const
{
    QVariantList rows;
    if (!m_project.loaded())
        return rows;
    const auto &q = m_project.project().requirements;
    const QString labels[] = {tr("On-site"), tr("Hybrid"), tr("Online")};
    for (auto f : vb::kAllFormats) {
        const auto a = q.attendance(f);
        rows << QVariantMap{{QStringLiteral("format"), QString::fromLatin1(vb::formatKey(f))},
                            {QStringLiteral("label"), labels[static_cast<int>(f)]},
                            {QStringLiteral("onsite"), a.onsite},
                            {QStringLiteral("online"), a.online},
                            {QStringLiteral("total"), a.total()}};
    }
    return rows;
}

QString RequirementsController::setFormatAttendance(const QString &format, const QString &onsiteText, const QString &onlineText)
{
    const auto f = vb::parseFormat(format.toStdString());
    if (!m_project.loaded() || !f)
        return tr("No project is open.");
    QString why;
    const auto onsite = Numbers::read(onsiteText.trimmed().isEmpty() ? QStringLiteral("0") : onsiteText, vb::NumberKind::Count, &why);
    if (!onsite)
        return tr("People on site: %1").arg(why);
    const auto online = Numbers::read(onlineText.trimmed().isEmpty() ? QStringLiteral("0") : onlineText, vb::NumberKind::Count, &why);
    if (!online)
        return tr("People online: %1").arg(why);
    if (*onsite > 1e9 || *online > 1e9)
        return tr("That is more people than VenueBid can count (at most 1,000,000,000).");
    const vb::FormatAttendance a{static_cast<int>(*onsite), static_cast<int>(*online)};
    if (a.total() < 1)
        return tr("A format needs at least one person, on site or online.");
    std::string error;
    auto edit = vb::formatAttendanceEdit(m_project.project(), *f, a, error);
    if (!edit)
        return qs(error);
    m_project.edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}

QString RequirementsController::setRequirement(const QString &key, const QString &text)
{
    if (!m_project.loaded())
        return tr("No project is open.");
    const bool atLeastOne = key == QLatin1String("expected_attendance") || key == QLatin1String("days");
    if (text.trimmed().isEmpty()) {
        if (atLeastOne)
            return tr("%1 needs a value: a whole number of 1 or more.").arg(labelOf(key));
        if (const auto req = vb::parseRequirement(key.toStdString()); req && m_project.project().requirements.isMustHave(*req))
            return tr("%1 is a must-have, so it needs a value. Untick must-have first to clear it.").arg(labelOf(key));
    }
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
        if (atLeastOne && *value < 1)
            return tr("%1 needs a whole number of 1 or more.").arg(labelOf(key));
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
    const bool hasValue = m_project.project().requirements.hasValue(*req);
    if (on && !hasValue)
        return tr("Type a value for %1 before making it a must-have.").arg(labelOf(key));
    std::string error;
    auto edit = vb::mustHaveEdit(m_project.project(), *req, on, error);
    if (!edit)
        return qs(error);
    m_project.edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}
