// SPDX-License-Identifier: GPL-3.0-or-later
#include "ahp.h"

#include "mcda.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace vb::mcda {

const char *priorityMethodName(PriorityMethod m)
{
    switch (m) {
    case PriorityMethod::Eigenvector: return "eigenvector";
    case PriorityMethod::NormalizedColumnMean: return "normalized_column_mean";
    case PriorityMethod::GeometricMean: return "geometric_mean";
    }
    return "";
}

std::optional<double> randomIndex(int n)
{
    // Saaty's random consistency indices as usually tabulated for n = 1..15 (docs/engine.md).
    static constexpr std::array<double, 15> ri{0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 1 || n > 15)
        return std::nullopt;
    return ri[static_cast<std::size_t>(n - 1)];
}

AhpPriorities ahpPriorities(const Eigen::Ref<const Eigen::MatrixXd> &A, PriorityMethod m)
{
    const Eigen::Index n = A.rows();
    AhpPriorities r;
    if (n == 0)
        return r;
    switch (m) {
    case PriorityMethod::Eigenvector: {
        const auto e = principalEigen(A);
        r.weights = e.vector;
        r.lambdaMax = e.value;
        break;
    }
    case PriorityMethod::NormalizedColumnMean: {
        const Eigen::RowVectorXd colSums = A.colwise().sum();
        r.weights = (A.array().rowwise() / colSums.array()).rowwise().mean().matrix();
        break;
    }
    case PriorityMethod::GeometricMean: {
        r.weights.resize(n);
        for (Eigen::Index i = 0; i < n; ++i)
            r.weights(i) = std::exp(A.row(i).array().log().mean());
        r.weights /= r.weights.sum();
        break;
    }
    }
    if (m != PriorityMethod::Eigenvector)
        r.lambdaMax = ((A * r.weights).array() / r.weights.array()).mean();
    r.ri = randomIndex(static_cast<int>(n)).value_or(1.59);
    if (n > 2) {
        r.ci = (r.lambdaMax - static_cast<double>(n)) / static_cast<double>(n - 1);
        r.cr = r.ri > 0 ? r.ci / r.ri : 0.0;
    }
    r.consistent = r.cr <= 0.10;
    return r;
}

std::optional<JudgementSuggestion> suggestJudgement(const Eigen::Ref<const Eigen::MatrixXd> &A, PriorityMethod m)
{
    const Eigen::Index n = A.rows();
    if (n <= 2)
        return std::nullopt;
    const auto base = ahpPriorities(A, m);
    std::optional<JudgementSuggestion> best;
    double bestCr = base.cr;
    Eigen::MatrixXd B = A;
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i + 1; j < n; ++j) {
            std::vector<double> candidates{base.weights(i) / base.weights(j)};
            for (int k = 1; k <= 9; ++k) {
                candidates.push_back(k);
                if (k > 1)
                    candidates.push_back(1.0 / k);
            }
            for (double c : candidates) {
                B(i, j) = c;
                B(j, i) = 1.0 / c;
                const double cr = ahpPriorities(B, m).cr;
                // Prefer a Saaty scale value over the raw ratio when they are practically as good.
                if (cr < bestCr - 1e-12) {
                    bestCr = cr;
                    best = JudgementSuggestion{static_cast<int>(i), static_cast<int>(j), A(i, j), c, cr};
                }
            }
            B(i, j) = A(i, j);
            B(j, i) = A(j, i);
        }
    return best;
}

Eigen::MatrixXd aggregateGeometric(const std::vector<Eigen::MatrixXd> &matrices)
{
    if (matrices.empty())
        return {};
    Eigen::ArrayXXd logSum = Eigen::ArrayXXd::Zero(matrices[0].rows(), matrices[0].cols());
    for (const auto &M : matrices)
        logSum += M.array().log();
    return (logSum / static_cast<double>(matrices.size())).exp().matrix();
}

AhpResult solveAhp(const AhpProblem &p)
{
    AhpResult r;
    r.pairwise = p.pairwise.size() == 1 ? p.pairwise[0] : aggregateGeometric(p.pairwise);
    r.criteria = ahpPriorities(r.pairwise, p.method);
    if (!r.criteria.consistent)
        r.suggestion = suggestJudgement(r.pairwise, p.method);
    if (p.alternativePairwise.empty())
        return r;
    const auto nAlt = static_cast<Eigen::Index>(p.alternatives.size());
    r.scores = Eigen::VectorXd::Zero(nAlt);
    for (std::size_t c = 0; c < p.alternativePairwise.size(); ++c) {
        const auto &ms = p.alternativePairwise[c];
        const Eigen::MatrixXd M = ms.size() == 1 ? ms[0] : aggregateGeometric(ms);
        r.local.push_back(ahpPriorities(M, p.method));
        r.scores += r.criteria.weights(static_cast<Eigen::Index>(c)) * r.local.back().weights;
    }
    r.ranks = competitionRanks(r.scores, true);
    return r;
}

std::optional<double> parseFraction(std::string_view s)
{
    const auto trim = [](std::string_view t) {
        while (!t.empty() && t.front() == ' ')
            t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ')
            t.remove_suffix(1);
        return t;
    };
    const auto num = [&](std::string_view t) -> std::optional<double> {
        t = trim(t);
        double x = 0;
        const auto r = std::from_chars(t.data(), t.data() + t.size(), x);
        if (r.ec != std::errc() || r.ptr != t.data() + t.size() || !std::isfinite(x))
            return std::nullopt;
        return x;
    };
    const auto slash = s.find('/');
    std::optional<double> x;
    if (slash == std::string_view::npos) {
        x = num(s);
    } else {
        const auto a = num(s.substr(0, slash)), b = num(s.substr(slash + 1));
        if (a && b && *b != 0)
            x = *a / *b;
    }
    if (!x || !(*x > 0) || !std::isfinite(*x))
        return std::nullopt;
    return x;
}

} // namespace vb::mcda
