// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget's charts, from the same figures as the budget table and `venuebid-cli budget` (svgchart.h).

#include "budgetcalc.h"
#include "svgchart.h"

#include <optional>

namespace vb {

/** The likely scenario's costs by category, one bar per format: each category before tax (its lines and their
 *  service charge), then the contingency, the management fee and the business tax, so that a format's bars add up to
 *  its total with tax. Amounts in the project currency.
 *
 *  With `only`, the chart of one format before tax (未稅), as a document shows it under its own caption: one series,
 *  no title, no note and no business-tax bar, so its bars add up to the format's costs before tax. */
[[nodiscard]] svg::BarChart budgetCategoryChart(const Project &p, const BudgetSummary &s, Lang l,
                                                std::optional<EventFormat> only = std::nullopt);

} // namespace vb
