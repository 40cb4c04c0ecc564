// SPDX-License-Identifier: GPL-3.0-or-later
// 最有利標 by hand: 序位法 and 總評分法 with each tie-break rule, each open convention changing the winner,
// 評分單價法 compared exactly, setup checks and the "tender" section's reader (docs/bids.md).
#include "projectformat.h"
#include "tender.h"

#include <QTest>

#include <regex>

#include <algorithm>
#include <cctype>
#include <cmath>

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

    void setupWarningsInChinese()
    {
        // The same committee as setupWarnings (price 60 %, presentation 25 %, 4 members with 1 outside expert), one
        // member struck though absent, 5 votes for 4 attending, a pass mark of 120 on 100 points, and most_firsts
        // under 總評分法: every check speaks Traditional Chinese in a zh-TW output, with the figures in it.
        Tender t = make({item("plan", 15), item("price", 60, ItemKind::Price), item("talk", 25, ItemKind::Presentation)}, {"a"},
                        {{{10, 50, 20}}, {{10, 50, 20}}, {{10, 50, 20}}, {{10, 50, 20}}});
        for (std::size_t i = 1; i < t.members.size(); ++i)
            t.members[i].outsideExpert = false;
        t.members.push_back(Member{"m5", "m5", false, false});
        t.members.back().struck = Struck{};
        t.confirmation = Confirmation{};
        t.confirmation->bidder = "a";
        t.confirmation->votesFor = 5;
        t.passMarkH = 12000;
        t.method = Method::Total; // a Tender is 序位法 unless it says otherwise
        t.settings.tieRule = TieRule::MostFirsts;
        const auto zh = checkSetup(t, "/tender", Lang::ZhTW);
        const auto en = checkSetup(t, "/tender", Lang::En);
        QCOMPARE(zh.size(), en.size());
        QCOMPARE(zh.size(), std::size_t(8)); // price, presentation, most_firsts, experts, attending experts, struck, votes, pass mark
        QVERIFY(mentions(zh, "價格配分占總滿分100分之60 %"));
        QVERIFY(mentions(zh, "簡報及現場詢答配分占25 %"));
        QVERIFY(mentions(zh, "5位委員中外聘專家學者1位"));
        QVERIFY(mentions(zh, "「獲評第一名較多者優先」為序位法之規則"));
        QVERIFY(mentions(zh, "出席委員4位中外聘專家學者1位"));
        QVERIFY(mentions(zh, "委員「m5」未出席"));
        QVERIFY(mentions(zh, "記錄5票，但出席委員僅4位"));
        QVERIFY(mentions(zh, "及格分數120高於總滿分100分"));
        // No English sentence from the checks: no run of two Latin words in any zh-TW message.
        const std::regex words("[A-Za-z]+ [A-Za-z]+");
        for (const auto &d : zh)
            QVERIFY2(!std::regex_search(d.message, words), d.message.c_str());
        // The evaluation carries them in the language asked for.
        QVERIFY(mentions(evaluate(t, Lang::ZhTW).setupWarnings, "記錄5票"));
        QVERIFY(mentions(evaluate(t).setupWarnings, "5 votes recorded but only 4 members attend"));
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
        // m2 has no sheet for a any more, and m1's team score on b was refused: sheets in progress, not reader errors
        // (a file may be saved half entered); missingScores names them, member by member.
        QVERIFY(!has("/tender/scores"));
        const auto missing = missingScores(t2);
        QCOMPARE(missing.size(), std::size_t(2));
        QCOMPARE(missing[0], (MissingScores{0, 1, false, {1}}));
        QCOMPARE(missing[1], (MissingScores{1, 0, true, {0, 1}}));
    }

    /** 評分總表 and a struck result (審議規則 §6). One item q (100); m1, m2 outside experts, m3–m5 agency staff.
     *    m1: a 95, b 60 (divergent)   m2: a 70, b 80   m3: a 72, b 78   m4: a 75, b 76   m5: a 74, b 79
     *  All counted: a 95+70+72+75+74 = 386, b 60+80+78+76+79 = 373 → a by total; ranks a 1+2+2+2+2 = 9, b 2+1+1+1+1 = 6 → b.
     *  m1 struck: a 70+72+75+74 = 291 (average 72.75), b 80+78+76+79 = 313 (78.25) → b by total; rank sums a 8, b 4;
     *  b first on all 4 counted sheets. The sheet still shows m1's totals (95, 60), with no rank.
     *  Attendance stays 5 with 2 outside experts (2 ≥ 2 and 3 × 2 ≥ 5): no quorum warning, where marking m1 absent
     *  gives "1 outside experts among 4 attending". */
    void struckMemberAndScoreSheet()
    {
        Tender t = make({item("q", 100)}, {"a", "b"}, {{{95}, {60}}, {{70}, {80}}, {{72}, {78}}, {{75}, {76}}, {{74}, {79}}});
        for (std::size_t i = 2; i < t.members.size(); ++i)
            t.members[i].outsideExpert = false;
        Evaluation e = evaluateWith(t);
        QCOMPARE(e.bidders[0].totalH, 38600);
        QCOMPARE(e.bidders[1].totalH, 37300);
        QCOMPARE(winnerOf(t, e.total), std::string("a"));
        QCOMPARE(*e.bidders[0].rankSum2, 18);
        QCOMPARE(winnerOf(t, e.rank), std::string("b"));
        QCOMPARE(e.bidders[0].memberTotalsH, (std::vector<std::int64_t>{9500, 7000, 7200, 7500, 7400}));
        QCOMPARE(e.bidders[1].memberRanks2, (std::vector<int>{4, 2, 2, 2, 2}));

        t.members[0].struck = Struck{"scores diverge from the other members' without a stated reason", "2026-03-10"};
        e = evaluate(t);
        QCOMPARE(e.attending.size(), std::size_t(5));
        QCOMPARE(e.counted.size(), std::size_t(4));
        QCOMPARE(e.bidders[0].totalH, 29100);
        QCOMPARE(e.bidders[0].average, 72.75);
        QCOMPARE(e.bidders[1].totalH, 31300);
        QCOMPARE(e.bidders[1].average, 78.25);
        QCOMPARE(winnerOf(t, e.total), std::string("b"));
        QCOMPARE(*e.bidders[0].rankSum2, 16);
        QCOMPARE(*e.bidders[1].rankSum2, 8);
        QCOMPARE(e.bidders[1].firstPlaces, 4);
        QVERIFY(e.rank.winnerHasMajorityOfFirsts); // 4 of 4 counted
        QCOMPARE(e.bidders[0].memberTotalsH, (std::vector<std::int64_t>{9500, 7000, 7200, 7500, 7400}));
        QCOMPARE(e.bidders[1].memberTotalsH, (std::vector<std::int64_t>{6000, 8000, 7800, 7600, 7900}));
        QCOMPARE(e.bidders[0].memberRanks2, (std::vector<int>{0, 4, 4, 4, 4}));
        QCOMPARE(e.bidders[1].memberRanks2, (std::vector<int>{0, 2, 2, 2, 2}));
        QVERIFY(e.setupWarnings.empty()); // no false "outside experts among" warning
        QVERIFY(struckText(Lang::ZhTW, t.members[0]).find("2026-03-10") != std::string::npos);
        QVERIFY(struckText(Lang::ZhTW, t.members[0]).find("審議規則第6條") != std::string::npos);

        Tender absent = t; // the old workaround, for contrast
        absent.members[0].struck.reset();
        absent.members[0].attending = false;
        QVERIFY(mentions(checkSetup(absent), "1 outside experts among 4 attending"));
        QCOMPARE(winnerOf(absent, evaluateWith(absent).total), std::string("b")); // same numbers, wrong attendance

        for (auto &m : t.members)
            m.struck = Struck{"r", "2026-03-10"};
        QCOMPARE(errorCount(checkSetup(t)), 1); // nothing left to evaluate
    }

    /** The decided order after a tie-break (1, 2), on rankTieRules' committee: rank sums a 5, b 5, c 8 (competition
     *  ranks 1, 1, 3). Heaviest item plan: a 45+45+30 = 120, b 50+50+55 = 155 → b 1, a 2, c 3.
     *  Most firsts: a 2, b 1 → a 1, b 2. Re-evaluation pending: a and b stay 1, 1, and a holds most first places
     *  (2 of 3). With the round (b first on all three sheets): rank sums among the two a 2+2+2 = 6, b 1+1+1 = 3 → b 1, a 2. */
    void decidedOrderAfterTieBreak()
    {
        Tender t = make({item("plan", 60), item("team", 40)}, {"a", "b", "c"},
                        {{{45, 35}, {50, 25}, {35, 25}}, {{45, 35}, {50, 25}, {35, 25}}, {{30, 30}, {55, 25}, {40, 30}}});
        t.settings.tieRule = TieRule::HeaviestItem;
        Evaluation e = evaluateWith(t);
        QCOMPARE(e.rank.ranks, (std::vector<int>{1, 1, 3}));
        QCOMPARE(e.rank.decidedRanks, (std::vector<int>{2, 1, 3}));
        QCOMPARE(e.rank.tieBreak.basis, TieBasis::HeaviestItem);
        QCOMPARE(e.rank.tieBreak.values, (std::vector<std::int64_t>{12000, 15500}));
        QVERIFY(!e.rank.tieBreak.lotUsed);
        const std::string en = tieBreakText(Lang::En, t, e, e.rank);
        QVERIFY2(en.find("Bidder a 120.00, Bidder b 155.00") != std::string::npos, en.c_str());
        QVERIFY2(en.find("1. Bidder b, 2. Bidder a") != std::string::npos, en.c_str());
        QVERIFY2(en.find("§15-1") != std::string::npos, en.c_str());

        t.settings.tieRule = TieRule::MostFirsts;
        e = evaluateWith(t);
        QCOMPARE(e.rank.decidedRanks, (std::vector<int>{1, 2, 3}));
        QCOMPARE(e.rank.tieBreak.basis, TieBasis::FirstPlaces);
        QCOMPARE(e.rank.tieBreak.values, (std::vector<std::int64_t>{2, 1}));

        t.settings.tieRule = TieRule::ReEvaluation;
        e = evaluateWith(t);
        QCOMPARE(e.rank.decision, Decision::NeedsReEvaluation);
        QCOMPARE(e.rank.decidedRanks, (std::vector<int>{1, 1, 3}));
        QCOMPARE(e.rank.mostFirsts, (std::vector<std::size_t>{0}));
        QCOMPARE(e.rank.mostFirstsCount, 2);
        QVERIFY(mostFirstsText(Lang::En, t, e).find("Bidder a (2 of 3") != std::string::npos);
        const auto sheet = [](std::string m, std::string b, double plan, double team) {
            return ScoreSheet{m, b, {static_cast<std::int64_t>(plan * 100), static_cast<std::int64_t>(team * 100)}};
        };
        t.reEvaluation = {sheet("m1", "a", 40, 30), sheet("m1", "b", 45, 30), sheet("m2", "a", 40, 30), sheet("m2", "b", 45, 30),
                          sheet("m3", "a", 30, 30), sheet("m3", "b", 50, 30)};
        e = evaluateWith(t);
        QCOMPARE(e.rank.decision, Decision::ReEvaluation);
        QCOMPARE(e.rank.tieBreak.basis, TieBasis::ReEvalRankSum);
        QCOMPARE(e.rank.tieBreak.values, (std::vector<std::int64_t>{12, 6})); // rank × 2
        QCOMPARE(e.rank.decidedRanks, (std::vector<int>{2, 1, 3}));

        // A lot after an undecided rule (lotAfterTieRule's committee): firsts 1 and 1, lot [b, a] → b 1, a 2.
        Tender l = make({item("q", 100)}, {"a", "b"}, {{{80}, {70}}, {{70}, {80}}});
        l.settings.tieRule = TieRule::MostFirsts;
        l.lot = {"b", "a"};
        e = evaluateWith(l);
        QCOMPARE(e.rank.decision, Decision::Lot);
        QCOMPARE(e.rank.decidedRanks, (std::vector<int>{2, 1}));
        QCOMPARE(e.rank.tieBreak.values, (std::vector<std::int64_t>{1, 1}));
        QVERIFY(e.rank.tieBreak.lotUsed);
    }

    /** 評分單價法 columns and texts in both languages. One item q (100), two members; prices a 900,000, b 1,000,000.
     *    a: 80 + 70 = 150, average 75 → 900,000 ÷ 75 = 12,000.00;  b: 90 + 90 = 180, average 90 → 1,000,000 ÷ 90 = 11,111.11
     *  → b (lower price per point). In zh-TW the decision, the conventions and the not-applicable reason have no Latin
     *  letters (the article numbers and the 評分單價法 name are in Chinese). */
    void unitPriceAndTexts()
    {
        Tender t = make({item("q", 100)}, {"a", "b"}, {{{80}, {90}}, {{70}, {90}}});
        t.items[0].name = LocalizedText{"品質", "quality"}; // user data in the conventions line (the heaviest item)
        t.method = Method::UnitPrice;
        t.bidders[0].price = 900'000;
        t.bidders[1].price = 1'000'000;
        t.passMarkH = 7000;
        Evaluation e = evaluate(t);
        QCOMPARE(*e.bidders[0].unitPrice, 12000.0);
        QVERIFY(std::abs(*e.bidders[1].unitPrice - 11111.111111) < 1e-5);
        QCOMPARE(winnerOf(t, e.unitPrice), std::string("b"));
        QCOMPARE(e.unitPrice.decidedRanks, (std::vector<int>{2, 1}));
        const auto latin = [](const std::string &s) { return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }); };
        for (auto d : {Decision::Clear, Decision::TieRule, Decision::ReEvaluation, Decision::Lot, Decision::NeedsReEvaluation, Decision::NeedsLot,
                       Decision::NoBidder, Decision::NotApplicable})
            QVERIFY2(!latin(decisionText(Lang::ZhTW, d)), decisionKey(d));
        for (const auto &line : conventionLines(Lang::ZhTW, t, e))
            QVERIFY2(!latin(line), line.c_str());
        QVERIFY(conventionLines(Lang::ZhTW, t, e)[1].find("及格分數 70") != std::string::npos);
        QCOMPARE(conventionLines(Lang::En, t, e)[3].substr(0, 9), std::string("tie_rule:"));
        t.items[0].kind = ItemKind::Price;
        e = evaluateWith(t);
        QCOMPARE(e.unitPrice.notApplicable, NotApplicable::PriceScored);
        QVERIFY(!latin(notApplicableText(Lang::ZhTW, t, e.unitPrice)));
        QVERIFY(notApplicableText(Lang::ZhTW, t, e.unitPrice).find("第13條") != std::string::npos);
    }

    /** The confirming vote (審議規則 §9) is not the first-place count. tender-conventions' committee: members 1–2
     *  a 80, b 80, c 70; members 3–5 c 85, a 75, b 70 → rank sums a 8, b 11, c 9 → a, with 2 of 5 first places
     *  (no majority of firsts). A vote 4 for, 1 against of 5 attending carries (4 > 5/2); 2 for, 1 against does not
     *  (2 ≤ 2.5); a vote naming c does not confirm the computed winner. */
    void confirmingVote()
    {
        Tender t = make({item("q", 100)}, {"a", "b", "c"},
                        {{{80}, {80}, {70}}, {{80}, {80}, {70}}, {{75}, {70}, {85}}, {{75}, {70}, {85}}, {{75}, {70}, {85}}});
        t.confirmation = Confirmation{"a", 4, 1, "2026-03-10"};
        Evaluation e = evaluate(t);
        QCOMPARE(winnerOf(t, e.rank), std::string("a"));
        QVERIFY(!e.rank.winnerHasMajorityOfFirsts);
        QVERIFY(e.confirmation && e.confirmation->carried && e.confirmation->matchesWinner);
        QVERIFY(confirmationText(Lang::ZhTW, t, e).find("贊成4位、反對1位") != std::string::npos);
        t.confirmation = Confirmation{"a", 2, 1, "2026-03-10"};
        e = evaluate(t);
        QVERIFY(!e.confirmation->carried);
        t.confirmation = Confirmation{"c", 3, 2, "2026-03-10"};
        e = evaluate(t);
        QVERIFY(e.confirmation->carried && !e.confirmation->matchesWinner);
        QVERIFY(confirmationText(Lang::En, t, e).find("computed first place, Bidder a") != std::string::npos);
        t.confirmation = Confirmation{"a", 4, 2, "2026-03-10"};
        QVERIFY(mentions(checkSetup(t), "6 votes recorded but only 5 members attend"));
    }

    /** The reader keeps a struck result and the confirming vote, and names a bad date and an unknown bidder. */
    void readerStruckAndConfirmation()
    {
        Tender t = make({item("q", 100)}, {"a", "b"}, {{{80}, {70}}, {{70}, {80}}});
        t.members[1].struck = Struck{"divergent", "2026-03-10"};
        t.confirmation = Confirmation{"a", 1, 0, "2026-03-11"};
        const json::value j = tenderJson(t);
        JsonReader r;
        Tender back;
        readTenderJson(r, j, "/tender", back);
        QVERIFY(r.diags.empty());
        QCOMPARE(back.members[1].struck->reason, std::string("divergent"));
        QVERIFY(back.members[1].attending);
        QCOMPARE(back.confirmation->votesFor, std::int64_t(1));
        QCOMPARE(toPrettyJson(tenderJson(back)), toPrettyJson(j));

        json::value bad = j;
        bad.as_object()["members"].as_array()[1].as_object()["struck"].as_object()["date"] = "10.3.2026";
        bad.as_object()["confirmation"].as_object()["bidder"] = "zz";
        bad.as_object()["confirmation"].as_object()["for"] = -1;
        JsonReader r2;
        Tender t2;
        readTenderJson(r2, bad, "/tender", t2);
        std::vector<std::string> paths;
        for (const auto &d : r2.diags)
            paths.push_back(d.path);
        const auto has = [&](const std::string &p) { return std::find(paths.begin(), paths.end(), p) != paths.end(); };
        QVERIFY(has("/tender/members/1/struck/date"));
        QVERIFY(has("/tender/confirmation/bidder"));
        QVERIFY(has("/tender/confirmation/for"));
    }

    // ---- the tender page's edits (tenderedit.cpp) ----

    void editItemsMembersAndSheets()
    {
        // tests/data/bid/tender-committee: 評分單價法, items plan 40 / team 30 / exec 30, members m1–m6 (m6 struck),
        // bidders a 2,000,000, b 2,100,000, c 1,500,000; every counted member gives a 80 and b 84.
        auto lr = loadProjectFile(TEST_DATA_DIR "/bid/tender-committee.venuebid.json");
        QVERIFY(lr.ok());
        Project p = *lr.project;
        QVERIFY(missingScores(tenderOf(p)).empty());

        // A new item: Presentation, 10 points. Every sheet lacks it now: 6 attending members × 3 bidders = 18.
        std::string id;
        auto d = addTenderItem(p, {"", {"簡報", "Presentation"}, 10, ItemKind::Other}, Lang::En, &id);
        QVERIFY2(errorCount(d) == 0, d.empty() ? "" : d.front().message.c_str());
        QCOMPARE(id, std::string("presentation"));
        auto t = tenderOf(p);
        QCOMPARE(t.items.size(), std::size_t(4));
        auto missing = missingScores(t);
        QCOMPARE(missing.size(), std::size_t(18));
        QCOMPARE(missing[0].items, (std::vector<std::size_t>{3}));
        QCOMPARE(missingText(Lang::En, t, missing[0]), std::string("委員甲 has not yet scored 甲公司 on: Presentation."));
        QCOMPARE(missingText(Lang::ZhTW, t, missing[0]), std::string("委員甲 尚未評分廠商 甲公司 的項目：簡報。"));
        // The page and venuebid-cli tender say what is missing (setup warnings, not errors: the file still loads).
        QCOMPARE(errorCount(checkSetup(t)), 0);
        const auto back = readProject(writeProject(p), "edited.venuebid.json");
        QVERIFY(back.ok());
        QVERIFY(tenderOf(*back.project) == t);

        // Members m1–m5 give a 8 and b 6 on the presentation (a sheet keeps its other scores as entered):
        // a: 80 + 8 = 88 from each counted member, average 88.00; b: 84 + 6 = 90.00.
        // 評分單價法: a 2,000,000 / 88 = 22,727.27 < b 2,100,000 / 90 = 23,333.33: a is now first (before: a tie
        // at 25,000 per point, b first on the heaviest item).
        QCOMPARE(*evaluate(tenderOf(p)).unitPrice.winner, std::size_t(1));
        const std::vector<std::vector<double>> aScores{{32, 24, 24}, {34, 23, 23}, {30, 25, 25}, {33, 24, 23}, {31, 24, 25}};
        const std::vector<std::vector<double>> bScores{{34, 25, 25}, {33, 26, 25}, {35, 24, 25}, {32, 26, 26}, {34, 25, 25}};
        for (std::size_t m = 0; m < 5; ++m) {
            const std::string member = "m" + std::to_string(m + 1);
            d = setScoreSheet(p, member, "a", {aScores[m][0], aScores[m][1], aScores[m][2], 8.0}, Lang::En);
            QCOMPARE(errorCount(d), 0);
            d = setScoreSheet(p, member, "b", {bScores[m][0], bScores[m][1], bScores[m][2], 6.0}, Lang::En);
            QCOMPARE(errorCount(d), 0);
        }
        t = tenderOf(p);
        auto e = evaluate(t);
        QCOMPARE(e.bidders[0].totalH, std::int64_t(5 * 8800));
        QCOMPARE(e.bidders[0].average, 88.0);
        QCOMPARE(e.bidders[1].average, 90.0);
        QVERIFY(std::abs(*e.bidders[0].unitPrice - 2'000'000.0 / 88.0) < 1e-6);
        QCOMPARE(*e.unitPrice.winner, std::size_t(0));
        QCOMPARE(e.unitPrice.decision, Decision::Clear);
        // Still missing: c's presentation from m1–m5 and m6's three sheets.
        QCOMPARE(missingScores(t).size(), std::size_t(8));

        // A sheet in progress: m1 on c with the plan only. Then the refusals, in words, and nothing changes.
        d = setScoreSheet(p, "m1", "c", {26.0, std::nullopt, std::nullopt, std::nullopt}, Lang::En);
        QCOMPARE(errorCount(d), 0);
        QCOMPARE(missingText(Lang::En, tenderOf(p), missingScores(tenderOf(p))[0]),
                 std::string("委員甲 has not yet scored 丙公司 on: Team, Execution, Presentation."));
        const Tender before = tenderOf(p);
        d = setScoreSheet(p, "m1", "c", {26.0, 20.0, 19.0, 11.0}, Lang::En);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].path, std::string("/tender/scores/2/items/presentation"));
        QCOMPARE(d[0].message, std::string("A score on Presentation is a number from 0 to the item's 10 points with at most two decimals; 11 is not."));
        d = setScoreSheet(p, "m1", "c", {26.005, 20.0, 19.0, 1.0}, Lang::En);
        QCOMPARE(d.size(), std::size_t(1));
        d = addTenderItem(p, {"", {"", " "}, 10, ItemKind::Other}, Lang::ZhTW);
        QCOMPARE(d[0].message, std::string(vb::tr(Lang::ZhTW, "clientedit.name_required")));
        // A name in one language stands for the other too (the file keeps both), as in every editor; deleted again.
        d = addTenderItem(p, {"", {"", "Venue"}, 10, ItemKind::Other}, Lang::En);
        QCOMPARE(errorCount(d), 0);
        QCOMPARE(tenderOf(p).items[4].name.zh, std::string("Venue"));
        QCOMPARE(errorCount(removeTenderItem(p, 4, Lang::En)), 0);
        QVERIFY(tenderOf(p) == before);
        d = addTenderItem(p, {"", {"場地", "Venue"}, 0, ItemKind::Other}, Lang::En);
        QCOMPARE(d[0].message, std::string("An item's points are a whole number from 1 to 1,000,000,000; 0 is not."));
        // A second 40-point item ties with the plan as the heaviest: checkSetup needs one chosen, so it is refused.
        d = addTenderItem(p, {"", {"場地", "Venue"}, 40, ItemKind::Other}, Lang::En);
        QCOMPARE(d.size(), std::size_t(1));
        QVERIFY2(d[0].message.starts_with("Not changed: items plan, venue share the highest points (40)"), (d[0].path + ": " + d[0].message).c_str());
        d = setTenderItem(p, 3, {"", {"簡報", "Presentation"}, 5, ItemKind::Presentation}, Lang::En); // a gave 8 > 5
        QCOMPARE(d[0].message, std::string("A score on Presentation is a number from 0 to the item's 5 points with at most two decimals; 8 is not."));
        QCOMPARE(addTenderMember(p, "  ", false, Lang::En)[0].message, std::string("The member's name is needed."));
        QVERIFY(tenderOf(p) == before);

        // Deleting the item takes its scores out of every sheet: back to 80 / 84 and the tie at 25,000 per point.
        QCOMPARE(errorCount(removeTenderItem(p, 3, Lang::En)), 0);
        e = evaluate(tenderOf(p));
        QCOMPARE(e.bidders[0].average, 80.0);
        QCOMPARE(e.bidders[1].average, 84.0);
        QCOMPARE(*e.unitPrice.winner, std::size_t(1));
        QCOMPARE(missingScores(tenderOf(p)).size(), std::size_t(1)); // m1's sheet on c in progress
        d = setScoreSheet(p, "m1", "c", {26.0, 20.0, 19.0}, Lang::En);
        QCOMPARE(errorCount(d), 0);
        QVERIFY(missingScores(tenderOf(p)).empty());

        // A new member, named in Chinese only (id "member"), has three sheets to fill; deleting him takes them away.
        QCOMPARE(errorCount(addTenderMember(p, "委員庚", true, Lang::En, &id)), 0);
        QCOMPARE(id, std::string("member"));
        QCOMPARE(missingScores(tenderOf(p)).size(), std::size_t(3));
        QVERIFY(missingScores(tenderOf(p))[0].noSheet);
        d = setScoreSheet(p, "member", "a", {30.0, 20.0, 20.0}, Lang::En);
        QCOMPARE(errorCount(d), 0);
        QCOMPARE(errorCount(removeTenderMember(p, 6, Lang::En)), 0);
        QCOMPARE(tenderOf(p).members.size(), std::size_t(6));
        const auto afterRemoval = tenderOf(p); // a copy: begin and end from one vector
        QVERIFY(std::none_of(afterRemoval.scores.begin(), afterRemoval.scores.end(), [](const ScoreSheet &s) { return s.member == "member"; }));

        // The method: 總評分法 gives b first on its average 84 > 80.
        QCOMPARE(errorCount(setTenderMethod(p, Method::Total, Lang::En)), 0);
        QCOMPARE(tenderOf(p).method, Method::Total);
        QCOMPARE(*evaluate(tenderOf(p)).total.winner, std::size_t(1));
        QCOMPARE(removeTenderItem(p, 9, Lang::En)[0].message, std::string("There is no such row: it may have been deleted."));
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

    void moveItemsBiddersAndMembers()
    {
        // The sample's tender: items team 20, plan 30, management 20, price 20, presentation 10; m1 gave bidder a
        // 18 on team and 26 on plan (the file keeps scores by item id).
        auto r = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QVERIFY(r.ok());
        Project p = *r.project;
        Tender t = tenderOf(p);
        QCOMPARE(t.items[0].id, std::string("team"));
        QCOMPARE(t.items[1].id, std::string("plan"));
        const auto sheet = [](const Tender &x, std::vector<ScoreSheet> Tender::*round, const std::string &m, const std::string &b) {
            const auto &v = x.*round;
            const auto it = std::find_if(v.begin(), v.end(), [&](const ScoreSheet &s) { return s.member == m && s.bidder == b; });
            return it == v.end() ? ScoreSheet{} : *it;
        };
        QCOMPARE(*sheet(t, &Tender::scores, "m1", "a").scoresH[0], std::int64_t(1800));
        QCOMPARE(*sheet(t, &Tender::scores, "m1", "a").scoresH[1], std::int64_t(2600));
        // A recorded re-evaluation sheet, partly scored (team 17, plan 27; the other three items not yet): its scores
        // must follow their items too.
        t.reEvaluation.push_back({"m1", "a", {1700, 2700}});
        p.sections.set(t);
        const Evaluation before = evaluate(t);

        // Item 2 (plan) up: plan, team, management, price, presentation.
        QCOMPARE(errorCount(moveTenderItem(p, 1, -1, Lang::En)), 0);
        const Tender moved = tenderOf(p);
        QCOMPARE(moved.items[0].id, std::string("plan"));
        QCOMPARE(moved.items[1].id, std::string("team"));
        QCOMPARE(moved.items[2].id, std::string("management"));
        // m1's score for plan is still 26 and for team still 18, now at their items' new places.
        QCOMPARE(*sheet(moved, &Tender::scores, "m1", "a").scoresH[0], std::int64_t(2600));
        QCOMPARE(*sheet(moved, &Tender::scores, "m1", "a").scoresH[1], std::int64_t(1800));
        QCOMPARE(*sheet(moved, &Tender::reEvaluation, "m1", "a").scoresH[0], std::int64_t(2700));
        QCOMPARE(*sheet(moved, &Tender::reEvaluation, "m1", "a").scoresH[1], std::int64_t(1700));
        QCOMPARE(sheet(moved, &Tender::reEvaluation, "m1", "a").scoresH.size(), std::size_t(2));
        // The result is the same: every bidder's totals, ranks and each method's winner (venuebid-cli tender prints these).
        const Evaluation after = evaluate(moved);
        QCOMPARE(after.bidders.size(), before.bidders.size());
        for (std::size_t b = 0; b < before.bidders.size(); ++b) {
            QCOMPARE(after.bidders[b].totalH, before.bidders[b].totalH);
            QCOMPARE(after.bidders[b].memberTotalsH, before.bidders[b].memberTotalsH);
            QCOMPARE(after.bidders[b].rankSum2, before.bidders[b].rankSum2);
            QCOMPARE(after.bidders[b].heaviestItemH, before.bidders[b].heaviestItemH);
        }
        for (const Method m : {Method::Total, Method::Rank, Method::UnitPrice}) {
            QCOMPARE(after.of(m).winner, before.of(m).winner);
            QCOMPARE(after.of(m).ranks, before.of(m).ranks);
            QCOMPARE(after.of(m).decision, before.of(m).decision);
        }
        QVERIFY(before.rank.winner);
        // The heaviest item is plan (30 points) by id, before and after.
        QCOMPARE(after.heaviestItem, std::optional<std::size_t>(0));
        QCOMPARE(before.heaviestItem, std::optional<std::size_t>(1));
        // Written and read back: the same tender.
        const auto back = readProject(writeProject(p), "moved.venuebid.json");
        QVERIFY(back.ok());
        QCOMPARE(sheet(tenderOf(*back.project), &Tender::scores, "m1", "a").scoresH, sheet(moved, &Tender::scores, "m1", "a").scoresH);
        // Down again: back to the sample's order and sheets.
        QCOMPARE(errorCount(moveTenderItem(p, 0, 1, Lang::En)), 0);
        QVERIFY(tenderOf(p) == t);

        // At the ends nothing changes: the very same section stays (so editSections records no step).
        const SectionTable same = p.sections;
        QVERIFY(moveTenderItem(p, 0, -1, Lang::En).empty());
        QVERIFY(moveTenderItem(p, 4, 1, Lang::En).empty());
        QVERIFY(moveTenderBidder(p, 2, 1, Lang::En).empty());
        QVERIFY(moveTenderMember(p, 0, -1, Lang::En).empty());
        QVERIFY(p.sections == same);
        QCOMPARE(moveTenderItem(p, 5, -1, Lang::En)[0].message, std::string("There is no such row: it may have been deleted."));
        QCOMPARE(moveTenderMember(p, 5, -1, Lang::En)[0].message, std::string("There is no such row: it may have been deleted."));

        // Bidders and members: sheets name them by id, so only the lists' order changes; c's results move with c.
        QCOMPARE(errorCount(moveTenderBidder(p, 2, -1, Lang::En)), 0);
        QCOMPARE(errorCount(moveTenderMember(p, 0, 1, Lang::En)), 0);
        const Tender order = tenderOf(p);
        QCOMPARE(order.bidders[1].id, std::string("c"));
        QCOMPARE(order.bidders[2].id, std::string("b"));
        QCOMPARE(order.members[0].id, std::string("m2"));
        QCOMPARE(order.members[1].id, std::string("m1"));
        QCOMPARE(order.scores.size(), t.scores.size());
        const Evaluation reordered = evaluate(order);
        QCOMPARE(reordered.bidders[1].totalH, before.bidders[2].totalH);
        QCOMPARE(reordered.bidders[2].totalH, before.bidders[1].totalH);
        QCOMPARE(winnerOf(order, reordered.rank), winnerOf(t, before.rank));
    }

    void startATenderFromNothing()
    {
        auto lr = loadProjectFile(TEST_DATA_DIR "/minimal.venuebid.json"); // no tender
        QVERIFY(lr.ok());
        Project p = *lr.project;
        QCOMPARE(addTenderBidder(p, "甲公司", std::nullopt, Lang::En)[0].message, std::string("The project has no tender."));
        // Refusals in words; nothing is made.
        auto d = startTender(p, {" ", ""}, Method::Total, {"", {"", "Plan"}, 60, ItemKind::Other}, "委員甲", true, Lang::En);
        QCOMPARE(d[0].message, std::string("Title: give the tender its name, in English or in Chinese."));
        d = startTender(p, {"", "PCO services 2030"}, Method::Total, {"", {"", "Plan"}, 60, ItemKind::Other}, " ", true, Lang::En);
        QCOMPARE(d[0].message, std::string("The member's name is needed."));
        d = startTender(p, {"", "PCO services 2030"}, Method::Total, {"", {"", "Plan"}, 0, ItemKind::Other}, "委員甲", true, Lang::En);
        QCOMPARE(d[0].message, std::string("An item's points are a whole number from 1 to 1,000,000,000; 0 is not."));
        QVERIFY(!hasTender(p));
        d = startTender(p, {"", "PCO services 2030"}, Method::Total, {"", {"", "Plan"}, 60, ItemKind::Other}, "委員甲", true, Lang::En);
        QCOMPARE(errorCount(d), 0);
        QVERIFY(hasTender(p));
        QCOMPARE(startTender(p, {"", "Again"}, Method::Total, {"", {"", "Plan"}, 60, ItemKind::Other}, "委員甲", true, Lang::En)[0].message,
                 std::string("The project has a tender already."));
        // Two bidders, a second member; each member scores each bidder on the one 60-point item.
        std::string a, b;
        QCOMPARE(errorCount(addTenderBidder(p, "甲公司", 1'000'000, Lang::En, &a)), 0);
        QCOMPARE(errorCount(addTenderBidder(p, "乙公司", std::nullopt, Lang::En, &b)), 0);
        QCOMPARE(addTenderBidder(p, " ", std::nullopt, Lang::En)[0].message, std::string("The bidder's name is needed."));
        QCOMPARE(addTenderBidder(p, "丙公司", -5, Lang::En)[0].message, std::string("Price: a whole amount of 0 or more; -5 is not."));
        QCOMPARE(errorCount(addTenderMember(p, "委員乙", false, Lang::En)), 0);
        Tender t = tenderOf(p);
        QCOMPARE(t.title.zh, std::string("PCO services 2030"));
        QCOMPARE(t.items[0].id, std::string("plan"));
        QCOMPARE(t.members.size(), std::size_t(2));
        QCOMPARE(t.bidders.size(), std::size_t(2));
        const std::string m1 = t.members[0].id, m2 = t.members[1].id;
        // 甲: 50 and 40 → average 45.00; 乙: 45 and 48 → 46.50. 總評分法: 乙 first.
        QCOMPARE(errorCount(setScoreSheet(p, m1, a, {50.0}, Lang::En)), 0);
        QCOMPARE(errorCount(setScoreSheet(p, m2, a, {40.0}, Lang::En)), 0);
        QCOMPARE(errorCount(setScoreSheet(p, m1, b, {45.0}, Lang::En)), 0);
        QCOMPARE(errorCount(setScoreSheet(p, m2, b, {48.0}, Lang::En)), 0);
        Evaluation e = evaluate(tenderOf(p));
        QCOMPARE(e.bidders[0].average, 45.0);
        QCOMPARE(e.bidders[1].average, 46.5);
        QCOMPARE(*e.total.winner, std::size_t(1));
        // The file reads back as written.
        const auto back = readProject(writeProject(p), "started.venuebid.json");
        QVERIFY(back.ok());
        QVERIFY(tenderOf(*back.project) == tenderOf(p));
        // Deleting 乙 takes its two sheets with it.
        QCOMPARE(errorCount(removeTenderBidder(p, 1, Lang::En)), 0);
        t = tenderOf(p);
        QCOMPARE(t.bidders.size(), std::size_t(1));
        QVERIFY(std::none_of(t.scores.begin(), t.scores.end(), [&](const ScoreSheet &s) { return s.bidder == b; }));
        QCOMPARE(t.scores.size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestTender)
#include "tst_tender.moc"
