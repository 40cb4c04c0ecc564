// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vb::cli {

/** Terminal columns a UTF-8 string occupies (East Asian wide characters count 2). */
[[nodiscard]] std::size_t displayWidth(std::string_view s);

/** Renders rows as an aligned plain-text table; the first row is the header. Columns listed in
 *  rightAligned are right-aligned (numbers). */
[[nodiscard]] std::string renderTable(const std::vector<std::vector<std::string>> &rows, const std::vector<std::size_t> &rightAligned = {});

/** One CSV field (RFC 4180 quoting); a field starting with = + - @ (or tab/CR) is prefixed with ' so a
 *  spreadsheet shows it as text instead of running it as a formula. Pure numbers are left alone. */
[[nodiscard]] std::string csvField(std::string_view s);

} // namespace vb::cli
