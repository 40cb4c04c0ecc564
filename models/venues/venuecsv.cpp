// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuecsv.h"

#include "csv.h"

#include "projectio.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

namespace vb {

namespace {

const char *const kTextColumns[] = {"id", "name_zh", "name_en", "city_zh", "city_en", "country", "role", "notes_zh", "notes_en"};
const char *const kSuffixes[] = {"_source", "_as_of", "_estimate", "_basis", "_note", "_currency"};

bool isTextColumn(std::string_view c)
{
    return std::any_of(std::begin(kTextColumns), std::end(kTextColumns), [&](const char *t) { return c == t; });
}

/** "3100", "1,500", "2.5"; nullopt when it is not such a number. */
std::optional<double> parseNumber(std::string_view s)
{
    std::string t(s);
    const auto dot = t.find('.');
    const std::string whole = t.substr(0, dot);
    if (whole.find(',') != std::string::npos) { // thousands grouping, e.g. 1,500 or 12,345,678
        const std::size_t sign = whole[0] == '-' ? 1 : 0;
        const std::size_t first = whole.find(',');
        if (first <= sign || first - sign > 3)
            return std::nullopt;
        for (std::size_t i = first; i < whole.size(); i += 4)
            if (whole[i] != ',' || whole.size() - i < 4 || (i + 4 < whole.size() && whole[i + 4] != ','))
                return std::nullopt;
        t.erase(std::remove(t.begin(), t.end(), ','), t.end());
    }
    std::size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
    bool digits = false, seenDot = false;
    for (; i < t.size(); ++i) {
        if (t[i] >= '0' && t[i] <= '9')
            digits = true;
        else if (t[i] == '.' && !seenDot)
            seenDot = true;
        else
            return std::nullopt;
    }
    if (!digits)
        return std::nullopt;
    double v = 0; // from_chars: the same in every locale (a comma-decimal locale must not change the reading)
    const auto r = std::from_chars(t.data(), t.data() + t.size(), v);
    if (r.ec != std::errc() || r.ptr != t.data() + t.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<bool> parseBool(std::string_view s)
{
    std::string l;
    for (char c : s)
        l += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (l.empty() || l == "false" || l == "no" || l == "0" || l == "n")
        return false;
    if (l == "true" || l == "yes" || l == "1" || l == "y")
        return true;
    return std::nullopt;
}

std::optional<std::string> optText(const std::string &s)
{
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

/** Splits a column name into its fact column and suffix when the fact column exists: "x_as_of" → ("x", "_as_of"). */
std::pair<std::string, std::string> splitSuffix(const std::string &column, const std::set<std::string> &columns)
{
    for (const char *suf : kSuffixes) {
        const std::string_view s(suf);
        if (column.size() > s.size() && column.compare(column.size() - s.size(), s.size(), s) == 0) {
            std::string base = column.substr(0, column.size() - s.size());
            if (columns.count(base) && !isTextColumn(base))
                return {base, std::string(s)};
        }
    }
    return {column, {}};
}

std::string venuePath(std::size_t index)
{
    return "/venues/" + std::to_string(index);
}

} // namespace

const std::vector<std::string> &standardVenueFactColumns()
{
    static const std::vector<std::string> cols{"plenary_seats", "meeting_rooms", "exhibition_m2", "exhibition_booths",
                                               "hotel_rooms_nearby", "airport_minutes", "cost_venue_rental"};
    return cols;
}

Venue venueFromFields(const VenueFields &fields, std::size_t index, std::vector<FieldError> &errors)
{
    const std::string vp = venuePath(index);
    std::set<std::string> columns;
    for (const auto &kv : fields)
        columns.insert(kv.first);
    auto get = [&](std::string_view key) -> std::string {
        const auto *v = findIn(fields, key);
        return v ? trimmed(*v, " \t") : std::string();
    };

    Venue v;
    v.id = get("id");
    // A name or city in one language stands for the other too (the file keeps both), as in every editor.
    v.name = nameInBothLanguages({get("name_zh"), get("name_en")});
    v.city = nameInBothLanguages({get("city_zh"), get("city_en")});
    v.country = get("country");
    const std::string role = get("role");
    if (role.empty() || role == "candidate")
        v.role = VenueRole::Candidate;
    else if (role == "competitor")
        v.role = VenueRole::Competitor;
    else
        errors.push_back({"role", vp + "/role", "expected \"candidate\", \"competitor\" or empty (candidate), found \"" + role + "\""});
    if (!get("notes_zh").empty() || !get("notes_en").empty())
        v.notes = LocalizedText{get("notes_zh"), get("notes_en")};

    for (const auto &[column, raw] : fields) {
        if (isTextColumn(column))
            continue;
        const auto [base, suffix] = splitSuffix(column, columns);
        if (!suffix.empty())
            continue; // read with its fact column
        const bool money = column.rfind("cost_", 0) == 0;
        const std::string id = money ? column.substr(5) : column;
        if (!isId(id)) {
            errors.push_back({column, vp, "unknown column \"" + column +
                                              "\": expected a fact id of lowercase letters, digits and '_' (see docs/venue-csv.md)"});
            continue;
        }
        const std::string fp = vp + (money ? "/costs/" : "/attributes/") + id;
        Fact f;
        const std::string value = trimmed(raw, " \t");
        if (!value.empty()) {
            if (const auto x = parseNumber(value))
                f.value = *x;
            else
                errors.push_back({column, fp + (money ? "/amount" : "/value"),
                                  "expected a number such as 3100 or 1,500.5 (empty = unknown), found \"" + value + "\""});
        }
        f.source = optText(get(column + "_source"));
        f.asOf = optText(get(column + "_as_of"));
        f.basis = optText(get(column + "_basis"));
        f.note = optText(get(column + "_note"));
        const std::string est = get(column + "_estimate");
        if (const auto b = parseBool(est))
            f.estimate = *b;
        else
            errors.push_back({column + "_estimate", fp + "/estimate", "expected true, false or empty, found \"" + est + "\""});
        if (money) {
            f.currency = get(column + "_currency");
            if (f.currency.empty())
                f.currency = "TWD";
            v.costs.emplace_back(id, std::move(f));
        } else {
            if (columns.count(column + "_currency"))
                errors.push_back({column + "_currency", fp, "a currency belongs to a cost column: expected cost_" + id + "_currency"});
            v.attributes.emplace_back(id, std::move(f));
        }
    }
    return v;
}

VenueFields venueToFields(const Venue &v)
{
    VenueFields out{{"id", v.id},
                    {"name_zh", v.name.zh},
                    {"name_en", v.name.en},
                    {"city_zh", v.city.zh},
                    {"city_en", v.city.en},
                    {"country", v.country},
                    {"role", v.role == VenueRole::Competitor ? "competitor" : "candidate"},
                    {"notes_zh", v.notes ? v.notes->zh : std::string()},
                    {"notes_en", v.notes ? v.notes->en : std::string()}};
    std::set<std::string> done;
    auto add = [&](const std::string &column, const Fact *f, bool money) {
        if (!done.insert(column).second)
            return;
        out.emplace_back(column, f && f->value ? formatShortest(*f->value) : std::string());
        out.emplace_back(column + "_source", f && f->source ? *f->source : std::string());
        out.emplace_back(column + "_as_of", f && f->asOf ? *f->asOf : std::string());
        out.emplace_back(column + "_estimate", f && f->estimate ? "true" : "false");
        out.emplace_back(column + "_basis", f && f->basis ? *f->basis : std::string());
        out.emplace_back(column + "_note", f && f->note ? *f->note : std::string());
        if (money)
            out.emplace_back(column + "_currency", f && !f->currency.empty() ? f->currency : std::string("TWD"));
    };
    for (const auto &[id, f] : v.attributes)
        add(id, &f, false);
    for (const auto &[id, f] : v.costs)
        add("cost_" + id, &f, true);
    for (const auto &c : standardVenueFactColumns()) {
        const bool money = c.rfind("cost_", 0) == 0;
        add(c, nullptr, money);
    }
    return out;
}

std::string fieldForPath(std::string_view path)
{
    if (path.rfind("/venues/", 0) != 0)
        return {};
    auto rest = path.substr(8);
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos)
        return {};
    rest = rest.substr(slash + 1);
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= rest.size()) {
        const auto e = rest.find('/', pos);
        parts.emplace_back(rest.substr(pos, e == std::string_view::npos ? std::string_view::npos : e - pos));
        if (e == std::string_view::npos)
            break;
        pos = e + 1;
    }
    if (parts.empty())
        return {};
    const std::string &k = parts[0];
    if (k == "name" || k == "city" || k == "notes") {
        if (parts.size() > 1)
            return k + (parts[1] == "en" ? "_en" : "_zh");
        return k + "_zh";
    }
    if (k == "id" || k == "country" || k == "role")
        return k;
    if ((k == "attributes" || k == "costs") && parts.size() > 1) {
        const std::string base = (k == "costs" ? "cost_" : "") + parts[1];
        if (parts.size() < 3 || parts[2] == "value" || parts[2] == "amount")
            return base;
        return base + "_" + parts[2];
    }
    return {};
}

std::vector<FieldError> validateVenue(const Project &p, const Venue &v, std::size_t index, Lang l)
{
    // Round trip through the file format, so every rule the reader applies is applied here too.
    Project q;
    q.meta = p.meta;
    q.requirements = p.requirements;
    q.criteria = p.criteria;
    q.venues = {v};
    const auto r = readProject(writeProject(q, {}), {}, {}, l); // no sections: q has only the venue
    std::vector<FieldError> out;
    const std::string prefix = "/venues/0";
    for (const auto &d : r.diagnostics) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        if (d.path != prefix && d.path.rfind(prefix + "/", 0) != 0)
            continue; // the project's own problems are not this venue's
        std::string path = venuePath(index) + d.path.substr(prefix.size());
        out.push_back({fieldForPath(path), std::move(path), d.message});
    }
    return out;
}

void appendValidation(std::vector<FieldError> &errors, std::vector<FieldError> more)
{
    // A cell that could not be read is unknown in v: its column already has an error, so keep the first.
    for (auto &e : more) {
        const bool seen = std::any_of(errors.begin(), errors.end(), [&](const FieldError &x) { return !e.field.empty() && x.field == e.field; });
        if (!seen)
            errors.push_back(std::move(e));
    }
}

std::size_t VenueImport::validCount() const
{
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.ok(); }));
}

std::size_t VenueImport::errorCount() const
{
    return rows.size() - validCount();
}

std::vector<Venue> VenueImport::venues(bool validOnly) const
{
    std::vector<Venue> out;
    if (!fileErrors.empty() || (!validOnly && errorCount() > 0))
        return out;
    for (const auto &r : rows)
        if (r.ok() && r.venue)
            out.push_back(*r.venue);
    return out;
}

VenueImport readVenueCsv(std::string_view text, const Project &p)
{
    VenueImport imp;
    const CsvTable t = parseCsv(text);
    if (!t.error.empty()) {
        imp.fileErrors.push_back("row " + std::to_string(t.errorRow) + ": " + t.error);
        return imp;
    }
    if (t.rows.empty() || (t.rows.size() == 1 && t.rows[0].size() == 1 && t.rows[0][0].empty())) {
        imp.fileErrors.push_back("row 1: the file is empty: expected a header row (id,name_zh,name_en,...)");
        return imp;
    }
    // Header: row 1.
    std::vector<std::string> header;
    std::set<std::string> seen;
    for (const auto &h : t.rows[0])
        header.push_back(trimmed(h, " \t"));
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto &h = header[c];
        const std::string where = "row 1, column " + std::to_string(c + 1);
        if (h.empty())
            imp.fileErrors.push_back(where + ": empty column name: expected a column name such as plenary_seats");
        else if (!seen.insert(h).second)
            imp.fileErrors.push_back(where + ": column \"" + h + "\" appears twice: expected each column once");
        else if (!isId(h))
            imp.fileErrors.push_back(where + ": column name \"" + h +
                                     "\": expected lowercase letters, digits and '_' (see docs/venue-csv.md)");
    }
    for (const char *req : {"id", "name_zh", "name_en"})
        if (!seen.count(req))
            imp.fileErrors.push_back(std::string("row 1: missing column \"") + req + "\": expected the columns id, name_zh and name_en");
    for (const auto &h : header) {
        const auto [base, suffix] = splitSuffix(h, seen);
        if (!suffix.empty() && suffix == "_currency" && base.rfind("cost_", 0) != 0)
            imp.fileErrors.push_back("row 1: column \"" + h + "\": a currency belongs to a cost column (cost_<id>_currency)");
        if (suffix.empty()) {
            for (const char *suf : kSuffixes) {
                const std::string_view s(suf);
                if (h.size() > s.size() && h.compare(h.size() - s.size(), s.size(), s) == 0 && !isTextColumn(h.substr(0, h.size() - s.size())))
                    imp.fileErrors.push_back("row 1: column \"" + h + "\" has no column \"" + h.substr(0, h.size() - s.size()) +
                                             "\": expected the fact's value column too (empty = unknown)");
            }
        }
    }
    if (!imp.fileErrors.empty())
        return imp;

    std::map<std::string, std::size_t> idRow;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const auto &cells = t.rows[r];
        if (cells.size() == 1 && trimmed(cells[0], " \t").empty())
            continue; // a blank line
        VenueImportRow ir;
        ir.row = r + 1;
        const std::string where = "row " + std::to_string(ir.row);
        if (cells.size() != header.size()) {
            ir.errors.push_back(where + ": " + std::to_string(cells.size()) + " cells: expected " + std::to_string(header.size()) +
                                " as in the header (put a cell with a comma in double quotes)");
            if (!cells.empty())
                ir.id = trimmed(cells[0], " \t");
            imp.rows.push_back(std::move(ir));
            continue;
        }
        VenueFields fields;
        for (std::size_t c = 0; c < header.size(); ++c)
            fields.emplace_back(header[c], cells[c]);
        const std::size_t index = p.venues.size();
        std::vector<FieldError> errs;
        Venue v = venueFromFields(fields, index, errs);
        ir.id = v.id;
        ir.name = v.name;
        appendValidation(errs, validateVenue(p, v, index));
        if (!v.id.empty()) {
            if (p.venue(v.id))
                errs.push_back({"id", venuePath(index) + "/id", "duplicate id \"" + v.id + "\": the project already has a venue with this id"});
            else if (const auto it = idRow.find(v.id); it != idRow.end())
                errs.push_back({"id", venuePath(index) + "/id",
                                "duplicate id \"" + v.id + "\": row " + std::to_string(it->second) + " has it too; expected unique ids"});
            else
                idRow.emplace(v.id, ir.row);
        }
        for (const auto &e : errs)
            ir.errors.push_back(where + (e.field.empty() ? std::string() : ", column " + e.field) + ": " + e.message);
        if (ir.errors.empty())
            ir.venue = std::move(v);
        imp.rows.push_back(std::move(ir));
    }
    return imp;
}

} // namespace vb
