// SPDX-License-Identifier: GPL-3.0-or-later
// Every computed number is finite: each normalisation with hand-worked values near the largest double (about
// 1.797e308), where the plain formula overflows; the once-per-result check that names the criterion at fault; and
// the project files of tests/data/extreme/, refused at validation with their JSON pointer and a message in words.
#include "ahp.h"
#include "analysis.h"
#include "jsonreader.h"
#include "mcda.h"
#include "projectformat.h"
#include "tolerance.h"
#include "venueranking.h"
#include "weights.h"

#include <QTest>

#include <cmath>
#include <string>

using namespace vb;
using vb::test::near;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> v)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double x : v)
        out(i++) = x;
    return out;
}

/** One column normalised by normalizeColumn. */
Eigen::VectorXd column(std::initializer_list<double> x, bool cost, mcda::Normalization n)
{
    const Eigen::MatrixXd X = vec(x);
    Eigen::VectorXd r(X.rows());
    mcda::normalizeColumn(X, 0, cost, n, r.data());
    return r;
}

} // namespace

class TestFinite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ── weights (venue criteria, destination criteria, matrix files): w / Σw ──

    void weightsWhoseSumOverflows()
    {
        // 1e308 + 1e308 = inf, so w/Σw was {0, 0}. Divided by the largest first: {1, 1}/2.
        const auto w = mcda::normalizedWeights(vec({1e308, 1e308}));
        QCOMPARE(w(0), 0.5);
        QCOMPARE(w(1), 0.5);
        // {1e308, 1.5e308, 5e307}: scaled by 1.5e308 → {2/3, 1, 1/3}, sum 2 → {1/3, 1/2, 1/6}.
        const auto u = mcda::normalizedWeights(vec({1e308, 1.5e308, 5e307}));
        QVERIFY(near(u(0), 1.0 / 3));
        QVERIFY(near(u(1), 0.5));
        QVERIFY(near(u(2), 1.0 / 6));
        // An ordinary vector keeps its exact bits (w/Σw, no scaling): 1/4 and 3/4 are exact.
        const auto v = mcda::normalizedWeights(vec({1, 3}));
        QCOMPARE(v(0), 0.25);
        QCOMPARE(v(1), 0.75);
    }

    void destinationWeightsThatOverflowScoreLikeEqualWeights()
    {
        // A destination comparison with every weight 1e308 ranks as with every weight 1 (the weights are relative).
        // WSM, max_linear, both benefit: rows {4, 1}, {1, 1} → r = {1, 1}, {0.25, 1}; weights {0.5, 0.5} → 1 and 0.625.
        mcda::DecisionProblem p;
        p.X.resize(2, 2);
        p.X << 4, 1, 1, 1;
        p.directions = {Direction::Benefit, Direction::Benefit};
        p.weights = vec({1e308, 1e308});
        const auto s = mcda::score(p);
        QVERIFY(s.finite());
        QCOMPARE(s.scores(0), 1.0);
        QCOMPARE(s.scores(1), 0.625);
        QCOMPARE(s.ranks, (std::vector<int>{1, 2}));
    }

    // ── column normalisations: each is invariant under x → x/k, so the scaled column gives the exact result ──

    void vectorNormOverflow()
    {
        // ‖{1.2e308, 1.6e308}‖ = 2e308 overflows (x/inf was 0). Scaled by 1.6e308: {0.75, 1}, norm 1.25 → {0.6, 0.8}.
        const auto r = column({1.2e308, 1.6e308}, false, mcda::Normalization::Vector);
        QVERIFY(near(r(0), 0.6));
        QVERIFY(near(r(1), 0.8));
        // cost: 1 − x/‖x‖ → {0.4, 0.2}
        const auto c = column({1.2e308, 1.6e308}, true, mcda::Normalization::Vector);
        QVERIFY(near(c(0), 0.4));
        QVERIFY(near(c(1), 0.2));
    }

    void minMaxSpanOverflow()
    {
        // max − min = 1e308 − (−1e308) = 2e308 overflows (the quotient was 0 or NaN). Halved: (x − min)/(max − min)
        // = {0, 0.5, 1}; cost (max − x)/(max − min) = {1, 0.5, 0}.
        const auto r = column({-1e308, 0, 1e308}, false, mcda::Normalization::MinMax);
        QCOMPARE(r(0), 0.0);
        QCOMPARE(r(1), 0.5);
        QCOMPARE(r(2), 1.0);
        const auto c = column({-1e308, 0, 1e308}, true, mcda::Normalization::MinMax);
        QCOMPARE(c(0), 1.0);
        QCOMPARE(c(1), 0.5);
        QCOMPARE(c(2), 0.0);
    }

    void sumOverflow()
    {
        // Σ{1e308, 1e308, 1.5e308} = 3.5e308 overflows. Scaled by 1.5e308: {2/3, 2/3, 1}, Σ 7/3 → {2/7, 2/7, 3/7}.
        const auto r = column({1e308, 1e308, 1.5e308}, false, mcda::Normalization::Sum);
        QVERIFY(near(r(0), 2.0 / 7));
        QVERIFY(near(r(1), 2.0 / 7));
        QVERIFY(near(r(2), 3.0 / 7));
        // cost (1/x)/Σ(1/x) with 1/x overflowing: {1e-310, 2e-310} (subnormal) → 1/x = inf. Scaled by the smallest:
        // {1, 2} → 1/x = {1, 0.5}, Σ 1.5 → {2/3, 1/3}. Subnormals carry about 13 significant digits, hence 1e-9.
        const auto c = column({1e-310, 2e-310}, true, mcda::Normalization::Sum);
        QVERIFY(std::abs(c(0) - 2.0 / 3) < 1e-9);
        QVERIFY(std::abs(c(1) - 1.0 / 3) < 1e-9);
    }

    void topsisNearTheLimit()
    {
        // One benefit criterion {1.2e308, 1.6e308}, vector norm → {0.6, 0.8} (above), w = 1: ideal 0.8, anti-ideal 0.6;
        // d+ = {0.2, 0}, d− = {0, 0.2}; closeness d−/(d+ + d−) = {0, 1}. Before: both 0, both "0.5", tied.
        Eigen::MatrixXd X(2, 1);
        X << 1.2e308, 1.6e308;
        const auto t = mcda::topsis(X, {Direction::Benefit}, mcda::Normalization::Vector, vec({1}));
        QVERIFY(near(t.closeness(0), 0.0));
        QVERIFY(near(t.closeness(1), 1.0));
        QVERIFY(near(t.dPlus(0), 0.2));
        QVERIFY(near(t.dMinus(1), 0.2));
    }

    void vikorSpanOverflow()
    {
        // One benefit criterion {−1e308, 1e308}, w = 1: best 1e308, worst −1e308, best − worst overflows. Halved:
        // (5e307 − x/2)/1e308 → S = R = {1, 0}; Q = 0.5·(S − 0)/1 + 0.5·(R − 0)/1 = {1, 0}.
        Eigen::MatrixXd X(2, 1);
        X << -1e308, 1e308;
        const auto r = mcda::vikor(X, {Direction::Benefit}, vec({1}));
        QCOMPARE(r.S(0), 1.0);
        QCOMPARE(r.S(1), 0.0);
        QCOMPARE(r.Q(0), 1.0);
        QCOMPARE(r.Q(1), 0.0);
    }

    void entropyColumnSumOverflow()
    {
        // Column 0 {5e307, 1.5e308} sums to 2e308 (overflow; p was {0, 0} and E 0). p = {1/4, 3/4} either way, so
        // it has the same entropy as column 1 {1, 3} and the two weights are equal: {0.5, 0.5}.
        Eigen::MatrixXd X(2, 2);
        X << 5e307, 1, 1.5e308, 3;
        const auto w = mcda::entropyWeights(X);
        QVERIFY(near(w(0), 0.5));
        QVERIFY(near(w(1), 0.5));
    }

    void stdDevOfRawValuesNearTheLimit()
    {
        // Column 0 {−1e308, 1e308}: squares overflow. σ = k·σ(x/k) with k = 1e308: σ({−1, 1}) = √2 (n − 1 = 1), so
        // σ0 = √2·1e308 ≈ 1.414e308 (finite); column 1 {−1, 1}: σ1 = √2. w = σ/Σσ = {1/(1 + 1e-308), ≈ 1e-308}.
        Eigen::MatrixXd R(2, 2);
        R << -1e308, -1, 1e308, 1;
        const auto w = mcda::stdDevWeights(R);
        QVERIFY(near(w(0), 1.0));
        QVERIFY(std::abs(w(1) / 1e-308 - 1.0) < 1e-9);
    }

    void ahpAtTheJudgementLimit()
    {
        // A matrix file accepts judgements up to 1e9: A = [[1, 1e9, 1e9], [1e-9, 1, 1], [1e-9, 1, 1]] is consistent
        // (a_ij = w_i/w_j for w ∝ {1e9, 1, 1}), so every method gives w = {1e9, 1, 1}/(1e9 + 2) and λmax = 3.
        Eigen::MatrixXd A(3, 3);
        A << 1, 1e9, 1e9, 1e-9, 1, 1, 1e-9, 1, 1;
        for (auto m : {mcda::PriorityMethod::Eigenvector, mcda::PriorityMethod::NormalizedColumnMean, mcda::PriorityMethod::GeometricMean}) {
            const auto r = mcda::ahpPriorities(A, m);
            QVERIFY(r.weights.allFinite());
            QVERIFY(std::abs(r.weights(0) - 1e9 / (1e9 + 2)) < 1e-9);
            QVERIFY(std::abs(r.weights(1) - 1 / (1e9 + 2)) < 1e-15);
            QVERIFY(std::abs(r.lambdaMax - 3.0) < 1e-6);
        }
    }

    void inspectionItemWeights()
    {
        // Scores {5, 4, 3} with weights {1e308, 1e308, 5e307}: Σw overflows (the score was NaN). Divided by 1e308:
        // {1, 1, 0.5} → (5 + 4 + 1.5)/2.5 = 4.2.
        Inspection in;
        in.items = {{"access_transport", 5.0, 1e308, {}}, {"signage", 4.0, 1e308, {}}, {"catering", 3.0, 5e307, {}}};
        QVERIFY(near(*in.score(), 4.2));
        // Ordinary weights keep the plain formula: (5·1 + 3·3)/4 = 3.5.
        in.items = {{"access_transport", 5.0, 1, {}}, {"signage", 3.0, 3, {}}};
        QCOMPARE(*in.score(), 3.5);
    }

    // ── the once-per-result check ──

    void scoresThatAreNotFiniteNameTheCriterion()
    {
        // WSM on raw values (normalisation none, weights as given): row 0 = 1·1 + 2·1e308 = inf. The criterion named
        // is the one whose values span the most orders of magnitude: column 1 (1e307 … 1e308) over column 0 (1 … 2).
        mcda::DecisionProblem p;
        p.X.resize(2, 2);
        p.X << 1, 1e308, 2, 1e307;
        p.directions = {Direction::Benefit, Direction::Benefit};
        p.weights = vec({1, 2});
        p.normalization = mcda::Normalization::None;
        p.normalizeWeights = false;
        const auto s = mcda::score(p);
        QVERIFY(!s.finite());
        QCOMPARE(s.notFinite, std::optional<std::size_t>(1));
        // The same problem with its weights normalised and max_linear values is finite, and nothing is named.
        p.normalization.reset();
        p.normalizeWeights = true;
        const auto f = mcda::score(p);
        QVERIFY(f.finite());
        QVERIFY(!f.notFinite);
    }

    void theMessageNamesTheCauseOfTheNonFiniteScores()
    {
        // minimal.venuebid.json: criteria plenary_seats ("Plenary seats" / 主會場座位數), meeting_rooms, venue_rental.
        const auto loaded = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        QVERIFY(loaded.ok());
        const Project &p = *loaded.project;
        VenueRanking r;
        r.method = mcda::Method::TOPSIS;
        r.notFinite = 0;
        // The named criterion's weight is a number: its values were too far apart for the method (named by its
        // acronym, not by its file code "topsis").
        r.weights = {0.5, 0.25, 0.25};
        QCOMPARE(QString::fromStdString(notFiniteMessage(p, r, Lang::En)),
                 QStringLiteral("the scores are not finite numbers: the values of criterion Plenary seats (plenary_seats) span too many "
                                "orders of magnitude for method TOPSIS (the largest divided by the smallest is beyond the largest number); "
                                "bring them closer together or use another method"));
        // Its weight is not a number (Σw overflowed before the division): the weight is named, not the values.
        r.weights = {std::nan(""), 0.0, 0.0};
        QCOMPARE(QString::fromStdString(notFiniteMessage(p, r, Lang::ZhTW)),
                 QStringLiteral("分數不是有限的數值：準則 主會場座位數（plenary_seats）的權重不是有限的數值（權重總和超過電腦可表示的最大數）；請調小權重"));
        // Nothing to explain when every score was finite.
        r.notFinite.reset();
        QCOMPARE(notFiniteMessage(p, r, Lang::En), std::string());
    }

    // ── validation: a number a project file cannot hold ──

    void extremeFilesAreRefusedWithTheirPointer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("words");
        const QString outside = QStringLiteral("is outside the range a project file accepts, -1,000,000,000,000,000 to 1,000,000,000,000,000");
        QTest::newRow("attendee origin 1e308 km") << "co2e-origin-1e308" << "/sustainability/origins/4/distance_km" << outside;
        QTest::newRow("inspection item weights 1e308") << "inspection-weights-1e308" << "/inspections/0/items/0/weight" << outside;
        QTest::newRow("destination weights overflow") << "destination-weights-overflow" << "/destinations/criteria/0/weight" << outside;
        QTest::newRow("criteria weights overflow") << "criteria-weights-overflow" << "/criteria/0/weight" << outside;
        QTest::newRow("venue value 1e308") << "venue-value-1e308" << "/venues/0/attributes/plenary_seats/value" << outside;
        QTest::newRow("destination value 1e308") << "destination-value-1e308" << "/destinations/destinations/1/values/subsidy/value" << outside;
        QTest::newRow("quote score 1e308") << "quote-score-1e308" << "/received_quotes/quotes/0/scores/experience" << outside;
        QTest::newRow("budget 1e400") << "budget-unit-cost-1e400" << "/budget/lines/0/unit_cost"
                                      << QStringLiteral("this number is beyond the largest number a computer can hold");
    }
    void extremeFilesAreRefusedWithTheirPointer()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, words);
        const auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/extreme/" + file.toStdString() + ".venuebid.json");
        QVERIFY(!r.ok());
        bool found = false;
        for (const auto &m : r.messages())
            found = found || (m.find(pointer.toStdString() + ": ") != std::string::npos && m.find(words.toStdString()) != std::string::npos);
        if (!found)
            for (const auto &m : r.messages())
                qWarning("%s", m.c_str());
        QVERIFY(found);
    }

    void theLimitItselfIsAccepted()
    {
        // ±1e15 is inside (the largest a number field accepts, numbers.h); every weight and several values are at it.
        const auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/extreme/at-the-limit.venuebid.json");
        for (const auto &m : r.messages())
            qWarning("%s", m.c_str());
        QVERIFY(r.ok());
        QCOMPARE(outOfRangeMessage(2e15), vb::tr(Lang::En, "finite.too_large", {"2000000000000000", "1,000,000,000,000,000"}));
    }
};

QTEST_GUILESS_MAIN(TestFinite)
#include "tst_finite.moc"
