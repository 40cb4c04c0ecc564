// SPDX-License-Identifier: GPL-3.0-or-later
// Expected surplus over the risk scenarios (P1.1.3), worked by hand on a two-line budget.
#include "budgetcalc.h"
#include "projectformat.h"
#include "scenariofinance.h"

#include <QTest>

#include <boost/json.hpp>

#include <fstream>
#include <iterator>

using namespace vb;

namespace {
std::string readText(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
} // namespace

class TestScenarioFinance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedSurplusByHand()
    {
        // tests/data/minimal.venuebid.json (1,000 attendees on site) + tests/data/scenario-finance.json:
        //   hall 100,000 fixed, meals 1,000 per on-site attendee, tax-exempt, no contingency; registration 3,000 each.
        //   No incident: cost 100,000 + 1,000 × 1,000 = 1,100,000; revenue 3,000,000; surplus 1,900,000.
        //   Typhoon (p = 0.2, on-site −50 %): 500 attendees → cost 600,000, revenue 1,500,000, surplus 900,000.
        //   Expected: 0.2 × 900,000 + 0.8 × 1,900,000 = 1,700,000.
        auto v = boost::json::parse(readText(TEST_DATA_DIR "/minimal.venuebid.json"));
        const auto sections = boost::json::parse(readText(TEST_DATA_DIR "/scenario-finance.json"));
        for (const auto &kv : sections.as_object())
            v.as_object()[kv.key()] = kv.value();
        const auto r = readProject(boost::json::serialize(v), "finance.venuebid.json");
        QVERIFY2(r.ok(), r.messages().empty() ? "" : r.messages().front().c_str());
        const auto &p = *r.project;
        const auto fin = expectedFinance(p, budgetOf(p), analysisOf(p));
        const auto &on = fin[static_cast<std::size_t>(EventFormat::Onsite)];
        QCOMPARE(on.baseline, Money(1900000));
        QCOMPARE(on.perScenario, (std::vector<Money>{900000}));
        QCOMPARE(on.expected, 1700000.0);
        QCOMPARE(on.worstScenario, 0);
        QCOMPARE(on.worst(), Money(900000));
    }
};

QTEST_APPLESS_MAIN(TestScenarioFinance)
#include "tst_scenariofinance.moc"
