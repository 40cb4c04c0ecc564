// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcda.h"

#include <algorithm>
#include <numeric>

namespace vb::mcda {

Eigen::MatrixXd normalize(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, Normalization n)
{
    Eigen::MatrixXd R(X.rows(), X.cols());
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        const auto x = X.col(j);
        const bool cost = j < static_cast<Eigen::Index>(dirs.size()) && dirs[static_cast<std::size_t>(j)] == Direction::Cost;
        auto r = R.col(j);
        switch (n) {
        case Normalization::None:
            r = x;
            break;
        case Normalization::Vector: {
            const double norm = x.norm();
            if (norm == 0.0)
                r.setOnes();
            else if (cost)
                r = (1.0 - x.array() / norm).matrix();
            else
                r = x / norm;
            break;
        }
        case Normalization::MinMax: {
            const double lo = x.minCoeff(), hi = x.maxCoeff();
            if (hi - lo == 0.0)
                r.setOnes();
            else if (cost)
                r = ((hi - x.array()) / (hi - lo)).matrix();
            else
                r = ((x.array() - lo) / (hi - lo)).matrix();
            break;
        }
        case Normalization::MaxLinear: {
            const double lo = x.minCoeff(), hi = x.maxCoeff();
            if (!cost) {
                if (hi == 0.0)
                    r.setOnes();
                else
                    r = x / hi;
            } else {
                for (Eigen::Index i = 0; i < x.size(); ++i)
                    r(i) = x(i) == 0.0 ? 1.0 : lo / x(i);
            }
            break;
        }
        case Normalization::Sum: {
            if (!cost) {
                const double s = x.sum();
                if (s == 0.0)
                    r.setOnes();
                else
                    r = x / s;
            } else {
                const bool anyZero = (x.array() == 0.0).any();
                if (anyZero) {
                    r.setOnes(); // 1/0 undefined: the column carries no usable information
                } else {
                    const Eigen::VectorXd inv = x.cwiseInverse();
                    r = inv / inv.sum();
                }
            }
            break;
        }
        }
    }
    return R;
}

Eigen::VectorXd wsm(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w)
{
    return R * w;
}

std::vector<int> competitionRanks(const Eigen::Ref<const Eigen::VectorXd> &scores, bool higherIsBetter)
{
    const auto n = static_cast<std::size_t>(scores.size());
    std::vector<int> ranks(n, 1);
    if (n == 0)
        return ranks;
    const double range = scores.maxCoeff() - scores.minCoeff();
    const double tol = 1e-9 * (range > 0 ? range : 1.0);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return higherIsBetter ? scores(static_cast<Eigen::Index>(a)) > scores(static_cast<Eigen::Index>(b))
                              : scores(static_cast<Eigen::Index>(a)) < scores(static_cast<Eigen::Index>(b));
    });
    // Walk the sorted list; an entry within tol of the head of its tie group shares that rank.
    double groupScore = scores(static_cast<Eigen::Index>(order[0]));
    int groupRank = 1;
    for (std::size_t k = 0; k < n; ++k) {
        const double s = scores(static_cast<Eigen::Index>(order[k]));
        if (std::abs(s - groupScore) > tol) {
            groupScore = s;
            groupRank = static_cast<int>(k) + 1;
        }
        ranks[order[k]] = groupRank;
    }
    return ranks;
}

Eigen::VectorXd normalizedWeights(const Eigen::Ref<const Eigen::VectorXd> &w)
{
    const double s = w.sum();
    return s > 0 ? Eigen::VectorXd(w / s) : Eigen::VectorXd(w);
}

} // namespace vb::mcda
