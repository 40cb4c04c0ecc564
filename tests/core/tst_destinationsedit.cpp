// SPDX-License-Identifier: GPL-3.0-or-later
// The destination comparison edited on its page (bid/destinationsedit.h): a comparison built from nothing, the
// outcomes it gives, refusals in words naming the field, provenance kept for values left as they were.
#include "destinationsedit.h"
#include "messages.h"
#include "projectformat.h"

#include <QTest>

#include <cmath>

using namespace vb;
using namespace vb::destinations;

namespace {
Project minimal()
{
    auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json"); // no destination comparison
    if (!r.project)
        qFatal("cannot load minimal.venuebid.json");
    return *r.project;
}

DestinationCriterionFields subsidy()
{
    DestinationCriterionFields f;
    f.name = {"補助", "Subsidy"};
    f.group = Group::Financial;
    f.weight = 1;
    f.unit = "TWD";
    f.controllable = true;
    return f;
}

DestinationFields destination(const char *en, double subsidyValue)
{
    DestinationFields f;
    f.name = {"", en};
    f.values = {subsidyValue};
    f.source = "https://example.org/offers";
    f.asOf = "2026-11";
    return f;
}

std::string why(const EditRefusal &e)
{
    return e.field + ": " + e.message;
}
} // namespace

class TestDestinationsEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aComparisonFromNothing()
    {
        Project p = minimal();
        QVERIFY(!hasDestinations(p));
        // A destination needs criteria to be compared on.
        QCOMPARE(addDestination(p, destination("Taipei", 50000), Lang::En).message,
                 std::string("Add a criterion first: a destination is compared on the criteria."));
        // The first criterion, before any destination: the file keeps it without "ours".
        { const auto e = addDestinationCriterion(p, subsidy(), Lang::En); QVERIFY2(e.ok(), why(e).c_str()); }
        QVERIFY(hasDestinations(p));
        QVERIFY(readProject(writeProject(p)).project);
        // The first destination becomes ours.
        { const auto e = addDestination(p, destination("Taipei", 50000), Lang::En); QVERIFY2(e.ok(), why(e).c_str()); }
        auto seoul = destination("Seoul", 40000);
        seoul.source.clear();
        seoul.basis = "the 2025 bid's offer, as reported by the host";
        { const auto e = addDestination(p, seoul, Lang::En); QVERIFY2(e.ok(), why(e).c_str()); }
        Comparison c = destinationsOf(p);
        QCOMPARE(c.ours, std::string("taipei"));
        QCOMPARE(c.destinations[1].id, std::string("seoul"));
        QCOMPARE(c.destinations[1].name.zh, std::string("Seoul")); // one language stands for both
        QVERIFY(c.destinations[1].values[0].estimate);
        QCOMPARE(*c.destinations[1].values[0].basis, std::string("the 2025 bid's offer, as reported by the host"));
        // 50,000 against 40,000, more is better: we win on the one criterion and rank first.
        Result r = compare(c);
        QCOMPARE(r.outcomes.size(), std::size_t(1));
        QCOMPARE(r.outcomes[0].outcome, Outcome::Win);
        QVERIFY(r.weWin);

        // A second criterion: airport transfer time, lower is better; every destination needs its value.
        DestinationCriterionFields transfer;
        transfer.name = {"機場接駁時間", "Airport transfer"};
        transfer.direction = Direction::Cost;
        transfer.weight = 1;
        transfer.unit = "min";
        transfer.values = {40, std::nan("")};
        transfer.source = "https://example.org/transfer";
        transfer.asOf = "2026";
        auto e = addDestinationCriterion(p, transfer, Lang::En);
        QCOMPARE(e.field, std::string("value:seoul"));
        QCOMPARE(e.message, std::string("Seoul: a value is needed; every destination needs a value on every criterion (an estimate is fine)."));
        transfer.values = {40, 60};
        e = addDestinationCriterion(p, transfer, Lang::En);
        QVERIFY2(e.ok(), why(e).c_str());
        // Seoul raises its subsidy to 90,000: we now lose on the subsidy and win on the transfer (40 min against 60).
        auto f = destinationFields(p, 1);
        QCOMPARE(f.values.size(), std::size_t(2));
        QCOMPARE(f.values[0], 40000.0);
        QCOMPARE(f.values[1], 60.0);
        f.values[0] = 90000;
        f.source = "https://example.org/seoul-2027";
        f.basis.clear();
        f.asOf = "2026-12";
        e = setDestination(p, 1, f, Lang::En);
        QVERIFY2(e.ok(), why(e).c_str());
        c = destinationsOf(p);
        QCOMPARE(*c.destinations[1].values[0].value, 90000.0);
        QCOMPARE(*c.destinations[1].values[0].source, std::string("https://example.org/seoul-2027"));
        QVERIFY(!c.destinations[1].values[0].estimate);
        // The transfer time was left as it was: it keeps its own source and date.
        QCOMPARE(*c.destinations[1].values[1].source, std::string("https://example.org/transfer"));
        QCOMPARE(*c.destinations[1].values[1].asOf, std::string("2026"));
        r = compare(c);
        QCOMPARE(r.outcomes[0].outcome, Outcome::Lose);
        QCOMPARE(r.outcomes[1].outcome, Outcome::Win);
        // The file reads back as it was written.
        auto back = readProject(writeProject(p));
        QVERIFY(back.project);
        QVERIFY(destinationsOf(*back.project) == c);
        // A value that comes back from the form with text noise (60 + 1e-12) is the same value: it keeps its source;
        // 60.5 is a change: it takes the form's source and date.
        f = destinationFields(p, 1);
        f.values[1] = 60.0 + 1e-12;
        f.source = "https://example.org/new-transfer";
        f.asOf = "2026-12";
        QVERIFY(setDestination(p, 1, f, Lang::En).ok());
        c = destinationsOf(p);
        QCOMPARE(*c.destinations[1].values[1].value, 60.0);
        QCOMPARE(*c.destinations[1].values[1].source, std::string("https://example.org/transfer"));
        f.values[1] = 60.5;
        QVERIFY(setDestination(p, 1, f, Lang::En).ok());
        c = destinationsOf(p);
        QCOMPARE(*c.destinations[1].values[1].value, 60.5);
        QCOMPARE(*c.destinations[1].values[1].source, std::string("https://example.org/new-transfer"));
        QCOMPARE(*c.destinations[1].values[1].asOf, std::string("2026-12"));
    }

    void refusalsNameTheField()
    {
        Project p = minimal();
        QVERIFY(addDestinationCriterion(p, subsidy(), Lang::En).ok());
        QVERIFY(addDestination(p, destination("Taipei", 50000), Lang::En).ok());
        QVERIFY(addDestination(p, destination("Seoul", 40000), Lang::En).ok());
        const Project before = p;
        // Without a date, or without a source or basis, the value is stored unsourced (not refused).
        auto d = destination("Bangkok", 30000);
        d.asOf.clear();
        Project q = p;
        QVERIFY(addDestination(q, d, Lang::En).ok());
        QCOMPARE(destinationsOf(q).destinations[2].values[0].missing(), MissingProvenance::AsOf);
        d = destination("Bangkok", 30000);
        d.source.clear();
        q = p;
        QVERIFY(addDestination(q, d, Lang::ZhTW).ok());
        QCOMPARE(destinationsOf(q).destinations[2].values[0].missing(), MissingProvenance::Source);
        QVERIFY(!destinationsOf(q).destinations[2].values[0].estimate);
        // A date or a source that is given must be one.
        d = destination("Bangkok", 30000);
        d.asOf = "Nov 2026";
        auto e = addDestination(p, d, Lang::En);
        QCOMPARE(e.field, std::string("as_of"));
        QCOMPARE(e.message, std::string("As of: a date YYYY, YYYY-MM or YYYY-MM-DD; \"Nov 2026\" is not."));
        d = destination("Bangkok", 30000);
        d.source = "www.example.org";
        e = addDestination(p, d, Lang::ZhTW);
        QCOMPARE(e.field, std::string("source"));
        QCOMPARE(e.message, std::string("來源：以 http:// 或 https:// 開頭的網址；「www.example.org」不符。"));
        d = destination("Bangkok", std::nan(""));
        QCOMPARE(addDestination(p, d, Lang::En).field, std::string("value:subsidy"));
        d = destination("", 30000);
        QCOMPARE(addDestination(p, d, Lang::En).field, std::string("name"));
        // Ours stays; the last criterion stays.
        QCOMPARE(removeDestination(p, 0, Lang::En).message, std::string("Our own destination cannot be deleted; the comparison is about it."));
        QCOMPARE(removeDestinationCriterion(p, 0, Lang::En).message,
                 std::string("The last criterion cannot be deleted: a comparison needs at least one."));
        auto k = criterionFields(p, 0);
        k.weight = -1;
        QCOMPARE(setDestinationCriterion(p, 0, k, Lang::En).field, std::string("weight"));
        k.weight = 0;
        QCOMPARE(setDestinationCriterion(p, 0, k, Lang::En).message, std::string("Weight: at least one criterion needs a weight above 0."));
        k = criterionFields(p, 0);
        k.unit = "furlongs";
        QCOMPARE(setDestinationCriterion(p, 0, k, Lang::En).message,
                 std::string("Unit: \"furlongs\" is not a unit VenueBid knows; choose one from the list."));
        QVERIFY(p == before);
        // A competitor is deleted; then the comparison has one destination, which the file still reads (a warning).
        QVERIFY(removeDestination(p, 1, Lang::En).ok());
        QCOMPARE(destinationsOf(p).destinations.size(), std::size_t(1));
        QVERIFY(readProject(writeProject(p)).project);
    }

    void deleteACriterionTakesItsValues()
    {
        Project p = minimal();
        QVERIFY(addDestinationCriterion(p, subsidy(), Lang::En).ok());
        QVERIFY(addDestination(p, destination("Taipei", 50000), Lang::En).ok());
        auto transfer = subsidy();
        transfer.name = {"", "Transfer"};
        transfer.values = {30};
        transfer.source = "https://example.org/t";
        transfer.asOf = "2026";
        QVERIFY(addDestinationCriterion(p, transfer, Lang::En).ok());
        QCOMPARE(destinationsOf(p).destinations[0].values.size(), std::size_t(2));
        QVERIFY(removeDestinationCriterion(p, 0, Lang::En).ok());
        const auto c = destinationsOf(p);
        QCOMPARE(c.criteria.size(), std::size_t(1));
        QCOMPARE(c.criteria[0].id, std::string("transfer"));
        QCOMPARE(*c.destinations[0].values[0].value, 30.0);
        QVERIFY(readProject(writeProject(p)).project);
    }

    void moveKeepsEachValueWithItsCriterion()
    {
        // Criteria subsidy (TWD) and transfer; Taipei (ours) 50,000 and 30, Kaohsiung 40,000 and 20.
        Project p = minimal();
        QVERIFY(addDestinationCriterion(p, subsidy(), Lang::En).ok());
        QVERIFY(addDestination(p, destination("Taipei", 50000), Lang::En).ok());
        auto transfer = subsidy();
        transfer.name = {"", "Transfer"};
        transfer.unit = "";
        transfer.values = {30};
        transfer.source = "https://example.org/t";
        transfer.asOf = "2026";
        QVERIFY(addDestinationCriterion(p, transfer, Lang::En).ok());
        auto kaohsiung = destination("Kaohsiung", 40000);
        kaohsiung.values = {40000, 20};
        { const auto e = addDestination(p, kaohsiung, Lang::En); QVERIFY2(e.ok(), why(e).c_str()); }
        const Result before = compare(destinationsOf(p));

        // Transfer up: each destination's transfer value (30, 20) moves to the first place with it.
        { const auto e = moveDestinationCriterion(p, 1, -1, Lang::En); QVERIFY2(e.ok(), why(e).c_str()); }
        Comparison c = destinationsOf(p);
        QCOMPARE(c.criteria[0].id, std::string("transfer"));
        QCOMPARE(c.criteria[1].id, std::string("subsidy"));
        QCOMPARE(*c.destinations[0].values[0].value, 30.0);
        QCOMPARE(*c.destinations[0].values[1].value, 50000.0);
        QCOMPARE(*c.destinations[1].values[0].value, 20.0);
        QCOMPARE(*c.destinations[1].values[1].value, 40000.0);
        // The same ranking and scores (WSM: a sum over the criteria, whatever their order).
        const Result after = compare(c);
        QCOMPARE(after.score.ranks, before.score.ranks);
        QCOMPARE(after.score.scores.size(), before.score.scores.size());
        for (Eigen::Index k = 0; k < before.score.scores.size(); ++k)
            QVERIFY(std::abs(after.score.scores[k] - before.score.scores[k]) < 1e-12);
        const auto back = readProject(writeProject(p));
        QVERIFY(back.project);
        QVERIFY(destinationsOf(*back.project) == c);

        // Destinations: Kaohsiung up, ours (named by id) second; the same ranking by destination.
        QVERIFY(moveDestination(p, 1, -1, Lang::En).ok());
        c = destinationsOf(p);
        QCOMPARE(c.destinations[0].name.en, std::string("Kaohsiung"));
        QCOMPARE(c.destinations[1].name.en, std::string("Taipei"));
        QCOMPARE(*c.oursIndex(), std::size_t(1));
        QCOMPARE(compare(c).score.ranks[0], before.score.ranks[1]);
        QCOMPARE(compare(c).score.ranks[1], before.score.ranks[0]);

        // At the ends: nothing changes, "" (no undo step: the section stays the same).
        const SectionTable same = p.sections;
        QVERIFY(moveDestination(p, 0, -1, Lang::En).ok());
        QVERIFY(moveDestination(p, 1, 1, Lang::En).ok());
        QVERIFY(moveDestinationCriterion(p, 0, -1, Lang::En).ok());
        QVERIFY(moveDestinationCriterion(p, 1, 1, Lang::En).ok());
        QVERIFY(p.sections == same);
        QCOMPARE(moveDestination(p, 2, -1, Lang::En).message, std::string(vb::tr(Lang::En, "destedit.no_destination")));
        QCOMPARE(moveDestinationCriterion(p, 2, -1, Lang::En).message, std::string(vb::tr(Lang::En, "destedit.no_criterion")));
    }
};

QTEST_GUILESS_MAIN(TestDestinationsEdit)
#include "tst_destinationsedit.moc"
