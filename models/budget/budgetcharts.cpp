// SPDX-License-Identifier: GPL-3.0-or-later
// The budget's charts (budgetcharts.h).
#include "budgetcharts.h"

#include "analysis.h"
#include "budgetreport.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>
#include <cmath>

namespace vb {

svg::BarChart budgetCategoryChart(const Project &p, const BudgetSummary &s, Lang l, std::optional<EventFormat> only)
{
    svg::BarChart c;
    if (!only)
        c.title = tr(l, "chart.budget.title");
    for (int k = 0; k < kCategoryCount; ++k)
        c.categories.push_back(categoryName(static_cast<CostCategory>(k), l));
    c.categories.push_back(tr(l, "common.contingency"));
    c.categories.push_back(tr(l, "common.management_fee"));
    c.categories.push_back(tr(l, "common.business_tax"));
    std::string totals;
    for (auto f : kAllFormats) {
        if (only && f != *only)
            continue;
        const FormatBudget &fb = s.formats[static_cast<std::size_t>(f)].likely;
        svg::BarSeries ser{formatName(f, l), svg::kFormatColours[static_cast<int>(f)], {}};
        for (int k = 0; k < kCategoryCount; ++k)
            ser.values.push_back(static_cast<double>(fb.categories[static_cast<std::size_t>(k)].beforeTax()));
        ser.values.push_back(static_cast<double>(fb.costs.contingency));
        ser.values.push_back(static_cast<double>(fb.costs.managementFee));
        ser.values.push_back(only ? 0.0 : static_cast<double>(fb.costs.tax)); // all 0: the bar is left out
        c.series.push_back(std::move(ser));
        totals += (totals.empty() ? "" : tr(l, "text.list_separator")) + std::string(formatName(f, l)) + " " + groupThousands(fb.costs.total);
    }
    c.valueText = [](double v) { return groupThousands(static_cast<Money>(v)); };
    if (!only)
        c.note = tr(l, "chart.budget.note", {p.meta.currency, totals});
    return c;
}

svg::LineChart breakEvenChart(const Project &p, const Budget &b, const FormatSummary &fs, EventFormat f, Lang l)
{
    svg::LineChart c;
    const BreakEven &be = fs.breakEven;
    c.title = tr(l, "chart.breakeven.title", {formatName(f, l)});
    c.xLabel = tr(l, "chart.breakeven.x");
    c.yLabel = tr(l, "chart.breakeven.y", {p.meta.currency});
    c.xText = [](double v) { return groupThousands(std::llround(v)); };
    c.yText = [](double v) { return groupThousands(std::llround(v)); };
    c.note = tr(l, "chart.breakeven.note", {p.meta.currency, groupThousands(be.onsite), groupThousands(be.online)});
    const std::string sep = l == Lang::ZhTW ? "" : " ";
    if (!be.noBreakEvenReason.empty()) // why there is no break-even marker: the budget table's own words
        c.note += sep + breakEvenNotes(fs, f, l).front();
    else if (be.attendeesNeeded && *be.attendeesNeeded == 0) // the lines need not cross
        c.note += sep + tr(l, "chart.breakeven.covered");
    else
        c.note += sep + tr(l, "chart.breakeven.cross");
    const std::int64_t planned = be.attendees;
    if (planned <= 0)
        return c;
    // 0 to twice the plan in ten steps (the plan is the sixth point), or to 1.25 × the break-even when that lies
    // beyond 1.8 × the plan, so that the lines are seen to cross.
    std::int64_t top = 2 * planned;
    if (be.attendeesNeeded && *be.attendeesNeeded * 10 > planned * 18)
        top = std::max(top, (*be.attendeesNeeded * 5 + 3) / 4);
    svg::LineSeries cost{b.organiserTaxRegistered ? tr(l, "chart.breakeven.cost_before_tax") : tr(l, "chart.breakeven.cost_with_tax"), "#b03a2e", {}};
    svg::LineSeries revenue{b.organiserTaxRegistered ? tr(l, "chart.breakeven.revenue_before_tax") : tr(l, "chart.breakeven.revenue"),
                            svg::kFormatColours[static_cast<int>(f)], {}};
    for (int i = 0; i <= 10; ++i) {
        const std::int64_t n = roundDiv(static_cast<Wide>(top) * i, 10);
        const std::int64_t onsite = roundDiv(static_cast<Wide>(n) * be.onsite, planned);
        const FormatBudget fb = computeFormatWith(p, b, f, driversForAttendance(p, onsite, n - onsite));
        c.xs.push_back(static_cast<double>(n));
        cost.values.push_back(static_cast<double>(fb.comparedCost()));
        revenue.values.push_back(static_cast<double>(fb.comparedRevenue()));
    }
    c.series = {std::move(cost), std::move(revenue)};
    if (be.attendeesNeeded)
        c.markers.push_back({static_cast<double>(*be.attendeesNeeded), tr(l, "chart.breakeven.marker", {groupThousands(*be.attendeesNeeded)}), "#b03a2e"});
    c.markers.push_back({static_cast<double>(planned), tr(l, "chart.breakeven.planned", {groupThousands(planned)}), "#555555"});
    return c;
}

} // namespace vb
