// SPDX-License-Identifier: GPL-3.0-or-later
// The small hand-computed budget of docs/budget.md, to the dollar: service charge, tax on subtotal + service
// charge, 含稅 lines, contingency, management fee, a USD line; break-even, ROI, exposure, levers, quote.
#include "budget.h"
#include "budgetcalc.h"
#include "budgetio.h"
#include "budgetreport.h"
#include "budgetexport.h"
#include "projectformat.h"
#include "quote.h"
#include "quotedocument.h"
#include "tolerance.h"

#include <QTest>

using namespace vb;
using vb::test::near;

namespace {
const std::string kSmall = TEST_DATA_DIR "/budget/small-budget.venuebid.json";

Project loadSmall()
{
    auto r = loadProjectFile(kSmall);
    if (!r.ok())
        for (const auto &m : r.messages())
            qWarning("%s", m.c_str());
    return r.project.value_or(Project{});
}

std::vector<Diagnostic> errorsOf(const std::string &budgetJson)
{
    auto text = std::string(R"({"format":"venuebid.project","schema_version":1,
      "meta":{"title":{"zh-TW":"t","en":"t"},"client":{"zh-TW":"c","en":"c"},"currency":"TWD","languages":["en"]},
      "requirements":{"start_date":"2028-10-17","end_date":"2028-10-18","days":2,"expected_attendance":10},
      "criteria":[{"id":"a","name":{"zh-TW":"a","en":"a"},"direction":"benefit","unit":"x","weight":1}],
      "venues":[], "budget": )") + budgetJson + "}";
    auto r = readProject(text, "t.json");
    std::vector<Diagnostic> e;
    for (const auto &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            e.push_back(d);
    return e;
}
} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundDivHalvesAwayFromZero()
    {
        QCOMPARE(roundDiv(5, 10), 1);
        QCOMPARE(roundDiv(4, 10), 0);
        QCOMPARE(roundDiv(-5, 10), -1);
        QCOMPARE(roundDiv(15, 10), 2);
    }

    void lineRules()
    {
        const Project p = loadSmall();
        const Budget b = budgetOf(p);
        QCOMPARE(b.lines.size(), std::size_t(5));
        const auto d = driversFor(p, EventFormat::Onsite);
        QCOMPARE(d.onsite, 100);
        QCOMPARE(d.roomNights, 20);
        // Lunch: 600 × 200 attendee-days = 120,000; +10 % service 12,000; 5 % tax on 132,000 = 6,600.
        const auto lunch = computeLine(p, b, b.lines[1], d);
        QCOMPARE(lunch.subtotal, 120000);
        QCOMPARE(lunch.serviceCharge, 12000);
        QCOMPARE(lunch.tax, 6600);
        QCOMPARE(lunch.total(), 138600);
        // Hotel 含稅 with service: 3,150 × 20 = 63,000 → 60,000 before tax → 54,545 + 5,455 service, 3,000 tax.
        const auto hotel = computeLine(p, b, b.lines[4], d);
        QCOMPARE(hotel.subtotal, 54545);
        QCOMPARE(hotel.serviceCharge, 5455);
        QCOMPARE(hotel.tax, 3000);
        QCOMPARE(hotel.total(), 63000);
        // USD line, tax exempt: 1,500 × 32 = 48,000 (hybrid).
        const auto platform = computeLine(p, b, b.lines[2], driversFor(p, EventFormat::Hybrid));
        QCOMPARE(platform.subtotal, 48000);
        QCOMPARE(platform.tax, 0);
    }

    void handComputedTotals_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("service");
        QTest::addColumn<qint64>("contingency");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("revenue");
        QTest::newRow("onsite") << 0 << qint64(279545) << qint64(17455) << qint64(29700) << qint64(26136) << qint64(17642) << qint64(370478) << qint64(582000);
        QTest::newRow("hybrid") << 1 << qint64(293636) << qint64(13964) << qint64(30760) << qint64(27069) << qint64(15871) << qint64(381300) << qint64(610000);
        QTest::newRow("online") << 2 << qint64(55500) << qint64(0) << qint64(5550) << qint64(4884) << qint64(897) << qint64(66831) << qint64(562000);
    }
    void handComputedTotals()
    {
        QFETCH(int, format);
        const Project p = loadSmall();
        const auto s = computeBudget(p, budgetOf(p));
        const auto &c = s.formats[static_cast<std::size_t>(format)].likely.costs;
        QTEST(qint64(c.subtotal), "subtotal");
        QTEST(qint64(c.serviceCharge), "service");
        QTEST(qint64(c.contingency), "contingency");
        QTEST(qint64(c.managementFee), "fee");
        QTEST(qint64(c.tax), "tax");
        QTEST(qint64(c.total), "total");
        QCOMPARE(c.subtotal + c.serviceCharge + c.contingency + c.managementFee + c.tax, c.total);
        QTEST(qint64(s.formats[static_cast<std::size_t>(format)].likely.revenue.total), "revenue");
        // Category subtotals add up to the line totals.
        Money cats = 0;
        for (const auto &a : s.formats[static_cast<std::size_t>(format)].likely.categories)
            cats += a.total();
        QCOMPARE(cats, c.subtotal + c.serviceCharge + c.lineTax);
    }

    void breakEvenAndRoi()
    {
        const Project p = loadSmall();
        const auto s = computeBudget(p, budgetOf(p));
        const auto &on = s.formats[0];
        // F = 124,740 − 82,000 = 42,740; P = 5,000; V = (370,478 − 124,740) / 100 = 2,457.38 → Q = 16.8 → 17.
        QCOMPARE(on.breakEven.fixedCosts, 124740);
        QCOMPARE(on.breakEven.fixedRevenue, 82000);
        QCOMPARE(on.breakEven.pricePerAttendee, 5000.0);
        QCOMPARE(on.breakEven.attendeesNeeded.value(), 17);
        // ROI = (582,000 − 370,478) / 370,478 × 100 = 57.094…
        QVERIFY(near(*on.roiPercent, 211522.0 / 370478.0 * 100.0));
        QCOMPARE(s.formats[2].breakEven.attendeesNeeded.value(), 0); // fixed income covers the fixed costs
        QVERIFY(!roiPercent(10, 0));
    }

    void payersByLargestRemainder_data()
    {
        QTest::addColumn<qint64>("audience");
        QTest::addColumn<QList<int>>("sharesBp");
        QTest::addColumn<QList<qint64>>("expected");
        // 221 × 50 % = 110.5 each; 221 payers: floors 110 + 110 = 220, the one left goes to the first tier
        // (equal remainders: file order). Rounding each tier alone gave 111 + 111 = 222.
        QTest::newRow("two halves of 221") << qint64(221) << QList<int>{5000, 5000} << QList<qint64>{111, 110};
        // 10 × 33.33 % = 3.333, 3.333, 10 × 33.34 % = 3.334: floors 3 + 3 + 3, 10 payers, the 1 left to the largest
        // remainder (.334, the third tier).
        QTest::newRow("thirds of 10") << qint64(10) << QList<int>{3333, 3333, 3334} << QList<qint64>{3, 3, 4};
        // Σ shares 80 %: payers = ROUND(221 × 0.8) = ROUND(176.8) = 177; quotas 88.4 + 88.4 → floors 88 + 88, 1 left,
        // to the first (equal remainders). Rounding each tier gave 88 + 88 = 176.
        QTest::newRow("80 % of 221") << qint64(221) << QList<int>{4000, 4000} << QList<qint64>{89, 88};
        // Σ shares 120 % is read as proportions of everyone: 10 × 60/120 = 5 each, 10 payers, not 6 + 6 = 12.
        QTest::newRow("shares over 100 %") << qint64(10) << QList<int>{6000, 6000} << QList<qint64>{5, 5};
        // 7 × 15 % = 1.05, 7 × 70 % = 4.9, 7 × 15 % = 1.05: floors 1 + 4 + 1 = 6, ROUND(7 × 1.0) = 7, 1 left to .9.
        QTest::newRow("largest remainder wins") << qint64(7) << QList<int>{1500, 7000, 1500} << QList<qint64>{1, 5, 1};
    }
    void payersByLargestRemainder()
    {
        QFETCH(qint64, audience);
        QFETCH(QList<int>, sharesBp);
        QFETCH(QList<qint64>, expected);
        std::vector<RevenueItem> items;
        for (int bp : sharesBp) {
            RevenueItem it;
            it.type = RevenueType::Registration;
            it.shareBp = bp;
            items.push_back(it);
        }
        RevenueItem sponsor; // not a tier: keeps its quantity, takes no attendee
        sponsor.type = RevenueType::Sponsorship;
        items.push_back(sponsor);
        Drivers d;
        d.onsite = audience;
        d.online = 3; // no online tier: nobody online pays
        const auto counts = registrationCounts(items, EventFormat::Hybrid, d);
        QCOMPARE(counts.size(), items.size());
        std::int64_t payers = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(qint64(counts[static_cast<std::size_t>(i)]), expected[i]);
            payers += counts[static_cast<std::size_t>(i)];
        }
        QCOMPARE(counts.back(), 0);
        QVERIFY(payers <= audience);
    }

    void payersNeverExceedTheAudience()
    {
        // The small budget with its on-site tier split into two 50 % tiers at 5,000, and 221 on site: revenue is
        // 221 × 5,000 + 50,000 sponsor + USD 1,000 × 32 subsidy = 1,105,000 + 82,000 = 1,187,000 (222 payers gave 1,192,000).
        Project p = loadSmall();
        Budget b = budgetOf(p);
        RevenueItem half = b.revenue[0];
        half.shareBp = 5000;
        b.revenue[0].shareBp = 5000;
        half.id = "reg_onsite_b";
        b.revenue.insert(b.revenue.begin() + 1, half);
        Drivers d = driversFor(p, EventFormat::Onsite);
        d.onsite = 221;
        const auto fb = computeFormatWith(p, b, EventFormat::Onsite, d);
        QCOMPARE(fb.revenueCounts[0], 111);
        QCOMPARE(fb.revenueCounts[1], 110);
        QCOMPARE(fb.revenue.total, 1187000);
    }

    void taxRegisteredOrganiserComparesBeforeTax()
    {
        Project p = loadSmall();
        Budget b = budgetOf(p);
        QVERIFY(!b.organiserTaxRegistered); // the default: tax is a cost
        QCOMPARE(computeFormat(p, b, EventFormat::Onsite).surplus(), 582000 - 370478);
        b.organiserTaxRegistered = true;
        const auto s = computeBudget(p, b);
        const auto &on = s.formats[0];
        // Output tax inside the taxable income (priced with 5 % inside): registration 500,000 − ROUND(500,000 / 1.05)
        // = 500,000 − 476,190 = 23,810; sponsor 50,000 − 47,619 = 2,381; the USD 1,000 subsidy is no sale: 0.
        QCOMPARE(on.likely.revenue.total, 582000);
        QCOMPARE(on.likely.revenue.outputTax, 23810 + 2381);
        QCOMPARE(on.likely.comparedRevenue(), 555809);
        QCOMPARE(on.likely.comparedCost(), 352836); // 未稅: 370,478 − 17,642
        QCOMPARE(on.likely.surplus(), 555809 - 352836);
        QVERIFY(near(*on.roiPercent, 202973.0 / 352836.0 * 100.0)); // 57.53 %
        // Break-even before tax: at 0 attendees 未稅 = hall 100,000 + contingency 10,000 + fee 8,800 = 118,800;
        // fixed income 82,000 − 2,381 = 79,619; F = 39,181. P = (555,809 − 79,619) / 100 = 4,761.90,
        // V = (352,836 − 118,800) / 100 = 2,340.36; Q = 39,181 / 2,421.54 = 16.18 → 17.
        QCOMPARE(on.breakEven.fixedCosts, 118800);
        QCOMPARE(on.breakEven.fixedRevenue, 79619);
        QCOMPARE(on.breakEven.pricePerAttendee, 4761.90);
        QCOMPARE(on.breakEven.variablePerAttendee, 2340.36);
        QCOMPARE(on.breakEven.attendeesNeeded.value(), 17);
        // The costs themselves do not change with the organiser's registration.
        QCOMPARE(on.likely.costs.total, 370478);
    }

    void contingencyAndFeeTaxSettings()
    {
        Project p = loadSmall();
        Budget b = budgetOf(p);
        // On site, lines: subtotal + service 279,545 + 17,455 = 297,000, line tax 14,850; contingency 10 % = 29,700.
        b.managementFeeOnContingency = false;
        auto c = computeFormat(p, b, EventFormat::Onsite).costs;
        // fee 8 % × 297,000 = 23,760; tax 14,850 + 5 % × (29,700 + 23,760) = 14,850 + 2,673 = 17,523.
        QCOMPARE(c.managementFee, 23760);
        QCOMPARE(c.tax, 17523);
        QCOMPARE(c.total, 297000 + 29700 + 23760 + 17523); // 367,983
        b.taxOnContingency = false;
        b.taxOnManagementFee = false;
        c = computeFormat(p, b, EventFormat::Onsite).costs;
        QCOMPARE(c.tax, 14850); // the lines' own tax only
        QCOMPARE(c.total, 365310);
        b.taxOnManagementFee = true; // 14,850 + 5 % × 23,760 = 14,850 + 1,188
        QCOMPARE(computeFormat(p, b, EventFormat::Onsite).costs.tax, 16038);
        // The settings survive a save and a load; the defaults are not written.
        b.organiserTaxRegistered = true;
        setBudget(p, b);
        const auto text = writeProject(p);
        QVERIFY(text.find("\"tax_on_contingency\": false") != std::string::npos || text.find("\"tax_on_contingency\":false") != std::string::npos);
        QVERIFY(text.find("management_fee_on_contingency") != std::string::npos);
        auto back = readProject(text, "t.json");
        QVERIFY(back.project);
        const Budget b2 = budgetOf(*back.project);
        QVERIFY(b2.organiserTaxRegistered);
        QVERIFY(!b2.taxOnContingency);
        QVERIFY(b2.taxOnManagementFee);
        QVERIFY(!b2.managementFeeOnContingency);
        QVERIFY(writeProject(loadSmall()).find("tax_on_contingency") == std::string::npos);
    }

    void breakEvenFeeAndMarginOfSafety()
    {
        Project p = loadSmall();
        Budget b = budgetOf(p);
        auto s = computeBudget(p, b);
        const auto &on = s.formats[0].breakEven;
        // On site: 100 payers (one 100 % tier). Before fixed income: 370,478 / 100 = 3,704.78 → 3,705;
        // after the sponsor and subsidy (82,000): 288,478 / 100 = 2,884.78 → 2,885. Margin 100 − 17 = 83.
        QCOMPARE(on.payers, 100);
        QCOMPARE(on.feeBeforeFixedIncome.value(), 3705);
        QCOMPARE(on.feeAfterFixedIncome.value(), 2885);
        QCOMPARE(on.marginOfSafety().value(), 83);
        QVERIFY(on.noBreakEvenReason.empty());
        // Hybrid: 80 on site + 40 online pay (one tier each): 381,300 / 120 = 3,177.5 → 3,178;
        // (381,300 − 82,000) / 120 = 2,494.17 → 2,495; the mix is stated.
        const auto &hy = s.formats[1].breakEven;
        QCOMPARE(hy.payers, 120);
        QCOMPARE(hy.feeBeforeFixedIncome.value(), 3178);
        QCOMPARE(hy.feeAfterFixedIncome.value(), 2495);
        QCOMPARE(hy.onsite, 80);
        QCOMPARE(hy.online, 40);
        const auto notes = breakEvenNotes(s.formats[1], EventFormat::Hybrid, Lang::En);
        QCOMPARE(notes.size(), std::size_t(1));
        QVERIFY(notes[0].find("80 on site and 40 online") != std::string::npos);
        // Online: the other income (82,000) exceeds the cost (66,831): the fee after it is 0; break-even 0 people.
        QCOMPARE(s.formats[2].breakEven.feeAfterFixedIncome.value(), 0);
        QCOMPARE(s.formats[2].breakEven.feeBeforeFixedIncome.value(), 446); // 66,831 / 150 = 445.54 → 446
        QCOMPARE(s.formats[2].breakEven.marginOfSafety().value(), 150);
        // Registered organiser: the fee is priced with the 5 % inside: 352,836 × 1.05 / 100 = 3,704.778 → 3,705;
        // after the other income before tax (47,619 + 32,000 = 79,619): 273,217 × 1.05 / 100 = 2,868.78 → 2,869.
        b.organiserTaxRegistered = true;
        s = computeBudget(p, b);
        QCOMPARE(s.formats[0].breakEven.feeBeforeFixedIncome.value(), 3705);
        QCOMPARE(s.formats[0].breakEven.feeAfterFixedIncome.value(), 2869);
        // A fee of 1,000 is below the variable cost per attendee (2,457.38): no break-even, and the reason is given.
        b.organiserTaxRegistered = false;
        b.revenue[0].amount = 1000;
        s = computeBudget(p, b);
        const auto &low = s.formats[0].breakEven;
        QVERIFY(!low.attendeesNeeded);
        QVERIFY(!low.marginOfSafety());
        QCOMPARE(QString::fromStdString(low.noBreakEvenReason), QStringLiteral("price_not_above_variable"));
        const auto why = breakEvenNotes(s.formats[0], EventFormat::Onsite, Lang::En);
        QCOMPARE(QString::fromStdString(why.at(0)),
                 QStringLiteral("On-site: no break-even: revenue per attendee (1,000) is not above the variable cost per attendee (2,457.38)."));
        // No registration tier: no fee, and why.
        b.revenue.erase(b.revenue.begin(), b.revenue.begin() + 2);
        s = computeBudget(p, b);
        QVERIFY(!s.formats[0].breakEven.feeBeforeFixedIncome);
        QCOMPARE(QString::fromStdString(s.formats[0].breakEven.noFeeReason), QStringLiteral("no_payers"));
    }

    void lineMinimumsHoldInScenarios()
    {
        Project p = loadSmall();
        Budget b = budgetOf(p);
        // Lunch: 600 per attendee-day, +10 % service, 未稅 (line 1). A catering guarantee of 180 attendee-days
        // (90 % of the planned 100 × 2 days). Pessimistic (80 %): 80 × 2 = 160 < 180, so 180 are billed:
        // 600 × 180 = 108,000 + 10,800 service + 5 % × 118,800 = 5,940 → 124,740 (without it: 96,000 + 9,600 + 5,280 = 110,880).
        QCOMPARE(QString::fromStdString(b.lines[1].id), QStringLiteral("lunch"));
        const auto before = computeFormat(p, b, EventFormat::Onsite, 80).lines[1];
        QCOMPARE(before.total(), 110880);
        b.lines[1].minimumUnitsHundredths = 18000;
        auto pess = computeFormat(p, b, EventFormat::Onsite, 80);
        QCOMPARE(pess.lines[1].unitsHundredths, 18000);
        QCOMPARE(pess.lines[1].subtotal, 108000);
        QCOMPARE(pess.lines[1].total(), 124740);
        QVERIFY(pess.lines[1].atMinimum);
        // Likely (200 attendee-days) is above the guarantee: unchanged, 138,600 as in the worked example.
        const auto likely = computeFormat(p, b, EventFormat::Onsite, 100);
        QCOMPARE(likely.lines[1].total(), 138600);
        QVERIFY(!likely.lines[1].atMinimum);
        QCOMPARE(likely.costs.total, 370478);
        // Badges: 52.5 per attendee, 含稅 (line 3), with a minimum order of 5,000 (含稅, as entered). Pessimistic:
        // 80 × 52.5 = 4,200 < 5,000 → 5,000: before tax ROUND(5,000 / 1.05) = 4,762, tax 238.
        QCOMPARE(QString::fromStdString(b.lines[3].id), QStringLiteral("badges"));
        b.lines[3].minimumAmountCents = 500000;
        pess = computeFormat(p, b, EventFormat::Onsite, 80);
        QCOMPARE(pess.lines[3].extended, 5000);
        QCOMPARE(pess.lines[3].subtotal, 4762);
        QCOMPARE(pess.lines[3].tax, 238);
        QVERIFY(pess.lines[3].atMinimum);
        // A guarantee is a fixed cost: at zero attendance the lunch still costs its 124,740.
        QCOMPARE(computeFormat(p, b, EventFormat::Onsite, 0).lines[1].total(), 124740);
        setBudget(p, b);
        const auto back = readProject(writeProject(p), "t.json");
        QVERIFY(back.project);
        const Budget b2 = budgetOf(*back.project);
        QCOMPARE(b2.lines[1].minimumUnitsHundredths.value(), 18000);
        QCOMPARE(b2.lines[3].minimumAmountCents.value(), 500000);
    }

    void fxBufferEffect()
    {
        Project p = loadSmall();
        const Budget b = budgetOf(p);
        QVERIFY(computeBudget(p, b).formats[0].fx.currencies.empty()); // no buffer, no check
        p.meta.fxRates[0].bufferPercent = 5.0; // USD 32 ± 5 %: 30.4 … 33.6
        const auto s = computeBudget(p, b);
        const auto &on = s.formats[0].fx;
        QCOMPARE(on.currencies.size(), std::size_t(1));
        QCOMPARE(on.currencies[0].low, 30.4);
        QCOMPARE(on.currencies[0].high, 33.6);
        // On site no cost is in USD; the USD 1,000 subsidy at 30.4 is 30,400: −1,600.
        QCOMPARE(on.currencies[0].costChange, 0);
        QCOMPARE(on.currencies[0].revenueChange, -1600);
        QCOMPARE(on.surplusAtAdverse(), 582000 - 1600 - 370478);
        // Hybrid: the USD 1,500 platform (exempt) at 33.6 is 50,400 (+2,400): subtotal + service 310,000,
        // contingency 31,000, fee 8 % × 341,000 = 27,280, tax 12,980 + ROUND(5 % × 58,280 = 2,914) = 15,894;
        // total 296,036 + 13,964 + 31,000 + 27,280 + 15,894 = 384,174 (+2,874 on 381,300).
        const auto &hy = s.formats[1].fx;
        QCOMPARE(hy.currencies[0].costChange, 2874);
        QCOMPARE(hy.totalAtAdverse, 384174);
        // Revenue: 40 online × USD 100 at 30.4 = 121,600 (−6,400) and the subsidy −1,600.
        QCOMPARE(hy.currencies[0].revenueChange, -8000);
        QCOMPARE(hy.surplusAtAdverse(), s.formats[1].likely.surplus() - 2874 - 8000);
        // The rate is printed with every digit used, its source and date.
        const auto lines = fxRateLines(p, Lang::En);
        QCOMPARE(QString::fromStdString(lines.at(0)),
                 QStringLiteral("1 USD = 32 TWD (source: https://rate.bot.com.tw/xrt?Lang=en-US; as of 2026-11-24); checked from 30.4 to 33.6: costs at the high "
                                "end, revenue at the low end."));
        QCOMPARE(rateUsed(0.0221234567), 0.022123);
    }

    void scenarioBreakdownHandWorked()
    {
        // The pessimistic scenario (80 %) of the small budget on site, figure by figure (issue point 3): 80 attendees,
        // 2 days, room-nights 20 × 80 / 100 = 16.
        //   hall    50,000 × 2 = 100,000 未稅: subtotal 100,000, tax 5,000
        //   lunch   600 × 160 = 96,000 + 10 % service 9,600, tax 5 % × 105,600 = 5,280
        //   badges  52.5 × 80 = 4,200 含稅: before tax 4,000, tax 200
        //   hotel   3,150 × 16 = 50,400 含稅 + service: before tax 48,000, subtotal ROUND(48,000 / 1.1) = 43,636,
        //           service 4,364, tax 2,400
        // subtotal 243,636, service 13,964, line tax 12,880; contingency 10 % × 257,600 = 25,760;
        // fee 8 % × 283,360 = 22,668.8 → 22,669; tax 12,880 + ROUND(5 % × 48,429 = 2,421.45) = 15,301;
        // 未稅 243,636 + 13,964 + 25,760 + 22,669 = 306,029, total 306,029 + 15,301 = 321,330. Revenue 80 × 5,000 + 50,000 + USD 1,000 × 32 = 482,000;
        // not registered: surplus 482,000 − 321,330 = 160,670, ROI 160,670 / 321,330 = 50.0016 %.
        const Project p = loadSmall();
        const auto s = computeBudget(p, budgetOf(p));
        const auto &pess = s.formats[0].scenarios[0];
        QCOMPARE(pess.percent, 80);
        QCOMPARE(pess.drivers.onsite, 80);
        QCOMPARE(pess.drivers.roomNights, 16);
        QCOMPARE(pess.costs.subtotal, 243636);
        QCOMPARE(pess.costs.serviceCharge, 13964);
        QCOMPARE(pess.costs.contingency, 25760);
        QCOMPARE(pess.costs.managementFee, 22669);
        QCOMPARE(pess.costs.tax, 15301);
        QCOMPARE(pess.costs.beforeTax(), 306029);
        QCOMPARE(pess.costs.total, 321330);
        QCOMPARE(pess.revenue.total, 482000);
        QCOMPARE(pess.revenue.outputTax, 0);
        QCOMPARE(pess.comparedCost(), 321330);
        QCOMPARE(pess.surplus(), 160670);
        QCOMPARE(QString::number(*roiPercent(pess.comparedRevenue(), pess.comparedCost()), 'f', 4), QStringLiteral("50.0016"));
    }

    void scenariosAndExposure()
    {
        const Project p = loadSmall();
        const auto s = computeBudget(p, budgetOf(p));
        QCOMPARE(s.formats[0].scenarios[0].drivers.onsite, 80);
        QCOMPARE(s.formats[0].scenarios[2].drivers.onsite, 120);
        const auto &ex = s.formats[0].exposure;
        // 30 % of the hall (105,000) in April 2028 is due before any revenue arrives (August).
        QCOMPARE(ex.committedBeforeRevenue, 31500);
        QCOMPARE(ex.peak, 31500);
        QCOMPARE(QString::fromStdString(ex.peakMonth), QStringLiteral("2028-04"));
        QVERIFY(ex.withinCeiling());
        Money in = 0, out = 0;
        for (const auto &m : ex.months) {
            in += m.in;
            out += m.out;
        }
        QCOMPARE(out, s.formats[0].likely.costs.total);
        QCOMPARE(in, s.formats[0].likely.revenue.total);
    }

    void leversRanked()
    {
        const Project p = loadSmall();
        const auto levers = revenueLevers(p, budgetOf(p), EventFormat::Onsite, Lang::En);
        QVERIFY(levers.size() >= 3);
        for (std::size_t i = 1; i < levers.size(); ++i)
            QVERIFY(levers[i - 1].effect >= levers[i].effect);
        QCOMPARE(levers.front().effect, 50000);
    }

    void quoteV2()
    {
        const Project p = loadSmall();
        const Budget b = budgetOf(p);
        const auto q = computeQuote(p, b, b.quotes[1]);
        QCOMPARE(q.subtotal, 392040);
        QCOMPARE(q.discount, 7841);
        QCOMPARE(q.beforeTax, 384199);
        QCOMPARE(q.tax, 19210);
        QCOMPARE(q.total, 403409);
        const auto changes = quoteChanges(b, 1, Lang::En);
        QVERIFY(std::find(changes.begin(), changes.end(), "Markup: 15 % → 12 %") != changes.end());
        QVERIFY(std::find(changes.begin(), changes.end(), "The client asked for a lower price") != changes.end());
        const auto html = quoteHtml(p, b, q, 1);
        QVERIFY(html.find("報價單 Quotation") != std::string::npos);
        QVERIFY(html.find(">v2<") != std::string::npos);
        QVERIFY(html.find("403,409") != std::string::npos);
        auto next = nextQuoteVersion(p, b, "2027-05-01");
        QCOMPARE(next.version, 3);
        QCOMPARE(*next.frozenTotal, 403409);
    }

    void roundTripAndV1()
    {
        Project p = loadSmall();
        Budget b = budgetOf(p);
        b.lines[1].quantityHundredths = 200;
        setBudget(p, b);
        const auto text = writeProject(p);
        auto r = readProject(text, "rt.json");
        QVERIFY(r.ok());
        QVERIFY(budgetOf(*r.project) == b);
        QCOMPARE(writeProject(*r.project), text);
        // A v1 file without the sections still loads and has no budget.
        auto m = loadProjectFile(TEST_DATA_DIR "/minimal.venuebid.json");
        QVERIFY(m.ok());
        QVERIFY(!hasBudget(*m.project));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("budget");
        QTest::addColumn<QString>("path");
        QTest::newRow("contingency > 30") << R"({"contingency_percent": 40, "lines": []})" << "/budget/contingency_percent";
        QTest::newRow("bad category") << R"({"lines": [{"id":"a","category":"food","description":{"zh-TW":"a","en":"a"},"unit_cost":1}]})"
                                      << "/budget/lines/0/category";
        QTest::newRow("three decimals") << R"({"lines": [{"id":"a","category":"other","description":{"zh-TW":"a","en":"a"},"unit_cost":1.005}]})"
                                        << "/budget/lines/0/unit_cost";
        QTest::newRow("payments not 100") << R"({"lines": [{"id":"a","category":"other","description":{"zh-TW":"a","en":"a"},"unit_cost":1,
                                               "payments":[{"due":"2028-01-01","percent":50}]}]})" << "/budget/lines/0/payments";
        QTest::newRow("currency without rate") << R"({"lines": [{"id":"a","category":"other","description":{"zh-TW":"a","en":"a"},"unit_cost":1,"currency":"EUR"}]})"
                                               << "/budget/lines/0/currency";
        QTest::newRow("duplicate id") << R"({"lines": [{"id":"a","category":"other","description":{"zh-TW":"a","en":"a"},"unit_cost":1},
                                           {"id":"a","category":"other","description":{"zh-TW":"a","en":"a"},"unit_cost":1}]})" << "/budget/lines/1/id";
    }
    void validation()
    {
        QFETCH(QString, budget);
        QFETCH(QString, path);
        const auto errors = errorsOf(budget.toStdString());
        QVERIFY(!errors.empty());
        QCOMPARE(QString::fromStdString(errors.front().path), path);
    }

    void csvInjectionAndTotals()
    {
        QCOMPARE(csvCell("=HYPERLINK(\"x\")"), std::string("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(csvCell("+1+1"), std::string("'+1+1"));
        QCOMPARE(csvCell("@SUM(A1)"), std::string("'@SUM(A1)"));
        QCOMPARE(csvCell("-2+3"), std::string("'-2+3"));
        QCOMPARE(csvCell("-120"), std::string("-120"));
        QCOMPARE(csvCell("a,b"), std::string("\"a,b\""));
        const Project p = loadSmall();
        const Budget b = budgetOf(p);
        const auto csv = budgetCsv(p, b, computeBudget(p, b), Lang::ZhTW);
        QVERIFY(csv.starts_with("\xEF\xBB\xBF"));
        QVERIFY(csv.find("'=HYPERLINK") != std::string::npos);
        QVERIFY(csv.find("\nonsite,total,,total,,,TWD,,,,,,335381,17455,17642,370478,\r\n") != std::string::npos);
        QVERIFY(csv.find("午餐") != std::string::npos);
        QVERIFY(csv.find(",total,at_minimum\r\n") != std::string::npos);
        QVERIFY(csv.find(",true\r\n") == std::string::npos); // no line held at its minimum yet
    }

    void csvAndTableMarkLinesAtMinimum()
    {
        // A catering guarantee of 250 attendee-days on the lunch (600 per attendee-day, +10 % service, 未稅): the
        // likely 100 × 2 = 200 are below it, so 250 are billed on site: 600 × 250 = 150,000 + 15,000 service
        // + 5 % × 165,000 = 8,250 → 173,250. The CSV marks the line (last column), the table names it per format.
        Project p = loadSmall();
        Budget b = budgetOf(p);
        QCOMPARE(QString::fromStdString(b.lines[1].id), QStringLiteral("lunch"));
        b.lines[1].minimumUnitsHundredths = 25000;
        const auto s = computeBudget(p, b);
        QVERIFY(s.formats[0].likely.lines[1].atMinimum);
        const auto csv = budgetCsv(p, b, s, Lang::En);
        QVERIFY2(csv.find(",250,150000,15000,8250,173250,true\r\n") != std::string::npos, csv.c_str());
        const auto rows = budgetTableRows(p, b, s, Lang::En);
        bool found = false;
        for (const auto &r : rows)
            if (r.at(0) == "Lines at their contract minimum") {
                found = true;
                QCOMPARE(QString::fromStdString(r.at(1)), QStringLiteral("lunch"));
            }
        QVERIFY(found);
        // Without a minimum the row is left out.
        for (const auto &r : budgetTableRows(p, budgetOf(p), computeBudget(p, budgetOf(p)), Lang::En))
            QVERIFY(r.at(0) != "Lines at their contract minimum");
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
