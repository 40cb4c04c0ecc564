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
    const std::atomic<bool> *cancel = nullptr;     ///< polled between blocks of samples
    std::function<void(double)> progress;          ///< fraction done in [0, 1]
};

/** Limits checked before any work. */
inline constexpr std::uint64_t kMaxSmaaSamples = 100'000'000;
inline constexpr double kMaxSmaaWork = 1e10; ///< samples × alternatives × criteria (× alternatives for PROMETHEE II)
inline constexpr std::int64_t kMaxFullAcceptabilityAlternatives = 2000;

struct SmaaResult {
    Eigen::MatrixXd rankAcceptability; ///< #alternatives by K: share of samples giving alternative i rank r + 1
    Eigen::MatrixXd centralWeights;    ///< #alternatives by #criteria: mean weights where i ranks first (0 if never)
    Eigen::VectorXd confidence;        ///< #alternatives: 1 if i ranks first with its central weights, else 0
    std::uint64_t samples = 0;         ///< samples drawn (fewer when cancelled)
    bool cancelled = false;
    std::string error; ///< non-empty: the request was refused before work (limits, infeasible bounds)
};

/** Runs SMAA-2 on p with its method and normalisation. Samples are reproducible for a seed on every platform
 *  (std::mt19937_64 with our own uniform and exponential transforms). A sample ranks alternative i at
 *  1 + the number of alternatives scoring strictly better, so exact ties share a rank. */
[[nodiscard]] SmaaResult smaa(const DecisionProblem &p, const SmaaOptions &options);

} // namespace vb::mcda
