// SPDX-License-Identifier: GPL-3.0-or-later
// Reading, writing and validating the "formats", "scenarios", "sustainability" and "inspections" sections.
#include "analysis.h"
#include "factlabel.h"
#include "provenance.h"
#include "jsonwriter.h"
#include "listmove.h"
#include "messages.h"
#include "numbers.h"
#include "text.h"
#include "sections.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vb {

namespace {

constexpr std::pair<ValueFrom, const char *> kValueFrom[] = {
    {ValueFrom::Attributes, "attributes"}, {ValueFrom::Costs, "costs"}, {ValueFrom::ByFormat, "by_format"},
    {ValueFrom::Attendance, "attendance"}, {ValueFrom::Co2e, "co2e"},   {ValueFrom::Risk, "risk"},
    {ValueFrom::Inspection, "inspection"},
};

constexpr std::pair<DistanceBand, const char *> kBands[] = {
    {DistanceBand::Local, "local"}, {DistanceBand::Domestic, "domestic"}, {DistanceBand::ShortHaul, "short_haul"}, {DistanceBand::LongHaul, "long_haul"}};

struct ChecklistEntry {
    const char *key;
    MsgId name;
};
constexpr ChecklistEntry kChecklist[] = {
    {"access_transport", "checklist.access_transport"},
    {"accessibility", "checklist.accessibility"},
    {"av_network", "checklist.av_network"},
    {"hygiene_cleaning", "checklist.hygiene_cleaning"},
    {"signage", "checklist.signage"},
    {"emergency_exits", "checklist.emergency_exits"},
    {"catering", "checklist.catering"},
    {"rooms_layout", "checklist.rooms_layout"},
};

// ---- readers into structs (used on load for validation and by analysisOf) ----

void readFormats(JsonReader &r, const json::value &v, const std::string &path, FormatPackages &out)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    out.addsTo = r.string(*o, "adds_to", path, false).value_or("");
    if (const auto *pk = o->if_contains("packages")) {
        const std::string pp = join(path, "packages");
        if (const auto *po = r.object(*pk, pp)) {
            for (const auto &kv : *po) {
                const auto f = parseFormat(kv.key());
                if (!f) {
                    r.error(join(pp, kv.key()), tr(r.lang, "analysis.r.package_format"));
                    continue;
                }
                const std::string fp = join(pp, kv.key());
                if (const auto *fo = r.object(kv.value(), fp)) {
                    out.costs[static_cast<std::size_t>(*f)] = r.facts(*fo, "costs", fp, true);
                    r.unknownKeys(*fo, fp, {"costs"});
                }
            }
        }
    }
    out.note = r.localized(*o, "note", path, false);
    r.unknownKeys(*o, path, {"adds_to", "packages", "note"});
}

Contingency readContingency(JsonReader &r, const json::object &o, const std::string &path)
{
    Contingency c;
    if (auto f = r.string(o, "fallback_format", path, true)) {
        if (auto pf = parseFormat(*f))
            c.fallbackFormat = *pf;
        else
            r.error(join(path, "fallback_format"), tr(r.lang, "bid.r.format", {*f}));
    }
    c.fallbackVenue = r.string(o, "fallback_venue", path, false, false, true).value_or("");
    c.triggerDate = r.date(o, "trigger_date", path, true).value_or("");
    c.trigger = r.localized(o, "trigger", path, false);
    c.action = r.localized(o, "action", path, false);
    r.unknownKeys(o, path, {"fallback_format", "fallback_venue", "trigger_date", "trigger", "action"});
    return c;
}

void readScenarios(JsonReader &r, const json::value &v, const std::string &path, std::vector<Scenario> &out)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    const auto *arr = r.member(*o, "items", path, true, tr(r.lang, "read.expect.scenarios"));
    r.unknownKeys(*o, path, {"items"});
    if (!arr)
        return;
    const std::string ap = join(path, "items");
    if (!arr->is_array()) {
        r.error(ap, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.scenarios"), kindName(*arr, r.lang)}));
        return;
    }
    for (std::size_t i = 0; i < arr->get_array().size(); ++i) {
        const std::string sp = join(ap, i);
        const auto *so = r.object(arr->get_array()[i], sp);
        if (!so)
            continue;
        Scenario s;
        s.id = r.string(*so, "id", sp, true, true).value_or("");
        if (!s.id.empty() && !isId(s.id))
            r.idError(join(sp, "id"), s.id, tr(r.lang, "read.id_chars", {s.id}));
        s.name = r.localized(*so, "name", sp, true).value_or(LocalizedText{});
        s.hazard = r.string(*so, "hazard", sp, true).value_or("natural");
        if (s.hazard != "natural" && s.hazard != "human" && s.hazard != "technological")
            r.error(join(sp, "hazard"), tr(r.lang, "analysis.r.hazard", {s.hazard}));
        s.probability = r.number(*so, "probability", sp, true, 0.0).value_or(0.0);
        if (s.probability > 1.0)
            r.error(join(sp, "probability"), tr(r.lang, "analysis.r.probability", {formatShortest(s.probability)}));
        s.likelihood = r.smallInt(*so, "likelihood", sp, true, 1).value_or(1);
        s.impact = r.smallInt(*so, "impact", sp, true, 1).value_or(1);
        if (s.likelihood > 5)
            r.error(join(sp, "likelihood"), tr(r.lang, "analysis.r.one_to_five", {std::to_string(s.likelihood)}));
        if (s.impact > 5)
            r.error(join(sp, "impact"), tr(r.lang, "analysis.r.one_to_five", {std::to_string(s.impact)}));
        if (const auto *eo = r.member(*so, "effects", sp, true, tr(r.lang, "read.expect.object"))) {
            const std::string ep = join(sp, "effects");
            if (const auto *e = r.object(*eo, ep)) {
                s.onsiteChange = r.number(*e, "onsite_attendance", ep, false, -1.0).value_or(0.0);
                s.onlineChange = r.number(*e, "online_attendance", ep, false, -1.0).value_or(0.0);
                s.venueClosed = r.boolean(*e, "venue_closed", ep).value_or(false);
                s.shiftToOnline = r.number(*e, "shift_to_online", ep, false, 0.0).value_or(0.0);
                if (s.shiftToOnline > 1.0)
                    r.error(join(ep, "shift_to_online"), tr(r.lang, "analysis.r.share", {formatShortest(s.shiftToOnline)}));
                r.unknownKeys(*e, ep, {"onsite_attendance", "online_attendance", "venue_closed", "shift_to_online"});
            }
        }
        s.source = r.string(*so, "source", sp, false, false, true);
        if (s.source && !isUrl(*s.source))
            r.error(join(sp, "source"), tr(r.lang, "read.source_url", {*s.source}));
        s.note = r.string(*so, "note", sp, false, false, true);
        if (const auto *co = so->if_contains("contingency")) {
            const std::string cp = join(sp, "contingency");
            if (const auto *c = r.object(*co, cp))
                s.contingency = readContingency(r, *c, cp);
        }
        r.unknownKeys(*so, sp, {"id", "name", "hazard", "probability", "likelihood", "impact", "effects", "source", "note", "contingency"});
        out.push_back(std::move(s));
    }
}

void readSustainability(JsonReader &r, const json::value &v, const std::string &path, Sustainability &out)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    if (const auto *ff = r.member(*o, "flight_factors", path, true, tr(r.lang, "read.expect.flight_factors"))) {
        const std::string fp = join(path, "flight_factors");
        if (const auto *fo = r.object(*ff, fp)) {
            static constexpr const char *kKeys[] = {"domestic", "short_haul", "long_haul"};
            for (std::size_t i = 0; i < 3; ++i) {
                if (const auto *fv = r.member(*fo, kKeys[i], fp, true, tr(r.lang, "read.expect.flight_factor")))
                    out.flightFactors[i] = r.fact(*fv, join(fp, kKeys[i]), false);
            }
            r.unknownKeys(*fo, fp, {"domestic", "short_haul", "long_haul"});
        }
    }
    auto optFact = [&](const char *key, Fact &f) {
        if (const auto *fv = o->if_contains(key))
            f = r.fact(*fv, join(path, key), false);
        if (f.value && *f.value < 0)
            r.error(join(join(path, key), "value"), tr(r.lang, "analysis.r.value_min0"));
    };
    optFact("distance_uplift", out.distanceUplift);
    optFact("ground_factor", out.groundFactor);
    optFact("hotel_factor", out.hotelFactor);
    optFact("virtual_factor", out.virtualFactor);
    if (const auto *arr = r.member(*o, "origins", path, true, tr(r.lang, "read.expect.origins"))) {
        const std::string ap = join(path, "origins");
        if (!arr->is_array()) {
            r.error(ap, tr(r.lang, "read.not_array", {kindName(*arr, r.lang)}));
        } else {
            double sum = 0;
            for (std::size_t i = 0; i < arr->get_array().size(); ++i) {
                const std::string op = join(ap, i);
                const auto *oo = r.object(arr->get_array()[i], op);
                if (!oo)
                    continue;
                Origin org;
                org.label = r.localized(*oo, "label", op, true).value_or(LocalizedText{});
                if (auto b = r.string(*oo, "band", op, true)) {
                    if (auto pb = parseBand(*b))
                        org.band = *pb;
                    else
                        r.error(join(op, "band"), tr(r.lang, "analysis.r.band", {*b}));
                }
                org.distanceKm = r.number(*oo, "distance_km", op, true, 0.0).value_or(0.0);
                org.share = r.number(*oo, "share", op, true, 0.0).value_or(0.0);
                sum += org.share;
                r.unknownKeys(*oo, op, {"label", "band", "distance_km", "share"});
                out.origins.push_back(std::move(org));
            }
            if (!out.origins.empty() && std::abs(sum - 1.0) > 0.001)
                r.warning(ap, tr(r.lang, "analysis.r.shares_sum", {formatShortest(sum)}));
        }
    }
    r.unknownKeys(*o, path, {"flight_factors", "distance_uplift", "ground_factor", "hotel_factor", "virtual_factor", "origins"});
}

void readInspections(JsonReader &r, const json::value &v, const std::string &path, std::vector<Inspection> &out)
{
    if (!v.is_array()) {
        r.error(path, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.inspections"), kindName(v, r.lang)}));
        return;
    }
    for (std::size_t i = 0; i < v.get_array().size(); ++i) {
        const std::string ip = join(path, i);
        const auto *io = r.object(v.get_array()[i], ip);
        if (!io)
            continue;
        Inspection in;
        in.venue = r.string(*io, "venue", ip, true, true).value_or("");
        in.inspector = r.string(*io, "inspector", ip, true, true).value_or("");
        in.date = r.date(*io, "date", ip, true).value_or("");
        in.summary = r.localized(*io, "summary", ip, false);
        if (const auto *items = r.member(*io, "items", ip, true, tr(r.lang, "read.expect.checklist"))) {
            const std::string lp = join(ip, "items");
            if (!items->is_array()) {
                r.error(lp, tr(r.lang, "read.not_array", {kindName(*items, r.lang)}));
            } else {
                for (std::size_t k = 0; k < items->get_array().size(); ++k) {
                    const std::string kp = join(lp, k);
                    const auto *ko = r.object(items->get_array()[k], kp);
                    if (!ko)
                        continue;
                    InspectionItem it;
                    it.item = r.string(*ko, "item", kp, true, true).value_or("");
                    if (!it.item.empty() && !isId(it.item))
                        r.idError(join(kp, "item"), it.item, tr(r.lang, "read.id_chars", {it.item}));
                    if (!ko->contains("score"))
                        r.error(join(kp, "score"), tr(r.lang, "analysis.r.score_missing"));
                    it.score = r.number(*ko, "score", kp, false, 1.0, true);
                    if (it.score && *it.score > 5.0) {
                        r.error(join(kp, "score"), tr(r.lang, "analysis.r.score", {formatShortest(*it.score)}));
                        it.score.reset();
                    }
                    it.weight = r.number(*ko, "weight", kp, false, 0.0).value_or(1.0);
                    it.note = r.string(*ko, "note", kp, false).value_or("");
                    r.unknownKeys(*ko, kp, {"item", "score", "weight", "note"});
                    in.items.push_back(std::move(it));
                }
            }
        }
        r.unknownKeys(*io, ip, {"venue", "inspector", "date", "items", "summary"});
        out.push_back(std::move(in));
    }
}

json::value contingencyJson(const Contingency &c)
{
    json::object o{{"fallback_format", formatKey(c.fallbackFormat)}};
    if (!c.fallbackVenue.empty())
        o["fallback_venue"] = c.fallbackVenue;
    o["trigger_date"] = c.triggerDate;
    if (c.trigger)
        o["trigger"] = textJson(*c.trigger);
    if (c.action)
        o["action"] = textJson(*c.action);
    return o;
}

json::value formatsJson(const FormatPackages &f)
{
    json::object o;
    if (!f.addsTo.empty())
        o["adds_to"] = f.addsTo;
    json::object packages;
    for (auto fmt : kAllFormats) {
        const auto &costs = f.costs[static_cast<std::size_t>(fmt)];
        if (!costs.empty())
            packages[formatKey(fmt)] = json::object{{"costs", factsJson(costs, true)}};
    }
    o["packages"] = std::move(packages);
    if (f.note)
        o["note"] = textJson(*f.note);
    return o;
}

json::value scenariosJson(const std::vector<Scenario> &scenarios)
{
    json::array items;
    for (const auto &s : scenarios) {
        json::object o{{"id", s.id}, {"name", textJson(s.name)}, {"hazard", s.hazard}, {"probability", jsonNumber(s.probability)},
                       {"likelihood", s.likelihood}, {"impact", s.impact}};
        json::object effects{{"onsite_attendance", jsonNumber(s.onsiteChange)}, {"online_attendance", jsonNumber(s.onlineChange)}};
        if (s.venueClosed)
            effects["venue_closed"] = true;
        if (s.shiftToOnline != 0.0)
            effects["shift_to_online"] = jsonNumber(s.shiftToOnline);
        o["effects"] = std::move(effects);
        if (s.source)
            o["source"] = *s.source;
        if (s.note)
            o["note"] = *s.note;
        if (s.contingency)
            o["contingency"] = contingencyJson(*s.contingency);
        items.push_back(std::move(o));
    }
    return json::object{{"items", std::move(items)}};
}

json::value sustainabilityJson(const Sustainability &s)
{
    json::object o;
    o["flight_factors"] = json::object{{"domestic", factJson(s.flightFactors[0], false)},
                                       {"short_haul", factJson(s.flightFactors[1], false)},
                                       {"long_haul", factJson(s.flightFactors[2], false)}};
    const auto optional = [&](const char *key, const Fact &f) {
        if (f != Fact{})
            o[key] = factJson(f, false);
    };
    optional("distance_uplift", s.distanceUplift);
    optional("ground_factor", s.groundFactor);
    optional("hotel_factor", s.hotelFactor);
    optional("virtual_factor", s.virtualFactor);
    json::array origins;
    for (const auto &org : s.origins)
        origins.push_back(json::object{{"label", textJson(org.label)}, {"band", bandKey(org.band)},
                                       {"distance_km", jsonNumber(org.distanceKm)}, {"share", jsonNumber(org.share)}});
    o["origins"] = std::move(origins);
    return o;
}

} // namespace

const char *valueFromKey(ValueFrom v)
{
    for (const auto &[e, k] : kValueFrom)
        if (e == v)
            return k;
    return "attributes";
}

std::optional<ValueFrom> parseValueFrom(std::string_view key)
{
    for (const auto &[e, k] : kValueFrom)
        if (key == k)
            return e;
    return std::nullopt;
}

const char *bandKey(DistanceBand b)
{
    for (const auto &[e, k] : kBands)
        if (e == b)
            return k;
    return "";
}

std::optional<DistanceBand> parseBand(std::string_view key)
{
    for (const auto &[e, k] : kBands)
        if (key == k)
            return e;
    return std::nullopt;
}

const std::vector<std::string> &standardChecklist()
{
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const auto &e : kChecklist)
            k.emplace_back(e.key);
        return k;
    }();
    return keys;
}

std::string checklistName(std::string_view key, Lang l)
{
    for (const auto &e : kChecklist)
        if (key == e.key)
            return tr(l, e.name);
    return std::string(key);
}

std::optional<double> Inspection::score() const
{
    double sum = 0, wsum = 0;
    for (const auto &it : items)
        if (it.score && it.weight > 0) {
            sum += *it.score * it.weight;
            wsum += it.weight;
        }
    if (wsum <= 0)
        return std::nullopt;
    if (std::isfinite(sum) && std::isfinite(wsum))
        return sum / wsum;
    // Weights near the largest double (a file refuses them, an edit or a caller may not): Σsw/Σw is the same with
    // every weight divided by the largest, and then both sums stay finite.
    double big = 0;
    for (const auto &it : items)
        if (it.score && it.weight > 0)
            big = std::max(big, it.weight);
    sum = 0, wsum = 0;
    for (const auto &it : items)
        if (it.score && it.weight > 0) {
            sum += *it.score * (it.weight / big);
            wsum += it.weight / big;
        }
    return sum / wsum;
}

const Inspection *latestInspection(const std::vector<Inspection> &inspections, std::string_view venueId)
{
    const Inspection *best = nullptr;
    for (const auto &in : inspections)
        if (in.venue == venueId && (!best || in.date >= best->date)) // ISO dates compare as strings
            best = &in;
    return best;
}

const Inspection *AnalysisData::latestInspection(std::string_view venueId) const
{
    return vb::latestInspection(inspections, venueId);
}

AnalysisData analysisOf(const Project &p)
{
    AnalysisData a;
    if (const auto *f = p.sections.get<FormatPackages>())
        a.formats = *f;
    if (const auto *s = p.sections.get<Scenarios>())
        a.scenarios = s->items;
    if (const auto *s = p.sections.get<Sustainability>())
        a.sustainability = *s;
    if (const auto *in = p.sections.get<Inspections>())
        a.inspections = in->items;
    return a;
}

void readFormatsSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    FormatPackages f;
    readFormats(r, v, path, f);
    p.sections.set(std::move(f));
}

void readScenariosSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Scenarios s;
    readScenarios(r, v, path, s.items);
    p.sections.set(std::move(s));
}

void readSustainabilitySection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Sustainability s;
    readSustainability(r, v, path, s);
    p.sections.set(std::move(s));
}

void readInspectionsSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Inspections in;
    readInspections(r, v, path, in.items);
    p.sections.set(std::move(in));
}

json::value writeFormatsSection(const Project &p)
{
    const auto *f = p.sections.get<FormatPackages>();
    return f ? formatsJson(*f) : json::value(nullptr);
}

json::value writeScenariosSection(const Project &p)
{
    const auto *s = p.sections.get<Scenarios>();
    return s ? scenariosJson(s->items) : json::value(nullptr);
}

json::value writeSustainabilitySection(const Project &p)
{
    const auto *s = p.sections.get<Sustainability>();
    return s ? sustainabilityJson(*s) : json::value(nullptr);
}

json::value writeInspectionsSection(const Project &p)
{
    const auto *in = p.sections.get<Inspections>();
    return in ? inspectionsJson(in->items) : json::value(nullptr);
}

namespace {

/** The checks of one scenario as the page makes them, in words in l, with the JSON pointer of the field under sp:
 *  a name, probability 0–1 and with `others` (the other scenarios' probabilities) at most 1, likelihood and impact
 *  1–5, attendance changes ≥ −1, shift to online 0–1, a source URL, a decision date before the event starts. */
std::vector<Diagnostic> scenarioRefusals(const Project &p, const Scenario &s, double others, const std::string &sp, Lang l)
{
    std::vector<Diagnostic> out;
    const auto error = [&](const std::string &field, std::string message) {
        out.push_back({Diagnostic::Severity::Error, sp + field, std::move(message)});
    };
    const auto percent = [](double fraction) { return formatPercent(fraction, 1); };
    if (s.name.en.empty() && s.name.zh.empty())
        error("/name", tr(l, "clientedit.name_required"));
    if (!std::isfinite(s.probability) || s.probability < 0 || s.probability > 1)
        error("/probability", tr(l, "bidedit.scenario.probability", {percent(s.probability)}));
    if (s.likelihood < 1 || s.likelihood > 5)
        error("/likelihood", tr(l, "bidedit.scenario.scale", {std::to_string(s.likelihood)}));
    if (s.impact < 1 || s.impact > 5)
        error("/impact", tr(l, "bidedit.scenario.scale", {std::to_string(s.impact)}));
    if (!std::isfinite(s.onsiteChange) || s.onsiteChange < -1)
        error("/effects/onsite_attendance", tr(l, "bidedit.scenario.change", {percent(s.onsiteChange)}));
    if (!std::isfinite(s.onlineChange) || s.onlineChange < -1)
        error("/effects/online_attendance", tr(l, "bidedit.scenario.change", {percent(s.onlineChange)}));
    if (!std::isfinite(s.shiftToOnline) || s.shiftToOnline < 0 || s.shiftToOnline > 1)
        error("/effects/shift_to_online", tr(l, "bidedit.scenario.shift", {percent(s.shiftToOnline)}));
    if (s.source && !isUrl(*s.source))
        error("/source", tr(l, "clientedit.source_url", {*s.source}));
    if (s.contingency && !s.contingency->triggerDate.empty()) {
        if (!isDate(s.contingency->triggerDate))
            error("/contingency/trigger_date", tr(l, "bidedit.scenario.trigger_date_format", {s.contingency->triggerDate}));
        else if (!p.requirements.startDate.empty() && s.contingency->triggerDate >= p.requirements.startDate)
            error("/contingency/trigger_date",
                  tr(l, "bidedit.scenario.trigger_date", {s.contingency->triggerDate, p.requirements.startDate}));
    }
    // Scenarios are mutually exclusive: their probabilities add up to at most 1 (validateAnalysisSections).
    const double sum = others + s.probability;
    if (out.empty() && sum > 1.0 + 1e-9)
        error("/probability", tr(l, "bidedit.scenario.probability_sum", {percent(sum)}));
    return out;
}

} // namespace

std::vector<Diagnostic> editScenario(Project &p, std::size_t index, const ScenarioEdit &e, Lang l)
{
    const auto *stored = p.sections.get<Scenarios>();
    const std::string path = "/scenarios/items/" + std::to_string(index);
    if (!stored || index >= stored->items.size())
        return {{Diagnostic::Severity::Error, path, tr(l, "bidedit.scenario.no_scenario")}};
    Scenarios edited = *stored;
    Scenario &s = edited.items[index];
    if (e.probability)
        s.probability = *e.probability;
    if (e.likelihood)
        s.likelihood = *e.likelihood;
    if (e.impact)
        s.impact = *e.impact;
    if (e.onsiteChange)
        s.onsiteChange = *e.onsiteChange;
    if (e.onlineChange)
        s.onlineChange = *e.onlineChange;
    if ((e.fallbackFormat || e.triggerDate) && !s.contingency)
        s.contingency = Contingency{EventFormat::Online, "", p.requirements.startDate, std::nullopt, std::nullopt};
    if (e.fallbackFormat)
        s.contingency->fallbackFormat = *e.fallbackFormat;
    if (e.triggerDate)
        s.contingency->triggerDate = *e.triggerDate;
    // The page's checks in words, then the section's own rules as the reader applies them, then the project's
    // cross-section rules.
    double others = 0;
    for (std::size_t k = 0; k < edited.items.size(); ++k)
        if (k != index)
            others += edited.items[k].probability;
    if (auto out = scenarioRefusals(p, s, others, path, l); !out.empty())
        return out;
    JsonReader r;
    r.lang = l;
    std::vector<Scenario> check;
    readScenarios(r, scenariosJson(edited.items), "/scenarios", check);
    auto errors = r.errors();
    if (!errors.empty())
        return errors;
    // The cross-section rules are checked on p itself with the edited section in, and the old one put back on error.
    const auto kept = p.sections.share(Scenarios::kSectionKey);
    p.sections.set(std::move(edited));
    std::vector<Diagnostic> all;
    validateAnalysisSections(p, all, l);
    for (auto &d : all)
        if (d.severity == Diagnostic::Severity::Error && d.path.starts_with("/scenarios"))
            errors.push_back(std::move(d));
    if (!errors.empty())
        p.sections.put(std::string(Scenarios::kSectionKey), kept);
    return errors;
}

namespace {

bool hasErrorIn(const std::vector<Diagnostic> &d)
{
    return std::any_of(d.begin(), d.end(), [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; });
}

/** Puts the edited scenarios into p when the file's rules hold (the section read back, then the project's rules on
 *  the scenarios); structural errors the typed checks should have caught keep their pointer and say so in words. */
std::vector<Diagnostic> applyScenarios(Project &p, Scenarios edited, Lang l)
{
    std::vector<Diagnostic> errors;
    JsonReader r;
    std::vector<Scenario> check;
    readScenarios(r, scenariosJson(edited.items), "/scenarios", check);
    for (const auto &d : r.errors())
        errors.push_back({Diagnostic::Severity::Error, d.path, tr(l, "bidedit.quote.invalid")});
    if (!errors.empty())
        return errors;
    const auto kept = p.sections.share(Scenarios::kSectionKey);
    p.sections.set(std::move(edited));
    std::vector<Diagnostic> all;
    validateAnalysisSections(p, all);
    for (auto &d : all)
        if (d.severity == Diagnostic::Severity::Error && d.path.starts_with("/scenarios"))
            errors.push_back({Diagnostic::Severity::Error, d.path, tr(l, "bidedit.quote.invalid")});
    if (!errors.empty())
        p.sections.put(std::string(Scenarios::kSectionKey), kept);
    return errors;
}

} // namespace

std::vector<Diagnostic> addScenario(Project &p, Scenario s, Lang l, std::string *newId)
{
    const auto *stored = p.sections.get<Scenarios>();
    Scenarios edited = stored ? *stored : Scenarios{};
    const std::string sp = "/scenarios/items/" + std::to_string(edited.items.size());
    s.name = nameInBothLanguages(s.name);
    if (s.hazard != "natural" && s.hazard != "human" && s.hazard != "technological")
        s.hazard = "natural";
    double others = 0;
    for (const auto &x : edited.items)
        others += x.probability;
    if (auto out = scenarioRefusals(p, s, others, sp, l); !out.empty())
        return out;
    s.id = idFromName({s.name.en, s.name.zh}, "scenario", [&](const std::string &id) {
        return std::any_of(edited.items.begin(), edited.items.end(), [&](const Scenario &x) { return x.id == id; });
    });
    const std::string id = s.id;
    edited.items.push_back(std::move(s));
    auto out = applyScenarios(p, std::move(edited), l);
    if (newId && !hasErrorIn(out))
        *newId = id;
    return out;
}

std::vector<Diagnostic> removeScenario(Project &p, std::size_t index, Lang l)
{
    const auto *stored = p.sections.get<Scenarios>();
    if (!stored || index >= stored->items.size())
        return {{Diagnostic::Severity::Error, "/scenarios/items/" + std::to_string(index), tr(l, "bidedit.scenario.no_scenario")}};
    Scenarios edited = *stored;
    edited.items.erase(edited.items.begin() + static_cast<std::ptrdiff_t>(index));
    return applyScenarios(p, std::move(edited), l);
}

std::vector<Diagnostic> moveScenario(Project &p, std::size_t index, int delta, Lang l)
{
    const auto *stored = p.sections.get<Scenarios>();
    if (!stored || index >= stored->items.size())
        return {{Diagnostic::Severity::Error, "/scenarios/items/" + std::to_string(index), tr(l, "bidedit.scenario.no_scenario")}};
    Scenarios edited = *stored;
    if (moveInList(edited.items, index, delta) != ListMove::Moved)
        return {};
    return applyScenarios(p, std::move(edited), l);
}

const std::vector<std::string> &co2eFactorKeys()
{
    static const std::vector<std::string> keys{"domestic", "short_haul", "long_haul", "distance_uplift", "ground_factor", "hotel_factor", "virtual_factor"};
    return keys;
}

Fact co2eFactor(const Sustainability &s, std::string_view key)
{
    if (key == "domestic")
        return s.flightFactors[0];
    if (key == "short_haul")
        return s.flightFactors[1];
    if (key == "long_haul")
        return s.flightFactors[2];
    if (key == "distance_uplift")
        return s.distanceUplift;
    if (key == "ground_factor")
        return s.groundFactor;
    if (key == "hotel_factor")
        return s.hotelFactor;
    if (key == "virtual_factor")
        return s.virtualFactor;
    return {};
}

void unsourcedFormats(const Project &p, std::vector<UnsourcedFact> &out)
{
    const auto *fp = p.sections.get<FormatPackages>();
    if (!fp)
        return;
    for (const EventFormat f : kAllFormats) {
        const auto &costs = fp->costs[static_cast<std::size_t>(f)];
        const LocalizedText owner = {tr(Lang::ZhTW, "unsourced.format_package", {formatName(f, Lang::ZhTW)}),
                                     tr(Lang::En, "unsourced.format_package", {formatName(f, Lang::En)})};
        for (const auto &[id, fact] : costs)
            if (fact.unsourced())
                addIfUnsourced(out, fact,
                               {"formats", std::string("/formats/packages/") + formatKey(f) + "/costs/" + id, formatKey(f), owner, id,
                                {factLabel(p, id, Lang::ZhTW), factLabel(p, id, Lang::En)}, MissingProvenance::None});
    }
}

void unsourcedSustainability(const Project &p, std::vector<UnsourcedFact> &out)
{
    const auto *s = p.sections.get<Sustainability>();
    if (!s)
        return;
    const LocalizedText owner = bothLanguages("unsourced.section.sustainability");
    const auto add = [&](const std::string &key, const std::string &path, const Fact &f, LocalizedText label) {
        addIfUnsourced(out, f, {"sustainability", path, "", owner, key, std::move(label), MissingProvenance::None});
    };
    add("domestic", "/sustainability/flight_factors/domestic", s->flightFactors[0], bothLanguages("unsourced.factor.domestic"));
    add("short_haul", "/sustainability/flight_factors/short_haul", s->flightFactors[1], bothLanguages("unsourced.factor.short_haul"));
    add("long_haul", "/sustainability/flight_factors/long_haul", s->flightFactors[2], bothLanguages("unsourced.factor.long_haul"));
    add("distance_uplift", "/sustainability/distance_uplift", s->distanceUplift, bothLanguages("unsourced.factor.distance_uplift"));
    add("ground_factor", "/sustainability/ground_factor", s->groundFactor, bothLanguages("unsourced.factor.ground_factor"));
    add("hotel_factor", "/sustainability/hotel_factor", s->hotelFactor, bothLanguages("unsourced.factor.hotel_factor"));
    add("virtual_factor", "/sustainability/virtual_factor", s->virtualFactor, bothLanguages("unsourced.factor.virtual_factor"));
}

EditRefusal editCo2eFactor(Project &p, std::string_view key, std::optional<double> value, const std::string &source,
                           const std::string &asOf, Lang l)
{
    const auto &keys = co2eFactorKeys();
    const auto *stored = p.sections.get<Sustainability>();
    if (std::find(keys.begin(), keys.end(), key) == keys.end() || !stored)
        return {"", tr(l, "deal.edit.invalid")};
    if (auto e = checkProvenance({source, "", asOf}, l); !e.ok()) // none required: a value without them is unsourced
        return e;
    Sustainability edited = *stored;
    Fact *f = key == "domestic"          ? &edited.flightFactors[0]
              : key == "short_haul"      ? &edited.flightFactors[1]
              : key == "long_haul"       ? &edited.flightFactors[2]
              : key == "distance_uplift" ? &edited.distanceUplift
              : key == "ground_factor"   ? &edited.groundFactor
              : key == "hotel_factor"    ? &edited.hotelFactor
                                         : &edited.virtualFactor;
    f->value = value;
    f->source = source.empty() ? std::nullopt : std::optional<std::string>(source);
    f->asOf = asOf.empty() ? std::nullopt : std::optional<std::string>(asOf);
    // The section's rules as the reader applies them.
    JsonReader r;
    Sustainability check;
    readSustainability(r, sustainabilityJson(edited), "/sustainability", check);
    if (!r.errors().empty())
        return {"", tr(l, "deal.edit.invalid")};
    p.sections.set(std::move(edited));
    return {};
}

json::value inspectionsJson(const std::vector<Inspection> &inspections)
{
    json::array a;
    for (const auto &in : inspections) {
        json::object o{{"venue", in.venue}, {"inspector", in.inspector}, {"date", in.date}};
        json::array items;
        for (const auto &it : in.items) {
            json::object io{{"item", it.item}, {"score", it.score ? json::value(*it.score) : json::value(nullptr)}, {"weight", it.weight}};
            if (!it.note.empty())
                io["note"] = it.note;
            items.push_back(std::move(io));
        }
        o["items"] = std::move(items);
        if (in.summary)
            o["summary"] = json::object{{"zh-TW", in.summary->zh}, {"en", in.summary->en}};
        a.push_back(std::move(o));
    }
    return a;
}

void setInspections(Project &p, const std::vector<Inspection> &inspections)
{
    p.sections.set(Inspections{inspections});
}

void upsertInspection(std::vector<Inspection> &inspections, Inspection in)
{
    for (auto &x : inspections)
        if (x.venue == in.venue && x.date == in.date) {
            x = std::move(in);
            return;
        }
    const auto at = std::find_if(inspections.begin(), inspections.end(),
                                 [&](const Inspection &x) { return x.venue == in.venue && x.date > in.date; });
    inspections.insert(at, std::move(in));
}

void validateAnalysisSections(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    const AnalysisData a = analysisOf(p);
    auto error = [&](std::string path, std::string msg) { out.push_back({Diagnostic::Severity::Error, std::move(path), std::move(msg)}); };
    auto warning = [&](std::string path, std::string msg) { out.push_back({Diagnostic::Severity::Warning, std::move(path), std::move(msg)}); };

    if (a.formats) {
        if (!a.formats->addsTo.empty()) {
            const Criterion *c = p.criterion(a.formats->addsTo);
            if (!c || c->valueFrom != ValueFrom::Costs)
                error("/formats/adds_to", tr(lang, "analysis.v.adds_to", {a.formats->addsTo}));
        }
        for (auto f : kAllFormats)
            for (const auto &[k, fact] : a.formats->costs[static_cast<std::size_t>(f)])
                if (fact.known() && !p.rateToBase(fact.currency))
                    error("/formats/packages/" + std::string(formatKey(f)) + "/costs/" + pointerToken(k) + "/currency",
                          tr(lang, "read.p.no_fx", {fact.currency}));
    }

    std::set<std::string> ids;
    double psum = 0;
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const auto &s = a.scenarios[i];
        const std::string sp = "/scenarios/items/" + std::to_string(i);
        if (!s.id.empty() && !ids.insert(s.id).second)
            error(sp + "/id", tr(lang, "analysis.v.duplicate_scenario", {s.id}));
        psum += s.probability;
        if (!s.contingency)
            continue;
        const auto &c = *s.contingency;
        if (!c.triggerDate.empty() && c.triggerDate >= p.requirements.startDate)
            error(sp + "/contingency/trigger_date",
                  tr(lang, "analysis.v.trigger_date", {c.triggerDate, p.requirements.startDate}));
        if (!c.fallbackVenue.empty()) {
            if (!p.venue(c.fallbackVenue))
                error(sp + "/contingency/fallback_venue", tr(lang, "analysis.v.no_venue", {c.fallbackVenue}));
            else if (c.fallbackFormat == EventFormat::Online)
                warning(sp + "/contingency/fallback_venue", tr(lang, "analysis.v.online_fallback"));
        }
    }
    if (psum > 1.0 + 1e-9)
        error("/scenarios/items", tr(lang, "analysis.v.probabilities", {formatShortest(psum)}));

    for (std::size_t i = 0; i < a.inspections.size(); ++i)
        if (!a.inspections[i].venue.empty() && !p.venue(a.inspections[i].venue))
            error("/inspections/" + std::to_string(i) + "/venue", tr(lang, "analysis.v.no_venue", {a.inspections[i].venue}));

    for (std::size_t j = 0; j < p.criteria.size(); ++j) {
        const auto &c = p.criteria[j];
        const std::string cp = "/criteria/" + std::to_string(j) + "/value_from";
        if (c.valueFrom == ValueFrom::Co2e && !a.sustainability)
            warning(cp, tr(lang, "analysis.v.co2e_needs"));
        if (c.valueFrom == ValueFrom::Risk && a.scenarios.empty())
            warning(cp, tr(lang, "analysis.v.risk_needs"));
        if (c.valueFrom == ValueFrom::Inspection && a.inspections.empty())
            warning(cp, tr(lang, "analysis.v.inspection_needs"));
    }
}

} // namespace vb
