// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli options / scenarios / co2e / inspections: the numbers of the scenarios page.
#include "cli_analysis.h"
#include "venueranking.h"

#include "cli.h"
#include "table.h"

#include "analysis.h"
#include "optionsanalysis.h"
#include "budgetcalc.h"
#include "budgetreport.h"
#include "scenariofinance.h"
#include "jsontext.h"
#include "numbers.h"
#include "matrixfile.h"
#include "messages.h"
#include "projectformat.h"


namespace vb::cli {

namespace {

json::value optNumber(const std::optional<double> &x, int decimals)
{
    if (!x)
        return nullptr;
    return jsonNumber(roundTo(*x, decimals));
}

/** Common options: PROJECT, --format, --lang. */
struct Common {
    std::string file, format;
    Lang lang = Lang::En;
};

bool finishCommon(Args &a, Common &c, const std::string &langArg, std::initializer_list<const char *> formats)
{
    const auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("expected one PROJECT file");
    bool known = false;
    std::string list;
    for (const char *f : formats) {
        known = known || c.format == f;
        list += (list.empty() ? "" : ", ") + std::string(f);
    }
    if (a.ok() && !known)
        a.fail("unknown --format '" + c.format + "': expected " + list);
    const auto l = a.checkLang(langArg);
    if (!a.ok())
        return false;
    c.file = pos[0];
    c.lang = *l;
    return true;
}

json::value scenariosJson(const Project &p, const AnalysisData &a, const ScenarioAnalysis &sa, EventFormat planned, Lang l)
{
    json::object root;
    root["planned_format"] = formatKey(planned);
    root["probability_sum"] = jsonNumber(roundTo(sa.probabilitySum, 6));
    root["convention"] = "scenarios are mutually exclusive; expected = sum p_s * attendance_s + (1 - sum p_s) * baseline";
    json::array fmts;
    for (const auto &fe : sa.formats) {
        json::object o;
        o["format"] = formatKey(fe.format);
        o["name"] = formatName(fe.format, l);
        o["baseline"] = jsonNumber(roundTo(fe.baseline, 1));
        o["expected"] = jsonNumber(roundTo(fe.expected, 1));
        o["exposure_pct"] = jsonNumber(roundTo(fe.exposurePct, 2));
        o["worst_scenario"] = fe.worstScenario >= 0 ? json::value(a.scenarios[static_cast<std::size_t>(fe.worstScenario)].id) : json::value(nullptr);
        fmts.push_back(std::move(o));
    }
    // The expected financial result (docs/analysis.md): the budget's surplus at each scenario's attendance.
    if (hasBudget(p)) {
        const auto fin = expectedFinance(p, budgetOf(p), a);
        for (std::size_t k = 0; k < fin.size(); ++k) {
            auto &o = fmts[k].as_object();
            const auto &ff = fin[k];
            json::array per;
            for (auto m : ff.perScenario)
                per.push_back(m);
            o["surplus_baseline"] = ff.baseline;
            o["surplus_expected"] = jsonNumber(roundTo(ff.expected, 0));
            o["surplus_per_scenario"] = std::move(per);
            o["surplus_worst_scenario"] = ff.worstScenario >= 0 ? json::value(a.scenarios[static_cast<std::size_t>(ff.worstScenario)].id) : json::value(nullptr);
        }
        // The surplus compares what the budget page compares: before tax when the organiser is registered for
        // business tax, else cost incl. tax against revenue as received (docs/budget.md, "Tax basis").
        const Budget b = budgetOf(p);
        root["surplus_convention"] = b.organiserTaxRegistered
            ? "surplus = revenue - cost, both before business tax (organiser registered), of the likely budget at the scenario's attendance; fixed costs stay"
            : "surplus = revenue - cost (tax incl.) of the likely budget at the scenario's attendance; fixed costs stay";
        json::array basis;
        for (const auto &line : taxBasisText(b, l))
            basis.emplace_back(line);
        root["tax_basis"] = std::move(basis);
    }
    root["formats"] = std::move(fmts);
    json::array items;
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const auto &s = a.scenarios[i];
        const auto &as = sa.scenarios[i];
        json::object o;
        o["id"] = s.id;
        o["name"] = s.name.get(l);
        o["hazard"] = s.hazard;
        o["probability"] = jsonNumber(s.probability);
        o["likelihood"] = s.likelihood;
        o["impact"] = s.impact;
        o["risk_score"] = as.riskScore;
        o["level"] = as.level;
        o["level_name"] = riskLevelName(as.level, l);
        o["effects"] = json::object{{"onsite_attendance", jsonNumber(s.onsiteChange)},
                                    {"online_attendance", jsonNumber(s.onlineChange)},
                                    {"venue_closed", s.venueClosed},
                                    {"shift_to_online", jsonNumber(s.shiftToOnline)}};
        json::object att;
        for (const auto &fe : sa.formats)
            att[formatKey(fe.format)] = jsonNumber(roundTo(fe.perScenario[i], 1));
        o["attendance"] = std::move(att);
        o["best_format"] = formatKey(as.bestFormat);
        if (s.contingency) {
            const auto &c = *s.contingency;
            json::object co;
            co["fallback_format"] = formatKey(c.fallbackFormat);
            co["fallback_venue"] = c.fallbackVenue.empty() ? json::value(nullptr) : json::value(c.fallbackVenue);
            co["trigger_date"] = c.triggerDate;
            co["days_before_start"] = as.daysBeforeStart;
            co["trigger_before_start"] = as.triggerBeforeStart;
            co["fallback_keeps_most"] = as.fallbackOk;
            co["action"] = c.action ? json::value(c.action->get(l)) : json::value(nullptr);
            o["contingency"] = std::move(co);
        } else {
            o["contingency"] = nullptr;
        }
        items.push_back(std::move(o));
    }
    root["scenarios"] = std::move(items);
    return root;
}

json::value co2eJson(const Project &p, const AnalysisData &a, Lang l)
{
    json::object root;
    if (!a.sustainability) {
        root["formats"] = json::array{};
        root["missing"] = json::array{"sustainability"};
        return root;
    }
    const auto &s = *a.sustainability;
    json::object factors;
    static constexpr const char *kKeys[] = {"domestic", "short_haul", "long_haul"};
    auto factJson = [](const Fact &f) {
        json::object o{{"value", f.value ? jsonNumber(*f.value) : json::value(nullptr)}};
        o["source"] = f.source ? json::value(*f.source) : json::value(nullptr);
        o["as_of"] = f.asOf ? json::value(*f.asOf) : json::value(nullptr);
        return o;
    };
    for (std::size_t i = 0; i < 3; ++i)
        factors[kKeys[i]] = factJson(s.flightFactors[i]);
    factors["distance_uplift"] = factJson(s.distanceUplift);
    factors["ground"] = factJson(s.groundFactor);
    factors["hotel"] = factJson(s.hotelFactor);
    factors["virtual"] = factJson(s.virtualFactor);
    root["factors"] = std::move(factors);
    json::array fmts;
    for (auto f : kAllFormats) {
        const auto r = computeCo2e(p, s, f);
        json::object o;
        o["format"] = formatKey(f);
        o["name"] = formatName(f, l);
        o["onsite"] = r.onsite;
        o["online"] = r.online;
        o["room_nights"] = jsonNumber(roundTo(r.roomNights, 1));
        o["flights_kg"] = jsonNumber(roundTo(r.flightsKg, 1));
        o["ground_kg"] = optNumber(r.groundKg, 1);
        o["hotel_kg"] = optNumber(r.hotelKg, 1);
        o["virtual_kg"] = optNumber(r.virtualKg, 1);
        o["known_kg"] = jsonNumber(roundTo(r.knownKg, 1));
        o["known_t"] = jsonNumber(roundTo(r.knownKg / 1000.0, 1));
        o["per_onsite_attendee_kg"] = r.onsite > 0 ? jsonNumber(roundTo(r.flightsKg / r.onsite, 1)) : json::value(nullptr);
        o["partial"] = r.partial();
        json::array missing;
        for (const auto &m : r.missing)
            missing.push_back(json::object{{"part", m}, {"text", describeMissing(m, l)}});
        o["missing"] = std::move(missing);
        fmts.push_back(std::move(o));
    }
    root["formats"] = std::move(fmts);
    return root;
}

} // namespace

int cmdOptions(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "options PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--format table|json] [--lang en|zh-TW]");
    const std::string methodArg = a.option("--method", "wsm");
    Common c;
    c.format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    if (!finishCommon(a, c, langArg, {"table", "json"}))
        return UsageError;
    const auto method = a.checkMethod(methodArg);
    if (!method)
        return UsageError;
    const auto p = loadProjectOrReport(c.file, err);
    if (!p)
        return InputError;
    const auto res = analyseOptions(*p, *method);
    const Lang l = c.lang;
    const auto &rec = *res.recommendation;
    if (c.format == "json") {
        json::object root;
        root["project"] = c.file;
        root["method"] = mcda::methodName(res.method);
        root["higher_is_better"] = mcda::higherIsBetter(res.method);
        root["unknown_policy"] = "worst";
        json::array crit;
        for (std::size_t j = 0; j < p->criteria.size(); ++j) {
            const auto &cr = p->criteria[j];
            crit.push_back(json::object{{"id", cr.id},
                                        {"name", cr.name.get(l)},
                                        {"direction", cr.direction == Direction::Benefit ? "benefit" : "cost"},
                                        {"value_from", valueFromKey(cr.valueFrom)},
                                        {"weight", jsonNumber(res.weights[j])}});
        }
        root["criteria"] = std::move(crit);
        json::array opts;
        for (const auto &ro : res.ranked) {
            const auto &o = res.options[ro.option];
            json::object oo;
            oo["rank"] = ro.rank;
            oo["id"] = o.id(*p);
            oo["format"] = formatKey(o.format);
            oo["venue"] = o.venue ? json::value(p->venues[*o.venue].id) : json::value(nullptr);
            oo["label"] = o.label(*p, l);
            oo["score"] = jsonNumber(roundTo(ro.score, 6));
            json::object vals, contrib;
            for (std::size_t j = 0; j < p->criteria.size(); ++j) {
                vals[p->criteria[j].id] = jsonNumber(roundTo(ro.raw[j], 4));
                contrib[p->criteria[j].id] = jsonNumber(roundTo(ro.contributions[j], 6));
            }
            oo["values"] = std::move(vals);
            oo["contributions"] = std::move(contrib);
            json::array imp;
            for (const auto &id : ro.imputed)
                imp.push_back(json::value(id));
            oo["imputed"] = std::move(imp);
            opts.push_back(std::move(oo));
        }
        root["options"] = std::move(opts);
        json::object r;
        r["format"] = formatKey(rec.format);
        r["winner"] = res.options[res.ranked[rec.winner].option].id(*p);
        r["runner_up"] = rec.runnerUp ? json::value(res.options[res.ranked[*rec.runnerUp].option].id(*p)) : json::value(nullptr);
        json::array dec;
        for (const auto &[j, margin] : rec.deciding)
            dec.push_back(json::object{{"criterion", p->criteria[j].id}, {"margin", jsonNumber(roundTo(margin, 6))}});
        r["deciding"] = std::move(dec);
        r["sentence"] = rec.text(l);
        root["recommendation"] = std::move(r);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }
    const LangText t{l};
    std::vector<std::vector<std::string>> rows{{t("cli.options.header_rank"), t("cli.options.header_option"), t("cli.options.header_format"),
                                                t("cli.options.header_score")}};
    for (const auto &ro : res.ranked) {
        const auto &o = res.options[ro.option];
        rows.push_back({std::to_string(ro.rank), o.label(*p, l), formatName(o.format, l), scoreText(res.method, ro.score)});
    }
    out << renderTable(rows, {0, 3}) << "\n" << rec.text(l) << "\n";
    return Ok;
}

int cmdScenarios(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "scenarios PROJECT [--format json|table] [--lang en|zh-TW]");
    Common c;
    c.format = a.option("--format", "json");
    const std::string langArg = a.option("--lang", "en");
    if (!finishCommon(a, c, langArg, {"json", "table"}))
        return UsageError;
    const auto p = loadProjectOrReport(c.file, err);
    if (!p)
        return InputError;
    const auto data = analysisOf(*p);
    const auto opts = analyseOptions(*p);
    const EventFormat planned = opts.recommendation ? opts.recommendation->format : EventFormat::Onsite;
    const auto &sa = opts.scenarios;
    const Lang l = c.lang;
    if (c.format == "json") {
        out << toPrettyJson(scenariosJson(*p, data, sa, planned, l)) << "\n";
        return Ok;
    }
    const LangText t{l};
    std::vector<std::vector<std::string>> rows{{t("cli.scenarios.header_scenario"), t("cli.scenarios.header_probability"), t("cli.scenarios.header_risk"),
                                                formatName(EventFormat::Onsite, l), formatName(EventFormat::Hybrid, l),
                                                formatName(EventFormat::Online, l), t("cli.scenarios.header_fallback"), t("cli.scenarios.header_decide_by")}};
    for (std::size_t i = 0; i < data.scenarios.size(); ++i) {
        const auto &s = data.scenarios[i];
        std::vector<std::string> row{s.name.get(l), formatRounded(s.probability * 100, 1) + " %",
                                     std::to_string(sa.scenarios[i].riskScore) + " " + riskLevelName(sa.scenarios[i].level, l)};
        for (const auto &fe : sa.formats)
            row.push_back(formatRounded(fe.perScenario[i], 1));
        row.push_back(s.contingency ? formatName(s.contingency->fallbackFormat, l) : "-");
        row.push_back(s.contingency ? s.contingency->triggerDate : "-");
        rows.push_back(std::move(row));
    }
    std::vector<std::string> exp{t("cli.scenarios.row_expected"), "", ""};
    for (const auto &fe : sa.formats)
        exp.push_back(formatRounded(fe.expected, 1));
    exp.push_back("");
    exp.push_back("");
    rows.push_back(std::move(exp));
    if (hasBudget(*p)) {
        const auto fin = expectedFinance(*p, budgetOf(*p), data);
        std::vector<std::string> base{t("cli.scenarios.row_surplus_no_event"), "", ""}, expd{t("cli.scenarios.row_expected_surplus"), "", ""};
        for (const auto &ff : fin) {
            base.push_back(groupThousands(ff.baseline));
            expd.push_back(groupThousands(std::llround(ff.expected)));
        }
        for (auto *r : {&base, &expd}) {
            r->push_back("");
            r->push_back("");
            rows.push_back(std::move(*r));
        }
    }
    out << renderTable(rows, {1, 2, 3, 4, 5}) << "\n";
    if (hasBudget(*p))
        for (const auto &line : taxBasisText(budgetOf(*p), l))
            out << line << "\n";
    return Ok;
}

int cmdCo2e(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "co2e PROJECT [--format json|table] [--lang en|zh-TW]");
    Common c;
    c.format = a.option("--format", "json");
    const std::string langArg = a.option("--lang", "en");
    if (!finishCommon(a, c, langArg, {"json", "table"}))
        return UsageError;
    const auto p = loadProjectOrReport(c.file, err);
    if (!p)
        return InputError;
    const auto data = analysisOf(*p);
    const Lang l = c.lang;
    if (c.format == "json") {
        out << toPrettyJson(co2eJson(*p, data, l)) << "\n";
        return Ok;
    }
    const LangText t{l};
    if (!data.sustainability) {
        out << t("cli.co2e.no_sustainability") << "\n";
        return Ok;
    }
    std::vector<std::vector<std::string>> rows{{t("cli.co2e.header_format"), t("cli.co2e.header_flights_t"), t("cli.co2e.header_known_t"),
                                                t("cli.co2e.header_missing")}};
    for (auto f : kAllFormats) {
        const auto r = computeCo2e(*p, *data.sustainability, f);
        std::string miss;
        for (const auto &m : r.missing)
            miss += (miss.empty() ? "" : tr(l, "text.list_separator")) + describeMissing(m, l);
        rows.push_back({formatName(f, l), formatRounded(r.flightsKg / 1000.0, 1), formatRounded(r.knownKg / 1000.0, 1), miss.empty() ? "-" : miss});
    }
    out << renderTable(rows, {1, 2}) << "\n";
    return Ok;
}

int cmdInspections(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "inspections PROJECT [--format json|table] [--lang en|zh-TW]");
    Common c;
    c.format = a.option("--format", "json");
    const std::string langArg = a.option("--lang", "en");
    if (!finishCommon(a, c, langArg, {"json", "table"}))
        return UsageError;
    const auto p = loadProjectOrReport(c.file, err);
    if (!p)
        return InputError;
    const auto data = analysisOf(*p);
    const Lang l = c.lang;
    json::array arr;
    const LangText t{l};
    std::vector<std::vector<std::string>> rows{{t("cli.inspections.header_venue"), t("cli.inspections.header_date"),
                                                t("cli.inspections.header_inspector"), t("cli.inspections.header_score")}};
    for (const auto &in : data.inspections) {
        const Venue *v = p->venue(in.venue);
        const auto score = in.score();
        json::object o{{"venue", in.venue}, {"date", in.date}, {"inspector", in.inspector}, {"score", optNumber(score, 2)}};
        json::array items;
        for (const auto &it : in.items)
            items.push_back(json::object{{"item", it.item},
                                         {"name", checklistName(it.item, l)},
                                         {"score", it.score ? jsonNumber(*it.score) : json::value(nullptr)},
                                         {"weight", jsonNumber(it.weight)},
                                         {"note", it.note}});
        o["items"] = std::move(items);
        arr.push_back(std::move(o));
        rows.push_back({v ? v->name.get(l) : in.venue, in.date, in.inspector, score ? formatRounded(*score, 2) : "-"});
    }
    if (c.format == "json")
        out << toPrettyJson(json::object{{"inspections", std::move(arr)}}) << "\n";
    else
        out << renderTable(rows, {3}) << "\n";
    return Ok;
}

} // namespace vb::cli
