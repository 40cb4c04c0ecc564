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

/** Break-even of format f: its cost and its revenue against attendance, as compared (the tax basis of the budget:
 *  含稅 cost against revenue as received, or both before tax when the organiser is registered), computed by the
 *  budget itself (computeFormatWith) at 11 attendances from 0 to twice the plan (further when the break-even lies
 *  beyond 1.8 × the plan), on site and online in the planned mix; markers at the break-even attendance
 *  (fs.breakEven, nullopt: none) and at the plan. Amounts in the project currency. No points when the format
 *  plans no attendees. */
[[nodiscard]] svg::LineChart breakEvenChart(const Project &p, const Budget &b, const FormatSummary &fs, EventFormat f, Lang l);

} // namespace vb
