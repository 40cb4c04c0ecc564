// SPDX-License-Identifier: GPL-3.0-or-later
// Unsourced facts: a known value without its source or as-of date is read, written back unchanged and listed
// (Fact::missing, unsourcedFacts); a source that is not a URL or a date that is not a date is still an error.
#include "analysis.h"
#include "destinations.h"
#include "destinationsedit.h"
#include "jsontext.h"
#include "projectformat.h"
#include "suitabilityreport.h"
#include "venuecsv.h"

#include <QTest>

#include <algorithm>

#include <boost/json.hpp>

using namespace vb;

Q_DECLARE_METATYPE(vb::Fact)

namespace {
const std::string kFixture = std::string(TEST_DATA_DIR) + "/unsourced/unsourced.venuebid.json";

Project loadFixture()
{
    auto r = loadProjectFile(kFixture);
    if (!r.project) {
        std::string all;
        for (const auto &m : r.messages())
            all += m + "\n";
        qFatal("%s", all.c_str());
    }
    return *r.project;
}

Fact fact(std::optional<double> value, const char *source, const char *asOf, bool estimate = false, const char *basis = nullptr)
{
    Fact f;
    f.value = value;
    if (source)
        f.source = source;
    if (asOf)
        f.asOf = asOf;
    f.estimate = estimate;
    if (basis)
        f.basis = basis;
    return f;
}

bool hasError(const LoadResult &r, const std::string &path, const std::string &message)
{
    for (const auto &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error && d.path == path && d.message == message)
            return true;
    return false;
}
} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

private slots:
    void missing_data()
    {
        QTest::addColumn<Fact>("f");
        QTest::addColumn<int>("missing");
        // Unknown: nothing to source, whatever else is missing.
        QTest::newRow("unknown") << fact(std::nullopt, nullptr, nullptr) << int(MissingProvenance::None);
        QTest::newRow("sourced") << fact(3100, "https://example.org", "2025") << int(MissingProvenance::None);
        QTest::newRow("no source") << fact(3100, nullptr, "2025") << int(MissingProvenance::Source);
        QTest::newRow("no date") << fact(3100, "https://example.org", nullptr) << int(MissingProvenance::AsOf);
        QTest::newRow("neither") << fact(3100, nullptr, nullptr) << int(MissingProvenance::SourceAndAsOf);
        // Zero is a known value like any other.
        QTest::newRow("zero") << fact(0, nullptr, "2025") << int(MissingProvenance::Source);
        // An estimate's basis stands for its source; it still needs a date.
        QTest::newRow("estimate") << fact(4e6, nullptr, "2026-11", true, "planning estimate") << int(MissingProvenance::None);
        QTest::newRow("estimate no date") << fact(4e6, nullptr, nullptr, true, "planning estimate") << int(MissingProvenance::AsOf);
        QTest::newRow("estimate empty basis") << fact(4e6, nullptr, "2026-11", true, "") << int(MissingProvenance::Source);
    }
    void missing()
    {
        QFETCH(Fact, f);
        QFETCH(int, missing);
        QCOMPARE(int(f.missing()), missing);
        QCOMPARE(f.unsourced(), missing != int(MissingProvenance::None));
    }

    void fixtureListsExactlyItsThreeInFileOrder()
    {
        const auto r = loadProjectFile(kFixture);
        QVERIFY(r.project);
        QCOMPARE(r.errorCount(), std::size_t(0));
        const auto u = unsourcedFacts(*r.project);
        // The file has three: a venue attribute with a date but no source, a CO2e factor with a source but no date,
        // a destination value with neither; its other known values have both or are estimates with a basis and a
        // date, and its unknown values (distance uplift) need nothing.
        QCOMPARE(u.size(), std::size_t(3));
        QCOMPARE(u[0].section, std::string("venues"));
        QCOMPARE(u[0].path, std::string("/venues/0/attributes/plenary_seats"));
        QCOMPARE(u[0].owner, std::string("alpha"));
        QCOMPARE(u[0].ownerName.get(Lang::En), std::string("Alpha Centre"));
        QCOMPARE(u[0].ownerName.get(Lang::ZhTW), std::string("甲會議中心"));
        QCOMPARE(u[0].label.get(Lang::En), std::string("Plenary seats")); // the criterion's name (factLabel)
        QCOMPARE(u[0].label.get(Lang::ZhTW), std::string("主會場座位數"));
        QCOMPARE(u[0].missing, MissingProvenance::Source);

        QCOMPARE(u[1].section, std::string("sustainability"));
        QCOMPARE(u[1].path, std::string("/sustainability/virtual_factor"));
        QCOMPARE(u[1].fact, std::string("virtual_factor"));
        QCOMPARE(u[1].label.get(Lang::En), std::string("Online participation factor"));
        QCOMPARE(u[1].label.get(Lang::ZhTW), std::string("線上參與係數"));
        QCOMPARE(u[1].missing, MissingProvenance::AsOf);

        QCOMPARE(u[2].section, std::string("destinations"));
        QCOMPARE(u[2].path, std::string("/destinations/destinations/1/values/hotel_rate"));
        QCOMPARE(u[2].owner, std::string("seoul"));
        QCOMPARE(u[2].ownerName.get(Lang::ZhTW), std::string("首爾"));
        QCOMPARE(u[2].label.get(Lang::En), std::string("Congress hotel rate"));
        QCOMPARE(u[2].missing, MissingProvenance::SourceAndAsOf);

        QCOMPARE(missingText(u[2].missing, Lang::En), std::string("no source, no as-of date"));
        QCOMPARE(missingText(u[2].missing, Lang::ZhTW), std::string("未註明來源與資料日期"));
        QCOMPARE(unsourcedSectionName(u[1].section, Lang::ZhTW), std::string("碳排放係數"));
    }

    void writerRoundTripsThemUnchanged()
    {
        const Project p = loadFixture();
        const std::string text = writeProject(p);
        const auto back = readProject(text);
        QVERIFY(back.project);
        QVERIFY(*back.project == p);
        QVERIFY(unsourcedFacts(*back.project) == unsourcedFacts(p));
        // Nothing is added to the fact: no empty source, no made-up date.
        const auto doc = boost::json::parse(text);
        const auto &seats = doc.at("venues").at(0).at("attributes").at("plenary_seats").as_object();
        QVERIFY(!seats.contains("source"));
        QCOMPARE(std::string(seats.at("as_of").as_string()), std::string("2025"));
        const auto &rate = doc.at("destinations").at("destinations").at(1).at("values").at("hotel_rate").as_object();
        QVERIFY(!rate.contains("source"));
        QVERIFY(!rate.contains("as_of"));
        QCOMPARE(rate.at("value").to_number<double>(), 170.0);
    }

    void badSourceOrDateIsStillAnError()
    {
        const std::string text = writeProject(loadFixture());
        auto at = text.find("\"source\": \"https://doi.org/10.1177/11786221221093298\"");
        QVERIFY(at != std::string::npos);
        std::string bad = text;
        bad.replace(at, std::string("\"source\": \"https://doi.org/10.1177/11786221221093298\"").size(), "\"source\": \"doi.org/10.1177\"");
        auto r = readProject(bad, {}, Lang::En);
        QVERIFY(!r.project);
        QVERIFY(hasError(r, "/sustainability/virtual_factor/source", "expected an http:// or https:// URL, found \"doi.org/10.1177\""));
        r = readProject(bad, {}, Lang::ZhTW);
        QVERIFY(hasError(r, "/sustainability/virtual_factor/source", "應為以 http:// 或 https:// 開頭的網址，卻是「doi.org/10.1177」"));
        bad = text;
        at = bad.find("\"as_of\": \"2025\"");
        QVERIFY(at != std::string::npos);
        bad.replace(at, std::string("\"as_of\": \"2025\"").size(), "\"as_of\": \"last year\"");
        r = readProject(bad, {}, Lang::ZhTW);
        QVERIFY(hasError(r, "/venues/0/attributes/plenary_seats/as_of", "應為日期 YYYY、YYYY-MM 或 YYYY-MM-DD，卻是「last year」"));
    }

    void suitabilityAppendixMarksThem()
    {
        Project p = loadFixture();
        // Alpha: plenary seats 1,000 without a source (as of 2025) on a line of its own, marked; its meeting rooms keep
        // their source's line. Beta's unknown meeting rooms (no source, no date) are not marked: nothing to source.
        std::string en = suitabilityReportHtml(p, Lang::En);
        QVERIFY2(en.find("<p class=\"src\">Plenary seats: 1,000 — unsourced; as of 2025</p>") != std::string::npos, en.c_str());
        QVERIFY(en.find("Meeting rooms: unknown — unsourced") == std::string::npos);
        std::string zh = suitabilityReportHtml(p, Lang::ZhTW);
        QVERIFY2(zh.find("<p class=\"src\">主會場座位數：1,000 — 未註明來源；資料日期 2025</p>") != std::string::npos, zh.c_str());
        // Without its date too: both said.
        p.venues[0].attributes[0].second.asOf.reset();
        zh = suitabilityReportHtml(p, Lang::ZhTW);
        QVERIFY(zh.find("主會場座位數：1,000 — 未註明來源；未註明資料日期</p>") != std::string::npos);
        // A source without a date: the host, then the missing date.
        p.venues[0].attributes[0].second.source = "https://example.org/alpha-plenary";
        en = suitabilityReportHtml(p, Lang::En);
        QVERIFY(en.find(">example.org</a>; no as-of date</p>") != std::string::npos);
    }

    void clientFiguresByEditionInFileOrder()
    {
        // An edition with its date but no source: its plain figures are unsourced (missing: source); one figure with
        // its own source is not; a fee in the edition's currency is named by its key's label.
        std::string text = writeProject(loadFixture());
        const std::string client =
            ",\n  \"client\": {\"association\": {\"name\": {\"zh-TW\": \"測試學會\", \"en\": \"Test Society\"}},"
            " \"editions\": [{\"year\": 2024, \"city\": {\"zh-TW\": \"京都\", \"en\": \"Kyoto\"}, \"format\": \"onsite\","
            " \"currency\": \"USD\", \"as_of\": \"2024\", \"attendance\": {\"total\": 1200,"
            " \"member\": {\"value\": 800, \"source\": \"https://example.org/2024\"}, \"student\": 150},"
            " \"fees\": {\"member_early\": 600}}]}\n";
        text.insert(text.rfind('}'), client);

        const auto r = readProject(text, "mem", Lang::En);
        QVERIFY(r.project);
        const auto u = unsourcedFacts(*r.project);
        // The fixture's three, then the client's: total, student, the member early-bird fee (the member count has a
        // source of its own and the edition's date).
        QCOMPARE(u.size(), std::size_t(6));
        QCOMPARE(u[3].path, std::string("/client/editions/0/attendance/total"));
        QCOMPARE(u[3].ownerName.get(Lang::En), std::string("2024 edition"));
        QCOMPARE(u[3].ownerName.get(Lang::ZhTW), std::string("2024 年大會"));
        QCOMPARE(u[3].label.get(Lang::ZhTW), std::string("出席人數"));
        QCOMPARE(u[3].missing, MissingProvenance::Source);
        QCOMPARE(u[4].path, std::string("/client/editions/0/attendance/student"));
        QCOMPARE(u[4].label.get(Lang::En), std::string("Students"));
        QCOMPARE(u[5].path, std::string("/client/editions/0/fees/member_early"));
        QCOMPARE(u[5].label.get(Lang::ZhTW), std::string("報名費（會員早鳥）"));
    }

    void exchangeRateWithoutSourceOrDate()
    {
        Project p = loadFixture();
        p.meta.fxRates[0].source.reset();
        p.meta.fxRates[0].asOf.reset();
        const auto back = readProject(writeProject(p));
        QVERIFY(back.project);
        const auto u = unsourcedFacts(*back.project);
        // The rate comes first: meta is written before the venues.
        QCOMPARE(u.size(), std::size_t(4));
        QCOMPARE(u[0].section, std::string("meta"));
        QCOMPARE(u[0].path, std::string("/meta/fx_rates/0"));
        QCOMPARE(u[0].label.get(Lang::En), std::string("USD exchange rate"));
        QCOMPARE(u[0].label.get(Lang::ZhTW), std::string("USD 匯率"));
        QCOMPARE(u[0].missing, MissingProvenance::SourceAndAsOf);
    }

    void editorsStoreUnsourcedButRefuseBadText()
    {
        // checkProvenance: nothing is required, what is given must be right.
        QVERIFY(checkProvenance({"", "", ""}, Lang::En).ok());
        auto e = checkProvenance({"www.example.org", "", ""}, Lang::ZhTW);
        QCOMPARE(e.field, std::string("source"));
        QCOMPARE(e.message, std::string("來源：以 http:// 或 https:// 開頭的網址；「www.example.org」不符。"));
        e = checkProvenance({"", "", "soon"}, Lang::En);
        QCOMPARE(e.field, std::string("as_of"));
        QCOMPARE(e.message, std::string("As of: a date YYYY, YYYY-MM or YYYY-MM-DD; \"soon\" is not."));

        // The CO2e factor editor: a value without source or date is stored unsourced, and listed.
        Project p = loadFixture();
        QVERIFY(editCo2eFactor(p, "hotel_factor", 9.3, "", "", Lang::En).ok());
        const Fact hotel = co2eFactor(*p.sections.get<Sustainability>(), "hotel_factor");
        QCOMPARE(*hotel.value, 9.3);
        QVERIFY(!hotel.source && !hotel.asOf);
        auto u = unsourcedFacts(p);
        QCOMPARE(u.size(), std::size_t(4));
        // In file order: the hotel factor is written before the virtual factor.
        QCOMPARE(u[1].path, std::string("/sustainability/hotel_factor"));
        QCOMPARE(u[1].missing, MissingProvenance::SourceAndAsOf);
        QCOMPARE(u[2].path, std::string("/sustainability/virtual_factor"));
        e = editCo2eFactor(p, "hotel_factor", 9.3, "travelandclimate.org", "", Lang::ZhTW);
        QCOMPARE(e.field, std::string("source"));
        // Giving the source and date of the virtual factor takes it off the list.
        QVERIFY(editCo2eFactor(p, "virtual_factor", 4.37, "https://doi.org/10.1177/11786221221093298", "2022", Lang::En).ok());
        u = unsourcedFacts(p);
        QCOMPARE(u.size(), std::size_t(3));
        QVERIFY(std::none_of(u.begin(), u.end(), [](const UnsourcedFact &x) { return x.fact == "virtual_factor"; }));

        // The destination editor: an unchanged unsourced value takes the source and date typed in for it.
        p = loadFixture();
        auto f = destinations::destinationFields(p, 1);
        QCOMPARE(f.values[1], 170.0);
        f.source = "https://example.org/seoul-hotels";
        f.asOf = "2026-10";
        f.basis.clear();
        QVERIFY(destinations::setDestination(p, 1, f, Lang::En).ok());
        const auto c = destinations::destinationsOf(p);
        QCOMPARE(*c.destinations[1].values[1].value, 170.0);
        QCOMPARE(*c.destinations[1].values[1].source, std::string("https://example.org/seoul-hotels"));
        QCOMPARE(*c.destinations[1].values[1].asOf, std::string("2026-10"));
        // Its other value kept its own source and date.
        QCOMPARE(*c.destinations[1].values[0].source, std::string("https://example.org/seoul-air"));
        QCOMPARE(*c.destinations[1].values[0].asOf, std::string("2026-09"));
        QCOMPARE(unsourcedFacts(p).size(), std::size_t(2));
        // A new value without any provenance is stored unsourced.
        f = destinations::destinationFields(p, 1);
        f.values[1] = 175;
        f.source.clear();
        f.asOf.clear();
        QVERIFY(destinations::setDestination(p, 1, f, Lang::En).ok());
        QCOMPARE(destinations::destinationsOf(p).destinations[1].values[1].missing(), MissingProvenance::SourceAndAsOf);
        f.values[1] = 180;
        f.source = "seoul hotels";
        e = destinations::setDestination(p, 1, f, Lang::ZhTW);
        QCOMPARE(e.field, std::string("source"));
        QCOMPARE(e.message, std::string("來源：以 http:// 或 https:// 開頭的網址；「seoul hotels」不符。"));

        // The venue editor's check (the file's rules): no source is fine, a bad one is refused in the page's language.
        p = loadFixture();
        Venue v = p.venues[1];
        v.attributes[0].second.source.reset(); // beta's plenary seats, 800, as of 2024-05
        QVERIFY(validateVenue(p, v, 1, Lang::ZhTW).empty());
        v.attributes[0].second.source = "example.org/beta";
        const auto errors = validateVenue(p, v, 1, Lang::ZhTW);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].field, std::string("plenary_seats_source"));
        QCOMPARE(errors[0].message, std::string("應為以 http:// 或 https:// 開頭的網址，卻是「example.org/beta」"));
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
