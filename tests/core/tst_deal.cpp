// SPDX-License-Identifier: GPL-3.0-or-later
// Negotiation and contract by hand (docs/deal.md): floor, target, opening and concession margins; payments due on a
// date; the cancellation fee on a date; the late penalty with its cap; stamp duty; the difference list once agreed;
// and each bad input of the issue with its JSON pointer. The project is tests/data/minimal.venuebid.json (event
// 2028-10-17 to 2028-10-20) with tests/data/deal_sections.json: one on-site cost line of TWD 9,200,000 before tax (no
// contingency, fee or service charge), 5 % business tax, quote v1 on-site at 25 % markup.
#include "deal.h"
#include "dealdocuments.h"
#include "numbers.h"
#include "projectformat.h"

#include <QTest>

#include <boost/json.hpp>

#include <fstream>
#include <functional>
#include <iterator>

using namespace vb;
using namespace vb::deal;

namespace {

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/** The project with the deal sections, after edit changes the sections' JSON. */
LoadResult load(const std::function<void(boost::json::object &)> &edit = {})
{
    auto v = boost::json::parse(readText(TEST_DATA_DIR "/minimal.venuebid.json"));
    auto sections = boost::json::parse(readText(TEST_DATA_DIR "/deal_sections.json"));
    if (edit)
        edit(sections.as_object());
    for (const auto &kv : sections.as_object())
        v.as_object()[kv.key()] = kv.value();
    return readProject(boost::json::serialize(v), "deal.venuebid.json");
}

Project loaded(const std::function<void(boost::json::object &)> &edit = {})
{
    auto r = load(edit);
    if (!r.ok())
        qFatal("%s", r.messages().empty() ? "not loaded" : r.messages().front().c_str());
    return *r.project;
}

/** The diagnostic at path (nullptr when none). */
const Diagnostic *at(const std::vector<Diagnostic> &ds, const std::string &path)
{
    for (const auto &d : ds)
        if (d.path == path)
            return &d;
    return nullptr;
}

boost::json::object &neg(boost::json::object &s)
{
    return s["negotiation"].as_object();
}
boost::json::object &con(boost::json::object &s)
{
    return s["contract"].as_object();
}

} // namespace

class TestDeal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floorTargetOpening()
    {
        const Project p = loaded();
        const NegotiationPlan plan = planNegotiation(p, budgetOf(p), negotiationOf(p));
        QCOMPARE(plan.cost, Money(9'200'000));
        QCOMPARE(plan.cost, computeQuote(p, budgetOf(p), budgetOf(p).quotes[0]).cost); // the quote's cost base (on-site)
        // floor = 9,200,000 ÷ (1 − 0.08) = 9,200,000 ÷ 0.92 = 10,000,000 exactly.
        QCOMPARE(plan.floor, Money(10'000'000));
        // target = 9,200,000 ÷ (1 − 0.20) = 11,500,000.
        QCOMPARE(plan.target, Money(11'500'000));
        // opening = target + (500,000 + 300,000 + 150,000 + 50,000) = 12,500,000.
        QCOMPARE(plan.concessions, Money(1'000'000));
        QCOMPARE(plan.opening, Money(12'500'000));
        // BATNA 9,500,000 < floor: walk away at the floor; the client's ceiling 11,000,000 ≥ 10,000,000: a zone.
        QCOMPARE(plan.walkAway, Money(10'000'000));
        QVERIFY(plan.hasZone);
        // The trade-off names the streaming line; it is not in the on-site format, so it costs 0 there.
        QCOMPARE(plan.tradeOffs.size(), std::size_t(1));
        QVERIFY(plan.tradeOffs[0].found);
        QCOMPARE(plan.tradeOffs[0].cost, Money(0));
    }

    void floorRoundsUp()
    {
        // 1,000 ÷ (1 − 0.15) = 1,176.47… → 1,177 (rounded up: never below the minimum margin); at 0 % the cost itself.
        QCOMPARE(priceForMargin(1000, 1500), Money(1177));
        QCOMPARE(priceForMargin(1000, 0), Money(1000));
        // 5 % of 11,550,000 = 577,500; of 333 = 16.65 → 17 (half up).
        QCOMPARE(taxOn(11'550'000, 500), Money(577'500));
        QCOMPARE(taxOn(333, 500), Money(17));
    }

    void concessionMargins()
    {
        const Project p = loaded();
        const NegotiationPlan plan = planNegotiation(p, budgetOf(p), negotiationOf(p));
        QCOMPARE(plan.steps.size(), std::size_t(5));
        // Prices: 12,500,000 − 500,000 = 12,000,000 − 300,000 = 11,700,000 − 150,000 = 11,550,000 − 50,000 = 11,500,000.
        const Money prices[] = {12'500'000, 12'000'000, 11'700'000, 11'550'000, 11'500'000};
        // Margins (P − 9,200,000) ÷ P: 3.3/12.5 = 26.4 %, 2.8/12 = 23.333 %, 2.5/11.7 = 21.368 %, 2.35/11.55 = 20.346 %, 2.3/11.5 = 20 %.
        const char *margins[] = {"26.40 %", "23.33 %", "21.37 %", "20.35 %", "20.00 %"};
        // With 5 % tax: 13,125,000; 12,600,000; 12,285,000; 12,127,500; 12,075,000.
        const Money withTax[] = {13'125'000, 12'600'000, 12'285'000, 12'127'500, 12'075'000};
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(plan.steps[i].price, prices[i]);
            QCOMPARE(formatPercent(plan.steps[i].margin, 2), std::string(margins[i]));
            QCOMPARE(plan.steps[i].withTax, withTax[i]);
            QVERIFY(!plan.steps[i].belowFloor);
        }
        QVERIFY(checkNegotiation(p, Lang::En).empty());
    }

    void negotiationSheetHasNoEmptyColumn()
    {
        // No step of the fixture is below the floor (concessionMargins), so the concession plan has the five columns
        // step, concession, price, margin, with tax and no sixth, empty one for the below-the-floor flag.
        const Project p = loaded();
        for (DocLangs langs : {DocLangs::En, DocLangs::ZhTW, DocLangs::Both}) {
            const std::string h = negotiationHtml(p, langs);
            QVERIFY(h.find("<th></th>") == std::string::npos);
            QVERIFY(h.find("13,125,000</td></tr>") != std::string::npos); // the opening's price with tax ends its row
        }
        // Both languages one after the other at full width (side by side its tables broke numbers over two lines): the
        // English from a new page, after the last Chinese section.
        const std::string both = negotiationHtml(p, DocLangs::Both);
        const auto english = both.find("<div style=\"page-break-before:always\">");
        QVERIFY(english != std::string::npos);
        QVERIFY(both.find("<td class=\"zh\">") == std::string::npos);
        QVERIFY(both.rfind("<h2>議價紀錄</h2>") < english);
        QVERIFY(both.find("<h2>Price range</h2>") > english);
    }

    void stepBelowFloorIsAnError()
    {
        // Opening at 11,000,000: − 500,000 = 10,500,000, − 300,000 = 10,200,000, − 300,000 = 9,900,000 < floor 10,000,000.
        const auto r = load([](boost::json::object &s) {
            neg(s)["opening_price"] = 11'000'000;
            neg(s)["concessions"] = boost::json::array{boost::json::object{{"amount", 500000}}, boost::json::object{{"amount", 300000}},
                                                       boost::json::object{{"amount", 300000}}};
        });
        QVERIFY(!r.ok());
        const auto *d = at(r.diagnostics, "/negotiation/concessions/2/amount");
        QVERIFY(d);
        QCOMPARE(d->severity, Diagnostic::Severity::Error);
        QCOMPARE(d->message, std::string("step 3 brings the price to 9,900,000, below the floor 10,000,000 (minimum margin 8 %): the plan may not cross the floor"));
        // The equal third step (300,000 after 300,000) is not an increase; no other problem.
        QCOMPARE(r.errorCount(), std::size_t(1));
    }

    void zoneAndWarnings()
    {
        // Client ceiling 9,800,000 below the walk-away 10,000,000: no zone (a warning, the file still loads).
        auto r = load([](boost::json::object &s) { neg(s)["client_reservation_estimate"] = 9'800'000; });
        QVERIFY(r.ok());
        auto ds = checkNegotiation(*r.project, Lang::En);
        QVERIFY(at(ds, "/negotiation/client_reservation_estimate"));
        QVERIFY(!planNegotiation(*r.project, budgetOf(*r.project), negotiationOf(*r.project)).hasZone);
        // A BATNA above the floor raises the walk-away price to it: 10,800,000 > 10,000,000.
        r = load([](boost::json::object &s) { neg(s)["batna"] = 10'800'000; });
        QVERIFY(r.ok());
        const auto plan = planNegotiation(*r.project, budgetOf(*r.project), negotiationOf(*r.project));
        QCOMPARE(plan.walkAway, Money(10'800'000));
        QVERIFY(plan.hasZone); // 11,000,000 ≥ 10,800,000
        QVERIFY(at(checkNegotiation(*r.project, Lang::En), "/negotiation/batna"));
        // Increasing steps: 100,000 then 200,000.
        r = load([](boost::json::object &s) {
            neg(s)["concessions"] = boost::json::array{boost::json::object{{"amount", 100000}}, boost::json::object{{"amount", 200000}}};
        });
        QVERIFY(r.ok());
        QVERIFY(at(checkNegotiation(*r.project, Lang::En), "/negotiation/concessions/1/amount"));
        // A government tender over its round limit (3 rounds, limit 2): an error.
        r = load([](boost::json::object &s) {
            neg(s)["government_tender"] = true;
            neg(s)["round_limit"] = 2;
        });
        QVERIFY(!r.ok());
        QVERIFY(at(r.diagnostics, "/negotiation/rounds"));
        // The same in Chinese names the article.
        QVERIFY(at(checkNegotiation(*load([](boost::json::object &s) { neg(s)["client_reservation_estimate"] = 9'800'000; }).project, Lang::ZhTW),
                   "/negotiation/client_reservation_estimate")
                    ->message.find("無協議空間")
                != std::string::npos);
    }

    void contractPriceEqualsQuote()
    {
        const Project p = loaded();
        const ContractPrice cp = contractPrice(p, budgetOf(p), contractOf(p));
        QVERIFY(cp.found);
        // 9,200,000 × 1.25 = 11,500,000; tax 5 % = 575,000; total 12,075,000.
        QCOMPARE(cp.beforeTax, Money(11'500'000));
        QCOMPARE(cp.tax, Money(575'000));
        QCOMPARE(cp.total, Money(12'075'000));
        QCOMPARE(formatAmountInChineseWords(cp.total), std::string("新臺幣壹仟貳佰零柒萬伍仟元整"));
        QVERIFY(checkContract(p, Lang::En).empty());
    }

    void paymentsDueOnDate()
    {
        const Project p = loaded();
        const auto s = paymentSchedule(contractOf(p), 12'075'000, "2028-09-30");
        QCOMPARE(s.size(), std::size_t(3));
        // 30 % of 12,075,000 = 3,622,500; 40 % = 4,830,000; the last takes 12,075,000 − 8,452,500 = 3,622,500.
        QCOMPARE(s[0].amount, Money(3'622'500));
        QCOMPARE(s[1].amount, Money(4'830'000));
        QCOMPARE(s[2].amount, Money(3'622'500));
        // On 2028-09-30 the first two (2027-11-01, 2028-09-17) are due, the last (2028-10-20) not yet.
        QVERIFY(s[0].dueByDate && s[1].dueByDate && !s[2].dueByDate);
        // A remainder: 3 × 33.33 % of 100 → 33, 33, and 100 − 66 = 34.
        Contract c;
        c.payments = {{{}, 3333, "2027-01-01"}, {{}, 3333, "2027-02-01"}, {{}, 3334, "2027-03-01"}};
        const auto r = paymentSchedule(c, 100, "");
        QCOMPARE(r[0].amount + r[1].amount, Money(66));
        QCOMPARE(r[2].amount, Money(34));
    }

    void cancellationFeeOnDate()
    {
        const Project p = loaded();
        const Contract c = contractOf(p);
        // Scale (rows out of order in the file): ≥ 180 d 10 %, ≥ 90 d 25 %, ≥ 30 d 50 %, ≥ 0 d 100 %; base 11,500,000 before tax.
        // 2028-06-01 → 2028-10-17: 29 (rest of June) + 31 + 31 + 30 + 17 = 138 days → the 90-day row: 25 % = 2,875,000.
        auto f = scaleFee(c.cancellation, 11'500'000, "2028-10-17", "2028-06-01");
        QCOMPARE(*f.daysBefore, std::int64_t(138));
        QCOMPARE(f.percentBp, 2500);
        QCOMPARE(f.fee, Money(2'875'000));
        // Exactly 30 days before (2028-09-17): the 30-day row applies (days ≥ min): 50 % = 5,750,000.
        f = scaleFee(c.cancellation, 11'500'000, "2028-10-17", "2028-09-17");
        QCOMPARE(*f.daysBefore, std::int64_t(30));
        QCOMPARE(f.fee, Money(5'750'000));
        // 29 days before: 100 %.
        f = scaleFee(c.cancellation, 11'500'000, "2028-10-17", "2028-09-18");
        QCOMPARE(f.fee, Money(11'500'000));
        // A year and more before (2027-01-01 is 655 days before): 10 % = 1,150,000.
        f = scaleFee(c.cancellation, 11'500'000, "2028-10-17", "2027-01-01");
        QCOMPARE(*f.daysBefore, std::int64_t(655));
        QCOMPARE(f.fee, Money(1'150'000));
        // After the start (negative days): no row applies.
        f = scaleFee(c.cancellation, 11'500'000, "2028-10-17", "2028-10-18");
        QVERIFY(!f.row);
        QCOMPARE(f.fee, Money(0));
        QVERIFY(!scaleFee(c.cancellation, 1, "2028-10-17", "2028-02-30").daysBefore); // not a date
    }

    void latePenaltyWithCap()
    {
        const LatePenaltyTerms t; // 1 ‰ a day, cap 20 %, partial 3 ‰
        // Daily: 12,075,000 × 1 ‰ = 12,075. Cap: 20 % = 2,415,000 (binds after 200 days).
        auto lp = latePenalty(t, 12'075'000, 30);
        QCOMPARE(lp.daily, Money(12'075));
        QCOMPARE(lp.amount, Money(362'250)); // 30 × 12,075
        QVERIFY(!lp.capped);
        lp = latePenalty(t, 12'075'000, 200);
        QCOMPARE(lp.amount, Money(2'415'000)); // 200 × 12,075 = the cap exactly, not beyond it
        QVERIFY(!lp.capped);
        lp = latePenalty(t, 12'075'000, 250);
        QCOMPARE(lp.uncapped, Money(3'018'750)); // 250 × 12,075
        QCOMPARE(lp.amount, Money(2'415'000));
        QVERIFY(lp.capped);
        // A delayed part of 1,000,000: 3 ‰ = 3,000 a day; of 5,000,000: 15,000, capped at the whole daily 12,075.
        QCOMPARE(partialDelayDaily(t, 12'075'000, 1'000'000), Money(3'000));
        QCOMPARE(partialDelayDaily(t, 12'075'000, 5'000'000), Money(12'075));
    }

    void stampDuty()
    {
        // 承攬: 1 ‰ of 12,075,000 = 12,075; of 1,234,567 = 1,234.567 → 1,235 (half up). 委任 and none: 0.
        QCOMPARE(stampDutyOn(StampDuty::Chenglan, 12'075'000), Money(12'075));
        QCOMPARE(stampDutyOn(StampDuty::Chenglan, 1'234'567), Money(1'235));
        QCOMPARE(stampDutyOn(StampDuty::Weiren, 12'075'000), Money(0));
        QCOMPARE(stampDutyOn(StampDuty::None, 12'075'000), Money(0));
    }

    void differencesOnceAgreed()
    {
        // The venue line goes from 9,200,000 to 9,600,000 after agreement: 12,000,000 + 600,000 = 12,600,000 now.
        const auto r = load([](boost::json::object &s) {
            s["budget"].as_object()["lines"].as_array()[0].as_object()["unit_cost"] = 9'600'000;
        });
        QVERIFY(r.ok()); // warnings only
        const auto &p = *r.project;
        const auto diffs = contractDifferences(p, budgetOf(p), contractOf(p));
        QCOMPARE(diffs.size(), std::size_t(3));
        QCOMPARE(diffs[0].key, std::string("before_tax"));
        QCOMPARE(diffs[0].agreed, Money(11'500'000));
        QCOMPARE(diffs[0].now, Money(12'000'000));
        QCOMPARE(diffs[1].now, Money(600'000));
        QCOMPARE(diffs[2].now, Money(12'600'000));
        const auto *d = at(r.diagnostics, "/contract/agreed/total");
        QVERIFY(d);
        QCOMPARE(d->severity, Diagnostic::Severity::Warning);
        // A draft compares nothing.
        const auto draft = loaded([](boost::json::object &s) {
            s["budget"].as_object()["lines"].as_array()[0].as_object()["unit_cost"] = 9'600'000;
            con(s)["status"] = "draft";
        });
        QVERIFY(contractDifferences(draft, budgetOf(draft), contractOf(draft)).empty());
    }

    void badContractInput_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("error");
        QTest::newRow("payments 90 %") << "payments_sum" << "/contract/payments" << true;
        QTest::newRow("due before agreement") << "due_early" << "/contract/payments/0/due" << true;
        QTest::newRow("due after the event") << "due_late" << "/contract/payments/2/due" << false;
        QTest::newRow("scale not monotonic") << "scale" << "/contract/cancellation/2/percent" << true;
        QTest::newRow("cap above 20 %") << "cap" << "/contract/late_penalty/cap_percent" << true;
        QTest::newRow("per day 0") << "per_day" << "/contract/late_penalty/per_day_permille" << true;
        QTest::newRow("no such quote version") << "version" << "/contract/quote_version" << true;
        QTest::newRow("signed without date") << "signed" << "/contract/signed_date" << true;
        QTest::newRow("bond above 10 %") << "bond" << "/contract/performance_bond_percent" << false;
    }
    void badContractInput()
    {
        QFETCH(QString, what);
        QFETCH(QString, path);
        QFETCH(bool, error);
        const std::string w = what.toStdString();
        const auto r = load([&](boost::json::object &s) {
            auto &c = con(s);
            auto &pay = c["payments"].as_array();
            if (w == "payments_sum")
                pay[2].as_object()["percent"] = 20; // 30 + 40 + 20 = 90
            else if (w == "due_early")
                pay[0].as_object()["due"] = "2027-03-15"; // agreed 2027-04-01
            else if (w == "due_late")
                pay[2].as_object()["due"] = "2028-11-19"; // the event ends 2028-10-20
            else if (w == "scale")
                c["cancellation"].as_array()[2].as_object()["percent"] = 40; // 0 days: 40 % < 50 % at 30 days
            else if (w == "cap")
                c["late_penalty"].as_object()["cap_percent"] = 25;
            else if (w == "per_day")
                c["late_penalty"].as_object()["per_day_permille"] = 0;
            else if (w == "version")
                c["quote_version"] = 2;
            else if (w == "signed")
                c["status"] = "signed";
            else if (w == "bond")
                c["performance_bond_percent"] = 15;
        });
        const auto *d = at(r.diagnostics, path.toStdString());
        QVERIFY2(d, path.toUtf8().constData());
        QCOMPARE(d->severity == Diagnostic::Severity::Error, error);
        QCOMPARE(r.ok(), !error);
    }

    void messagesInBothLanguages()
    {
        // A warning (the file loads): the bond above 10 %, in both languages.
        const Project p = loaded([](boost::json::object &s) { con(s)["performance_bond_percent"] = 15; });
        const auto en = checkContract(p, Lang::En), zh = checkContract(p, Lang::ZhTW);
        QCOMPARE(at(en, "/contract/performance_bond_percent")->message,
                 std::string("a performance bond of 15 % is above 10 % of the contract amount (Regulations for Bid Bonds, Performance Bonds and "
                             "Other Guarantees, Art. 15)"));
        QCOMPARE(at(zh, "/contract/performance_bond_percent")->message, std::string("履約保證金 15 % 超過契約金額之 10 %（押標金保證金暨其他擔保作業辦法第15條）"));
        // An error (the file does not load) names the rule too.
        const auto r = load([](boost::json::object &s) { con(s)["late_penalty"].as_object()["cap_percent"] = 25; });
        QCOMPARE(at(r.diagnostics, "/contract/late_penalty/cap_percent")->message,
                 std::string("a late-penalty cap of 25 % is above 20 % of the price (Regulations for Procurement Contracts, Art. 45)"));
    }

    void contractDocumentIsAClientDocument()
    {
        const Project p = loaded();
        const std::string zh = contractHtml(p, DocLangs::ZhTW), en = contractHtml(p, DocLangs::En), both = contractHtml(p, DocLangs::Both);
        // The agreed amounts and the words.
        for (const auto *h : {&zh, &en, &both}) {
            QVERIFY(h->find("11,500,000") != std::string::npos);
            QVERIFY(h->find("575,000") != std::string::npos);
            QVERIFY(h->find("12,075,000") != std::string::npos);
            QVERIFY(h->find("新臺幣壹仟貳佰零柒萬伍仟元整") != std::string::npos);
            // Never the cost (9,200,000), the floor (10,000,000) or the target margin.
            QVERIFY(h->find("9,200,000") == std::string::npos);
            QVERIFY(h->find("10,000,000") == std::string::npos);
        }
        QVERIFY(zh.find("立契約書人") != std::string::npos && zh.find("甲方") != std::string::npos);
        QVERIFY(en.find("立契約書人") == std::string::npos && en.find("the Client") != std::string::npos);
        // The force-majeure switch to online, priced from the online budget: 400,000 × 1.25 = 500,000 + 5 % = 525,000.
        QVERIFY(en.find("525,000") != std::string::npos);
        // Late penalty: 12,075 a day, cap 2,415,000; stamp duty 12,075.
        QVERIFY(en.find("TWD 12,075 a day") != std::string::npos);
        QVERIFY(en.find("2,415,000") != std::string::npos);
        // The user's clause is in its article, the user's own article follows.
        QVERIFY(en.find("Changes in writing.") != std::string::npos && en.find("Insurance") != std::string::npos);
        // A government client: 機關/廠商.
        const Project g = loaded([](boost::json::object &s) { con(s)["government_client"] = true; });
        QVERIFY(contractHtml(g, DocLangs::ZhTW).find("機關") != std::string::npos);
    }

    void contractSignaturesUseThePageWidth()
    {
        // The fixture's client signs by 王大明 (理事長); the contractor has no signatory yet, and the contract was agreed on
        // 2027-04-01.
        const Project p = loaded();
        const std::string zh = contractHtml(p, DocLangs::ZhTW), en = contractHtml(p, DocLangs::En), both = contractHtml(p, DocLangs::Both);
        const auto count = [](const std::string &h, const std::string &what) {
            int n = 0;
            for (auto at = h.find(what); at != std::string::npos; at = h.find(what, at + what.size()))
                ++n;
            return n;
        };
        // Both languages: the signatures come after the two columns of articles (no column cell after their heading),
        // across the page, with bilingual labels.
        const auto sig = both.find("<h2>簽署 / Signatures</h2>");
        QVERIFY(sig != std::string::npos);
        QVERIFY(both.rfind("<td class=\"en\">") < sig);
        const std::string block = both.substr(sig);
        // The two parties side by side, half the width each, in three rows (who, representatives, space to sign).
        QCOMPARE(count(block, "<td width=\"50%\" valign=\"top\">"), 6);
        QVERIFY(block.find("<b>甲方：") != std::string::npos && block.find("<b>The Client: ") != std::string::npos);
        QVERIFY(block.find("<b>乙方：") != std::string::npos && block.find("<b>The Contractor: ") != std::string::npos);
        QVERIFY(block.find("代表人 Representative：王大明<br>職稱 Title：理事長<br>日期 Date：____") != std::string::npos);
        QCOMPARE(count(block, "代表人 Representative：____"), 1); // the contractor's, to fill in by hand
        QCOMPARE(count(block, "簽章 Signature and seal："), 2);
        QVERIFY(block.find("狀態：已議定 2027-04-01 / Status: agreed 2027-04-01") != std::string::npos);
        // One language: its own labels only.
        QVERIFY(en.find("Representative: 王大明<br>Title: 理事長") != std::string::npos);
        QVERIFY(en.find("代表人") == std::string::npos && en.find("簽章") == std::string::npos);
        QVERIFY(zh.find("代表人：王大明<br>職稱：理事長") != std::string::npos);
        QVERIFY(zh.find("Representative") == std::string::npos && zh.find("Signature and seal") == std::string::npos);
        QCOMPARE(count(zh, "<td width=\"50%\" valign=\"top\">"), 6);
    }

    void contractTablesAcrossThePageInBothLanguages()
    {
        // Side by side, a table inside a language's column broke its amounts and, running onto the next page, lost its
        // header (the zh cancellation scale). The articles stay opposite their translations; a part with a table (price,
        // payment schedule, cancellation, postponement) is set across the page, Chinese then English.
        const std::string both = contractHtml(loaded(), DocLangs::Both);
        int columns = 0, tables = 0;
        for (auto at = both.find("<td class=\"zh\">"); at != std::string::npos; at = both.find("<td class=\"zh\">", at + 1)) {
            const auto en = both.find("<td class=\"en\">", at);
            QVERIFY(en != std::string::npos);
            const auto rowEnd = both.find("</tr>", en);
            QVERIFY2(both.substr(at, rowEnd - at).find("<table") == std::string::npos, both.substr(at, 200).c_str());
            ++columns;
        }
        for (auto at = both.find("<table class=\"t\""); at != std::string::npos; at = both.find("<table class=\"t\"", at + 1))
            ++tables;
        QVERIFY(columns >= 3); // the articles without tables are still side by side
        QVERIFY(tables >= 4);  // price and payment schedule at least, once per language
        QCOMPARE(tables % 2, 0);
    }
};

QTEST_APPLESS_MAIN(TestDeal)
#include "tst_deal.moc"
