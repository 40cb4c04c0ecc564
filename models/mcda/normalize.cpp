// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcda.h"
#include "kernels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vb::mcda {

namespace {

struct ColumnMap {
    kernels::ColumnOp op = kernels::ColumnOp::Copy;
    double a = 0.0, b = 0.0;
};

/** The formula of a column x: its constants (norm, extremes, sums) with Eigen, the element-wise part in a kernel
 *  (the same IEEE operations as the Eigen expressions this replaced, so the same bits).
 *  @param[out] overflow  set when a constant is not finite (‖x‖, max − min, Σx or Σ1/x beyond the largest double):
 *                        the caller then scales the column (columnScale) and asks again. */
ColumnMap columnMap(const Eigen::Ref<const Eigen::VectorXd> &x, bool cost, Normalization n, bool &overflow)
{
    using Op = kernels::ColumnOp;
    overflow = false;
    switch (n) {
    case Normalization::None:
        return {Op::Copy};
    case Normalization::Vector: {
        const double norm = x.norm();
        if (norm == 0.0)
            return {Op::Ones};
        overflow = !std::isfinite(norm);
        return {cost ? Op::OneMinusDivide : Op::Divide, norm}; // cost 1 − x/‖x‖
    }
    case Normalization::MinMax: {
        const double lo = x.minCoeff(), hi = x.maxCoeff();
        if (hi - lo == 0.0)
            return {Op::Ones};
        overflow = !std::isfinite(hi - lo);
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
            overflow = !std::isfinite(s);
            return {Op::Divide, s};
        }
        if ((x.array() == 0.0).any())
            return {Op::Ones}; // 1/0 undefined: the column carries no usable information
        const Eigen::VectorXd inv = x.cwiseInverse();
        const double s = inv.sum();
        overflow = !std::isfinite(s);
        return {Op::InverseDivide, s}; // (1/x)/Σ(1/x)
    }
    }
    return {};
}

/** The divisor that brings a column whose constants overflow back into range. Every normalisation here is
 *  invariant under x → x/k for k > 0 (x/‖x‖, (x − min)/(max − min), x/Σx, (1/x)/Σ(1/x)), so the scaled column
 *  gives the same result: by its largest magnitude (then |x| ≤ 1, ‖x‖ ≤ √n, max − min ≤ 2, |Σx| ≤ n), and for the
 *  cost sum by its smallest (then |1/x| ≤ 1 and |Σ1/x| ≤ n; a value that becomes ±inf only adds 1/x = 0). */
double columnScale(const Eigen::Ref<const Eigen::VectorXd> &x, bool cost, Normalization n)
{
    const Eigen::ArrayXd a = x.cwiseAbs().array();
    return n == Normalization::Sum && cost ? a.minCoeff() : a.maxCoeff();
}

/** Whether this TU's Eigen sums a vector the way kernels::Table::sumSquaresExtremes does: Eigen 3.4 with 2-double
 *  packets (the SSE2 build; with AVX Eigen adds in another order, and Eigen's norm is used). */
constexpr bool kEigenSumsInPairs = EIGEN_WORLD_VERSION == 3 && EIGEN_MAJOR_VERSION == 4 &&
                                   bool(Eigen::internal::packet_traits<double>::Vectorizable) &&
                                   Eigen::internal::packet_traits<double>::size == 2;

} // namespace

void normalizeColumn(const Eigen::Ref<const Eigen::MatrixXd> &X, Eigen::Index j, bool cost, Normalization n, double *r, double *lo, double *hi)
{
    bool overflow = false;
    ColumnMap c = columnMap(X.col(j), cost, n, overflow);
    const double *x = X.col(j).data();
    Eigen::VectorXd scaled; // only for a column near the largest double: once per column, never per element
    if (overflow) {
        scaled = X.col(j) / columnScale(X.col(j), cost, n);
        c = columnMap(scaled, cost, n, overflow);
        x = scaled.data();
    }
    double l = 0.0, h = 0.0;
    if (X.rows() > 0)
        kernels::table().normalizeColumn(x, X.rows(), static_cast<int>(c.op), c.a, c.b, r, &l, &h);
    if (lo)
        *lo = l;
    if (hi)
        *hi = h;
}

void addTopsisDistances(const Eigen::Ref<const Eigen::MatrixXd> &X, Eigen::Index j, bool cost, Normalization n, double w, double *dp, double *dm,
                        Eigen::VectorXd &r)
{
    const Eigen::Index rows = X.rows();
    if (rows == 0)
        return;
    const auto &k = kernels::table();
    using Op = kernels::ColumnOp;
    const double *x = X.col(j).data();
    double ends[2] = {0.0, 0.0};
    if (n == Normalization::Vector && kEigenSumsInPairs) {
        // ‖x‖ as columnMap's x.norm() (the same additions, bit for bit) and the extremes in one pass.
        double ss = 0.0;
        const bool finite = k.sumSquaresExtremes(x, rows, &ss, &ends[0], &ends[1]);
        const double norm = std::sqrt(ss);
        if (finite && norm != 0.0 && std::isfinite(norm)) {
            const auto op = static_cast<int>(cost ? Op::OneMinusDivide : Op::Divide);
            double mapped[2], lo = 0.0, hi = 0.0;
            k.normalizeColumn(ends, 2, op, norm, 0.0, mapped, &lo, &hi);
            k.topsisRawColumn(x, rows, op, norm, 0.0, hi, lo, w, dp, dm);
            return;
        }
    }
    bool overflow = false;
    const ColumnMap c = columnMap(X.col(j), cost, n, overflow);
    // A normalisation monotone in x (Copy, Ones, and one division by a finite non-zero constant) takes its extremes
    // at the extremes of x: the kernel maps those two values the way it maps the column, so lo and hi are the
    // extremes normalizeColumn would find (up to the sign of a zero, which the squared distances do not see), and
    // the normalised values need not be stored. Not for min/x or 1/x (not monotone across 0), non-finite values or
    // a column that overflows (normalizeColumn scales it).
    const bool monotone = !overflow && (c.op == Op::Copy || c.op == Op::Ones ||
                                        ((c.op == Op::Divide || c.op == Op::OneMinusDivide) && std::isfinite(c.a) && c.a != 0.0) ||
                                        ((c.op == Op::MinusDivide || c.op == Op::FromDivide) && std::isfinite(c.a) && std::isfinite(c.b) && c.b != 0.0));
    if (monotone && k.extremes(x, rows, &ends[0], &ends[1])) {
        double mapped[2], lo = 0.0, hi = 0.0;
        k.normalizeColumn(ends, 2, static_cast<int>(c.op), c.a, c.b, mapped, &lo, &hi);
        k.topsisRawColumn(x, rows, static_cast<int>(c.op), c.a, c.b, hi, lo, w, dp, dm);
        return;
    }
    double lo = 0.0, hi = 0.0;
    r.resize(rows);
    normalizeColumn(X, j, cost, n, r.data(), &lo, &hi);
    k.topsisColumn(r.data(), rows, hi, lo, w, dp, dm);
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
    if (std::isfinite(s))
        return s > 0 ? Eigen::VectorXd(w / s) : Eigen::VectorXd(w);
    // The sum overflows (weights near the largest double, e.g. {1e308, 1e308}): w/Σw = (w/max)/Σ(w/max).
    const double big = w.cwiseAbs().maxCoeff();
    if (!std::isfinite(big))
        return Eigen::VectorXd(w); // a non-finite weight: validation refuses it; scoring reports the result as not finite
    const Eigen::VectorXd scaled = w / big;
    const double ss = scaled.sum();
    return ss > 0 ? Eigen::VectorXd(scaled / ss) : Eigen::VectorXd(w);
}

} // namespace vb::mcda
