// SPDX-License-Identifier: GPL-3.0-or-later
// The AHP page's judgements in the project file (section "ahp"): read in any criteria order, aligned to the
// project's, written back as numbers and fractions, and bad matrices reported with their JSON path.
#include "ahpjudgements.h"
#include "jsontext.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

#include <boost/json.hpp>

using namespace vb;
using vb::test::halfUnit;
using vb::test::kTolerance;

class TestAhpSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsToTheProjectsCriteria()
    {
        const auto r = loadProjectFile(TEST_DATA_DIR "/ahp-judgements.venuebid.json");
        QVERIFY(r.ok());
        const auto &p = *r.project;
        const auto j = ahpJudgementsOf(p);
        QCOMPARE(j.evaluators.size(), std::size_t(2));
        QCOMPARE(j.evaluators[0].pairwise(0, 1), 0.2); // stored order: venue_rental, plenary_seats, meeting_rooms
        const auto a = j.alignedTo(p);
        QVERIFY(a.has_value());
        QCOMPARE(a->criteria, (std::vector<std::string>{"plenary_seats", "meeting_rooms", "venue_rental"}));
        // The classic matrix [[1,3,5],[1/3,1,3],[1/5,1/3,1]] → w ≈ (0.637, 0.258, 0.105), CR 0.033 (tst_mcda.cpp).
        QCOMPARE(a->evaluators[0].pairwise(0, 1), 3.0);
        QCOMPARE(a->evaluators[0].pairwise(0, 2), 5.0);
        QCOMPARE(a->evaluators[0].pairwise(1, 2), 3.0);
        QVERIFY(std::abs(a->evaluators[0].pairwise(2, 0) - 0.2) < kTolerance);
        const auto res = mcda::solveAhp([&] {
            auto pr = a->problem();
            pr.pairwise.resize(1);
            pr.evaluators.clear();
            return pr;
        }());
        // Saaty's classic 3×3 as the tutorials print it (w₀ ≈ 0.637, CR ≈ 0.033, 3 decimals); tst_mcda_analysis checks
        // the same matrix to full precision.
        QVERIFY(std::abs(res.criteria.weights(0) - 0.637) < halfUnit(3));
        QVERIFY(std::abs(res.criteria.cr - 0.033) < halfUnit(3));
    }

    void writesFractionsAndRoundTrips()
    {
        auto p = *loadProjectFile(TEST_DATA_DIR "/ahp-judgements.venuebid.json").project;
        auto j = *ahpJudgementsOf(p).alignedTo(p);
        j.group = true;
        setAhpJudgements(p, j);
        const auto text = writeProject(p);
        QVERIFY(text.find("\"1/3\"") != std::string::npos); // judgements below 1 read as Saaty's fractions
        const auto again = readProject(text);
        QVERIFY(again.ok());
        QCOMPARE(*again.project, p);
        QVERIFY(ahpJudgementsOf(*again.project).group);
    }

    void badMatrixNamesTheCell()
    {
        auto v = boost::json::parse(writeProject(*loadProjectFile(TEST_DATA_DIR "/ahp-judgements.venuebid.json").project));
        auto &ev = v.as_object()["ahp"].as_object()["evaluators"].as_array();
        ev[0].as_object()["pairwise"].as_array()[1].as_array()[2] = 4;   // 5 stays at [2][1]... and 4 is not its reciprocal
        ev[1].as_object()["pairwise"].as_array()[0].as_array()[1] = "12"; // beyond Saaty's scale
        const auto r = readProject(boost::json::serialize(v), "bad.venuebid.json");
        QVERIFY(!r.ok());
        std::string all;
        for (const auto &m : r.messages())
            all += m + "\n";
        QVERIFY2(all.find("/ahp/evaluators/0/pairwise/1/2: expected the reciprocal of [2][1]") != std::string::npos, all.c_str());
        QVERIFY2(all.find("/ahp/evaluators/1/pairwise/0/1: expected a judgement from 1/9 to 9") != std::string::npos, all.c_str());
    }

    void otherCriteriaOnlyWarn()
    {
        auto v = boost::json::parse(writeProject(*loadProjectFile(TEST_DATA_DIR "/ahp-judgements.venuebid.json").project));
        v.as_object()["ahp"].as_object()["criteria"].as_array()[0] = "catering";
        const auto r = readProject(boost::json::serialize(v), "other.venuebid.json");
        QVERIFY(r.ok()); // the editor starts again; the file stays valid
        bool warned = false;
        for (const auto &d : r.diagnostics)
            warned = warned || (d.severity == Diagnostic::Severity::Warning && d.path == "/ahp/criteria");
        QVERIFY(warned);
        QVERIFY(!ahpJudgementsOf(*r.project).alignedTo(*r.project));
    }
};

QTEST_APPLESS_MAIN(TestAhpSection)
#include "tst_ahpsection.moc"
