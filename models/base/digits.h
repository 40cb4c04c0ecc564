// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The old names of three formatters, kept only for the GUI adapters at the top of app/ (projectcontroller,
// bidcontroller, budgetcontroller, scenariocontroller, venuetablemodel, budgettablemodel, quoteversionmodel,
// revenuemodel), which are being restructured and will call numbers.h directly. Thin wrappers: nothing in models/,
// app/cli/ or app/documents/ uses them (new code calls numbers.h). Delete this file with the last caller.

#include "numbers.h"

#include <cstdint>
#include <string>

namespace vb {

/** numbers.h formatGrouped: 1500 → "1,500", 2.5 → "2.5". */
[[nodiscard]] inline std::string groupDigits(double x) { return formatGrouped(x); }
/** numbers.h groupThousands: 1234567 → "1,234,567". */
[[nodiscard]] inline std::string formatMoney(std::int64_t m) { return groupThousands(m); }
/** numbers.h formatGroupedHundredths: 1250 → "12.5". */
[[nodiscard]] inline std::string formatHundredths(std::int64_t h) { return formatGroupedHundredths(h); }

} // namespace vb
