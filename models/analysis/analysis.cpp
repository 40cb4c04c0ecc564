// SPDX-License-Identifier: GPL-3.0-or-later
// Options across formats, risk scenarios, CO2e. Conventions: docs/analysis.md.
#include "analysis.h"
#include "messages.h"

#include "venuefacts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vb {

namespace {

long daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

long dayNumber(const std::string &date)
{
    if (!isDate(date))
        return 0;
    return daysFromCivil(std::stoi(date.substr(0, 4)), static_cast<unsigned>(std::stoi(date.substr(5, 2))),
                         static_cast<unsigned>(std::stoi(date.substr(8, 2))));
}


} // namespace

const Criterion *packageCriterion(const Project &p, const AnalysisData &a)
{
    if (!a.formats)
        return nullptr;
    if (!a.formats->addsTo.empty())
        return p.criterion(a.formats->addsTo);
    for (const auto &c : p.criteria)
        if (c.valueFrom == ValueFrom::Costs)
            return &c;
    return nullptr;
}

double roundTo(double x, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(x * f) / f;
}

int daysBetween(const std::string &a, const std::string &b)
{
    return static_cast<int>(dayNumber(b) - dayNumber(a));
}

const char *formatName(EventFormat f, Lang l)
{
    switch (f) {
    case EventFormat::Onsite: return tr(l, "analysis.on_site");
    case EventFormat::Hybrid: return tr(l, "analysis.hybrid");
    case EventFormat::Online: return tr(l, "analysis.online");
    }
    return "";
}

// ---- CO2e ----

Co2eResult computeCo2e(const Project &p, const Sustainability &s, EventFormat f)
{
    Co2eResult r;
    r.format = f;
    const auto att = p.requirements.attendance(f);
    r.onsite = att.onsite;
    r.online = att.online;
    const double uplift = s.distanceUplift.value.value_or(1.0);
    auto addMissing = [&](std::string part) {
        if (std::find(r.missing.begin(), r.missing.end(), part) == r.missing.end())
            r.missing.push_back(std::move(part));
    };
    for (const auto &o : s.origins) {
        const double pkm = r.onsite * o.share * o.distanceKm * 2.0; // both legs
        if (pkm <= 0)
            continue;
        if (o.band == DistanceBand::Local) {
            if (s.groundFactor.value)
                r.groundKg = r.groundKg.value_or(0.0) + pkm * *s.groundFactor.value;
            else
                addMissing("ground");
            continue;
        }
        const Fact &factor = s.flightFactors[static_cast<std::size_t>(o.band) - 1];
        if (factor.value)
            r.flightsKg += pkm * uplift * *factor.value;
        else
            addMissing(std::string("flights_") + bandKey(o.band));
    }
    if (r.onsite > 0) {
        if (!p.requirements.roomNights) {
            addMissing("room_nights");
        } else {
            const int base = p.requirements.attendance(EventFormat::Onsite).onsite;
            r.roomNights = base > 0 ? *p.requirements.roomNights * static_cast<double>(r.onsite) / base : 0.0;
            if (r.roomNights > 0) {
                if (s.hotelFactor.value)
                    r.hotelKg = r.roomNights * *s.hotelFactor.value;
                else
                    addMissing("hotel");
            }
        }
    }
    if (r.online > 0) {
        if (s.virtualFactor.value)
            r.virtualKg = r.online * *s.virtualFactor.value;
        else
            addMissing("virtual");
    }
    r.knownKg = r.flightsKg + r.groundKg.value_or(0.0) + r.hotelKg.value_or(0.0) + r.virtualKg.value_or(0.0);
    return r;
}

std::string describeMissing(const std::string &part, Lang l)
{
    if (part == "ground")
        return tr(l, "analysis.ground_transport_no_ground_transport");
    if (part == "hotel")
        return tr(l, "analysis.hotel_nights_no_hotel_factor_on_file");
    if (part == "virtual")
        return tr(l, "analysis.online_participation_no_sourced_ict");
    if (part == "room_nights")
        return tr(l, "analysis.hotel_nights_the_requirements_give_no");
    if (part.starts_with("flights_"))
        return tr(l, "analysis.flights_no_factor", {part.substr(8)});
    return part;
}

// ---- Scenarios ----

FormatOutcome outcome(const Project &p, EventFormat f, const Scenario *s)
{
    const auto att = p.requirements.attendance(f);
    FormatOutcome o{static_cast<double>(att.onsite), static_cast<double>(att.online)};
    if (!s)
        return o;
    if (s->venueClosed && f != EventFormat::Online)
        return {0.0, 0.0}; // no venue: no on-site programme and no stream from it
    const double lost = o.onsite * std::max(0.0, -s->onsiteChange);
    o.onsite = std::max(0.0, o.onsite * (1.0 + s->onsiteChange));
    o.online = std::max(0.0, o.online * (1.0 + s->onlineChange));
    if (f == EventFormat::Hybrid)
        o.online += lost * s->shiftToOnline * std::max(0.0, 1.0 + s->onlineChange);
    return o;
}

const char *riskLevelName(const std::string &level, Lang l)
{
    if (level == "action")
        return tr(l, "analysis.action_plan");
    if (level == "monitor")
        return tr(l, "analysis.monitor");
    return tr(l, "analysis.accept");
}

FormatExpectation expectedAttendance(const Project &p, const std::vector<Scenario> &scenarios, EventFormat f)
{
    double probabilitySum = 0;
    for (const auto &s : scenarios)
        probabilitySum += s.probability;
    FormatExpectation fe;
    fe.format = f;
    fe.baseline = outcome(p, f, nullptr).total();
    fe.expected = std::max(0.0, 1.0 - probabilitySum) * fe.baseline;
    double worst = INFINITY;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const double t = outcome(p, f, &scenarios[i]).total();
        fe.perScenario.push_back(t);
        fe.expected += scenarios[i].probability * t;
        if (t < worst) {
            worst = t;
            fe.worstScenario = static_cast<int>(i);
        }
    }
    fe.exposurePct = fe.baseline > 0 ? (fe.baseline - fe.expected) / fe.baseline * 100.0 : 0.0;
    return fe;
}

ScenarioAnalysis analyseScenarios(const Project &p, const AnalysisData &a, EventFormat planned)
{
    ScenarioAnalysis sa;
    for (const auto &s : a.scenarios)
        sa.probabilitySum += s.probability;
    for (auto f : kAllFormats)
        sa.formats[static_cast<std::size_t>(f)] = expectedAttendance(p, a.scenarios, f);
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const auto &s = a.scenarios[i];
        ScenarioAssessment as;
        as.riskScore = s.riskScore();
        as.level = as.riskScore > 12 ? "action" : as.riskScore < 6 ? "accept" : "monitor";
        double best = -1;
        for (auto f : kAllFormats) {
            const double t = sa.formats[static_cast<std::size_t>(f)].perScenario[i];
            if (t > best + 1e-9 || (std::abs(t - best) <= 1e-9 && f == planned)) {
                best = t;
                as.bestFormat = f;
            }
        }
        if (s.contingency) {
            const double fb = sa.formats[static_cast<std::size_t>(s.contingency->fallbackFormat)].perScenario[i];
            as.fallbackOk = fb + 1e-9 >= sa.formats[static_cast<std::size_t>(planned)].perScenario[i];
            as.triggerBeforeStart = s.contingency->triggerDate < p.requirements.startDate;
            as.daysBeforeStart = daysBetween(s.contingency->triggerDate, p.requirements.startDate);
        }
        sa.scenarios.push_back(as);
    }
    return sa;
}

std::optional<double> computedVenueValue(const Project &p, const Venue &v, const Criterion &c)
{
    // A venue in the venue ranking is held on site. The sections are read where they are kept: nothing is parsed.
    switch (c.valueFrom) {
    case ValueFrom::Attributes:
    case ValueFrom::Costs:
        return recordedValue(p, v, c);
    case ValueFrom::ByFormat:
        return c.byFormat ? std::optional<double>((*c.byFormat)[static_cast<std::size_t>(EventFormat::Onsite)]) : std::nullopt;
    case ValueFrom::Attendance:
        return p.requirements.attendance(EventFormat::Onsite).total();
    case ValueFrom::Co2e: {
        const auto *s = p.sections.get<Sustainability>();
        if (!s)
            return std::nullopt;
        return computeCo2e(p, *s, EventFormat::Onsite).knownKg;
    }
    case ValueFrom::Risk: {
        static const std::vector<Scenario> none;
        const auto *s = p.sections.get<Scenarios>();
        return expectedAttendance(p, s ? s->items : none, EventFormat::Onsite).exposurePct;
    }
    case ValueFrom::Inspection: {
        const auto *inspections = p.sections.get<Inspections>();
        const Inspection *latest = inspections ? latestInspection(inspections->items, v.id) : nullptr;
        return latest ? latest->score() : std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace vb
