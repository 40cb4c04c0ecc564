// SPDX-License-Identifier: GPL-3.0-or-later
// Destination comparison by hand: WSM scores, win/lose per criterion, and what it would take to win, verified by
// re-scoring the comparison with the suggested change (docs/bids.md).
#include "destinations.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

using namespace vb;
using vb::test::kTolerance;
using vb::test::near;
using namespace vb::destinations;

namespace {

Fact fact(double v)
{
    Fact f;
    f.value = v;
    f.estimate = true;
    f.basis = "test";
    f.asOf = "2026";
    return f;
}

/** access (benefit, 0.5), subsidy (benefit, 0.3, controllable, step 1000), hotel (cost, 0.2, controllable, step 1).
 *              access  subsidy  hotel
 *    taipei       6    20000     200
 *    seoul       10    30000     250
 *    bangkok      8    10000     150
 *  max_linear: access /10, subsidy /30000, hotel 150/x.
 *    taipei  0.5·0.6 + 0.3·0.6667 + 0.2·0.75 = 0.30 + 0.20 + 0.15 = 0.65
 *    seoul   0.5·1.0 + 0.3·1.0    + 0.2·0.6  = 0.50 + 0.30 + 0.12 = 0.92   → first
 *    bangkok 0.5·0.8 + 0.3·0.3333 + 0.2·1.0  = 0.40 + 0.10 + 0.20 = 0.70 */
Comparison sample()
{
    Comparison c;
    c.ours = "taipei";
    c.criteria = {destinations::Criterion{"access", {"交通", "Access"}, Group::Logistical, Direction::Benefit, 0.5, "index", false, 1.0, {}, {}},
                  destinations::Criterion{"subsidy", {"補助", "Subsidy"}, Group::Financial, Direction::Benefit, 0.3, "USD", true, 1000.0, {}, {}},
                  destinations::Criterion{"hotel", {"住宿", "Hotel"}, Group::Financial, Direction::Cost, 0.2, "USD", true, 1.0, {}, {}}};
    const auto dest = [](std::string id, double a, double s, double h) {
        return Destination{id, {id, id}, std::nullopt, {fact(a), fact(s), fact(h)}};
    };
    c.destinations = {dest("taipei", 6, 20000, 200), dest("seoul", 10, 30000, 250), dest("bangkok", 8, 10000, 150)};
    return c;
}

} // namespace

class TestDestinations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresAndOutcomes()
    {
        const auto r = compare(sample());
        QVERIFY(std::abs(r.score.scores(0) - 0.65) < kTolerance);
        QVERIFY(std::abs(r.score.scores(1) - 0.92) < kTolerance);
        QVERIFY(std::abs(r.score.scores(2) - 0.70) < kTolerance);
        QCOMPARE(r.score.ranks, (std::vector<int>{3, 1, 2}));
        QVERIFY(!r.weWin);
        QCOMPARE(r.outcomes.size(), std::size_t(3));
        QCOMPARE(r.outcomes[0].outcome, Outcome::Lose); // 6 < 10 (Seoul)
        QCOMPARE(r.outcomes[0].rank, 3);
        QCOMPARE(r.outcomes[0].bestCompetitor, std::size_t(1));
        QCOMPARE(r.outcomes[1].outcome, Outcome::Lose); // 20000 < 30000
        QCOMPARE(r.outcomes[1].rank, 2);
        QCOMPARE(r.outcomes[2].outcome, Outcome::Lose); // hotel 200 > 150 (Bangkok), cost
        QCOMPARE(r.outcomes[2].bestCompetitor, std::size_t(2));
        QCOMPARE(r.outcomes[2].rank, 2);
    }

    /** Subsidy, WSM solved exactly. Below Seoul's 30000 (regime 1) the condition 0.45 + 0.3·x/30000 > 0.92 needs
     *  x > 47000, outside the regime. Above 30000 our normalised value is 1 and the others' shrink to x_k/x:
     *    vs Seoul:   0.45 + 0.3 > 0.62 + 0.3·30000/x  ⇔  x > 9000/0.13 = 69230.77
     *    vs Bangkok: 0.45 + 0.3 > 0.60 + 0.3·10000/x  ⇔  x > 20000
     *  → threshold 69230.77, suggested 70000 (step 1000). Re-scored at 70000: Taipei 0.75, Seoul 0.5 + 0.128571 + 0.12
     *  = 0.748571 → Taipei first; at 69000 Seoul 0.750435 > 0.75 → Seoul still first.
     *  Hotel (cost): below Bangkok's 150 our value is 1, yet 0.5 + 0.2 = 0.70 < Seoul's 0.80 without hotel → no hotel
     *  rate alone wins. */
    void whatItTakesExactWsm()
    {
        Comparison c = sample();
        const auto r = compare(c);
        QCOMPARE(r.changes.size(), std::size_t(2));
        const auto &sub = r.changes[0];
        QCOMPARE(sub.criterion, std::size_t(1));
        QVERIFY(sub.exact);
        QVERIFY(sub.threshold);
        QVERIFY(near(*sub.threshold, 9000.0 / 0.13));
        QCOMPARE(*sub.suggested, 70000.0);
        QCOMPARE(sub.change, 50000.0);
        QVERIFY(sub.verified);
        QVERIFY(!winsWith(c, 1, 69000));
        QVERIFY(winsWith(c, 1, 70000));
        const auto &hotel = r.changes[1];
        QVERIFY(!hotel.suggested);
        QVERIFY(hotel.whyNot != WinChange::WhyNot::None);
        QVERIFY(!whyText(hotel, Lang::ZhTW).empty());
        QCOMPARE(*r.smallest, std::size_t(0));

        // Re-score the whole comparison with the suggested change: we are now first, alone.
        c.destinations[0].values[1].value = *sub.suggested;
        const auto after = compare(c);
        QVERIFY(after.weWin);
        QCOMPARE(after.score.ranks[0], 1);
        QVERIFY(std::abs(after.score.scores(0) - 0.75) < kTolerance);
        QVERIFY(std::abs(after.score.scores(1) - (0.5 + 0.3 * 30000.0 / 70000.0 + 0.12)) < kTolerance);
        QVERIFY(after.changes.empty());
    }

    void limitStopsTheSuggestion()
    {
        Comparison c = sample();
        c.criteria[1].limit = 60000;
        const auto w = whatItTakes(c, 1);
        QVERIFY(!w.suggested);
        // The exact tie is at 9,000 / 0.13 = 69,230.8, the next whole step 70,000, beyond the limit 60,000.
        QCOMPARE(w.whyNot, WinChange::WhyNot::BeyondLimit);
        QCOMPARE(whyText(w, Lang::En), std::string("needs 70,000, beyond the limit 60,000"));
        QCOMPARE(whyText(w, Lang::ZhTW), std::string("需要 70,000，超過上限 60,000"));
    }

    /** Other methods: bisection on the value, then the next step is verified by re-scoring; one step less loses. */
    void bisectionOtherMethods()
    {
        for (auto m : {mcda::Method::TOPSIS, mcda::Method::WPM}) {
            Comparison c = sample();
            c.method = m;
            const auto w = whatItTakes(c, 1);
            QVERIFY2(w.suggested, mcda::methodName(m));
            QVERIFY(!w.exact);
            QVERIFY(w.verified);
            QVERIFY(winsWith(c, 1, *w.suggested));
            QVERIFY2(!winsWith(c, 1, *w.suggested - c.criteria[1].step), mcda::methodName(m));
            c.destinations[0].values[1].value = *w.suggested;
            QVERIFY(compare(c).weWin);
        }
        // Re-scoring agrees with the closed form threshold 69230.77 to the unit.
        Comparison c = sample();
        QVERIFY(winsWith(c, 1, 69231));
        QVERIFY(!winsWith(c, 1, 69230));
    }

    void readerErrors()
    {
        const std::string text = R"({"ours": "taipei", "method": "wsm",
          "criteria": [{"id": "access", "name": {"zh-TW": "交通", "en": "Access"}, "group": "logistical", "direction": "benefit", "weight": 1}],
          "destinations": [{"id": "taipei", "name": {"zh-TW": "臺北", "en": "Taipei"}, "values": {"acces": {"value": 1, "estimate": true, "basis": "x", "as_of": "2026"}}},
                           {"id": "seoul", "name": {"zh-TW": "首爾", "en": "Seoul"}, "values": {"access": {"value": null}}}]})";
        JsonReader r;
        Comparison c;
        readDestinationsJson(r, *parseJson(text).value, "/destinations", c);
        std::vector<std::string> paths;
        for (const auto &d : r.diags)
            paths.push_back(d.path);
        const auto has = [&](const std::string &p) { return std::find(paths.begin(), paths.end(), p) != paths.end(); };
        QVERIFY(has("/destinations/destinations/0/values/acces"));
        QVERIFY(has("/destinations/destinations/0/values/access"));
        QVERIFY(has("/destinations/destinations/1/values/access/value"));
    }

    void sampleDestinations()
    {
        auto r = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QVERIFY(r.ok());
        if (!hasDestinations(*r.project))
            QSKIP("the sample has no destinations section yet");
        Comparison c = destinationsOf(*r.project);
        QCOMPARE(c.destinations.size(), std::size_t(4));
        const auto res = compare(c);
        QVERIFY(!res.weWin); // the sample is set up so that Taipei is not yet first
        QVERIFY(res.smallest);
        const auto &w = res.changes[*res.smallest];
        c.destinations[res.ours].values[w.criterion].value = *w.suggested;
        QVERIFY(compare(c).weWin);
    }
};

QTEST_GUILESS_MAIN(TestDestinations)
#include "tst_destinations.moc"
