// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetcalc.h"
#include "quote.h"

#include <string>
#include <string_view>

namespace vb {

/** One CSV field (RFC 4180 quoting); a text starting with = + - @ (or tab/CR) gets a leading ' so a spreadsheet
 *  shows it as text instead of running it as a formula. Plain numbers are left alone. */
[[nodiscard]] std::string csvCell(std::string_view s);

/** The budget as CSV: UTF-8 with BOM, CRLF, one row per format and line plus the total rows of each format. */
[[nodiscard]] std::string budgetCsv(const Project &p, const Budget &b, const BudgetSummary &s, Lang l);

/** Writes the budget as XLSX with live formulas (one sheet per format). Returns an error message, empty on success. */
[[nodiscard]] std::string writeBudgetXlsx(const Project &p, const Budget &b, const BudgetSummary &s, Lang l, const std::string &path);

/** Writes a quote as XLSX with live formulas. Returns an error message, empty on success. */
[[nodiscard]] std::string writeQuoteXlsx(const Project &p, const Budget &b, const Quote &q, Lang l, const std::string &path);

} // namespace vb
