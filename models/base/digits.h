// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vb {

/** Groups digits by thousands: 1500 → "1,500"; non-integral values keep up to 2 decimals. */
[[nodiscard]] std::string groupDigits(double x);

/** Basis points as a percentage with the SI space: 1500 → "15 %", 1250 → "12.50 %". */
[[nodiscard]] std::string basisPointsText(int bp);

} // namespace vb
