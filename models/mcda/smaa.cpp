// SPDX-License-Identifier: GPL-3.0-or-later
#include "smaa.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace vb::mcda {

namespace {

/** Uniform weights on the simplex (optionally within bounds / in importance order), reproducible everywhere:
 *  std::mt19937_64 is fully specified, and the transforms below are ours, not the library's distributions. */
class WeightSampler
{
public:
    WeightSampler(const DecisionProblem &p, const SmaaOptions &o)
        : m_rng(o.seed)
        , m_m(p.X.cols())
        , m_lo(Eigen::VectorXd::Zero(p.X.cols()))
        , m_hi(Eigen::VectorXd::Ones(p.X.cols()))
        , m_e(p.X.cols())
    {
        for (std::size_t k = 0; k < p.weightBounds.size(); ++k)
            if (p.weightBounds[k]) {
                m_bounded = true;
                m_lo(static_cast<Eigen::Index>(k)) = p.weightBounds[k]->first;
                m_hi(static_cast<Eigen::Index>(k)) = p.weightBounds[k]->second;
            }
        if (o.importanceOrder) {
            const auto ranks = p.ranks;
            m_byImportance.resize(static_cast<std::size_t>(m_m));
            std::iota(m_byImportance.begin(), m_byImportance.end(), 0);
            std::stable_sort(m_byImportance.begin(), m_byImportance.end(), [&](int a, int b) {
                const int ra = ranks[static_cast<std::size_t>(a)].value_or(a + 1), rb = ranks[static_cast<std::size_t>(b)].value_or(b + 1);
                return ra < rb;
            });
        }
    }

    /** Empty when the constraints can hold; else why not. */
    [[nodiscard]] std::string feasibility() const
    {
        if (m_lo.sum() > 1.0 + 1e-12)
            return "the lower weight bounds sum to " + std::to_string(m_lo.sum()) + " > 1";
        if (m_hi.sum() < 1.0 - 1e-12)
            return "the upper weight bounds sum to " + std::to_string(m_hi.sum()) + " < 1";
        return {};
    }

    /** Writes one sample to w; false when the rejection budget is spent. */
    bool next(double *w)
    {
        for (;;) {
            if (m_attempts++ > m_budget)
                return false;
            simplex(w);
            if (!m_byImportance.empty() && !m_bounded) {
                std::sort(w, w + m_m, std::greater<>());
                for (Eigen::Index k = 0; k < m_m; ++k)
                    m_e(m_byImportance[static_cast<std::size_t>(k)]) = w[k];
                std::copy(m_e.data(), m_e.data() + m_m, w);
                return true;
            }
            if (!m_bounded)
                return true;
            // An affine image of the uniform simplex is uniform: shift by the lower bounds, reject above the upper ones.
            const double free = 1.0 - m_lo.sum();
            bool ok = true;
            for (Eigen::Index k = 0; k < m_m && ok; ++k) {
                w[k] = m_lo(k) + free * w[k];
                ok = w[k] <= m_hi(k);
            }
            for (std::size_t k = 0; ok && k + 1 < m_byImportance.size(); ++k)
                ok = w[m_byImportance[k]] >= w[m_byImportance[k + 1]];
            if (ok)
                return true;
        }
    }

    void setBudget(std::uint64_t samples) { m_budget = 1000 * samples + 100000; }

private:
    double uniform01() { return (static_cast<double>(m_rng() >> 11) + 0.5) * 0x1.0p-53; } // in (0, 1)

    void simplex(double *w)
    {
        double s = 0;
        for (Eigen::Index k = 0; k < m_m; ++k) {
            w[k] = -std::log(uniform01()); // Exp(1); normalised exponentials are Dirichlet(1, ..., 1)
            s += w[k];
        }
        for (Eigen::Index k = 0; k < m_m; ++k)
            w[k] /= s;
    }

    std::mt19937_64 m_rng;
    Eigen::Index m_m;
    Eigen::VectorXd m_lo, m_hi, m_e;
    bool m_bounded = false;
    std::vector<int> m_byImportance;
    std::uint64_t m_attempts = 0, m_budget = 0;
};

struct Entry {
    double s;
    int i;
};

} // namespace

SmaaResult smaa(const DecisionProblem &p, const SmaaOptions &o)
{
    SmaaResult r;
    const Eigen::Index n = p.X.rows(), m = p.X.cols();
    const int K = o.topK > 0 ? static_cast<int>(std::min<Eigen::Index>(o.topK, n)) : static_cast<int>(n);
    if (o.samples == 0 || o.samples > kMaxSmaaSamples) {
        r.error = "--samples must be between 1 and " + std::to_string(kMaxSmaaSamples) + ", got " + std::to_string(o.samples);
        return r;
    }
    const double perSample = static_cast<double>(n) * static_cast<double>(m) * (p.method == Method::PROMETHEE2 ? static_cast<double>(n) : 1.0);
    if (perSample * static_cast<double>(o.samples) > kMaxSmaaWork) {
        r.error = "the request needs about " + std::to_string(perSample * static_cast<double>(o.samples)) + " operations, above the limit of 1e10; use fewer samples";
        return r;
    }
    if (o.topK <= 0 && n > kMaxFullAcceptabilityAlternatives) {
        r.error = "the full rank-acceptability matrix is limited to " + std::to_string(kMaxFullAcceptabilityAlternatives) +
                  " alternatives; use --top-k";
        return r;
    }
    WeightSampler sampler(p, o);
    if (auto why = sampler.feasibility(); !why.empty()) {
        r.error = why;
        return r;
    }
    sampler.setBudget(o.samples);

    const Normalization norm = effectiveNormalization(p.method, p.normalization);
    Eigen::MatrixXd R;
    if (p.method == Method::WSM || p.method == Method::TOPSIS) {
        R = normalize(p.X, p.directions, norm);
    } else if (p.method == Method::WPM) {
        // Ranking by Σ w log r is ranking by Π r^w; log 0 becomes a huge negative instead of −∞ (no NaN for w = 0).
        R = normalize(p.X, p.directions, norm).unaryExpr([](double x) { return x > 0 ? std::log(x) : -1e300; });
    }
    const bool linear = p.method == Method::WSM || p.method == Method::WPM;

    std::vector<std::uint64_t> counts(static_cast<std::size_t>(n) * static_cast<std::size_t>(K), 0);
    Eigen::MatrixXd centralSum = Eigen::MatrixXd::Zero(n, m);
    const Eigen::Index block = std::clamp<Eigen::Index>((Eigen::Index(1) << 21) / std::max<Eigen::Index>(n, 1), 1, 1024);
    Eigen::MatrixXd W(m, block), S(n, block);
    std::vector<Entry> entries(static_cast<std::size_t>(n));
    std::vector<int> order;
    std::vector<std::uint64_t> scratch;

    std::uint64_t done = 0;
    while (done < o.samples) {
        if (o.cancel && o.cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            break;
        }
        const Eigen::Index b = static_cast<Eigen::Index>(std::min<std::uint64_t>(static_cast<std::uint64_t>(block), o.samples - done));
        for (Eigen::Index k = 0; k < b; ++k)
            if (!sampler.next(W.col(k).data())) {
                r.error = "the weight bounds and importance order accept too few samples (fewer than 1 in 1000); widen the bounds";
                return r;
            }
        if (linear) {
            S.leftCols(b).noalias() = R * W.leftCols(b);
        } else {
            for (Eigen::Index k = 0; k < b; ++k) {
                const Eigen::VectorXd w = W.col(k);
                if (p.method == Method::TOPSIS)
                    S.col(k) = topsis(R, w).closeness;
                else if (p.method == Method::VIKOR)
                    S.col(k) = -vikor(p.X, p.directions, w, p.v).Q; // lower Q is better
                else
                    S.col(k) = promethee2(p.X, p.directions, w, p.preferences).phi;
            }
        }
        for (Eigen::Index k = 0; k < b; ++k) {
            const double *s = S.col(k).data();
            if (K == 1) {
                double best = s[0];
                for (Eigen::Index i = 1; i < n; ++i)
                    best = std::max(best, s[i]);
                const double tol = 1e-12 * std::max(1.0, std::abs(best));
                for (Eigen::Index i = 0; i < n; ++i)
                    if (s[i] >= best - tol) {
                        ++counts[static_cast<std::size_t>(i)];
                        centralSum.row(i) += W.col(k).transpose();
                    }
                continue;
            }
            const auto count = [&](int pos, int rank, int i) {
                ++counts[static_cast<std::size_t>(i) * static_cast<std::size_t>(K) + static_cast<std::size_t>(rank - 1)];
                if (rank == 1)
                    centralSum.row(i) += W.col(k).transpose();
                (void)pos;
            };
            if (static_cast<Eigen::Index>(K) * 8 < n) {
                // Few ranks of many alternatives: a partial sort is O(n log K).
                for (Eigen::Index i = 0; i < n; ++i)
                    entries[static_cast<std::size_t>(i)] = Entry{s[i], static_cast<int>(i)};
                std::partial_sort(entries.begin(), entries.begin() + K, entries.end(), [](const Entry &a, const Entry &c) { return a.s > c.s || (a.s == c.s && a.i < c.i); });
                const double tol = 1e-12 * std::max(1.0, std::abs(entries[0].s));
                int rank = 1;
                for (int pos = 0; pos < K; ++pos) {
                    if (pos > 0 && entries[static_cast<std::size_t>(pos)].s < entries[static_cast<std::size_t>(pos - 1)].s - tol)
                        rank = pos + 1;
                    count(pos, rank, entries[static_cast<std::size_t>(pos)].i);
                }
            } else {
                sortByScore(s, static_cast<int>(n), true, order, scratch); // O(n) radix sort, no allocation
                const double tol = 1e-12 * std::max(1.0, std::abs(s[order[0]]));
                int rank = 1;
                for (int pos = 0; pos < K; ++pos) {
                    if (pos > 0 && s[order[static_cast<std::size_t>(pos)]] < s[order[static_cast<std::size_t>(pos - 1)]] - tol)
                        rank = pos + 1;
                    count(pos, rank, order[static_cast<std::size_t>(pos)]);
                }
            }
        }
        done += static_cast<std::uint64_t>(b);
        if (o.progress)
            o.progress(static_cast<double>(done) / static_cast<double>(o.samples));
    }
    r.samples = done;
    r.rankAcceptability = Eigen::MatrixXd::Zero(n, K);
    r.centralWeights = Eigen::MatrixXd::Zero(n, m);
    r.confidence = Eigen::VectorXd::Zero(n);
    if (done == 0)
        return r;
    for (Eigen::Index i = 0; i < n; ++i)
        for (int c = 0; c < K; ++c)
            r.rankAcceptability(i, c) = static_cast<double>(counts[static_cast<std::size_t>(i) * static_cast<std::size_t>(K) + static_cast<std::size_t>(c)]) /
                                        static_cast<double>(done);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double firsts = r.rankAcceptability(i, 0) * static_cast<double>(done);
        if (firsts <= 0)
            continue;
        r.centralWeights.row(i) = centralSum.row(i) / firsts;
        // Exact criteria values: the confidence factor is whether i wins with its own central weights.
        const auto s = scoreWith(p, r.centralWeights.row(i).transpose());
        r.confidence(i) = s.ranks[static_cast<std::size_t>(i)] == 1 ? 1.0 : 0.0;
    }
    return r;
}

} // namespace vb::mcda
