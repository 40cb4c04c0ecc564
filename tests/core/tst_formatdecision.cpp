// SPDX-License-Identifier: GPL-3.0-or-later
// The format decision with its fallback plan (venues/formatdecision.h): the fixed programme excludes a format, the
// recommendation and its reasons, and the fallback per risk with the cost of switching, all worked by hand.
#include "budget.h"
#include "client.h"
#include "formatdecision.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

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

/** The fixed programme: an opening ceremony with an online plan and a gala dinner at a hotel without one, both
 *  mandatory; a farewell without an online plan that is not mandatory. */
ClientHistory programme()
{
    ClientHistory c;
    ProgrammeElement opening;
    opening.id = "opening";
    opening.kind = "opening";
    opening.name = {"開幕典禮", "opening ceremony"};
    opening.mandatory = true;
    opening.online = LocalizedText{"線上直播", "streamed live"};
    ProgrammeElement gala;
    gala.id = "gala";
    gala.kind = "gala";
    gala.name = {"大會晚宴", "gala dinner"};
    gala.banquetSeats = 80;
    gala.mandatory = true;
    gala.atVenue = false;
    ProgrammeElement farewell;
    farewell.id = "farewell";
    farewell.kind = "farewell";
    farewell.mandatory = false;
    c.programme = {opening, gala, farewell};
    return c;
}

/** Venue hire TWD 100,000 in every format and streaming TWD 50,000 in the hybrid one; tax-exempt, no service
 *  charge, contingency or fee, no revenue: cost on-site 100,000, hybrid 150,000, online 100,000. */
Budget fixedBudget()
{
    Budget b;
    b.contingencyBp = 0;
    b.managementFeeBp = 0;
    BudgetLine hire;
    hire.id = "hire";
    hire.category = CostCategory::Venue;
    hire.description = {"場地", "Venue hire"};
    hire.unitCostCents = 100000'00;
    hire.tax = TaxTreatment::Exempt;
    BudgetLine stream = hire;
    stream.id = "stream";
    stream.category = CostCategory::Streaming;
    stream.description = {"直播", "Streaming"};
    stream.unitCostCents = 50000'00;
    stream.formats = 1u << static_cast<int>(EventFormat::Hybrid);
    b.lines = {hire, stream};
    return b;
}

} // namespace

class TestFormatDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutProgrammeFollowsTheOptions()
    {
        // No client section: nothing is excluded and the decision is the options ranking's (tst_options:
        // online 0.8333 first, the best other format b/onsite 0.6667).
        const Project p = load(kSmall);
        const auto d = decideFormat(p);
        QVERIFY(d.recommended == EventFormat::Online);
        QVERIFY(d.runnerUp == EventFormat::Onsite);
        for (const auto &fc : d.formats) {
            QVERIFY(!fc.excluded());
            QVERIFY(fc.programme.empty());
        }
        QVERIFY(!d.hasBudget);
        QVERIFY(!d.forecast);
        QCOMPARE(d.reasons.front().code, std::string("rank"));
        QVERIFY(near(d.reasons.front().value, 5.0 / 6.0));
    }

    void mandatoryElementWithoutOnlinePlanExcludesOnline()
    {
        Project p = load(kSmall);
        p.sections.set(programme());
        const auto d = decideFormat(p);
        // The gala has no online plan and is mandatory: online cannot hold it; the farewell is not mandatory.
        const auto &online = d.formats[static_cast<int>(EventFormat::Online)];
        QCOMPARE(online.excludedBy, std::vector<std::size_t>{1});
        QVERIFY(!d.formats[static_cast<int>(EventFormat::Onsite)].excluded());
        QVERIFY(!d.formats[static_cast<int>(EventFormat::Hybrid)].excluded());
        QCOMPARE(exclusionText(*clientOf(p), online, Lang::En), std::string("the mandatory gala dinner has no online plan"));
        QCOMPARE(exclusionText(*clientOf(p), online, Lang::ZhTW), std::string("必辦的大會晚宴沒有線上辦理方式"));
        // How each format holds each element.
        auto held = [&](EventFormat f, std::size_t e) { return d.formats[static_cast<int>(f)].programme[e].holding; };
        QCOMPARE(held(EventFormat::Onsite, 0), Holding::OnSite);
        QCOMPARE(held(EventFormat::Hybrid, 0), Holding::OnSiteOnline);
        QCOMPARE(held(EventFormat::Online, 0), Holding::Online);
        QCOMPARE(held(EventFormat::Onsite, 1), Holding::Elsewhere);
        QCOMPARE(held(EventFormat::Hybrid, 1), Holding::Elsewhere);
        QCOMPARE(held(EventFormat::Online, 1), Holding::NotHeld);
        QCOMPARE(held(EventFormat::Hybrid, 2), Holding::OnSiteOnly);
        QCOMPARE(held(EventFormat::Online, 2), Holding::NotHeld);
        const auto &c = *clientOf(p);
        QCOMPARE(holdingText(c.programme[0], Holding::OnSiteOnline, Lang::En), std::string("on site; online: streamed live"));
        QCOMPARE(holdingText(c.programme[0], Holding::Online, Lang::ZhTW), std::string("線上：線上直播"));
        QCOMPARE(holdingText(c.programme[1], Holding::NotHeld, Lang::En), std::string("cannot be held (no online plan)"));

        // The best-ranked option that is not excluded is b/onsite (0.6667); the best other format is hybrid
        // (b/hybrid 0.4917).
        QVERIFY(d.recommended == EventFormat::Onsite);
        QVERIFY(d.runnerUp == EventFormat::Hybrid);
    }

    void reasonsAndFallbacksByHand()
    {
        Project p = load(kSmall);
        p.sections.set(programme());
        setBudget(p, fixedBudget());
        const auto d = decideFormat(p);
        QVERIFY(d.hasBudget);
        const auto &on = d.formats[static_cast<int>(EventFormat::Onsite)];
        const auto &hy = d.formats[static_cast<int>(EventFormat::Hybrid)];
        // Costs: on-site 100,000, hybrid 100,000 + 50,000 = 150,000; no revenue, so the surplus is −cost, and with
        // fixed costs only every scenario gives the same: expected = Σpₛ·(−cost) + (1 − Σpₛ)·(−cost) = −cost.
        QVERIFY(on.cost == 100000);
        QVERIFY(hy.cost == 150000);
        QVERIFY(on.surplus == -100000);
        QVERIFY(near(*on.expectedSurplus, -100000));
        QVERIFY(near(*hy.expectedSurplus, -150000));
        QVERIFY(!on.breakEvenAttendees); // no revenue: price 0 ≤ variable cost, never breaks even
        // Attendance over the scenarios (typhoon p .1: on-site −50 %, half the lost on-site join a hybrid stream;
        // quake p .02: venue closed; outage p .05: online −100 %):
        //   on-site: 100 → typhoon 50, quake 0, outage 100; expected .1·50 + .02·0 + .05·100 + .83·100 = 93 → 7 % at risk
        //   hybrid: 80 + 40 → typhoon 40 + (40 + 40·.5) = 100, quake 0, outage 80;
        //           expected .1·100 + 0 + .05·80 + .83·120 = 113.6 → (120 − 113.6)/120 = 5.33 % at risk
        QVERIFY(near(on.expectedAttendance, 93.0));
        QVERIFY(near(hy.expectedAttendance, 113.6));
        QVERIFY(near(on.exposurePct, 7.0));
        QVERIFY(near(hy.exposurePct, 6.4 / 1.2));
        // The hotel factor is unknown, so CO2e is partial and compares nothing.
        QVERIFY(on.co2ePartial);

        // Reasons: the ranking, online excluded, the higher expected surplus; against: more attendance at risk.
        QCOMPARE(d.reasons.size(), std::size_t(4));
        const char *codes[] = {"rank", "excluded", "surplus", "exposure"};
        const bool favours[] = {true, true, true, false};
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(d.reasons[i].code, std::string(codes[i]));
            QCOMPARE(d.reasons[i].favours, favours[i]);
        }
        QCOMPARE(d.text(Lang::En),
                 std::string("Recommended format: on-site. In its favour: its best option Venue B (on-site) ranks first of the options that can "
                             "hold the fixed programme (WSM score 66.7); online is excluded: the mandatory gala dinner has no online plan; "
                             "expected surplus over the risk scenarios TWD -100,000 against TWD -150,000 for hybrid. Against it: 7.0 % of the "
                             "attendance at risk in the scenarios against 5.3 % for hybrid."));
        QVERIFY(d.text(Lang::ZhTW).starts_with("建議型式：實體。有利因素："));

        // Fallbacks, planned on-site. Typhoon → hybrid: stay 50, switch 100; switching costs 150,000 − 100,000 =
        // 50,000; surplus in the scenario −100,000 staying, −150,000 switching.
        QCOMPARE(d.fallbacks.size(), std::size_t(3));
        const auto &ty = d.fallbacks[0];
        QCOMPARE(ty.planned, EventFormat::Onsite);
        QVERIFY(ty.fallback == EventFormat::Hybrid);
        QCOMPARE(ty.decideBy, std::string("2028-10-10"));
        QCOMPARE(ty.daysBeforeStart, 7); // 2028-10-10 → 2028-10-17
        QVERIFY(near(ty.attendanceStay, 50));
        QVERIFY(near(ty.attendanceSwitch, 100));
        QVERIFY(ty.switchCost == 50000);
        QVERIFY(ty.surplusStay == -100000);
        QVERIFY(ty.surplusSwitch == -150000);
        QVERIFY(ty.notes.empty());
        // Quake → online: online cannot hold the gala; venue hire is paid in every format: switching costs 0.
        const auto &qu = d.fallbacks[1];
        QCOMPARE(qu.notes, std::vector<std::string>{"excluded"});
        QVERIFY(qu.switchCost == 0);
        QVERIFY(near(qu.attendanceStay, 0));
        QVERIFY(near(qu.attendanceSwitch, 150));
        QCOMPARE(fallbackNoteText(qu, "excluded", Lang::En), std::string("the fallback format cannot hold every mandatory element"));
        // Outage → on-site: the planned format itself.
        QCOMPARE(d.fallbacks[2].notes, std::vector<std::string>{"same"});
    }

    void fallbackThatLosesAttendees()
    {
        // Planned online (no programme): the outage's fallback on-site keeps 100 against online's 150·0 = 0, the
        // typhoon's fallback hybrid keeps 100 against online's 150 → "loses".
        Project p = load(kSmall);
        const auto d = decideFormat(p);
        QCOMPARE(d.fallbacks[0].planned, EventFormat::Online);
        QVERIFY(near(d.fallbacks[0].attendanceStay, 150));
        QVERIFY(near(d.fallbacks[0].attendanceSwitch, 100));
        QCOMPARE(d.fallbacks[0].notes, std::vector<std::string>{"loses"});
        QCOMPARE(fallbackNoteText(d.fallbacks[0], "loses", Lang::En), std::string("the fallback keeps fewer attendees than staying online"));
        QVERIFY(near(d.fallbacks[2].attendanceStay, 0));
        QVERIFY(d.fallbacks[2].notes.empty());
    }

    void everyFormatExcluded()
    {
        // A mandatory element with no online plan excludes online; with only online options left (no candidate
        // venue) nothing can hold it.
        Project p = load(kSmall);
        p.venues.clear();
        p.sections.set(programme());
        const auto d = decideFormat(p);
        QVERIFY(!d.recommended);
        QCOMPARE(d.text(Lang::En), std::string("No format can hold every mandatory element of the fixed programme."));
        QVERIFY(d.reasons.empty());
    }

    void sample()
    {
        // The sample: the gala dinner (mandatory, at a hotel) has no online plan, so online is excluded; every risk
        // scenario has a fallback with its trigger.
        const Project p = load(kSample);
        const auto d = decideFormat(p);
        QVERIFY(d.recommended);
        QVERIFY(d.formats[static_cast<int>(EventFormat::Online)].excluded());
        QVERIFY(d.forecast && d.forecast->proposed);
        for (const auto &fc : d.formats)
            QVERIFY(fc.forecastFit == "within" || fc.forecastFit == "above" || fc.forecastFit == "below");
        QVERIFY(d.hasBudget);
        QCOMPARE(d.fallbacks.size(), std::size_t(5));
        for (const auto &f : d.fallbacks) {
            QVERIFY(f.fallback);
            QVERIFY(f.trigger);
            QVERIFY(f.daysBeforeStart > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFormatDecision)
#include "tst_formatdecision.moc"
