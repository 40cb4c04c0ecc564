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

int businessIdCheckSum(std::string_view id)
{
    if (id.size() != 8 || !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    // 財政部「營利事業統一編號檢查碼邏輯修正說明」 (https://www.mof.gov.tw, 資訊園地): each digit times its weight
    // 1 2 1 2 1 2 4 1, the tens and units of each product added (18 → 1 + 8 = 9), then the eight results summed.
    // A 7th digit of 7 gives 4 × 7 = 28 → 2 + 8 = 10, which counts as 1 or as 0: counted as 0 here, the caller also
    // tries the sum + 1.
    static constexpr int kWeights[8] = {1, 2, 1, 2, 1, 2, 4, 1};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const int product = (id[i] - '0') * kWeights[i];
        const int digits = product / 10 + product % 10;
        sum += digits == 10 ? 0 : digits;
    }
    return sum;
}

bool isValidBusinessId(std::string_view id)
{
    // Since 2023-04-01 (民國 112 年 4 月) the sum must be divisible by 5; before, by 10. Every number valid under the
    // old rule stays valid (a multiple of 10 is one of 5); the new rule adds numbers for the new allocations.
    const int sum = businessIdCheckSum(id);
    if (sum < 0)
        return false;
    return sum % 5 == 0 || (id[6] == '7' && (sum + 1) % 5 == 0);
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
