// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// T1.1 options analysis: format packages, risk scenarios and contingency plan, CO2e and site inspections: the
// four sections "formats", "scenarios", "sustainability" and "inspections" of the project file. Conventions and
// sources are in docs/analysis.md.

#include "jsonreader.h"
#include "mcda.h"
#include "project.h"
#include "projectedit.h"
#include "provenance.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vb {

// ---- "formats": what the hybrid and online formats add to the venue -----------------------------------------

/** Package costs per format (streaming crew and platform for hybrid, platform only for online). */
struct FormatPackages {
    static constexpr std::string_view kSectionKey = "formats";
    std::string addsTo; ///< cost criterion the package costs add to; "" = the first value_from "costs" criterion
    std::array<OrderedMap<Fact>, 3> costs; ///< money facts per format (index static_cast<int>(EventFormat))
    std::optional<LocalizedText> note;
    bool operator==(const FormatPackages &) const = default;
};

// ---- "scenarios": risk scenarios and the contingency plan (P1.1.3, docs/sources.md#risk) --------------------

struct Contingency {
    EventFormat fallbackFormat = EventFormat::Online;
    std::string fallbackVenue;   ///< venue id for on-site/hybrid fallbacks; "" = the same venue
    std::string triggerDate;     ///< YYYY-MM-DD: decide by this date; must be before the event start
    /** What is watched and what sets the fallback off (e.g. "a sea typhoon warning for northern Taiwan"); the
     *  format decision (venues/formatdecision.h) shows it beside the decision date. */
    std::optional<LocalizedText> trigger;
    std::optional<LocalizedText> action;
    bool operator==(const Contingency &) const = default;
};

struct Scenario {
    std::string id;
    LocalizedText name;
    std::string hazard;          ///< "natural", "human" or "technological"
    double probability = 0.0;    ///< of happening around the event, 0–1; scenarios are treated as mutually exclusive
    int likelihood = 1;          ///< 1–5 (risk matrix)
    int impact = 1;              ///< 1–5
    double onsiteChange = 0.0;   ///< relative change of on-site attendance, −0.6 = −60 %
    double onlineChange = 0.0;   ///< relative change of online attendance
    bool venueClosed = false;    ///< the venue cannot be used: on-site and the hybrid stream are lost
    double shiftToOnline = 0.0;  ///< share of the lost on-site attendees who join online where the format allows it (hybrid)
    std::optional<std::string> source;
    std::optional<std::string> note;
    std::optional<Contingency> contingency;
    [[nodiscard]] int riskScore() const { return likelihood * impact; }
    bool operator==(const Scenario &) const = default;
};

// ---- "sustainability": CO2e inputs (T1.6, docs/sources.md#co2e) ----------------------------------------------

enum class DistanceBand { Local, Domestic, ShortHaul, LongHaul };
[[nodiscard]] const char *bandKey(DistanceBand b); ///< "local", "domestic", "short_haul", "long_haul"
[[nodiscard]] std::optional<DistanceBand> parseBand(std::string_view key);

struct Origin {
    LocalizedText label;
    DistanceBand band = DistanceBand::LongHaul;
    double distanceKm = 0.0; ///< one way, great circle
    double share = 0.0;      ///< of on-site attendees, 0–1
    bool operator==(const Origin &) const = default;
};

struct Sustainability {
    static constexpr std::string_view kSectionKey = "sustainability";
    std::array<Fact, 3> flightFactors; ///< kg CO2e per passenger-km: domestic, short_haul, long_haul
    Fact distanceUplift;               ///< multiplier on great-circle distance (DESNZ ~1.08); unknown = 1
    Fact groundFactor;                 ///< kg CO2e per passenger-km for the "local" band (ground transport)
    Fact hotelFactor;                  ///< kg CO2e per room-night
    Fact virtualFactor;                ///< kg CO2e per online participant for the whole event
    std::vector<Origin> origins;
    bool operator==(const Sustainability &) const = default;
};

// ---- "inspections": site inspection checklists (P1.1.2) -----------------------------------------------------

struct InspectionItem {
    std::string item;           ///< checklist key, e.g. "av_network"
    std::optional<double> score; ///< 1–5; null = not checked
    double weight = 1.0;
    std::string note;
    bool operator==(const InspectionItem &) const = default;
};

struct Inspection {
    std::string venue;
    std::string inspector;
    std::string date; ///< YYYY-MM-DD
    std::vector<InspectionItem> items;
    std::optional<LocalizedText> summary;
    /** Weighted mean of the known scores; nullopt when nothing was scored. */
    [[nodiscard]] std::optional<double> score() const;
    bool operator==(const Inspection &) const = default;
};

/** The latest inspection of a venue (by date), or null. */
[[nodiscard]] const Inspection *latestInspection(const std::vector<Inspection> &inspections, std::string_view venueId);

/** The standard checklist keys, in display order. */
[[nodiscard]] const std::vector<std::string> &standardChecklist();
[[nodiscard]] std::string checklistName(std::string_view key, Lang l);

/** The "scenarios" section as the project keeps it. */
struct Scenarios {
    static constexpr std::string_view kSectionKey = "scenarios";
    std::vector<Scenario> items;
    bool operator==(const Scenarios &) const = default;
};

/** The "inspections" section as the project keeps it. */
struct Inspections {
    static constexpr std::string_view kSectionKey = "inspections";
    std::vector<Inspection> items;
    bool operator==(const Inspections &) const = default;
};

/** All four sections of a project together. */
struct AnalysisData {
    std::optional<FormatPackages> formats;
    std::vector<Scenario> scenarios;
    std::optional<Sustainability> sustainability;
    std::vector<Inspection> inspections;
    [[nodiscard]] const Inspection *latestInspection(std::string_view venueId) const;
};

[[nodiscard]] AnalysisData analysisOf(const Project &p);

/** Section codecs (registered in format/projectformat.cpp). */
void readFormatsSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
void readScenariosSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
void readSustainabilitySection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
void readInspectionsSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeFormatsSection(const Project &p);
[[nodiscard]] json::value writeScenariosSection(const Project &p);
[[nodiscard]] json::value writeSustainabilitySection(const Project &p);
[[nodiscard]] json::value writeInspectionsSection(const Project &p);
/** The unsourced facts of "formats" (package costs per format) and "sustainability" (the CO2e factors). */
void unsourcedFormats(const Project &p, std::vector<UnsourcedFact> &out);
void unsourcedSustainability(const Project &p, std::vector<UnsourcedFact> &out);

/** What the scenarios page changes in one scenario (unset fields stay as they are). */
struct ScenarioEdit {
    std::optional<double> probability;     ///< 0–1
    std::optional<int> likelihood, impact; ///< 1–5
    std::optional<double> onsiteChange, onlineChange; ///< −1 … (−0.6 = −60 %)
    std::optional<EventFormat> fallbackFormat;
    std::optional<std::string> triggerDate; ///< YYYY-MM-DD
};
/** Applies e to scenario `index` of the "scenarios" section, keeping every other field (a
 *  contingency is created when a fallback or date is set on a scenario without one). Returns the errors (JSON paths
 *  and sentences in l, the checks of addScenario; e.g. a probability sum above 1 or a decision date after the
 *  start) and leaves p unchanged when there are any. */
[[nodiscard]] std::vector<Diagnostic> editScenario(Project &p, std::size_t index, const ScenarioEdit &e, Lang l = Lang::En);

/** Appends a risk scenario (name, hazard, probability, likelihood, impact, effects; source and note optional) with
 *  an id made from its name (vb::idFromName; "scenario" when the name has no Latin letter or digit; s.id is
 *  ignored). A project without the section gets one. The checks are the file's, in words in language l with the
 *  JSON pointer of the field: a name (the file keeps it in both languages; one missing is refused as the reader
 *  refuses it), hazard natural/human/technological, likelihood and impact 1–5,
 *  probability 0–1 and the probabilities' sum at most 1, attendance changes ≥ −1, shift to online 0–1; then the
 *  section is written and read back and the project's rules run. On an error p is unchanged; *newId (when given)
 *  receives the id. */
[[nodiscard]] std::vector<Diagnostic> addScenario(Project &p, Scenario s, Lang l, std::string *newId = nullptr);
/** Deletes scenario `index` (the section stays, empty, when it was the last one). */
[[nodiscard]] std::vector<Diagnostic> removeScenario(Project &p, std::size_t index, Lang l);
/** Moves scenario `index` delta places in the list (clamped to the ends; none and no change at the first or last). */
[[nodiscard]] std::vector<Diagnostic> moveScenario(Project &p, std::size_t index, int delta, Lang l);

/** The CO2e factors the project keeps as sourced facts, by key: "domestic", "short_haul", "long_haul" (flight
 *  factors), "distance_uplift", "ground_factor", "hotel_factor", "virtual_factor". */
[[nodiscard]] const std::vector<std::string> &co2eFactorKeys();
/** The factor of that key (an unknown Fact when the key is not one of co2eFactorKeys()). */
[[nodiscard]] Fact co2eFactor(const Sustainability &s, std::string_view key);
/** Sets one CO2e factor in the "sustainability" section: value (nullopt = unknown), source URL and as-of
 *  date; the note and any other field stay. A given source must be a URL and a given date a date (checkProvenance);
 *  a known value without them is stored unsourced (Fact::missing). A refusal
 *  names "as_of", "source" or "" and says why in l; p is then unchanged. */
[[nodiscard]] EditRefusal editCo2eFactor(Project &p, std::string_view key, std::optional<double> value, const std::string &source,
                                         const std::string &asOf, Lang l);

/** The "inspections" section as JSON. */
[[nodiscard]] json::value inspectionsJson(const std::vector<Inspection> &inspections);
void setInspections(Project &p, const std::vector<Inspection> &inspections);
/** Replaces the inspection of the same venue and date, or adds it (kept in date order per venue). */
void upsertInspection(std::vector<Inspection> &inspections, Inspection in);
void validateAnalysisSections(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);

// ---- CO2e ------------------------------------------------------------------------------------------------------

struct Co2eResult {
    EventFormat format = EventFormat::Onsite;
    int onsite = 0, online = 0;
    double roomNights = 0.0;
    double flightsKg = 0.0;            ///< always known when the flight factors are
    std::optional<double> groundKg;    ///< local band
    std::optional<double> hotelKg;
    std::optional<double> virtualKg;
    double knownKg = 0.0;              ///< sum of the known parts
    std::vector<std::string> missing;  ///< parts left out: "flights_<band>", "ground", "hotel", "virtual", "room_nights"
    [[nodiscard]] bool partial() const { return !missing.empty(); }
};

[[nodiscard]] Co2eResult computeCo2e(const Project &p, const Sustainability &s, EventFormat f);
/** One sentence per missing part, e.g. "hotel nights: no hotel factor for Taiwan on file". */
[[nodiscard]] std::string describeMissing(const std::string &part, Lang l);

// ---- Scenarios ---------------------------------------------------------------------------------------------------

struct FormatOutcome {
    double onsite = 0.0, online = 0.0;
    [[nodiscard]] double total() const { return onsite + online; }
};

/** Attendance of a format when scenario s happens. */
[[nodiscard]] FormatOutcome outcome(const Project &p, EventFormat f, const Scenario *s);

struct FormatExpectation {
    EventFormat format = EventFormat::Onsite;
    double baseline = 0.0;            ///< attendance when no scenario happens
    double expected = 0.0;            ///< Σ pₛ·attendanceₛ + (1 − Σ pₛ)·baseline
    double exposurePct = 0.0;         ///< (baseline − expected) / baseline × 100: the risk-exposure criterion
    std::vector<double> perScenario;  ///< attendance in each scenario
    int worstScenario = -1;           ///< index of the scenario with the lowest attendance
};

struct ScenarioAssessment {
    int riskScore = 0;        ///< likelihood × impact, 1–25
    std::string level;        ///< "accept" (< 6), "monitor" (6–12), "action" (> 12)
    EventFormat bestFormat = EventFormat::Online; ///< the format keeping most attendance in this scenario
    bool fallbackOk = true;   ///< the planned fallback keeps at least as many attendees as the planned format
    bool triggerBeforeStart = true;
    int daysBeforeStart = 0;  ///< event start − trigger date
};

struct ScenarioAnalysis {
    double probabilitySum = 0.0;
    std::array<FormatExpectation, 3> formats;
    std::vector<ScenarioAssessment> scenarios;
};

/** The attendance of format f without and with each of the scenarios (mutually exclusive), and the exposure. */
[[nodiscard]] FormatExpectation expectedAttendance(const Project &p, const std::vector<Scenario> &scenarios, EventFormat f);
/** plannedFormat is the recommended (or chosen) format the fallbacks are compared with. */
[[nodiscard]] ScenarioAnalysis analyseScenarios(const Project &p, const AnalysisData &a, EventFormat plannedFormat);
[[nodiscard]] const char *riskLevelName(const std::string &level, Lang l);
/** Days from a to b (YYYY-MM-DD), b − a. */
[[nodiscard]] int daysBetween(const std::string &a, const std::string &b);

/** criterionValue() for the computed sources (value_from by_format, attendance, co2e, risk, inspection), for a
 *  venue held on site; the recorded value for the others (venues/venueranking.cpp calls it). */
[[nodiscard]] std::optional<double> computedVenueValue(const Project &p, const Venue &v, const Criterion &c);
[[nodiscard]] const char *formatName(EventFormat f, Lang l); ///< "on-site"/"實體", "hybrid"/"混合", "online"/"線上"

/** Rounds half away from zero to `decimals` places: what venuebid-cli prints and the GUI shows. */
[[nodiscard]] double roundTo(double x, int decimals);

/** The cost criterion the format packages add to ("formats".adds_to, else the first value_from "costs"
 *  criterion); null without a "formats" section. */
[[nodiscard]] const Criterion *packageCriterion(const Project &p, const AnalysisData &a);

} // namespace vb
