// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// T1.3 client needs: the association's profile, its rules, its past editions with their sourced facts, the fixed
// programme it keeps (traditions) and the local-culture elements offered: the section "client" of the project file
// (docs/project-format.md §client). The forecast computed from it is in forecast.h.

#include "jsonreader.h"
#include "project.h"
#include "provenance.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** The attendance categories of an edition, as the file keys them (besides "total"). */
inline constexpr std::string_view kAttendanceKeys[] = {"member", "non_member", "student", "accompanying", "exhibitor", "press", "online"};
/** The fee keys of an edition (in the edition's currency). */
inline constexpr std::string_view kFeeKeys[] = {"member_early", "member_late", "non_member_early", "non_member_late", "student", "online"};

struct RotationPattern {
    std::string pattern = "none"; ///< "continental", "fixed", "none" or "other"
    std::vector<std::string> regions; ///< region ids in rotation order, e.g. "asia_pacific", "europe", "americas"
    bool operator==(const RotationPattern &) const = default;
};

struct Association {
    LocalizedText name;
    std::string series;            ///< the congress series' short name, e.g. "APCC"
    std::optional<int> frequencyYears;
    RotationPattern rotation;
    std::optional<int> preferredMonth; ///< 1–12
    std::optional<std::string> source;
    std::optional<std::string> asOf;
    bool operator==(const Association &) const = default;
};

struct ClientRules {
    std::optional<bool> memberFeeBelowNonMember; ///< unknown = not stated
    std::optional<bool> visaFreeEntryRequired;   ///< "free entry to all delegates irrespective of country of origin"
    std::vector<LocalizedText> other;
    bool operator==(const ClientRules &) const = default;
};

/** Registrations on the books a number of days before the edition opened (cumulative). */
struct PacePoint {
    int daysBefore = 0;
    double registered = 0;
    bool operator==(const PacePoint &) const = default;
};

/** One past edition. The edition's source, as_of, estimate and basis apply to each of its facts that gives none of
 *  its own (a fact written as a plain number). Unknown stays unknown: a fact that is absent or null is not 0. */
struct Edition {
    int year = 0;
    LocalizedText city;
    std::string country; ///< ISO 3166-1 alpha-2
    std::string region;  ///< the rotation region id
    EventFormat format = EventFormat::Onsite;
    std::string currency; ///< of the fees and the sponsorship income; "" when none is given
    std::optional<std::string> source;
    std::optional<std::string> asOf;
    bool estimate = false;            ///< e.g. a fictional sample edition
    std::optional<std::string> basis;
    std::optional<std::string> note;
    Fact total;                       ///< every participant, online included
    OrderedMap<Fact> attendance;      ///< by category (kAttendanceKeys)
    OrderedMap<Fact> fees;            ///< by kFeeKeys, money in `currency`
    Fact abstractsSubmitted, abstractsAccepted;
    Fact exhibitionM2;
    Fact sponsorship;                 ///< money in `currency`
    Fact satisfaction;
    double satisfactionScale = 5;
    std::vector<PacePoint> pace;      ///< days before descending, registered non-decreasing (the reader checks)
    [[nodiscard]] const Fact *attendanceOf(std::string_view key) const { return findIn(attendance, key); }
    bool operator==(const Edition &) const = default;
};

/** A fixed element of the programme (a tradition of the association, P1.3.1) and what it needs from the venue. */
struct ProgrammeElement {
    std::string id;
    std::string kind = "other"; ///< kProgrammeKinds
    LocalizedText name;
    std::optional<int> seats;   ///< in `layout`
    std::string layout;         ///< "theatre", "classroom", "reception", "boardroom" ("" = no seats stated)
    std::optional<int> banquetSeats;
    bool noParallel = false;    ///< no parallel sessions while it runs
    bool mandatory = false;     ///< a venue that cannot hold it is excluded
    bool atVenue = true;        ///< held at the congress venue (false: elsewhere, e.g. a gala at a hotel)
    std::optional<LocalizedText> online; ///< how it is held in the hybrid and online formats
    std::optional<std::string> source;
    bool operator==(const ProgrammeElement &) const = default;
};
inline constexpr std::string_view kProgrammeKinds[] = {"opening", "general_assembly", "council", "named_lecture", "award",
                                                       "young_researcher", "gala", "farewell", "accompanying", "other"};
inline constexpr std::string_view kLayouts[] = {"theatre", "classroom", "reception", "boardroom"};
/** The venue attribute a layout's seats are checked against: theatre → plenary_seats, classroom → classroom_seats,
 *  reception → reception_capacity, boardroom → boardroom_seats, banquet → banquet_seats. */
[[nodiscard]] const char *layoutAttribute(std::string_view layout);

/** A local-culture element offered for the social programme (P1.3.1), e.g. an aboriginal dance performance. */
struct CultureElement {
    std::string id;
    LocalizedText name;
    Fact cost;     ///< money
    Fact capacity; ///< people
    std::string programme; ///< the programme element it is attached to ("" = none)
    std::optional<std::string> source; ///< where the element is described (URL)
    std::optional<LocalizedText> note;
    bool operator==(const CultureElement &) const = default;
};

/** The forecast the user chose and what the project records of it. */
struct ForecastSettings {
    std::string method = "linear"; ///< linear, loglinear, moving_average, pickup_additive, pickup_multiplicative
    int movingAverageWindow = 3;
    /** Registrations of the coming edition so far, by date (YYYY-MM-DD); days before = event start − date. */
    std::vector<std::pair<std::string, double>> currentPace;
    Fact destinationAdjustment; ///< percent on the on-site part, stated and sourced by the user; unknown = none
    /** The attendance scenarios the project uses and whether they are the forecast's (accepted) or the user's
     *  (overridden); absent = neither yet. */
    struct Scenarios {
        std::string decision; ///< "accepted" or "overridden"
        std::string method;   ///< the method they came from (accepted)
        int low = 0, likely = 0, high = 0;
        bool operator==(const Scenarios &) const = default;
    };
    std::optional<Scenarios> scenarios;
    bool operator==(const ForecastSettings &) const = default;
};

/** The "client" section. */
struct ClientHistory {
    static constexpr std::string_view kSectionKey = "client";
    Association association;
    ClientRules rules;
    std::vector<Edition> editions; ///< in file order (the forecast sorts by year)
    std::vector<ProgrammeElement> programme;
    std::vector<CultureElement> culture;
    ForecastSettings forecast;
    bool operator==(const ClientHistory &) const = default;
};

/** The client section of p, or null. */
[[nodiscard]] const ClientHistory *clientOf(const Project &p);

/** Section codec (registered in format/projectformat.cpp). */
void readClientSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeClientSection(const Project &p);
void validateClientSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);
/** The unsourced facts of the client section: each past edition's figures, the local-culture elements' cost and
 *  capacity, the forecast's destination adjustment. */
void unsourcedClient(const Project &p, std::vector<UnsourcedFact> &out);
[[nodiscard]] json::value clientJson(const ClientHistory &c);

/** "gala dinner" / "晚宴" for a kind key. */
[[nodiscard]] const char *programmeKindName(std::string_view kind, Lang l);
/** The rotation regions VenueBid names in both languages; a client may use other ids (lowercase letters, digits, _). */
inline constexpr std::string_view kRegionIds[] = {"europe", "americas", "asia_pacific", "africa", "middle_east"};
/** "Asia-Pacific" / "亞太" for a region id of kRegionIds; any other id as it is. */
[[nodiscard]] std::string regionName(std::string_view id, Lang l);
/** The region id for what a person typed: an id, or a region's name in either language (case and spaces ignored);
 *  nullopt when it is neither a known name nor an id. */
[[nodiscard]] std::optional<std::string> regionFromText(std::string_view text);
/** "banquet seats" / "宴會座位" for a layout key or "banquet". */
[[nodiscard]] const char *layoutName(std::string_view layout, Lang l);

} // namespace vb
