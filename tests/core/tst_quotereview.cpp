// SPDX-License-Identifier: GPL-3.0-or-later
// Quote review by hand: three received quotes normalised to 含稅, service included, TWD, the same scope and
// per attendee, then scored with WSM (docs/bids.md §3). Every expected number is worked out in the comments.
#include "jsontext.h"
#include "messages.h"
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

    // ---- the quotes page's edits (addQuote, setQuote, removeQuote) ----

    void addsEditsAndDeletesQuotesOnOneBasis()
    {
        // tests/data/minimal.venuebid.json: 1,000 expected attendees, USD at 32, no budget (tax 5 %), no review yet.
        const auto lr = readProject(readText(TEST_DATA_DIR "/minimal.venuebid.json"), "minimal.venuebid.json");
        QVERIFY(lr.ok());
        Project p = *lr.project;
        QVERIFY(!hasReview(p));

        // A first quote makes the section: one criterion, price per attendee.
        // 1,050,000 TWD 含稅 → 1,050,000 × 100 / 105 = 1,000,000 未稅 + 50,000 tax; per attendee 1,050,000 / 1,000 = 1,050.
        std::string id;
        auto d = addQuote(p, {"Harbour Hall", "TWD", 1'050'000, TaxTreatment::Included, ServiceCharge::None, {}}, Lang::En, &id);
        QVERIFY2(d.empty(), d.empty() ? "" : d.front().message.c_str());
        QCOMPARE(id, std::string("harbour_hall"));
        QVERIFY(hasReview(p));
        auto rv = reviewOf(p);
        QCOMPARE(rv.criteria.size(), std::size_t(1));
        QCOMPARE(rv.criteria[0].measure, Measure::PricePerAttendee);
        auto r = review(p, rv);
        QCOMPARE(r.quotes[0].preTax, Money(1'000'000));
        QCOMPARE(r.quotes[0].tax, Money(50'000));
        QCOMPARE(r.quotes[0].total, Money(1'050'000));
        QCOMPARE(r.quotes[0].perAttendee, Money(1'050));

        // USD 30,000 未稅, service excluded: 30,000 × 32 = 960,000; service 10 % = 96,000; tax 5 % × 1,056,000 = 52,800;
        // total 960,000 + 96,000 + 52,800 = 1,108,800; per attendee 1,108.8 → 1,109. Harbour Hall stays the cheapest.
        d = addQuote(p, {"Bay Centre", "USD", 30'000, TaxTreatment::Excluded, ServiceCharge::Excluded, {}}, Lang::En, &id);
        QVERIFY(d.empty());
        QCOMPARE(id, std::string("bay_centre"));
        r = review(p, reviewOf(p));
        QCOMPARE(r.quotes[1].serviceCharge, Money(96'000));
        QCOMPARE(r.quotes[1].tax, Money(52'800));
        QCOMPARE(r.quotes[1].total, Money(1'108'800));
        QCOMPARE(r.quotes[1].perAttendee, Money(1'109));
        QCOMPARE(*r.cheapest, std::size_t(0));
        QCOMPARE(*r.best, std::size_t(0));

        // Harbour Hall's amount becomes 1,260,000 含稅 (1,200,000 + 60,000 tax): now Bay Centre's 1,108,800 is cheaper
        // and, price being the only criterion, best.
        d = setQuote(p, "harbour_hall", {"Harbour Hall", "TWD", 1'260'000, TaxTreatment::Included, ServiceCharge::None, {}}, Lang::En);
        QVERIFY(d.empty());
        r = review(p, reviewOf(p));
        QCOMPARE(r.quotes[0].preTax, Money(1'200'000));
        QCOMPARE(r.quotes[0].total, Money(1'260'000));
        QCOMPARE(*r.cheapest, std::size_t(1));
        QCOMPARE(*r.best, std::size_t(1));

        // The same supplier twice gets its own id.
        d = addQuote(p, {"Harbour Hall", "TWD", 1, TaxTreatment::Exempt, ServiceCharge::None, {}}, Lang::En, &id);
        QVERIFY(d.empty());
        QCOMPARE(id, std::string("harbour_hall_2"));
        // A supplier named in Chinese only: the id falls back to "quote".
        d = addQuote(p, {"  高雄展覽館 ", "TWD", 1, TaxTreatment::Exempt, ServiceCharge::None, {}}, Lang::En, &id);
        QVERIFY(d.empty());
        QCOMPARE(id, std::string("quote"));
        QCOMPARE(reviewOf(p).quotes.back().supplier, std::string("高雄展覽館")); // trimmed

        d = removeQuote(p, "harbour_hall_2", Lang::En);
        QVERIFY(d.empty());
        d = removeQuote(p, "quote", Lang::En);
        QVERIFY(d.empty());
        QCOMPARE(reviewOf(p).quotes.size(), std::size_t(2));
        d = removeQuote(p, "harbour_hall_2", Lang::En);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].message, std::string("There is no such quote: it may have been deleted."));

        // What the page wrote reads back from the file unchanged.
        const auto back = readProject(writeProject(p), "edited.venuebid.json");
        QVERIFY(back.ok());
        QVERIFY(reviewOf(*back.project) == reviewOf(p));
    }

    void refusesWhatTheFileRefuses()
    {
        const auto lr = readProject(readText(TEST_DATA_DIR "/minimal.venuebid.json"), "minimal.venuebid.json");
        QVERIFY(lr.ok());
        Project p = *lr.project;
        const auto first = addQuote(p, {"Harbour Hall", "TWD", 1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En);
        QVERIFY(first.empty());
        const Review before = reviewOf(p);
        const auto refused = [&](const QuoteEntry &e, Lang l, const std::string &path, const std::string &message) {
            const auto d = addQuote(p, e, l);
            QCOMPARE(d.size(), std::size_t(1));
            QCOMPARE(d[0].severity, Diagnostic::Severity::Error);
            QCOMPARE(d[0].path, path);
            QCOMPARE(d[0].message, message);
            QVERIFY(reviewOf(p) == before); // nothing changed
        };
        refused({"  ", "TWD", 1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En, "/received_quotes/quotes/1/supplier",
                "The supplier's name is needed.");
        refused({"", "TWD", 1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::ZhTW, "/received_quotes/quotes/1/supplier", "請填寫供應商名稱。");
        refused({"A", "usd", 1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En, "/received_quotes/quotes/1/currency",
                "The currency is a three-letter ISO 4217 code such as TWD or USD; \"usd\" is not one.");
        // The minimal project has a rate for USD only (meta.fx_rates): a JPY quote could not be compared.
        refused({"A", "JPY", 1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En, "/received_quotes/quotes/1/currency",
                "The project has no exchange rate for JPY: add it to the project's exchange rates, or enter the quote in a currency that has one.");
        refused({"A", "TWD", -1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En, "/received_quotes/quotes/1/amount",
                "The amount is a number from 0 to 10,000,000,000,000 with at most two decimals; -1 is not.");
        refused({"A", "TWD", 1.005, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En, "/received_quotes/quotes/1/amount",
                "The amount is a number from 0 to 10,000,000,000,000 with at most two decimals; 1.005 is not.");
        refused({"A", "TWD", 1, TaxTreatment::Excluded, ServiceCharge::None, {"av"}}, Lang::En, "/received_quotes/quotes/1/includes/0",
                "\"av\" is not one of the items every quote must cover.");
        // An edit is checked the same way; a 含稅 amount with the service charge excluded is allowed, with a warning.
        auto d = setQuote(p, "harbour_hall", {"Harbour Hall", "EUR", 1, TaxTreatment::Excluded, ServiceCharge::None, {}}, Lang::En);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].path, std::string("/received_quotes/quotes/0/currency"));
        QVERIFY(reviewOf(p) == before);
        d = setQuote(p, "harbour_hall", {"Harbour Hall", "TWD", 1, TaxTreatment::Included, ServiceCharge::Excluded, {}}, Lang::En);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(reviewOf(p).quotes[0].service, ServiceCharge::Excluded);
    }

    void missingInclusionsArePricedOnTheSample()
    {
        // The sample's review: 1,800 attendees; inclusions venue 5,407,500, exhibition 1,512,000, AV 2,940,000,
        // catering 9,563,400 (含稅 estimates).
        const auto lr = readProject(readText(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json"), "sample.venuebid.json");
        QVERIFY(lr.ok());
        Project p = *lr.project;
        const auto n = reviewOf(p).quotes.size();
        // 20,000,000 未稅 covering the venue and AV: tax 5 % = 1,000,000, total 21,000,000; exhibition and catering
        // are added at the estimates, 1,512,000 + 9,563,400 = 11,075,400; comparable 32,075,400; per attendee
        // 32,075,400 / 1,800 = 17,819.67 → 17,820.
        const auto d = addQuote(p, {"Test PCO", "TWD", 20'000'000, TaxTreatment::Excluded, ServiceCharge::None, {"venue", "av"}}, Lang::En);
        QVERIFY2(d.empty(), d.empty() ? "" : d.front().message.c_str());
        const auto rv = reviewOf(p);
        QCOMPARE(rv.quotes.size(), n + 1);
        const auto r = review(p, rv);
        const auto &q = r.quotes[n];
        QCOMPARE(q.total, Money(21'000'000));
        QCOMPARE(q.missingEstimate, Money(11'075'400));
        QCOMPARE(q.comparable, Money(32'075'400));
        QCOMPARE(q.perAttendee, Money(17'820));
        QCOMPARE(q.scope, 0.5);
    }
};

QTEST_APPLESS_MAIN(TestQuoteReview)
#include "tst_quotereview.moc"
