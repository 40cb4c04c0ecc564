// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"

#include <optional>
#include <vector>

/** One-at-a-time weight sensitivity. Changing criterion j's weight to t rescales the other weights in proportion,
 *  wₖ(t) = wₖ(1 − t)/(1 − wⱼ), so the weights keep summing to 1 (when wⱼ = 1 the others share 1 − t equally). */
namespace vb::mcda {

/** A weight at which the winner changes. */
struct WeightFlip {
    double weight = 0.0; ///< the new weight of the criterion (the interval end)
    double change = 0.0; ///< weight − current weight
    int newWinner = -1;  ///< who wins just beyond that weight
};

struct CriterionStability {
    int criterion = 0;
    double weight = 0.0;                    ///< current (normalised) weight
    double topLower = 0.0, topUpper = 1.0;  ///< the winner stays the winner for weights in [topLower, topUpper]
    double rankLower = 0.0, rankUpper = 1.0; ///< the whole ranking stays the same in [rankLower, rankUpper]
    std::optional<WeightFlip> lowerFlip;    ///< at topLower, when topLower > 0
    std::optional<WeightFlip> upperFlip;    ///< at topUpper, when topUpper < 1
};

struct StabilityResult {
    int winner = 0; ///< the current winner (the lowest index among tied winners)
    bool exact = true; ///< WSM: exact intervals; other methods: grid (step 0.01) plus bisection to 1e-6
    std::vector<CriterionStability> criteria;
    std::optional<int> smallestCriterion; ///< criterion of the smallest single-weight change that changes the winner
    std::optional<WeightFlip> smallestFlip;
};

/** The weights with criterion j set to t and the others rescaled in proportion. @param[in] w sums to 1. */
[[nodiscard]] Eigen::VectorXd rescaledWeights(const Eigen::Ref<const Eigen::VectorXd> &w, Eigen::Index j, double t);

/** Weight-stability intervals for every criterion of p, using its method and weights normalised to sum 1. */
[[nodiscard]] StabilityResult weightStability(const DecisionProblem &p);

/** Above this many alternatives a full sensitivity analysis (stability intervals of every method but WSM, and the
 *  full SMAA rank-acceptability matrix) takes too long for an interactive answer: analyse the top k instead. */
inline constexpr Eigen::Index kMaxSensitivityAlternatives = 500;

/** The k best alternatives of a problem, as a decision problem of their own. */
struct TopAlternatives {
    DecisionProblem problem; ///< the k best, best first
    std::vector<int> rows;   ///< their rows in the whole problem
};

/** The k best alternatives of p under its method and weights (ties keep the order of p), as a problem of their own
 *  with the same method, weights and bounds. Methods that normalise (WSM, WPM, TOPSIS) get the columns as normalised
 *  over all of p's alternatives (directions benefit, normalisation none), so that WSM and WPM give these
 *  alternatives exactly the scores they have in p; TOPSIS then takes its ideal and anti-ideal among the k, and VIKOR
 *  and PROMETHEE II, which compare alternatives with each other, score the k raw values among themselves. The
 *  analysis of the result says which of the k wins and when: an alternative below the k is not considered. */
[[nodiscard]] TopAlternatives topAlternatives(const DecisionProblem &p, Eigen::Index k);

} // namespace vb::mcda
