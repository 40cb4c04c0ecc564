// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastscenarios.h"

#include "budget.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>
#include <cmath>

namespace vb {

std::optional<ScenarioPlan> planScenarios(const Project &p, const std::optional<AttendanceScenarios> &override, Lang l, std::string &error)
{
    const auto report = forecastAttendance(p, std::nullopt, l);
    ScenarioPlan plan;
    AttendanceScenarios s;
    std::optional<double> share; // likely online / likely of the forecast
    if (report && report->proposed && report->proposed->likely > 0 && report->likelyOnline)
        share = static_cast<double>(*report->likelyOnline) / report->proposed->likely;
    if (override) {
        s = *override;
        plan.recorded.decision = "overridden";
    } else {
        if (!report) {
            error = tr(l, "cli.forecast.no_client");
            return std::nullopt;
        }
        if (!report->proposed) {
            const auto &m = report->of(report->chosen);
            error = tr(l, "clientedit.scenarios_no_forecast", {m.error.message});
            return std::nullopt;
        }
        s = *report->proposed;
        plan.recorded.decision = "accepted";
        plan.recorded.method = forecastMethodKey(report->chosen);
    }
    if (s.low < 1 || s.likely < 1 || s.high < 1 || s.high > 1'000'000'000) {
        error = tr(l, "clientedit.scenarios_min", {std::to_string(s.low), std::to_string(s.likely), std::to_string(s.high)});
        return std::nullopt;
    }
    if (!(s.low <= s.likely && s.likely <= s.high)) {
        error = tr(l, "clientedit.scenarios_order", {formatCount(s.low), formatCount(s.likely), formatCount(s.high)});
        return std::nullopt;
    }
    plan.recorded.low = s.low;
    plan.recorded.likely = s.likely;
    plan.recorded.high = s.high;

    // The hybrid split: the forecast's own (online = F̂·s before the destination adjustment of the on-site part, so
    // accepting gives exactly its likely on-site / online figures); without one, the hybrid format's current share.
    int online = 0;
    if (!override && report->likelyOnline) {
        online = *report->likelyOnline;
        plan.onlineShare = share.value_or(0.0);
    } else {
        const auto cur = p.requirements.attendance(EventFormat::Hybrid);
        plan.onlineShare = share ? *share : (cur.total() > 0 ? static_cast<double>(cur.online) / cur.total() : 0.0);
        online = static_cast<int>(std::llround(s.likely * plan.onlineShare));
    }
    online = std::clamp(online, 0, s.likely);
    plan.attendance[static_cast<std::size_t>(EventFormat::Onsite)] = {s.likely, 0};
    plan.attendance[static_cast<std::size_t>(EventFormat::Hybrid)] = {s.likely - online, online};
    plan.attendance[static_cast<std::size_t>(EventFormat::Online)] = {0, s.likely};
    if (hasBudget(p)) {
        const auto pct = [&](int x) { return static_cast<int>(std::llround(100.0 * x / s.likely)); };
        plan.budgetPercent = std::array<int, 3>{pct(s.low), 100, pct(s.high)};
    }
    return plan;
}

void applyScenarioPlan(Project &p, const ScenarioPlan &plan)
{
    p.requirements.attendanceByFormat = plan.attendance;
    p.requirements.expectedAttendance = plan.attendance[static_cast<std::size_t>(EventFormat::Onsite)].total();
    if (const auto *c = clientOf(p)) {
        ClientHistory nc = *c;
        nc.forecast.scenarios = plan.recorded;
        p.sections.set(std::move(nc));
    }
    if (plan.budgetPercent) {
        if (const auto *b = p.sections.get<Budget>()) {
            Budget nb = *b;
            nb.scenarioPercent = *plan.budgetPercent;
            p.sections.set(std::move(nb));
        }
    }
}

std::optional<EditHistory::Edit> scenariosEdit(const Project &p, const std::optional<AttendanceScenarios> &override, Lang l,
                                               std::string &error)
{
    const auto plan = planScenarios(p, override, l, error);
    if (!plan)
        return std::nullopt;
    Project after;
    after.requirements = p.requirements;
    after.sections = p.sections;
    applyScenarioPlan(after, *plan);
    return EditHistory::Edit{
        override ? "Override attendance scenarios" : "Use forecast as scenarios", "",
        [r = after.requirements, s = after.sections](Project &q) {
            q.requirements = r;
            q.sections = s;
        },
        [r = p.requirements, s = p.sections](Project &q) {
            q.requirements = r;
            q.sections = s;
        }};
}

} // namespace vb
