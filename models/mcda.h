// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <Eigen/Core>

#include <vector>

/** Multi-criteria decision analysis engine. Matrices are #alternatives by #criteria, raw values. */
namespace vb::mcda {

using vb::Direction;

enum class Normalization { None, Vector, MinMax, MaxLinear, Sum };

/** Normalises every column so that higher is better.
 *  @param[in] X     #alternatives by #criteria raw values
 *  @param[in] dirs  #criteria directions (benefit or cost)
 *  @return #alternatives by #criteria; a column with zero range or zero norm becomes 1.0 everywhere (never NaN).
 *  Conventions: vector x/‖x‖₂ (cost 1 − x/‖x‖₂); minmax (x−min)/(max−min) (cost (max−x)/(max−min));
 *  max_linear x/max (cost min/x, and 1.0 where x = 0); sum x/Σx (cost (1/x)/Σ(1/x)); none: raw values. */
[[nodiscard]] Eigen::MatrixXd normalize(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, Normalization n);

/** Weighted sum Σⱼ wⱼ rᵢⱼ. @param[in] R #alternatives by #criteria normalised, @param[in] w #criteria weights. */
[[nodiscard]] Eigen::VectorXd wsm(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w);

/** Competition ranks (1 = best; 1, 2, 2, 4). Scores within 1e-9 × (max − min) of each other share a rank.
 *  @param[in] higherIsBetter false for scores where lower wins (VIKOR Q). */
[[nodiscard]] std::vector<int> competitionRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, bool higherIsBetter = true);

/** Weights divided by their sum (returned unchanged when the sum is 0). */
[[nodiscard]] Eigen::VectorXd normalizedWeights(const Eigen::Ref<const Eigen::VectorXd> &w);

} // namespace vb::mcda
