// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbers.h"
#include "text.h"

#include <boost/json/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vb {

/** Where and why a JSON text failed to parse. line and column are 1-based; column counts characters (UTF-8 code points). */
struct JsonSyntaxError {
    std::size_t offset = 0;
    std::size_t line = 1;
    std::size_t column = 1;
    std::string message; ///< "expected ..." in plain English
};

/** Result of parseJson(): either a value or a syntax error with its position. */
struct JsonParseResult {
    std::optional<boost::json::value> value;
    std::optional<JsonSyntaxError> error;
};

/** Parses JSON text (a leading UTF-8 BOM is skipped) and reports the input position of a syntax error,
 *  which boost::json::parse() does not (its error location is in Boost's sources, not in the input).
 *  Text that is not UTF-8 (a UTF-16 or UTF-32 byte-order mark, a NUL byte, a byte outside any UTF-8 character) is
 *  refused first, with the byte offset; those messages come from the catalogue in lang. */
[[nodiscard]] JsonParseResult parseJson(std::string_view text, Lang lang = Lang::En);

/** Finds the first object key that repeats within its object (Boost.JSON 1.81 silently keeps one of them,
 *  which would lose data). text must already parse as JSON. Returns the position of the second occurrence. */
[[nodiscard]] std::optional<JsonSyntaxError> findDuplicateKey(std::string_view text);

/** Line and column (1-based, column in code points) of a byte offset in text. */
void lineColumnAt(std::string_view text, std::size_t offset, std::size_t &line, std::size_t &column);

/** Pretty-prints with 2-space indentation; numbers use the shortest round-trip form, never exponents for
 *  integral values, independent of the C locale. Ends without a newline. */
[[nodiscard]] std::string toPrettyJson(const boost::json::value &v);

/** Makes a JSON number from a double: an int64 when the value is integral (so 1500 stays "1500"). */
[[nodiscard]] boost::json::value jsonNumber(double x);

} // namespace vb
