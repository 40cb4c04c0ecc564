// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CSV splitter shared by every import (venues, past editions): text to rows, nothing more. What a row means is
// the importer's business.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** A CSV file split into records (RFC 4180 with Excel's habits): comma separated, fields in double quotes may hold
 *  commas, line breaks and doubled quotes (""), a UTF-8 byte-order mark is skipped, CRLF and LF end a record.
 *  Record i is spreadsheet row i + 1: a line break inside a quoted field does not start a new row. */
struct CsvTable {
    /** What stopped the reading, for a message in the reader's language. */
    enum class Error { None, NotUtf8, UnclosedQuote, TextAfterQuote, QuoteInField };
    std::vector<std::vector<std::string>> rows;
    Error code = Error::None;
    std::string error;          ///< "" when the text was read; else what is wrong, in English (the rows before it are kept)
    std::size_t errorRow = 0;   ///< 1-based row of the error
};

/** Splits UTF-8 CSV text into rows. Line breaks inside quoted fields are returned as "\n". */
[[nodiscard]] CsvTable parseCsv(std::string_view text);

} // namespace vb
