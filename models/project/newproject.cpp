// SPDX-License-Identifier: GPL-3.0-or-later
#include "newproject.h"

#include "projectio.h"

#include <chrono>

namespace vb {
namespace {

bool isIsoDate(const std::string &s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9')
            return false;
    using namespace std::chrono;
    const year_month_day d{year(std::stoi(s.substr(0, 4))), month(static_cast<unsigned>(std::stoi(s.substr(5, 2)))),
                           day(static_cast<unsigned>(std::stoi(s.substr(8, 2))))};
    return d.ok();
}

int daysBetween(const std::string &from, const std::string &to)
{
    using namespace std::chrono;
    auto parse = [](const std::string &s) {
        return sys_days(year_month_day(year(std::stoi(s.substr(0, 4))), month(static_cast<unsigned>(std::stoi(s.substr(5, 2)))),
                                       day(static_cast<unsigned>(std::stoi(s.substr(8, 2))))));
    };
    return static_cast<int>((parse(to) - parse(from)).count());
}

Criterion criterion(const char *id, const char *zh, const char *en, Direction d, const char *unit, double weight, int rank,
                    ValueFrom from = ValueFrom::Attributes)
{
    Criterion c;
    c.id = id;
    c.name = {zh, en};
    c.direction = d;
    c.unit = unit;
    c.weight = weight;
    c.rank = rank;
    c.valueFrom = from;
    return c;
}

} // namespace

Project newProject(const NewProjectSpec &spec, std::vector<Diagnostic> &errors)
{
    auto error = [&](const char *path, std::string message) { errors.push_back({Diagnostic::Severity::Error, path, std::move(message)}); };
    if (spec.title.zh.empty() && spec.title.en.empty())
        error("/title", "expected the event's name");
    if (!isIsoDate(spec.startDate))
        error("/start_date", "expected a date as YYYY-MM-DD, found \"" + spec.startDate + "\"");
    if (!isIsoDate(spec.endDate))
        error("/end_date", "expected a date as YYYY-MM-DD, found \"" + spec.endDate + "\"");
    else if (isIsoDate(spec.startDate) && spec.endDate < spec.startDate)
        error("/end_date", "expected a date on or after the start date (" + spec.startDate + "), found \"" + spec.endDate + "\"");
    if (spec.attendance < 1)
        error("/attendance", "expected a whole number of people of at least 1, found " + std::to_string(spec.attendance));
    if (spec.currency.size() != 3)
        error("/currency", "expected a three-letter ISO 4217 code, found \"" + spec.currency + "\"");
    if (!errors.empty())
        return {};

    Project p;
    p.meta.title = spec.title;
    p.meta.client = spec.client;
    p.meta.currency = spec.currency;
    auto &q = p.requirements;
    q.startDate = spec.startDate;
    q.endDate = spec.endDate;
    q.days = daysBetween(spec.startDate, spec.endDate) + 1;
    q.expectedAttendance = spec.attendance;
    q.plenarySeats = spec.attendance;
    q.mustHave = {Requirement::PlenarySeats, Requirement::Dates};
    // The usual first cut of a venue comparison; the weights are a neutral start (they sum to 100) that the
    // project manager sets on the criteria page.
    p.criteria = {
        criterion("plenary_seats", "主會場座位數", "Plenary seats", Direction::Benefit, "seats", 25, 1),
        criterion("venue_rental", "場地租金", "Venue rental", Direction::Cost, "TWD", 25, 2, ValueFrom::Costs),
        criterion("meeting_rooms", "會議室數量", "Meeting rooms", Direction::Benefit, "rooms", 15, 3),
        criterion("exhibition_m2", "展覽面積", "Exhibition area", Direction::Benefit, "m²", 10, 4),
        criterion("hotel_rooms_nearby", "鄰近飯店房數", "Hotel rooms nearby", Direction::Benefit, "rooms", 15, 5),
        criterion("airport_minutes", "機場交通時間", "Airport transfer time", Direction::Cost, "min", 10, 6),
    };
    for (auto &d : validateProject(p, {})) // no sections yet
        if (d.severity == Diagnostic::Severity::Error)
            errors.push_back(std::move(d));
    return p;
}

} // namespace vb
