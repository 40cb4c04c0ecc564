// SPDX-License-Identifier: GPL-3.0-or-later
// First ranking: must-have filter, worst-known imputation, max_linear weighted sum, competition ranks.
#include "mcda.h"
#include "methodcomparison.h"
#include "projectformat.h"
#include "venueranking.h"
#include "tolerance.h"

#include <QTest>

#include <clocale>
#include <cmath>
#include <random>

using namespace vb;
using vb::test::kTolerance;

namespace {
Project load(const char *name)
{
    auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/" + name);
    if (!r.ok())
        qFatal("cannot load %s", name);
    return *r.project;
}

/** Kendall's τ-b by its definition, over every pair (the O(n²) reference for the O(n log n) kendallTauB). */
double kendallTauBByPairs(const std::vector<int> &a, const std::vector<int> &b)
{
    long long concordant = 0, discordant = 0, onlyA = 0, onlyB = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = i + 1; j < a.size(); ++j) {
            const int da = (a[i] > a[j]) - (a[i] < a[j]);
            const int db = (b[i] > b[j]) - (b[i] < b[j]);
            if (da == 0 && db == 0)
                continue;
            if (da == 0)
                ++onlyA;
            else if (db == 0)
                ++onlyB;
            else if (da == db)
                ++concordant;
            else
                ++discordant;
        }
    const double denom = std::sqrt(double(concordant + discordant + onlyA) * double(concordant + discordant + onlyB));
    return denom > 0 ? double(concordant - discordant) / denom : 1.0;
}

const RankedVenue *find(const Project &p, const VenueRanking &r, const char *id)
{
    for (const auto &rv : r.ranked)
        if (p.venues[rv.venue].id == id)
            return &rv;
    return nullptr;
}
} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Under the comma-decimal run (ctest ranking_de_DE) the C locale really is comma-decimal:
        // QCoreApplication called setlocale(LC_ALL, ""), so a printf/strtod slip would show up here.
        if (qEnvironmentVariableIsSet("VENUEBID_EXPECT_COMMA_LOCALE"))
            QCOMPARE(std::localeconv()->decimal_point[0], ',');
    }

    void handComputed()
    {
        // tests/data/minimal.venuebid.json, by hand:
        //   gamma excluded: plenary 600 < 800 (must-have); the competitor is not ranked.
        //   ranked alpha, beta, delta; weights 50/20/30 → 0.5/0.2/0.3.
        //   plenary (benefit, max 1000): alpha 1.0, beta 0.8, delta 0.9 → ×0.5 = 0.50, 0.40, 0.45
        //   rooms (benefit): alpha 10, beta unknown → worst known 5, delta 5; max 10 → 1, 0.5, 0.5 → ×0.2 = 0.20, 0.10, 0.10
        //   rental (cost, TWD): alpha 4,000,000; beta 100,000 USD × 32 = 3,200,000; delta 4,800,000
        //     min/x: 0.8, 1.0, 0.666… → ×0.3 = 0.24, 0.30, 0.20
        //   scores: alpha 0.94, beta 0.80, delta 0.75
        const Project p = load("minimal.venuebid.json");
        const auto r = rankVenues(p);
        QCOMPARE(r.ranked.size(), std::size_t(3));
        QCOMPARE(r.weights, (std::vector<double>{0.5, 0.2, 0.3}));
        const char *order[] = {"alpha", "beta", "delta"};
        const double scores[] = {0.94, 0.80, 0.75};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(p.venues[r.ranked[i].venue].id, std::string(order[i]));
            QVERIFY(std::abs(r.ranked[i].score - scores[i]) < kTolerance);
            QCOMPARE(r.ranked[i].rank, i + 1);
        }
        const auto *beta = find(p, r, "beta");
        QVERIFY(std::abs(beta->contributions[1] - 0.10) < kTolerance);
        QVERIFY(std::abs(beta->contributions[2] - 0.30) < kTolerance);
        QCOMPARE(beta->imputedCriteria, std::vector<std::string>{"meeting_rooms"});
        QVERIFY(std::abs(find(p, r, "delta")->contributions[2] - 0.2) < kTolerance);

        QCOMPARE(r.excluded.size(), std::size_t(1));
        QCOMPARE(p.venues[r.excluded[0].venue].id, std::string("gamma"));
        QCOMPARE(describe(r.excluded[0].reasons[0], Lang::En), std::string("plenary seats 600 < 800 required"));
        QCOMPARE(describe(r.excluded[0].reasons[0], Lang::ZhTW), std::string("主會場座位 600 < 需求 800"));
        QCOMPARE(r.notRanked.size(), std::size_t(1));
    }

    void budgetAndCompetitors()
    {
        Project p = load("minimal.venuebid.json");
        p.requirements.budgetCeiling = 4'500'000; // delta (4.8 M) now fails the must-have ceiling
        auto r = rankVenues(p, RankingOptions{true});
        QCOMPARE(r.notRanked.size(), std::size_t(0));
        bool deltaExcluded = false;
        for (const auto &e : r.excluded)
            if (p.venues[e.venue].id == "delta") {
                deltaExcluded = true;
                QCOMPARE(describe(e.reasons[0], Lang::En), std::string("venue costs TWD 4,800,000 > ceiling TWD 4,500,000"));
            }
        QVERIFY(deltaExcluded);
        // The competitor has no costs: unknown budget is a warning, never an exclusion.
        const auto *rival = find(p, r, "rival");
        QVERIFY(rival);
        QCOMPARE(rival->rank, 1); // 5,000 seats dominates the heaviest criterion
    }

    void roomNightsDatesAndPartialBudget()
    {
        Project p = load("minimal.venuebid.json");
        Venue &alpha = p.venues[0];
        // Room-nights: 150 adjacent rooms × 4 days = 600 < 1,000 → excluded when it is a must-have.
        p.requirements.roomNights = 1000;
        p.requirements.mustHave.push_back(Requirement::RoomNights);
        alpha.attributes.emplace_back("hotel_rooms_nearby", Fact{250.0 - 100.0, "", std::string("https://example.org/h"), std::string("2025"), false, std::nullopt, std::nullopt});
        auto issues = checkRequirements(p, alpha);
        QCOMPARE(issues.front().requirement, Requirement::RoomNights);
        QVERIFY(issues.front().excludes);
        QCOMPARE(describe(issues.front(), Lang::En), std::string("nearby hotel room-nights (rooms × days) 600 < 1,000 required"));

        // Dates: two available periods that together cover 17–20 Oct pass; a gap on the 19th does not.
        const auto datesIssue = [&]() -> std::optional<ConstraintIssue> {
            for (const auto &i : checkRequirements(p, alpha))
                if (i.requirement == Requirement::Dates)
                    return i;
            return std::nullopt;
        };
        p.requirements.mustHave = {Requirement::Dates};
        alpha.availability = {{"2028-10-01", "2028-10-18", Availability::Available, {}, {}}, {"2028-10-19", "2028-10-31", Availability::Available, {}, {}}};
        QVERIFY(!datesIssue());
        alpha.availability[1].from = "2028-10-20";
        QCOMPARE(datesIssue()->kind, ConstraintIssue::Kind::Unknown);
        QVERIFY(!datesIssue()->excludes);
        alpha.availability.push_back({"2028-10-19", "2028-10-19", Availability::Unavailable, {}, {}});
        QCOMPARE(datesIssue()->kind, ConstraintIssue::Kind::Unavailable);
        QVERIFY(datesIssue()->excludes);

        // Budget: known costs above the ceiling fail even when another cost is still unknown.
        p.requirements.mustHave = {Requirement::BudgetCeiling};
        alpha.availability.clear();
        alpha.costs.emplace_back("av_package", Fact{});
        p.requirements.budgetCeiling = 3'000'000;
        issues = checkRequirements(p, alpha);
        QCOMPARE(issues.back().kind, ConstraintIssue::Kind::OverBudget);
        QVERIFY(issues.back().excludes);
        p.requirements.budgetCeiling = 9'000'000; // under the ceiling but incomplete: unknown, not excluded
        QCOMPARE(checkRequirements(p, alpha).back().kind, ConstraintIssue::Kind::Unknown);
        QVERIFY(!checkRequirements(p, alpha).back().excludes);
    }

    void softWhenNotMustHave()
    {
        Project p = load("minimal.venuebid.json");
        p.requirements.mustHave.clear();
        const auto r = rankVenues(p);
        QVERIFY(r.excluded.empty());
        const auto *gamma = find(p, r, "gamma");
        QVERIFY(gamma);
        QCOMPARE(gamma->warnings.front().excludes, false);
        QCOMPARE(describe(gamma->warnings.front(), Lang::En), std::string("plenary seats 600 < 800 required"));
    }

    void methodsOnTheProject()
    {
        // VIKOR by hand on tests/data/minimal.venuebid.json (ranked: alpha, beta, delta; w = .5/.2/.3; v = 0.5):
        //   f* = (1000, 10, 3.2 M), f⁻ = (800, 5, 4.8 M); rental is a cost.
        //   alpha: S = .3·0.8/1.6 = .15, R = .15 │ beta: S = .5 + .2 = .7, R = .5 │ delta: S = .25 + .2 + .3 = .75, R = .3
        //   Q = .5(S − .15)/.6 + .5(R − .15)/.35 → alpha 0, beta .958333, delta .714286 → order alpha, delta, beta.
        const Project p = load("minimal.venuebid.json");
        const auto r = rankVenues(p, RankingOptions{false, mcda::Method::VIKOR});
        QCOMPARE(r.method, mcda::Method::VIKOR);
        QCOMPARE(p.venues[r.ranked[0].venue].id, std::string("alpha"));
        QCOMPARE(p.venues[r.ranked[1].venue].id, std::string("delta"));
        QVERIFY(std::abs(r.ranked[0].score - 0.0) < kTolerance);
        QVERIFY(std::abs(r.ranked[1].score - (0.5 + 0.5 * 0.15 / 0.35)) < kTolerance);
        QVERIFY(std::abs(r.ranked[2].score - (0.5 * 0.55 / 0.6 + 0.5)) < kTolerance);
        QVERIFY(std::abs(r.ranked[0].contributions[2] - 0.24) < kTolerance); // the WSM explanation is kept for every method

        // Agreement: WSM ranks (1, 2, 3), VIKOR (1, 3, 2) → one discordant pair of three: τ-b = (2 − 1)/3.
        const auto c = compareMethods(p);
        QCOMPARE(c.methods.size(), std::size_t(4));
        QVERIFY(c.sameWinner());
        QVERIFY(c.unanimous[0]);
        QVERIFY(!c.unanimous[1]);
        QVERIFY(std::abs(c.tau[0][2] - 1.0 / 3.0) < kTolerance);
        QCOMPARE(kendallTauB({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
        QCOMPARE(kendallTauB({1, 2, 2}, {1, 2, 3}), std::sqrt(2.0 / 3.0) * 1.0); // C = 2, D = 0, Tb = 1 → 2/√(2·3)
    }

    void kendallTauBWithTies()
    {
        // a = (1, 2, 2, 3, 4), b = (1, 3, 2, 2, 5); the 10 pairs (i, j):
        //   (0,1) (0,2) (0,3) (0,4) (1,4) (2,4) (3,4) concordant: C = 7
        //   (1,3): a 2 < 3, b 3 > 2 discordant: D = 1
        //   (1,2): tied in a only (Ta = 1); (2,3): tied in b only (Tb = 1)
        //   τ-b = (7 − 1) / √((7 + 1 + 1)(7 + 1 + 1)) = 6/9
        QVERIFY(std::abs(kendallTauB({1, 2, 2, 3, 4}, {1, 3, 2, 2, 5}) - 6.0 / 9.0) < 1e-15);
        // a = (1, 1, 2, 2), b = (1, 1, 1, 2): (0,1) tied in both (not counted); (0,2) (1,2) tied in b only (Tb = 2);
        // (0,3) (1,3) concordant (C = 2); (2,3) tied in a only (Ta = 1); D = 0
        //   τ-b = 2 / √((2 + 1)(2 + 2)) = 2/√12
        QVERIFY(std::abs(kendallTauB({1, 1, 2, 2}, {1, 1, 1, 2}) - 2.0 / std::sqrt(12.0)) < 1e-15);
        // a = (3, 1, 2, 2), b = (1, 2, 3, 3): (0,1) (0,2) (0,3) discordant (a falls, b rises), (1,2) (1,3) concordant,
        // (2,3) tied in both: C = 2, D = 3, Ta = Tb = 0 → τ-b = (2 − 3)/√(5·5) = −0.2
        QVERIFY(std::abs(kendallTauB({3, 1, 2, 2}, {1, 2, 3, 3}) - (-0.2)) < 1e-15);
        // Every pair tied in a: no comparable pair → 1 by convention; fewer than two items → 1.
        QCOMPARE(kendallTauB({2, 2, 2}, {1, 2, 3}), 1.0);
        QCOMPARE(kendallTauB({}, {}), 1.0);
        QCOMPARE(kendallTauB({1}, {1}), 1.0);
        // Only the common length counts (as before).
        QVERIFY(std::abs(kendallTauB({1, 2, 3, 9}, {3, 2, 1}) - (-1.0)) < 1e-15);
    }

    void kendallTauBMatchesPairDefinition()
    {
        // Random rankings with many ties (values drawn from a small range) and without, of every size up to 80,
        // then a few of 2,000 items: Knight's merge-sort count gives what the O(n²) definition gives.
        std::mt19937 rng(20261202);
        for (int round = 0; round < 600; ++round) {
            const std::size_t n = static_cast<std::size_t>(round % 81);
            const int range = round % 3 == 0 ? 3 : round % 3 == 1 ? 10 : 1000;
            std::uniform_int_distribution<int> d(1, range);
            std::vector<int> a(n), b(n);
            for (std::size_t i = 0; i < n; ++i) {
                a[i] = d(rng);
                b[i] = round % 5 == 0 ? a[i] + d(rng) % 2 : d(rng); // some strongly agreeing pairs too
            }
            const double expected = kendallTauBByPairs(a, b);
            const double got = kendallTauB(a, b);
            if (std::abs(got - expected) > 1e-12)
                QFAIL(qPrintable(QStringLiteral("n %1 range %2: %3, by pairs %4").arg(n).arg(range).arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        }
        for (int range : {5, 100, 100000}) {
            std::uniform_int_distribution<int> d(1, range);
            std::vector<int> a(2000), b(2000);
            for (std::size_t i = 0; i < a.size(); ++i) {
                a[i] = d(rng);
                b[i] = d(rng) % 2 == 0 ? a[i] : d(rng);
            }
            QVERIFY(std::abs(kendallTauB(a, b) - kendallTauBByPairs(a, b)) < 1e-12);
            QVERIFY(kendallTauB(a, b) > 0.3); // half the items agree exactly: clearly positive
        }
    }

    void rescoreAfterWeightChange()
    {
        // minimal.venuebid.json with weights 50/20/30 changed to 20/20/60 (→ 0.2/0.2/0.6), by hand from the
        // normalised values of handComputed():
        //   alpha 0.2·1.0 + 0.2·1.0 + 0.6·0.8   = 0.88
        //   beta  0.2·0.8 + 0.2·0.5 + 0.6·1.0   = 0.86
        //   delta 0.2·0.9 + 0.2·0.5 + 0.6·0.666… = 0.68
        Project p = load("minimal.venuebid.json");
        auto r = rankVenues(p);
        p.criteria[0].weight = 20;
        p.criteria[1].weight = 20;
        p.criteria[2].weight = 60;
        rescoreVenues(p, r, mcda::Method::WSM);
        const char *order[] = {"alpha", "beta", "delta"};
        const double scores[] = {0.88, 0.86, 0.68};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(p.venues[r.ranked[i].venue].id, std::string(order[i]));
            QVERIFY(std::abs(r.ranked[i].score - scores[i]) < kTolerance);
        }
        QVERIFY(std::abs(find(p, r, "delta")->contributions[2] - 0.4) < kTolerance);
        QCOMPARE(find(p, r, "beta")->imputedCriteria, std::vector<std::string>{"meeting_rooms"}); // kept

        // The same as ranking anew, field by field, for every method and the sample project.
        Project s = load("../../sample_data/taiwan-congress-2028.venuebid.json");
        auto again = rankVenues(s);
        s.criteria[1].weight *= 3;
        s.criteria[4].weight = 0;
        for (auto m : {mcda::Method::WSM, mcda::Method::WPM, mcda::Method::TOPSIS, mcda::Method::VIKOR, mcda::Method::PROMETHEE2}) {
            rescoreVenues(s, again, m);
            const auto fresh = rankVenues(s, RankingOptions{false, m});
            QCOMPARE(again.weights, fresh.weights);
            QCOMPARE(again.ranked.size(), fresh.ranked.size());
            for (std::size_t i = 0; i < fresh.ranked.size(); ++i) {
                QCOMPARE(again.ranked[i].venue, fresh.ranked[i].venue);
                QCOMPARE(again.ranked[i].rank, fresh.ranked[i].rank);
                QCOMPARE(again.ranked[i].score, fresh.ranked[i].score);
                QCOMPARE(again.ranked[i].contributions, fresh.ranked[i].contributions);
                QCOMPARE(again.ranked[i].imputedCriteria, fresh.ranked[i].imputedCriteria);
            }
            QVERIFY(again.problem.weights == fresh.problem.weights);
            QCOMPARE(again.problem.method, fresh.problem.method);
        }
    }

    /** One rule for every score a person reads: WSM, WPM and TOPSIS (0–1, higher is better) as points of 100 with one
     *  decimal; PROMETHEE II's net flow and VIKOR's Q on their own scale with four decimals. */
    void scoreTextScales()
    {
        using mcda::Method;
        QCOMPARE(scoreText(Method::WSM, 0.848), std::string("84.8"));   // the sample's TICC: 0.8480 × 100
        QCOMPARE(scoreText(Method::TOPSIS, 0.66667), std::string("66.7"));
        QCOMPARE(scoreText(Method::WPM, 1.0), std::string("100.0"));
        QCOMPARE(scoreText(Method::PROMETHEE2, -0.125), std::string("-0.1250"));
        QCOMPARE(scoreText(Method::VIKOR, 0.3125), std::string("0.3125"));
        QVERIFY(scoreOutOf100(Method::WSM) && !scoreOutOf100(Method::VIKOR) && !scoreOutOf100(Method::PROMETHEE2));
        // A chart draws score × scoreScale and labels it with scaledScoreText: the same text as the table.
        QCOMPARE(scoreScale(Method::TOPSIS), 100.0);
        QCOMPARE(scoreScale(Method::VIKOR), 1.0);
        QCOMPARE(scaledScoreText(Method::WSM, 0.848 * scoreScale(Method::WSM)), scoreText(Method::WSM, 0.848));
        QCOMPARE(scaledScoreText(Method::PROMETHEE2, -0.125 * scoreScale(Method::PROMETHEE2)), std::string("-0.1250"));
    }

    void competitionRanks()
    {
        Eigen::VectorXd s(4);
        s << 0.9, 0.5, 0.5, 0.1;
        QCOMPARE(mcda::competitionRanks(s), (std::vector<int>{1, 2, 2, 4}));
        QCOMPARE(mcda::competitionRanks(s, false), (std::vector<int>{4, 2, 2, 1}));
        s << 0.9, 0.5 + 1e-12, 0.5, 0.1; // within 1e-9 of the range: a tie
        QCOMPARE(mcda::competitionRanks(s), (std::vector<int>{1, 2, 2, 4}));
    }

    void maxLinearConventions()
    {
        Eigen::MatrixXd X(3, 3);
        X << 10, 0, 5, //
            20, 4, 5,  //
            40, 2, 5;
        const auto R = mcda::normalize(X, {Direction::Benefit, Direction::Cost, Direction::Benefit}, mcda::Normalization::MaxLinear);
        // benefit x/max; cost min/x with 1.0 where x = 0; a constant column x/max = 1.
        Eigen::MatrixXd expected(3, 3);
        expected << 0.25, 1.0, 1.0, //
            0.5, 0.0, 1.0,          //
            1.0, 0.0, 1.0;
        // cost column: min is 0, so min/x = 0 for the others.
        QVERIFY(R.isApprox(expected, kTolerance));
        QVERIFY(R.allFinite());
    }

    void sampleGolden()
    {
        // Golden values for the default sample (regenerate deliberately if the sample data changes).
        const Project p = load("../../sample_data/taiwan-congress-2028.venuebid.json");
        const auto r = rankVenues(p);
        QVERIFY(r.ranked.size() >= 5);
        QCOMPARE(p.venues[r.ranked[0].venue].id, std::string("ticc"));
        for (const auto &rv : r.ranked) {
            double sum = 0;
            for (double c : rv.contributions)
                sum += c;
            QVERIFY(std::abs(sum - rv.score) < kTolerance); // contributions add up to the score
            QVERIFY(rv.score > 0 && rv.score <= 1.0);
        }
        QVERIFY(!r.excluded.empty());
        for (const auto &e : r.excluded)
            QVERIFY(!e.reasons.empty());
        QCOMPARE(r.notRanked.size(), std::size_t(3)); // COEX, Suntec, QSNCC
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
