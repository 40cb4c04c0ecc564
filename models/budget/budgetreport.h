// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetcalc.h"

#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace vb {

/** The budget as JSON (venuebid-cli budget --format json): currency, rounding, and per format the costs
 *  (adding up exactly), revenue, break-even, ROI, scenarios, exposure and levers. */
[[nodiscard]] boost::json::value budgetReportJson(const Project &p, const Budget &b, const BudgetSummary &s, Lang l);

/** The tax basis every budget output states: whether the organiser is registered for business tax (what surplus,
 *  ROI and break-even compare), then tax on the contingency and management fee and the fee on the contingency. */
[[nodiscard]] std::vector<std::string> taxBasisText(const Budget &b, Lang l);

/** What the break-even of format f assumes or why there is none, one sentence each: the reason there is no
 *  break-even attendance, the reason there is no break-even fee, the hybrid mix it assumes. */
[[nodiscard]] std::vector<std::string> breakEvenNotes(const FormatSummary &fs, EventFormat f, Lang l);

/** One sentence per exchange rate: the rate with every digit the computation uses, its source and date, and the
 *  range checked when it has a buffer or range. */
[[nodiscard]] std::vector<std::string> fxRateLines(const Project &p, Lang l);

/** Rows of the side-by-side budget table: header, one row per category, then the total rows. Cells are text. */
[[nodiscard]] std::vector<std::vector<std::string>> budgetTableRows(const Project &p, const Budget &b, const BudgetSummary &s, Lang l);

} // namespace vb
