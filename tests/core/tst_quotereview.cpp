// SPDX-License-Identifier: GPL-3.0-or-later
// Quote review by hand: three received quotes normalised to 含稅, service included, TWD, the same scope and
// per attendee, then scored with WSM (docs/bids.md §3). Every expected number is worked out in the comments.
#include "jsontext.h"
#include "projectformat.h"
#include "quotereview.h"
#include "tolerance.h"

#include <QTest>

#include <boost/json.hpp>

#include <fstream>
#include <iterator>

using namespace vb;
using vb::test::halfUnit;
using vb::test::kTolerance;
using namespace vb::quotes;

namespace {

std::string readText(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// (moc cannot read raw string literals holding JSON, so the section lives in a data file.)
const std::string kSection = readText(TEST_DATA_DIR "/received_quotes.json");

/** tests/data/minimal.venuebid.json (1,000 expected attendees, USD at 32) with tests/data/received_quotes.json. */
LoadResult load(const std::string &section)
{
    const std::string text = readText(TEST_DATA_DIR "/minimal.venuebid.json");
    auto v = boost::json::parse(text);
    v.as_object()["received_quotes"] = boost::json::parse(section);
    return readProject(boost::json::serialize(v), "quotes.venuebid.json");
}

} // namespace

class TestQuoteReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesEachQuote()
    {
        const auto lr = load(kSection);
        QVERIFY2(lr.ok(), lr.messages().empty() ? "" : lr.messages().front().c_str());
        const auto &p = *lr.project;
        QVERIFY(hasReview(p));
        const auto rv = reviewOf(p);
        QCOMPARE(rv.taxBp, 500); // the project has no budget: the 5 % business tax (docs/sources.md#tax)
        const auto r = review(p, rv);
        QCOMPARE(r.attendees, std::int64_t(1000)); // the project's expected attendance

        // A: 1,000,000 未稅 + 10 % service 100,000 = 1,100,000; tax 5 % of that = 55,000; 含稅 1,155,000; full scope.
        const auto &a = r.quotes[0];
        QCOMPARE(a.preTax, Money(1000000));
        QCOMPARE(a.serviceCharge, Money(100000));
        QCOMPARE(a.tax, Money(55000));
        QCOMPARE(a.total, Money(1155000));
        QCOMPARE(a.comparable, Money(1155000));
        QCOMPARE(a.perAttendee, Money(1155));
        QVERIFY(a.missing.empty());
        QCOMPARE(a.scope, 1.0);

        // B: USD 30,000.50 × 32 = 960,016 含稅 with service: pre-tax 960,016 / 1.05 = 914,300.95 → 914,301, tax 45,715.
        // AV is missing: + the 210,000 estimate → comparable 1,170,016; per attendee 1,170.016 → 1,170; scope 1/2.
        const auto &b = r.quotes[1];
        QCOMPARE(b.fxRate.value_or(0), 32.0);
        QCOMPARE(b.quoted, Money(960016));
        QCOMPARE(b.preTax, Money(914301));
        QCOMPARE(b.serviceCharge, Money(0));
        QCOMPARE(b.tax, Money(45715));
        QCOMPARE(b.total, Money(960016));
        QCOMPARE(b.missing, (std::vector<std::size_t>{1}));
        QCOMPARE(b.missingEstimate, Money(210000));
        QCOMPARE(b.comparable, Money(1170016));
        QCOMPARE(b.perAttendee, Money(1170));
        QCOMPARE(b.scope, 0.5);

        // C: tax-exempt, no service charge: 1,100,000 as quoted.
        const auto &c = r.quotes[2];
        QCOMPARE(c.tax, Money(0));
        QCOMPARE(c.total, Money(1100000));
        QCOMPARE(c.perAttendee, Money(1100));
        QCOMPARE(r.cheapest.value_or(99), std::size_t(2));
    }

    void scoresLikeAlternatives()
    {
        const auto lr = load(kSection);
        QVERIFY(lr.ok());
        const auto r = review(*lr.project, reviewOf(*lr.project));
        // C's experience is unknown: the worst known score (4) is used, and flagged.
        QCOMPARE(r.quotes[2].imputed, (std::vector<std::size_t>{1}));
        // WSM, max_linear: price is a cost (min/x, min = 1,100), experience a benefit (x/5).
        //   A 0.6 × 1100/1155     + 0.4 × 4/5 = 0.571429 + 0.32 = 0.891429
        //   B 0.6 × 1100/1170.016 + 0.4 × 5/5 = 0.564095 + 0.40 = 0.964095   → first
        //   C 0.6 × 1                + 0.4 × 4/5 = 0.60     + 0.32 = 0.92
        QCOMPARE(r.score.scores.size(), Eigen::Index(3));
        QVERIFY(std::abs(r.score.scores(0) - (0.6 * 1100.0 / 1155.0 + 0.32)) < kTolerance);
        QVERIFY(std::abs(r.score.scores(1) - (0.6 * 1100.0 / 1170.016 + 0.4)) < kTolerance);
        QVERIFY(std::abs(r.score.scores(2) - 0.92) < kTolerance);
        // The worked sums above are written with 6 decimals: they must round to the computed scores.
        QVERIFY(std::abs(r.score.scores(0) - 0.891429) < halfUnit(6));
        QVERIFY(std::abs(r.score.scores(1) - 0.964095) < halfUnit(6));
        QCOMPARE(r.score.ranks, (std::vector<int>{3, 1, 2}));
        QCOMPARE(r.best.value_or(99), std::size_t(1));
    }

    void serviceChargeOnTaxIncludedAmount()
    {
        // 含稅 1,050,000 with a 10 % service charge still to add: pre-tax 1,000,000, service 100,000 + its 5 % tax 5,000.
        Project p;
        Review rv;
        ReceivedQuote q;
        q.amountCents = 105000000;
        q.tax = TaxTreatment::Included;
        q.service = ServiceCharge::Excluded;
        const auto n = normalize(p, rv, q, 100);
        QCOMPARE(n.preTax, Money(1000000));
        QCOMPARE(n.serviceCharge, Money(100000));
        QCOMPARE(n.tax, Money(55000));
        QCOMPARE(n.total, Money(1155000));
        QCOMPARE(n.perAttendee, Money(11550));
    }

    void unknownCurrencyIsNotScored()
    {
        std::string s = kSection;
        s.replace(s.find("\"fx_rate\": 32, "), std::string("\"fx_rate\": 32, ").size(), "");
        s.replace(s.find("\"USD\""), 5, "\"JPY\"");
        const auto lr = load(s);
        QVERIFY(!lr.ok());
        bool named = false;
        for (const auto &m : lr.messages())
            named = named || m.find("/received_quotes/quotes/1/currency: no exchange rate for JPY") != std::string::npos;
        QVERIFY2(named, "the error names the quote's currency field");
    }

    void badInputNamesTheField()
    {
        std::string s = kSection;
        s.replace(s.find("\"includes\": [\"venue\"]"), std::string("\"includes\": [\"venue\"]").size(), "\"includes\": [\"venue\", \"catering\"]");
        s.replace(s.find("\"tax\": \"exempt\""), std::string("\"tax\": \"exempt\"").size(), "\"tax\": \"net\"");
        const auto lr = load(s);
        QVERIFY(!lr.ok());
        std::string all;
        for (const auto &m : lr.messages())
            all += m + "\n";
        QVERIFY2(all.find("/received_quotes/quotes/1/includes/1: unknown inclusion \"catering\"") != std::string::npos, all.c_str());
        QVERIFY2(all.find("/received_quotes/quotes/2/tax: expected excluded (未稅), included (含稅) or exempt, found \"net\"") != std::string::npos,
                 all.c_str());
    }

    void roundTripsVerbatim()
    {
        const auto lr = load(kSection);
        QVERIFY(lr.ok());
        const auto again = readProject(writeProject(*lr.project));
        QVERIFY(again.ok());
        QCOMPARE(*again.project, *lr.project);
    }

    void sampleProjectCarriesQuotes()
    {
        const auto lr = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QVERIFY(lr.ok());
        const auto rv = reviewOf(*lr.project);
        QVERIFY(rv.quotes.size() >= 3);
        const auto r = review(*lr.project, rv);
        QCOMPARE(r.scored.size(), rv.quotes.size()); // every currency has a rate
        QVERIFY(r.best.has_value());
    }
};

QTEST_APPLESS_MAIN(TestQuoteReview)
#include "tst_quotereview.moc"
