// SPDX-License-Identifier: GPL-3.0-or-later
#include "smaa.h"

#include "kernels.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

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

    /** Without bounds every sample is a function of exactly m consecutive draws: draw() takes them from the one
     *  stream (in order, under the caller's lock) and fromDraws() turns them into the sample that next() would have
     *  given, on any thread. With bounds the rejection loop decides how many draws a sample takes: next() only. */
    [[nodiscard]] bool drawsFixed() const { return !m_bounded; }
    void draw(std::uint64_t *u, std::size_t count)
    {
        for (std::size_t i = 0; i < count; ++i)
            u[i] = m_rng();
        m_attempts += count / static_cast<std::size_t>(std::max<Eigen::Index>(m_m, 1));
    }
    void fromDraws(const std::uint64_t *u, double *w, double *e) const
    {
        double s = 0;
        for (Eigen::Index k = 0; k < m_m; ++k) {
            w[k] = -std::log(toUniform(u[k]));
            s += w[k];
        }
        for (Eigen::Index k = 0; k < m_m; ++k)
            w[k] /= s;
        if (!m_byImportance.empty()) {
            std::sort(w, w + m_m, std::greater<>());
            for (Eigen::Index k = 0; k < m_m; ++k)
                e[m_byImportance[static_cast<std::size_t>(k)]] = w[k];
            std::copy(e, e + m_m, w);
        }
    }

private:
    static double toUniform(std::uint64_t u) { return (static_cast<double>(u >> 11) + 0.5) * 0x1.0p-53; } // in (0, 1)
    double uniform01() { return toUniform(m_rng()); }

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

/** How a method scores a block of samples at once: a product of a packed n × m matrix with the sampled weights. */
struct BlockModel {
    enum class Kind { Linear, Topsis, Vikor, PerSample } kind = Kind::Linear;
    Eigen::Index n = 0, np = 0, m = 0; ///< alternatives, rows padded to kernels::kPanel, criteria
    std::vector<double> A;             ///< Linear: R or log R; TOPSIS (hi − r)²; VIKOR (f* − x)/(f* − f⁻) (packed)
    std::vector<double> B;             ///< TOPSIS (r − lo)² (packed)
    double v = 0.5;
};

/** M (n × m) in panels of kPanel rows: panel p holds rows p·kPanel … as m consecutive groups of kPanel values. */
std::vector<double> packPanels(const Eigen::MatrixXd &M, Eigen::Index np)
{
    const Eigen::Index n = M.rows(), m = M.cols();
    std::vector<double> out(static_cast<std::size_t>(np * m), 0.0);
    for (Eigen::Index j = 0; j < m; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            out[static_cast<std::size_t>((i / kernels::kPanel) * m * kernels::kPanel + j * kernels::kPanel + i % kernels::kPanel)] = M(i, j);
    return out;
}

BlockModel blockModel(const DecisionProblem &p)
{
    BlockModel b;
    b.n = p.X.rows();
    b.m = p.X.cols();
    b.np = (b.n + kernels::kPanel - 1) / kernels::kPanel * kernels::kPanel;
    b.v = p.v;
    const Normalization norm = effectiveNormalization(p.method, p.normalization);
    switch (p.method) {
    case Method::WSM:
        b.A = packPanels(normalize(p.X, p.directions, norm), b.np);
        break;
    case Method::WPM:
        // Ranking by Σ w log r is ranking by Π r^w; log 0 becomes a huge negative instead of −∞ (no NaN for w = 0).
        b.A = packPanels(normalize(p.X, p.directions, norm).unaryExpr([](double x) { return x > 0 ? std::log(x) : -1e300; }), b.np);
        break;
    case Method::TOPSIS: {
        // d⁺² = Σⱼ wⱼ² (hiⱼ − rᵢⱼ)²: a product of the squared weights with the squared distances (d⁻ alike).
        b.kind = BlockModel::Kind::Topsis;
        const Eigen::MatrixXd R = normalize(p.X, p.directions, norm);
        Eigen::MatrixXd P(b.n, b.m), M(b.n, b.m);
        for (Eigen::Index j = 0; j < b.m; ++j) {
            const double hi = R.col(j).maxCoeff(), lo = R.col(j).minCoeff();
            P.col(j) = (hi - R.col(j).array()).square().matrix();
            M.col(j) = (R.col(j).array() - lo).square().matrix();
        }
        b.A = packPanels(P, b.np);
        b.B = packPanels(M, b.np);
        break;
    }
    case Method::VIKOR: {
        // S = Σⱼ wⱼ Nᵢⱼ and R = maxⱼ wⱼ Nᵢⱼ with Nᵢⱼ = (f*ⱼ − xᵢⱼ)/(f*ⱼ − f⁻ⱼ); a criterion with f* = f⁻ contributes 0.
        b.kind = BlockModel::Kind::Vikor;
        Eigen::MatrixXd N = Eigen::MatrixXd::Zero(b.n, b.m);
        for (Eigen::Index j = 0; j < b.m; ++j) {
            const bool cost = j < static_cast<Eigen::Index>(p.directions.size()) && p.directions[static_cast<std::size_t>(j)] == Direction::Cost;
            const double hi = p.X.col(j).maxCoeff(), lo = p.X.col(j).minCoeff();
            const double best = cost ? lo : hi, worst = cost ? hi : lo;
            if (best != worst)
                N.col(j) = ((best - p.X.col(j).array()) / (best - worst)).matrix();
        }
        b.A = packPanels(N, b.np);
        break;
    }
    case Method::PROMETHEE2:
        b.kind = BlockModel::Kind::PerSample;
        break;
    }
    return b;
}

/** Competition ranks of one sample from its order (best first, higher scores better): the best ranks 1; an
 *  alternative whose score is within tol = 1e-12·max(1, |best|) of the one before it shares that one's rank, else
 *  it ranks at its position + 1. emit(i, rank) for the first K positions, in order. */
template<typename Emit>
inline void walkRanks(const double *s, const int *order, int K, Emit &&emit)
{
    double prev = s[order[0]]; // at position 0 the score itself, never below itself − tol
    const double tol = 1e-12 * std::max(1.0, std::abs(prev));
    int rank = 1;
    for (int pos = 0; pos < K; ++pos) {
        const int i = order[pos];
        const double v = s[i];
        if (v < prev - tol)
            rank = pos + 1;
        prev = v;
        emit(i, rank);
    }
}

/** One thread's buffers and its share of the counts. */
struct Worker {
    std::vector<std::uint32_t> counts; ///< n × K: counts[i·K + rank − 1] (batched counts: what counts16 passed on)
    std::vector<std::uint16_t> counts16; ///< batched counts: n × K since the last flush (half the memory traffic)
    std::uint32_t since = 0;             ///< samples counted in counts16 since its last flush (at most 65,535)
    Eigen::MatrixXd W, W2;             ///< m × block sampled weights (W2: squared, TOPSIS)
    Eigen::MatrixXd S, S2;             ///< np × block scores (S2: TOPSIS d⁻², VIKOR R)
    Eigen::VectorXd e, q;              ///< sampler scratch; one sample's scores (VIKOR)
    std::vector<std::uint64_t> draws;  ///< raw draws of one block
    std::vector<int> order;
    std::vector<std::uint64_t> scratch;
    std::vector<Entry> entries;
    std::vector<std::pair<int, int>> firsts; ///< (sample in the block, alternative) of every rank 1, in sample order
    std::vector<std::uint16_t> rankOf; ///< block × n: rank of each alternative per sample (0: below K), batched counts
};

} // namespace

std::vector<int> smaaSampleRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, int topK)
{
    const auto n = static_cast<int>(scores.size());
    std::vector<int> ranks(static_cast<std::size_t>(n), 0);
    if (n == 0)
        return ranks;
    const int K = topK > 0 ? std::min(topK, n) : n;
    const double *s = scores.data(); // a Ref to a vector is contiguous (inner stride 1)
    std::vector<int> order;
    std::vector<std::uint64_t> scratch;
    sortByScore(s, n, true, order, scratch);
    walkRanks(s, order.data(), K, [&](int i, int rank) { ranks[static_cast<std::size_t>(i)] = rank; });
    return ranks;
}

int smaaThreads(int requested)
{
    if (requested > 0)
        return std::min(requested, 256);
    const unsigned hw = std::thread::hardware_concurrency();
    return static_cast<int>(std::clamp<unsigned>(hw, 1, 256));
}

SmaaResult smaa(const DecisionProblem &p, const SmaaOptions &o)
{
    SmaaResult r;
    const Eigen::Index n = p.X.rows(), m = p.X.cols();
    const int K = o.topK > 0 ? static_cast<int>(std::min<Eigen::Index>(o.topK, n)) : static_cast<int>(n);
    if (o.samples == 0 || o.samples > kMaxSmaaSamples) {
        r.refusal = SmaaRefusal::Samples;
        r.error = "--samples must be between 1 and " + std::to_string(kMaxSmaaSamples) + ", got " + std::to_string(o.samples);
        return r;
    }
    const double perSample = static_cast<double>(n) * static_cast<double>(m) * (p.method == Method::PROMETHEE2 ? static_cast<double>(n) : 1.0);
    if (perSample * static_cast<double>(o.samples) > kMaxSmaaWork) {
        r.refusal = SmaaRefusal::Work;
        r.error = "the request needs about " + std::to_string(perSample * static_cast<double>(o.samples)) + " operations, above the limit of 1e10; use fewer samples";
        return r;
    }
    if (o.topK <= 0 && n > kMaxFullAcceptabilityAlternatives) {
        r.refusal = SmaaRefusal::FullMatrix;
        r.error = "the full rank-acceptability matrix is limited to " + std::to_string(kMaxFullAcceptabilityAlternatives) +
                  " alternatives; use --top-k";
        return r;
    }
    WeightSampler sampler(p, o);
    if (auto why = sampler.feasibility(); !why.empty()) {
        r.refusal = SmaaRefusal::Bounds;
        r.error = why;
        return r;
    }
    sampler.setBudget(o.samples);

    const BlockModel model = blockModel(p);
    const auto &kern = kernels::table();
    const Eigen::Index np = model.np;
    // Samples per block: the np × block score block stays within ≈1 MiB, a multiple of kSampleStep.
    const Eigen::Index block = std::clamp<Eigen::Index>((Eigen::Index(1) << 17) / std::max<Eigen::Index>(np, 1), 16, 64) / kernels::kSampleStep *
                               kernels::kSampleStep;
    const std::uint64_t blocks = (o.samples + static_cast<std::uint64_t>(block) - 1) / static_cast<std::uint64_t>(block);
    const int threads = static_cast<int>(std::min<std::uint64_t>(static_cast<std::uint64_t>(smaaThreads(o.threads)), blocks));
    r.threads = threads;

    // Many ranks per sample (the full matrix): a sample's ranks go to a block buffer, and the counts are taken
    // alternative by alternative after the block, so one alternative's row of counts stays in cache. They are
    // 16-bit (a row of 1,000 ranks is 2 kB, the matrix half the size: fewer cache misses), passed on to the
    // 32-bit counts before 65,535 samples could overflow them; the 32-bit counts are allocated only then.
    const bool batchedCounts = K > 1 && K <= 65535 && static_cast<Eigen::Index>(K) * 8 >= n;
    std::vector<Worker> workers(static_cast<std::size_t>(threads));
    for (auto &w : workers) {
        if (batchedCounts)
            w.counts16.assign(static_cast<std::size_t>(n) * static_cast<std::size_t>(K), 0);
        else
            w.counts.assign(static_cast<std::size_t>(n) * static_cast<std::size_t>(K), 0);
        w.W = Eigen::MatrixXd::Zero(m, block);
        w.S.resize(np, block);
        if (model.kind == BlockModel::Kind::Topsis) {
            w.W2.resize(m, block);
            w.S2.resize(np, block);
        }
        if (model.kind == BlockModel::Kind::Vikor) {
            w.S2.resize(np, block);
            w.q.resize(n);
        }
        w.e.resize(m);
        if (sampler.drawsFixed())
            w.draws.resize(static_cast<std::size_t>(block * m));
        w.entries.resize(static_cast<std::size_t>(n));
        if (batchedCounts)
            w.rankOf.resize(static_cast<std::size_t>(block * n));
    }

    // The samples come from the one stream in order, block c from the c-th stretch of it (drawn under drawLock), so
    // a seed gives the same samples whatever the thread count, and the same as the single-threaded engine before.
    // Counts are integers (any order). The central weights are sums of doubles: blocks add theirs in block order
    // (commitLock), the same additions in the same order on any number of threads.
    std::mutex drawLock, commitLock;
    std::condition_variable committedCv;
    std::uint64_t nextBlock = 0, committed = 0, done = 0;
    std::atomic<bool> stop{false}, cancelled{false};
    std::string error;
    Eigen::MatrixXd centralSum = Eigen::MatrixXd::Zero(n, m);

    const auto rankSample = [&](Worker &w, const double *s, int k) {
        if (K == 1) {
            double best = s[0];
            for (Eigen::Index i = 1; i < n; ++i)
                best = std::max(best, s[i]);
            const double tol = 1e-12 * std::max(1.0, std::abs(best));
            for (Eigen::Index i = 0; i < n; ++i)
                if (s[i] >= best - tol) {
                    ++w.counts[static_cast<std::size_t>(i)];
                    w.firsts.emplace_back(k, static_cast<int>(i));
                }
            return;
        }
        const auto count = [&](int rank, int i) {
            ++w.counts[static_cast<std::size_t>(i) * static_cast<std::size_t>(K) + static_cast<std::size_t>(rank - 1)];
            if (rank == 1)
                w.firsts.emplace_back(k, i);
        };
        if (static_cast<Eigen::Index>(K) * 8 < n) {
            // Few ranks of many alternatives: a partial sort is O(n log K).
            for (Eigen::Index i = 0; i < n; ++i)
                w.entries[static_cast<std::size_t>(i)] = Entry{s[i], static_cast<int>(i)};
            std::partial_sort(w.entries.begin(), w.entries.begin() + K, w.entries.end(),
                              [](const Entry &a, const Entry &c) { return a.s > c.s || (a.s == c.s && a.i < c.i); });
            const double tol = 1e-12 * std::max(1.0, std::abs(w.entries[0].s));
            int rank = 1;
            for (int pos = 0; pos < K; ++pos) {
                if (pos > 0 && w.entries[static_cast<std::size_t>(pos)].s < w.entries[static_cast<std::size_t>(pos - 1)].s - tol)
                    rank = pos + 1;
                count(rank, w.entries[static_cast<std::size_t>(pos)].i);
            }
        } else {
            sortByScore(s, static_cast<int>(n), true, w.order, w.scratch); // O(n), no allocation after the first
            if (batchedCounts) {
                std::uint16_t *rankOf = w.rankOf.data() + static_cast<std::size_t>(k) * static_cast<std::size_t>(n);
                if (K < n)
                    std::fill(rankOf, rankOf + n, std::uint16_t(0));
                walkRanks(s, w.order.data(), K, [&](int i, int rank) {
                    rankOf[i] = static_cast<std::uint16_t>(rank);
                    if (rank == 1)
                        w.firsts.emplace_back(k, i);
                });
            } else {
                walkRanks(s, w.order.data(), K, [&](int i, int rank) { count(rank, i); });
            }
        }
    };

    const auto flushCounts = [&](Worker &w) {
        if (w.since == 0)
            return;
        if (w.counts.empty())
            w.counts.assign(w.counts16.size(), 0);
        for (std::size_t x = 0; x < w.counts16.size(); ++x)
            w.counts[x] += w.counts16[x];
        std::fill(w.counts16.begin(), w.counts16.end(), std::uint16_t(0));
        w.since = 0;
    };

    const auto countBlock = [&](Worker &w, Eigen::Index b) {
        if (w.since + static_cast<std::uint32_t>(b) > 65535)
            flushCounts(w);
        w.since += static_cast<std::uint32_t>(b);
        for (Eigen::Index i = 0; i < n; ++i) {
            std::uint16_t *row = w.counts16.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(K);
            const std::uint16_t *r = w.rankOf.data() + i;
            for (Eigen::Index k = 0; k < b; ++k) {
                const std::uint16_t rank = r[k * n];
                if (rank)
                    ++row[rank - 1];
            }
        }
    };

    const auto scoreBlock = [&](Worker &w, Eigen::Index b) {
        const Eigen::Index bp = (b + kernels::kSampleStep - 1) / kernels::kSampleStep * kernels::kSampleStep;
        w.W.middleCols(b, bp - b).setZero(); // padding samples: scores never read
        switch (model.kind) {
        case BlockModel::Kind::Linear:
            kern.product(model.A.data(), np, m, w.W.data(), bp, w.S.data(), np);
            for (Eigen::Index k = 0; k < b; ++k)
                rankSample(w, w.S.col(k).data(), static_cast<int>(k));
            break;
        case BlockModel::Kind::Topsis:
            w.W2.leftCols(bp) = w.W.leftCols(bp).array().square().matrix();
            kern.product(model.A.data(), np, m, w.W2.data(), bp, w.S.data(), np);
            kern.product(model.B.data(), np, m, w.W2.data(), bp, w.S2.data(), np);
            for (Eigen::Index k = 0; k < b; ++k) {
                kern.topsisFinish(w.S.col(k).data(), w.S2.col(k).data(), w.S.col(k).data(), n); // closeness over d⁺²
                rankSample(w, w.S.col(k).data(), static_cast<int>(k));
            }
            break;
        case BlockModel::Kind::Vikor:
            kern.productMax(model.A.data(), np, m, w.W.data(), bp, w.S.data(), w.S2.data(), np);
            for (Eigen::Index k = 0; k < b; ++k) {
                const auto S = w.S.col(k).head(n), R = w.S2.col(k).head(n);
                const double sBest = S.minCoeff(), sWorst = S.maxCoeff(), rBest = R.minCoeff(), rWorst = R.maxCoeff();
                for (Eigen::Index i = 0; i < n; ++i) {
                    const double qs = sWorst > sBest ? (S(i) - sBest) / (sWorst - sBest) : 0.0;
                    const double qr = rWorst > rBest ? (R(i) - rBest) / (rWorst - rBest) : 0.0;
                    w.q(i) = -(model.v * qs + (1.0 - model.v) * qr); // lower Q is better
                }
                rankSample(w, w.q.data(), static_cast<int>(k));
            }
            break;
        case BlockModel::Kind::PerSample:
            for (Eigen::Index k = 0; k < b; ++k) {
                w.S.col(k).head(n) = promethee2(p.X, p.directions, w.W.col(k), p.preferences).phi;
                rankSample(w, w.S.col(k).data(), static_cast<int>(k));
            }
            break;
        }
    };

    // Worker 0 is the calling thread, the only one that reports progress.
    const auto work = [&](std::size_t t) {
        Worker &w = workers[t];
        for (;;) {
            if (o.cancel && o.cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                stop = true;
            }
            if (stop.load(std::memory_order_relaxed))
                break;
            std::uint64_t c = 0;
            Eigen::Index b = 0;
            {
                const std::lock_guard lock(drawLock);
                if (stop.load(std::memory_order_relaxed) || nextBlock >= blocks)
                    break;
                c = nextBlock;
                b = static_cast<Eigen::Index>(std::min<std::uint64_t>(static_cast<std::uint64_t>(block), o.samples - c * static_cast<std::uint64_t>(block)));
                if (sampler.drawsFixed()) {
                    sampler.draw(w.draws.data(), static_cast<std::size_t>(b * m));
                } else {
                    bool ok = true;
                    for (Eigen::Index k = 0; k < b && ok; ++k)
                        ok = sampler.next(w.W.col(k).data());
                    if (!ok) {
                        error = "the weight bounds and importance order accept too few samples (fewer than 1 in 1000); widen the bounds";
                        stop = true;
                        break;
                    }
                }
                ++nextBlock;
            }
            if (sampler.drawsFixed())
                for (Eigen::Index k = 0; k < b; ++k)
                    sampler.fromDraws(w.draws.data() + k * m, w.W.col(k).data(), w.e.data());
            w.firsts.clear();
            scoreBlock(w, b);
            if (batchedCounts)
                countBlock(w, b);
            double fraction = 0;
            {
                std::unique_lock lock(commitLock);
                committedCv.wait(lock, [&] { return committed == c; });
                for (const auto &[k, i] : w.firsts)
                    centralSum.row(i) += w.W.col(k).transpose();
                ++committed;
                done += static_cast<std::uint64_t>(b);
                fraction = static_cast<double>(done) / static_cast<double>(o.samples);
            }
            committedCv.notify_all();
            if (t == 0 && o.progress)
                o.progress(fraction);
        }
    };
    {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(threads - 1));
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work, static_cast<std::size_t>(t));
        work(0);
        for (auto &t : pool)
            t.join();
    }
    if (!error.empty()) {
        r.refusal = SmaaRefusal::TooFewSamples;
        r.error = error;
        return r;
    }
    r.cancelled = cancelled.load();
    if (!r.cancelled && o.progress)
        o.progress(1.0);

    r.samples = done;
    r.rankAcceptability = Eigen::MatrixXd::Zero(n, K);
    r.centralWeights = Eigen::MatrixXd::Zero(n, m);
    r.confidence = Eigen::VectorXd::Zero(n);
    if (done == 0)
        return r;
    for (Eigen::Index i = 0; i < n; ++i)
        for (int c = 0; c < K; ++c) {
            std::uint64_t count = 0;
            const std::size_t x = static_cast<std::size_t>(i) * static_cast<std::size_t>(K) + static_cast<std::size_t>(c);
            for (const auto &w : workers) {
                if (!w.counts.empty())
                    count += w.counts[x];
                if (!w.counts16.empty())
                    count += w.counts16[x];
            }
            r.rankAcceptability(i, c) = static_cast<double>(count) / static_cast<double>(done);
        }
    std::vector<Eigen::Index> winners;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double firsts = r.rankAcceptability(i, 0) * static_cast<double>(done);
        if (firsts <= 0)
            continue;
        r.centralWeights.row(i) = centralSum.row(i) / firsts;
        winners.push_back(i);
    }
    // Exact criteria values: the confidence factor is whether i wins with its own central weights (shared among
    // the threads: each alternative's answer is independent of the others).
    const auto confidence = [&](std::size_t t) {
        for (std::size_t x = t; x < winners.size(); x += static_cast<std::size_t>(threads)) {
            const Eigen::Index i = winners[x];
            const auto s = scoreWith(p, r.centralWeights.row(i).transpose());
            r.confidence(i) = s.ranks[static_cast<std::size_t>(i)] == 1 ? 1.0 : 0.0;
        }
    };
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads && static_cast<std::size_t>(t) < winners.size(); ++t)
            pool.emplace_back(confidence, static_cast<std::size_t>(t));
        confidence(0);
        for (auto &t : pool)
            t.join();
    }
    return r;
}

} // namespace vb::mcda
