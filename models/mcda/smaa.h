// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

/** SMAA-2 (Lahdelma & Salminen 2001) with exact criteria values and uncertain weights. */
namespace vb::mcda {

struct SmaaOptions {
    std::uint64_t samples = 10000;
    std::uint64_t seed = 1;
    int topK = 0;             ///< ranks 1..topK; 0 = all ranks (the full matrix)
    bool importanceOrder = false; ///< sample only weights that respect the criteria's importance ranks
    /// Per-criterion [lower, upper] bounds are taken from DecisionProblem::weightBounds when any is given.
    int threads = 0;          ///< threads to run on; 0 = one per core. The result does not depend on it.
    const std::atomic<bool> *cancel = nullptr;     ///< polled between blocks of samples, by every thread
    std::function<void(double)> progress;          ///< fraction done in [0, 1], non-decreasing; on the calling thread only
};

/** Limits checked before any work. */
inline constexpr std::uint64_t kMaxSmaaSamples = 100'000'000;
inline constexpr double kMaxSmaaWork = 1e10; ///< samples × alternatives × criteria (× alternatives for PROMETHEE II)
inline constexpr std::int64_t kMaxFullAcceptabilityAlternatives = 2000;

/** Why smaa() refused a request (SmaaResult::error says it in English, with the numbers). */
enum class SmaaRefusal { None, Samples, Work, FullMatrix, Bounds, TooFewSamples };

struct SmaaResult {
    Eigen::MatrixXd rankAcceptability; ///< #alternatives by K: share of samples giving alternative i rank r + 1
    Eigen::MatrixXd centralWeights;    ///< #alternatives by #criteria: mean weights where i ranks first (0 if never)
    Eigen::VectorXd confidence;        ///< #alternatives: 1 if i ranks first with its central weights, else 0
    std::uint64_t samples = 0;         ///< samples drawn (fewer when cancelled)
    bool cancelled = false;
    int threads = 0;                   ///< threads that ran (as requested, at most one per block of samples)
    std::string error; ///< non-empty: the request was refused before work (limits, infeasible bounds), in English for the CLI
    SmaaRefusal refusal = SmaaRefusal::None; ///< why, for an adapter that says it in the user's language
};

/** Runs SMAA-2 on p with its method and normalisation, on SmaaOptions::threads threads. Samples are reproducible
 *  for a seed on every platform (std::mt19937_64 with our own uniform and exponential transforms) and the result is
 *  the same on any number of threads: block c of samples is the c-th stretch of the one stream, counts are integers
 *  and the central-weight sums are added in sample order. WSM, WPM, TOPSIS and VIKOR score a block of samples
 *  through one product with the packed matrix (mcda/kernels.h); PROMETHEE II sample by sample. A sample ranks
 *  alternative i at 1 + the number of alternatives scoring strictly better (beyond 1e-12 relative), so ties share
 *  a rank. */
[[nodiscard]] SmaaResult smaa(const DecisionProblem &p, const SmaaOptions &options);

/** The ranks smaa() gives one sample of scores (higher is better; smaa() negates VIKOR's Q) when it orders the whole
 *  sample (topK = 0 or 8·topK ≥ n): rank 1 + position in the order by score, except that a score within
 *  1e-12·max(1, |best score|) of the one before it shares that one's rank. Ranks beyond topK (> 0) are 0. */
[[nodiscard]] std::vector<int> smaaSampleRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, int topK = 0);

/** The threads SMAA uses for a request of `requested` (0 = one per core, std::thread::hardware_concurrency). */
[[nodiscard]] int smaaThreads(int requested);

} // namespace vb::mcda
