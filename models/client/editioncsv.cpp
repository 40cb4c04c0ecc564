// SPDX-License-Identifier: GPL-3.0-or-later
#include "editioncsv.h"

#include "analysis.h"
#include "csv.h"
#include "jsonreader.h"
#include "messages.h"

#include <algorithm>
#include <set>

namespace vb {

namespace {

std::string fileError(const CsvTable &t, Lang l)
{
    const std::string row = std::to_string(t.errorRow);
    switch (t.code) {
    case CsvTable::Error::NotUtf8: return tr(l, "editioncsv.not_utf8", {row});
    case CsvTable::Error::UnclosedQuote: return tr(l, "editioncsv.unclosed_quote", {row});
    case CsvTable::Error::TextAfterQuote: return tr(l, "editioncsv.text_after_quote", {row});
    case CsvTable::Error::QuoteInField: return tr(l, "editioncsv.quote_in_field", {row});
    case CsvTable::Error::None: break;
    }
    return tr(l, "editioncsv.row", {row, t.error});
}

/** yes/no in either language; nullopt when it is neither. Empty is no. */
std::optional<bool> readYesNo(std::string_view text)
{
    std::string s;
    for (const char ch : trimmed(text, " \t"))
        s += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    if (s.empty() || s == "no" || s == "false" || s == "0" || s == "n" || s == "\xE5\x90\xA6") // 否
        return false;
    if (s == "yes" || s == "true" || s == "1" || s == "y" || s == "\xE6\x98\xAF") // 是
        return true;
    return std::nullopt;
}

/** A format key or its name in either language. */
std::optional<EventFormat> readFormat(std::string_view text)
{
    const std::string s = trimmed(text, " \t");
    if (s.empty())
        return EventFormat::Onsite;
    if (const auto f = parseFormat(s))
        return f;
    for (const auto f : {EventFormat::Onsite, EventFormat::Hybrid, EventFormat::Online})
        if (s == formatName(f, Lang::En) || s == formatName(f, Lang::ZhTW))
            return f;
    if (s == "on site" || s == "on-site")
        return EventFormat::Onsite;
    return std::nullopt;
}

/** The edition fact key of a CSV column ("fee_member_early" → "fee.member_early"), or "" when it is not a fact. */
std::string factKey(std::string_view column)
{
    if (column.starts_with("fee_"))
        return "fee." + std::string(column.substr(4));
    if (column == "total" || column == "abstracts_submitted" || column == "abstracts_accepted" || column == "exhibition_m2"
        || column == "sponsorship" || column == "satisfaction")
        return std::string(column);
    for (const auto k : kAttendanceKeys)
        if (column == k)
            return std::string(column);
    return {};
}

} // namespace

const std::vector<std::string> &editionCsvColumns()
{
    static const std::vector<std::string> cols = [] {
        std::vector<std::string> c{"year", "city_en", "city_zh", "country", "region", "format", "currency", "source", "as_of",
                                   "estimate", "basis", "note", "total"};
        for (const auto k : kAttendanceKeys)
            c.emplace_back(k);
        for (const auto k : kFeeKeys)
            c.push_back("fee_" + std::string(k));
        for (const char *k : {"abstracts_submitted", "abstracts_accepted", "exhibition_m2", "sponsorship", "satisfaction",
                              "satisfaction_scale", "pace"})
            c.emplace_back(k);
        return c;
    }();
    return cols;
}

std::size_t EditionImport::validCount() const
{
    return fileErrors.empty() ? static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.ok(); })) : 0;
}

std::size_t EditionImport::errorCount() const
{
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return !r.ok(); }));
}

std::vector<Edition> EditionImport::editions(bool validOnly) const
{
    std::vector<Edition> out;
    if (!fileErrors.empty() || (!validOnly && errorCount() > 0))
        return out;
    for (const auto &r : rows)
        if (r.edition)
            out.push_back(*r.edition);
    return out;
}

EditionImport readEditionCsv(std::string_view text, const ClientHistory *c, Lang l)
{
    EditionImport imp;
    const CsvTable t = parseCsv(text);
    if (t.code != CsvTable::Error::None) {
        imp.fileErrors.push_back(fileError(t, l));
        return imp;
    }
    if (t.rows.empty() || (t.rows.size() == 1 && t.rows[0].size() == 1 && trimmed(t.rows[0][0], " \t").empty())) {
        imp.fileErrors.push_back(tr(l, "editioncsv.empty"));
        return imp;
    }
    const auto &known = editionCsvColumns();
    std::vector<std::string> header;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < t.rows[0].size(); ++i) {
        std::string h = trimmed(t.rows[0][i], " \t");
        std::transform(h.begin(), h.end(), h.begin(), [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; });
        if (h.empty())
            imp.fileErrors.push_back(tr(l, "editioncsv.column_empty", {std::to_string(i + 1)}));
        else if (!seen.insert(h).second)
            imp.fileErrors.push_back(tr(l, "editioncsv.column_twice", {h}));
        else if (std::find(known.begin(), known.end(), h) == known.end())
            imp.fileErrors.push_back(tr(l, "editioncsv.column_unknown", {h}));
        header.push_back(std::move(h));
    }
    if (!seen.count("year") || (!seen.count("city_en") && !seen.count("city_zh")))
        imp.fileErrors.push_back(tr(l, "editioncsv.columns_needed"));
    if (!imp.fileErrors.empty())
        return imp;

    // Each row is checked against the project's editions and the valid rows above it (a year once in both).
    ClientHistory so = c ? *c : ClientHistory{};
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const auto &cells = t.rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const auto &x) { return trimmed(x, " \t").empty(); }))
            continue; // a blank line (Excel writes them at the end)
        EditionImportRow row;
        row.row = r + 1;
        const std::string rowNo = std::to_string(row.row);
        if (cells.size() > header.size()) {
            row.errors.push_back(tr(l, "editioncsv.too_many_cells", {rowNo, std::to_string(cells.size()), std::to_string(header.size())}));
            imp.rows.push_back(std::move(row));
            continue;
        }
        const auto cell = [&](std::string_view column) -> std::string {
            for (std::size_t i = 0; i < header.size(); ++i)
                if (header[i] == column)
                    return i < cells.size() ? trimmed(cells[i], " \t") : std::string();
            return {};
        };
        const auto fail = [&](std::string_view column, const std::string &why) {
            row.errors.push_back(tr(l, "editioncsv.cell", {rowNo, column, why}));
        };
        row.year = cell("year");
        row.city = {cell("city_zh"), cell("city_en")};
        Edition e;
        e.city = row.city;
        EditError why;
        if (const auto y = readTypedNumber(row.year, NumberKind::Count, l, why))
            e.year = static_cast<int>(*y);
        else
            fail("year", why.empty() ? tr(l, "client.read.year_range", {"–"}) : why);
        std::string country = cell("country");
        std::transform(country.begin(), country.end(), country.begin(), [](char ch) { return ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch; });
        e.country = country;
        if (const std::string region = cell("region"); !region.empty()) {
            if (const auto id = regionFromText(region))
                e.region = *id;
            else
                fail("region", tr(l, "editioncsv.region", {region}));
        }
        if (const auto f = readFormat(cell("format")))
            e.format = *f;
        else
            fail("format", tr(l, "editioncsv.format", {cell("format")}));
        std::string currency = cell("currency");
        std::transform(currency.begin(), currency.end(), currency.begin(), [](char ch) { return ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch; });
        e.currency = currency;
        if (const std::string s = cell("source"); !s.empty())
            e.source = s;
        if (const std::string s = cell("as_of"); !s.empty())
            e.asOf = s;
        if (const auto est = readYesNo(cell("estimate")))
            e.estimate = *est;
        else
            fail("estimate", tr(l, "editioncsv.yes_no", {cell("estimate")}));
        if (const std::string s = cell("basis"); !s.empty())
            e.basis = s;
        if (const std::string s = cell("note"); !s.empty())
            e.note = s;
        if (const std::string s = cell("satisfaction_scale"); !s.empty()) {
            if (const auto v = readTypedNumber(s, NumberKind::Decimal, l, why); v && *v > 0)
                e.satisfactionScale = *v;
            else
                fail("satisfaction_scale", why.empty() ? tr(l, "clientedit.not_number", {s}) : why);
        }
        // The facts follow the edition's source, as-of date and estimate flag, so these are set first.
        for (const auto &column : header) {
            const std::string key = factKey(column);
            if (key.empty())
                continue;
            const std::string text = cell(column);
            const auto v = readTypedNumber(text, editionFactKind(key), l, why);
            if (!why.empty())
                fail(column, why);
            else
                setEditionFact(e, key, v);
        }
        if (const auto x = parsePaceText(cell("pace"), e.pace, l); !x.empty())
            fail("pace", x);
        if (row.ok()) {
            if (const auto x = checkEdition(so, so.editions.size(), e, l); !x.empty())
                row.errors.push_back(tr(l, "editioncsv.row", {rowNo, x}));
        }
        if (row.ok()) {
            so.editions.push_back(e);
            row.edition = std::move(e);
        }
        imp.rows.push_back(std::move(row));
    }
    if (imp.rows.empty())
        imp.fileErrors.push_back(tr(l, "editioncsv.no_rows"));
    return imp;
}

EditError addEditions(ClientHistory &c, const std::vector<Edition> &editions, Lang l)
{
    ClientHistory next = c;
    for (const auto &e : editions)
        if (auto x = addEdition(next, next.editions.size(), e, l); !x.empty())
            return tr(l, "editioncsv.edition", {std::to_string(e.year), x});
    c = std::move(next);
    return {};
}

} // namespace vb
