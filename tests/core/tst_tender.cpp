// SPDX-License-Identifier: GPL-3.0-or-later
// 最有利標 by hand: 序位法 and 總評分法 with each tie-break rule, each open convention changing the winner,
// 評分單價法 compared exactly, setup checks and the "tender" section's reader (docs/bids.md).
#include "projectformat.h"
#include "tender.h"

#include <QTest>

using namespace vb;
using namespace vb::tender;

namespace {

Item item(std::string id, std::int64_t points, ItemKind kind = ItemKind::Other)
{
    return Item{id, LocalizedText{id, id}, points, kind};
}

/** scores[member][bidder][item] in points; members m1..mN are attending outside experts. */
Tender make(std::vector<Item> items, std::vector<std::string> bidders, const std::vector<std::vector<std::vector<double>>> &scores)
{
    Tender t;
    t.items = std::move(items);
    for (const auto &b : bidders)
        t.bidders.push_back(Bidder{b, "Bidder " + b, std::nullopt});
    for (std::size_t m = 0; m < scores.size(); ++m) {
        const std::string id = "m" + std::to_string(m + 1);
        t.members.push_back(Member{id, id, true, true});
        for (std::size_t b = 0; b < bidders.size(); ++b) {
            ScoreSheet s{id, bidders[b], {}};
            for (double v : scores[m][b])
                s.scoresH.push_back(static_cast<std::int64_t>(v * 100 + 0.5));
            t.scores.push_back(s);
        }
    }
    return t;
}

std::string winnerOf(const Tender &t, const MethodResult &r)
{
    return r.winner ? t.bidders[*r.winner].id : std::string("-");
}

bool hasSetting(const Evaluation &e, const std::string &setting, const std::string &value, Method m)
{
    for (const auto &s : e.settingEffects)
        if (s.setting == setting && s.value == value && s.method == m)
            return true;
    return false;
}

int errorCount(const std::vector<Diagnostic> &ds)
{
    int n = 0;
    for (const auto &d : ds)
        n += d.severity == Diagnostic::Severity::Error;
    return n;
}

bool mentions(const std::vector<Diagnostic> &ds, const std::string &needle)
{
    for (const auto &d : ds)
        if (d.message.find(needle) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestTender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memberRankConventions()
    {
        // Totals 90, 90, 80: shared best 1, 1, 3; averaged 1.5, 1.5, 3; dense 1, 1, 2 (stored × 2).
        QCOMPARE(memberRanks2({9000, 9000, 8000}, RankTies::SharedBest), (std::vector<int>{2, 2, 6}));
        QCOMPARE(memberRanks2({9000, 9000, 8000}, RankTies::Averaged), (std::vector<int>{3, 3, 6}));
        QCOMPARE(memberRanks2({9000, 9000, 8000}, RankTies::Dense), (std::vector<int>{2, 2, 4}));
        // 80, 90, 90, 70: shared 3, 1, 1, 4; averaged 3, 1.5, 1.5, 4; dense 2, 1, 1, 3.
        QCOMPARE(memberRanks2({8000, 9000, 9000, 7000}, RankTies::SharedBest), (std::vector<int>{6, 2, 2, 8}));
        QCOMPARE(memberRanks2({8000, 9000, 9000, 7000}, RankTies::Averaged), (std::vector<int>{6, 3, 3, 8}));
        QCOMPARE(memberRanks2({8000, 9000, 9000, 7000}, RankTies::Dense), (std::vector<int>{4, 2, 2, 6}));
    }

    /** One item q (100 points), five members, bidders a, b, c.
     *    m1: a 80, b 80, c 70     m2: a 80, b 80, c 70     m3, m4, m5: c 85, a 75, b 70
     *  Ranks, shared best:  m1, m2: a 1, b 1, c 3;  m3-m5: c 1, a 2, b 3
     *    a = 1+1+2+2+2 = 8,  b = 1+1+3+3+3 = 11,  c = 3+3+1+1+1 = 9  → a wins 序位法 (clear)
     *  Dense: m1, m2: a 1, b 1, c 2 → c = 2+2+1+1+1 = 7 < a = 8 → c wins (clear)
     *  Averaged: m1, m2: a 1.5, b 1.5, c 3 → a = 1.5+1.5+2+2+2 = 9 = c = 9 → tie; rule (2) heaviest item (q):
     *    a = 80+80+75·3 = 385, c = 70+70+85·3 = 395 → c wins by the tie rule.
     *  First places (shared best): a 2 (m1, m2), b 2 (m1, m2), c 3 (m3-m5): a wins on rank sum while c holds
     *  most first places, and a majority (3 of 5) at that.
     *  總評分法: a 385, b 80+80+70·3 = 370, c 395 → c. */
    void rankSumConventionsChangeWinner()
    {
        Tender t = make({item("q", 100)}, {"a", "b", "c"},
                        {{{80}, {80}, {70}}, {{80}, {80}, {70}}, {{75}, {70}, {85}}, {{75}, {70}, {85}}, {{75}, {70}, {85}}});
        QCOMPARE(errorCount(checkSetup(t)), 0);
        Evaluation e = evaluate(t);
        QCOMPARE(*e.bidders[0].rankSum2, 16);
        QCOMPARE(*e.bidders[1].rankSum2, 22);
        QCOMPARE(*e.bidders[2].rankSum2, 18);
        QCOMPARE(winnerOf(t, e.rank), std::string("a"));
        QCOMPARE(e.rank.decision, Decision::Clear);
        QCOMPARE(e.bidders[2].firstPlaces, 3);
        QVERIFY(!e.rank.winnerHasMajorityOfFirsts);
        QVERIFY(e.rank.mostFirstsOther);
        QCOMPARE(t.bidders[*e.rank.mostFirstsOther].id, std::string("c"));
        QCOMPARE(winnerOf(t, e.total), std::string("c"));
        QCOMPARE(e.bidders[0].totalH, 38500);
        QCOMPARE(e.bidders[2].totalH, 39500);
        QVERIFY(hasSetting(e, "rank_ties", "dense", Method::Rank));
        QVERIFY(hasSetting(e, "rank_ties", "averaged", Method::Rank));
        QVERIFY(!hasSetting(e, "rank_ties", "dense", Method::Total)); // totals do not depend on member ranks

        t.settings.rankTies = RankTies::Dense;
        e = evaluateWith(t);
        QCOMPARE(*e.bidders[2].rankSum2, 14);
        QCOMPARE(winnerOf(t, e.rank), std::string("c"));
        QCOMPARE(e.rank.decision, Decision::Clear);

        t.settings.rankTies = RankTies::Averaged;
        e = evaluateWith(t);
        QCOMPARE(*e.bidders[0].rankSum2, 18);
        QCOMPARE(*e.bidders[2].rankSum2, 18);
        QCOMPARE(e.rank.tiedAtTop.size(), std::size_t(2));
        QCOMPARE(winnerOf(t, e.rank), std::string("c"));
        QCOMPARE(e.rank.decision, Decision::TieRule);
    }

    /** Items plan (60) and team (40), three members, bidders a, b, c.
     *    m1, m2: a 45+35 = 80, b 50+25 = 75, c 35+25 = 60 → a 1, b 2, c 3
     *    m3:     b 55+25 = 80, c 40+30 = 70, a 30+30 = 60 → b 1, c 2, a 3
     *  Rank sums a = 1+1+3 = 5, b = 2+2+1 = 5, c = 3+3+2 = 8 → a and b tie (§15-1).
     *  (2) heaviest item plan summed: a 45+45+30 = 120, b 50+50+55 = 155 → b.
     *  (3) most first places: a 2 (m1, m2), b 1 (m3) → a.
     *  (1) re-evaluation: without a recorded round → undecided; with the round
     *      m1: a 70, b 75   m2: a 70, b 75   m3: a 60, b 80 → b ranks first three times → b. */
    void rankTieRules()
    {
        Tender t = make({item("plan", 60), item("team", 40)}, {"a", "b", "c"},
                        {{{45, 35}, {50, 25}, {35, 25}}, {{45, 35}, {50, 25}, {35, 25}}, {{30, 30}, {55, 25}, {40, 30}}});
        t.settings.tieRule = TieRule::HeaviestItem;
        Evaluation e = evaluateWith(t);
        QCOMPARE(*e.bidders[0].rankSum2, 10);
        QCOMPARE(*e.bidders[1].rankSum2, 10);
        QCOMPARE(e.bidders[0].heaviestItemH, 12000);
        QCOMPARE(e.bidders[1].heaviestItemH, 15500);
        QCOMPARE(winnerOf(t, e.rank), std::string("b"));
        QCOMPARE(e.rank.decision, Decision::TieRule);

        t.settings.tieRule = TieRule::MostFirsts;
        e = evaluateWith(t);
        QCOMPARE(e.bidders[0].firstPlaces, 2);
        QCOMPARE(e.bidders[1].firstPlaces, 1);
        QCOMPARE(winnerOf(t, e.rank), std::string("a"));
        QCOMPARE(e.rank.decision, Decision::TieRule);

        t.settings.tieRule = TieRule::ReEvaluation;
        e = evaluateWith(t);
        QVERIFY(!e.rank.winner);
        QCOMPARE(e.rank.decision, Decision::NeedsReEvaluation);
        const auto sheet = [](std::string m, std::string b, double plan, double team) {
            return ScoreSheet{m, b, {static_cast<std::int64_t>(plan * 100), static_cast<std::int64_t>(team * 100)}};
        };
        t.reEvaluation = {sheet("m1", "a", 40, 30), sheet("m1", "b", 45, 30), sheet("m2", "a", 40, 30), sheet("m2", "b", 45, 30),
                          sheet("m3", "a", 30, 30), sheet("m3", "b", 50, 30)};
        e = evaluateWith(t);
        QCOMPARE(winnerOf(t, e.rank), std::string("b"));
        QCOMPARE(e.rank.decision, Decision::ReEvaluation);
    }

    /** Two members, one item q (100): m1 a 80, b 70; m2 a 70, b 80 → rank sums 3 and 3, first places 1 and 1:
     *  most-firsts cannot decide → a lot. Without a recorded lot the winner stays open; with lot [b, a] → b. */
    void lotAfterTieRule()
    {
        Tender t = make({item("q", 100)}, {"a", "b"}, {{{80}, {70}}, {{70}, {80}}});
        t.settings.tieRule = TieRule::MostFirsts;
        Evaluation e = evaluateWith(t);
        QVERIFY(!e.rank.winner);
        QCOMPARE(e.rank.decision, Decision::NeedsLot);
        t.lot = {"b", "a"};
        e = evaluateWith(t);
        QCOMPARE(winnerOf(t, e.rank), std::string("b"));
        QCOMPARE(e.rank.decision, Decision::Lot);
    }

    /** 總評分法 tie (§14): items plan (60), team (40), two members.
     *    a: m1 50+30 = 80, m2 40+30 = 70 → 150;  b: m1 45+30 = 75, m2 45+30 = 75 → 150 (averages 75 and 75)
     *  (2) heaviest item plan: a 50+40 = 90, b 45+45 = 90 → still tied → a lot (none recorded: open).
     *  Change m2's sheet for b to 46+29 (total still 75): b plan 45+46 = 91 > 90 → b by the tie rule.
     *  Most firsts is a 序位法 rule: for 總評分法 it goes straight to the lot ([a, b] → a). */
    void totalScoreTie()
    {
        Tender t = make({item("plan", 60), item("team", 40)}, {"a", "b"}, {{{50, 30}, {45, 30}}, {{40, 30}, {45, 30}}});
        Evaluation e = evaluateWith(t);
        QCOMPARE(e.bidders[0].totalH, 15000);
        QCOMPARE(e.bidders[1].totalH, 15000);
        QCOMPARE(e.bidders[0].average, 75.0);
        QCOMPARE(e.total.decision, Decision::NeedsLot);
        t.scores[3].scoresH = {4600, 2900};
        e = evaluateWith(t);
        QCOMPARE(e.bidders[1].totalH, 15000);
        QCOMPARE(winnerOf(t, e.total), std::string("b"));
        QCOMPARE(e.total.decision, Decision::TieRule);
        t.settings.tieRule = TieRule::MostFirsts;
        t.lot = {"a", "b"};
        e = evaluateWith(t);
        QCOMPARE(winnerOf(t, e.total), std::string("a"));
        QCOMPARE(e.total.decision, Decision::Lot);
        t.method = Method::Total;
        QVERIFY(mentions(checkSetup(t), "most_firsts is a 序位法 rule"));
    }

    /** Pass mark 70 with an even committee (4 members), one item q:
     *    a: 95, 95, 60, 60 → average 77.5; 2 of 4 below 70
     *    b: 75, 75, 75, 75 → average 75;   0 below
     *  average: both pass; 總評分法 a 310 > b 300 → a.
     *  majority_below_fails: a fails only if more than 2 of 4 are below → passes → a.
     *  majority_pass_required: a needs more than 2 of 4 at or above 70, has 2 → fails → b. */
    void passRuleEvenCommittee()
    {
        Tender t = make({item("q", 100)}, {"a", "b"}, {{{95}, {75}}, {{95}, {75}}, {{60}, {75}}, {{60}, {75}}});
        t.passMarkH = 7000;
        Evaluation e = evaluate(t);
        QVERIFY(e.bidders[0].passes);
        QCOMPARE(e.bidders[0].membersBelowPass, 2);
        QCOMPARE(winnerOf(t, e.total), std::string("a"));
        QVERIFY(!hasSetting(e, "pass_rule", "majority_below_fails", Method::Total));
        QVERIFY(hasSetting(e, "pass_rule", "majority_pass_required", Method::Total));
        t.settings.passRule = PassRule::MajorityBelowFails;
        QCOMPARE(winnerOf(t, evaluateWith(t).total), std::string("a"));
        t.settings.passRule = PassRule::MajorityPassRequired;
        e = evaluateWith(t);
        QVERIFY(!e.bidders[0].passes);
        QCOMPARE(e.total.ranks[0], 0);
        QCOMPARE(winnerOf(t, e.total), std::string("b"));
    }

    /** Pass mark 70, five members, one item q:
     *    a: 100, 100, 69, 69, 69 → 407, average 81.4 (passes the average rule); 3 of 5 below 70
     *    b: 75 × 5 → 375, average 75
     *  average → a (407 > 375); either majority wording → a fails → b. */
    void passRuleAverageVersusMajority()
    {
        Tender t = make({item("q", 100)}, {"a", "b"}, {{{100}, {75}}, {{100}, {75}}, {{69}, {75}}, {{69}, {75}}, {{69}, {75}}});
        t.passMarkH = 7000;
        Evaluation e = evaluate(t);
        QCOMPARE(winnerOf(t, e.total), std::string("a"));
        QVERIFY(hasSetting(e, "pass_rule", "majority_below_fails", Method::Total));
        QVERIFY(hasSetting(e, "pass_rule", "majority_pass_required", Method::Total));
        t.settings.passRule = PassRule::MajorityBelowFails;
        QCOMPARE(winnerOf(t, evaluateWith(t).total), std::string("b"));
    }

    /** Pass mark 70 (average rule), one item q, three members; f fails (average (10+10+60)/3 = 26.7).
     *    m1: a 80, b 78, f 10   m2: a 80, b 78, f 10   m3: b 95, f 60, a 50
     *  rank_then_drop: m1 a1 b2 f3, m2 a1 b2 f3, m3 b1 f2 a3 → a 5, b 5 → tie; heaviest item q summed:
     *    a 80+80+50 = 210, b 78+78+95 = 251 → b by the tie rule.
     *  drop_before_rank: m1 a1 b2, m2 a1 b2, m3 b1 a2 → a 4, b 5 → a (clear). */
    void failPolicyChangesWinner()
    {
        Tender t = make({item("q", 100)}, {"a", "b", "f"}, {{{80}, {78}, {10}}, {{80}, {78}, {10}}, {{50}, {95}, {60}}});
        t.passMarkH = 7000;
        Evaluation e = evaluate(t);
        QVERIFY(!e.bidders[2].passes);
        QCOMPARE(*e.bidders[0].rankSum2, 10);
        QCOMPARE(*e.bidders[1].rankSum2, 10);
        QCOMPARE(winnerOf(t, e.rank), std::string("b"));
        QCOMPARE(e.rank.decision, Decision::TieRule);
        QCOMPARE(e.rank.ranks[2], 0);
        QVERIFY(hasSetting(e, "fail_policy", "drop_before_rank", Method::Rank));
        t.settings.failPolicy = FailPolicy::DropBeforeRank;
        e = evaluateWith(t);
        QCOMPARE(*e.bidders[0].rankSum2, 8);
        QCOMPARE(*e.bidders[1].rankSum2, 10);
        QVERIFY(!e.bidders[2].rankSum2);
        QCOMPARE(winnerOf(t, e.rank), std::string("a"));
        QCOMPARE(e.rank.decision, Decision::Clear);
    }

    /** 評分單價法: price ÷ average total, lowest wins, compared by cross-multiplying.
     *  a: 8,000,000 ÷ 80 = 100,000; b: 9,000,000 ÷ 90 = 100,000 (tie); c: 7,000,010 ÷ 70 = 100,000.14 (just above).
     *  One member, so averages are the totals. Tie a/b → heaviest item plan: a 50, b 55 → b. */
    void unitPriceExact()
    {
        QVERIFY(!unitPriceLess(1, 3, 2, 6));
        QVERIFY(!unitPriceLess(2, 6, 1, 3));
        // 2^53 + 1 and 2^53 are the same double; the exact comparison still orders them.
        const std::int64_t big = (std::int64_t{1} << 53);
        QVERIFY(static_cast<double>(big + 1) == static_cast<double>(big));
        QVERIFY(unitPriceLess(big, 1, big + 1, 1));
        QVERIFY(!unitPriceLess(big + 1, 1, big, 1));

        // One member, items plan (60), team (40); totals a 50+30 = 80, b 55+35 = 90, c 40+30 = 70.
        Tender t = make({item("plan", 60), item("team", 40)}, {"a", "b", "c"}, {{{50, 30}, {55, 35}, {40, 30}}});
        t.method = Method::UnitPrice;
        t.bidders[0].price = 8'000'000;
        t.bidders[1].price = 9'000'000;
        t.bidders[2].price = 7'000'010;
        Evaluation e = evaluateWith(t);
        QVERIFY(e.unitPrice.applicable);
        QCOMPARE(e.unitPrice.ranks, (std::vector<int>{1, 1, 3}));
        QCOMPARE(winnerOf(t, e.unitPrice), std::string("b")); // plan 55 > 50
        QCOMPARE(e.unitPrice.decision, Decision::TieRule);
        QCOMPARE(*e.bidders[0].unitPrice, 100000.0);

        t.items.push_back(item("price", 30, ItemKind::Price));
        for (auto &s : t.scores)
            s.scoresH.push_back(2000);
        e = evaluateWith(t);
        QVERIFY(!e.unitPrice.applicable);
        QCOMPARE(e.unitPrice.decision, Decision::NotApplicable);
        QVERIFY(mentions(checkSetup(t), "評分單價法 needs price not scored"));
    }

    void setupWarnings()
    {
        // Price 60 of 100 points (> 50 %), presentation 25 % (> 20 %), 4 members with 1 outside expert.
        Tender t = make({item("plan", 15), item("price", 60, ItemKind::Price), item("talk", 25, ItemKind::Presentation)}, {"a"},
                        {{{10, 50, 20}}, {{10, 50, 20}}, {{10, 50, 20}}, {{10, 50, 20}}});
        for (std::size_t i = 1; i < t.members.size(); ++i)
            t.members[i].outsideExpert = false;
        auto w = checkSetup(t);
        QCOMPARE(errorCount(w), 0);
        QVERIFY(mentions(w, "price weighs 60 %"));
        QVERIFY(mentions(w, "presentation and Q&A weigh 25 %"));
        QVERIFY(mentions(w, "the committee has 4 members"));
        QVERIFY(mentions(w, "1 of 4 members are outside experts"));
        QVERIFY(mentions(w, "1 outside experts among 4 attending"));

        // Price 20 %, presentation 20 %, 5 members, 2 experts: no warning at the bounds.
        Tender ok = make({item("plan", 60), item("price", 20, ItemKind::Price), item("talk", 20, ItemKind::Presentation)}, {"a"},
                         {{{1, 1, 1}}, {{1, 1, 1}}, {{1, 1, 1}}, {{1, 1, 1}}, {{1, 1, 1}}});
        for (std::size_t i = 2; i < ok.members.size(); ++i)
            ok.members[i].outsideExpert = false;
        QVERIFY(checkSetup(ok).empty());
        ok.items[1].points = 19; // 19 of 99 = 19.2 %
        QVERIFY(mentions(checkSetup(ok), "price weighs"));

        // Two items share the highest points and the tie rule is the heaviest item: refused until one is chosen.
        Tender two = make({item("plan", 40), item("team", 40), item("price", 20, ItemKind::Price)}, {"a"}, {{{1, 1, 1}}});
        auto d = checkSetup(two);
        QCOMPARE(errorCount(d), 1);
        QVERIFY(mentions(d, "share the highest points"));
        two.settings.heaviestItem = "team";
        QCOMPARE(errorCount(checkSetup(two)), 0);
        QCOMPARE(*evaluateWith(two).heaviestItem, std::size_t(1));
        two.settings.heaviestItem = "price";
        QCOMPARE(errorCount(checkSetup(two)), 1);
        two.settings.heaviestItem.reset();
        two.settings.tieRule = TieRule::MostFirsts;
        QCOMPARE(errorCount(checkSetup(two)), 0);
    }

    void readerRoundTripAndErrors()
    {
        Tender t = make({item("plan", 60), item("team", 40)}, {"a", "b"}, {{{45.5, 35}, {50, 25}}, {{45, 35}, {50, 25.25}}});
        t.passMarkH = 7000;
        t.settings.rankTies = RankTies::Averaged;
        t.lot = {"b", "a"};
        const json::value j = tenderJson(t);
        JsonReader r;
        Tender back;
        readTenderJson(r, j, "/tender", back);
        QVERIFY(r.diags.empty());
        QCOMPARE(toPrettyJson(tenderJson(back)), toPrettyJson(j));
        QCOMPARE(back.scores[0].scoresH[0], std::optional<std::int64_t>(4550));

        json::value bad = j;
        bad.as_object()["scores"].as_array()[1].as_object()["items"].as_object()["team"] = 41;
        bad.as_object()["scores"].as_array()[2].as_object()["bidder"] = "zz";
        bad.as_object()["settings"].as_object()["rank_ties"] = "best";
        JsonReader r2;
        Tender t2;
        readTenderJson(r2, bad, "/tender", t2);
        std::vector<std::string> paths;
        for (const auto &d : r2.diags)
            paths.push_back(d.path);
        const auto has = [&](const std::string &p) { return std::find(paths.begin(), paths.end(), p) != paths.end(); };
        QVERIFY(has("/tender/scores/1/items/team"));
        QVERIFY(has("/tender/scores/2/bidder"));
        QVERIFY(has("/tender/settings/rank_ties"));
        QVERIFY(has("/tender/scores")); // m2 has no sheet for a any more
    }

    void sampleHasTender()
    {
        auto r = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QVERIFY(r.ok());
        if (!hasTender(*r.project))
            QSKIP("the sample has no tender section yet");
        const Tender t = tenderOf(*r.project);
        QCOMPARE(t.members.size(), std::size_t(5));
        QCOMPARE(t.bidders.size(), std::size_t(3));
        const auto e = evaluate(t);
        QCOMPARE(errorCount(e.setupWarnings), 0);
        QVERIFY(e.rank.winner);
        QVERIFY(e.total.winner);
    }
};

QTEST_GUILESS_MAIN(TestTender)
#include "tst_tender.moc"
