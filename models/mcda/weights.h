// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"

#include <optional>
#include <vector>

/** Objective and subjective weighting schemes. Every function returns #criteria weights summing to 1. */
namespace vb::mcda {

enum class WeightMethod { Equal, ROC, RankSum, Entropy, CRITIC, StdDev };

[[nodiscard]] const char *weightMethodName(WeightMethod m); ///< "equal", "roc", "rank_sum", "entropy", "critic", "std"

/** 1/m each. */
[[nodiscard]] Eigen::VectorXd equalWeights(Eigen::Index m);

/** Rank-order centroid wₖ = (1/m) Σᵢ₌ₖᵐ 1/i for the criterion of rank k (1 = most important). Criteria that
 *  share a rank share the mean of the positions they occupy. @param[in] ranks #criteria ranks in 1..m. */
[[nodiscard]] Eigen::VectorXd rocWeights(const std::vector<int> &ranks);

/** Rank sum wₖ = 2(m + 1 − k)/(m(m + 1)); ties as for rocWeights. */
[[nodiscard]] Eigen::VectorXd rankSumWeights(const std::vector<int> &ranks);

/** Importance ranks from optional per-criterion ranks: the given ones, or 1..m in listed order when none is given. */
[[nodiscard]] std::vector<int> importanceRanks(const std::vector<std::optional<int>> &ranks);

/** Shannon entropy weights on raw non-negative values: pᵢⱼ = xᵢⱼ/Σᵢxᵢⱼ, Eⱼ = −Σᵢ p ln p / ln n (0·ln 0 = 0),
 *  w = (1−E)/Σ(1−E). A zero-sum column has E = 1 (no information). With one alternative, or when every
 *  column has E = 1, the weights are equal. @param[in] X #alternatives by #criteria, all ≥ 0. */
[[nodiscard]] Eigen::VectorXd entropyWeights(const Eigen::Ref<const Eigen::MatrixXd> &X);

/** CRITIC (Diakoulaki et al. 1995): minmax normalisation with direction, sample σⱼ, Pearson rⱼₖ,
 *  Cⱼ = σⱼ Σₖ(1 − rⱼₖ), w = C/ΣC. A correlation with a constant column is taken as 0; when ΣC = 0 (every column
 *  constant, or one alternative) the weights are equal. */
[[nodiscard]] Eigen::VectorXd criticWeights(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs);

/** Standard-deviation weights w = σ/Σσ of the columns of R (already normalised; the ratio is the same for the
 *  sample and the population σ). Equal weights when Σσ = 0. */
[[nodiscard]] Eigen::VectorXd stdDevWeights(const Eigen::Ref<const Eigen::MatrixXd> &R);

/** Dispatches on m for a decision problem (std uses the problem's normalisation, default `none`). */
[[nodiscard]] Eigen::VectorXd computeWeights(const DecisionProblem &p, WeightMethod m);

} // namespace vb::mcda
