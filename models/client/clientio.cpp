// SPDX-License-Identifier: GPL-3.0-or-later
// Reading, writing and validating the "client" section (docs/project-format.md §client).
#include "client.h"

#include "analysis.h"
#include "jsonwriter.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace vb {

namespace {

std::string listOf(std::span<const std::string_view> keys)
{
    std::string s;
    for (auto k : keys)
        s += (s.empty() ? "" : ", ") + std::string(k);
    return s;
}

bool oneOf(std::span<const std::string_view> keys, std::string_view k)
{
    return std::find(keys.begin(), keys.end(), k) != keys.end();
}

/** The defaults an edition hands to its facts written as plain numbers. */
struct FactDefaults {
    std::optional<std::string> source, asOf, basis;
    bool estimate = false;
    std::string currency;
};

FactDefaults defaultsOf(const Edition &e)
{
    return {e.source, e.asOf, e.basis, e.estimate, e.currency};
}

/** A fact of an edition: a plain number (or null) under the edition's source and date, or a fact object whose
 *  missing source/as_of/estimate/basis come from the edition. Counts and money are >= 0. */
Fact editionFact(JsonReader &r, const json::value &v, const std::string &path, const FactDefaults &d, bool money, bool &plain)
{
    if (v.is_null())
        return {};
    if (v.is_number()) {
        const double x = v.to_number<double>();
        Fact f;
        if (!std::isfinite(x) || std::abs(x) > kMaxFileMagnitude) {
            r.error(path, outOfRangeMessage(x, r.lang));
            return f;
        }
        if (x < 0) {
            r.error(path, tr(r.lang, "client.read.negative", {formatShortest(x)}));
            return f;
        }
        if (money && x != std::trunc(x)) {
            r.error(path, tr(r.lang, "read.whole_amount", {formatShortest(x)}));
            return f;
        }
        f.value = x;
        f.source = d.source;
        f.asOf = d.asOf;
        f.estimate = d.estimate;
        f.basis = d.basis;
        if (money)
            f.currency = d.currency;
        plain = true;
        return f;
    }
    if (!v.is_object()) {
        r.error(path, tr(r.lang, "client.read.fact_kind", {kindName(v, r.lang)}));
        return {};
    }
    json::object o = v.get_object();
    if (!o.contains("source") && d.source)
        o["source"] = *d.source;
    if (!o.contains("as_of") && d.asOf)
        o["as_of"] = *d.asOf;
    if (!o.contains("estimate") && d.estimate) {
        o["estimate"] = true;
        if (!o.contains("basis") && d.basis)
            o["basis"] = *d.basis;
    }
    if (money && !o.contains("currency") && !d.currency.empty())
        o["currency"] = d.currency;
    Fact f = r.fact(o, path, money);
    if (f.value && *f.value < 0) {
        r.error(join(path, money ? "amount" : "value"), tr(r.lang, "client.read.negative", {formatShortest(*f.value)}));
        f.value.reset();
    }
    return f;
}

/** The JSON of an edition's fact: a plain number (or null) when it says nothing beyond the edition's defaults. */
json::value editionFactJson(const Fact &f, const FactDefaults &d, bool money)
{
    if (!f.value && !f.source && !f.asOf && !f.estimate && !f.basis && !f.note)
        return nullptr;
    if (f.value && !f.note && f.source == d.source && f.asOf == d.asOf && f.estimate == d.estimate
        && (!f.estimate || f.basis == d.basis) && (f.estimate || !f.basis) && (!money || f.currency == d.currency))
        return jsonNumber(*f.value);
    return factJson(f, money);
}

void readPace(JsonReader &r, const json::value &v, const std::string &path, std::vector<PacePoint> &out)
{
    if (!v.is_array()) {
        r.error(path, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.pace"), kindName(v, r.lang)}));
        return;
    }
    const auto &arr = v.get_array();
    std::vector<std::size_t> index; // file index of each point read
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string pp = join(path, i);
        const auto *o = r.object(arr[i], pp);
        if (!o)
            continue;
        const auto *dv = r.member(*o, "days_before", pp, true, tr(r.lang, "read.expect.integer_min", {"0"}));
        std::optional<std::int64_t> days;
        if (dv && dv->is_int64() && dv->get_int64() < 0)
            r.error(join(pp, "days_before"), tr(r.lang, "client.read.pace_after_event", {std::to_string(dv->get_int64())}));
        else if (dv)
            days = r.integer(*o, "days_before", pp, true, 0);
        if (days && *days > 3660) {
            r.error(join(pp, "days_before"), tr(r.lang, "client.read.days_max", {std::to_string(*days)}));
            days.reset();
        }
        const auto reg = r.number(*o, "registered", pp, true, 0.0);
        r.unknownKeys(*o, pp, {"days_before", "registered"});
        if (days && reg) {
            out.push_back({static_cast<int>(days.value_or(0)), reg.value_or(0.0)});
            index.push_back(i);
        }
    }
    // Days before strictly descending in the file's order is not required; the curve is sorted and then checked.
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return out[a].daysBefore > out[b].daysBefore; });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const auto &prev = out[order[k - 1]];
        const auto &cur = out[order[k]];
        const std::string cp = join(path, index[order[k]]);
        if (cur.daysBefore == prev.daysBefore)
            r.error(join(cp, "days_before"), tr(r.lang, "client.read.pace_duplicate_days",
                                                {std::to_string(cur.daysBefore), join(path, index[order[k - 1]])}));
        else if (cur.registered < prev.registered)
            r.error(join(cp, "registered"), tr(r.lang, "client.read.pace_decreasing",
                                               {formatGrouped(prev.registered), std::to_string(prev.daysBefore),
                                                formatGrouped(cur.registered), std::to_string(cur.daysBefore)}));
    }
    std::vector<PacePoint> sorted;
    for (auto i : order)
        sorted.push_back(out[i]);
    out = std::move(sorted);
}

Edition readEdition(JsonReader &r, const json::object &o, const std::string &path)
{
    Edition e;
    if (auto y = r.smallInt(o, "year", path, true, 0)) {
        if (*y < 1900 || *y > 2200)
            r.error(join(path, "year"), tr(r.lang, "client.read.year_range", {std::to_string(*y)}));
        else
            e.year = *y;
    }
    e.city = r.localized(o, "city", path, true).value_or(LocalizedText{});
    e.country = r.string(o, "country", path, false).value_or("");
    if (!e.country.empty() && (e.country.size() != 2 || !std::all_of(e.country.begin(), e.country.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
        r.error(join(path, "country"), tr(r.lang, "client.read.country", {e.country}));
    e.region = r.string(o, "region", path, false).value_or("");
    if (auto f = r.string(o, "format", path, true)) {
        if (auto pf = parseFormat(*f))
            e.format = *pf;
        else
            r.error(join(path, "format"), tr(r.lang, "client.read.one_of", {"onsite, hybrid, online", *f}));
    }
    e.currency = r.string(o, "currency", path, false).value_or("");
    if (!e.currency.empty() && (e.currency.size() != 3 || !std::all_of(e.currency.begin(), e.currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
        r.error(join(path, "currency"), tr(r.lang, "client.read.currency", {e.currency}));
    e.source = r.string(o, "source", path, false, false, true);
    if (e.source && !isUrl(*e.source))
        r.error(join(path, "source"), tr(r.lang, "read.source_url", {*e.source}));
    e.asOf = r.asOf(o, "as_of", path, false);
    e.estimate = r.boolean(o, "estimate", path).value_or(false);
    e.basis = r.string(o, "basis", path, false, false, true);
    e.note = r.string(o, "note", path, false, false, true);
    if (e.estimate && (!e.basis || e.basis->empty()))
        r.error(join(path, "basis"), tr(r.lang, "read.estimate_no_basis"));
    const FactDefaults d = defaultsOf(e);
    bool plain = false;

    if (const auto *av = o.if_contains("attendance")) {
        const std::string ap = join(path, "attendance");
        if (const auto *ao = r.object(*av, ap)) {
            for (const auto &kv : *ao) {
                const std::string fp = join(ap, kv.key());
                if (kv.key() == "total")
                    e.total = editionFact(r, kv.value(), fp, d, false, plain);
                else if (oneOf(kAttendanceKeys, kv.key()))
                    e.attendance.emplace_back(std::string(kv.key()), editionFact(r, kv.value(), fp, d, false, plain));
                else
                    r.warning(fp, tr(r.lang, "read.unknown_key"));
            }
        }
    }
    if (const auto *fv = o.if_contains("fees")) {
        const std::string fp0 = join(path, "fees");
        if (const auto *fo = r.object(*fv, fp0)) {
            for (const auto &kv : *fo) {
                const std::string fp = join(fp0, kv.key());
                if (oneOf(kFeeKeys, kv.key()))
                    e.fees.emplace_back(std::string(kv.key()), editionFact(r, kv.value(), fp, d, true, plain));
                else
                    r.warning(fp, tr(r.lang, "read.unknown_key"));
            }
            if (!e.fees.empty() && e.currency.empty())
                r.error(join(path, "currency"), tr(r.lang, "client.read.fees_currency"));
        }
    }
    if (const auto *av = o.if_contains("abstracts")) {
        const std::string ap = join(path, "abstracts");
        if (const auto *ao = r.object(*av, ap)) {
            if (const auto *s = ao->if_contains("submitted"))
                e.abstractsSubmitted = editionFact(r, *s, join(ap, "submitted"), d, false, plain);
            if (const auto *s = ao->if_contains("accepted"))
                e.abstractsAccepted = editionFact(r, *s, join(ap, "accepted"), d, false, plain);
            r.unknownKeys(*ao, ap, {"submitted", "accepted"});
        }
    }
    if (const auto *x = o.if_contains("exhibition_m2"))
        e.exhibitionM2 = editionFact(r, *x, join(path, "exhibition_m2"), d, false, plain);
    if (const auto *x = o.if_contains("sponsorship")) {
        e.sponsorship = editionFact(r, *x, join(path, "sponsorship"), d, true, plain);
        if (e.sponsorship.value && e.currency.empty() && x->is_number())
            r.error(join(path, "currency"), tr(r.lang, "client.read.sponsorship_currency"));
    }
    if (const auto *x = o.if_contains("satisfaction"))
        e.satisfaction = editionFact(r, *x, join(path, "satisfaction"), d, false, plain);
    if (auto sc = r.number(o, "satisfaction_scale", path, false, 1.0))
        e.satisfactionScale = *sc;
    if (e.satisfaction.value && *e.satisfaction.value > e.satisfactionScale)
        r.error(join(path, "satisfaction"), tr(r.lang, "client.read.satisfaction_max", {formatShortest(e.satisfactionScale), formatShortest(*e.satisfaction.value)}));
    if (const auto *pv = o.if_contains("pace"))
        readPace(r, *pv, join(path, "pace"), e.pace);
    // Plain-number facts without the edition's source or date are unsourced (Fact::missing, unsourcedClient), not errors.
    (void)plain;
    if (e.total.value)
        for (std::size_t i = 0; i < e.pace.size(); ++i)
            if (e.pace[i].registered > *e.total.value) {
                r.warning(join(path, "pace"), tr(r.lang, "client.read.pace_above_total", {formatGrouped(e.pace[i].registered),
                                                                                          std::to_string(e.pace[i].daysBefore),
                                                                                          formatGrouped(*e.total.value)}));
                break;
            }
    r.unknownKeys(o, path, {"year", "city", "country", "region", "format", "currency", "source", "as_of", "estimate", "basis", "note",
                            "attendance", "fees", "abstracts", "exhibition_m2", "sponsorship", "satisfaction", "satisfaction_scale", "pace"});
    return e;
}

void readAssociation(JsonReader &r, const json::object &o, const std::string &path, Association &a)
{
    a.name = r.localized(o, "name", path, true).value_or(LocalizedText{});
    a.series = r.string(o, "series", path, false).value_or("");
    if (auto f = r.smallInt(o, "frequency_years", path, false, 1))
        a.frequencyYears = f;
    if (const auto *rv = o.if_contains("rotation")) {
        const std::string rp = join(path, "rotation");
        if (const auto *ro = r.object(*rv, rp)) {
            a.rotation.pattern = r.string(*ro, "pattern", rp, true).value_or("none");
            static constexpr std::string_view kPatterns[] = {"continental", "fixed", "none", "other"};
            if (!oneOf(kPatterns, a.rotation.pattern))
                r.error(join(rp, "pattern"), tr(r.lang, "client.read.one_of", {listOf(kPatterns), a.rotation.pattern}));
            if (const auto *regs = ro->if_contains("regions")) {
                const std::string gp = join(rp, "regions");
                if (!regs->is_array()) {
                    r.error(gp, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.region_ids"), kindName(*regs, r.lang)}));
                } else {
                    for (std::size_t i = 0; i < regs->get_array().size(); ++i) {
                        const auto &x = regs->get_array()[i];
                        if (!x.is_string() || !isId(x.get_string()))
                            r.error(join(gp, i), tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.region_id"), kindName(x, r.lang)}));
                        else
                            a.rotation.regions.emplace_back(x.get_string());
                    }
                }
            }
            r.unknownKeys(*ro, rp, {"pattern", "regions"});
        }
    }
    if (auto m = r.smallInt(o, "preferred_month", path, false, 0)) {
        if (*m < 1 || *m > 12)
            r.error(join(path, "preferred_month"), tr(r.lang, "client.read.month_range", {std::to_string(*m)}));
        else
            a.preferredMonth = m;
    }
    a.source = r.string(o, "source", path, false, false, true);
    if (a.source && !isUrl(*a.source))
        r.error(join(path, "source"), tr(r.lang, "read.source_url", {*a.source}));
    a.asOf = r.asOf(o, "as_of", path, false);
    r.unknownKeys(o, path, {"name", "series", "frequency_years", "rotation", "preferred_month", "source", "as_of"});
}

void readRules(JsonReader &r, const json::object &o, const std::string &path, ClientRules &c)
{
    c.memberFeeBelowNonMember = r.boolean(o, "member_fee_below_non_member", path);
    c.visaFreeEntryRequired = r.boolean(o, "visa_free_entry_required", path);
    if (const auto *ov = o.if_contains("other")) {
        const std::string op = join(path, "other");
        if (!ov->is_array()) {
            r.error(op, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.texts"), kindName(*ov, r.lang)}));
        } else {
            for (std::size_t i = 0; i < ov->get_array().size(); ++i) {
                const std::string tp = join(op, i);
                const auto *to = r.object(ov->get_array()[i], tp);
                if (!to)
                    continue;
                LocalizedText t;
                t.zh = r.string(*to, "zh-TW", tp, true, true).value_or("");
                t.en = r.string(*to, "en", tp, true, true).value_or("");
                r.unknownKeys(*to, tp, {"zh-TW", "en"});
                c.other.push_back(std::move(t));
            }
        }
    }
    r.unknownKeys(o, path, {"member_fee_below_non_member", "visa_free_entry_required", "other"});
}

void readProgramme(JsonReader &r, const json::value &v, const std::string &path, std::vector<ProgrammeElement> &out)
{
    if (!v.is_array()) {
        r.error(path, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.programme"), kindName(v, r.lang)}));
        return;
    }
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < v.get_array().size(); ++i) {
        const std::string ep = join(path, i);
        const auto *o = r.object(v.get_array()[i], ep);
        if (!o)
            continue;
        ProgrammeElement e;
        e.id = r.string(*o, "id", ep, true, true).value_or("");
        if (!e.id.empty() && !isId(e.id))
            r.idError(join(ep, "id"), e.id, tr(r.lang, "read.id_chars", {e.id}));
        else if (!e.id.empty() && !seen.emplace(e.id, join(ep, "id")).second)
            r.error(join(ep, "id"), tr(r.lang, "client.read.duplicate_id", {e.id, seen[e.id]}));
        e.kind = r.string(*o, "kind", ep, true).value_or("other");
        if (!oneOf(kProgrammeKinds, e.kind))
            r.error(join(ep, "kind"), tr(r.lang, "client.read.one_of", {listOf(kProgrammeKinds), e.kind}));
        e.name = r.localized(*o, "name", ep, true).value_or(LocalizedText{});
        e.seats = r.smallInt(*o, "seats", ep, false, 1);
        e.layout = r.string(*o, "layout", ep, e.seats.has_value()).value_or("");
        if (!e.layout.empty() && !oneOf(kLayouts, e.layout))
            r.error(join(ep, "layout"), tr(r.lang, "client.read.one_of", {listOf(kLayouts), e.layout}));
        e.banquetSeats = r.smallInt(*o, "banquet_seats", ep, false, 1);
        e.noParallel = r.boolean(*o, "no_parallel", ep).value_or(false);
        e.mandatory = r.boolean(*o, "mandatory", ep).value_or(false);
        e.atVenue = r.boolean(*o, "at_venue", ep).value_or(true);
        e.online = r.localized(*o, "online", ep, false);
        e.source = r.string(*o, "source", ep, false, false, true);
        if (e.source && !isUrl(*e.source))
            r.error(join(ep, "source"), tr(r.lang, "read.source_url", {*e.source}));
        r.unknownKeys(*o, ep, {"id", "kind", "name", "seats", "layout", "banquet_seats", "no_parallel", "mandatory", "at_venue", "online", "source"});
        out.push_back(std::move(e));
    }
}

void readCulture(JsonReader &r, const json::value &v, const std::string &path, std::vector<CultureElement> &out)
{
    if (!v.is_array()) {
        r.error(path, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.culture"), kindName(v, r.lang)}));
        return;
    }
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < v.get_array().size(); ++i) {
        const std::string ep = join(path, i);
        const auto *o = r.object(v.get_array()[i], ep);
        if (!o)
            continue;
        CultureElement c;
        c.id = r.string(*o, "id", ep, true, true).value_or("");
        if (!c.id.empty() && !isId(c.id))
            r.idError(join(ep, "id"), c.id, tr(r.lang, "read.id_chars", {c.id}));
        else if (!c.id.empty() && !seen.emplace(c.id, join(ep, "id")).second)
            r.error(join(ep, "id"), tr(r.lang, "client.read.duplicate_id", {c.id, seen[c.id]}));
        c.name = r.localized(*o, "name", ep, true).value_or(LocalizedText{});
        if (const auto *x = r.member(*o, "cost", ep, true, tr(r.lang, "read.expect.money_fact")))
            c.cost = r.fact(*x, join(ep, "cost"), true);
        if (const auto *x = o->if_contains("capacity")) {
            c.capacity = r.fact(*x, join(ep, "capacity"), false);
            if (c.capacity.value && *c.capacity.value < 0)
                r.error(join(join(ep, "capacity"), "value"), tr(r.lang, "client.read.negative", {formatShortest(*c.capacity.value)}));
        }
        c.programme = r.string(*o, "programme", ep, false).value_or("");
        c.source = r.string(*o, "source", ep, false, false, true);
        if (c.source && !isUrl(*c.source))
            r.error(join(ep, "source"), tr(r.lang, "read.source_url", {*c.source}));
        c.note = r.localized(*o, "note", ep, false);
        r.unknownKeys(*o, ep, {"id", "name", "cost", "capacity", "programme", "source", "note"});
        out.push_back(std::move(c));
    }
}

void readForecastSettings(JsonReader &r, const json::object &o, const std::string &path, ForecastSettings &f)
{
    static constexpr std::string_view kMethods[] = {"linear", "loglinear", "moving_average", "pickup_additive", "pickup_multiplicative"};
    f.method = r.string(o, "method", path, false).value_or("linear");
    if (!oneOf(kMethods, f.method))
        r.error(join(path, "method"), tr(r.lang, "client.read.one_of", {listOf(kMethods), f.method}));
    if (auto w = r.smallInt(o, "moving_average_window", path, false, 1))
        f.movingAverageWindow = *w;
    if (const auto *cv = o.if_contains("current_pace")) {
        const std::string cp = join(path, "current_pace");
        if (!cv->is_array()) {
            r.error(cp, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.dated_pace"), kindName(*cv, r.lang)}));
        } else {
            for (std::size_t i = 0; i < cv->get_array().size(); ++i) {
                const std::string pp = join(cp, i);
                const auto *po = r.object(cv->get_array()[i], pp);
                if (!po)
                    continue;
                auto d = r.date(*po, "date", pp, true);
                auto n = r.number(*po, "registered", pp, true, 0.0);
                r.unknownKeys(*po, pp, {"date", "registered"});
                if (d && n)
                    f.currentPace.emplace_back(*d, *n);
            }
        }
    }
    if (const auto *av = o.if_contains("destination_adjustment"))
        f.destinationAdjustment = r.fact(*av, join(path, "destination_adjustment"), false);
    if (f.destinationAdjustment.value && *f.destinationAdjustment.value <= -100)
        r.error(join(join(path, "destination_adjustment"), "value"),
                tr(r.lang, "client.read.adjustment_min", {formatShortest(*f.destinationAdjustment.value)}));
    if (const auto *sv = o.if_contains("scenarios")) {
        const std::string sp = join(path, "scenarios");
        if (const auto *so = r.object(*sv, sp)) {
            ForecastSettings::Scenarios s;
            s.decision = r.string(*so, "decision", sp, true).value_or("");
            static constexpr std::string_view kDecisions[] = {"accepted", "overridden"};
            if (!oneOf(kDecisions, s.decision))
                r.error(join(sp, "decision"), tr(r.lang, "client.read.one_of", {listOf(kDecisions), s.decision}));
            s.method = r.string(*so, "method", sp, s.decision == "accepted").value_or("");
            if (!s.method.empty() && !oneOf(kMethods, s.method))
                r.error(join(sp, "method"), tr(r.lang, "client.read.one_of", {listOf(kMethods), s.method}));
            s.low = r.smallInt(*so, "low", sp, true, 0).value_or(0);
            s.likely = r.smallInt(*so, "likely", sp, true, 0).value_or(0);
            s.high = r.smallInt(*so, "high", sp, true, 0).value_or(0);
            if (!(s.low <= s.likely && s.likely <= s.high))
                r.error(sp, tr(r.lang, "client.read.scenarios_order", {std::to_string(s.low), std::to_string(s.likely), std::to_string(s.high)}));
            r.unknownKeys(*so, sp, {"decision", "method", "low", "likely", "high"});
            f.scenarios = s;
        }
    }
    r.unknownKeys(o, path, {"method", "moving_average_window", "current_pace", "destination_adjustment", "scenarios"});
}

json::value editionJson(const Edition &e)
{
    const FactDefaults d = defaultsOf(e);
    json::object o;
    o["year"] = e.year;
    o["city"] = textJson(e.city);
    if (!e.country.empty())
        o["country"] = e.country;
    if (!e.region.empty())
        o["region"] = e.region;
    o["format"] = formatKey(e.format);
    if (!e.currency.empty())
        o["currency"] = e.currency;
    if (e.source)
        o["source"] = *e.source;
    if (e.asOf)
        o["as_of"] = *e.asOf;
    if (e.estimate)
        o["estimate"] = true;
    if (e.basis)
        o["basis"] = *e.basis;
    if (e.note)
        o["note"] = *e.note;
    json::object att;
    bool hasTotal = e.total.value || e.total.source || e.total.note;
    if (hasTotal)
        att["total"] = editionFactJson(e.total, d, false);
    for (const auto &[k, f] : e.attendance)
        att[k] = editionFactJson(f, d, false);
    if (!att.empty())
        o["attendance"] = std::move(att);
    if (!e.fees.empty()) {
        json::object fees;
        for (const auto &[k, f] : e.fees)
            fees[k] = editionFactJson(f, d, true);
        o["fees"] = std::move(fees);
    }
    const auto set = [](const Fact &f) { return f.value || f.source || f.note || f.asOf; };
    if (set(e.abstractsSubmitted) || set(e.abstractsAccepted)) {
        json::object ab;
        if (set(e.abstractsSubmitted))
            ab["submitted"] = editionFactJson(e.abstractsSubmitted, d, false);
        if (set(e.abstractsAccepted))
            ab["accepted"] = editionFactJson(e.abstractsAccepted, d, false);
        o["abstracts"] = std::move(ab);
    }
    if (set(e.exhibitionM2))
        o["exhibition_m2"] = editionFactJson(e.exhibitionM2, d, false);
    if (set(e.sponsorship))
        o["sponsorship"] = editionFactJson(e.sponsorship, d, true);
    if (set(e.satisfaction)) {
        o["satisfaction"] = editionFactJson(e.satisfaction, d, false);
        o["satisfaction_scale"] = jsonNumber(e.satisfactionScale);
    }
    if (!e.pace.empty()) {
        json::array pace;
        for (const auto &pt : e.pace)
            pace.push_back(json::object{{"days_before", pt.daysBefore}, {"registered", jsonNumber(pt.registered)}});
        o["pace"] = std::move(pace);
    }
    return o;
}

} // namespace

const char *layoutAttribute(std::string_view layout)
{
    if (layout == "theatre")
        return "plenary_seats";
    if (layout == "classroom")
        return "classroom_seats";
    if (layout == "reception")
        return "reception_capacity";
    if (layout == "boardroom")
        return "boardroom_seats";
    if (layout == "banquet")
        return "banquet_seats";
    return "";
}

const char *programmeKindName(std::string_view kind, Lang l)
{
    if (kind == "opening") return tr(l, "programme.kind.opening");
    if (kind == "general_assembly") return tr(l, "programme.kind.general_assembly");
    if (kind == "council") return tr(l, "programme.kind.council");
    if (kind == "named_lecture") return tr(l, "programme.kind.named_lecture");
    if (kind == "award") return tr(l, "programme.kind.award");
    if (kind == "young_researcher") return tr(l, "programme.kind.young_researcher");
    if (kind == "gala") return tr(l, "programme.kind.gala");
    if (kind == "farewell") return tr(l, "programme.kind.farewell");
    if (kind == "accompanying") return tr(l, "programme.kind.accompanying");
    return tr(l, "programme.kind.other");
}

std::string regionName(std::string_view id, Lang l)
{
    if (id == "europe") return tr(l, "brief.region.europe");
    if (id == "americas") return tr(l, "brief.region.americas");
    if (id == "asia_pacific") return tr(l, "brief.region.asia_pacific");
    if (id == "africa") return tr(l, "brief.region.africa");
    if (id == "middle_east") return tr(l, "brief.region.middle_east");
    return std::string(id);
}

std::optional<std::string> regionFromText(std::string_view text)
{
    const auto fold = [](std::string_view s) {
        std::string out;
        for (const char ch : s) {
            if (ch == ' ' || ch == '-' || ch == '_')
                continue;
            out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        }
        return out;
    };
    const std::string typed = fold(text);
    if (typed.empty())
        return std::nullopt;
    for (const auto r : kRegionIds)
        if (typed == fold(r) || typed == fold(regionName(r, Lang::En)) || typed == fold(regionName(r, Lang::ZhTW)))
            return std::string(r);
    const auto b = text.find_first_not_of(' ');
    const auto e = text.find_last_not_of(' ');
    const std::string_view trimmed = text.substr(b, e - b + 1);
    if (isId(trimmed))
        return std::string(trimmed);
    return std::nullopt;
}

const char *layoutName(std::string_view layout, Lang l)
{
    if (layout == "classroom") return tr(l, "programme.layout.classroom");
    if (layout == "banquet") return tr(l, "programme.layout.banquet");
    if (layout == "reception") return tr(l, "programme.layout.reception");
    if (layout == "boardroom") return tr(l, "programme.layout.boardroom");
    return tr(l, "programme.layout.theatre");
}

const ClientHistory *clientOf(const Project &p)
{
    return p.sections.get<ClientHistory>();
}

void readClientSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    ClientHistory c;
    if (const auto *av = r.member(*o, "association", path, true, tr(r.lang, "read.expect.association"))) {
        const std::string ap = join(path, "association");
        if (const auto *ao = r.object(*av, ap))
            readAssociation(r, *ao, ap, c.association);
    }
    if (const auto *rv = o->if_contains("rules")) {
        const std::string rp = join(path, "rules");
        if (const auto *ro = r.object(*rv, rp))
            readRules(r, *ro, rp, c.rules);
    }
    if (const auto *ev = o->if_contains("editions")) {
        const std::string ep = join(path, "editions");
        if (!ev->is_array()) {
            r.error(ep, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.editions"), kindName(*ev, r.lang)}));
        } else {
            std::map<int, std::string> years;
            for (std::size_t i = 0; i < ev->get_array().size(); ++i) {
                const std::string xp = join(ep, i);
                const auto *eo = r.object(ev->get_array()[i], xp);
                if (!eo)
                    continue;
                Edition e = readEdition(r, *eo, xp);
                if (e.year != 0 && !years.emplace(e.year, join(xp, "year")).second)
                    r.error(join(xp, "year"), tr(r.lang, "client.read.duplicate_year", {std::to_string(e.year), years[e.year]}));
                c.editions.push_back(std::move(e));
            }
        }
    }
    if (const auto *pv = o->if_contains("programme"))
        readProgramme(r, *pv, join(path, "programme"), c.programme);
    if (const auto *cv = o->if_contains("local_culture"))
        readCulture(r, *cv, join(path, "local_culture"), c.culture);
    if (const auto *fv = o->if_contains("forecast")) {
        const std::string fp = join(path, "forecast");
        if (const auto *fo = r.object(*fv, fp))
            readForecastSettings(r, *fo, fp, c.forecast);
    }
    r.unknownKeys(*o, path, {"association", "rules", "editions", "programme", "local_culture", "forecast"});
    p.sections.set(std::move(c));
}

json::value clientJson(const ClientHistory &c)
{
    json::object root;
    {
        const auto &a = c.association;
        json::object o;
        o["name"] = textJson(a.name);
        if (!a.series.empty())
            o["series"] = a.series;
        if (a.frequencyYears)
            o["frequency_years"] = *a.frequencyYears;
        json::array regs;
        for (const auto &g : a.rotation.regions)
            regs.emplace_back(g);
        o["rotation"] = json::object{{"pattern", a.rotation.pattern}, {"regions", std::move(regs)}};
        if (a.preferredMonth)
            o["preferred_month"] = *a.preferredMonth;
        if (a.source)
            o["source"] = *a.source;
        if (a.asOf)
            o["as_of"] = *a.asOf;
        root["association"] = std::move(o);
    }
    {
        json::object o;
        if (c.rules.memberFeeBelowNonMember)
            o["member_fee_below_non_member"] = *c.rules.memberFeeBelowNonMember;
        if (c.rules.visaFreeEntryRequired)
            o["visa_free_entry_required"] = *c.rules.visaFreeEntryRequired;
        if (!c.rules.other.empty()) {
            json::array other;
            for (const auto &t : c.rules.other)
                other.push_back(textJson(t));
            o["other"] = std::move(other);
        }
        root["rules"] = std::move(o);
    }
    json::array eds;
    for (const auto &e : c.editions)
        eds.push_back(editionJson(e));
    root["editions"] = std::move(eds);
    json::array prog;
    for (const auto &e : c.programme) {
        json::object o{{"id", e.id}, {"kind", e.kind}, {"name", textJson(e.name)}};
        if (e.seats)
            o["seats"] = *e.seats;
        if (!e.layout.empty())
            o["layout"] = e.layout;
        if (e.banquetSeats)
            o["banquet_seats"] = *e.banquetSeats;
        o["no_parallel"] = e.noParallel;
        o["mandatory"] = e.mandatory;
        if (!e.atVenue)
            o["at_venue"] = false;
        if (e.online)
            o["online"] = textJson(*e.online);
        if (e.source)
            o["source"] = *e.source;
        prog.push_back(std::move(o));
    }
    root["programme"] = std::move(prog);
    json::array cult;
    for (const auto &e : c.culture) {
        json::object o{{"id", e.id}, {"name", textJson(e.name)}, {"cost", factJson(e.cost, true)}};
        if (e.capacity.value || e.capacity.source || e.capacity.note)
            o["capacity"] = factJson(e.capacity, false);
        if (!e.programme.empty())
            o["programme"] = e.programme;
        if (e.source)
            o["source"] = *e.source;
        if (e.note)
            o["note"] = textJson(*e.note);
        cult.push_back(std::move(o));
    }
    root["local_culture"] = std::move(cult);
    {
        const auto &f = c.forecast;
        json::object o{{"method", f.method}};
        if (f.movingAverageWindow != 3)
            o["moving_average_window"] = f.movingAverageWindow;
        if (!f.currentPace.empty()) {
            json::array cp;
            for (const auto &[d, n] : f.currentPace)
                cp.push_back(json::object{{"date", d}, {"registered", jsonNumber(n)}});
            o["current_pace"] = std::move(cp);
        }
        const auto &a = f.destinationAdjustment;
        if (a.value || a.source || a.note)
            o["destination_adjustment"] = factJson(a, false);
        if (f.scenarios) {
            json::object s{{"decision", f.scenarios->decision}};
            if (!f.scenarios->method.empty())
                s["method"] = f.scenarios->method;
            s["low"] = f.scenarios->low;
            s["likely"] = f.scenarios->likely;
            s["high"] = f.scenarios->high;
            o["scenarios"] = std::move(s);
        }
        root["forecast"] = std::move(o);
    }
    return root;
}

json::value writeClientSection(const Project &p)
{
    const auto *c = clientOf(p);
    return c ? clientJson(*c) : json::value(nullptr);
}

void validateClientSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    const auto *c = clientOf(p);
    if (!c)
        return;
    const std::string base = "/client";
    // Registrations of the coming edition: not after its start, and never falling.
    const std::string start = p.requirements.startDate;
    for (std::size_t i = 0; i < c->forecast.currentPace.size(); ++i) {
        const std::string pp = base + "/forecast/current_pace/" + std::to_string(i);
        const auto &[date, n] = c->forecast.currentPace[i];
        if (start.empty()) {
            out.push_back({Diagnostic::Severity::Error, pp + "/date", tr(lang, "client.read.pace_needs_start")});
            break;
        }
        if (date > start)
            out.push_back({Diagnostic::Severity::Error, pp + "/date", tr(lang, "client.read.pace_date_after_event", {date, start})});
    }
    {
        std::vector<std::size_t> order(c->forecast.currentPace.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const auto &cp = c->forecast.currentPace;
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return cp[a].first < cp[b].first; });
        for (std::size_t k = 1; k < order.size(); ++k) {
            const auto &prev = cp[order[k - 1]];
            const auto &cur = cp[order[k]];
            const std::string pp = base + "/forecast/current_pace/" + std::to_string(order[k]);
            if (!start.empty() && isDate(start) && isDate(cur.first) && isDate(prev.first) && cur.first == prev.first)
                out.push_back({Diagnostic::Severity::Error, pp + "/date", tr(lang, "client.read.current_pace_duplicate", {cur.first})});
            else if (cur.second < prev.second && isDate(start) && isDate(cur.first) && isDate(prev.first))
                out.push_back({Diagnostic::Severity::Error, pp + "/registered",
                               tr(lang, "client.read.pace_decreasing",
                                  {formatGrouped(prev.second), std::to_string(daysBetween(prev.first, start)), formatGrouped(cur.second),
                                   std::to_string(daysBetween(cur.first, start))})});
        }
    }
    // Culture elements attach to programme elements that exist.
    for (std::size_t i = 0; i < c->culture.size(); ++i) {
        const auto &ce = c->culture[i];
        if (ce.programme.empty())
            continue;
        const bool found = std::any_of(c->programme.begin(), c->programme.end(), [&](const auto &e) { return e.id == ce.programme; });
        if (!found)
            out.push_back({Diagnostic::Severity::Error, base + "/local_culture/" + std::to_string(i) + "/programme",
                           tr(lang, "client.read.unknown_element", {ce.programme})});
    }
    // The association's fee rule, checked on every edition that states both fees (a warning: the history is what it was).
    if (c->rules.memberFeeBelowNonMember.value_or(false)) {
        for (std::size_t i = 0; i < c->editions.size(); ++i) {
            const auto &e = c->editions[i];
            for (const char *phase : {"early", "late"}) {
                const Fact *m = findIn(e.fees, std::string("member_") + phase);
                const Fact *n = findIn(e.fees, std::string("non_member_") + phase);
                if (m && n && m->value && n->value && *m->value >= *n->value)
                    out.push_back({Diagnostic::Severity::Warning, base + "/editions/" + std::to_string(i) + "/fees/member_" + phase,
                                   tr(lang, "client.read.member_fee_rule", {formatGrouped(*m->value), formatGrouped(*n->value)})});
            }
        }
    }
}

namespace {
/** The name of an edition's attendance or fee key in the unsourced list (the key itself for one not listed here). */
struct KeyLabel {
    std::string_view key;
    MsgId label;
};
constexpr KeyLabel kAttendanceLabels[] = {
    {"member", "unsourced.client.member"},       {"non_member", "unsourced.client.non_member"}, {"student", "unsourced.client.student"},
    {"accompanying", "unsourced.client.accompanying"}, {"exhibitor", "unsourced.client.exhibitor"}, {"press", "unsourced.client.press"},
    {"online", "unsourced.client.online"},
};
constexpr KeyLabel kFeeLabels[] = {
    {"member_early", "unsourced.fee.member_early"}, {"member_late", "unsourced.fee.member_late"},
    {"non_member_early", "unsourced.fee.non_member_early"}, {"non_member_late", "unsourced.fee.non_member_late"},
    {"student", "unsourced.fee.student"}, {"online", "unsourced.fee.online"},
};

template<std::size_t N>
LocalizedText labelOf(const KeyLabel (&labels)[N], const std::string &key)
{
    for (const auto &l : labels)
        if (l.key == key)
            return bothLanguages(l.label);
    return {key, key};
}
} // namespace

void unsourcedClient(const Project &p, std::vector<UnsourcedFact> &out)
{
    const ClientHistory *c = clientOf(p);
    if (!c)
        return;
    for (std::size_t i = 0; i < c->editions.size(); ++i) {
        const Edition &e = c->editions[i];
        const std::string year = std::to_string(e.year);
        const LocalizedText owner = bothLanguages("unsourced.edition", {year});
        const std::string base = "/client/editions/" + std::to_string(i);
        const auto add = [&](const Fact &f, const std::string &key, const std::string &path, LocalizedText label) {
            if (f.unsourced())
                addIfUnsourced(out, f, {"client", base + path, year, owner, key, std::move(label), MissingProvenance::None});
        };
        add(e.total, "total", "/attendance/total", bothLanguages("unsourced.client.total"));
        for (const auto &[key, f] : e.attendance)
            add(f, key, "/attendance/" + key, labelOf(kAttendanceLabels, key));
        for (const auto &[key, f] : e.fees)
            add(f, "fee." + key, "/fees/" + key, labelOf(kFeeLabels, key));
        add(e.abstractsSubmitted, "abstracts_submitted", "/abstracts/submitted", bothLanguages("unsourced.client.abstracts_submitted"));
        add(e.abstractsAccepted, "abstracts_accepted", "/abstracts/accepted", bothLanguages("unsourced.client.abstracts_accepted"));
        add(e.exhibitionM2, "exhibition_m2", "/exhibition_m2", bothLanguages("unsourced.client.exhibition_m2"));
        add(e.sponsorship, "sponsorship", "/sponsorship", bothLanguages("unsourced.client.sponsorship"));
        add(e.satisfaction, "satisfaction", "/satisfaction", bothLanguages("unsourced.client.satisfaction"));
    }
    for (std::size_t i = 0; i < c->culture.size(); ++i) {
        const CultureElement &e = c->culture[i];
        const std::string base = "/client/local_culture/" + std::to_string(i);
        addIfUnsourced(out, e.cost, {"client", base + "/cost", e.id, e.name, "cost", bothLanguages("unsourced.client.cost"), MissingProvenance::None});
        addIfUnsourced(out, e.capacity,
                       {"client", base + "/capacity", e.id, e.name, "capacity", bothLanguages("unsourced.client.capacity"), MissingProvenance::None});
    }
    addIfUnsourced(out, c->forecast.destinationAdjustment,
                   {"client", "/client/forecast/destination_adjustment", "forecast", bothLanguages("unsourced.client.forecast"),
                    "destination_adjustment", bothLanguages("unsourced.client.destination_adjustment"), MissingProvenance::None});
}

} // namespace vb
