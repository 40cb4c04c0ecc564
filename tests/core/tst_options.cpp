// SPDX-License-Identifier: GPL-3.0-or-later
// Options across formats: option values, WSM ranking, the recommended format and its sentence.
#include "analysis.h"
#include "optionsanalysis.h"
#include "projectformat.h"
#include "venueranking.h"
#include "tolerance.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vb;
using vb::test::near;

namespace {

Project load(const std::string &path)
{
    auto r = loadProjectFile(path);
    if (!r.ok())
        qFatal("cannot load %s", path.c_str());
    return *r.project;
}

const std::string kSmall = std::string(TEST_DATA_DIR) + "/analysis/small-analysis.venuebid.json";
const std::string kSample = std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json";


} // namespace

class TestOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedRanking()
    {
        // tests/data/analysis/small-analysis.venuebid.json: weights 2/1/1 → 0.5, 0.25, 0.25.
        // Costs (venue + package): a/on 100,000; a/hy 150,000; b/on 50,000; b/hy 100,000; online 0 + 25,000.
        // max_linear cost = min/x = 25,000/x: 0.25, 1/6, 0.5, 0.25, 1.
        // Networking 9/6/3 → /9; reach 100/120/150 → /150.
        // a/on = .5·.25 + .25·1 + .25·(100/150) = .125 + .25 + .166667 = .541667
        // a/hy = .5/6 + .25·(6/9) + .25·.8 = .083333 + .166667 + .2 = .45
        // b/on = .25 + .25 + .166667 = .666667;  b/hy = .125 + .166667 + .2 = .491667
        // online = .5 + .25/3 + .25 = .833333
        const Project p = load(kSmall);
        const auto res = analyseOptions(p);
        QCOMPARE(res.options.size(), std::size_t(5));
        QCOMPARE(res.ranked.size(), std::size_t(5));
        const char *order[] = {"online", "b/onsite", "a/onsite", "b/hybrid", "a/hybrid"};
        const double scores[] = {5.0 / 6.0, 2.0 / 3.0, 0.125 + 0.25 + 1.0 / 6.0, 0.125 + 1.0 / 6.0 + 0.2, 1.0 / 12.0 + 1.0 / 6.0 + 0.2};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(res.options[res.ranked[i].option].id(p), std::string(order[i]));
            QVERIFY2(near(res.ranked[i].score, scores[i]), std::to_string(res.ranked[i].score).c_str());
            QCOMPARE(res.ranked[i].rank, i + 1);
        }
        // raw values of the hybrid option at a: venue 100,000 + streaming 50,000; networking 6; reach 80 + 40
        const auto &ahy = res.ranked[4];
        QCOMPARE(ahy.raw, (std::vector<double>{150000, 6, 120}));
    }

    void recommendation()
    {
        // Winner online vs the best other-format option b/onsite: margin per criterion
        // rental .5 − .25 = +.25, networking 1/12 − .25 = −1/6, reach .25 − 1/6 = +1/12 → rental, then reach.
        const Project p = load(kSmall);
        const auto res = analyseOptions(p);
        QVERIFY(res.recommendation);
        const auto &rec = *res.recommendation;
        QCOMPARE(rec.format, EventFormat::Online);
        QVERIFY(rec.runnerUp);
        QCOMPARE(res.options[res.ranked[*rec.runnerUp].option].id(p), std::string("b/onsite"));
        QCOMPARE(rec.deciding.size(), std::size_t(2));
        QCOMPARE(p.criteria[rec.deciding[0].first].id, std::string("venue_rental"));
        QVERIFY(near(rec.deciding[0].second, 0.25));
        QCOMPARE(p.criteria[rec.deciding[1].first].id, std::string("reach"));
        QVERIFY(near(rec.deciding[1].second, 1.0 / 12.0));
        QCOMPARE(rec.text(Lang::En),
                 std::string("Recommended format: online. Online (platform) ranks first with a WSM score of 83.3, ahead of the best "
                             "on-site option Venue B (on-site) (66.7); the deciding criteria are Venue rental (+25.0) and Reach (+8.3)."));
        QCOMPARE(rec.text(Lang::ZhTW),
                 std::string("建議型式：線上。線上（平台）以 WSM 分數 83.3 排名第一，領先最佳的實體方案場地B（實體）（66.7）；"
                             "關鍵準則為場地租金（+25.0）與觸及人數（+8.3）。"));
    }

    void otherMethods()
    {
        const Project p = load(kSmall);
        for (auto m : {mcda::Method::TOPSIS, mcda::Method::VIKOR, mcda::Method::PROMETHEE2}) {
            const auto res = analyseOptions(p, m);
            QCOMPARE(res.method, m);
            QCOMPARE(res.ranked.size(), std::size_t(5));
            QCOMPARE(res.ranked[0].rank, 1);
            QVERIFY(res.recommendation);
            // Named by its acronym in both languages ("PROMETHEE II"), not by the file code ("promethee2").
            QVERIFY(res.recommendation->text(Lang::En).find(methodShortName(m)) != std::string::npos);
            QVERIFY(res.recommendation->text(Lang::ZhTW).find(methodShortName(m)) != std::string::npos);
            QVERIFY(res.recommendation->text(Lang::En).find(mcda::methodName(m)) == std::string::npos);
        }
    }

    void tieSaysSo()
    {
        // One criterion with the same value on site and hybrid (9, 9, online 3): c/onsite and c/hybrid share rank 1,
        // so no format is better and the sentence says they tie instead of naming deciding criteria.
        Project p = load(kSmall);
        p.criteria.erase(p.criteria.begin());          // drop the rental
        p.criteria.resize(1);                          // keep networking
        p.criteria[0].byFormat = std::array<double, 3>{9, 9, 3};
        p.venues.resize(1);
        const auto res = analyseOptions(p);
        QCOMPARE(res.options.size(), std::size_t(3));
        QCOMPARE(res.ranked[0].rank, 1);
        QCOMPARE(res.ranked[1].rank, 1);
        QVERIFY(res.recommendation->deciding.empty());
        QVERIFY2(res.recommendation->text(Lang::En).find("ties with") != std::string::npos, res.recommendation->text(Lang::En).c_str());
    }

    void venueRankingUsesComputedSources()
    {
        // value_from inspection feeds the venue ranking: a's latest inspection (2026-11-20) is
        // (4 + 5 + 3·2) / (1 + 1 + 2) = 3.75 (the unscored AV item is left out; the older one is ignored).
        const Project p = load(kSmall);
        const AnalysisData a = analysisOf(p);
        const auto *in = a.latestInspection("a");
        QVERIFY(in);
        QCOMPARE(in->date, std::string("2026-11-20"));
        QVERIFY(near(*in->score(), 3.75));
        Criterion c;
        c.id = "site_inspection";
        c.valueFrom = ValueFrom::Inspection;
        QVERIFY(near(*criterionValue(p, p.venues[0], c), 3.75));
        QVERIFY(!criterionValue(p, p.venues[1], c)); // not inspected: unknown, never 0
        c.valueFrom = ValueFrom::ByFormat;
        c.byFormat = std::array<double, 3>{9, 6, 3};
        QCOMPARE(*criterionValue(p, p.venues[0], c), 9.0); // a venue in the venue ranking is held on site
    }

    void inspectionErrors()
    {
        const std::string text = writeProject(load(kSmall));
        auto broken = [&](const std::string &from, const std::string &to) {
            std::string t = text;
            const auto pos = t.find(from);
            if (pos == std::string::npos)
                qFatal("fixture text not found: %s", from.c_str());
            t.replace(pos, from.size(), to);
            return readProject(t);
        };
        auto has = [](const LoadResult &r, const std::string &path) {
            return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic &d) { return d.path == path; });
        };
        QVERIFY(has(broken("\"score\": 4", "\"score\": 6"), "/inspections/1/items/0/score"));
        QVERIFY(has(broken("\"score\": 4", "\"score\": 0"), "/inspections/1/items/0/score"));
        QVERIFY(has(broken("\"venue\": \"a\"", "\"venue\": \"zz\""), "/inspections/0/venue"));
        QVERIFY(has(broken("\"adds_to\": \"venue_rental\"", "\"adds_to\": \"reach\""), "/formats/adds_to"));
    }

    void sample()
    {
        const Project p = load(kSample);
        const auto res = analyseOptions(p);
        QVERIFY(res.recommendation);
        QCOMPARE(res.options[res.ranked[0].option].venue.has_value(), true);
        QCOMPARE(p.venues[*res.options[res.ranked[0].option].venue].id, std::string("ticc"));
        QVERIFY(!res.recommendation->deciding.empty());
        QVERIFY(!res.recommendation->text(Lang::ZhTW).empty());
        // the venue ranking of the sample still puts TICC first with the format criteria added
        const auto r = rankVenues(p);
        QCOMPARE(p.venues[r.ranked[0].venue].id, std::string("ticc"));
    }

    void valueFromRoundTrip()
    {
        const Project p = load(kSmall);
        const std::string text = writeProject(p);
        const auto again = readProject(text);
        QVERIFY(again.ok());
        QCOMPARE(*again.project == p, true);
        QCOMPARE(writeProject(*again.project), text);
        QVERIFY(text.find("\"value_from\": \"by_format\"") != std::string::npos);
        QVERIFY(text.find("\"value_from\": \"attendance\"") != std::string::npos);
    }

    void badValueFrom()
    {
        std::string text = writeProject(load(kSmall));
        const auto pos = text.find("\"by_format\": {");
        QVERIFY(pos != std::string::npos);
        std::string noBy = text;
        noBy.replace(noBy.find("\"value_from\": \"attendance\""), 26, "\"value_from\": \"by_format\"");
        const auto r1 = readProject(noBy);
        QVERIFY(!r1.ok());
        bool found = false;
        for (const auto &d : r1.diagnostics)
            found = found || d.path == "/criteria/2/by_format";
        QVERIFY(found);
        std::string bad = text;
        bad.replace(bad.find("\"value_from\": \"attendance\""), 26, "\"value_from\": \"attendence\"");
        QVERIFY(!readProject(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
