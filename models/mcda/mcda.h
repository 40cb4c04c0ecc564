// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "direction.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
/** Column j of normalize(X, ...) written to r (X.rows() values); lo and hi, when given, receive its extremes. */
void normalizeColumn(const Eigen::Ref<const Eigen::MatrixXd> &X, Eigen::Index j, bool cost, Normalization n, double *r, double *lo = nullptr,
                     double *hi = nullptr);

/** TOPSIS's distances for column j of normalize(X, dirs, n) with weight w: dp[i] += ((hi − rᵢ)·w)² and
 *  dm[i] += ((rᵢ − lo)·w)², hi and lo the column's extremes; the same bits as normalizeColumn() then the distance
 *  kernel. Where the normalisation is monotone the normalised column is never stored; r is scratch for the others
 *  (resized to X.rows() when needed). */
void addTopsisDistances(const Eigen::Ref<const Eigen::MatrixXd> &X, Eigen::Index j, bool cost, Normalization n, double w, double *dp, double *dm,
                        Eigen::VectorXd &r);

/** Weighted sum Σⱼ wⱼ rᵢⱼ. @param[in] R #alternatives by #criteria normalised, @param[in] w #criteria weights. */
[[nodiscard]] Eigen::VectorXd wsm(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w);

/** Competition ranks (1 = best; 1, 2, 2, 4). Scores within 1e-9 × (max − min) of each other share a rank.
 *  @param[in] higherIsBetter false for scores where lower wins (VIKOR Q). */
[[nodiscard]] std::vector<int> competitionRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, bool higherIsBetter = true);

/** Weights divided by their sum (returned unchanged when the sum is 0). Overflow-safe: when the sum is beyond the
 *  largest double the weights are first divided by the largest, so {1e308, 1e308} gives {0.5, 0.5}. */
[[nodiscard]] Eigen::VectorXd normalizedWeights(const Eigen::Ref<const Eigen::VectorXd> &w);

} // namespace vb::mcda

// ---- Scoring methods (models/mcda/methods.cpp) -------------------------------------------------------------

namespace vb::mcda {

enum class Method { WSM, WPM, TOPSIS, VIKOR, PROMETHEE2 };

/** Weighted product Πⱼ rᵢⱼ^wⱼ on normalised values. A non-positive rᵢⱼ with wⱼ > 0 makes the product 0 (the
 *  file reader refuses non-positive raw values for WPM, so this only happens after `minmax` or cost `vector`).
 *  @param[in] R #alternatives by #criteria normalised, @param[in] w #criteria weights. */
[[nodiscard]] Eigen::VectorXd wpm(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w);

/** TOPSIS distances and closeness. */
struct TopsisResult {
    Eigen::VectorXd dPlus;     ///< distance to the ideal (column maxima of the weighted normalised matrix)
    Eigen::VectorXd dMinus;    ///< distance to the anti-ideal (column minima)
    Eigen::VectorXd closeness; ///< d⁻/(d⁺+d⁻); 0.5 when both distances are 0 (the row is both ideal and anti-ideal)
};

/** TOPSIS on an already normalised (higher is better) matrix.
 *  @param[in] R #alternatives by #criteria normalised, @param[in] w #criteria weights (used as given). */
[[nodiscard]] TopsisResult topsis(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w);
/** TOPSIS on raw values: the same result as topsis(normalize(X, dirs, n), w), bit for bit, one column at a time
 *  (no normalised n×m copy). */
[[nodiscard]] TopsisResult topsis(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, Normalization n,
                                  const Eigen::Ref<const Eigen::VectorXd> &w);

/** VIKOR results; scores are Q (lower is better). */
struct VikorResult {
    Eigen::VectorXd S, R, Q;
    bool acceptableAdvantage = true;
    bool acceptableStability = true;
    std::vector<int> compromiseSet; ///< 0-based alternative indices, in Q order
};

/** VIKOR on raw values (Opricovic & Tzeng 2004). A criterion with f* = f⁻ contributes 0; when S⁻ = S* (R⁻ = R*)
 *  that term of Q is 0. DQ = 1/(m−1) with m alternatives (1 when m = 1).
 *  @param[in] X #alternatives by #criteria raw values, @param[in] w #criteria weights, @param[in] v in [0, 1]. */
[[nodiscard]] VikorResult vikor(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs,
                                const Eigen::Ref<const Eigen::VectorXd> &w, double v = 0.5);

enum class PreferenceFunction { Usual, UShape, VShape, Level, Linear, Gaussian };

/** A PROMETHEE preference function with its thresholds (q indifference, p preference, s Gaussian). */
struct Preference {
    PreferenceFunction function = PreferenceFunction::Usual;
    double q = 0.0;
    double p = 0.0;
    double s = 0.0;
    bool operator==(const Preference &) const = default;
};

/** P(d) of a preference function; 0 for d ≤ 0. Degenerate thresholds stay finite: vshape with p = 0 and
 *  linear/level with p ≤ q behave as a step at q; gaussian with s = 0 is `usual`. */
[[nodiscard]] double preferenceValue(const Preference &pref, double d);

struct PrometheeResult {
    Eigen::VectorXd phiPlus, phiMinus, phi;
    Eigen::MatrixXd pi; ///< #alternatives by #alternatives aggregated preference π(a, b)
};

/** PROMETHEE II on raw values; weights are normalised to sum 1 here. φ⁺ = φ⁻ = 0 for a single alternative.
 *  @param[in] prefs #criteria preference functions (missing entries are `usual`). */
[[nodiscard]] PrometheeResult promethee2(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs,
                                         const Eigen::Ref<const Eigen::VectorXd> &w, const std::vector<Preference> &prefs);

/** The flows of promethee2() without the n×n matrix π (left empty): per criterion the values are sorted once and
 *  Σ_b P(x_a − x_b) is read from prefix sums, since every preference function but the Gaussian is 0 up to one
 *  threshold, a constant or linear piece up to a second, then 1. O(m·n·log n) time and O(n) memory instead of
 *  O(m·n²) and n² doubles (10,000 alternatives: 0.8 GB); the Gaussian keeps the pairwise sum, without the matrix.
 *  The flows equal promethee2()'s up to rounding (a difference exactly at a threshold of a `ushape` or `level`
 *  criterion may round the other way). */
[[nodiscard]] PrometheeResult promethee2Flows(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs,
                                              const Eigen::Ref<const Eigen::VectorXd> &w, const std::vector<Preference> &prefs);
/** Above this many alternatives, scoring with PROMETHEE II uses promethee2Flows() (no π in the result). */
inline constexpr Eigen::Index kPrometheeMatrixMaxAlternatives = 500;

/** A complete scoring request, as read from a decision-matrix file. */
struct DecisionProblem {
    std::vector<std::string> alternatives; ///< #alternatives names
    std::vector<std::string> criteria;     ///< #criteria names
    std::vector<Direction> directions;     ///< #criteria
    Eigen::VectorXd weights;               ///< #criteria, as given (not yet normalised)
    std::vector<std::optional<int>> ranks; ///< #criteria importance ranks (1 = most important), when given
    std::vector<Preference> preferences;   ///< #criteria (PROMETHEE II)
    std::vector<std::optional<std::pair<double, double>>> weightBounds; ///< #criteria SMAA bounds, when given
    Eigen::MatrixXd X;                     ///< #alternatives by #criteria raw values
    Method method = Method::WSM;
    std::optional<Normalization> normalization; ///< nullopt: the method's default
    bool normalizeWeights = true;
    double v = 0.5; ///< VIKOR
};

/** The normalisation a method uses: the requested one, else TOPSIS `vector`, WSM/WPM `max_linear`;
 *  VIKOR and PROMETHEE II always work on raw values (`none`). */
[[nodiscard]] Normalization effectiveNormalization(Method m, std::optional<Normalization> requested);

/** The weights a problem scores with: divided by their sum unless normalizeWeights is false. */
[[nodiscard]] Eigen::VectorXd effectiveWeights(const DecisionProblem &p);

struct ScoreResult {
    Method method = Method::WSM;
    Normalization normalization = Normalization::None;
    Eigen::VectorXd weights; ///< as used
    Eigen::VectorXd scores;  ///< WSM/WPM/TOPSIS higher is better; VIKOR Q (lower is better); PROMETHEE II φ
    std::vector<int> ranks;  ///< competition ranks, 1 = best
    std::optional<TopsisResult> topsis;
    std::optional<VikorResult> vikor;
    std::optional<PrometheeResult> promethee;
    /** Set when a score is not a finite number (checked once per result): the criterion whose weight or values
     *  made it so (blameCriterion); the scores and ranks are then not to be shown. */
    std::optional<std::size_t> notFinite;
    [[nodiscard]] bool finite() const { return !notFinite.has_value() && scores.allFinite(); }
};

/** The criterion to name when scores with weights w are not finite: one whose weight is not finite, else the one
 *  whose values span the most orders of magnitude (nullopt without a weighted criterion). */
[[nodiscard]] std::optional<std::size_t> blameCriterion(const DecisionProblem &p, const Eigen::Ref<const Eigen::VectorXd> &w);

/** Scores with the problem's method using weights w (#criteria, used as given). */
[[nodiscard]] ScoreResult scoreWith(const DecisionProblem &p, const Eigen::Ref<const Eigen::VectorXd> &w);
/** Scores with effectiveWeights(p). */
[[nodiscard]] ScoreResult score(const DecisionProblem &p);

/** True when higher scores win for m (false only for VIKOR). */
[[nodiscard]] constexpr bool higherIsBetter(Method m) { return m != Method::VIKOR; }

/** Orders 0..n−1 by score s, best first, ties by index (what std::stable_sort gives) in O(n): a two-pass radix sort
 *  of a fixed-point image of the scores on their range, a radix sort of their bits for clustered or non-finite
 *  scores, insertion below 32 scores (mcda/kernels_impl.h).
 *  order and scratch are reused between calls to avoid allocation on hot paths. */
void sortByScore(const double *s, int n, bool higherIsBetter, std::vector<int> &order, std::vector<std::uint64_t> &scratch);

/** The same ranks as competitionRanks(), computed with sortByScore() (≈20× faster for 10,000 alternatives). */
[[nodiscard]] std::vector<int> fastCompetitionRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, bool higherIsBetter = true);

[[nodiscard]] const char *methodName(Method m);               ///< "wsm", "topsis", ...
[[nodiscard]] const char *normalizationName(Normalization n); ///< "none", "vector", ...
[[nodiscard]] const char *preferenceName(PreferenceFunction f); ///< "usual", ...
/** The method or normalisation named by methodName()/normalizationName(); nullopt for any other text. */
[[nodiscard]] std::optional<Method> parseMethod(std::string_view s);
[[nodiscard]] std::optional<Normalization> parseNormalization(std::string_view s);

} // namespace vb::mcda
