// SPDX-License-Identifier: GPL-3.0-or-later
// AHP, weight stability, SMAA-2 and the file readers.
#include "ahp.h"
#include "matrixfile.h"
#include "sensitivity.h"
#include "smaa.h"

#include "eigen_literals.h"
#include "tolerance.h"

#include <QtTest>

#include <atomic>
#include <cmath>

using namespace vb;
using vb::test::mat;
using vb::test::halfUnit;
using vb::test::kTolerance;
using namespace vb::mcda;

namespace {


/** Two alternatives, each best on one criterion: A1 wins exactly when w1 > 0.5 (raw values, WSM). */
DecisionProblem seesaw(Method m = Method::WSM)
{
    DecisionProblem p;
    p.alternatives = {"A1", "A2"};
    p.criteria = {"c1", "c2"};
    p.directions = {Direction::Benefit, Direction::Benefit};
    p.X = mat({{1, 0}, {0, 1}});
    p.weights = Eigen::Vector2d(0.6, 0.4);
    p.ranks = {1, 2};
    p.preferences.resize(2);
    p.weightBounds.resize(2);
    p.method = m;
    p.normalization = Normalization::None;
    return p;
}

} // namespace

class TestMcdaAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ahpSaatyThreeByThree_data();
    void ahpSaatyThreeByThree();
    void ahpConsistentMatrix();
    void ahpSuggestion();
    void ahpRandomIndex();
    void ahpGroupAndHierarchy();
    void stabilityExactWsm();
    void stabilityBisectionTopsis();
    void stabilityNoFlip();
    void smaaSeesaw();
    void smaaReproducible();
    void smaaConstraints();
    void smaaTopKAndLimits();
    void smaaCancel();
    void readerErrors_data();
    void readerErrors();
    void readerDefaults();
    void ahpReader();
};

void TestMcdaAnalysis::ahpSaatyThreeByThree_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("w0");
    QTest::addColumn<double>("w1");
    QTest::addColumn<double>("w2");
    QTest::addColumn<double>("lambdaMax");
    // Principal eigenpair to full precision (30-digit eigensolver; power iteration agrees:
    // 0.6369855717, 0.2582849944, 0.1047294339; λ = 3.0385110906). For a 3×3 matrix the row geometric means give
    // exactly the principal eigenvector, so both methods share the row.
    QTest::newRow("eigenvector") << int(PriorityMethod::Eigenvector) << 0.6369855717447571 << 0.258284994374495 << 0.10472943388074786
                                 << 3.03851109055817;
    QTest::newRow("geometric_mean") << int(PriorityMethod::GeometricMean) << 0.6369855717447571 << 0.258284994374495
                                    << 0.10472943388074786 << 3.03851109055817;
    // Column sums (23/15, 13/3, 9): the normalized columns are (15, 5, 3)/23, (9, 3, 1)/13, (5, 3, 1)/9 and the
    // weights their row means; λ = mean((A·w)ᵢ / wᵢ) in exact rational arithmetic = 3.0387146809594667.
    QTest::newRow("normalized_column_mean") << int(PriorityMethod::NormalizedColumnMean) << (15.0 / 23 + 9.0 / 13 + 5.0 / 9) / 3
                                            << (5.0 / 23 + 3.0 / 13 + 3.0 / 9) / 3 << (3.0 / 23 + 1.0 / 13 + 1.0 / 9) / 3
                                            << 3.0387146809594667;
}

void TestMcdaAnalysis::ahpSaatyThreeByThree()
{
    // The classic 3×3 example [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]] reproduced in many AHP tutorials:
    // w ≈ (0.637, 0.258, 0.105), λmax ≈ 3.0385, CI ≈ 0.0193, CR = CI/0.58 ≈ 0.033 (consistent).
    // Each method against its own full-precision values (the _data rows).
    QFETCH(int, method);
    QFETCH(double, w0);
    QFETCH(double, w1);
    QFETCH(double, w2);
    QFETCH(double, lambdaMax);
    const auto A = mat({{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
    const auto r = ahpPriorities(A, PriorityMethod(method));
    QVERIFY(std::abs(r.weights(0) - w0) < kTolerance);
    QVERIFY(std::abs(r.weights(1) - w1) < kTolerance);
    QVERIFY(std::abs(r.weights(2) - w2) < kTolerance);
    QVERIFY(std::abs(r.weights.sum() - 1) < kTolerance);
    QVERIFY(std::abs(r.lambdaMax - lambdaMax) < kTolerance);
    QVERIFY(std::abs(r.cr - (lambdaMax - 3) / 2 / 0.58) < kTolerance);
    QVERIFY(std::abs(r.cr - 0.033) < halfUnit(3)); // the tutorials' CR, printed with 3 decimals, for every method
    QCOMPARE(r.ri, 0.58);
    QVERIFY(r.consistent);
}

void TestMcdaAnalysis::ahpConsistentMatrix()
{
    // Perfectly consistent: aᵢⱼ = wᵢ/wⱼ with w = (4/7, 2/7, 1/7) → λmax = n = 3, CI = CR = 0.
    const auto r = ahpPriorities(mat({{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}}), PriorityMethod::Eigenvector);
    QVERIFY(std::abs(r.weights(0) - 4.0 / 7) < kTolerance && std::abs(r.weights(2) - 1.0 / 7) < kTolerance);
    QVERIFY(std::abs(r.lambdaMax - 3) < kTolerance);
    QVERIFY(std::abs(r.cr) < kTolerance);
    // n = 1 and n = 2 are always consistent (RI = 0 → CR defined as 0).
    const auto two = ahpPriorities(mat({{1, 3}, {1.0 / 3, 1}}), PriorityMethod::Eigenvector);
    QVERIFY(std::abs(two.weights(0) - 0.75) < kTolerance);
    QCOMPARE(two.cr, 0.0);
    QCOMPARE(ahpPriorities(mat({{1}}), PriorityMethod::Eigenvector).weights(0), 1.0);
}

void TestMcdaAnalysis::ahpSuggestion()
{
    // A cyclic (intransitive) matrix: 1 > 2 (9), 2 > 3 (9), 3 > 1 (9) is as inconsistent as a 3×3 can be.
    const auto A = mat({{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}});
    const auto r = ahpPriorities(A, PriorityMethod::Eigenvector);
    QVERIFY(!r.consistent);
    const auto s = suggestJudgement(A, PriorityMethod::Eigenvector);
    QVERIFY(s.has_value());
    QVERIFY(s->crAfter < r.cr);
    QCOMPARE(s->current, A(s->row, s->column));
    // Applying it gives the CR the suggestion promised.
    Eigen::MatrixXd B = A;
    B(s->row, s->column) = s->suggested;
    B(s->column, s->row) = 1 / s->suggested;
    QVERIFY(std::abs(ahpPriorities(B, PriorityMethod::Eigenvector).cr - s->crAfter) < kTolerance);
}

void TestMcdaAnalysis::ahpRandomIndex()
{
    QCOMPARE(*randomIndex(3), 0.58);
    QCOMPARE(*randomIndex(4), 0.90);
    QCOMPARE(*randomIndex(10), 1.49);
    QCOMPARE(*randomIndex(15), 1.59);
    QVERIFY(!randomIndex(16));
}

void TestMcdaAnalysis::ahpGroupAndHierarchy()
{
    // Group: the element-wise geometric mean of [[1, 4], [1/4, 1]] and [[1, 1], [1, 1]] is [[1, 2], [1/2, 1]].
    const auto G = aggregateGeometric({mat({{1, 4}, {0.25, 1}}), mat({{1, 1}, {1, 1}})});
    QVERIFY(std::abs(G(0, 1) - 2) < kTolerance && std::abs(G(1, 0) - 0.5) < kTolerance);
    // Hierarchy by hand: criteria w = (2/3, 1/3); under c1 the alternatives are (0.75, 0.25), under c2 (0.2, 0.8)
    // → scores (2/3·0.75 + 1/3·0.2, 2/3·0.25 + 1/3·0.8) = (0.566667, 0.433333).
    AhpProblem p;
    p.criteria = {"c1", "c2"};
    p.evaluators = {"e1", "e2"};
    p.pairwise = {mat({{1, 4}, {0.25, 1}}), mat({{1, 1}, {1, 1}})};
    p.alternatives = {"x", "y"};
    p.alternativePairwise = {{mat({{1, 3}, {1.0 / 3, 1}})}, {mat({{1, 0.25}, {4, 1}})}};
    const auto r = solveAhp(p);
    QVERIFY(std::abs(r.criteria.weights(0) - 2.0 / 3) < kTolerance);
    QVERIFY(std::abs(r.scores(0) - (2.0 / 3 * 0.75 + 0.2 / 3)) < kTolerance);
    QCOMPARE(r.ranks, (std::vector<int>{1, 2}));
}

void TestMcdaAnalysis::stabilityExactWsm()
{
    // By hand: w1 = t, w2 = 1 − t, scores A1 = t, A2 = 1 − t. A1 (winner at 0.6) stays first for t ∈ [0.5, 1];
    // criterion 2 mirrors it: [0, 0.5]. The smallest change is 0.1 (to A2), found first on c1.
    const auto r = weightStability(seesaw());
    QVERIFY(r.exact);
    QCOMPARE(r.winner, 0);
    QCOMPARE(r.criteria.size(), std::size_t(2));
    QVERIFY(std::abs(r.criteria[0].topLower - 0.5) < kTolerance);
    QCOMPARE(r.criteria[0].topUpper, 1.0);
    QVERIFY(std::abs(r.criteria[1].topUpper - 0.5) < kTolerance);
    QCOMPARE(r.criteria[1].topLower, 0.0);
    QVERIFY(r.criteria[0].lowerFlip && !r.criteria[0].upperFlip);
    QCOMPARE(r.criteria[0].lowerFlip->newWinner, 1);
    QVERIFY(std::abs(r.criteria[0].lowerFlip->change + 0.1) < kTolerance);
    QVERIFY(r.smallestFlip && std::abs(std::abs(r.smallestFlip->change) - 0.1) < kTolerance);
    QCOMPARE(r.smallestFlip->newWinner, 1);
    // With two alternatives the ranking interval equals the winner interval.
    QVERIFY(std::abs(r.criteria[0].rankLower - 0.5) < kTolerance);
    // Rescaling keeps the sum at 1.
    const auto w = rescaledWeights(Eigen::Vector3d(0.5, 0.3, 0.2), 0, 0.8);
    QVERIFY(std::abs(w.sum() - 1) < kTolerance && std::abs(w(1) - 0.12) < kTolerance);
}

void TestMcdaAnalysis::stabilityBisectionTopsis()
{
    // TOPSIS on the same matrix (vector norm keeps it): closeness A1 = t, A2 = 1 − t → boundary 0.5 to 1e-6.
    auto p = seesaw(Method::TOPSIS);
    p.normalization.reset();
    const auto r = weightStability(p);
    QVERIFY(!r.exact);
    // The engine's own stopping rule, not a test tolerance: non-WSM boundaries are bisected until the bracket is at
    // most 1e-6 wide (sensitivity.h), so the boundary lies within one bracket of the exact 0.5 (and the change within
    // one bracket of 0.1); the check keeps its margin of two brackets.
    constexpr double kBisection = 1e-6;
    QVERIFY(std::abs(r.criteria[0].topLower - 0.5) < 2 * kBisection);
    QCOMPARE(r.criteria[0].topUpper, 1.0);
    QVERIFY(r.smallestFlip);
    QCOMPARE(r.smallestFlip->newWinner, 1);
    QVERIFY(std::abs(std::abs(r.smallestFlip->change) - 0.1) < 2 * kBisection);
}

void TestMcdaAnalysis::stabilityNoFlip()
{
    // A dominating alternative never loses: every interval is [0, 1] and there is no flip.
    auto p = seesaw();
    p.X = mat({{2, 2}, {1, 1}});
    const auto r = weightStability(p);
    QVERIFY(!r.smallestFlip);
    for (const auto &c : r.criteria) {
        QCOMPARE(c.topLower, 0.0);
        QCOMPARE(c.topUpper, 1.0);
    }
}

void TestMcdaAnalysis::smaaSeesaw()
{
    // Uniform weights on the 2-simplex: w1 ~ U(0, 1). A1 wins iff w1 > 0.5 → acceptability 0.5; its central
    // weights are E[w | w1 > 0.5] = (0.75, 0.25); each wins with its central weights → confidence 1.
    SmaaOptions o;
    o.samples = 40000;
    o.seed = 7;
    const auto r = smaa(seesaw(), o);
    QVERIFY(r.error.empty());
    QCOMPARE(r.samples, std::uint64_t(40000));
    QCOMPARE(r.rankAcceptability.rows(), 2);
    QCOMPARE(r.rankAcceptability.cols(), 2);
    const double se = std::sqrt(0.25 / 40000);
    QVERIFY(std::abs(r.rankAcceptability(0, 0) - 0.5) < 4 * se);
    QVERIFY(std::abs(r.rankAcceptability(0, 0) + r.rankAcceptability(0, 1) - 1) < kTolerance);
    QVERIFY(std::abs(r.rankAcceptability(0, 0) + r.rankAcceptability(1, 0) - 1) < kTolerance);
    // Central weight = mean of w1 over the ≈ 20000 samples where A1 wins, w1 ~ U(0.5, 1) there: standard deviation
    // 0.5/√12, so the same 4-standard-error sampling bound as the acceptability above.
    const double seCentral = 0.5 / std::sqrt(12.0) / std::sqrt(40000 * 0.5);
    QVERIFY(std::abs(r.centralWeights(0, 0) - 0.75) < 4 * seCentral);
    QVERIFY(std::abs(r.centralWeights(1, 1) - 0.75) < 4 * seCentral);
    QCOMPARE(r.confidence(0), 1.0);
    QCOMPARE(r.confidence(1), 1.0);
}

void TestMcdaAnalysis::smaaReproducible()
{
    SmaaOptions o;
    o.samples = 5000;
    o.seed = 42;
    const auto a = smaa(seesaw(), o), b = smaa(seesaw(), o);
    QVERIFY(a.rankAcceptability == b.rankAcceptability);
    QVERIFY(a.centralWeights == b.centralWeights);
    o.seed = 43;
    QVERIFY(smaa(seesaw(), o).rankAcceptability != a.rankAcceptability);
    // The blocked GEMM path (WSM) and the per-sample path (TOPSIS with the same ordering) agree on this problem.
    auto p = seesaw(Method::TOPSIS);
    p.normalization.reset();
    o.seed = 42;
    QVERIFY((smaa(p, o).rankAcceptability - a.rankAcceptability).cwiseAbs().maxCoeff() < kTolerance);
}

void TestMcdaAnalysis::smaaConstraints()
{
    SmaaOptions o;
    o.samples = 2000;
    // Importance order c1 ≥ c2: w1 ≥ 0.5 always → A1 always first.
    o.importanceOrder = true;
    auto r = smaa(seesaw(), o);
    QCOMPARE(r.rankAcceptability(0, 0), 1.0);
    // Bounds w1 ∈ [0, 0.3]: A2 always first, and w1 never leaves the bounds.
    o.importanceOrder = false;
    auto p = seesaw();
    p.weightBounds[0] = std::make_pair(0.0, 0.3);
    r = smaa(p, o);
    QCOMPARE(r.rankAcceptability(1, 0), 1.0);
    QVERIFY(r.centralWeights(1, 0) <= 0.3);
    // Infeasible bounds are refused before work.
    p.weightBounds[1] = std::make_pair(0.9, 1.0);
    p.weightBounds[0] = std::make_pair(0.2, 0.3);
    r = smaa(p, o);
    QVERIFY(!r.error.empty());
    // The lower bounds sum to 0.2 + 0.9 = 1.1 > 1: the reason the GUI words in its own language.
    QCOMPARE(r.refusal, SmaaRefusal::Bounds);
    QCOMPARE(r.samples, std::uint64_t(0));
}

void TestMcdaAnalysis::smaaTopKAndLimits()
{
    DecisionProblem p = seesaw();
    p.X = mat({{1, 0}, {0, 1}, {0.4, 0.4}, {0.5, 0.5}});
    p.alternatives = {"A1", "A2", "A3", "A4"};
    SmaaOptions o;
    o.samples = 3000;
    o.topK = 2;
    const auto r = smaa(p, o);
    QCOMPARE(r.rankAcceptability.cols(), 2);
    // A3 is dominated by A4 everywhere: never first or second.
    QCOMPARE(r.rankAcceptability(2, 0), 0.0);
    QCOMPARE(r.rankAcceptability(2, 1), 0.0);
    // Column sums: one alternative per rank and sample.
    QVERIFY(std::abs(r.rankAcceptability.col(0).sum() - 1) < kTolerance);
    o.samples = 1'000'000'000'000ULL;
    const auto refused = smaa(p, o);
    QVERIFY(!refused.error.empty());
    QCOMPARE(refused.refusal, SmaaRefusal::Samples); // 1e12 > kMaxSmaaSamples = 1e8
    QCOMPARE(refused.samples, std::uint64_t(0));
    QCOMPARE(smaa(p, SmaaOptions{}).refusal, SmaaRefusal::None);
}

void TestMcdaAnalysis::smaaCancel()
{
    std::atomic<bool> cancel{true};
    SmaaOptions o;
    o.samples = 100000;
    o.cancel = &cancel;
    QVERIFY(smaa(seesaw(), o).cancelled);
    cancel = false;
    double last = 0;
    int calls = 0;
    o.progress = [&](double f) {
        QVERIFY(f >= last);
        last = f;
        ++calls;
    };
    const auto r = smaa(seesaw(), o);
    QVERIFY(!r.cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(last, 1.0);
}

void TestMcdaAnalysis::readerErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString crit = R"("criteria": [{"name": "a", "type": "benefit", "weight": 1}, {"name": "b", "type": "cost", "weight": 1}])";
    QTest::newRow("syntax") << "{\n  \"method\": \"wsm\",\n  \"matrix\": [[1, 2],, [3, 4]]\n}" << "line 3, column 21:";
    QTest::newRow("not a number") << "{\"method\": \"wsm\", " + crit + R"(, "matrix": [[1, 2], [3, "x"]]})" << "matrix[1][1]: expected a number, found a string";
    QTest::newRow("row length") << "{\"method\": \"wsm\", " + crit + R"(, "matrix": [[1, 2], [3]]})"
                                << "matrix[1]: expected 2 values (one per criterion), found 1";
    QTest::newRow("unknown method") << "{\"method\": \"electre\", " + crit + R"(, "matrix": [[1, 2]]})"
                                    << "method: unknown 'electre'; expected wsm, wpm, topsis, vikor or promethee2";
    QTest::newRow("unknown normalization") << "{\"method\": \"wsm\", \"normalization\": \"l2\", " + crit + R"(, "matrix": [[1, 2]]})"
                                           << "normalization: unknown 'l2'; expected none, vector, minmax, max_linear or sum";
    QTest::newRow("bad type") << R"({"method": "wsm", "criteria": [{"name": "a", "type": "good", "weight": 1}], "matrix": [[1]]})"
                              << "criteria[0].type: unknown 'good'; expected benefit or cost";
    QTest::newRow("negative weight") << R"({"method": "wsm", "criteria": [{"type": "cost", "weight": -1}], "matrix": [[1]]})"
                                     << "criteria[0].weight: must be ≥ 0";
    QTest::newRow("zero weights") << R"({"method": "wsm", "criteria": [{"type": "cost", "weight": 0}], "matrix": [[1]]})" << "the weights sum to 0";
    QTest::newRow("missing method") << "{" + crit + R"(, "matrix": [[1, 2]]})" << "method: missing";
    QTest::newRow("wpm non-positive") << "{\"method\": \"wpm\", " + crit + R"(, "matrix": [[1, 0]]})" << "matrix[0][1]: wpm needs positive values, found 0";
    QTest::newRow("alternatives count") << "{\"method\": \"wsm\", \"alternatives\": [\"x\"], " + crit + R"(, "matrix": [[1, 2], [3, 4]]})"
                                        << "alternatives: expected 2 names, found 1";
    QTest::newRow("preference") << R"({"method": "promethee2", "criteria": [{"type": "cost", "weight": 1, "preference": {"function": "linear", "q": 2, "p": 1}}], "matrix": [[1]]})"
                                << "criteria[0].preference.p: must be > q (2) for linear";
    QTest::newRow("preference fn") << R"({"method": "promethee2", "criteria": [{"type": "cost", "weight": 1, "preference": {"function": "step"}}], "matrix": [[1]]})"
                                   << "unknown 'step'; expected usual, ushape, vshape, level, linear or gaussian";
    QTest::newRow("huge") << "{\"method\": \"wsm\", " + crit + R"(, "matrix": [[1, 1e300]]})" << "matrix[0][1]: 1e+300 is outside the supported range";
    QTest::newRow("v range") << "{\"method\": \"vikor\", \"params\": {\"v\": 2}, " + crit + R"(, "matrix": [[1, 2]]})" << "params.v: must be between 0 and 1";
    QTest::newRow("root") << "[1, 2]" << "expected an object, found an array";
}

void TestMcdaAnalysis::readerErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto r = readDecisionProblem(text.toStdString());
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error).contains(expected), qPrintable(QString::fromStdString(r.error)));
}

void TestMcdaAnalysis::readerDefaults()
{
    const auto r = readDecisionProblem(R"({"method": "topsis", "criteria": [{"type": "benefit", "weight": 2, "rank": 1},
        {"type": "cost", "weight": 1, "rank": 2, "weight_bounds": [0.1, 0.5]}], "matrix": [[1, 2], [3, 4], [5, 6]], "extra": 1})");
    QVERIFY2(r.ok(), r.error.c_str());
    const auto &p = *r.value;
    QCOMPARE(p.alternatives, (std::vector<std::string>{"A1", "A2", "A3"}));
    QCOMPARE(p.criteria, (std::vector<std::string>{"C1", "C2"}));
    QCOMPARE(effectiveNormalization(p.method, p.normalization), Normalization::Vector);
    QCOMPARE(effectiveWeights(p)(0), 2.0 / 3);
    QCOMPARE(*p.ranks[1], 2);
    QCOMPARE(p.weightBounds[1]->second, 0.5);
    QCOMPARE(r.warnings.size(), std::size_t(1)); // "extra: unknown key (ignored)"
    // For `weights` and `smaa` neither method nor weights are needed.
    QVERIFY(readDecisionProblem(R"({"criteria": [{"type": "benefit"}], "matrix": [[1]]})", ReadPurpose::Weights).ok());
    QVERIFY(!readDecisionProblem(R"({"criteria": [{"type": "benefit"}], "matrix": [[1]]})", ReadPurpose::Score).ok());
}

void TestMcdaAnalysis::ahpReader()
{
    auto r = readAhpProblem(R"({"criteria": ["a", "b", "c"], "pairwise": [[1, 3, 5], ["1/3", 1, 3], [0.2, "1/3", 1]]})");
    QVERIFY2(r.ok(), r.error.c_str());
    QCOMPARE(r.value->pairwise[0](1, 0), 1.0 / 3);
    r = readAhpProblem(R"({"criteria": ["a", "b"], "pairwise": [[1, 3], [3, 1]]})");
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error).contains("pairwise[1][0]: 3 is not the reciprocal of pairwise[0][1] = 3"), r.error.c_str());
    r = readAhpProblem(R"({"criteria": ["a", "b"], "pairwise": [[1, "x/2"], [2, 1]]})");
    QVERIFY2(QString::fromStdString(r.error).contains("pairwise[0][1]: expected a positive number or a fraction"), r.error.c_str());
    r = readAhpProblem(R"({"criteria": ["a", "b"], "pairwise": [[1, 2], [0.5, 1]], "priority_method": "lls"})");
    QVERIFY2(QString::fromStdString(r.error).contains("expected eigenvector, normalized_column_mean or geometric_mean"), r.error.c_str());
    QCOMPARE(*parseFraction("1/3"), 1.0 / 3);
    QVERIFY(!parseFraction("1/0"));
    QVERIFY(!parseFraction("-2"));
}

QTEST_GUILESS_MAIN(TestMcdaAnalysis)
#include "tst_mcda_analysis.moc"
