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

/** The units a criterion can be given in the GUI, as the codes a file writes: each known unit of unitText once (its
 *  canonical spelling) and the symbols that read the same in both languages (TWD, m², %, kg CO2e). */
[[nodiscard]] std::span<const std::string_view> knownUnits();

} // namespace vb
