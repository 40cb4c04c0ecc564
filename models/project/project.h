// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "direction.h"
#include "fact.h"
#include "sectiontable.h"
#include "text.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vb {

/** Where a criterion takes its venue values from. The last five are the format-dependent sources of the
 *  options analysis (docs/analysis.md): per-format values on the criterion, the format's attendance (reach),
 *  the computed CO2e, the risk exposure over the scenarios and the site-inspection score. */
enum class ValueFrom { Attributes, Costs, ByFormat, Attendance, Co2e, Risk, Inspection };
[[nodiscard]] const char *valueFromKey(ValueFrom v); ///< "attributes", "costs", "by_format", ... (models/analysis/analysisio.cpp)
[[nodiscard]] std::optional<ValueFrom> parseValueFrom(std::string_view key);

struct Criterion {
    std::string id;
    LocalizedText name;
    Direction direction = Direction::Benefit;
    std::string unit;
    double weight = 0.0;
    std::optional<int> rank; ///< importance order, 1 = most important
    ValueFrom valueFrom = ValueFrom::Attributes;
    std::optional<LocalizedText> description;
    /** "by_format": a value per event format (index static_cast<int>(EventFormat)); used by ValueFrom::ByFormat. */
    std::optional<std::array<double, 3>> byFormat;
    bool operator==(const Criterion &) const = default;
};

enum class Availability { Available, Tentative, Unavailable, Unknown };

struct AvailabilityPeriod {
    std::string from; ///< YYYY-MM-DD
    std::string to;   ///< YYYY-MM-DD, inclusive
    Availability status = Availability::Unknown;
    std::optional<std::string> source;
    std::optional<std::string> asOf;
    bool operator==(const AvailabilityPeriod &) const = default;
};

enum class VenueRole { Candidate, Competitor };

struct Venue {
    std::string id;
    LocalizedText name;
    LocalizedText city;
    std::string country; ///< ISO 3166-1 alpha-2
    VenueRole role = VenueRole::Candidate;
    OrderedMap<Fact> attributes;
    OrderedMap<Fact> costs;
    std::vector<AvailabilityPeriod> availability;
    std::optional<LocalizedText> notes;
    [[nodiscard]] const Fact *attribute(std::string_view id) const { return findIn(attributes, id); }
    [[nodiscard]] const Fact *cost(std::string_view id) const { return findIn(costs, id); }
    bool operator==(const Venue &) const = default;
};

/** Exchange-rate snapshot: rate = base-currency units per 1 unit of currency. */
struct FxRate {
    std::string currency;
    double rate = 0.0;
    std::optional<std::string> source;
    std::optional<std::string> asOf;
    /** How far the rate may move until payment: a buffer in percent (± around the rate), or a range low … high.
     *  Costs are checked at the high end, revenue at the low end (docs/budget.md#currency). */
    std::optional<double> bufferPercent;
    std::optional<double> low;
    std::optional<double> high;
    [[nodiscard]] bool hasRange() const { return bufferPercent || low || high; }
    [[nodiscard]] double highRate() const { return high ? *high : bufferPercent ? rate * (1.0 + *bufferPercent / 100.0) : rate; }
    [[nodiscard]] double lowRate() const { return low ? *low : bufferPercent ? rate * (1.0 - *bufferPercent / 100.0) : rate; }
    bool operator==(const FxRate &) const = default;
};

/** The PCO that issues the client documents (quote, contract, bid book): their letterhead ("meta.pco"). */
struct PcoProfile {
    LocalizedText name;
    LocalizedText address;
    std::string taxId;       ///< 統一編號: 8 digits passing isValidBusinessId
    std::string phone;
    std::string email;
    std::string quotePrefix; ///< the quote number's prefix ("CS-IAC2028" → "CS-IAC2028-02"); empty: "Q" + the start date
    bool operator==(const PcoProfile &) const = default;
};

/** Whether an 8-digit 統一編號 (營利事業統一編號) passes the Ministry of Finance check-digit rule; see project.cpp. */
[[nodiscard]] bool isValidBusinessId(std::string_view id);
/** The weighted digit sum of the rule (the 7th digit 7 counted as 0): 22099131 → 30; -1 unless 8 ASCII digits. */
[[nodiscard]] int businessIdCheckSum(std::string_view id);

/** An image the documents show on their cover (meta.images): the client's or the PCO's logo, or the cover picture. */
struct ProjectImage {
    std::string path;                     ///< as in the file: relative to the project file's folder
    std::string role;                     ///< "logo" or "cover"
    std::optional<LocalizedText> caption; ///< under a cover picture (credit, place)
    std::string resolved;                 ///< path joined to the folder of the file it was read from (not saved)
    /** Equal as the file says it: where it was read from does not count. */
    bool operator==(const ProjectImage &o) const { return path == o.path && role == o.role && caption == o.caption; }
};

struct ProjectMeta {
    LocalizedText title;
    LocalizedText client;
    std::string currency = "TWD";
    std::vector<Lang> languages{Lang::ZhTW, Lang::En};
    std::optional<LocalizedText> description;
    std::vector<FxRate> fxRates;
    std::optional<PcoProfile> pco;
    std::vector<ProjectImage> images; ///< logos and the cover picture, in the file's order
    bool operator==(const ProjectMeta &) const = default;
};

/** The three ways to hold the event (T1.1 P1.1.1). */
enum class EventFormat { Onsite, Hybrid, Online };
inline constexpr EventFormat kAllFormats[] = {EventFormat::Onsite, EventFormat::Hybrid, EventFormat::Online};
[[nodiscard]] const char *formatKey(EventFormat f); ///< "onsite", "hybrid", "online"
[[nodiscard]] std::optional<EventFormat> parseFormat(std::string_view key);

/** Expected attendance of one format, split by how people attend. */
struct FormatAttendance {
    int onsite = 0;
    int online = 0;
    [[nodiscard]] int total() const { return onsite + online; }
    bool operator==(const FormatAttendance &) const = default;
};

/** Requirement keys that can be marked must-have (hard constraints). */
enum class Requirement { PlenarySeats, BreakoutRooms, ExhibitionM2, RoomNights, Dates, BudgetCeiling };
[[nodiscard]] const char *requirementKey(Requirement r);
[[nodiscard]] std::optional<Requirement> parseRequirement(std::string_view key);

struct Requirements {
    std::string startDate; ///< YYYY-MM-DD
    std::string endDate;
    int days = 1;
    int expectedAttendance = 1;
    std::optional<int> plenarySeats;
    std::optional<int> breakoutRooms;
    std::optional<double> exhibitionM2;
    std::optional<int> roomNights;
    std::optional<std::int64_t> budgetCeiling; ///< base currency, whole units
    std::vector<Requirement> mustHave;
    /** Attendance per format ("attendance_by_format"); absent in the file = everyone on site for on-site and
     *  hybrid, everyone online for online (see attendance()). Index by static_cast<int>(EventFormat). */
    std::optional<std::array<FormatAttendance, 3>> attendanceByFormat;
    [[nodiscard]] bool isMustHave(Requirement r) const;
    /** Whether the requirement has a value (the dates always do): only then can it be a must-have. */
    [[nodiscard]] bool hasValue(Requirement r) const;
    /** Attendance of a format, with the defaults above. */
    [[nodiscard]] FormatAttendance attendance(EventFormat f) const;
    bool operator==(const Requirements &) const = default;
};

/** A whole VenueBid project (file format v1, docs/project-format.md). */
struct Project {
    static constexpr int kSchemaVersion = 1;
    int schemaVersion = kSchemaVersion;
    ProjectMeta meta;
    Requirements requirements;
    std::vector<Criterion> criteria;
    std::vector<Venue> venues;
    /** The sections of the feature layers (budget, scenarios, tender …), typed; see project/sections.h. */
    SectionTable sections;
    /** Top-level sections this version does not know, kept verbatim (serialised JSON) and written back. */
    OrderedMap<std::string> unknownSections;

    [[nodiscard]] const Venue *venue(std::string_view id) const;
    [[nodiscard]] const Criterion *criterion(std::string_view id) const;
    /** Base-currency units per unit of currency; 1 for the base currency; nullopt when no rate is on file. */
    [[nodiscard]] std::optional<double> rateToBase(std::string_view currency) const;
    bool operator==(const Project &) const = default;
};

/** The letterhead of the client documents (meta.pco); nullptr when the project has none. */
[[nodiscard]] inline const PcoProfile *letterhead(const Project &p) { return p.meta.pco ? &*p.meta.pco : nullptr; }

} // namespace vb
