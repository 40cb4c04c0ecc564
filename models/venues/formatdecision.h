// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The format decision with its fallback plan (T1.3 P1.3.3): one place that brings together the options across
// formats (optionsanalysis.h), how each format holds the client's fixed programme (client.h), the attendance
// forecast (forecast.h), the budget's surplus and break-even per format (budgetcalc.h), the expected surplus over
// the risk scenarios (scenariofinance.h), CO2e and attendance at risk (analysis.h); it states the recommended format
// with the reasons that decide it and, for each risk scenario, the fallback format, its trigger and decision date and
// the cost of switching. Conventions: docs/analysis.md#format-decision.

#include "analysis.h"
#include "budget.h"
#include "client.h"
#include "forecast.h"
#include "optionsanalysis.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vb {

/** How a fixed programme element is held in one format. */
enum class Holding {
    OnSite,         ///< at the congress venue (on-site format)
    Elsewhere,      ///< at its own venue (at_venue false; e.g. a gala at a hotel), in the on-site and hybrid formats
    OnSiteOnline,   ///< on site, and remote attendees follow it as its online plan says (hybrid)
    OnSiteOnly,     ///< on site; it has no online plan, so remote attendees do not take part (hybrid)
    Online,         ///< held online as its online plan says (online format)
    NotHeld,        ///< it has no online plan, so the online format cannot hold it
};
[[nodiscard]] const char *holdingKey(Holding h); ///< "onsite", "elsewhere", "onsite_online", "onsite_only", "online", "not_held"

struct ElementHolding {
    std::size_t element = 0; ///< index into ClientHistory::programme
    Holding holding = Holding::OnSite;
};

/** One format as the decision sees it. Every figure is the one the budget, scenarios, co2e and options commands
 *  print for that format. */
struct FormatCase {
    EventFormat format = EventFormat::Onsite;
    std::vector<ElementHolding> programme;      ///< every fixed element, in programme order
    std::vector<std::size_t> excludedBy;        ///< mandatory elements it cannot hold (indices into the programme)
    [[nodiscard]] bool excluded() const { return !excludedBy.empty(); }
    std::optional<std::size_t> bestOption;      ///< index into OptionsAnalysis::ranked of its best option; none = no option
    FormatAttendance planned;                   ///< Requirements::attendance(format): what the budget counts
    /** The planned total against the forecast's proposed low–high: "within", "above", "below"; "" without a forecast. */
    std::string forecastFit;
    double expectedAttendance = 0;              ///< over the risk scenarios
    double exposurePct = 0;                     ///< (baseline − expected) / baseline × 100
    // budget (unknown without one)
    std::optional<Money> surplus;               ///< likely budget: revenue − cost as the budget compares them
    std::optional<Money> cost;                  ///< likely budget: the cost the surplus compares
    std::optional<double> expectedSurplus;      ///< over the risk scenarios
    std::optional<std::int64_t> breakEvenAttendees;
    std::optional<std::int64_t> marginOfSafety; ///< planned − break-even attendees
    // CO2e (unknown without a sustainability section)
    std::optional<double> co2eKg;
    bool co2ePartial = false;
    std::vector<std::string> co2eMissing;       ///< the parts left out (Co2eResult::missing; describeMissing() says them)
};

/** A reason for or against the recommended format, against the best other format that is not excluded. */
struct DecisionReason {
    std::string code; ///< "rank", "only", "excluded", "surplus", "safety", "co2e", "exposure", "forecast_within", "forecast_above", "forecast_below"
    bool favours = true;               ///< true: for the recommended format; false: a trade-off against it
    EventFormat other = EventFormat::Onsite; ///< the format compared with (excluded: the excluded one)
    double value = 0, otherValue = 0;  ///< the two figures compared (forecast_*: planned, low or high)
    double extra = 0;                  ///< forecast_within: the high end
};

/** The fallback of one risk scenario. */
struct FallbackPlan {
    std::size_t scenario = 0;         ///< index into AnalysisData::scenarios
    EventFormat planned = EventFormat::Onsite;
    std::optional<EventFormat> fallback; ///< none: the scenario has no contingency
    std::string decideBy;             ///< YYYY-MM-DD (the contingency's trigger_date)
    int daysBeforeStart = 0;
    std::optional<LocalizedText> trigger, action;
    double attendanceStay = 0, attendanceSwitch = 0; ///< in the scenario, staying with the planned format or switching
    /** The fallback format's likely budget cost − the planned format's (as the budget compares them): the budget of
     *  the other format. Unknown without a budget. */
    std::optional<Money> switchCost;
    std::optional<Money> surplusStay, surplusSwitch; ///< in the scenario
    /** What to look at: "none" (no contingency), "excluded" (the fallback cannot hold a mandatory element), "same"
     *  (the fallback is the planned format), "loses" (it keeps fewer attendees than staying). */
    std::vector<std::string> notes;
};

struct FormatDecision {
    OptionsAnalysis options;                 ///< the options across formats it starts from
    std::array<FormatCase, 3> formats;       ///< index = int(EventFormat)
    std::optional<EventFormat> recommended;  ///< the format of the best-ranked option that is not excluded; none when all are
    std::optional<EventFormat> runnerUp;     ///< the best other format that is not excluded
    std::vector<DecisionReason> reasons;     ///< in favour first, then against
    std::optional<ForecastReport> forecast;  ///< none without a client section
    bool hasBudget = false;
    std::vector<FallbackPlan> fallbacks;     ///< one per risk scenario, in file order
    std::string sentence[2];                 ///< index static_cast<int>(Lang): the recommendation and its reasons
    [[nodiscard]] const std::string &text(Lang l) const { return sentence[static_cast<int>(l)]; }
};

/** The decision for project p; method scores the options (as venuebid-cli options --method). Never throws on a
 *  valid project; a project without venues, client, budget or sustainability section leaves those parts unknown. */
[[nodiscard]] FormatDecision decideFormat(const Project &p, mcda::Method method = mcda::Method::WSM);

/** A reason in words, e.g. "expected surplus over the risk scenarios TWD 1,200,000 against TWD 800,000 for on-site". */
[[nodiscard]] std::string reasonText(const Project &p, const FormatDecision &d, const DecisionReason &r, Lang l);
/** How an element is held in words, e.g. "on site; online: streamed live". */
[[nodiscard]] std::string holdingText(const ProgrammeElement &e, Holding h, Lang l);
/** Why a format is excluded in words ("the mandatory gala dinner has no online plan"), one per element, joined. */
[[nodiscard]] std::string exclusionText(const ClientHistory &c, const FormatCase &f, Lang l);
/** A fallback note in words. */
[[nodiscard]] std::string fallbackNoteText(const FallbackPlan &f, const std::string &note, Lang l);

} // namespace vb
