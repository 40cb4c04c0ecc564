// SPDX-License-Identifier: GPL-3.0-or-later
// Risk scenarios and the contingency plan (P1.1.3): outcomes, expected attendance, risk scores, checks.
#include "analysis.h"
#include "messages.h"
#include "projectedit.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

#include <cmath>

using namespace vb;
using vb::test::near;

namespace {

const std::string kSmall = std::string(TEST_DATA_DIR) + "/analysis/small-analysis.venuebid.json";

Project load()
{
    auto r = loadProjectFile(kSmall);
    if (!r.ok())
        qFatal("cannot load the fixture");
    return *r.project;
}


bool hasDiagnostic(const LoadResult &r, const std::string &path)
{
    for (const auto &d : r.diagnostics)
        if (d.path == path)
            return true;
    return false;
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes()
    {
        // Attendance on-site 100 / hybrid 80 + 40 / online 150 (fixture).
        const Project p = load();
        const AnalysisData a = analysisOf(p);
        QCOMPARE(a.scenarios.size(), std::size_t(3));
        const Scenario &typhoon = a.scenarios[0];
        // typhoon: on-site −50 %, half of the lost on-site attendees join online where the format allows (hybrid)
        QVERIFY(near(outcome(p, EventFormat::Onsite, &typhoon).total(), 50));
        const auto hy = outcome(p, EventFormat::Hybrid, &typhoon); // 80·0.5 = 40 on site; 40 + 40·0.5 = 60 online
        QVERIFY(near(hy.onsite, 40));
        QVERIFY(near(hy.online, 60));
        QVERIFY(near(outcome(p, EventFormat::Online, &typhoon).total(), 150));
        // quake closes the venue: on-site and hybrid lose everything, online is unaffected
        QVERIFY(near(outcome(p, EventFormat::Hybrid, &a.scenarios[1]).total(), 0));
        QVERIFY(near(outcome(p, EventFormat::Online, &a.scenarios[1]).total(), 150));
        // outage: online −100 %
        QVERIFY(near(outcome(p, EventFormat::Hybrid, &a.scenarios[2]).total(), 80));
        QVERIFY(near(outcome(p, EventFormat::Online, &a.scenarios[2]).total(), 0));
    }

    void expectedResults()
    {
        // Σp = 0.1 + 0.02 + 0.05 = 0.17, no scenario with 0.83.
        // on-site: .83·100 + .1·50 + .02·0 + .05·100 = 93     → exposure 7 %
        // hybrid:  .83·120 + .1·100 + .02·0 + .05·80 = 113.6  → exposure 6.4/120 = 5.333 %
        // online:  .83·150 + .1·150 + .02·150 + .05·0 = 142.5 → exposure 5 %
        const Project p = load();
        const auto sa = analyseScenarios(p, analysisOf(p), EventFormat::Online);
        QVERIFY(near(sa.probabilitySum, 0.17));
        QVERIFY(near(sa.formats[0].expected, 93));
        QVERIFY(near(sa.formats[1].expected, 113.6));
        QVERIFY(near(sa.formats[2].expected, 142.5));
        QVERIFY(near(sa.formats[0].exposurePct, 7));
        QVERIFY(near(sa.formats[1].exposurePct, 6.4 / 120 * 100));
        QVERIFY(near(sa.formats[2].exposurePct, 5));
        QCOMPARE(sa.formats[0].worstScenario, 1); // the quake
        QCOMPARE(sa.formats[2].worstScenario, 2); // the outage
    }

    void riskScoresAndContingency()
    {
        const Project p = load();
        const auto sa = analyseScenarios(p, analysisOf(p), EventFormat::Online);
        QCOMPARE(sa.scenarios.size(), std::size_t(3));
        // likelihood × impact: 2·4 = 8 monitor; 1·5 = 5 accept (< 6); 3·5 = 15 action plan (> 12)
        QCOMPARE(sa.scenarios[0].riskScore, 8);
        QCOMPARE(sa.scenarios[0].level, std::string("monitor"));
        QCOMPARE(sa.scenarios[1].riskScore, 5);
        QCOMPARE(sa.scenarios[1].level, std::string("accept"));
        QCOMPARE(sa.scenarios[2].riskScore, 15);
        QCOMPARE(sa.scenarios[2].level, std::string("action"));
        // typhoon: online keeps most (150); the planned fallback hybrid (100) keeps fewer than the planned online (150)
        QCOMPARE(sa.scenarios[0].bestFormat, EventFormat::Online);
        QVERIFY(!sa.scenarios[0].fallbackOk);
        QCOMPARE(sa.scenarios[0].daysBeforeStart, 7); // 2028-10-10 → 2028-10-17
        QVERIFY(sa.scenarios[0].triggerBeforeStart);
        // outage: on-site keeps 100 of 100, more than online's 0
        QCOMPARE(sa.scenarios[2].bestFormat, EventFormat::Onsite);
        QVERIFY(sa.scenarios[2].fallbackOk);
        QCOMPARE(daysBetween("2028-02-28", "2028-03-01"), 2); // leap year
    }

    void triggerAfterStartIsAnError()
    {
        std::string text = writeProject(load());
        text.replace(text.find("\"2028-10-15\""), 12, "\"2028-10-17\"");
        const auto r = readProject(text);
        QVERIFY(!r.ok());
        QVERIFY(hasDiagnostic(r, "/scenarios/items/2/contingency/trigger_date"));
    }

    void invalidInput()
    {
        const std::string text = writeProject(load());
        auto broken = [&](const std::string &from, const std::string &to) {
            std::string t = text;
            const auto pos = t.find(from);
            if (pos == std::string::npos)
                qFatal("fixture text not found: %s", from.c_str());
            t.replace(pos, from.size(), to);
            return readProject(t);
        };
        QVERIFY(hasDiagnostic(broken("\"probability\": 0.1", "\"probability\": 1.5"), "/scenarios/items/0/probability"));
        QVERIFY(hasDiagnostic(broken("\"probability\": 0.1", "\"probability\": 0.95"), "/scenarios/items")); // Σp > 1
        QVERIFY(hasDiagnostic(broken("\"impact\": 4", "\"impact\": 6"), "/scenarios/items/0/impact"));
        QVERIFY(hasDiagnostic(broken("\"fallback_format\": \"hybrid\"", "\"fallback_format\": \"moon\""),
                              "/scenarios/items/0/contingency/fallback_format"));
        QVERIFY(hasDiagnostic(broken("\"fallback_format\": \"hybrid\"", "\"fallback_format\": \"hybrid\", \"fallback_venue\": \"nowhere\""),
                              "/scenarios/items/0/contingency/fallback_venue"));
    }

    void editKeepsTheRestAndRefusesInvalid()
    {
        Project p = load();
        const auto before = analysisOf(p).scenarios;
        ScenarioEdit e;
        e.probability = 0.2;
        e.onsiteChange = -0.25;
        QVERIFY(editScenario(p, 0, e).empty());
        const auto after = analysisOf(p).scenarios;
        QCOMPARE(after[0].probability, 0.2);
        QCOMPARE(after[0].onsiteChange, -0.25);
        // Everything else of the scenario is kept as written (name, note, source, contingency, other effects).
        Scenario expect = before[0];
        expect.probability = 0.2;
        expect.onsiteChange = -0.25;
        QCOMPARE(after[0], expect);
        QCOMPARE(after[1], before[1]);
        // The probabilities must still add up to at most 1; the project is left unchanged otherwise.
        ScenarioEdit tooLikely;
        tooLikely.probability = 0.99;
        const auto errors = editScenario(p, 1, tooLikely);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].path, std::string("/scenarios/items/1/probability"));
        // 0.99 with the others' 0.08 + … : in words, in the page's language.
        QVERIFY(errors[0].message.starts_with("The scenarios' probabilities would add up to "));
        QCOMPARE(analysisOf(p).scenarios[1].probability, before[1].probability);
        QCOMPARE(editScenario(p, 99, e).front().message, std::string("There is no such scenario: it may have been deleted."));
        // A decision date on or after the start (2028-10-17) is refused in words, in zh-TW too.
        ScenarioEdit late;
        late.triggerDate = "2028-10-30";
        const auto lateErrors = editScenario(p, 0, late, Lang::ZhTW);
        QCOMPARE(lateErrors.front().path, std::string("/scenarios/items/0/contingency/trigger_date"));
        QCOMPARE(lateErrors.front().message, std::string("決策日 2028-10-30 須早於會議開始日 2028-10-17。"));
        ScenarioEdit bad;
        bad.likelihood = 7;
        QCOMPARE(editScenario(p, 0, bad).front().path, std::string("/scenarios/items/0/likelihood"));
    }

    void addAndDeleteAScenario()
    {
        Project p = load();
        // A strike: p = 3 %, likelihood 2, impact 3, on-site attendance −20 %.
        Scenario s;
        s.name = {"罷工", "Transport strike"};
        s.hazard = "human";
        s.probability = 0.03;
        s.likelihood = 2;
        s.impact = 3;
        s.onsiteChange = -0.2;
        std::string id;
        auto d = addScenario(p, s, Lang::En, &id);
        QVERIFY2(d.empty(), d.empty() ? "" : d.front().message.c_str());
        QCOMPARE(id, std::string("transport_strike"));
        const auto sa = analyseScenarios(p, analysisOf(p), EventFormat::Online);
        QCOMPARE(sa.scenarios.size(), std::size_t(4));
        // Σp = 0.17 + 0.03 = 0.20, no scenario with 0.80. Strike outcomes: on-site 100·0.8 = 80; hybrid 80·0.8 + 40 = 104;
        // online 150 (unchanged).
        // on-site: .80·100 + .1·50 + .02·0 + .05·100 + .03·80  = 80 + 5 + 0 + 5 + 2.4     = 92.4
        // hybrid:  .80·120 + .1·100 + .02·0 + .05·80 + .03·104 = 96 + 10 + 0 + 4 + 3.12  = 113.12
        // online:  .80·150 + .1·150 + .02·150 + .05·0 + .03·150 = 120 + 15 + 3 + 0 + 4.5 = 142.5
        QVERIFY(near(sa.probabilitySum, 0.20));
        QVERIFY(near(sa.formats[0].expected, 92.4));
        QVERIFY(near(sa.formats[1].expected, 113.12));
        QVERIFY(near(sa.formats[2].expected, 142.5));
        QCOMPARE(sa.scenarios[3].riskScore, 6); // 2 × 3: monitor (6 … 12)
        QCOMPARE(sa.scenarios[3].level, std::string("monitor"));

        // What was added reads back from the file.
        const auto back = readProject(writeProject(p));
        QVERIFY(back.ok());
        QCOMPARE(analysisOf(*back.project).scenarios, analysisOf(p).scenarios);

        // The file's rules, in words, with the field's pointer; nothing changes.
        const auto refused = [&](Scenario x, Lang l, const std::string &path, const std::string &message) {
            const auto before = analysisOf(p).scenarios;
            const auto e = addScenario(p, std::move(x), l);
            QCOMPARE(e.size(), std::size_t(1));
            QCOMPARE(e[0].path, path);
            QCOMPARE(e[0].message, message);
            QCOMPARE(analysisOf(p).scenarios, before);
        };
        Scenario bad = s;
        bad.probability = 0.81; // 0.20 + 0.81 = 1.01 > 1
        refused(bad, Lang::En, "/scenarios/items/4/probability",
                "The scenarios' probabilities would add up to 101.0 %, above 100 %: they are alternatives, and at most one of them happens.");
        bad = s;
        bad.name = {};
        refused(bad, Lang::ZhTW, "/scenarios/items/4/name", vb::tr(Lang::ZhTW, "clientedit.name_required"));
        bad = s;
        bad.likelihood = 6;
        refused(bad, Lang::En, "/scenarios/items/4/likelihood", "Likelihood and impact are whole numbers from 1 to 5; 6 is not.");
        bad = s;
        bad.onsiteChange = -1.5;
        refused(bad, Lang::En, "/scenarios/items/4/effects/onsite_attendance", "An attendance change is a percentage of -100 % or more; -150.0 % is not.");
        // The same name again gets its own id.
        QVERIFY(addScenario(p, s, Lang::En, &id).empty());
        QCOMPARE(id, std::string("transport_strike_2"));

        // Deleting both strikes gives the fixture's expectation back (on-site 93, exposure 7 %).
        QVERIFY(removeScenario(p, 4, Lang::En).empty());
        QVERIFY(removeScenario(p, 3, Lang::En).empty());
        QCOMPARE(analysisOf(p).scenarios, analysisOf(load()).scenarios);
        QVERIFY(near(analyseScenarios(p, analysisOf(p), EventFormat::Online).formats[0].expected, 93));
        QCOMPARE(removeScenario(p, 3, Lang::En).front().message, std::string("There is no such scenario: it may have been deleted."));
    }

    void moveAScenario()
    {
        // The fixture's scenarios: typhoon (p 0.10), quake (0.02), outage (0.05). Quake down: typhoon, outage, quake;
        // the expected attendance is a probability-weighted sum, so it does not change with the order.
        Project p = load();
        const auto ids = [](const Project &q) {
            std::string s;
            for (const auto &x : analysisOf(q).scenarios)
                s += (s.empty() ? "" : ",") + x.id;
            return s;
        };
        QCOMPARE(ids(p), std::string("typhoon,quake,outage"));
        const double expected = analyseScenarios(p, analysisOf(p), EventFormat::Online).formats[0].expected;
        QVERIFY(moveScenario(p, 1, 1, Lang::En).empty());
        QCOMPARE(ids(p), std::string("typhoon,outage,quake"));
        QCOMPARE(analyseScenarios(p, analysisOf(p), EventFormat::Online).formats[0].expected, expected);
        // Read back from the file: the new order.
        const auto back = readProject(writeProject(p));
        QVERIFY(back.ok());
        QCOMPARE(ids(*back.project), std::string("typhoon,outage,quake"));
        // Clamped: up by 5 from the last place takes it to the top; at the ends nothing changes (no step recorded).
        QVERIFY(moveScenario(p, 2, -5, Lang::En).empty());
        QCOMPARE(ids(p), std::string("quake,typhoon,outage"));
        EditHistory h;
        bool changed = true;
        QVERIFY(editSections(h, p, "move", "", [](Project &q) { return moveScenario(q, 0, -1, Lang::En); }, &changed).empty());
        QVERIFY(!changed);
        QVERIFY(editSections(h, p, "move", "", [](Project &q) { return moveScenario(q, 2, 1, Lang::En); }, &changed).empty());
        QVERIFY(!changed);
        // One step, undone.
        const Project before = p;
        QVERIFY(editSections(h, p, "move", "", [](Project &q) { return moveScenario(q, 0, 1, Lang::En); }, &changed).empty());
        QVERIFY(changed);
        QCOMPARE(ids(p), std::string("typhoon,quake,outage"));
        QVERIFY(h.undo(p));
        QVERIFY(p == before);
        QCOMPARE(moveScenario(p, 3, -1, Lang::En).front().message, std::string("There is no such scenario: it may have been deleted."));
    }

    void withoutSectionsStillLoads()
    {
        Project p = load();
        p.sections = {};
        const auto r = readProject(writeProject(p));
        QVERIFY(r.ok());
        const auto sa = analyseScenarios(*r.project, analysisOf(*r.project), EventFormat::Onsite);
        QVERIFY(sa.scenarios.empty());
        QVERIFY(near(sa.formats[0].expected, 100)); // no scenarios: expected = baseline, exposure 0
        QVERIFY(near(sa.formats[0].exposurePct, 0));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
