// SPDX-License-Identifier: GPL-3.0-or-later
// O(n) ordering for the hot paths (re-ranking on every slider move, SMAA samples): a radix sort on the top 32 bits
// of an order-preserving integer image of each double, then an insertion pass on the exact values.
#include "mcda.h"

#include <array>
#include <cmath>
#include <cstring>

namespace vb::mcda {

namespace {

/** Monotone map double → uint64 (a < b ⇒ key(a) ≤ key(b)); −0.0 and 0.0 stay adjacent. */
inline std::uint64_t orderedKey(double x)
{
    std::uint64_t u = 0;
    std::memcpy(&u, &x, sizeof u);
    return (u >> 63) ? ~u : (u | 0x8000000000000000ULL);
}

} // namespace

void sortByScore(const double *s, int n, bool higherIsBetter, std::vector<int> &order, std::vector<std::uint64_t> &scratch)
{
    order.resize(static_cast<std::size_t>(n));
    scratch.resize(2 * static_cast<std::size_t>(n));
    std::uint64_t *a = scratch.data(), *b = scratch.data() + n;
    std::array<std::array<std::uint32_t, 256>, 4> hist{};
    for (int i = 0; i < n; ++i) {
        std::uint64_t k = orderedKey(s[i]);
        if (higherIsBetter)
            k = ~k;
        const std::uint64_t packed = (k & 0xFFFFFFFF00000000ULL) | static_cast<std::uint32_t>(i);
        a[i] = packed;
        for (int d = 0; d < 4; ++d)
            ++hist[static_cast<std::size_t>(d)][(packed >> (32 + 8 * d)) & 0xFF];
    }
    for (int d = 0; d < 4; ++d) {
        auto &h = hist[static_cast<std::size_t>(d)];
        const int shift = 32 + 8 * d;
        if (n == 0 || h[(a[0] >> shift) & 0xFF] == static_cast<std::uint32_t>(n))
            continue; // every key has the same digit here
        std::uint32_t sum = 0;
        for (auto &c : h) {
            const std::uint32_t t = c;
            c = sum;
            sum += t;
        }
        for (int i = 0; i < n; ++i)
            b[h[(a[i] >> shift) & 0xFF]++] = a[i];
        std::swap(a, b);
    }
    for (int i = 0; i < n; ++i)
        order[static_cast<std::size_t>(i)] = static_cast<int>(a[i] & 0xFFFFFFFFu);
    // Keys equal in their top 32 bits are in index order; an insertion pass orders them by the exact value.
    const auto before = [&](int x, int y) { return higherIsBetter ? s[x] > s[y] || (s[x] == s[y] && x < y) : s[x] < s[y] || (s[x] == s[y] && x < y); };
    for (int i = 1; i < n; ++i) {
        const int v = order[static_cast<std::size_t>(i)];
        int j = i - 1;
        while (j >= 0 && before(v, order[static_cast<std::size_t>(j)])) {
            order[static_cast<std::size_t>(j + 1)] = order[static_cast<std::size_t>(j)];
            --j;
        }
        order[static_cast<std::size_t>(j + 1)] = v;
    }
}

std::vector<int> fastCompetitionRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, bool higherIsBetter)
{
    const auto n = static_cast<int>(scores.size());
    std::vector<int> ranks(static_cast<std::size_t>(n), 1);
    if (n == 0)
        return ranks;
    const Eigen::VectorXd s = scores; // contiguous
    std::vector<int> order;
    std::vector<std::uint64_t> scratch;
    sortByScore(s.data(), n, higherIsBetter, order, scratch);
    // Same tie rule as competitionRanks(): within 1e-9 of the range of the head of the tie group.
    const double range = s.maxCoeff() - s.minCoeff();
    const double tol = 1e-9 * (range > 0 ? range : 1.0);
    double groupScore = s(order[0]);
    int groupRank = 1;
    for (int k = 0; k < n; ++k) {
        const double v = s(order[static_cast<std::size_t>(k)]);
        if (std::abs(v - groupScore) > tol) {
            groupScore = v;
            groupRank = k + 1;
        }
        ranks[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] = groupRank;
    }
    return ranks;
}

} // namespace vb::mcda
