// SPDX-License-Identifier: GPL-3.0-or-later
// The budget's charts (budgetcharts.h).
#include "budgetcharts.h"

#include "analysis.h"
#include "messages.h"
#include "numbers.h"

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
        totals += (totals.empty() ? "" : tr(l, "chart.list_separator")) + std::string(formatName(f, l)) + " " + groupThousands(fb.costs.total);
    }
    c.valueText = [](double v) { return groupThousands(static_cast<Money>(v)); };
    if (!only)
        c.note = tr(l, "chart.budget.note", {p.meta.currency, totals});
    return c;
}

} // namespace vb
