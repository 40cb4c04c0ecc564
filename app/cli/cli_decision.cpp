// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli format-decision: the format decision with its fallback plan (models/venues/formatdecision.h).
#include "cli_decision.h"

#include "cli.h"
#include "table.h"

#include "formatdecision.h"
#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "venueranking.h"

#include <boost/json.hpp>

#include <cmath>

namespace json = boost::json;

namespace vb::cli {

namespace {

template<typename T>
json::value opt(const std::optional<T> &x)
{
    return x ? json::value(*x) : json::value(nullptr);
}

json::value decisionJson(const Project &p, const FormatDecision &d, Lang l)
{
    const ClientHistory *client = clientOf(p);
    json::object root;
    root["recommended_format"] = d.recommended ? json::value(formatKey(*d.recommended)) : json::value(nullptr);
    root["runner_up_format"] = d.runnerUp ? json::value(formatKey(*d.runnerUp)) : json::value(nullptr);
    root["method"] = methodShortName(d.options.method);
    root["text"] = d.text(l);
    json::array reasons;
    for (const auto &r : d.reasons)
        reasons.push_back(json::object{{"code", r.code}, {"favours", r.favours}, {"format", formatKey(r.other)}, {"text", reasonText(p, d, r, l)}});
    root["reasons"] = std::move(reasons);
    if (d.forecast && d.forecast->proposed)
        root["forecast"] = json::object{{"method", forecastMethodKey(d.forecast->chosen)},
                                        {"low", d.forecast->proposed->low},
                                        {"likely", d.forecast->proposed->likely},
                                        {"high", d.forecast->proposed->high},
                                        {"likely_onsite", opt(d.forecast->likelyOnsite)},
                                        {"likely_online", opt(d.forecast->likelyOnline)}};
    else
        root["forecast"] = nullptr;
    root["surplus_convention"] = "surplus = revenue - cost of the likely budget, as `venuebid-cli budget` compares them; "
                                 "expected surplus over the risk scenarios as `venuebid-cli scenarios`";
    json::array formats;
    for (const auto &fc : d.formats) {
        json::object o;
        o["format"] = formatKey(fc.format);
        o["name"] = formatName(fc.format, l);
        o["excluded"] = fc.excluded();
        o["exclusion"] = fc.excluded() && client ? json::value(exclusionText(*client, fc, l)) : json::value(nullptr);
        if (fc.bestOption) {
            const auto &ro = d.options.ranked[*fc.bestOption];
            o["best_option"] = d.options.options[ro.option].id(p);
            o["rank"] = ro.rank;
            o["score"] = jsonNumber(roundTo(ro.score, 4));
        } else {
            o["best_option"] = nullptr;
        }
        o["planned_attendance"] = json::object{{"onsite", fc.planned.onsite}, {"online", fc.planned.online}, {"total", fc.planned.total()}};
        o["against_forecast"] = fc.forecastFit.empty() ? json::value(nullptr) : json::value(fc.forecastFit);
        o["expected_attendance"] = jsonNumber(roundTo(fc.expectedAttendance, 1));
        o["exposure_pct"] = jsonNumber(roundTo(fc.exposurePct, 2));
        o["surplus"] = opt(fc.surplus);
        o["cost"] = opt(fc.cost);
        o["expected_surplus"] = fc.expectedSurplus ? json::value(std::llround(*fc.expectedSurplus)) : json::value(nullptr);
        o["break_even_attendees"] = opt(fc.breakEvenAttendees);
        o["margin_of_safety"] = opt(fc.marginOfSafety);
        o["co2e_t"] = fc.co2eKg ? jsonNumber(roundTo(*fc.co2eKg / 1000.0, 1)) : json::value(nullptr);
        o["co2e_partial"] = fc.co2ePartial;
        json::array missing;
        for (const auto &m : fc.co2eMissing)
            missing.push_back(json::object{{"part", m}, {"text", describeMissing(m, l)}});
        o["co2e_missing"] = std::move(missing);
        json::array prog;
        for (const auto &eh : fc.programme) {
            const auto &e = client->programme[eh.element];
            prog.push_back(json::object{{"element", e.id}, {"mandatory", e.mandatory}, {"holding", holdingKey(eh.holding)},
                                        {"text", holdingText(e, eh.holding, l)}});
        }
        o["programme"] = std::move(prog);
        formats.push_back(std::move(o));
    }
    root["formats"] = std::move(formats);
    const AnalysisData a = analysisOf(p);
    json::array fbs;
    for (const auto &f : d.fallbacks) {
        const Scenario &s = a.scenarios[f.scenario];
        json::object o;
        o["scenario"] = s.id;
        o["name"] = s.name.get(l);
        o["planned_format"] = formatKey(f.planned);
        o["fallback_format"] = f.fallback ? json::value(formatKey(*f.fallback)) : json::value(nullptr);
        o["decide_by"] = f.fallback ? json::value(f.decideBy) : json::value(nullptr);
        o["days_before_start"] = f.fallback ? json::value(f.daysBeforeStart) : json::value(nullptr);
        o["trigger"] = f.trigger ? json::value(f.trigger->get(l)) : json::value(nullptr);
        o["action"] = f.action ? json::value(f.action->get(l)) : json::value(nullptr);
        o["attendance_stay"] = jsonNumber(roundTo(f.attendanceStay, 1));
        o["attendance_switch"] = f.fallback ? jsonNumber(roundTo(f.attendanceSwitch, 1)) : json::value(nullptr);
        o["switch_cost"] = opt(f.switchCost);
        o["surplus_stay"] = opt(f.surplusStay);
        o["surplus_switch"] = opt(f.surplusSwitch);
        json::array notes;
        for (const auto &n : f.notes)
            notes.push_back(json::object{{"code", n}, {"text", fallbackNoteText(f, n, l)}});
        o["notes"] = std::move(notes);
        fbs.push_back(std::move(o));
    }
    root["fallbacks"] = std::move(fbs);
    return root;
}

std::string money(const std::optional<Money> &m)
{
    return m ? groupThousands(*m) : "-";
}

} // namespace

int cmdFormatDecision(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "format-decision PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--format json|table] [--lang en|zh-TW]");
    const std::string methodArg = a.option("--method", "wsm");
    const std::string format = a.option("--format", "json");
    const std::string langArg = a.option("--lang", "en");
    const auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("expected one PROJECT file");
    if (a.ok() && format != "json" && format != "table")
        a.fail("unknown --format '" + format + "': expected json, table");
    const auto method = a.ok() ? a.checkMethod(methodArg) : std::nullopt;
    const auto lang = a.ok() ? a.checkLang(langArg) : std::nullopt;
    if (!a.ok())
        return UsageError;
    const auto p = loadProjectOrReport(pos[0], err);
    if (!p)
        return InputError;
    const Lang l = *lang;
    const FormatDecision d = decideFormat(*p, *method);
    if (format == "json") {
        out << toPrettyJson(decisionJson(*p, d, l)) << "\n";
        return Ok;
    }

    const LangText t{l};
    const ClientHistory *client = clientOf(*p);
    out << d.text(l) << "\n";
    if (d.forecast && d.forecast->proposed)
        out << t("cli.decision.forecast", {forecastMethodName(d.forecast->chosen, d.forecast->movingAverageWindow, l), formatCount(d.forecast->proposed->low),
                                           formatCount(d.forecast->proposed->likely), formatCount(d.forecast->proposed->high)})
            << "\n";
    else
        out << t("cli.decision.no_forecast") << "\n";
    if (!d.hasBudget)
        out << t("cli.decision.no_budget") << "\n";

    out << "\n" << t("cli.decision.title_formats") << "\n";
    std::vector<std::vector<std::string>> rows{{t("cli.decision.header_format"), t("cli.decision.header_status"), t("cli.decision.header_best"),
                                                t("cli.decision.header_score"), t("cli.decision.header_planned"), t("cli.decision.header_expected"),
                                                t("cli.decision.header_surplus"), t("cli.decision.header_expected_surplus"),
                                                t("cli.decision.header_break_even"), t("cli.decision.header_co2e")}};
    for (const auto &fc : d.formats) {
        std::vector<std::string> row{formatName(fc.format, l), fc.excluded() ? t("cli.decision.excluded") : t("cli.decision.possible")};
        if (fc.bestOption) {
            const auto &ro = d.options.ranked[*fc.bestOption];
            row.push_back(d.options.options[ro.option].label(*p, l));
            row.push_back(scoreText(d.options.method, ro.score));
        } else {
            row.push_back("-");
            row.push_back("-");
        }
        row.push_back(formatCount(fc.planned.total()));
        row.push_back(formatGroupedFixed(roundTo(fc.expectedAttendance, 1), 1));
        row.push_back(money(fc.surplus));
        row.push_back(fc.expectedSurplus ? groupThousands(std::llround(*fc.expectedSurplus)) : "-");
        row.push_back(fc.breakEvenAttendees ? formatCount(*fc.breakEvenAttendees) : "-");
        row.push_back(fc.co2eKg ? formatGroupedFixed(*fc.co2eKg / 1000.0, 1) + (fc.co2ePartial ? " *" : "") : "-");
        rows.push_back(std::move(row));
    }
    out << renderTable(rows, {3, 4, 5, 6, 7, 8, 9});
    for (const auto &fc : d.formats)
        if (fc.co2ePartial) {
            std::string miss;
            for (const auto &m : fc.co2eMissing)
                miss += (miss.empty() ? "" : tr(l, "text.list_separator")) + describeMissing(m, l);
            out << formatName(fc.format, l) << " *" << (l == Lang::En ? ": " : "：") << miss << "\n";
        }
    for (const auto &fc : d.formats)
        if (fc.excluded() && client)
            out << tr(l, "decision.reason.excluded", {formatName(fc.format, l), exclusionText(*client, fc, l)}) << "\n";

    if (client && !client->programme.empty()) {
        out << "\n" << t("cli.decision.title_programme") << "\n";
        std::vector<std::vector<std::string>> prog{{t("cli.decision.header_element"), t("cli.decision.header_mandatory"), formatName(EventFormat::Onsite, l),
                                                    formatName(EventFormat::Hybrid, l), formatName(EventFormat::Online, l)}};
        for (std::size_t i = 0; i < client->programme.size(); ++i) {
            const auto &e = client->programme[i];
            const std::string &name = e.name.get(l);
            std::vector<std::string> row{name.empty() ? std::string(programmeKindName(e.kind, l)) : name,
                                         e.mandatory ? t("cli.decision.yes") : t("cli.decision.no")};
            for (const auto &fc : d.formats)
                row.push_back(holdingText(e, fc.programme[i].holding, l));
            prog.push_back(std::move(row));
        }
        out << renderTable(prog);
    }

    const AnalysisData data = analysisOf(*p);
    if (!d.fallbacks.empty()) {
        out << "\n" << t("cli.decision.title_fallbacks") << "\n";
        std::vector<std::vector<std::string>> fb{{t("cli.decision.header_risk"), t("cli.decision.header_fallback"), t("cli.decision.header_decide_by"),
                                                  t("cli.decision.header_switch_cost"), t("cli.decision.header_stay"), t("cli.decision.header_switch")}};
        for (const auto &f : d.fallbacks) {
            fb.push_back({data.scenarios[f.scenario].name.get(l), f.fallback ? formatName(*f.fallback, l) : "-", f.fallback ? f.decideBy : "-",
                          money(f.switchCost), money(f.surplusStay), f.fallback ? money(f.surplusSwitch) : "-"});
        }
        out << renderTable(fb, {3, 4, 5});
        for (const auto &f : d.fallbacks) {
            std::string line = data.scenarios[f.scenario].name.get(l);
            std::string detail;
            const char *sep = l == Lang::En ? ": " : "：";
            if (f.trigger)
                detail += t("cli.decision.header_trigger") + std::string(sep) + f.trigger->get(l);
            for (const auto &n : f.notes) {
                if (!detail.empty())
                    detail += tr(l, "text.list_separator");
                detail += fallbackNoteText(f, n, l);
            }
            if (!detail.empty())
                out << line << sep << detail << "\n";
        }
    }
    return Ok;
}

} // namespace vb::cli
