// SPDX-License-Identifier: GPL-3.0-or-later
// The format decision with its fallback plan: conventions in docs/analysis.md#format-decision.
#include "formatdecision.h"

#include "budgetcalc.h"
#include "messages.h"
#include "numbers.h"
#include "scenariofinance.h"
#include "venueranking.h"

#include <algorithm>
#include <cmath>

namespace vb {

const char *holdingKey(Holding h)
{
    switch (h) {
    case Holding::OnSite: return "onsite";
    case Holding::Elsewhere: return "elsewhere";
    case Holding::OnSiteOnline: return "onsite_online";
    case Holding::OnSiteOnly: return "onsite_only";
    case Holding::Online: return "online";
    case Holding::NotHeld: return "not_held";
    }
    return "onsite";
}

namespace {

Holding holdingOf(const ProgrammeElement &e, EventFormat f)
{
    switch (f) {
    case EventFormat::Onsite:
        return e.atVenue ? Holding::OnSite : Holding::Elsewhere;
    case EventFormat::Hybrid:
        if (e.online)
            return Holding::OnSiteOnline;
        return e.atVenue ? Holding::OnSiteOnly : Holding::Elsewhere;
    case EventFormat::Online:
        return e.online ? Holding::Online : Holding::NotHeld;
    }
    return Holding::OnSite;
}

std::string elementName(const ProgrammeElement &e, Lang l)
{
    const std::string &n = e.name.get(l);
    return n.empty() ? std::string(programmeKindName(e.kind, l)) : n;
}

std::size_t idx(EventFormat f) { return static_cast<std::size_t>(f); }

/** Adds a for/against reason comparing a (the recommended format) with b; better = higher when higherIsBetter.
 *  Equal figures decide nothing and are left out. */
void compare(std::vector<DecisionReason> &out, const char *code, EventFormat other, std::optional<double> a, std::optional<double> b, bool higherIsBetter)
{
    if (!a || !b || *a == *b)
        return;
    out.push_back({code, higherIsBetter ? *a > *b : *a < *b, other, *a, *b, 0});
}

} // namespace

FormatDecision decideFormat(const Project &p, mcda::Method method)
{
    FormatDecision d;
    d.options = analyseOptions(p, method);
    const AnalysisData a = analysisOf(p);
    const ClientHistory *client = clientOf(p);

    for (EventFormat f : kAllFormats) {
        FormatCase &fc = d.formats[idx(f)];
        fc.format = f;
        fc.planned = p.requirements.attendance(f);
        if (client)
            for (std::size_t i = 0; i < client->programme.size(); ++i) {
                const auto &e = client->programme[i];
                const Holding h = holdingOf(e, f);
                fc.programme.push_back({i, h});
                if (e.mandatory && h == Holding::NotHeld)
                    fc.excludedBy.push_back(i);
            }
        for (std::size_t k = 0; k < d.options.ranked.size(); ++k)
            if (d.options.options[d.options.ranked[k].option].format == f) {
                fc.bestOption = k;
                break;
            }
    }

    // The recommendation: the format of the best-ranked option whose format can hold the fixed programme.
    for (const auto &ro : d.options.ranked) {
        const EventFormat f = d.options.options[ro.option].format;
        if (d.formats[idx(f)].excluded())
            continue;
        if (!d.recommended)
            d.recommended = f;
        else if (f != *d.recommended) {
            d.runnerUp = f;
            break;
        }
    }

    const EventFormat planned = d.recommended.value_or(EventFormat::Onsite);
    const ScenarioAnalysis sa = analyseScenarios(p, a, planned);
    for (EventFormat f : kAllFormats) {
        FormatCase &fc = d.formats[idx(f)];
        fc.expectedAttendance = sa.formats[idx(f)].expected;
        fc.exposurePct = sa.formats[idx(f)].exposurePct;
        if (a.sustainability) {
            const auto co2 = computeCo2e(p, *a.sustainability, f);
            fc.co2eKg = co2.knownKg;
            fc.co2ePartial = co2.partial();
            fc.co2eMissing = co2.missing;
        }
    }

    std::array<FormatFinance, 3> fin{};
    d.hasBudget = hasBudget(p);
    if (d.hasBudget) {
        const Budget b = budgetOf(p);
        const BudgetSummary sum = computeBudget(p, b);
        fin = expectedFinance(p, b, a);
        for (EventFormat f : kAllFormats) {
            FormatCase &fc = d.formats[idx(f)];
            const FormatSummary &fs = sum.formats[idx(f)];
            fc.surplus = fs.likely.surplus();
            fc.cost = fs.likely.comparedCost();
            fc.expectedSurplus = fin[idx(f)].expected;
            fc.breakEvenAttendees = fs.breakEven.attendeesNeeded;
            fc.marginOfSafety = fs.breakEven.marginOfSafety();
        }
    }

    d.forecast = forecastAttendance(p, std::nullopt, Lang::En);
    if (d.forecast && d.forecast->proposed)
        for (auto &fc : d.formats) {
            const int total = fc.planned.total();
            fc.forecastFit = total > d.forecast->proposed->high ? "above" : total < d.forecast->proposed->low ? "below" : "within";
        }

    // The deciding reasons: the ranking, the formats the programme excludes, then the recommended format against
    // the runner-up on money, break-even, CO2e and attendance at risk, and its plan against the forecast.
    if (d.recommended) {
        const FormatCase &r = d.formats[idx(*d.recommended)];
        d.reasons.push_back({"rank", true, *d.recommended, r.bestOption ? d.options.ranked[*r.bestOption].score : 0.0, 0, 0});
        bool anyExcluded = false;
        for (const auto &fc : d.formats)
            if (fc.excluded()) {
                anyExcluded = true;
                d.reasons.push_back({"excluded", true, fc.format, 0, 0, 0});
            }
        if (!d.runnerUp && anyExcluded)
            d.reasons.push_back({"only", true, *d.recommended, 0, 0, 0});
        if (d.runnerUp) {
            const FormatCase &o = d.formats[idx(*d.runnerUp)];
            compare(d.reasons, "surplus", o.format, r.expectedSurplus ? std::optional<double>(std::round(*r.expectedSurplus)) : std::nullopt,
                    o.expectedSurplus ? std::optional<double>(std::round(*o.expectedSurplus)) : std::nullopt, true);
            auto mos = [](const FormatCase &fc) { return fc.marginOfSafety ? std::optional<double>(static_cast<double>(*fc.marginOfSafety)) : std::nullopt; };
            compare(d.reasons, "safety", o.format, mos(r), mos(o), true);
            // CO2e is compared only when both are complete: a partial figure leaves out a part of the footprint.
            auto co2 = [](const FormatCase &fc) { return fc.co2eKg && !fc.co2ePartial ? std::optional<double>(roundTo(*fc.co2eKg / 1000.0, 1)) : std::nullopt; };
            compare(d.reasons, "co2e", o.format, co2(r), co2(o), false);
            compare(d.reasons, "exposure", o.format, roundTo(r.exposurePct, 1), roundTo(o.exposurePct, 1), false);
        }
        if (d.forecast && d.forecast->proposed) {
            const auto &fp = *d.forecast->proposed;
            const double plannedTotal = r.planned.total();
            if (plannedTotal > fp.high)
                d.reasons.push_back({"forecast_above", false, r.format, plannedTotal, static_cast<double>(fp.high), 0});
            else if (plannedTotal < fp.low)
                d.reasons.push_back({"forecast_below", false, r.format, plannedTotal, static_cast<double>(fp.low), 0});
            else
                d.reasons.push_back({"forecast_within", true, r.format, plannedTotal, static_cast<double>(fp.low), static_cast<double>(fp.high)});
        }
        std::stable_partition(d.reasons.begin(), d.reasons.end(), [](const DecisionReason &x) { return x.favours; });
    }

    // The fallback plan: per risk scenario, what staying with the planned format and switching to the fallback give.
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const Scenario &s = a.scenarios[i];
        FallbackPlan fp;
        fp.scenario = i;
        fp.planned = planned;
        fp.attendanceStay = sa.formats[idx(planned)].perScenario[i];
        if (d.hasBudget)
            fp.surplusStay = fin[idx(planned)].perScenario[i];
        if (!s.contingency) {
            fp.notes.push_back("none");
            d.fallbacks.push_back(std::move(fp));
            continue;
        }
        const Contingency &c = *s.contingency;
        fp.fallback = c.fallbackFormat;
        fp.decideBy = c.triggerDate;
        fp.daysBeforeStart = sa.scenarios[i].daysBeforeStart;
        fp.trigger = c.trigger;
        fp.action = c.action;
        fp.attendanceSwitch = sa.formats[idx(c.fallbackFormat)].perScenario[i];
        if (d.hasBudget) {
            fp.switchCost = *d.formats[idx(c.fallbackFormat)].cost - *d.formats[idx(planned)].cost;
            fp.surplusSwitch = fin[idx(c.fallbackFormat)].perScenario[i];
        }
        if (d.formats[idx(c.fallbackFormat)].excluded())
            fp.notes.push_back("excluded");
        if (c.fallbackFormat == planned)
            fp.notes.push_back("same");
        else if (fp.attendanceSwitch < fp.attendanceStay - 1e-9)
            fp.notes.push_back("loses");
        d.fallbacks.push_back(std::move(fp));
    }

    for (Lang l : {Lang::ZhTW, Lang::En}) {
        std::string s;
        if (!d.recommended) {
            s = tr(l, "decision.none");
        } else {
            s = tr(l, "decision.recommended", {formatName(*d.recommended, l)});
            std::string pro, con;
            for (const auto &r : d.reasons) {
                std::string &into = r.favours ? pro : con;
                if (!into.empty())
                    into += tr(l, "text.list_separator");
                into += reasonText(p, d, r, l);
            }
            const char *space = l == Lang::En ? " " : "";
            if (!pro.empty())
                s += space + tr(l, "decision.for", {pro});
            if (!con.empty())
                s += space + tr(l, "decision.against", {con});
        }
        d.sentence[static_cast<int>(l)] = s;
    }
    return d;
}

std::string reasonText(const Project &p, const FormatDecision &d, const DecisionReason &r, Lang l)
{
    const std::string other = formatName(r.other, l);
    const std::string &cur = p.meta.currency;
    if (r.code == "rank") {
        const auto &fc = d.formats[idx(r.other)];
        if (!fc.bestOption)
            return {};
        const auto &ro = d.options.ranked[*fc.bestOption];
        return tr(l, "decision.reason.rank", {d.options.options[ro.option].label(p, l), methodShortName(d.options.method), scoreText(d.options.method, ro.score)});
    }
    if (r.code == "only")
        return tr(l, "decision.reason.only");
    if (r.code == "excluded") {
        const ClientHistory *c = clientOf(p);
        return tr(l, "decision.reason.excluded", {other, c ? exclusionText(*c, d.formats[idx(r.other)], l) : std::string()});
    }
    if (r.code == "surplus")
        return tr(l, "decision.reason.surplus", {formatAmount(std::llround(r.value), cur, l), formatAmount(std::llround(r.otherValue), cur, l), other});
    if (r.code == "safety")
        return tr(l, "decision.reason.safety", {groupThousands(std::llround(r.value)), groupThousands(std::llround(r.otherValue)), other});
    if (r.code == "co2e")
        return tr(l, "decision.reason.co2e", {formatGroupedFixed(r.value, 1), formatGroupedFixed(r.otherValue, 1), other});
    if (r.code == "exposure")
        return tr(l, "decision.reason.exposure", {formatPercentPoints(r.value, 1), formatPercentPoints(r.otherValue, 1), other});
    if (r.code == "forecast_within")
        return tr(l, "decision.reason.forecast_within", {formatCount(std::llround(r.value)), formatCount(std::llround(r.otherValue)), formatCount(std::llround(r.extra))});
    if (r.code == "forecast_above")
        return tr(l, "decision.reason.forecast_above", {formatCount(std::llround(r.value)), formatCount(std::llround(r.otherValue))});
    if (r.code == "forecast_below")
        return tr(l, "decision.reason.forecast_below", {formatCount(std::llround(r.value)), formatCount(std::llround(r.otherValue))});
    return r.code;
}

std::string holdingText(const ProgrammeElement &e, Holding h, Lang l)
{
    const std::string online = e.online ? e.online->get(l) : std::string();
    switch (h) {
    case Holding::OnSite: return tr(l, "decision.held.onsite");
    case Holding::Elsewhere: return tr(l, "decision.held.elsewhere");
    case Holding::OnSiteOnline: return tr(l, "decision.held.onsite_online", {online});
    case Holding::OnSiteOnly: return tr(l, "decision.held.onsite_only");
    case Holding::Online: return tr(l, "decision.held.online", {online});
    case Holding::NotHeld: return tr(l, "decision.held.not_held");
    }
    return {};
}

std::string exclusionText(const ClientHistory &c, const FormatCase &f, Lang l)
{
    std::string s;
    for (std::size_t i : f.excludedBy) {
        if (!s.empty())
            s += tr(l, "text.list_separator");
        s += tr(l, "decision.exclusion.no_online_plan", {elementName(c.programme[i], l)});
    }
    return s;
}

std::string fallbackNoteText(const FallbackPlan &f, const std::string &note, Lang l)
{
    if (note == "none")
        return tr(l, "decision.fallback.none");
    if (note == "excluded")
        return tr(l, "decision.fallback.excluded");
    if (note == "same")
        return tr(l, "decision.fallback.same");
    if (note == "loses")
        return tr(l, "decision.fallback.loses", {formatName(f.planned, l)});
    return note;
}

} // namespace vb
