// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"
#include "project.h"
#include "venuefacts.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vb {

/** A venue's result on one requirement. Hard issues (must-have failed) exclude the venue; soft ones are shown. */
struct ConstraintIssue {
    enum class Kind {
        Below,       ///< actual < required
        Unknown,     ///< the fact is unknown, so the requirement cannot be verified
        Unavailable, ///< booked or closed on the event dates
        Tentative,   ///< only tentatively available
        OverBudget,  ///< venue costs above the budget ceiling
        NoRate,      ///< a cost in a currency without an exchange rate
        Programme,   ///< a fixed programme element (client section) does not fit, or its room's size is unknown (actual unset)
    };
    Requirement requirement = Requirement::PlenarySeats;
    Kind kind = Kind::Below;
    double required = 0.0;
    std::optional<double> actual;
    bool excludes = false; ///< true when the requirement is a must-have and the venue fails it
    /** Kind::Programme: the element (its id and name) and what it needs: "theatre", "classroom", "reception",
     *  "boardroom" seats or "banquet" seats (client/client.h layoutAttribute). A mandatory element excludes. */
    std::string element;
    LocalizedText elementName;
    std::string layout;
    bool operator==(const ConstraintIssue &) const = default;
};

/** One sentence in the given language, e.g. "plenary seats 1,000 < 1,500 required". */
[[nodiscard]] std::string describe(const ConstraintIssue &issue, Lang lang);


/** The value a criterion reads for a venue (costs converted to the base currency); nullopt when unknown. */
[[nodiscard]] std::optional<double> criterionValue(const Project &p, const Venue &v, const Criterion &c);


/** Every requirement issue of a venue, hard and soft, in requirement order. */
[[nodiscard]] std::vector<ConstraintIssue> checkRequirements(const Project &p, const Venue &v);

struct RankedVenue {
    std::size_t venue = 0; ///< index into Project::venues
    double score = 0.0;                      ///< the method's score (VIKOR: Q, lower is better; PROMETHEE II: φ)
    int rank = 0;
    /** Weighted-sum explanation, whatever the method: per criterion wⱼ rᵢⱼ with max_linear rᵢⱼ (sums to the WSM score). */
    std::vector<double> contributions;
    std::vector<std::string> imputedCriteria; ///< criteria whose value was unknown and replaced by the worst known
    std::vector<ConstraintIssue> warnings;    ///< soft requirement issues
};

struct ExcludedVenue {
    std::size_t venue = 0;
    std::vector<ConstraintIssue> reasons; ///< the failed must-haves (excludes == true)
};

struct RankingOptions {
    bool includeCompetitors = false; ///< competitor venues are benchmarks for bids, not candidates
    mcda::Method method = mcda::Method::WSM; ///< scores and ranks with this method (each with its default normalisation)
};

/** Ranking of a project's venues: must-have filter, unknown values replaced by the worst known value of the
 *  column, weights divided by their sum, then the chosen method (default: weighted sum, max_linear). */
struct VenueRanking {
    mcda::Method method = mcda::Method::WSM;
    std::vector<double> weights;       ///< normalised, per criterion
    /** The decision problem that was scored: one row per ranked venue (in project order, see rows), raw values
     *  after imputation. Sensitivity and SMAA run on exactly this. */
    mcda::DecisionProblem problem;
    std::vector<std::size_t> rows;     ///< venue index of each problem row
    std::vector<RankedVenue> ranked;   ///< sorted by rank, then by file order
    std::vector<ExcludedVenue> excluded;
    std::vector<std::size_t> notRanked; ///< competitors left out (RankingOptions::includeCompetitors false)
    /** Set when a score is not a finite number: the index of the criterion whose values made it so (then ranked
     *  is empty: no venue is shown with a score that is not a number). notFiniteMessage says it in words. */
    std::optional<std::size_t> notFinite;
};

/** "the scores are not finite numbers: the values of criterion X (id) are too far apart for method M; ..." (or: its
 *  weight is not a finite number). */
[[nodiscard]] std::string notFiniteMessage(const Project &p, const VenueRanking &r, Lang lang);

/** A method as a person reads it: "weighted sum (WSM)" / "加權總和法（WSM）" (methodName gives the file's code, "wsm"). */
[[nodiscard]] const char *methodTitle(mcda::Method m, Lang lang);
/** The acronym the literature uses in both languages, for a column header: "WSM", "PROMETHEE II". */
[[nodiscard]] const char *methodShortName(mcda::Method m);

/** Whether a method's score reads as points out of 100: the weighted sum, the weighted product and TOPSIS give a
 *  0–1 "higher is better" score (a share of the ideal), which people read as 84.8 points rather than 0.8480.
 *  PROMETHEE II's net flow runs from −1 to 1 and VIKOR's Q is lower-is-better: neither has an honest 0–100 reading,
 *  so they keep their published scale. */
[[nodiscard]] bool scoreOutOf100(mcda::Method m);
/** A method's score as every table, chart, page and document shows it: "84.8" (of 100, one decimal) for the methods
 *  of scoreOutOf100, else the published value with four decimals ("0.3125", "-0.1250"). Machine formats (JSON, CSV)
 *  keep the raw 0–1 value. */
[[nodiscard]] std::string scoreText(mcda::Method m, double score);
/** The factor from a method's raw score to the scale scoreText prints: 100 for the methods of scoreOutOf100, else 1.
 *  Charts draw score × scoreScale so their bars and labels agree with the tables. */
[[nodiscard]] double scoreScale(mcda::Method m);
/** scoreText of a value already on the printed scale (score × scoreScale): a chart's bar label. */
[[nodiscard]] std::string scaledScoreText(mcda::Method m, double scaled);

/** Raw values of alternatives × criteria with the unknown-value policy "worst" (docs/project-format.md §6): in each
 *  column an unknown is replaced by the worst known value (minimum for a benefit criterion, maximum for a cost one);
 *  a column with no known value is 0 everywhere, so it normalises to 1.0 for every alternative. */
struct ImputedMatrix {
    Eigen::MatrixXd X;                          ///< #rows by #criteria
    std::vector<std::vector<std::string>> imputed; ///< per row, the ids of the criteria that were unknown
};
/** @param value  the value of row i on criterion c, nullopt when unknown. */
[[nodiscard]] ImputedMatrix imputeWorst(std::size_t rows, const std::vector<Criterion> &criteria,
                                        const std::function<std::optional<double>(std::size_t row, const Criterion &c)> &value);

[[nodiscard]] VenueRanking rankVenues(const Project &p, const RankingOptions &options = {});

/** Scores r (made by rankVenues from p) again after a change of p's weights or importance ranks or of the method
 *  only: the same venues pass the must-haves with the same imputed values, so only the weights, scores, ranks,
 *  contributions and order change. The result is what rankVenues(p, {includeCompetitors, method}) returns, without
 *  reading every venue's facts and requirements again (10,000 venues: a dragged weight slider stays within a frame).
 *  The caller guarantees that nothing else changed (the GUI: ProjectController's weight scope). */
void rescoreVenues(const Project &p, VenueRanking &r, mcda::Method method);

} // namespace vb
