// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria added, changed, moved and deleted (venues/criteriaedit.h): weights keep summing to 100 %, the AHP
// judgements follow, the project still loads, and refusals are sentences.
#include "ahpjudgements.h"
#include "criteriaedit.h"
#include "messages.h"
#include "projectformat.h"
#include "tolerance.h"
#include "venueranking.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vb;
using vb::test::near;

namespace {
Project load(const char *name, const char *dir = TEST_DATA_DIR)
{
    auto r = loadProjectFile(std::string(dir) + "/" + name);
    if (!r.project)
        qFatal("cannot load %s", name);
    return *r.project;
}

/** Written and read back: the reader's errors and warnings. */
std::vector<Diagnostic> reread(const Project &p)
{
    auto r = readProject(writeProject(p));
    return r.project ? r.diagnostics : std::vector<Diagnostic>{{Diagnostic::Severity::Error, "", "does not load"}};
}

/** What the reader says of `after` and did not say of `before` (the test files warn about a few missing values). */
std::vector<Diagnostic> newDiagnostics(const Project &before, const Project &after)
{
    const auto old = reread(before);
    std::vector<Diagnostic> out;
    for (const auto &d : reread(after))
        if (std::none_of(old.begin(), old.end(), [&](const Diagnostic &o) { return o.message == d.message; }))
            out.push_back(d);
    return out;
}

double score(const Project &p, std::string_view venueId)
{
    const auto r = rankVenues(p);
    for (const auto &x : r.ranked)
        if (p.venues[x.venue].id == venueId)
            return x.score;
    return -1;
}
} // namespace

class TestCriteriaEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRescalesAndRoundTrips()
    {
        Project p = load("minimal.venuebid.json"); // plenary 50, rooms 20, rental 30; ranks 1, 3, 2
        const CriterionFields f{{"機場時間", "Airport minutes"}, Direction::Cost, "min"};
        QCOMPARE(addCriterion(p, f, 20, Lang::En), EditError{});
        QCOMPARE(p.criteria.size(), std::size_t(4));
        const auto &c = p.criteria.back();
        QCOMPARE(c.id, std::string("airport_minutes")); // from the English name
        QCOMPARE(c.rank, std::optional<int>(4));         // least important
        QVERIFY(c.valueFrom == ValueFrom::Attributes);
        // The new one takes 20 %; the other 80 % keep 50:20:30 → 40, 16, 24.
        QVERIFY(near(p.criteria[0].weight, 40.0));
        QVERIFY(near(p.criteria[1].weight, 16.0));
        QVERIFY(near(p.criteria[2].weight, 24.0));
        QVERIFY(near(c.weight, 20.0));
        // No venue has an airport time yet: every value is unknown and imputed alike, so the column rates every venue
        // the same (1) and separates none. Alpha: 0.4 × 1 + 0.16 × 1 + 0.24 × 0.8 + 0.2 × 1 = 0.952.
        QVERIFY(near(score(p, "alpha"), 0.952));
        // Written and read back, it loads; only the venues' missing airport values are warned about.
        for (const auto &d : newDiagnostics(load("minimal.venuebid.json"), p))
            QVERIFY2(d.severity == Diagnostic::Severity::Warning && d.path.find("airport_minutes") != std::string::npos, d.message.c_str());
    }

    void refusalsAreSentences()
    {
        Project p = load("minimal.venuebid.json");
        const Project before = p;
        QCOMPARE(addCriterion(p, {{"", "  "}, Direction::Benefit, "seats"}, 10, Lang::En),
                 std::string("Name: give the criterion a name, in English or in Chinese."));
        QCOMPARE(addCriterion(p, {{"", "Plenary seats"}, Direction::Benefit, "seats"}, 10, Lang::En),
                 std::string("Name: another criterion is already called \"Plenary seats\"."));
        QCOMPARE(addCriterion(p, {{"", "Furlongs"}, Direction::Benefit, "furlongs"}, 10, Lang::En), std::string("Unit: choose a unit from the list."));
        QCOMPARE(addCriterion(p, {{"", "Wi-Fi"}, Direction::Benefit, "1–5"}, 120, Lang::En),
                 std::string("Weight: a percentage from 0 to 100; 120 is not."));
        QCOMPARE(addCriterion(p, {{"", "Wi-Fi"}, Direction::Benefit, "1–5"}, 120, Lang::ZhTW), std::string("權重：0 至 100 的百分比；120 不符。"));
        QVERIFY(p == before);
        // The last criterion cannot go.
        QCOMPARE(removeCriterion(p, 0, Lang::En), EditError{});
        QCOMPARE(removeCriterion(p, 0, Lang::En), EditError{});
        QCOMPARE(p.criteria.size(), std::size_t(1));
        QCOMPARE(removeCriterion(p, 0, Lang::En), std::string("A project needs at least one criterion, so the last one cannot be deleted."));
        QCOMPARE(criterionRemovalText(p, 0, Lang::En), std::string("A project needs at least one criterion, so the last one cannot be deleted."));
        QCOMPARE(p.criteria[0].id, std::string("venue_rental"));
        QVERIFY(near(p.criteria[0].weight, 100.0));
    }

    void renameKeepsId()
    {
        Project p = load("minimal.venuebid.json");
        QCOMPARE(setCriterionFields(p, 1, {{"分會場數", "Breakout rooms"}, Direction::Benefit, "rooms"}, Lang::En), EditError{});
        QCOMPARE(p.criteria[1].id, std::string("meeting_rooms")); // the venues' facts stay attached
        QCOMPARE(p.criteria[1].name.en, std::string("Breakout rooms"));
        QCOMPARE(setCriterionFields(p, 1, {{"", "Venue rental"}, Direction::Benefit, "rooms"}, Lang::En),
                 std::string("Name: another criterion is already called \"Venue rental\"."));
        // Plenary seats as a cost: ranked by fewest seats. Alpha (1000 seats) loses its lead.
        QCOMPARE(setCriterionFields(p, 0, {p.criteria[0].name, Direction::Cost, "seats"}, Lang::En), EditError{});
        QVERIFY(p.criteria[0].direction == Direction::Cost);
        QVERIFY(newDiagnostics(load("minimal.venuebid.json"), p).empty());
    }

    void removeTakesAhpAlongAndChangesScores()
    {
        Project p = load("ahp-judgements.venuebid.json"); // plenary 50, rooms 20, rental 30; PM and Client judgements
        // Before: WSM alpha = 0.5 × 1000/1000 + 0.2 × 10/10 + 0.3 × 3.2 M/4.0 M = 0.5 + 0.2 + 0.24 = 0.94.
        QVERIFY(near(score(p, "alpha"), 0.94));
        QCOMPARE(criterionRemovalText(p, 1, Lang::En),
                 std::string("4 AHP judgements that compare it with the other criteria are removed too. " // (3 − 1) × 2 evaluators
                             "The values of 4 venues for it stay with the venues as venue facts. "         // alpha … delta
                             "The other criteria's weights are rescaled so that they sum to 100 %."));
        EditError error;
        auto edit = criteriaEdit(p, "delete", [](Project &q) { return removeCriterion(q, 1, Lang::En); }, error, Lang::En);
        QVERIFY2(edit, error.c_str());
        Project after = p;
        edit->redo(after);
        // Plenary 50 and rental 30 of the remaining 80 → 62.5 % and 37.5 %; ranks 1, 2 (rooms was 3rd).
        QCOMPARE(after.criteria.size(), std::size_t(2));
        QVERIFY(near(after.criteria[0].weight, 62.5));
        QVERIFY(near(after.criteria[1].weight, 37.5));
        QCOMPARE(after.criteria[0].rank, std::optional<int>(1));
        QCOMPARE(after.criteria[1].rank, std::optional<int>(2));
        // Alpha = 0.625 × 1 + 0.375 × 0.8 = 0.925; Beta = 0.625 × 0.8 + 0.375 × 1 = 0.875.
        QVERIFY(near(score(after, "alpha"), 0.925));
        QVERIFY(near(score(after, "beta"), 0.875));
        // The PM's matrix without the rooms row and column: plenary vs rental was 5 (rental vs plenary 1/5 in the file).
        const auto j = ahpJudgementsOf(after);
        QCOMPARE(j.criteria, (std::vector<std::string>{"plenary_seats", "venue_rental"}));
        QCOMPARE(j.evaluators[0].pairwise.rows(), Eigen::Index(2));
        QVERIFY(near(j.evaluators[0].pairwise(0, 1), 5.0));
        QVERIFY(near(j.evaluators[0].pairwise(1, 0), 0.2));
        QVERIFY(j.alignedTo(after));
        // The venues keep the rooms values as facts; the project loads without a word.
        QVERIFY(after.venues[0].attribute("meeting_rooms"));
        QVERIFY(newDiagnostics(p, after).empty());
        // Added again at 20 %: the id is meeting_rooms again, so it reads the venues' facts; 62.5 and 37.5 × 0.8 are
        // 50 and 30, the file's weights, and Alpha is back at 0.94.
        Project again = after;
        QCOMPARE(addCriterion(again, {{"會議室數", "Meeting rooms"}, Direction::Benefit, "rooms"}, 20, Lang::En), EditError{});
        QCOMPARE(again.criteria.back().id, std::string("meeting_rooms"));
        QVERIFY(near(again.criteria[0].weight, 50.0));
        QVERIFY(near(again.criteria[1].weight, 30.0));
        QVERIFY(near(score(again, "alpha"), 0.94));
        // One undo step brings back criteria and judgements.
        edit->undo(after);
        QVERIFY(after == p);
    }

    void addExtendsAhpWithEqualJudgements()
    {
        Project p = load("ahp-judgements.venuebid.json");
        QCOMPARE(addCriterion(p, {{"", "Wi-Fi"}, Direction::Benefit, "1–5"}, 0, Lang::En), EditError{});
        const auto j = ahpJudgementsOf(p);
        QCOMPARE(j.criteria.back(), std::string("wi_fi"));
        QCOMPARE(j.evaluators[0].pairwise.rows(), Eigen::Index(4));
        QVERIFY(near(j.evaluators[0].pairwise(3, 0), 1.0));
        QVERIFY(near(j.evaluators[0].pairwise(0, 3), 1.0));
        QVERIFY(j.alignedTo(p));
        // 0 % for the new one: the others keep 50, 20, 30.
        QVERIFY(near(p.criteria[0].weight, 50.0));
        QVERIFY(near(p.criteria[3].weight, 0.0));
        // Named in English only: the Chinese name is the same text (the file needs both), and the project loads
        // with only the venues' missing Wi-Fi values warned about.
        QCOMPARE(p.criteria.back().name.zh, std::string("Wi-Fi"));
        for (const auto &d : newDiagnostics(load("ahp-judgements.venuebid.json"), p))
            QVERIFY2(d.severity == Diagnostic::Severity::Warning && d.path.find("wi_fi") != std::string::npos, d.message.c_str());
    }

    void moveKeepsAhpAligned()
    {
        Project p = load("ahp-judgements.venuebid.json");
        QCOMPARE(moveCriterion(p, 2, -2, Lang::En), EditError{});
        QCOMPARE(p.criteria[0].id, std::string("venue_rental"));
        QCOMPARE(p.criteria[1].id, std::string("plenary_seats"));
        QVERIFY(ahpJudgementsOf(p).alignedTo(p));
        EditError error;
        QVERIFY(!criteriaEdit(p, "move", [](Project &q) { return moveCriterion(q, 0, -1, Lang::En); }, error, Lang::En)); // at the top: no step
        QVERIFY(error.empty());
    }

    void packagesCostCriterionIsKept()
    {
        Project p = load("taiwan-congress-2028.venuebid.json", SAMPLE_DATA_DIR); // formats.adds_to venue_rental
        std::size_t rental = 0;
        while (p.criteria[rental].id != "venue_rental")
            ++rental;
        const std::string why = "The hybrid and online package costs add to this criterion (the formats section), so it cannot be deleted while they do.";
        QCOMPARE(criterionRemovalText(p, rental, Lang::En), why);
        EditError error;
        QVERIFY(!criteriaEdit(p, "delete", [&](Project &q) { return removeCriterion(q, rental, Lang::En); }, error, Lang::En));
        QCOMPARE(error, why);
        // Every other criterion of the sample can go, and the project still loads.
        for (std::size_t i = 0; i < p.criteria.size(); ++i) {
            if (i == rental)
                continue;
            auto e = criteriaEdit(p, "delete", [&](Project &q) { return removeCriterion(q, i, Lang::En); }, error, Lang::En);
            QVERIFY2(e, error.c_str());
            Project q = p;
            e->redo(q);
            for (const auto &d : reread(q))
                QVERIFY2(d.severity == Diagnostic::Severity::Warning, d.message.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestCriteriaEdit)
#include "tst_criteriaedit.moc"
