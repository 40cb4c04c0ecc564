// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Destination comparison for an association congress bid (docs/sources.md#bidding): the host association's criteria
// (logistical, financial, association objectives, political) against our city and competitor cities, ranked with
// the scoring engine (models/mcda/mcda.h), where we win and lose per criterion, and what it would take to win: the
// smallest change on one criterion we control that puts us first, verified by re-scoring (docs/bids.md).

#include "jsonreader.h"
#include "mcda.h"
#include "project.h"
#include "provenance.h"

#include <optional>
#include <string>
#include <vector>

namespace vb::destinations {

enum class Group { Logistical, Financial, Objectives, Political };
inline constexpr Group kAllGroups[] = {Group::Logistical, Group::Financial, Group::Objectives, Group::Political};

struct Criterion {
    std::string id;
    LocalizedText name;
    Group group = Group::Logistical;
    Direction direction = Direction::Benefit;
    double weight = 0.0;
    std::string unit;
    bool controllable = false;        ///< we can change our value (subsidy, registration fee, hotel rate, venue cost ...)
    double step = 1.0;                ///< the smallest meaningful change (suggestions are rounded to it)
    std::optional<double> limit;      ///< the furthest value we could offer (benefit: max, cost: min)
    std::optional<std::string> source;
    bool operator==(const Criterion &) const = default;
};

struct Destination {
    std::string id;
    LocalizedText name;
    std::optional<std::string> venue; ///< a venue id of the project, when there is one
    std::vector<Fact> values;         ///< #criteria
    bool operator==(const Destination &) const = default;
};

struct Comparison {
    static constexpr std::string_view kSectionKey = "destinations";
    std::string ours;                 ///< our destination's id
    mcda::Method method = mcda::Method::WSM;
    std::vector<Criterion> criteria;
    std::vector<Destination> destinations;
    std::string note;

    [[nodiscard]] std::optional<std::size_t> oursIndex() const;
    /** The engine's problem: destinations × criteria with the given weights and method. */
    [[nodiscard]] mcda::DecisionProblem problem() const;
    bool operator==(const Comparison &) const = default;
};

enum class Outcome { Win, Tie, Lose };

/** Our value against the best competitor on one criterion. */
struct CriterionOutcome {
    std::size_t criterion = 0;
    double ours = 0.0;
    std::size_t bestCompetitor = 0;   ///< destination index
    double best = 0.0;
    Outcome outcome = Outcome::Tie;
    int rank = 1;                     ///< our competition rank on this criterion alone
};

/** The smallest change of one controllable criterion that puts us first. */
struct WinChange {
    std::size_t criterion = 0;
    double from = 0.0;
    std::optional<double> threshold;  ///< the exact value where we tie for first (nullopt: no value makes us first)
    std::optional<double> suggested;  ///< threshold moved to the next step beyond it, within the limit
    double change = 0.0;              ///< suggested − from
    double relativeChange = 0.0;      ///< |change| / |from| (infinity when from = 0)
    bool exact = false;               ///< true for WSM (solved in closed form), false for bisection
    bool verified = false;            ///< re-scoring with suggested ranks us first, alone
    /** Why there is no suggestion (None when there is one). */
    enum class WhyNot { None, NoneUpToLimit, NoneAlone, BeyondLimit, NotPositive, RescoreFails } whyNot = WhyNot::None;
    double needed = 0.0;              ///< BeyondLimit and RescoreFails: the value that was tried
    double limit = 0.0;               ///< BeyondLimit: the criterion's limit
};

/** Why a change has no suggestion, in words in lang ("needs 65, beyond the limit 60"); "" when it has one. */
[[nodiscard]] std::string whyText(const WinChange &w, Lang lang);

struct Result {
    mcda::ScoreResult score;
    std::size_t ours = 0;
    std::vector<CriterionOutcome> outcomes;
    bool weWin = false;               ///< we are first alone
    std::vector<WinChange> changes;   ///< one per controllable criterion (empty when we already win)
    std::optional<std::size_t> smallest; ///< index into changes: the verified change with the smallest relative change
};

[[nodiscard]] Result compare(const Comparison &c);

/** The threshold and suggestion for criterion j (exposed for tests). */
[[nodiscard]] WinChange whatItTakes(const Comparison &c, std::size_t j);

/** Re-scores with our value on criterion j set to value; true when we are then first alone. */
[[nodiscard]] bool winsWith(const Comparison &c, std::size_t j, double value);

[[nodiscard]] const char *groupKey(Group g);   ///< "logistical", "financial", "objectives", "political"
[[nodiscard]] std::optional<Group> parseGroup(std::string_view key);
[[nodiscard]] const char *groupName(Group g, Lang l); ///< "logistical" / 交通與設施 …
[[nodiscard]] const char *outcomeKey(Outcome o); ///< "win", "tie", "lose"

// ---- project-file section "destinations" (models/bid/destinations.cpp) ----
void readDestinationsJson(JsonReader &r, const json::value &v, const std::string &path, Comparison &c);
[[nodiscard]] bool hasDestinations(const Project &p);
[[nodiscard]] Comparison destinationsOf(const Project &p);
void readDestinationsSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeDestinationsSection(const Project &p);
/** The "destinations" section as JSON. */
[[nodiscard]] json::value destinationsJson(const Comparison &c);
void validateDestinationsSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);
/** The unsourced values of the destinations (each destination's values in its criteria's order). */
void unsourcedDestinations(const Project &p, std::vector<UnsourcedFact> &out);

/** Sets our destination's value on a criterion in the stored section (a bid offer the team decides, e.g. the
 *  subsidy or the registration fee): an estimate with `basis` and `asOf`, replacing the previous fact. Returns
 *  the errors with their JSON paths and leaves p unchanged when there are any. */
[[nodiscard]] std::vector<Diagnostic> setOurValue(Project &p, std::string_view criterionId, double value, const std::string &basis,
                                                  const std::string &asOf);

} // namespace vb::destinations
