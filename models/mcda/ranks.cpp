// SPDX-License-Identifier: GPL-3.0-or-later
// O(n) ordering for the hot paths (re-ranking on every slider move, SMAA samples): mcda/kernels_impl.h.
#include "mcda.h"
#include "kernels.h"

#include <array>
#include <cmath>
#include <cstring>

namespace vb::mcda {

void sortByScore(const double *s, int n, bool higherIsBetter, std::vector<int> &order, std::vector<std::uint64_t> &scratch)
{
    order.resize(static_cast<std::size_t>(n));
    scratch.resize(static_cast<std::size_t>((kernels::orderScratch(n) + 1) / 2));
    kernels::table().sortByScore(s, n, higherIsBetter, order.data(), reinterpret_cast<std::uint32_t *>(scratch.data()));
}

std::vector<int> fastCompetitionRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, bool higherIsBetter)
{
    const auto n = static_cast<int>(scores.size());
    std::vector<int> ranks(static_cast<std::size_t>(n), 1);
    if (n == 0)
        return ranks;
    const double *s = scores.data(); // a Ref to a vector is contiguous (inner stride 1)
    // Kept per thread: a fresh buffer of this size is a fresh mapping, and its page faults cost more than the sort.
    thread_local std::vector<int> order;
    thread_local std::vector<std::uint64_t> scratch;
    sortByScore(s, n, higherIsBetter, order, scratch);
    // Same tie rule as competitionRanks(): within 1e-9 of the range of the head of the tie group.
    const double range = scores.maxCoeff() - scores.minCoeff();
    const double tol = 1e-9 * (range > 0 ? range : 1.0);
    double groupScore = s[order[0]];
    int groupRank = 1;
    for (int k = 0; k < n; ++k) {
        const double v = s[order[static_cast<std::size_t>(k)]];
        if (std::abs(v - groupScore) > tol) {
            groupScore = v;
            groupRank = k + 1;
        }
        ranks[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] = groupRank;
    }
    return ranks;
}

} // namespace vb::mcda
