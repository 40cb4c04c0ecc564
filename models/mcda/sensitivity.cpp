// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivity.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vb::mcda {

Eigen::VectorXd rescaledWeights(const Eigen::Ref<const Eigen::VectorXd> &w, Eigen::Index j, double t)
{
    const Eigen::Index m = w.size();
    Eigen::VectorXd out(m);
    const double rest = 1.0 - w(j);
    for (Eigen::Index k = 0; k < m; ++k) {
        if (k == j)
            out(k) = t;
        else if (rest > 1e-15)
            out(k) = w(k) * (1.0 - t) / rest;
        else
            out(k) = (1.0 - t) / static_cast<double>(m - 1);
    }
    return out;
}

namespace {

int winnerOf(const ScoreResult &s)
{
    for (std::size_t i = 0; i < s.ranks.size(); ++i)
        if (s.ranks[i] == 1)
            return static_cast<int>(i);
    return 0;
}

/** Exact intervals for WSM: every score is linear in t, s_i(t) = B_i + t(R_ij − B_i). */
void exactWsm(const Eigen::MatrixXd &R, const Eigen::VectorXd &w, Eigen::Index j, int winner, const std::vector<int> &order, CriterionStability &c)
{
    const Eigen::Index n = R.rows();
    const Eigen::VectorXd s0 = R * w;
    // Scores at t = 0 and the slope in t.
    const Eigen::VectorXd w0 = rescaledWeights(w, j, 0.0), w1 = rescaledWeights(w, j, 1.0);
    const Eigen::VectorXd B = R * w0, slope = R * w1 - B;
    const double tol = 1e-12 * std::max(1.0, s0.cwiseAbs().maxCoeff());
    // Keeps the interval of t where f(t) = c0 + d·t ≥ 0, given it holds at the current weight.
    const auto constrain = [&](double c0, double d, double &lo, double &hi) {
        if (std::abs(d) <= 1e-15)
            return;
        const double root = -c0 / d;
        if (d > 0)
            lo = std::max(lo, root);
        else
            hi = std::min(hi, root);
    };
    c.topLower = 0.0;
    c.topUpper = 1.0;
    for (Eigen::Index b = 0; b < n; ++b)
        if (b != winner)
            constrain(B(winner) - B(b), slope(winner) - slope(b), c.topLower, c.topUpper);
    c.rankLower = 0.0;
    c.rankUpper = 1.0;
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
        const int a = order[k], b = order[k + 1];
        const double gap = s0(a) - s0(b), d = slope(a) - slope(b);
        if (gap <= tol && std::abs(d) > 1e-15) {
            c.rankLower = c.rankUpper = c.weight; // a tie that any change breaks
        } else {
            constrain(B(a) - B(b), d, c.rankLower, c.rankUpper);
        }
    }
    c.topLower = std::clamp(std::min(c.topLower, c.weight), 0.0, 1.0);
    c.topUpper = std::clamp(std::max(c.topUpper, c.weight), 0.0, 1.0);
    c.rankLower = std::clamp(std::min(c.rankLower, c.weight), 0.0, 1.0);
    c.rankUpper = std::clamp(std::max(c.rankUpper, c.weight), 0.0, 1.0);
}

/** Moves from w_j towards the end (dir = ±1) on a 0.01 grid until pred fails, then bisects to 1e-6. */
template<typename Pred>
double searchBoundary(double start, int dir, Pred pred)
{
    const double end = dir > 0 ? 1.0 : 0.0;
    double good = start;
    constexpr double step = 0.01;
    while (true) {
        double t = good + dir * step;
        if ((dir > 0 && t >= end) || (dir < 0 && t <= end))
            t = end;
        if (!pred(t)) {
            double bad = t;
            while (std::abs(bad - good) > 1e-6) {
                const double mid = 0.5 * (good + bad);
                (pred(mid) ? good : bad) = mid;
            }
            return good;
        }
        good = t;
        if (t == end)
            return end;
    }
}

} // namespace

StabilityResult weightStability(const DecisionProblem &p)
{
    StabilityResult r;
    const Eigen::VectorXd w = normalizedWeights(p.weights);
    const auto base = scoreWith(p, w);
    r.winner = winnerOf(base);
    r.exact = p.method == Method::WSM;
    const Eigen::Index m = w.size();
    const bool hib = higherIsBetter(p.method);
    std::vector<int> order(base.ranks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return hib ? base.scores(a) > base.scores(b) : base.scores(a) < base.scores(b); });
    const Eigen::MatrixXd R = r.exact ? normalize(p.X, p.directions, effectiveNormalization(p.method, p.normalization)) : Eigen::MatrixXd();

    const auto winnerAt = [&](Eigen::Index j, double t) { return winnerOf(scoreWith(p, rescaledWeights(w, j, t))); };
    const auto winnerBeyond = [&](Eigen::Index j, double t, int dir) {
        // Just past the interval end; fall back to the end itself at 0 or 1.
        const double beyond = std::clamp(t + dir * (r.exact ? 1e-7 : 2e-6), 0.0, 1.0);
        return winnerAt(j, beyond);
    };

    for (Eigen::Index j = 0; j < m; ++j) {
        CriterionStability c;
        c.criterion = static_cast<int>(j);
        c.weight = w(j);
        if (r.exact) {
            exactWsm(R, w, j, r.winner, order, c);
        } else {
            const auto sameWinner = [&](double t) { return winnerAt(j, t) == r.winner; };
            const auto sameRanking = [&](double t) { return scoreWith(p, rescaledWeights(w, j, t)).ranks == base.ranks; };
            c.topLower = searchBoundary(c.weight, -1, sameWinner);
            c.topUpper = searchBoundary(c.weight, +1, sameWinner);
            c.rankLower = searchBoundary(c.weight, -1, sameRanking);
            c.rankUpper = searchBoundary(c.weight, +1, sameRanking);
        }
        if (c.topLower > 0.0) {
            const int nw = winnerBeyond(j, c.topLower, -1);
            if (nw != r.winner)
                c.lowerFlip = WeightFlip{c.topLower, c.topLower - c.weight, nw};
        }
        if (c.topUpper < 1.0) {
            const int nw = winnerBeyond(j, c.topUpper, +1);
            if (nw != r.winner)
                c.upperFlip = WeightFlip{c.topUpper, c.topUpper - c.weight, nw};
        }
        for (const auto &f : {c.lowerFlip, c.upperFlip})
            if (f && (!r.smallestFlip || std::abs(f->change) < std::abs(r.smallestFlip->change))) {
                r.smallestFlip = f;
                r.smallestCriterion = c.criterion;
            }
        r.criteria.push_back(c);
    }
    return r;
}

TopAlternatives topAlternatives(const DecisionProblem &p, Eigen::Index k)
{
    TopAlternatives out;
    const Eigen::Index n = p.X.rows();
    k = std::clamp<Eigen::Index>(k, 0, n);
    const auto base = score(p);
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return base.ranks[static_cast<std::size_t>(a)] < base.ranks[static_cast<std::size_t>(b)]; });
    order.resize(static_cast<std::size_t>(k));
    out.rows = order;

    DecisionProblem &q = out.problem;
    q = p;
    q.X.resize(0, 0);
    q.alternatives.clear();
    const Normalization norm = effectiveNormalization(p.method, p.normalization);
    const Eigen::MatrixXd R = norm == Normalization::None ? Eigen::MatrixXd() : normalize(p.X, p.directions, norm);
    const Eigen::MatrixXd &from = norm == Normalization::None ? p.X : R;
    q.X.resize(k, p.X.cols());
    for (Eigen::Index i = 0; i < k; ++i) {
        const int row = order[static_cast<std::size_t>(i)];
        q.X.row(i) = from.row(row);
        if (static_cast<std::size_t>(row) < p.alternatives.size())
            q.alternatives.push_back(p.alternatives[static_cast<std::size_t>(row)]);
    }
    if (norm != Normalization::None) {
        q.directions.assign(p.directions.size(), Direction::Benefit);
        q.normalization = Normalization::None;
    }
    return out;
}

} // namespace vb::mcda
