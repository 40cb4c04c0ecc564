// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vb::mcda {

const char *weightMethodName(WeightMethod m)
{
    switch (m) {
    case WeightMethod::Equal: return "equal";
    case WeightMethod::ROC: return "roc";
    case WeightMethod::RankSum: return "rank_sum";
    case WeightMethod::Entropy: return "entropy";
    case WeightMethod::CRITIC: return "critic";
    case WeightMethod::StdDev: return "std";
    }
    return "";
}

Eigen::VectorXd equalWeights(Eigen::Index m)
{
    return m > 0 ? Eigen::VectorXd::Constant(m, 1.0 / static_cast<double>(m)) : Eigen::VectorXd();
}

namespace {

/** Weights per position 1..m from positionWeight(k, m), shared evenly among tied criteria. */
template<typename F>
Eigen::VectorXd byRank(const std::vector<int> &ranks, F positionWeight)
{
    const int m = static_cast<int>(ranks.size());
    std::vector<int> order(ranks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ranks[static_cast<std::size_t>(a)] < ranks[static_cast<std::size_t>(b)]; });
    Eigen::VectorXd w(m);
    for (int k = 0; k < m;) {
        int e = k;
        while (e < m && ranks[static_cast<std::size_t>(order[static_cast<std::size_t>(e)])] == ranks[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])])
            ++e;
        double sum = 0;
        for (int pos = k + 1; pos <= e; ++pos)
            sum += positionWeight(pos, m);
        for (int t = k; t < e; ++t)
            w(order[static_cast<std::size_t>(t)]) = sum / (e - k);
        k = e;
    }
    return w;
}

} // namespace

Eigen::VectorXd rocWeights(const std::vector<int> &ranks)
{
    return byRank(ranks, [](int k, int m) {
        double s = 0;
        for (int i = k; i <= m; ++i)
            s += 1.0 / i;
        return s / m;
    });
}

Eigen::VectorXd rankSumWeights(const std::vector<int> &ranks)
{
    return byRank(ranks, [](int k, int m) { return 2.0 * (m + 1 - k) / (static_cast<double>(m) * (m + 1)); });
}

std::vector<int> importanceRanks(const std::vector<std::optional<int>> &ranks)
{
    std::vector<int> r(ranks.size());
    const bool given = !ranks.empty() && ranks.front().has_value();
    for (std::size_t j = 0; j < ranks.size(); ++j)
        r[j] = given && ranks[j] ? *ranks[j] : static_cast<int>(j) + 1;
    return r;
}

Eigen::VectorXd entropyWeights(const Eigen::Ref<const Eigen::MatrixXd> &X)
{
    const Eigen::Index n = X.rows(), m = X.cols();
    if (n < 2)
        return equalWeights(m);
    Eigen::VectorXd diversity(m);
    const double lnN = std::log(static_cast<double>(n));
    for (Eigen::Index j = 0; j < m; ++j) {
        // pᵢⱼ does not change when the column is divided by its largest value: do so when the sum overflows.
        double s = X.col(j).sum(), k = 1.0;
        if (!std::isfinite(s)) {
            k = X.col(j).cwiseAbs().maxCoeff();
            s = (X.col(j) / k).sum();
        }
        double e = 1.0;
        if (s > 0) {
            double h = 0;
            for (Eigen::Index i = 0; i < n; ++i) {
                const double p = X(i, j) / k / s;
                if (p > 0)
                    h -= p * std::log(p);
            }
            e = h / lnN;
        }
        diversity(j) = std::max(0.0, 1.0 - e); // E can exceed 1 by rounding only
    }
    const double total = diversity.sum();
    return total > 0 ? Eigen::VectorXd(diversity / total) : equalWeights(m);
}

Eigen::VectorXd criticWeights(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs)
{
    const Eigen::Index n = X.rows(), m = X.cols();
    if (n < 2)
        return equalWeights(m);
    const Eigen::MatrixXd R = normalize(X, dirs, Normalization::MinMax);
    // normalize() maps a constant column to 1.0 everywhere; its σ is 0 and it carries no information.
    const Eigen::RowVectorXd mean = R.colwise().mean();
    const Eigen::MatrixXd C = R.rowwise() - mean;
    Eigen::VectorXd sigma(m);
    for (Eigen::Index j = 0; j < m; ++j)
        sigma(j) = std::sqrt(C.col(j).squaredNorm() / static_cast<double>(n - 1));
    Eigen::VectorXd info(m);
    for (Eigen::Index j = 0; j < m; ++j) {
        double conflict = 0;
        for (Eigen::Index k = 0; k < m; ++k) {
            double r = 0;
            if (k == j)
                r = 1;
            else if (sigma(j) > 0 && sigma(k) > 0)
                r = C.col(j).dot(C.col(k)) / (std::sqrt(C.col(j).squaredNorm()) * std::sqrt(C.col(k).squaredNorm()));
            conflict += 1.0 - r;
        }
        info(j) = sigma(j) * conflict;
    }
    const double total = info.sum();
    return total > 0 ? Eigen::VectorXd(info / total) : equalWeights(m);
}

Eigen::VectorXd stdDevWeights(const Eigen::Ref<const Eigen::MatrixXd> &R)
{
    const Eigen::Index m = R.cols();
    if (R.rows() < 2)
        return equalWeights(m);
    const Eigen::MatrixXd C = R.rowwise() - R.colwise().mean();
    Eigen::VectorXd sigma(m);
    for (Eigen::Index j = 0; j < m; ++j) {
        sigma(j) = std::sqrt(C.col(j).squaredNorm() / static_cast<double>(R.rows() - 1));
        if (!std::isfinite(sigma(j))) {
            // Raw values near the largest double (normalisation none): σ(x) = k·σ(x/k) with k the largest |x|.
            const double k = R.col(j).cwiseAbs().maxCoeff();
            const Eigen::VectorXd xs = R.col(j) / k;
            sigma(j) = k * std::sqrt((xs.array() - xs.mean()).matrix().squaredNorm() / static_cast<double>(R.rows() - 1));
        }
    }
    const double total = sigma.sum();
    if (!std::isfinite(total)) // σ near the largest double: normalizedWeights scales them by the largest first
        return normalizedWeights(sigma);
    return total > 0 ? Eigen::VectorXd(sigma / total) : equalWeights(m);
}

Eigen::VectorXd computeWeights(const DecisionProblem &p, WeightMethod m)
{
    switch (m) {
    case WeightMethod::Equal:
        return equalWeights(p.X.cols());
    case WeightMethod::ROC:
        return rocWeights(importanceRanks(p.ranks));
    case WeightMethod::RankSum:
        return rankSumWeights(importanceRanks(p.ranks));
    case WeightMethod::Entropy:
        return entropyWeights(p.X);
    case WeightMethod::CRITIC:
        return criticWeights(p.X, p.directions);
    case WeightMethod::StdDev:
        return stdDevWeights(normalize(p.X, p.directions, p.normalization.value_or(Normalization::None)));
    }
    return equalWeights(p.X.cols());
}

} // namespace vb::mcda
