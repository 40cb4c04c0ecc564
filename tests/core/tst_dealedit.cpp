// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of the negotiation and contract pages (models/deal/dealedit.h): each is checked as the file reader checks
// the section, an error leaves the project as it was, and the message is in the requested language. The project is
// tests/data/minimal.venuebid.json (event 2028-10-17 to 2028-10-20) with tests/data/deal_sections.json: one on-site
// cost line of TWD 9,200,000 before tax, 5 % business tax, quote v1 on-site at 25 % markup (price 11,500,000, tax
// 575,000, total 12,075,000); negotiation: margins 8 % / 20 %, concessions 500,000 / 300,000 / 150,000 / 50,000.
#include "deal.h"
#include "dealdocuments.h"
#include "dealedit.h"
#include "messages.h"
#include "projectformat.h"

#include <QTest>

#include <boost/json.hpp>

#include <fstream>
#include <iterator>

using namespace vb;
using namespace vb::deal;

namespace {

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Project loaded()
{
    auto v = boost::json::parse(readText(TEST_DATA_DIR "/minimal.venuebid.json"));
    auto sections = boost::json::parse(readText(TEST_DATA_DIR "/deal_sections.json"));
    for (const auto &kv : sections.as_object())
        v.as_object()[kv.key()] = kv.value();
    auto r = readProject(boost::json::serialize(v), "deal.venuebid.json");
    if (!r.ok())
        qFatal("%s", r.messages().empty() ? "not loaded" : r.messages().front().c_str());
    return *r.project;
}

const Diagnostic *at(const std::vector<Diagnostic> &ds, const std::string &path)
{
    for (const auto &d : ds)
        if (d.path == path)
            return &d;
    return nullptr;
}

bool hasError(const std::vector<Diagnostic> &ds)
{
    for (const auto &d : ds)
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

Money floorOf(const Project &p)
{
    return planNegotiation(p, budgetOf(p), negotiationOf(p)).floor;
}

/** The project still loads: what an edit stores, the file reader accepts. */
bool reloads(const Project &p)
{
    return readProject(writeProject(p), "edited.venuebid.json").ok();
}

} // namespace

class TestDealEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negotiationTerms()
    {
        Project p = loaded();
        NegotiationTerms t = termsOf(negotiationOf(p));
        // Minimum margin 8 % → 10 %: floor = ⌈9,200,000 ÷ 0.90⌉ = ⌈10,222,222.2…⌉ = 10,222,223; the last step (11,500,000)
        // stays above it.
        t.minMarginBp = 1000;
        QVERIFY(!hasError(setNegotiationTerms(p, t, Lang::En)));
        QCOMPARE(floorOf(p), Money(10'222'223));
        QVERIFY(reloads(p));
        // A minimum above the target (25 % > 20 %) is refused with the reader's rule, and nothing changes.
        t.minMarginBp = 2500;
        const auto ds = setNegotiationTerms(p, t, Lang::En);
        QVERIFY(at(ds, "/negotiation/target_margin_percent"));
        QCOMPARE(at(ds, "/negotiation/target_margin_percent")->message, std::string("the target margin 20 % is below the minimum margin 25 %"));
        QCOMPARE(negotiationOf(p).minMarginBp, 1000);
        // A negative BATNA is refused by the edit's own check, in the requested language.
        t = termsOf(negotiationOf(p));
        t.batna = -5;
        const auto neg = setNegotiationTerms(p, t, Lang::ZhTW);
        QVERIFY(at(neg, "/negotiation/batna"));
        QCOMPARE(at(neg, "/negotiation/batna")->message, std::string("金額應介於 0 至 10,000,000,000,000 元，輸入為 -5"));
        QCOMPARE(negotiationOf(p).batna, std::optional<Money>(9'500'000));
    }

    void concessionBelowFloorIsRefused()
    {
        Project p = loaded();
        // Without an opening price the opening is target + Σ concessions, so a bigger step raises the opening too and
        // the last step stays at the target (11,500,000).
        QVERIFY(!hasError(setConcession(p, 0, Concession{2'000'000, "big first step"}, Lang::En)));
        QCOMPARE(planNegotiation(p, budgetOf(p), negotiationOf(p)).steps.back().price, Money(11'500'000));
        QVERIFY(!hasError(setConcession(p, 0, Concession{500'000, "first"}, Lang::En)));
        // Opening fixed at 12,500,000; first step 500,000 → 2,000,000: 12,500,000 − 2,000,000 − 300,000 − 150,000 −
        // 50,000 = 10,000,000 = the floor: allowed (the floor itself is not below it).
        NegotiationTerms t = termsOf(negotiationOf(p));
        t.opening = 12'500'000;
        QVERIFY(!hasError(setNegotiationTerms(p, t, Lang::En)));
        QVERIFY(!hasError(setConcession(p, 0, Concession{2'000'000, "big first step"}, Lang::En)));
        QCOMPARE(planNegotiation(p, budgetOf(p), negotiationOf(p)).steps.back().price, Money(10'000'000));
        // 2,100,000: the last step ends at 9,900,000 < 10,000,000 — refused at the step that crosses, in Chinese.
        const auto ds = setConcession(p, 0, Concession{2'100'000, ""}, Lang::ZhTW);
        const auto *d = at(ds, "/negotiation/concessions/3/amount");
        QVERIFY(d);
        QCOMPARE(d->message, std::string(vb::tr(Lang::ZhTW, "negotiation.check.step_below_floor", {"4", "9,900,000", "10,000,000", "8 %"})));
        QCOMPARE(negotiationOf(p).concessions[0].amount, Money(2'000'000));
        // Appending (index == size) and removing.
        QVERIFY(!hasError(removeConcession(p, 3, Lang::En)));
        QCOMPARE(negotiationOf(p).concessions.size(), std::size_t(3));
        QVERIFY(at(setConcession(p, 7, Concession{1, ""}, Lang::En), "/negotiation/concessions/7"));
    }

    void rounds()
    {
        Project p = loaded();
        // 30 February is no date: refused, the log keeps its 3 rounds.
        Round r{"2027-02-30", Party::Client, 11'200'000, "", "", RoundStatus::Open};
        const auto bad = setRound(p, 3, r, Lang::En);
        QVERIFY(at(bad, "/negotiation/rounds/3/date"));
        QCOMPARE(at(bad, "/negotiation/rounds/3/date")->message, std::string("\"2027-02-30\" is not a date: expected YYYY-MM-DD"));
        QCOMPARE(negotiationOf(p).rounds.size(), std::size_t(3));
        r.date = "2027-04-02";
        QVERIFY(!hasError(setRound(p, 3, r, Lang::En)));
        QCOMPARE(negotiationOf(p).rounds.size(), std::size_t(4));
        QCOMPARE(negotiationOf(p).rounds[3].offer, Money(11'200'000));
        QVERIFY(reloads(p));
        // Editing round 2's offer, then deleting round 1: the old round 2 moves up.
        r = negotiationOf(p).rounds[1];
        r.offer = 10'900'000;
        QVERIFY(!hasError(setRound(p, 1, r, Lang::En)));
        QVERIFY(!hasError(removeRound(p, 0, Lang::En)));
        QCOMPARE(negotiationOf(p).rounds[0].offer, Money(10'900'000));
        // A government tender limited to 2 rounds cannot take the 3 recorded: refused (採購法 §56).
        NegotiationTerms t = termsOf(negotiationOf(p));
        t.governmentTender = true;
        t.roundLimit = 2;
        QVERIFY(at(setNegotiationTerms(p, t, Lang::En), "/negotiation/rounds"));
        QVERIFY(!negotiationOf(p).governmentTender);
    }

    void contractStatus()
    {
        Project p = loaded();
        // Back to draft: the agreed amounts and the signing date go.
        QVERIFY(!hasError(setContractStatus(p, ContractStatus::Draft, "", Lang::En)));
        QVERIFY(!contractOf(p).agreed);
        // Agreeing records quote v1 as the budget gives it: 9,200,000 × 1.25 = 11,500,000; tax 575,000; 12,075,000.
        QVERIFY(!hasError(setContractStatus(p, ContractStatus::Agreed, "2027-04-01", Lang::En)));
        const Agreed a = *contractOf(p).agreed;
        QCOMPARE(a.beforeTax, Money(11'500'000));
        QCOMPARE(a.tax, Money(575'000));
        QCOMPARE(a.total, Money(12'075'000));
        QCOMPARE(a.date, std::string("2027-04-01"));
        // Signing before the agreement is refused; after it, signed with the agreed amounts kept.
        QVERIFY(at(setContractStatus(p, ContractStatus::Signed, "2027-03-01", Lang::En), "/contract/signed_date"));
        QCOMPARE(contractOf(p).status, ContractStatus::Agreed);
        QVERIFY(at(setContractStatus(p, ContractStatus::Signed, "", Lang::En), "/contract/signed_date"));
        QVERIFY(!hasError(setContractStatus(p, ContractStatus::Signed, "2027-04-10", Lang::En)));
        QCOMPARE(contractOf(p).status, ContractStatus::Signed);
        QCOMPARE(contractOf(p).signedDate, std::optional<std::string>("2027-04-10"));
        QCOMPARE(contractOf(p).agreed->date, std::string("2027-04-01"));
        QVERIFY(reloads(p));
    }

    void payments()
    {
        Project p = loaded();
        auto pay = contractOf(p).payments;
        // 30 + 40 + 20 = 90 %: refused with the sum in words, the schedule unchanged.
        pay[2].shareBp = 2000;
        const auto ds = setPayments(p, pay, Lang::ZhTW);
        QVERIFY(at(ds, "/contract/payments"));
        QCOMPARE(at(ds, "/contract/payments")->message, std::string(vb::tr(Lang::ZhTW, "contract.check.payments_sum", {"90 %"})));
        QCOMPARE(contractOf(p).payments[2].shareBp, 3000);
        // 30 / 40 / 20 / 10 with a fourth milestone: accepted; its amount: 10 % of 12,075,000 = 1,207,500, and the
        // third 20 % = 2,415,000.
        pay.push_back(PaymentMilestone{LocalizedText{"結案", "Close-out"}, 1000, "2028-10-20"});
        QVERIFY(!hasError(setPayments(p, pay, Lang::En)));
        const auto s = paymentSchedule(contractOf(p), 12'075'000, "");
        QCOMPARE(s.size(), std::size_t(4));
        QCOMPARE(s[2].amount, Money(2'415'000));
        QCOMPARE(s[3].amount, Money(1'207'500));
        // A milestone without a name or a due date is refused by the edit.
        pay[0].milestone = {};
        pay[1].due = "";
        const auto named = setPayments(p, pay, Lang::En);
        QVERIFY(at(named, "/contract/payments/0/milestone"));
        QVERIFY(at(named, "/contract/payments/1/due"));
    }

    void termsScalesClauses()
    {
        Project p = loaded();
        ContractTerms t = termsOf(contractOf(p));
        // A cap of 25 % is above 20 % (採購契約要項 §45): refused by checkContract's rule.
        t.latePenalty.capBp = 2500;
        QVERIFY(at(setContractTerms(p, t, Lang::En), "/contract/late_penalty/cap_percent"));
        QCOMPARE(contractOf(p).latePenalty.capBp, 2000);
        t.latePenalty.capBp = 1000;
        t.stampDuty = StampDuty::Weiren;
        QVERIFY(!hasError(setContractTerms(p, t, Lang::En)));
        QCOMPARE(stampDutyOn(contractOf(p).stampDuty, 12'075'000), Money(0));
        // A scale where 30 days before costs less than 90 days before is not monotonic.
        QVERIFY(at(setScale(p, true, {{90, 5000}, {30, 2500}}, Lang::En), "/contract/cancellation/1/percent"));
        QVERIFY(!hasError(setScale(p, true, {{90, 2500}, {30, 5000}}, Lang::En)));
        QCOMPARE(contractOf(p).cancellation.size(), std::size_t(2));
        // A clause: replaced by id, removed when empty.
        QVERIFY(!hasError(setClause(p, Clause{"insurance", {"保險", "Insurance"}, {"新文字", "New text"}}, Lang::En)));
        QCOMPARE(contractOf(p).clauses[1].text.en, std::string("New text"));
        QVERIFY(!hasError(setClause(p, Clause{"insurance", {}, {}}, Lang::En)));
        QCOMPARE(contractOf(p).clauses.size(), std::size_t(1));
        // A clause id the file cannot hold is refused (reader rule), in words.
        const auto bad = setClause(p, Clause{"Bad Id", {}, {"x", "x"}}, Lang::En);
        QVERIFY(hasError(bad));
        QCOMPARE(bad.front().message, std::string("this value cannot be stored in the project file"));
        // Signatories: appended, then refused without a name.
        QVERIFY(!hasError(setSignatory(p, 1, Signatory{Party::Us, "陳", "總經理", "2027-04-10"}, Lang::En)));
        QCOMPARE(contractOf(p).signatories.size(), std::size_t(2));
        QVERIFY(at(setSignatory(p, 0, Signatory{Party::Client, "", "", ""}, Lang::En), "/contract/signatories/0/name"));
        QVERIFY(reloads(p));
    }

    void amountsOwedOnADate()
    {
        const Project p = loaded();
        const AmountsOwed o = amountsOwed(p, "2028-09-17", 10);
        // Due by 2028-09-17: 30 % (3,622,500, due 2027-11-01) + 40 % (4,830,000, due 2028-09-17) = 8,452,500.
        QCOMPARE(o.dueBy, Money(8'452'500));
        // 2028-09-17 is 30 days before 2028-10-17: the 30-day row, 50 % of 11,500,000 = 5,750,000.
        QCOMPARE(*o.cancellation.daysBefore, std::int64_t(30));
        QCOMPARE(o.cancellation.fee, Money(5'750'000));
        // Late 10 days at 1 ‰ of 12,075,000 = 12,075 a day → 120,750 (cap 20 % = 2,415,000 not reached).
        QCOMPARE(o.late.daily, Money(12'075));
        QCOMPARE(o.late.amount, Money(120'750));
        QCOMPARE(o.late.cap, Money(2'415'000));
        // 印花稅 1 ‰ of 12,075,000 = 12,075.
        QCOMPARE(o.stampDuty, Money(12'075));
        QVERIFY(o.differences.empty());
    }

    void contractNamesTheEvent()
    {
        Project p = loaded();
        // No bid book and no event name: the project title.
        QCOMPARE(eventNameOf(p, contractOf(p)).en, std::string("Test project"));
        ContractTerms t = termsOf(contractOf(p));
        t.event = LocalizedText{"2028 測試年會", "Test Congress 2028"};
        QVERIFY(!hasError(setContractTerms(p, t, Lang::En)));
        const std::string html = contractHtml(p, DocLangs::Both);
        QVERIFY(html.find("Test Congress 2028") != std::string::npos);
        QVERIFY(html.find("2028 測試年會") != std::string::npos);
        QVERIFY(html.find("測試專案") == std::string::npos);
        QVERIFY(reloads(p));
    }

    void startSections()
    {
        Project p = loaded();
        p.sections.remove<Negotiation>();
        p.sections.remove<Contract>();
        QVERIFY(at(setRound(p, 0, Round{}, Lang::En), "/negotiation"));
        QVERIFY(!hasError(startNegotiation(p, Lang::En)));
        QVERIFY(hasNegotiation(p));
        // Defaults 8 % / 15 %: floor 10,000,000 as above.
        QCOMPARE(floorOf(p), Money(10'000'000));
        QVERIFY(!hasError(startContract(p, Lang::En)));
        QCOMPARE(contractOf(p).quoteVersion, 1);
        QCOMPARE(contractOf(p).status, ContractStatus::Draft);
    }
};

QTEST_APPLESS_MAIN(TestDealEdit)
#include "tst_dealedit.moc"
