// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Use as scenarios" (T1.3, P1.3.2): the attendance forecast's low / likely / high become the attendance the rest of
// the project plans with, in one undoable edit that also records the decision in the client section
// (forecast.scenarios: accepted, or overridden with the user's own three numbers). One attendance everywhere: the
// requirements' attendance per format (and so the expected attendance, the venue requirements, CO2e, the quote)
// take the likely value, and the budget's pessimistic / optimistic scenario percentages follow low / likely and
// high / likely. docs/forecast.md "Use as scenarios" states the rules.

#include "forecast.h"
#include "projectedit.h"

#include <array>
#include <optional>
#include <string>

namespace vb {

/** What accepting or overriding would write. */
struct ScenarioPlan {
    ForecastSettings::Scenarios recorded;
    /** Per format (index int(EventFormat)): on site {likely, 0}; hybrid {likely − online, online} with online =
     *  likely × the hybrid online share; online {0, likely}. */
    std::array<FormatAttendance, 3> attendance{};
    /** The hybrid format's online share used for the split (the forecast's likely online / likely, else the
     *  hybrid format's current share). */
    double onlineShare = 0;
    /** The budget's scenario percentages {round(100·low/likely), 100, round(100·high/likely)}; nullopt without a budget. */
    std::optional<std::array<int, 3>> budgetPercent;
};

/** The plan for accepting the forecast's proposal (override nullopt) or for the user's own numbers; nullopt with
 *  error set (words in l) when the chosen method gives no forecast, or the numbers are not whole people with
 *  1 ≤ low ≤ likely ≤ high ≤ 1,000,000,000. */
[[nodiscard]] std::optional<ScenarioPlan> planScenarios(const Project &p, const std::optional<AttendanceScenarios> &override, Lang l,
                                                        std::string &error);
/** The plan applied to a copy of p's requirements and sections. */
void applyScenarioPlan(Project &p, const ScenarioPlan &plan);
/** The plan as one undo step (requirements and sections before and after). */
[[nodiscard]] std::optional<EditHistory::Edit> scenariosEdit(const Project &p, const std::optional<AttendanceScenarios> &override, Lang l,
                                                             std::string &error);

} // namespace vb
