// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectio.h"

#include "atomicfile.h"
#include "jsonwriter.h"
#include "jsonreader.h"
#include "messages.h"
#include "numbers.h"
#include "sections.h"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <set>
#include <system_error>


namespace vb {

namespace {

constexpr std::string_view kFormat = "venuebid.project";

ProjectMeta readMeta(JsonReader &r, const json::object &o, const std::string &path, const std::string &fileName)
{
    ProjectMeta m;
    m.title = r.localized(o, "title", path, true).value_or(LocalizedText{});
    m.client = r.localized(o, "client", path, true).value_or(LocalizedText{});
    m.currency = r.string(o, "currency", path, true, true).value_or("TWD");
    if (m.currency != "TWD")
        r.error(join(path, "currency"), tr(r.lang, "read.p.base_currency", {m.currency}));
    if (const auto *langs = r.member(o, "languages", path, true, tr(r.lang, "read.p.expect_languages"))) {
        const std::string lp = join(path, "languages");
        m.languages.clear();
        if (!langs->is_array() || langs->get_array().empty()) {
            r.error(lp, tr(r.lang, "read.p.languages", {langs->is_array() ? std::string(tr(r.lang, "read.kind.empty_array")) : kindName(*langs, r.lang)}));
        } else {
            const auto &a = langs->get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                const auto l = a[i].is_string() ? parseLang(a[i].get_string()) : std::nullopt;
                if (!l || (a[i].get_string() != "zh-TW" && a[i].get_string() != "en"))
                    r.error(join(lp, i), tr(r.lang, "read.p.language", {kindName(a[i], r.lang)}));
                else
                    m.languages.push_back(*l);
            }
        }
    }
    m.description = r.localized(o, "description", path, false);
    if (const auto *fx = o.if_contains("fx_rates")) {
        const std::string fp = join(path, "fx_rates");
        if (!fx->is_array()) {
            r.error(fp, tr(r.lang, "read.p.fx_rates", {kindName(*fx, r.lang)}));
        } else {
            const auto &a = fx->get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                const std::string ip = join(fp, i);
                const auto *ro = r.object(a[i], ip);
                if (!ro)
                    continue;
                FxRate rate;
                rate.currency = r.string(*ro, "currency", ip, true, true).value_or("");
                rate.rate = r.number(*ro, "rate", ip, true, 0.0).value_or(0.0);
                if (ro->contains("rate") && rate.rate <= 0.0)
                    r.error(join(ip, "rate"), tr(r.lang, "read.p.fx_rate"));
                rate.source = r.string(*ro, "source", ip, false, false, true);
                rate.asOf = r.asOf(*ro, "as_of", ip, false); // optional: a rate without it is unsourced (provenance.h)
                rate.bufferPercent = r.number(*ro, "buffer_percent", ip, false, 0.0);
                if (rate.bufferPercent && *rate.bufferPercent >= 100.0)
                    r.error(join(ip, "buffer_percent"), tr(r.lang, "read.p.fx_buffer"));
                rate.low = r.number(*ro, "low", ip, false, 0.0);
                rate.high = r.number(*ro, "high", ip, false, 0.0);
                if (rate.bufferPercent && (rate.low || rate.high))
                    r.error(ip, tr(r.lang, "read.p.fx_buffer_or_range"));
                if ((rate.low && *rate.low > rate.rate) || (rate.high && *rate.high < rate.rate))
                    r.error(ip, tr(r.lang, "read.p.fx_range"));
                r.unknownKeys(*ro, ip, {"currency", "rate", "source", "as_of", "buffer_percent", "low", "high"});
                m.fxRates.push_back(std::move(rate));
            }
        }
    }
    if (const auto *pco = o.if_contains("pco")) {
        const std::string pp = join(path, "pco");
        if (const auto *po = r.object(*pco, pp)) {
            PcoProfile c;
            c.name = r.localized(*po, "name", pp, true).value_or(LocalizedText{});
            c.address = r.localized(*po, "address", pp, false).value_or(LocalizedText{});
            c.taxId = r.string(*po, "tax_id", pp, false).value_or("");
            if (po->contains("tax_id")) {
                if (businessIdCheckSum(c.taxId) < 0)
                    r.error(join(pp, "tax_id"), tr(r.lang, "read.pco_tax_id_format", {c.taxId}));
                else if (!isValidBusinessId(c.taxId))
                    r.error(join(pp, "tax_id"), tr(r.lang, "read.pco_tax_id_check", {c.taxId, std::to_string(businessIdCheckSum(c.taxId))}));
            }
            c.phone = r.string(*po, "phone", pp, false).value_or("");
            c.email = r.string(*po, "email", pp, false).value_or("");
            if (const auto at = c.email.find('@');
                po->contains("email") && (at == std::string::npos || at == 0 || at + 1 == c.email.size() || c.email.find('@', at + 1) != std::string::npos
                                          || c.email.find_first_of(" \t<>\"") != std::string::npos))
                r.error(join(pp, "email"), tr(r.lang, "read.pco_email", {c.email}));
            c.quotePrefix = r.string(*po, "quote_prefix", pp, false).value_or("");
            r.unknownKeys(*po, pp, {"name", "address", "tax_id", "phone", "email", "quote_prefix"});
            m.pco = std::move(c);
        }
    }
    if (const auto *im = o.if_contains("images")) {
        const std::string ip = join(path, "images");
        if (!im->is_array()) {
            r.error(ip, tr(r.lang, "read.p.images", {kindName(*im, r.lang)}));
        } else {
            // Relative to the project file's folder ("" when read from text: the path as it is).
            const auto slash = fileName.find_last_of("/\\");
            const std::string folder = slash == std::string::npos ? std::string() : fileName.substr(0, slash + 1);
            const auto &a = im->get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                const std::string xp = join(ip, i);
                const auto *io = r.object(a[i], xp);
                if (!io)
                    continue;
                ProjectImage img;
                img.path = r.string(*io, "path", xp, false, false, true).value_or("");
                if (img.path.empty())
                    r.error(join(xp, "path"), tr(r.lang, "image.path_required"));
                img.role = r.string(*io, "role", xp, false, false, true).value_or("");
                if (img.role != "logo" && img.role != "cover")
                    r.error(join(xp, "role"), tr(r.lang, "image.role", {img.role}));
                img.caption = r.localized(*io, "caption", xp, false);
                img.resolved = img.path.starts_with('/') ? img.path : folder + img.path;
                r.unknownKeys(*io, xp, {"path", "role", "caption"});
                m.images.push_back(std::move(img));
            }
        }
    }
    r.unknownKeys(o, path, {"title", "client", "currency", "languages", "description", "fx_rates", "pco", "images"});
    return m;
}

Requirements readRequirements(JsonReader &r, const json::object &o, const std::string &path)
{
    Requirements q;
    q.startDate = r.date(o, "start_date", path, true).value_or("");
    q.endDate = r.date(o, "end_date", path, true).value_or("");
    q.days = r.smallInt(o, "days", path, true, 1).value_or(1);
    q.expectedAttendance = r.smallInt(o, "expected_attendance", path, true, 1).value_or(1);
    q.plenarySeats = r.smallInt(o, "plenary_seats", path, false, 0);
    q.breakoutRooms = r.smallInt(o, "breakout_rooms", path, false, 0);
    q.exhibitionM2 = r.number(o, "exhibition_m2", path, false, 0.0);
    q.roomNights = r.smallInt(o, "room_nights", path, false, 0);
    q.budgetCeiling = r.integer(o, "budget_ceiling", path, false, 0);
    if (const auto *mh = o.if_contains("must_have")) {
        const std::string mp = join(path, "must_have");
        if (!mh->is_array()) {
            r.error(mp, tr(r.lang, "read.p.must_have", {kindName(*mh, r.lang)}));
        } else {
            const auto &a = mh->get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                const auto req = a[i].is_string() ? parseRequirement(a[i].get_string()) : std::nullopt;
                if (!req)
                    r.error(join(mp, i), tr(r.lang, "read.p.requirement_key", {kindName(a[i], r.lang)}));
                else if (!q.isMustHave(*req))
                    q.mustHave.push_back(*req);
            }
        }
    }
    if (const auto *abf = o.if_contains("attendance_by_format")) {
        const std::string ap = join(path, "attendance_by_format");
        if (const auto *ao = r.object(*abf, ap)) {
            std::array<FormatAttendance, 3> att{};
            for (auto f : kAllFormats) {
                const std::string fp = join(ap, formatKey(f));
                const auto *fv = r.member(*ao, formatKey(f), ap, true, tr(r.lang, "read.p.expect_attendance"));
                if (!fv)
                    continue;
                if (const auto *fo = r.object(*fv, fp)) {
                    auto &a = att[static_cast<std::size_t>(f)];
                    a.onsite = r.smallInt(*fo, "onsite", fp, true, 0).value_or(0);
                    a.online = r.smallInt(*fo, "online", fp, true, 0).value_or(0);
                    r.unknownKeys(*fo, fp, {"onsite", "online"});
                }
            }
            r.unknownKeys(*ao, ap, {"onsite", "hybrid", "online"});
            q.attendanceByFormat = att;
            // One attendance: the expected attendance is the on-site format's. A file where they differ (written by
            // hand) is read with the on-site format's number everywhere, and says so.
            const int onsiteTotal = att[static_cast<std::size_t>(EventFormat::Onsite)].total();
            if (onsiteTotal >= 1 && onsiteTotal != q.expectedAttendance) {
                r.warning(join(path, "expected_attendance"),
                          tr(r.lang, "read.p.attendance_differs", {formatGrouped(q.expectedAttendance), formatGrouped(onsiteTotal)}));
                q.expectedAttendance = onsiteTotal;
            }
        }
    }
    r.unknownKeys(o, path, {"start_date", "end_date", "days", "expected_attendance", "plenary_seats", "breakout_rooms",
                            "exhibition_m2", "room_nights", "budget_ceiling", "must_have", "attendance_by_format"});
    return q;
}

Criterion readCriterion(JsonReader &r, const json::object &o, const std::string &path)
{
    Criterion c;
    c.id = r.string(o, "id", path, true, true).value_or("");
    if (o.contains("id") && !c.id.empty() && !isId(c.id))
        r.idError(join(path, "id"), c.id, tr(r.lang, "read.p.id", {c.id}));
    c.name = r.localized(o, "name", path, true).value_or(LocalizedText{});
    if (auto d = r.string(o, "direction", path, true)) {
        if (*d == "benefit")
            c.direction = Direction::Benefit;
        else if (*d == "cost")
            c.direction = Direction::Cost;
        else
            r.error(join(path, "direction"), tr(r.lang, "read.p.direction", {*d}));
    }
    c.unit = r.string(o, "unit", path, true).value_or("");
    c.weight = r.number(o, "weight", path, true, 0.0).value_or(0.0);
    c.rank = r.smallInt(o, "rank", path, false, 1);
    if (auto vf = r.string(o, "value_from", path, false)) {
        if (auto parsed = parseValueFrom(*vf))
            c.valueFrom = *parsed;
        else
            r.error(join(path, "value_from"),
                    tr(r.lang, "read.p.value_from", {*vf}));
    }
    c.description = r.localized(o, "description", path, false);
    if (const auto *bf = o.if_contains("by_format")) {
        const std::string bp = join(path, "by_format");
        if (const auto *bo = r.object(*bf, bp)) {
            std::array<double, 3> vals{};
            bool complete = true;
            for (auto f : kAllFormats) {
                auto v = r.number(*bo, formatKey(f), bp, true, 0.0);
                complete = complete && v.has_value();
                vals[static_cast<std::size_t>(f)] = v.value_or(0.0);
            }
            r.unknownKeys(*bo, bp, {"onsite", "hybrid", "online"});
            if (complete)
                c.byFormat = vals;
        }
    } else if (c.valueFrom == ValueFrom::ByFormat) {
        r.error(join(path, "by_format"), tr(r.lang, "read.p.by_format_missing"));
    }
    r.unknownKeys(o, path, {"id", "name", "direction", "unit", "weight", "rank", "value_from", "description", "by_format"});
    return c;
}

Venue readVenue(JsonReader &r, const json::object &o, const std::string &path)
{
    Venue v;
    v.id = r.string(o, "id", path, true, true).value_or("");
    if (o.contains("id") && !v.id.empty() && !isId(v.id))
        r.idError(join(path, "id"), v.id, tr(r.lang, "read.p.id", {v.id}));
    v.name = r.localized(o, "name", path, true).value_or(LocalizedText{});
    v.city = r.localized(o, "city", path, false).value_or(LocalizedText{}); // optional (§3.4, schema)
    v.country = r.string(o, "country", path, false, true).value_or("");
    if (!v.country.empty()
        && (v.country.size() != 2 || !std::all_of(v.country.begin(), v.country.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })))
        r.error(join(path, "country"), tr(r.lang, "read.p.country", {v.country}));
    if (auto role = r.string(o, "role", path, false)) {
        if (*role == "candidate")
            v.role = VenueRole::Candidate;
        else if (*role == "competitor")
            v.role = VenueRole::Competitor;
        else
            r.error(join(path, "role"), tr(r.lang, "read.p.role", {*role}));
    }
    v.attributes = r.facts(o, "attributes", path, false);
    v.costs = r.facts(o, "costs", path, true);
    if (const auto *av = o.if_contains("availability")) {
        const std::string ap = join(path, "availability");
        if (!av->is_array()) {
            r.error(ap, tr(r.lang, "read.p.availability", {kindName(*av, r.lang)}));
        } else {
            const auto &a = av->get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                const std::string ip = join(ap, i);
                const auto *po = r.object(a[i], ip);
                if (!po)
                    continue;
                AvailabilityPeriod period;
                period.from = r.date(*po, "from", ip, true).value_or("");
                period.to = r.date(*po, "to", ip, true).value_or("");
                if (!period.from.empty() && !period.to.empty() && period.to < period.from)
                    r.error(join(ip, "to"), tr(r.lang, "read.p.period_to", {period.from, period.to}));
                if (auto s = r.string(*po, "status", ip, true)) {
                    if (*s == "available")
                        period.status = Availability::Available;
                    else if (*s == "tentative")
                        period.status = Availability::Tentative;
                    else if (*s == "unavailable")
                        period.status = Availability::Unavailable;
                    else if (*s == "unknown")
                        period.status = Availability::Unknown;
                    else
                        r.error(join(ip, "status"), tr(r.lang, "read.p.status", {*s}));
                }
                period.source = r.string(*po, "source", ip, false, false, true);
                period.asOf = r.asOf(*po, "as_of", ip, false);
                r.unknownKeys(*po, ip, {"from", "to", "status", "source", "as_of"});
                v.availability.push_back(std::move(period));
            }
        }
    }
    v.notes = r.localized(o, "notes", path, false);
    r.unknownKeys(o, path, {"id", "name", "city", "country", "role", "attributes", "costs", "availability", "notes"});
    return v;
}

// ---- writing ----

const char *availabilityKey(Availability a)
{
    switch (a) {
    case Availability::Available: return "available";
    case Availability::Tentative: return "tentative";
    case Availability::Unavailable: return "unavailable";
    case Availability::Unknown: break;
    }
    return "unknown";
}

} // namespace

std::size_t LoadResult::errorCount() const
{
    std::size_t n = (syntax ? 1 : 0) + (ioError.empty() ? 0 : 1);
    for (const auto &d : diagnostics)
        n += d.severity == Diagnostic::Severity::Error;
    return n;
}

std::vector<std::string> LoadResult::messages() const
{
    std::vector<std::string> out;
    const std::string f = file.empty() ? std::string("<input>") : file;
    const std::string error = std::string(tr(lang, "diag.error")) + ": ", warning = std::string(tr(lang, "diag.warning")) + ": ";
    if (!ioError.empty())
        out.push_back(f + ": " + error + ioError);
    if (syntax)
        out.push_back(f + ":" + std::to_string(syntax->line) + ":" + std::to_string(syntax->column) + ": " + error + syntax->message);
    for (const auto &d : diagnostics)
        out.push_back(f + ": " + (d.severity == Diagnostic::Severity::Error ? error : warning) + (d.path.empty() ? "/" : d.path)
                      + ": " + d.message);
    return out;
}

namespace {
/** From this size on, the duplicate-key scan runs beside the parse (below, a thread costs more than it saves). */
constexpr std::size_t kParallelScanBytes = 1 << 20;
} // namespace

LoadResult readProject(std::string_view text, std::string fileName, SectionCodecs codecs, Lang lang)
{
    LoadResult res;
    res.file = std::move(fileName);
    res.lang = lang;
    // A large file (a venue library: 21 MB for 10,000 venues) is scanned for duplicate keys on a second core while
    // it is parsed: both only read the text. The parse error, if any, still comes first.
    bool parallel = text.size() >= kParallelScanBytes;
    std::future<std::optional<JsonSyntaxError>> dupScan;
    if (parallel) {
        try {
            dupScan = std::async(std::launch::async, [text] { return findDuplicateKey(text); });
        } catch (const std::system_error &) { // no thread to be had: scan after the parse, as for a small file
            parallel = false;
        }
    }
    auto parsed = parseJson(text, lang);
    std::optional<JsonSyntaxError> dup = parallel ? dupScan.get() : std::nullopt;
    if (parsed.error) {
        res.syntax = std::move(parsed.error);
        return res;
    }
    if (!parallel)
        dup = findDuplicateKey(text);
    if (dup) {
        res.syntax = std::move(dup);
        return res;
    }
    JsonReader r;
    r.lang = lang;
    Project p;
    const json::value &root = *parsed.value;
    const auto *o = r.object(root, "");
    if (o) {
        const auto fmt = r.string(*o, "format", "", true);
        if (fmt && *fmt != kFormat)
            r.error("/format", tr(r.lang, "read.p.format", {*fmt}));
        if (const auto v = r.integer(*o, "schema_version", "", true, 1)) {
            if (*v > Project::kSchemaVersion)
                r.error("/schema_version", tr(r.lang, "read.p.newer_schema", {std::to_string(*v), std::to_string(Project::kSchemaVersion)}));
            p.schemaVersion = static_cast<int>(*v);
        }
        if (const auto *m = r.member(*o, "meta", "", true, tr(r.lang, "read.p.expect_meta")))
            if (const auto *mo = r.object(*m, "/meta"))
                p.meta = readMeta(r, *mo, "/meta", res.file);
        if (const auto *q = r.member(*o, "requirements", "", true, tr(r.lang, "read.p.expect_requirements")))
            if (const auto *qo = r.object(*q, "/requirements"))
                p.requirements = readRequirements(r, *qo, "/requirements");
        if (const auto *c = r.member(*o, "criteria", "", true, tr(r.lang, "read.p.expect_criteria"))) {
            if (!c->is_array() || c->get_array().empty()) {
                r.error("/criteria", tr(r.lang, "read.p.criteria", {c->is_array() ? std::string(tr(r.lang, "read.kind.empty_array")) : kindName(*c, r.lang)}));
            } else {
                const auto &a = c->get_array();
                for (std::size_t i = 0; i < a.size(); ++i)
                    if (const auto *co = r.object(a[i], join("/criteria", i)))
                        p.criteria.push_back(readCriterion(r, *co, join("/criteria", i)));
            }
        }
        if (const auto *v = r.member(*o, "venues", "", true, tr(r.lang, "read.p.expect_venues"))) {
            if (!v->is_array()) {
                r.error("/venues", tr(r.lang, "read.p.venues", {kindName(*v, r.lang)}));
            } else {
                const auto &a = v->get_array();
                for (std::size_t i = 0; i < a.size(); ++i)
                    if (const auto *vo = r.object(a[i], join("/venues", i)))
                        p.venues.push_back(readVenue(r, *vo, join("/venues", i)));
            }
        }
        for (const auto &kv : *o) {
            static constexpr std::string_view kKnown[] = {"format", "schema_version", "meta", "requirements", "criteria", "venues"};
            if (std::find(std::begin(kKnown), std::end(kKnown), kv.key()) != std::end(kKnown))
                continue;
            const auto codec = std::find_if(codecs.begin(), codecs.end(), [&](const SectionCodec &c) { return kv.key() == c.key; });
            if (codec != codecs.end())
                codec->read(r, kv.value(), join("", kv.key()), p);
            else
                p.unknownSections.emplace_back(std::string(kv.key()), toPrettyJson(kv.value())); // canonical form: stable across round trips
        }
    }
    const bool structural = std::any_of(r.diags.begin(), r.diags.end(), [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
    if (o) {
        // Semantic rules only make sense on what could be read; they run even after structural errors so
        // the user sees everything at once.
        for (auto &d : validateProject(p, codecs, lang))
            r.push(std::move(d)); // cross-references echo ids: their hidden characters shown as <U+XXXX> too
    }
    res.diagnostics = std::move(r.diags);
    if (!structural && res.errorCount() == 0)
        res.project = std::move(p);
    return res;
}

std::vector<Diagnostic> validateProject(const Project &p, SectionCodecs codecs, Lang lang)
{
    std::vector<Diagnostic> d;
    auto error = [&](std::string path, std::string msg) { d.push_back({Diagnostic::Severity::Error, std::move(path), std::move(msg)}); };
    auto warning = [&](std::string path, std::string msg) { d.push_back({Diagnostic::Severity::Warning, std::move(path), std::move(msg)}); };

    const auto &q = p.requirements;
    if (!q.startDate.empty() && !q.endDate.empty() && q.endDate < q.startDate)
        error("/requirements/end_date", tr(lang, "read.p.end_date", {q.startDate, q.endDate}));
    if (q.isMustHave(Requirement::PlenarySeats) && !q.plenarySeats)
        error("/requirements/plenary_seats", tr(lang, "read.p.need_plenary"));
    if (q.isMustHave(Requirement::BreakoutRooms) && !q.breakoutRooms)
        error("/requirements/breakout_rooms", tr(lang, "read.p.need_breakout"));
    if (q.isMustHave(Requirement::ExhibitionM2) && !q.exhibitionM2)
        error("/requirements/exhibition_m2", tr(lang, "read.p.need_exhibition"));
    if (q.isMustHave(Requirement::RoomNights) && !q.roomNights)
        error("/requirements/room_nights", tr(lang, "read.p.need_room_nights"));
    if (q.isMustHave(Requirement::BudgetCeiling) && !q.budgetCeiling)
        error("/requirements/budget_ceiling", tr(lang, "read.p.need_budget"));

    if (isDate(q.startDate) && isDate(q.endDate) && q.endDate >= q.startDate) {
        const auto days = [](const std::string &d) {
            using namespace std::chrono;
            return sys_days(year_month_day(year(std::stoi(d.substr(0, 4))), month(static_cast<unsigned>(std::stoi(d.substr(5, 2)))),
                                           day(static_cast<unsigned>(std::stoi(d.substr(8, 2))))));
        };
        const auto span = (days(q.endDate) - days(q.startDate)).count() + 1;
        if (span != q.days)
            warning("/requirements/days", tr(lang, "read.p.days_span", {std::to_string(span), std::to_string(q.days)}));
    }

    std::set<std::string> fx;
    for (std::size_t i = 0; i < p.meta.fxRates.size(); ++i) {
        const auto &r = p.meta.fxRates[i];
        if (!r.currency.empty() && !fx.insert(r.currency).second)
            error("/meta/fx_rates/" + std::to_string(i) + "/currency", tr(lang, "read.p.duplicate_currency", {r.currency}));
    }

    std::set<std::string> ids;
    std::set<int> ranks;
    double weightSum = 0;
    for (std::size_t i = 0; i < p.criteria.size(); ++i) {
        const auto &c = p.criteria[i];
        if (!c.id.empty() && !ids.insert(c.id).second)
            error("/criteria/" + std::to_string(i) + "/id", tr(lang, "read.duplicate_criterion_id", {c.id}));
        if (c.rank && !ranks.insert(*c.rank).second)
            warning("/criteria/" + std::to_string(i) + "/rank", tr(lang, "read.p.rank_used", {std::to_string(*c.rank)}));
        weightSum += c.weight;
    }
    if (!p.criteria.empty() && weightSum <= 0)
        error("/criteria", tr(lang, "read.p.weights_zero"));

    ids.clear();
    for (std::size_t i = 0; i < p.venues.size(); ++i) {
        const auto &v = p.venues[i];
        const std::string vp = "/venues/" + std::to_string(i);
        if (!v.id.empty() && !ids.insert(v.id).second)
            error(vp + "/id", tr(lang, "read.duplicate_venue_id", {v.id}));
        for (const auto &[cid, f] : v.costs)
            if (f.known() && !f.currency.empty() && !p.rateToBase(f.currency))
                error(vp + "/costs/" + pointerToken(cid) + "/currency",
                      tr(lang, "read.p.no_fx", {f.currency}));
        for (const auto &c : p.criteria) {
            if (c.valueFrom == ValueFrom::Attributes)
                if (const Fact *f = v.attribute(c.id); f && f->value && *f->value < 0)
                    error(vp + "/attributes/" + pointerToken(c.id) + "/value",
                          tr(lang, "read.p.negative_value", {c.id, formatShortest(*f->value)}));
            if (c.valueFrom != ValueFrom::Attributes && c.valueFrom != ValueFrom::Costs)
                continue; // computed per option (docs/analysis.md), not read from the venue
            const bool present = c.valueFrom == ValueFrom::Costs ? v.cost(c.id) != nullptr : v.attribute(c.id) != nullptr;
            if (!present && !c.id.empty())
                warning(vp + (c.valueFrom == ValueFrom::Costs ? "/costs/" : "/attributes/") + pointerToken(c.id),
                        tr(lang, "read.criterion_value_missing", {c.id}));
        }
    }
    for (const auto &codec : codecs)
        if (codec.validate)
            codec.validate(p, d, lang);
    return d;
}

LoadResult loadProjectFile(const std::string &path, SectionCodecs codecs, Lang lang)
{
    std::string text;
    std::string err;
    if (!readWholeFile(path, text, err)) {
        LoadResult r;
        r.file = path;
        r.lang = lang;
        r.ioError = err;
        return r;
    }
    return readProject(text, path, codecs, lang);
}

std::string writeProject(const Project &p, SectionCodecs codecs)
{
    json::object root;
    root["format"] = kFormat;
    root["schema_version"] = p.schemaVersion;

    json::object meta;
    meta["title"] = textJson(p.meta.title);
    meta["client"] = textJson(p.meta.client);
    meta["currency"] = p.meta.currency;
    json::array langs;
    for (auto l : p.meta.languages)
        langs.emplace_back(langCode(l));
    meta["languages"] = std::move(langs);
    if (p.meta.description)
        meta["description"] = textJson(*p.meta.description);
    if (!p.meta.fxRates.empty()) {
        json::array fx;
        for (const auto &r : p.meta.fxRates) {
            json::object ro{{"currency", r.currency}, {"rate", jsonNumber(r.rate)}, {"source", optString(r.source)}};
            if (r.asOf)
                ro["as_of"] = *r.asOf;
            if (r.bufferPercent)
                ro["buffer_percent"] = jsonNumber(*r.bufferPercent);
            if (r.low)
                ro["low"] = jsonNumber(*r.low);
            if (r.high)
                ro["high"] = jsonNumber(*r.high);
            fx.push_back(std::move(ro));
        }
        meta["fx_rates"] = std::move(fx);
    }
    if (const auto *c = letterhead(p)) {
        json::object po;
        po["name"] = textJson(c->name);
        if (!c->address.zh.empty() || !c->address.en.empty())
            po["address"] = textJson(c->address);
        if (!c->taxId.empty())
            po["tax_id"] = c->taxId;
        if (!c->phone.empty())
            po["phone"] = c->phone;
        if (!c->email.empty())
            po["email"] = c->email;
        if (!c->quotePrefix.empty())
            po["quote_prefix"] = c->quotePrefix;
        meta["pco"] = std::move(po);
    }
    if (!p.meta.images.empty()) {
        json::array images;
        for (const auto &img : p.meta.images) {
            json::object io;
            io["path"] = img.path;
            io["role"] = img.role;
            if (img.caption)
                io["caption"] = textJson(*img.caption);
            images.emplace_back(std::move(io));
        }
        meta["images"] = std::move(images);
    }
    root["meta"] = std::move(meta);

    const auto &q = p.requirements;
    json::object req;
    req["start_date"] = q.startDate;
    req["end_date"] = q.endDate;
    req["days"] = q.days;
    req["expected_attendance"] = q.expectedAttendance;
    if (q.plenarySeats)
        req["plenary_seats"] = *q.plenarySeats;
    if (q.breakoutRooms)
        req["breakout_rooms"] = *q.breakoutRooms;
    if (q.exhibitionM2)
        req["exhibition_m2"] = jsonNumber(*q.exhibitionM2);
    if (q.roomNights)
        req["room_nights"] = *q.roomNights;
    if (q.budgetCeiling)
        req["budget_ceiling"] = *q.budgetCeiling;
    json::array must;
    for (auto r : q.mustHave)
        must.emplace_back(requirementKey(r));
    req["must_have"] = std::move(must);
    if (q.attendanceByFormat) {
        json::object abf;
        for (auto f : kAllFormats) {
            const auto &a = (*q.attendanceByFormat)[static_cast<std::size_t>(f)];
            abf[formatKey(f)] = json::object{{"onsite", a.onsite}, {"online", a.online}};
        }
        req["attendance_by_format"] = std::move(abf);
    }
    root["requirements"] = std::move(req);

    json::array crit;
    for (const auto &c : p.criteria) {
        json::object co;
        co["id"] = c.id;
        co["name"] = textJson(c.name);
        co["direction"] = c.direction == Direction::Benefit ? "benefit" : "cost";
        co["unit"] = c.unit;
        co["weight"] = jsonNumber(c.weight);
        if (c.rank)
            co["rank"] = *c.rank;
        if (c.valueFrom != ValueFrom::Attributes)
            co["value_from"] = valueFromKey(c.valueFrom);
        if (c.description)
            co["description"] = textJson(*c.description);
        if (c.byFormat) {
            json::object bf;
            for (auto f : kAllFormats)
                bf[formatKey(f)] = jsonNumber((*c.byFormat)[static_cast<std::size_t>(f)]);
            co["by_format"] = std::move(bf);
        }
        crit.push_back(std::move(co));
    }
    root["criteria"] = std::move(crit);

    json::array venues;
    for (const auto &v : p.venues) {
        json::object vo;
        vo["id"] = v.id;
        vo["name"] = textJson(v.name);
        if (!v.city.zh.empty() || !v.city.en.empty()) // optional (§3.4): a venue added without a city stays loadable
            vo["city"] = textJson(v.city);
        if (!v.country.empty())
            vo["country"] = v.country;
        vo["role"] = v.role == VenueRole::Candidate ? "candidate" : "competitor";
        json::object attrs;
        for (const auto &[k, f] : v.attributes)
            attrs[k] = factJson(f, false);
        vo["attributes"] = std::move(attrs);
        json::object costs;
        for (const auto &[k, f] : v.costs)
            costs[k] = factJson(f, true);
        vo["costs"] = std::move(costs);
        json::array av;
        for (const auto &a : v.availability) {
            json::object ao{{"from", a.from}, {"to", a.to}, {"status", availabilityKey(a.status)}, {"source", optString(a.source)}};
            if (a.asOf)
                ao["as_of"] = *a.asOf;
            av.push_back(std::move(ao));
        }
        vo["availability"] = std::move(av);
        if (v.notes)
            vo["notes"] = textJson(*v.notes);
        venues.push_back(std::move(vo));
    }
    root["venues"] = std::move(venues);

    for (const auto &codec : codecs)
        if (auto v = codec.write(p); !v.is_null())
            root[codec.key] = std::move(v);
    for (const auto &[k, raw] : p.unknownSections)
        root[k] = json::parse(raw);
    return toPrettyJson(root) + "\n";
}

SaveResult saveProjectFile(const Project &p, const std::string &path, SectionCodecs codecs)
{
    SaveResult r;
    r.error = writeFileAtomically(path, writeProject(p, codecs), true);
    r.ok = r.error.empty();
    return r;
}

} // namespace vb
