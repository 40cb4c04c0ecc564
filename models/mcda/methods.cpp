// SPDX-License-Identifier: GPL-3.0-or-later
// WPM, TOPSIS, VIKOR and PROMETHEE II, plus the dispatcher used by the CLI, sensitivity and SMAA.
#include "mcda.h"
#include "kernels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vb::mcda {

Eigen::VectorXd wpm(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w)
{
    // Summing logarithms keeps long products of small factors from underflowing before the final exp.
    Eigen::VectorXd logScore = Eigen::VectorXd::Zero(R.rows());
    Eigen::VectorXi zero = Eigen::VectorXi::Zero(R.rows());
    for (Eigen::Index j = 0; j < R.cols(); ++j) {
        const double wj = w(j);
        if (wj == 0.0)
            continue; // x^0 = 1, also for x = 0
        for (Eigen::Index i = 0; i < R.rows(); ++i) {
            const double r = R(i, j);
            if (r > 0.0)
                logScore(i) += wj * std::log(r);
            else
                zero(i) = 1;
        }
    }
    Eigen::VectorXd s(R.rows());
    for (Eigen::Index i = 0; i < R.rows(); ++i)
        s(i) = zero(i) ? 0.0 : std::exp(logScore(i));
    return s;
}

TopsisResult topsis(const Eigen::Ref<const Eigen::MatrixXd> &R, const Eigen::Ref<const Eigen::VectorXd> &w)
{
    const Eigen::Index n = R.rows();
    TopsisResult t;
    t.dPlus = Eigen::VectorXd::Zero(n);
    t.dMinus = Eigen::VectorXd::Zero(n);
    t.closeness.resize(n);
    if (n == 0)
        return t;
    const auto &k = kernels::table();
    // Column by column (contiguous in Eigen's column-major storage), no n×m temporary: per element
    // d⁺ += ((hi − r)·w)², d⁻ += ((r − lo)·w)², in criterion order.
    for (Eigen::Index j = 0; j < R.cols(); ++j) {
        const double *col = R.col(j).data(); // a Ref's columns are contiguous (inner stride 1)
        double lo = 0.0, hi = 0.0;
        k.minMax(col, n, &lo, &hi);
        k.topsisColumn(col, n, hi, lo, w(j), t.dPlus.data(), t.dMinus.data());
    }
    k.topsisFinish(t.dPlus.data(), t.dMinus.data(), t.closeness.data(), n);
    return t;
}

TopsisResult topsis(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, Normalization norm,
                    const Eigen::Ref<const Eigen::VectorXd> &w)
{
    const Eigen::Index n = X.rows();
    TopsisResult t;
    t.dPlus = Eigen::VectorXd::Zero(n);
    t.dMinus = Eigen::VectorXd::Zero(n);
    t.closeness.resize(n);
    if (n == 0)
        return t;
    const auto &k = kernels::table();
    Eigen::VectorXd r; // one normalised column where one is needed (not monotone), hot in cache for the distance kernel
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        const bool cost = j < static_cast<Eigen::Index>(dirs.size()) && dirs[static_cast<std::size_t>(j)] == Direction::Cost;
        addTopsisDistances(X, j, cost, norm, w(j), t.dPlus.data(), t.dMinus.data(), r);
    }
    k.topsisFinish(t.dPlus.data(), t.dMinus.data(), t.closeness.data(), n);
    return t;
}

VikorResult vikor(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, const Eigen::Ref<const Eigen::VectorXd> &w,
                  double v)
{
    const Eigen::Index n = X.rows(), m = X.cols();
    VikorResult r;
    r.S = Eigen::VectorXd::Zero(n);
    r.R = Eigen::VectorXd::Zero(n);
    for (Eigen::Index j = 0; j < m; ++j) {
        const bool cost = j < static_cast<Eigen::Index>(dirs.size()) && dirs[static_cast<std::size_t>(j)] == Direction::Cost;
        const double hi = X.col(j).maxCoeff(), lo = X.col(j).minCoeff();
        const double best = cost ? lo : hi, worst = cost ? hi : lo;
        if (best == worst)
            continue; // the criterion does not discriminate: contributes 0
        if (std::isfinite(best - worst)) {
            for (Eigen::Index i = 0; i < n; ++i) {
                const double term = w(j) * (best - X(i, j)) / (best - worst);
                r.S(i) += term;
                r.R(i) = std::max(r.R(i), term);
            }
        } else {
            // Values of both signs near the largest double: best − worst overflows, half of it does not, and the
            // ratio (best − x)/(best − worst) is the same for the halves. Decided once per column.
            const double b = best / 2, span = b - worst / 2;
            for (Eigen::Index i = 0; i < n; ++i) {
                const double term = w(j) * (b - X(i, j) / 2) / span;
                r.S(i) += term;
                r.R(i) = std::max(r.R(i), term);
            }
        }
    }
    if (n == 0)
        return r;
    const double sBest = r.S.minCoeff(), sWorst = r.S.maxCoeff();
    const double rBest = r.R.minCoeff(), rWorst = r.R.maxCoeff();
    r.Q.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double qs = sWorst > sBest ? (r.S(i) - sBest) / (sWorst - sBest) : 0.0;
        const double qr = rWorst > rBest ? (r.R(i) - rBest) / (rWorst - rBest) : 0.0;
        r.Q(i) = v * qs + (1.0 - v) * qr;
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return r.Q(a) < r.Q(b); });
    const int first = order[0];
    if (n == 1) {
        r.compromiseSet = {first};
        return r;
    }
    const int second = order[1];
    const double dq = 1.0 / static_cast<double>(n - 1);
    constexpr double eps = 1e-12; // Q differences that equal DQ on paper must count as equal
    r.acceptableAdvantage = r.Q(second) - r.Q(first) >= dq - eps;
    const double sTol = 1e-12 * std::max(1.0, sWorst - sBest), rTol = 1e-12 * std::max(1.0, rWorst - rBest);
    r.acceptableStability = r.S(first) <= sBest + sTol || r.R(first) <= rBest + rTol;
    if (r.acceptableAdvantage && r.acceptableStability) {
        r.compromiseSet = {first};
    } else if (r.acceptableAdvantage) {
        r.compromiseSet = {first, second};
    } else {
        for (int a : order)
            if (r.Q(a) - r.Q(first) < dq - eps)
                r.compromiseSet.push_back(a);
    }
    return r;
}

double preferenceValue(const Preference &pref, double d)
{
    if (!(d > 0.0))
        return 0.0;
    switch (pref.function) {
    case PreferenceFunction::Usual:
        return 1.0;
    case PreferenceFunction::UShape:
        return d > pref.q ? 1.0 : 0.0;
    case PreferenceFunction::VShape:
        return pref.p > 0.0 ? std::min(d / pref.p, 1.0) : 1.0;
    case PreferenceFunction::Level:
        if (d <= pref.q)
            return 0.0;
        return d <= pref.p ? 0.5 : 1.0;
    case PreferenceFunction::Linear:
        if (d <= pref.q)
            return 0.0;
        if (d > pref.p)
            return 1.0;
        return pref.p > pref.q ? (d - pref.q) / (pref.p - pref.q) : 1.0;
    case PreferenceFunction::Gaussian:
        return pref.s > 0.0 ? 1.0 - std::exp(-d * d / (2.0 * pref.s * pref.s)) : 1.0;
    }
    return 0.0;
}

PrometheeResult promethee2(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs, const Eigen::Ref<const Eigen::VectorXd> &w,
                           const std::vector<Preference> &prefs)
{
    const Eigen::Index n = X.rows(), m = X.cols();
    const Eigen::VectorXd wn = normalizedWeights(w);
    PrometheeResult r;
    r.pi = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index j = 0; j < m; ++j) {
        if (wn(j) == 0.0)
            continue;
        const bool cost = j < static_cast<Eigen::Index>(dirs.size()) && dirs[static_cast<std::size_t>(j)] == Direction::Cost;
        const Preference pref = j < static_cast<Eigen::Index>(prefs.size()) ? prefs[static_cast<std::size_t>(j)] : Preference{};
        for (Eigen::Index b = 0; b < n; ++b)
            for (Eigen::Index a = 0; a < n; ++a) {
                if (a == b)
                    continue;
                const double d = cost ? X(b, j) - X(a, j) : X(a, j) - X(b, j);
                r.pi(a, b) += wn(j) * preferenceValue(pref, d);
            }
    }
    const double denom = n > 1 ? static_cast<double>(n - 1) : 1.0;
    r.phiPlus = r.pi.rowwise().sum() / denom;
    r.phiMinus = r.pi.colwise().sum().transpose() / denom;
    r.phi = r.phiPlus - r.phiMinus;
    return r;
}

PrometheeResult promethee2Flows(const Eigen::Ref<const Eigen::MatrixXd> &X, const std::vector<Direction> &dirs,
                                const Eigen::Ref<const Eigen::VectorXd> &w, const std::vector<Preference> &prefs)
{
    const Eigen::Index n = X.rows(), m = X.cols();
    const Eigen::VectorXd wn = normalizedWeights(w);
    PrometheeResult r;
    r.phiPlus = Eigen::VectorXd::Zero(n);
    r.phiMinus = Eigen::VectorXd::Zero(n);
    std::vector<double> g(static_cast<std::size_t>(n)), sorted, prefix;
    for (Eigen::Index j = 0; j < m; ++j) {
        if (wn(j) == 0.0)
            continue;
        const bool cost = j < static_cast<Eigen::Index>(dirs.size()) && dirs[static_cast<std::size_t>(j)] == Direction::Cost;
        const Preference pref = j < static_cast<Eigen::Index>(prefs.size()) ? prefs[static_cast<std::size_t>(j)] : Preference{};
        // Higher is better on g: d(a, b) = g_a − g_b, as in promethee2().
        for (Eigen::Index a = 0; a < n; ++a)
            g[static_cast<std::size_t>(a)] = cost ? -X(a, j) : X(a, j);
        if (pref.function == PreferenceFunction::Gaussian) {
            for (Eigen::Index a = 0; a < n; ++a)
                for (Eigen::Index b = 0; b < n; ++b) {
                    const double v = wn(j) * preferenceValue(pref, g[static_cast<std::size_t>(a)] - g[static_cast<std::size_t>(b)]);
                    r.phiPlus(a) += v;
                    r.phiMinus(b) += v;
                }
            continue;
        }
        // P(d) = 0 for d ≤ t0, alpha + beta·d for t0 < d ≤ t1, 1 for d > t1 (the cases of preferenceValue()).
        double t0 = 0.0, t1 = 0.0, alpha = 0.0, beta = 0.0;
        switch (pref.function) {
        case PreferenceFunction::Usual:
        case PreferenceFunction::Gaussian:
            break;
        case PreferenceFunction::UShape:
            t0 = t1 = std::max(pref.q, 0.0);
            break;
        case PreferenceFunction::VShape:
            if (pref.p > 0.0) {
                t1 = pref.p;
                beta = 1.0 / pref.p;
            }
            break;
        case PreferenceFunction::Level:
            t0 = t1 = std::max(pref.q, 0.0);
            if (pref.p > t0) {
                t1 = pref.p;
                alpha = 0.5;
            }
            break;
        case PreferenceFunction::Linear:
            t0 = t1 = std::max(pref.q, 0.0);
            if (pref.p > t0 && pref.p > pref.q) {
                t1 = pref.p;
                alpha = -pref.q / (pref.p - pref.q);
                beta = 1.0 / (pref.p - pref.q);
            }
            break;
        }
        sorted = g;
        std::sort(sorted.begin(), sorted.end());
        prefix.assign(sorted.size() + 1, 0.0);
        for (std::size_t k = 0; k < sorted.size(); ++k)
            prefix[k + 1] = prefix[k] + sorted[k];
        const auto countBelow = [&](double y) { return static_cast<double>(std::lower_bound(sorted.begin(), sorted.end(), y) - sorted.begin()); };
        const auto indexBelow = [&](double y) { return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), y) - sorted.begin()); };
        const auto indexAtMost = [&](double y) { return static_cast<std::size_t>(std::upper_bound(sorted.begin(), sorted.end(), y) - sorted.begin()); };
        const double nd = static_cast<double>(n);
        for (Eigen::Index a = 0; a < n; ++a) {
            const double x = g[static_cast<std::size_t>(a)];
            // Σ_b P(x − g_b): g_b < x − t1 counts 1; x − t1 ≤ g_b < x − t0 the middle piece.
            double plus = countBelow(x - t1);
            if (t1 > t0) {
                const std::size_t lo = indexBelow(x - t1), hi = indexBelow(x - t0);
                const double c = static_cast<double>(hi - lo), sum = prefix[hi] - prefix[lo];
                plus += alpha * c + beta * (c * x - sum);
            }
            // Σ_b P(g_b − x): g_b > x + t1 counts 1; x + t0 < g_b ≤ x + t1 the middle piece.
            double minus = nd - static_cast<double>(indexAtMost(x + t1));
            if (t1 > t0) {
                const std::size_t lo = indexAtMost(x + t0), hi = indexAtMost(x + t1);
                const double c = static_cast<double>(hi - lo), sum = prefix[hi] - prefix[lo];
                minus += alpha * c + beta * (sum - c * x);
            }
            r.phiPlus(a) += wn(j) * plus;
            r.phiMinus(a) += wn(j) * minus;
        }
    }
    const double denom = n > 1 ? static_cast<double>(n - 1) : 1.0;
    r.phiPlus /= denom;
    r.phiMinus /= denom;
    r.phi = r.phiPlus - r.phiMinus;
    return r;
}

Normalization effectiveNormalization(Method m, std::optional<Normalization> requested)
{
    switch (m) {
    case Method::VIKOR:
    case Method::PROMETHEE2:
        return Normalization::None;
    case Method::TOPSIS:
        return requested.value_or(Normalization::Vector);
    case Method::WSM:
    case Method::WPM:
        break;
    }
    return requested.value_or(Normalization::MaxLinear);
}

Eigen::VectorXd effectiveWeights(const DecisionProblem &p)
{
    return p.normalizeWeights ? normalizedWeights(p.weights) : p.weights;
}

ScoreResult scoreWith(const DecisionProblem &p, const Eigen::Ref<const Eigen::VectorXd> &w)
{
    ScoreResult s;
    s.method = p.method;
    s.normalization = effectiveNormalization(p.method, p.normalization);
    s.weights = w;
    switch (p.method) {
    case Method::WSM:
        s.scores = wsm(normalize(p.X, p.directions, s.normalization), w);
        break;
    case Method::WPM:
        s.scores = wpm(normalize(p.X, p.directions, s.normalization), w);
        break;
    case Method::TOPSIS:
        s.topsis = topsis(p.X, p.directions, s.normalization, w);
        s.scores = s.topsis->closeness;
        break;
    case Method::VIKOR:
        s.vikor = vikor(p.X, p.directions, w, p.v);
        s.scores = s.vikor->Q;
        break;
    case Method::PROMETHEE2:
        s.promethee = p.X.rows() > kPrometheeMatrixMaxAlternatives ? promethee2Flows(p.X, p.directions, w, p.preferences)
                                                                   : promethee2(p.X, p.directions, w, p.preferences);
        s.scores = s.promethee->phi;
        break;
    }
    s.ranks = fastCompetitionRanks(s.scores, higherIsBetter(p.method));
    if (!s.scores.allFinite()) // once per result, never per element: the cause is looked for only when it fails
        s.notFinite = blameCriterion(p, w);
    return s;
}

std::optional<std::size_t> blameCriterion(const DecisionProblem &p, const Eigen::Ref<const Eigen::VectorXd> &w)
{
    const Eigen::Index m = std::min<Eigen::Index>(p.X.cols(), w.size());
    std::optional<std::size_t> best;
    double worst = -1.0;
    for (Eigen::Index j = 0; j < m; ++j) {
        if (!std::isfinite(w(j)))
            return static_cast<std::size_t>(j);
        if (w(j) == 0.0 || p.X.rows() == 0)
            continue;
        // The column with the widest range of magnitudes: its largest |x| over its smallest non-zero |x| (a ratio
        // of 1e300 turns max/x or x/min into infinity), or its largest |x| when that alone is not finite.
        const Eigen::ArrayXd a = p.X.col(j).cwiseAbs().array();
        const double hi = a.maxCoeff();
        const double lo = (a > 0).any() ? (a > 0).select(a, hi).minCoeff() : hi;
        const double spread = !std::isfinite(hi) ? INFINITY : hi > 0 ? std::log10(hi) - std::log10(lo) : 0.0;
        if (spread > worst) {
            worst = spread;
            best = static_cast<std::size_t>(j);
        }
    }
    return best;
}

ScoreResult score(const DecisionProblem &p)
{
    return scoreWith(p, effectiveWeights(p));
}

std::optional<Method> parseMethod(std::string_view s)
{
    for (Method m : {Method::WSM, Method::WPM, Method::TOPSIS, Method::VIKOR, Method::PROMETHEE2})
        if (s == methodName(m))
            return m;
    return std::nullopt;
}

std::optional<Normalization> parseNormalization(std::string_view s)
{
    for (Normalization n : {Normalization::None, Normalization::Vector, Normalization::MinMax, Normalization::MaxLinear, Normalization::Sum})
        if (s == normalizationName(n))
            return n;
    return std::nullopt;
}

const char *methodName(Method m)
{
    switch (m) {
    case Method::WSM: return "wsm";
    case Method::WPM: return "wpm";
    case Method::TOPSIS: return "topsis";
    case Method::VIKOR: return "vikor";
    case Method::PROMETHEE2: return "promethee2";
    }
    return "";
}

const char *normalizationName(Normalization n)
{
    switch (n) {
    case Normalization::None: return "none";
    case Normalization::Vector: return "vector";
    case Normalization::MinMax: return "minmax";
    case Normalization::MaxLinear: return "max_linear";
    case Normalization::Sum: return "sum";
    }
    return "";
}

const char *preferenceName(PreferenceFunction f)
{
    switch (f) {
    case PreferenceFunction::Usual: return "usual";
    case PreferenceFunction::UShape: return "ushape";
    case PreferenceFunction::VShape: return "vshape";
    case PreferenceFunction::Level: return "level";
    case PreferenceFunction::Linear: return "linear";
    case PreferenceFunction::Gaussian: return "gaussian";
    }
    return "";
}

} // namespace vb::mcda
