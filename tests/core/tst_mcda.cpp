// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring methods, normalisations, ranks and weights against published or hand-computed values.
#include "mcda.h"
#include "sensitivity.h"
#include "weights.h"

#include "eigen_literals.h"
#include "tolerance.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace vb;
using vb::test::mat;
using vb::test::vec;
using vb::test::kTolerance;
using namespace vb::mcda;

namespace {




bool allFinite(const Eigen::MatrixXd &M)
{
    return M.allFinite();
}

#define QCOMPARE_VEC(actual, expected, eps)                                                                                                          \
    do {                                                                                                                                             \
        const Eigen::VectorXd a_ = (actual), e_ = (expected);                                                                                        \
        QCOMPARE(a_.size(), e_.size());                                                                                                              \
        for (Eigen::Index k_ = 0; k_ < a_.size(); ++k_)                                                                                              \
            if (std::abs(a_(k_) - e_(k_)) > (eps))                                                                                                   \
                QFAIL(qPrintable(QStringLiteral("element %1: %2 != %3").arg(k_).arg(a_(k_), 0, 'g', 17).arg(e_(k_), 0, 'g', 17)));                  \
    } while (0)

/** The phone example (4 criteria, equal weights 0.25). */
DecisionProblem phones()
{
    DecisionProblem p;
    p.alternatives = {"Phone 1", "Phone 2", "Phone 3", "Phone 4", "Phone 5"};
    p.criteria = {"price", "storage", "camera", "looks"};
    p.directions = {Direction::Cost, Direction::Benefit, Direction::Benefit, Direction::Benefit};
    p.weights = vec({0.25, 0.25, 0.25, 0.25});
    p.X = mat({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
    p.method = Method::TOPSIS;
    p.preferences.resize(4);
    return p;
}

} // namespace

class TestMcda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizations_data();
    void normalizations();
    void constantColumnNormalisesToOne();
    void competitionRanking();
    void fastRanksMatchReference();
    void wsmAndWpmHandComputed();
    void topsisPublishedPhones();
    void topsisScaleInvariance();
    void topsisDegenerate();
    void vikorHandComputed();
    void vikorDegenerate();
    void prometheeFunctions();
    void prometheeHandComputed();
    void prometheeFlowsHandComputed();
    void prometheeFlowsMatchPairwise_data();
    void prometheeFlowsMatchPairwise();
    void topAlternativesKeepWsmScores();
    void permutationProperty_data();
    void permutationProperty();
    void oneAlternativeIsFinite_data();
    void oneAlternativeIsFinite();
    void zeroWeight();
    void weightsRocRankSum();
    void weightsEntropy();
    void weightsCritic();
    void weightsStd();
    void weightsDegenerate();
};

void TestMcda::normalizations_data()
{
    QTest::addColumn<int>("norm");
    QTest::addColumn<bool>("cost");
    QTest::addColumn<QList<double>>("expected");
    // Column x = (1, 2, 3, 4): ‖x‖₂ = √30, Σx = 10, Σ(1/x) = 25/12.
    const double s30 = std::sqrt(30.0);
    QTest::newRow("none") << int(Normalization::None) << false << QList<double>{1, 2, 3, 4};
    QTest::newRow("vector") << int(Normalization::Vector) << false << QList<double>{1 / s30, 2 / s30, 3 / s30, 4 / s30};
    QTest::newRow("vector cost") << int(Normalization::Vector) << true << QList<double>{1 - 1 / s30, 1 - 2 / s30, 1 - 3 / s30, 1 - 4 / s30};
    QTest::newRow("minmax") << int(Normalization::MinMax) << false << QList<double>{0, 1.0 / 3, 2.0 / 3, 1};
    QTest::newRow("minmax cost") << int(Normalization::MinMax) << true << QList<double>{1, 2.0 / 3, 1.0 / 3, 0};
    QTest::newRow("max_linear") << int(Normalization::MaxLinear) << false << QList<double>{0.25, 0.5, 0.75, 1};
    QTest::newRow("max_linear cost") << int(Normalization::MaxLinear) << true << QList<double>{1, 0.5, 1.0 / 3, 0.25};
    QTest::newRow("sum") << int(Normalization::Sum) << false << QList<double>{0.1, 0.2, 0.3, 0.4};
    // (1/x)/Σ(1/x) = (12/25)/x
    QTest::newRow("sum cost") << int(Normalization::Sum) << true << QList<double>{12.0 / 25, 6.0 / 25, 4.0 / 25, 3.0 / 25};
}

void TestMcda::normalizations()
{
    QFETCH(int, norm);
    QFETCH(bool, cost);
    QFETCH(QList<double>, expected);
    const Eigen::MatrixXd X = mat({{1}, {2}, {3}, {4}});
    const auto R = normalize(X, {cost ? Direction::Cost : Direction::Benefit}, Normalization(norm));
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(R(i, 0) - expected[i]) < kTolerance, qPrintable(QString::number(R(i, 0), 'g', 17)));
}

void TestMcda::constantColumnNormalisesToOne()
{
    // Zero range (minmax), zero norm (vector), zero sum: every normalisation gives 1.0, never NaN.
    const Eigen::MatrixXd X = mat({{5, 0}, {5, 0}, {5, 0}});
    for (auto n : {Normalization::Vector, Normalization::MinMax, Normalization::MaxLinear, Normalization::Sum})
        for (auto d : {Direction::Benefit, Direction::Cost}) {
            const auto R = normalize(X, {d, d}, n);
            QVERIFY(allFinite(R));
            if (n == Normalization::MinMax || n != Normalization::Vector || d == Direction::Benefit)
                QVERIFY2((R.col(1).array() == 1.0).all(), normalizationName(n));
            if (n == Normalization::MinMax)
                QVERIFY((R.col(0).array() == 1.0).all());
        }
}

void TestMcda::competitionRanking()
{
    QCOMPARE(competitionRanks(vec({0.9, 0.5, 0.5, 0.1})), (std::vector<int>{1, 2, 2, 4}));
    // Within 1e-9 of the range counts as equal.
    QCOMPARE(competitionRanks(vec({1.0, 1.0 - 1e-12, 0.0})), (std::vector<int>{1, 1, 3}));
    QCOMPARE(competitionRanks(vec({0.3, 0.1, 0.2}), false), (std::vector<int>{3, 1, 2}));
    QCOMPARE(competitionRanks(vec({7, 7, 7})), (std::vector<int>{1, 1, 1}));
}

void TestMcda::fastRanksMatchReference()
{
    // The radix-sort ranking on hot paths must give exactly competitionRanks(): random data with many exact
    // ties, near-ties below 1e-9 of the range, negative values and ±0.
    std::uint64_t state = 12345;
    const auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 40) / static_cast<double>(1ULL << 24);
    };
    for (int round = 0; round < 50; ++round) {
        const int n = 1 + round * 37;
        Eigen::VectorXd s(n);
        for (int i = 0; i < n; ++i) {
            const double u = next();
            s(i) = round % 3 == 0 ? std::floor(u * 10) / 10 : (u - 0.5) * 1e3;
            if (i % 7 == 3 && i > 0)
                s(i) = s(i - 1) + 1e-13; // a near-tie
        }
        if (n > 2) {
            s(0) = 0.0;
            s(1) = -0.0;
        }
        QCOMPARE(fastCompetitionRanks(s, true), competitionRanks(s, true));
        QCOMPARE(fastCompetitionRanks(s, false), competitionRanks(s, false));
    }
}

void TestMcda::wsmAndWpmHandComputed()
{
    // Hand computation, max_linear: X = [[2, 10], [4, 5]], benefit / cost, w = (0.5, 0.5).
    // R = [[2/4, 5/10], [4/4, 5/5]] = [[0.5, 0.5], [1, 1]] → WSM (0.5, 1), WPM (0.5^0.5·0.5^0.5, 1) = (0.5, 1).
    DecisionProblem p;
    p.directions = {Direction::Benefit, Direction::Cost};
    p.X = mat({{2, 10}, {4, 5}});
    p.weights = vec({1, 1}); // normalised to (0.5, 0.5)
    p.method = Method::WSM;
    auto s = score(p);
    QCOMPARE(s.normalization, Normalization::MaxLinear);
    QCOMPARE_VEC(s.weights, vec({0.5, 0.5}), kTolerance);
    QCOMPARE_VEC(s.scores, vec({0.5, 1.0}), kTolerance);
    QCOMPARE(s.ranks, (std::vector<int>{2, 1}));
    // WPM with unequal weights: 0.5^0.25 · 0.5^0.75 = 0.5; X2 = [[1, 8], [2, 2]] → R = [[0.5, 0.25], [1, 1]]:
    // 0.5^0.25 · 0.25^0.75 = 2^-0.25 · 2^-1.5 = 2^-1.75.
    p.method = Method::WPM;
    p.X = mat({{1, 8}, {2, 2}});
    p.weights = vec({0.25, 0.75});
    s = score(p);
    QCOMPARE_VEC(s.scores, vec({std::pow(2.0, -1.75), 1.0}), kTolerance);
}

void TestMcda::topsisPublishedPhones()
{
    // Published worked example: github.com/mycr0ft/MultiComponentDecisionTheory (TOPSIS notebook, "Phone 1..5",
    // price/storage/camera/looks, equal weights). Its weighted normalised values v = 0.25·x/‖x‖₂ are, e.g.,
    // price 0.11070186069251191, 0.08856148855400953, 0.1328422328310143, 0.1217720467617631, 0.09963167462326072,
    // and the ideal price V⁺₀ = 0.0885614 (lowest price).
    const auto p = phones();
    const auto R = normalize(p.X, {Direction::Benefit, Direction::Benefit, Direction::Benefit, Direction::Benefit}, Normalization::Vector);
    const Eigen::VectorXd price = R.col(0) * 0.25;
    QCOMPARE_VEC(price, vec({0.11070186069251191, 0.08856148855400953, 0.1328422328310143, 0.1217720467617631, 0.09963167462326072}), kTolerance);
    QCOMPARE_VEC(Eigen::VectorXd(R.col(2) * 0.25), vec({0.10714285714285714, 0.07142857142857142, 0.14285714285714285, 0.07142857142857142, 0.14285714285714285}),
                 kTolerance);
    // Closeness recomputed by hand from those published weighted values (d⁺, d⁻ Euclidean to the column best and
    // worst): Phone 3 is the best and Phone 2 the worst, Phone 4 just ahead of Phone 1 (0.5347 vs 0.5343).
    const auto s = score(p);
    QCOMPARE(s.normalization, Normalization::Vector);
    QCOMPARE_VEC(s.scores, vec({0.5342768571821003, 0.3083677687324685, 0.6916322312675315, 0.534736584486838, 0.40104612151678615}), kTolerance);
    QCOMPARE(s.ranks, (std::vector<int>{3, 5, 1, 2, 4}));
    // Our cost convention 1 − x/‖x‖ gives the same distances as the textbook "min is ideal" for cost columns.
    QVERIFY(std::abs(s.topsis->dPlus(2) - 0.053419485738657506) < kTolerance);
}

void TestMcda::topsisScaleInvariance()
{
    // Property: scaling a benefit column by c > 0 leaves vector-normalised TOPSIS unchanged.
    auto p = phones();
    const auto before = score(p);
    for (double c : {1e-3, 0.5, 7.0, 1e6}) {
        auto q = p;
        q.X.col(2) *= c;
        QCOMPARE_VEC(score(q).scores, before.scores, kTolerance);
    }
}

void TestMcda::topsisDegenerate()
{
    // Identical alternatives: d⁺ = d⁻ = 0 for all; closeness is defined as 0.5 and all share rank 1.
    DecisionProblem p;
    p.directions = {Direction::Benefit, Direction::Cost};
    p.X = mat({{3, 4}, {3, 4}, {3, 4}});
    p.weights = vec({0.5, 0.5});
    p.method = Method::TOPSIS;
    const auto s = score(p);
    QCOMPARE_VEC(s.scores, vec({0.5, 0.5, 0.5}), 0);
    QCOMPARE(s.ranks, (std::vector<int>{1, 1, 1}));
}

void TestMcda::vikorHandComputed()
{
    // Hand computation (Opricovic & Tzeng 2004 formulas), w = (0.4, 0.3, 0.3), c1 benefit, c2 cost, c3 benefit:
    //        c1  c2  c3     f* = (9, 1, 90), f⁻ = (5, 5, 60)
    //  A1     7   3  60     terms 0.4·2/4=0.2, 0.3·2/4=0.15, 0.3·30/30=0.3 → S 0.65, R 0.3
    //  A2     5   1  80     0.4, 0, 0.1                                    → S 0.5,  R 0.4
    //  A3     9   5  70     0, 0.3, 0.2                                    → S 0.5,  R 0.3
    //  A4     6   2  90     0.3, 0.075, 0                                  → S 0.375, R 0.3
    // S* = 0.375, S⁻ = 0.65, R* = 0.3, R⁻ = 0.4, v = 0.5:
    // Q = 0.5(S−0.375)/0.275 + 0.5(R−0.3)/0.1 = (0.5, 0.72727…, 0.22727…, 0).
    // DQ = 1/3: Q(A3) − Q(A4) = 0.227 < DQ → no acceptable advantage → compromise set {A4, A3}; A4 is best by S.
    const auto r = vikor(mat({{7, 3, 60}, {5, 1, 80}, {9, 5, 70}, {6, 2, 90}}), {Direction::Benefit, Direction::Cost, Direction::Benefit},
                         vec({0.4, 0.3, 0.3}), 0.5);
    QCOMPARE_VEC(r.S, vec({0.65, 0.5, 0.5, 0.375}), kTolerance);
    QCOMPARE_VEC(r.R, vec({0.3, 0.4, 0.3, 0.3}), kTolerance);
    QCOMPARE_VEC(r.Q, vec({0.5, 8.0 / 11, 2.5 / 11, 0}), kTolerance);
    QVERIFY(!r.acceptableAdvantage);
    QVERIFY(r.acceptableStability);
    QCOMPARE(r.compromiseSet, (std::vector<int>{3, 2}));
    QCOMPARE(competitionRanks(r.Q, false), (std::vector<int>{3, 4, 2, 1}));
}

void TestMcda::vikorDegenerate()
{
    // S⁻ = S*: every S is 0.5, so the S term of Q is 0 and Q = 0.5(R − R*)/(R⁻ − R*).
    // X = [[7, 3], [5, 1], [9, 5]], w = (0.5, 0.5), c2 cost: terms A1 (0.25, 0.25), A2 (0.5, 0), A3 (0, 0.5).
    auto r = vikor(mat({{7, 3}, {5, 1}, {9, 5}}), {Direction::Benefit, Direction::Cost}, vec({0.5, 0.5}), 0.5);
    QCOMPARE_VEC(r.S, vec({0.5, 0.5, 0.5}), kTolerance);
    QCOMPARE_VEC(r.Q, vec({0, 0.5, 0.5}), kTolerance);
    // DQ = 0.5: advantage holds (0.5 ≥ 0.5), A1 best by R → {A1}.
    QVERIFY(r.acceptableAdvantage);
    QCOMPARE(r.compromiseSet, std::vector<int>{0});
    // A constant criterion (f* = f⁻) contributes 0; all alternatives identical → Q = 0 everywhere.
    r = vikor(mat({{1, 2}, {1, 2}}), {Direction::Benefit, Direction::Cost}, vec({0.5, 0.5}), 0.5);
    QVERIFY(allFinite(r.Q));
    QCOMPARE_VEC(r.Q, vec({0, 0}), 0);
    QVERIFY(!r.acceptableAdvantage); // 0 − 0 < DQ = 1
    QCOMPARE(r.compromiseSet, (std::vector<int>{0, 1}));
}

void TestMcda::prometheeFunctions()
{
    // The six shapes of Brans & Vincke (1985), with q = 1, p = 3, s = 2.
    using PF = PreferenceFunction;
    QCOMPARE(preferenceValue({PF::Usual}, 0.0), 0.0);
    QCOMPARE(preferenceValue({PF::Usual}, 1e-9), 1.0);
    QCOMPARE(preferenceValue({PF::UShape, 1, 0, 0}, 1.0), 0.0);
    QCOMPARE(preferenceValue({PF::UShape, 1, 0, 0}, 1.5), 1.0);
    QCOMPARE(preferenceValue({PF::VShape, 0, 3, 0}, 1.5), 0.5);
    QCOMPARE(preferenceValue({PF::VShape, 0, 3, 0}, 4.0), 1.0);
    QCOMPARE(preferenceValue({PF::Level, 1, 3, 0}, 1.0), 0.0);
    QCOMPARE(preferenceValue({PF::Level, 1, 3, 0}, 3.0), 0.5);
    QCOMPARE(preferenceValue({PF::Level, 1, 3, 0}, 3.1), 1.0);
    QCOMPARE(preferenceValue({PF::Linear, 1, 3, 0}, 2.0), 0.5);
    QCOMPARE(preferenceValue({PF::Linear, 1, 3, 0}, 3.5), 1.0);
    QVERIFY(std::abs(preferenceValue({PF::Gaussian, 0, 0, 2}, 2.0) - (1 - std::exp(-0.5))) < kTolerance);
    QCOMPARE(preferenceValue({PF::Gaussian, 0, 0, 2}, -2.0), 0.0);
}

void TestMcda::prometheeHandComputed()
{
    // Hand computation: c1 benefit `usual` w 0.6, c2 cost `linear` q = 1, p = 3, w 0.4.
    //      c1 c2   π(a,b) = 0.6·[g1(a) > g1(b)] + 0.4·P((g2(b) − g2(a)))
    //  A1   8  4   π(A1,A2) = 0.6 + 0.4·P(−2) = 0.6;     π(A1,A3) = 0.6 + 0.4·P(1) = 0.6
    //  A2   6  2   π(A2,A1) = 0 + 0.4·P(2) = 0.4·0.5 = 0.2; π(A2,A3) = 0 + 0.4·P(3) = 0.4
    //  A3   7  5   π(A3,A1) = 0 + 0.4·P(−1) = 0;        π(A3,A2) = 0.6 + 0 = 0.6
    // φ⁺ = (1.2, 0.6, 0.6)/2 = (0.6, 0.3, 0.3); φ⁻ = (0.2, 1.2, 1.0)/2 = (0.1, 0.6, 0.5); φ = (0.5, −0.3, −0.2).
    const auto r = promethee2(mat({{8, 4}, {6, 2}, {7, 5}}), {Direction::Benefit, Direction::Cost}, vec({3, 2}), // normalised to 0.6, 0.4
                              {Preference{}, Preference{PreferenceFunction::Linear, 1, 3, 0}});
    QCOMPARE_VEC(r.phiPlus, vec({0.6, 0.3, 0.3}), kTolerance);
    QCOMPARE_VEC(r.phiMinus, vec({0.1, 0.6, 0.5}), kTolerance);
    QCOMPARE_VEC(r.phi, vec({0.5, -0.3, -0.2}), kTolerance);
    QVERIFY(std::abs(r.pi(1, 0) - 0.2) < kTolerance);
    QCOMPARE(competitionRanks(r.phi), (std::vector<int>{1, 3, 2}));
    QVERIFY(std::abs(r.phi.sum()) < kTolerance); // net flows always sum to 0
}

void TestMcda::prometheeFlowsHandComputed()
{
    // The hand computation of prometheeHandComputed() through the sorted-prefix-sum flows:
    // φ⁺ = (0.6, 0.3, 0.3), φ⁻ = (0.1, 0.6, 0.5), φ = (0.5, −0.3, −0.2); no π matrix.
    // Criterion c2 alone (cost, linear q = 1, p = 3), as the prefix sums see it: g = −x2 = (−4, −2, −5), sorted
    // (−5, −4, −2). For A2 (g = −2): Σ_b P(−2 − g_b) = P(2) + P(3) = 0.5 + 1 = 1.5, i.e. g_b < −2 − 3 = −5: none
    // count 1, −5 ≤ g_b < −3: {−5, −4}, middle piece (d − q)/(p − q): (3 − 1)/2 + (2 − 1)/2 = 1.5. Weighted 0.4 → 0.6,
    // A2's whole φ⁺ is 0.6/2 = 0.3 (c1 adds nothing: A2 has the lowest c1).
    const auto r = promethee2Flows(mat({{8, 4}, {6, 2}, {7, 5}}), {Direction::Benefit, Direction::Cost}, vec({3, 2}),
                                   {Preference{}, Preference{PreferenceFunction::Linear, 1, 3, 0}});
    QCOMPARE_VEC(r.phiPlus, vec({0.6, 0.3, 0.3}), kTolerance);
    QCOMPARE_VEC(r.phiMinus, vec({0.1, 0.6, 0.5}), kTolerance);
    QCOMPARE_VEC(r.phi, vec({0.5, -0.3, -0.2}), kTolerance);
    QCOMPARE(r.pi.size(), Eigen::Index(0));
}

void TestMcda::prometheeFlowsMatchPairwise_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("s");
    using PF = PreferenceFunction;
    QTest::newRow("usual") << int(PF::Usual) << 0.0 << 0.0 << 0.0;
    QTest::newRow("ushape") << int(PF::UShape) << 3.0 << 0.0 << 0.0;
    QTest::newRow("vshape") << int(PF::VShape) << 0.0 << 7.0 << 0.0;
    QTest::newRow("vshape p=0") << int(PF::VShape) << 0.0 << 0.0 << 0.0;
    QTest::newRow("level") << int(PF::Level) << 2.0 << 6.0 << 0.0;
    QTest::newRow("level p<=q") << int(PF::Level) << 6.0 << 2.0 << 0.0;
    QTest::newRow("linear") << int(PF::Linear) << 2.0 << 9.0 << 0.0;
    QTest::newRow("linear q<0") << int(PF::Linear) << -2.0 << 9.0 << 0.0;
    QTest::newRow("linear p<=q") << int(PF::Linear) << 5.0 << 5.0 << 0.0;
    QTest::newRow("gaussian") << int(PF::Gaussian) << 0.0 << 0.0 << 4.0;
}

void TestMcda::prometheeFlowsMatchPairwise()
{
    // The flows from sorted prefix sums equal the pairwise definition (promethee2(), checked against published
    // examples in tst_mcda_published) on 300 alternatives × 4 criteria: integer values 0–40 (many ties and
    // differences exactly at a threshold, which both read the same way for integers) and a real-valued cost column.
    QFETCH(int, function);
    QFETCH(double, q);
    QFETCH(double, p);
    QFETCH(double, s);
    const Preference pref{static_cast<PreferenceFunction>(function), q, p, s};
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> small(0, 40);
    std::uniform_real_distribution<double> real(0.0, 50.0);
    Eigen::MatrixXd X(300, 4);
    for (Eigen::Index i = 0; i < X.rows(); ++i)
        X.row(i) << small(rng), small(rng), real(rng), small(rng);
    const std::vector<Direction> d{Direction::Benefit, Direction::Cost, Direction::Cost, Direction::Benefit};
    const Eigen::VectorXd w = vec({0.4, 0.3, 0.2, 0.1});
    const std::vector<Preference> prefs{pref, pref, pref, Preference{}};
    const auto pairwise = promethee2(X, d, w, prefs);
    const auto flows = promethee2Flows(X, d, w, prefs);
    QCOMPARE_VEC(flows.phiPlus, pairwise.phiPlus, 1e-12);
    QCOMPARE_VEC(flows.phiMinus, pairwise.phiMinus, 1e-12);
    QCOMPARE_VEC(flows.phi, pairwise.phi, 1e-12);
    QCOMPARE(fastCompetitionRanks(flows.phi, true), fastCompetitionRanks(pairwise.phi, true));
}

void TestMcda::topAlternativesKeepWsmScores()
{
    // WSM, max_linear, weights (0.5, 0.5): c1 benefit r = x/max, c2 cost r = min/x.
    //      c1  c2   r1     r2          score
    //  A   10  4    1.0    2/4 = 0.5   0.75
    //  B    5  2    0.5    1.0         0.75  (tied with A: both rank 1, A first in the problem's order)
    //  C    8  8    0.8    0.25        0.525
    //  D    2  2    0.2    1.0         0.6
    // The top 3 are A, B, D (rows 0, 1, 3) with the same scores as among all four, because their columns stay
    // normalised over all four (C's 8 is not their maximum, but A's 10 is, and the minimum 2 is B's and D's).
    DecisionProblem p;
    p.X = mat({{10, 4}, {5, 2}, {8, 8}, {2, 2}});
    p.directions = {Direction::Benefit, Direction::Cost};
    p.weights = vec({1, 1});
    p.criteria = {"c1", "c2"};
    p.alternatives = {"A", "B", "C", "D"};
    p.method = Method::WSM;
    const auto top = topAlternatives(p, 3);
    QCOMPARE(top.rows, (std::vector<int>{0, 1, 3}));
    QCOMPARE(top.problem.alternatives, (std::vector<std::string>{"A", "B", "D"}));
    const auto s = score(top.problem);
    QCOMPARE_VEC(s.scores, vec({0.75, 0.75, 0.6}), kTolerance);
    // The top 2, A and B: still 0.75 each (normalised over all four, not over the two).
    const auto top2 = topAlternatives(p, 2);
    QCOMPARE(top2.rows, (std::vector<int>{0, 1}));
    QCOMPARE_VEC(score(top2.problem).scores, vec({0.75, 0.75}), kTolerance);
    // k larger than the problem: all of it. PROMETHEE II keeps the raw values and directions. Its flows (usual
    // functions, weights 0.5): A beats B, C, D on c1 and nobody on c2 (cost 4 vs 2, 8, 2: beats C) → φ⁺ = (0.5·3 +
    // 0.5·1)/3 = 2/3; so A is first and its row is the raw (10, 4).
    p.method = Method::PROMETHEE2;
    const auto all = topAlternatives(p, 10);
    QCOMPARE(all.rows.size(), std::size_t(4));
    QCOMPARE(all.rows.front(), 0);
    QCOMPARE(all.problem.directions, p.directions);
    QCOMPARE_VEC(Eigen::VectorXd(all.problem.X.row(0).transpose()), vec({10, 4}), 0.0);
}

void TestMcda::permutationProperty_data()
{
    QTest::addColumn<int>("method");
    for (auto m : {Method::WSM, Method::WPM, Method::TOPSIS, Method::VIKOR, Method::PROMETHEE2})
        QTest::newRow(methodName(m)) << int(m);
}

void TestMcda::permutationProperty()
{
    // Property: permuting the alternatives permutes scores and ranks the same way.
    QFETCH(int, method);
    auto p = phones();
    p.method = Method(method);
    p.preferences = {Preference{PreferenceFunction::Linear, 10, 60, 0}, Preference{}, Preference{PreferenceFunction::VShape, 0, 8, 0}, Preference{}};
    const auto a = score(p);
    const std::vector<int> perm{4, 2, 0, 3, 1};
    auto q = p;
    for (int i = 0; i < 5; ++i)
        q.X.row(i) = p.X.row(perm[static_cast<std::size_t>(i)]);
    const auto b = score(q);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(std::abs(b.scores(i) - a.scores(perm[static_cast<std::size_t>(i)])) < kTolerance);
        QCOMPARE(b.ranks[static_cast<std::size_t>(i)], a.ranks[static_cast<std::size_t>(perm[static_cast<std::size_t>(i)])]);
    }
}

void TestMcda::oneAlternativeIsFinite_data()
{
    permutationProperty_data();
}

void TestMcda::oneAlternativeIsFinite()
{
    // One alternative: it ranks 1 with a finite, documented score (TOPSIS 0.5, VIKOR Q 0, PROMETHEE φ 0).
    QFETCH(int, method);
    DecisionProblem p;
    p.directions = {Direction::Benefit, Direction::Cost};
    p.X = mat({{3, 4}});
    p.weights = vec({0.5, 0.5});
    p.preferences.resize(2);
    p.method = Method(method);
    for (auto n : {Normalization::None, Normalization::Vector, Normalization::MinMax, Normalization::MaxLinear, Normalization::Sum}) {
        p.normalization = n;
        const auto s = score(p);
        QVERIFY(allFinite(s.scores));
        QCOMPARE(s.ranks, std::vector<int>{1});
    }
    p.normalization.reset();
    const auto s = score(p);
    if (p.method == Method::TOPSIS)
        QCOMPARE(s.scores(0), 0.5);
    if (p.method == Method::VIKOR || p.method == Method::PROMETHEE2)
        QCOMPARE(s.scores(0), 0.0);
    if (p.method == Method::VIKOR)
        QCOMPARE(s.vikor->compromiseSet, std::vector<int>{0});
}

void TestMcda::zeroWeight()
{
    // A zero weight removes the criterion: WSM, WPM (x^0 = 1, also for x = 0) and TOPSIS agree with dropping it.
    DecisionProblem p;
    p.directions = {Direction::Benefit, Direction::Benefit};
    p.X = mat({{1, 0}, {2, 9}, {3, 1}});
    p.weights = vec({1, 0});
    p.preferences.resize(2);
    p.normalization = Normalization::MinMax; // makes a 0 in column 2 after normalisation, too
    for (auto m : {Method::WSM, Method::WPM, Method::TOPSIS, Method::VIKOR, Method::PROMETHEE2}) {
        p.method = m;
        const auto s = score(p);
        QVERIFY(allFinite(s.scores));
        QCOMPARE(s.ranks, (std::vector<int>{3, 2, 1}));
    }
}

void TestMcda::weightsRocRankSum()
{
    // ROC for m = 3 (Barron & Barrett 1996): (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18.
    QCOMPARE_VEC(rocWeights({1, 2, 3}), vec({11.0 / 18, 5.0 / 18, 2.0 / 18}), kTolerance);
    QCOMPARE_VEC(rocWeights({3, 1, 2}), vec({2.0 / 18, 11.0 / 18, 5.0 / 18}), kTolerance);
    // Rank sum m = 3: 2(m + 1 − k)/(m(m + 1)) = 3/6, 2/6, 1/6.
    QCOMPARE_VEC(rankSumWeights({1, 2, 3}), vec({0.5, 1.0 / 3, 1.0 / 6}), kTolerance);
    // Ties share the mean of their positions: ranks (1, 1, 3) → (5/12, 5/12, 1/6) for rank sum.
    QCOMPARE_VEC(rankSumWeights({1, 1, 3}), vec({5.0 / 12, 5.0 / 12, 1.0 / 6}), kTolerance);
    QCOMPARE(importanceRanks({std::nullopt, std::nullopt}), (std::vector<int>{1, 2}));
    QCOMPARE(importanceRanks({2, 1}), (std::vector<int>{2, 1}));
}

void TestMcda::weightsEntropy()
{
    // Hand computation: X = [[1, 2], [2, 2], [3, 4]]. Column 1: p = (1/6, 2/6, 3/6),
    // E1 = −Σ p ln p / ln 3 = 1.011404…/1.098612… = 0.920620; column 2: p = (0.25, 0.25, 0.5), E2 = 1.039721/1.098612 = 0.946395.
    // w = (1 − E)/Σ(1 − E) = (0.079380, 0.053605)/0.132985 = (0.596908, 0.403092).
    QCOMPARE_VEC(entropyWeights(mat({{1, 2}, {2, 2}, {3, 4}})), vec({0.596908264686658, 0.4030917353133419}), kTolerance);
}

void TestMcda::weightsCritic()
{
    // Hand computation following Diakoulaki, Mavrotas & Papayannakis (1995): X = [[10, 2, 5], [8, 4, 3], [6, 3, 8], [9, 1, 6]],
    // directions benefit, cost, benefit. minmax: c1 (1, 0.5, 0, 0.75), c2 (2/3, 0, 1/3, 1), c3 (0.4, 0, 1, 0.6).
    // Sample σ = (0.426956, 0.430331, 0.416333); Pearson r12 = 0.3944, r13 = −0.5117, r23 = −0.3244 (computed by hand);
    // C = σ Σ(1 − r) = (0.848165, 0.472825, 0.892445), w = C/ΣC.
    QCOMPARE_VEC(criticWeights(mat({{10, 2, 5}, {8, 4, 3}, {6, 3, 8}, {9, 1, 6}}), {Direction::Benefit, Direction::Cost, Direction::Benefit}),
                 vec({0.38318942772275505, 0.21361588452640348, 0.40319468775084155}), kTolerance);
}

void TestMcda::weightsStd()
{
    // σ ratios: column 2 is column 1 times 3, column 3 constant → w = (1/4, 3/4, 0).
    QCOMPARE_VEC(stdDevWeights(mat({{1, 3, 5}, {2, 6, 5}, {4, 12, 5}})), vec({0.25, 0.75, 0}), kTolerance);
}

void TestMcda::weightsDegenerate()
{
    // Every column constant, or one alternative: no information anywhere → equal weights, never NaN.
    const auto constant = mat({{2, 5}, {2, 5}});
    QCOMPARE_VEC(entropyWeights(constant), vec({0.5, 0.5}), kTolerance);
    QCOMPARE_VEC(criticWeights(constant, {Direction::Benefit, Direction::Cost}), vec({0.5, 0.5}), kTolerance);
    QCOMPARE_VEC(stdDevWeights(constant), vec({0.5, 0.5}), kTolerance);
    const auto one = mat({{2, 5, 1}});
    QCOMPARE_VEC(entropyWeights(one), vec({1.0 / 3, 1.0 / 3, 1.0 / 3}), kTolerance);
    QCOMPARE_VEC(criticWeights(one, {Direction::Benefit, Direction::Benefit, Direction::Benefit}), vec({1.0 / 3, 1.0 / 3, 1.0 / 3}), kTolerance);
    // A zero column has E = 1 and weight 0; the informative column takes everything.
    QCOMPARE_VEC(entropyWeights(mat({{0, 1}, {0, 3}})), vec({0, 1}), kTolerance);
    // A constant column in CRITIC: σ = 0 so C = 0.
    const auto w = criticWeights(mat({{1, 7, 2}, {2, 7, 1}, {3, 7, 5}}), {Direction::Benefit, Direction::Benefit, Direction::Benefit});
    QVERIFY(allFinite(w));
    QCOMPARE(w(1), 0.0);
}

QTEST_GUILESS_MAIN(TestMcda)
#include "tst_mcda.moc"
