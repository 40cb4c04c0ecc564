// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodcomparison.h"

#include <cmath>

namespace vb {

bool MethodComparison::sameWinner() const
{
    for (auto w : winners)
        if (w != winners.front())
            return false;
    return true;
}

double kendallTauB(const std::vector<int> &a, const std::vector<int> &b)
{
    // τ-b = (C − D) / sqrt((C + D + Ta) (C + D + Tb)), Ta/Tb = pairs tied only in a / only in b.
    long long concordant = 0, discordant = 0, tiesA = 0, tiesB = 0;
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const int da = (a[i] > a[j]) - (a[i] < a[j]);
            const int db = (b[i] > b[j]) - (b[i] < b[j]);
            if (da == 0 && db == 0)
                continue;
            if (da == 0)
                ++tiesA;
            else if (db == 0)
                ++tiesB;
            else if (da == db)
                ++concordant;
            else
                ++discordant;
        }
    const double denom = std::sqrt(double(concordant + discordant + tiesA) * double(concordant + discordant + tiesB));
    return denom > 0 ? double(concordant - discordant) / denom : 1.0;
}

MethodComparison compareMethods(const Project &p, bool includeCompetitors, std::vector<mcda::Method> methods, bool withTau)
{
    MethodComparison c;
    c.methods = std::move(methods);
    std::vector<VenueRanking> results;
    for (auto m : c.methods)
        results.push_back(rankVenues(p, RankingOptions{includeCompetitors, m}));
    if (results.empty())
        return c;
    c.venues = results.front().rows;
    c.ranks.assign(c.venues.size(), std::vector<int>(c.methods.size(), 0));
    for (std::size_t k = 0; k < results.size(); ++k) {
        std::size_t winner = c.venues.empty() ? 0 : p.venues.size();
        for (const auto &rv : results[k].ranked) {
            for (std::size_t i = 0; i < c.venues.size(); ++i)
                if (c.venues[i] == rv.venue)
                    c.ranks[i][k] = rv.rank;
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
    // Kendall's τ-b is O(n²) per pair of methods: a third of a 10,000-venue report; left out when not shown.
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
