// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcda.h"
#include "kernels.h"

#include <algorithm>
#include <numeric>

namespace vb::mcda {

namespace {

struct ColumnMap {
    kernels::ColumnOp op = kernels::ColumnOp::Copy;
    double a = 0.0, b = 0.0;
};

/** The formula of column j: its constants (norm, extremes, sums) with Eigen, the element-wise part in a kernel
 *  (the same IEEE operations as the Eigen expressions this replaced, so the same bits). */
ColumnMap columnMap(const Eigen::Ref<const Eigen::MatrixXd> &X, Eigen::Index j, bool cost, Normalization n)
{
    using Op = kernels::ColumnOp;
    const auto x = X.col(j);
    switch (n) {
    case Normalization::None:
        return {Op::Copy};
    case Normalization::Vector: {
        const double norm = x.norm();
        if (norm == 0.0)
            return {Op::Ones};
        return {cost ? Op::OneMinusDivide : Op::Divide, norm}; // cost 1 − x/‖x‖
    }
    case Normalization::MinMax: {
        const double lo = x.minCoeff(), hi = x.maxCoeff();
        if (hi - lo == 0.0)
            return {Op::Ones};
        return cost ? ColumnMap{Op::FromDivide, hi, hi - lo} : ColumnMap{Op::MinusDivide, lo, hi - lo};
    }
    case Normalization::MaxLinear: {
        if (cost)
            return {Op::RatioOrOne, x.minCoeff()}; // min/x, 1.0 where x = 0
        const double hi = x.maxCoeff();
        if (hi == 0.0)
            return {Op::Ones};
        return {Op::Divide, hi};
    }
    case Normalization::Sum: {
        if (!cost) {
            const double s = x.sum();
            if (s == 0.0)
                return {Op::Ones};
            return {Op::Divide, s};
        }
        if ((x.array() == 0.0).any())
            return {Op::Ones}; // 1/0 undefined: the column carries no usable information
        const Eigen::VectorXd inv = x.cwiseInverse();
        return {Op::InverseDivide, inv.sum()}; // (1/x)/Σ(1/x)
    }
    }
    return {};
}

} // namespace

void normalizeColumn(const Eigen::Ref<const Eigen::MatrixXd> &X, Eigen::Index j, bool cost, Normalization n, double *r, double *lo, double *hi)
{
    const ColumnMap c = columnMap(X, j, cost, n);
    double l = 0.0, h = 0.0;
    if (X.rows() > 0)
        kernels::table().normalizeColumn(X.col(j).data(), X.rows(), static_cast<int>(c.op), c.a, c.b, r, &l, &h);
    if (lo)
        *lo = l;
    if (hi)
        *hi = h;
}

Eigen::MatrixXd normalize(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, Normalization n)
{
    Eigen::MatrixXd R(X.rows(), X.cols());
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        const bool cost = j < static_cast<Eigen::Index>(dirs.size()) && dirs[static_cast<std::size_t>(j)] == Direction::Cost;
        normalizeColumn(X, j, cost, n, R.col(j).data());
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
