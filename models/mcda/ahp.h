// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** Analytic Hierarchy Process: priorities, consistency, hierarchy synthesis and group aggregation. */
namespace vb::mcda {

enum class PriorityMethod { Eigenvector, NormalizedColumnMean, GeometricMean };

[[nodiscard]] const char *priorityMethodName(PriorityMethod m); ///< "eigenvector", "normalized_column_mean", "geometric_mean"

/** Saaty's random index for an n×n matrix (n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
 *  1.51, 1.48, 1.56, 1.57, 1.59); nullopt beyond 15. */
[[nodiscard]] std::optional<double> randomIndex(int n);

/** Priorities of one reciprocal pairwise matrix with its consistency. */
struct AhpPriorities {
    Eigen::VectorXd weights; ///< #n, summing to 1
    double lambdaMax = 0.0;  ///< principal eigenvalue (eigenvector) or mean((A·w)ᵢ/wᵢ)
    double ci = 0.0;         ///< (λmax − n)/(n − 1); 0 for n ≤ 2
    double cr = 0.0;         ///< CI/RI; 0 when RI = 0 (n ≤ 2)
    double ri = 0.0;         ///< the random index used
    bool consistent = true;  ///< CR ≤ 0.10
};

/** Principal (Perron) eigenvalue and right eigenvector of a positive matrix, the vector scaled to sum 1.
 *  Lives in ahpeigen.cpp (the only translation unit that instantiates Eigen::EigenSolver). */
struct PrincipalEigen {
    double value = 0.0;
    Eigen::VectorXd vector;
};
[[nodiscard]] PrincipalEigen principalEigen(const Eigen::Ref<const Eigen::MatrixXd> &A);

/** @param[in] A n×n positive reciprocal matrix (aᵢⱼ = importance of i over j, aⱼᵢ = 1/aᵢⱼ), n ≤ 15. */
[[nodiscard]] AhpPriorities ahpPriorities(const Eigen::Ref<const Eigen::MatrixXd> &A, PriorityMethod m);

/** The one judgement whose change lowers CR most. */
struct JudgementSuggestion {
    int row = 0;            ///< i (0-based), with i < j
    int column = 0;         ///< j
    double current = 0.0;   ///< aᵢⱼ now
    double suggested = 0.0; ///< the value from Saaty's scale 1/9 … 9 (or wᵢ/wⱼ) that minimises CR
    double crAfter = 0.0;   ///< CR with aᵢⱼ = suggested and aⱼᵢ = 1/suggested
};

/** Tries every upper-triangle judgement against Saaty's 17 scale values and the consistent ratio wᵢ/wⱼ; returns
 *  the change that gives the lowest CR, or nullopt when no change lowers CR (n ≤ 2). */
[[nodiscard]] std::optional<JudgementSuggestion> suggestJudgement(const Eigen::Ref<const Eigen::MatrixXd> &A, PriorityMethod m);

/** Element-wise geometric mean of several evaluators' n×n matrices (stays reciprocal). */
[[nodiscard]] Eigen::MatrixXd aggregateGeometric(const std::vector<Eigen::MatrixXd> &matrices);

/** An AHP file: criteria matrix (one per evaluator) and optional alternatives matrices per criterion. */
struct AhpProblem {
    std::vector<std::string> criteria;
    std::vector<std::string> evaluators;  ///< empty: one matrix
    std::vector<Eigen::MatrixXd> pairwise; ///< one per evaluator (or exactly one)
    PriorityMethod method = PriorityMethod::Eigenvector;
    std::vector<std::string> alternatives;
    std::vector<std::vector<Eigen::MatrixXd>> alternativePairwise; ///< [criterion][evaluator]; empty: no hierarchy
};

struct AhpResult {
    Eigen::MatrixXd pairwise; ///< the (aggregated) criteria matrix
    AhpPriorities criteria;
    std::optional<JudgementSuggestion> suggestion; ///< when the criteria matrix is inconsistent
    std::vector<AhpPriorities> local;              ///< per criterion, the alternatives' local priorities
    Eigen::VectorXd scores;                        ///< #alternatives global priorities Σc wc·pc
    std::vector<int> ranks;
};

[[nodiscard]] AhpResult solveAhp(const AhpProblem &p);

/** Parses a pairwise entry: "3", "1/3", "0.25" (no locale). nullopt unless finite and positive. */
[[nodiscard]] std::optional<double> parseFraction(std::string_view s);

} // namespace vb::mcda
