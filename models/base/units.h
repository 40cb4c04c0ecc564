// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text.h"

#include <span>
#include <string>
#include <string_view>

namespace vb {

/** A unit of measure as a reader of lang sees it. A project file writes units as codes ("seats", "min",
 *  "index 1-10", "USD per room-night"); the known ones are shown in the language (席, 分鐘, 指數 1–10, 美元／間夜), any
 *  other text as it is. Files, JSON output and the CLI's --format json keep the code. */
[[nodiscard]] std::string unitText(std::string_view unit, Lang lang);

/** A value with its unit for a reader of lang: "3,100 seats" / "3,100 席", "40 min" / "40 分鐘", a score on a scale
 *  "8 out of 10" / "8 分（滿分 10 分）" (never the code "index 1-10"), "1,200 m²"; without a unit the number alone. */
[[nodiscard]] std::string quantityText(double value, std::string_view unit, Lang lang);

/** The units a criterion can be given in the GUI, as the codes a file writes: each known unit of unitText once (its
 *  canonical spelling) and the symbols that read the same in both languages (TWD, m², %, kg CO2e). */
[[nodiscard]] std::span<const std::string_view> knownUnits();

} // namespace vb
