// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "venueranking.h"

#include <vector>

namespace vb {

/** Where the scoring methods agree and disagree on the same venues, weights and must-have filter. */
struct MethodComparison {
    std::vector<mcda::Method> methods;     ///< the methods compared, in column order
    std::vector<std::size_t> venues;       ///< ranked venue indices (project order)
    std::vector<std::vector<int>> ranks;   ///< #venues by #methods: each method's rank of the venue
    std::vector<std::vector<double>> tau;  ///< #methods by #methods Kendall τ-b between the rankings
    std::vector<bool> unanimous;           ///< per venue: every method gives it the same rank
    std::vector<std::size_t> winners;      ///< per method: venue index ranked first (lowest project index on ties)
    [[nodiscard]] bool sameWinner() const;
};

/** Ranks the project's venues with every method in `methods` (default WSM, TOPSIS, VIKOR, PROMETHEE II).
 *  withTau false leaves tau at 1 (for callers that do not show it). */
[[nodiscard]] MethodComparison compareMethods(const Project &p, bool includeCompetitors = false,
                                              std::vector<mcda::Method> methods = {mcda::Method::WSM, mcda::Method::TOPSIS,
                                                                                   mcda::Method::VIKOR, mcda::Method::PROMETHEE2},
                                              bool withTau = true);

/** Kendall's τ-b of two rank vectors (ties allowed), in O(n log n) (Knight's merge-sort count); 1 when fewer than
 *  two items or no pair is comparable. */
[[nodiscard]] double kendallTauB(const std::vector<int> &a, const std::vector<int> &b);

} // namespace vb
