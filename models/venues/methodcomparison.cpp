// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodcomparison.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace vb {

bool MethodComparison::sameWinner() const
{
    for (auto w : winners)
        if (w != winners.front())
            return false;
    return true;
}

namespace {
/** Sorts v[lo, hi) by its second member with a stable merge sort and returns how many pairs it swapped: pairs
 *  i < j with v[i].second > v[j].second (equal values are never counted). */
long long mergeCountSwaps(std::vector<std::pair<int, int>> &v, std::vector<std::pair<int, int>> &tmp, std::size_t lo, std::size_t hi)
{
    if (hi - lo < 2)
        return 0;
    const std::size_t mid = lo + (hi - lo) / 2;
    long long swaps = mergeCountSwaps(v, tmp, lo, mid) + mergeCountSwaps(v, tmp, mid, hi);
    std::size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (v[j].second < v[i].second) {
            swaps += static_cast<long long>(mid - i); // v[j] jumps over every left element still waiting
            tmp[k++] = v[j++];
        } else {
            tmp[k++] = v[i++];
        }
    }
    while (i < mid)
        tmp[k++] = v[i++];
    while (j < hi)
        tmp[k++] = v[j++];
    std::copy(tmp.begin() + static_cast<std::ptrdiff_t>(lo), tmp.begin() + static_cast<std::ptrdiff_t>(hi),
              v.begin() + static_cast<std::ptrdiff_t>(lo));
    return swaps;
}

/** Σ t(t − 1)/2 over the runs of equal keys of a sorted sequence: the pairs tied on that key. */
template<typename It, typename Key>
long long tiedPairs(It first, It last, Key key)
{
    long long pairs = 0;
    while (first != last) {
        It run = first;
        long long t = 0;
        while (run != last && key(*run) == key(*first)) {
            ++run;
            ++t;
        }
        pairs += t * (t - 1) / 2;
        first = run;
    }
    return pairs;
}
} // namespace

double kendallTauB(const std::vector<int> &a, const std::vector<int> &b)
{
    // Knight's O(n log n) algorithm (W. R. Knight, "A Computer Method for Calculating Kendall's Tau with Ungrouped
    // Data", JASA 61 (1966) 436-439): sort the pairs by (a, b) and count the pairs tied in a (n1) and in both (n3);
    // merge-sort by b counting swaps S (exactly the discordant pairs: within a tie in a, b is already sorted) and
    // count the pairs tied in b (n2). With n0 = n(n − 1)/2:
    //   C − D = n0 − n1 − n2 + n3 − 2S,  τ-b = (C − D) / sqrt((n0 − n1)(n0 − n2)),
    // the same as (C − D) / sqrt((C + D + Ta)(C + D + Tb)) with Ta, Tb the pairs tied only in a, only in b.
    const std::size_t n = std::min(a.size(), b.size());
    std::vector<std::pair<int, int>> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = {a[i], b[i]};
    std::sort(v.begin(), v.end());
    const long long n0 = static_cast<long long>(n) * static_cast<long long>(n > 0 ? n - 1 : 0) / 2;
    const long long n1 = tiedPairs(v.begin(), v.end(), [](const auto &x) { return x.first; });
    const long long n3 = tiedPairs(v.begin(), v.end(), [](const auto &x) { return x; });
    std::vector<std::pair<int, int>> tmp(n);
    const long long swaps = mergeCountSwaps(v, tmp, 0, n);
    const long long n2 = tiedPairs(v.begin(), v.end(), [](const auto &x) { return x.second; });
    const double denom = std::sqrt(double(n0 - n1) * double(n0 - n2));
    return denom > 0 ? double(n0 - n1 - n2 + n3 - 2 * swaps) / denom : 1.0;
}

MethodComparison compareMethods(const Project &p, bool includeCompetitors, std::vector<mcda::Method> methods, bool withTau)
{
    MethodComparison c;
    c.methods = std::move(methods);
    std::vector<VenueRanking> results;
    // The venues' facts and must-have checks are read once: the other methods score the same decision matrix again
    // (rescoreVenues gives what rankVenues would, field by field; tst_ranking rescoreAfterWeightChange). When the
    // first scores are not finite, every method ranks from the project.
    for (auto m : c.methods) {
        if (results.empty() || results.front().ranked.size() != results.front().rows.size()) {
            results.push_back(rankVenues(p, RankingOptions{includeCompetitors, m}));
        } else {
            results.push_back(results.front());
            rescoreVenues(p, results.back(), m);
        }
    }
    if (results.empty())
        return c;
    c.venues = results.front().rows;
    c.ranks.assign(c.venues.size(), std::vector<int>(c.methods.size(), 0));
    // Row of each venue in c.venues (a search per ranked venue was O(n²) per method).
    constexpr std::size_t kNoRow = static_cast<std::size_t>(-1);
    std::vector<std::size_t> rowOf(p.venues.size(), kNoRow);
    for (std::size_t i = 0; i < c.venues.size(); ++i)
        if (c.venues[i] < rowOf.size())
            rowOf[c.venues[i]] = i;
    for (std::size_t k = 0; k < results.size(); ++k) {
        std::size_t winner = c.venues.empty() ? 0 : p.venues.size();
        for (const auto &rv : results[k].ranked) {
            if (rv.venue < rowOf.size() && rowOf[rv.venue] != kNoRow)
                c.ranks[rowOf[rv.venue]][k] = rv.rank;
            if (rv.rank == 1 && rv.venue < winner)
                winner = rv.venue;
        }
        c.winners.push_back(winner);
    }
    for (const auto &row : c.ranks) {
        bool same = true;
        for (int r : row)
            same = same && r == row.front();
        c.unanimous.push_back(same);
    }
    c.tau.assign(c.methods.size(), std::vector<double>(c.methods.size(), 1.0));
    // Kendall's τ-b, O(n log n) per pair of methods (Knight); still left out by callers that do not show it.
    for (std::size_t a = 0; withTau && a < c.methods.size(); ++a)
        for (std::size_t b = a + 1; b < c.methods.size(); ++b) {
            std::vector<int> ra, rb;
            for (const auto &row : c.ranks) {
                ra.push_back(row[a]);
                rb.push_back(row[b]);
            }
            c.tau[a][b] = c.tau[b][a] = kendallTauB(ra, rb);
        }
    return c;
}

} // namespace vb
