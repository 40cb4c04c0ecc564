// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace vb {

namespace {

bool validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 4;
        if (n == 4 || i + n >= s.size() + (n == 0 ? 1 : 0))
            return false;
        for (std::size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n + 1;
    }
    return true;
}

} // namespace

CsvTable parseCsv(std::string_view text)
{
    CsvTable t;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (!validUtf8(text)) {
        t.code = CsvTable::Error::NotUtf8;
        t.error = "the file is not UTF-8 text: expected UTF-8 (with or without a byte-order mark); save it as \"CSV UTF-8\"";
        t.errorRow = 1;
        return t;
    }
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    const std::size_t n = text.size();
    bool rowStarted = false;
    auto endField = [&] { row.push_back(std::move(field)); field.clear(); };
    auto endRow = [&] {
        endField();
        t.rows.push_back(std::move(row));
        row.clear();
        rowStarted = false;
    };
    while (i < n) {
        const char c = text[i];
        rowStarted = true;
        if (c == '"' && field.empty()) {
            // Quoted field: runs to the closing quote; "" is one quote; commas and line breaks are text.
            const std::size_t startRow = t.rows.size() + 1;
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (text[i] == '\r') {
                    field += '\n';
                    i += (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
                    continue;
                }
                field += text[i++];
            }
            if (!closed) {
                t.code = CsvTable::Error::UnclosedQuote;
                t.error = "a quoted field is not closed: expected a closing \" (write a quote inside a quoted field as \"\")";
                t.errorRow = startRow;
                return t;
            }
            if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                t.code = CsvTable::Error::TextAfterQuote;
                t.error = "text after a closing quote: expected a comma or the end of the line after \"" + field + "\"";
                t.errorRow = startRow;
                return t;
            }
            // Mark the field as quoted-and-done so an empty quoted field followed by text is caught above.
            if (i >= n)
                break;
            continue;
        }
        if (c == ',') {
            endField();
            ++i;
        } else if (c == '\r' || c == '\n') {
            endRow();
            i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
        } else if (c == '"') {
            t.code = CsvTable::Error::QuoteInField;
            t.error = "a quote inside an unquoted field: expected the whole field in quotes, with the quote doubled (\"\")";
            t.errorRow = t.rows.size() + 1;
            return t;
        } else {
            field += c;
            ++i;
        }
    }
    if (rowStarted || !field.empty() || !row.empty())
        endRow();
    return t;
}

} // namespace vb
