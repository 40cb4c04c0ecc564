// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace vb {

namespace {
constexpr std::array<std::pair<Requirement, const char *>, 6> kRequirementKeys{{
    {Requirement::PlenarySeats, "plenary_seats"},
    {Requirement::BreakoutRooms, "breakout_rooms"},
    {Requirement::ExhibitionM2, "exhibition_m2"},
    {Requirement::RoomNights, "room_nights"},
    {Requirement::Dates, "dates"},
    {Requirement::BudgetCeiling, "budget_ceiling"},
}};
} // namespace

const char *requirementKey(Requirement r)
{
    for (const auto &[req, key] : kRequirementKeys)
        if (req == r)
            return key;
    return "";
}

std::optional<Requirement> parseRequirement(std::string_view key)
{
    for (const auto &[req, k] : kRequirementKeys)
        if (key == k)
            return req;
    return std::nullopt;
}

const char *formatKey(EventFormat f)
{
    switch (f) {
    case EventFormat::Onsite: return "onsite";
    case EventFormat::Hybrid: return "hybrid";
    case EventFormat::Online: return "online";
    }
    return "";
}

std::optional<EventFormat> parseFormat(std::string_view key)
{
    for (auto f : kAllFormats)
        if (key == formatKey(f))
            return f;
    return std::nullopt;
}

FormatAttendance Requirements::attendance(EventFormat f) const
{
    if (attendanceByFormat)
        return (*attendanceByFormat)[static_cast<std::size_t>(f)];
    return f == EventFormat::Online ? FormatAttendance{0, expectedAttendance} : FormatAttendance{expectedAttendance, 0};
}

bool Requirements::hasValue(Requirement r) const
{
    switch (r) {
    case Requirement::Dates: return true;
    case Requirement::PlenarySeats: return plenarySeats.has_value();
    case Requirement::BreakoutRooms: return breakoutRooms.has_value();
    case Requirement::ExhibitionM2: return exhibitionM2.has_value();
    case Requirement::RoomNights: return roomNights.has_value();
    case Requirement::BudgetCeiling: return budgetCeiling.has_value();
    }
    return false;
}

bool Requirements::isMustHave(Requirement r) const
{
    return std::find(mustHave.begin(), mustHave.end(), r) != mustHave.end();
}

const Venue *Project::venue(std::string_view id) const
{
    for (const auto &v : venues)
        if (v.id == id)
            return &v;
    return nullptr;
}

const Criterion *Project::criterion(std::string_view id) const
{
    for (const auto &c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

std::optional<double> Project::rateToBase(std::string_view currency) const
{
    if (currency == meta.currency)
        return 1.0;
    for (const auto &r : meta.fxRates)
        if (r.currency == currency)
            return r.rate;
    return std::nullopt;
}

} // namespace vb
