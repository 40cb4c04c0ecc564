// SPDX-License-Identifier: GPL-3.0-or-later
// Past editions imported from CSV (models/client/editioncsv.h): a valid file, errors per row and per file in both
// languages, nothing partial unless asked; the typed pace texts and the coming edition's registrations so far
// (models/client/clientedit.h); region names in both languages.
#include "clientedit.h"
#include "editioncsv.h"
#include "forecast.h"
#include "projectformat.h"

#include <QTest>

using namespace vb;

class TestEditionCsv : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void validFileImportsEveryRow();
    void rowErrorsKeepTheFileWhole();
    void fileErrorsBlockEverything();
    void yearsOnceAcrossFileAndProject();
    void addEditionsIsAllOrNothing();
    void paceTexts();
    void currentPaceRules();
    void regionsByName();

private:
    Project m_p;
    [[nodiscard]] const ClientHistory &client() const { return *clientOf(m_p); }
};

void TestEditionCsv::init()
{
    auto res = loadProjectFile(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json");
    QVERIFY(res.project);
    m_p = *res.project;
    QCOMPARE(client().editions.size(), std::size_t(10)); // 2008 … 2026, every second year
}

void TestEditionCsv::validFileImportsEveryRow()
{
    // Header in another case and order, a BOM, CRLF, a quoted city with a comma, grouped numbers.
    const std::string csv = "\xEF\xBB\xBF" "Year,city_en,city_zh,country,region,format,currency,total,member,fee_member_early,sponsorship,source,as_of,estimate,basis,pace\r\n"
                            "2004,Paris,巴黎,fr,Europe,onsite,usd,\"1,050\",600,450,\"120,000\",https://example.org/2004,2004,no,,\"365: 80; 30: 900\"\r\n"
                            "2006,\"Kyoto, Japan\",京都,JP,亞太,hybrid,,1120,,,,,2006,yes,board minutes,\r\n"
                            ",,,,,,,,,,,,,,,\r\n"; // Excel's blank line at the end
    const auto imp = readEditionCsv(csv, &client(), Lang::En);
    QVERIFY2(imp.fileErrors.empty(), imp.fileErrors.empty() ? "" : imp.fileErrors.front().c_str());
    QCOMPARE(imp.rows.size(), std::size_t(2));
    for (const auto &r : imp.rows)
        QVERIFY2(r.ok(), r.ok() ? "" : r.errors.front().c_str());
    QCOMPARE(imp.validCount(), std::size_t(2));
    QCOMPARE(imp.rows[0].row, std::size_t(2)); // the header is row 1
    const auto eds = imp.editions(false);
    QCOMPARE(eds.size(), std::size_t(2));
    const Edition &paris = eds[0];
    QCOMPARE(paris.year, 2004);
    QCOMPARE(paris.country, std::string("FR"));
    QCOMPARE(paris.region, std::string("europe"));
    QCOMPARE(paris.currency, std::string("USD"));
    QCOMPARE(*paris.total.value, 1050.0);
    QCOMPARE(*paris.attendanceOf("member")->value, 600.0);
    QCOMPARE(*editionFact(paris, "fee.member_early")->value, 450.0);
    QCOMPARE(*paris.sponsorship.value, 120000.0);
    QCOMPARE(paris.pace.size(), std::size_t(2));
    QCOMPARE(paris.pace[1].daysBefore, 30);
    QCOMPARE(paris.pace[1].registered, 900.0);
    const Edition &kyoto = eds[1];
    QCOMPARE(kyoto.city.en, std::string("Kyoto, Japan"));
    QCOMPARE(kyoto.region, std::string("asia_pacific")); // 亞太
    QCOMPARE(kyoto.format, EventFormat::Hybrid);
    QVERIFY(kyoto.estimate);
    QVERIFY(!kyoto.attendanceOf("member")); // an empty cell is unknown, not 0
    QVERIFY(!kyoto.sponsorship.value);
}

void TestEditionCsv::rowErrorsKeepTheFileWhole()
{
    const std::string csv = "year,city_en,total,region,source,as_of\n"
                            "2004,Paris,1050,europe,https://example.org/a,2004\n" // row 2: valid
                            "2005,Rome,12a,europe,https://example.org/b,2005\n"   // row 3: total is not a number
                            "2007,Oslo,900,Atlantis!,https://example.org/c,2007\n"; // row 4: no such region
    const auto en = readEditionCsv(csv, &client(), Lang::En);
    QVERIFY(en.fileErrors.empty());
    QCOMPARE(en.validCount(), std::size_t(1));
    QCOMPARE(en.errorCount(), std::size_t(2));
    QCOMPARE(QString::fromStdString(en.rows[1].errors.at(0)), QStringLiteral("Row 3, column total: \"12a\" is not a whole number of 0 or more."));
    QVERIFY(QString::fromStdString(en.rows[2].errors.at(0)).startsWith(QStringLiteral("Row 4, column region: \"Atlantis!\" is not a region")));
    // Nothing partial by accident: all rows only when all are valid; the valid ones when the user confirmed.
    QVERIFY(en.editions(false).empty());
    QCOMPARE(en.editions(true).size(), std::size_t(1));
    QCOMPARE(en.editions(true)[0].year, 2004);
    // The same file read for a zh-TW screen: the sentence is Chinese, no JSON path.
    const auto zh = readEditionCsv(csv, &client(), Lang::ZhTW);
    QCOMPARE(QString::fromStdString(zh.rows[1].errors.at(0)), QStringLiteral("第 3 列，total 欄：「12a」不是 0 以上的整數。"));
    QVERIFY(zh.rows[1].errors.at(0).find('/') == std::string::npos);
}

void TestEditionCsv::fileErrorsBlockEverything()
{
    const auto unknown = readEditionCsv("year,city_en,attendees\n2004,Paris,1000\n", &client(), Lang::En);
    QCOMPARE(unknown.fileErrors.size(), std::size_t(1));
    QVERIFY(unknown.fileErrors[0].starts_with("Row 1: attendees is not a column of past editions"));
    QCOMPARE(unknown.validCount(), std::size_t(0));
    QVERIFY(unknown.editions(true).empty());
    const auto noYear = readEditionCsv("city_en,total\nParis,1000\n", &client(), Lang::ZhTW);
    QCOMPARE(QString::fromStdString(noYear.fileErrors.at(0)), QStringLiteral("第 1 列：需要 year 欄，以及 city_en 或 city_zh 欄。"));
    const auto latin1 = readEditionCsv("year,city_en\n2004,Z\xFCrich\n", &client(), Lang::En); // ü in Latin-1
    QVERIFY(latin1.fileErrors.at(0).starts_with("Row 1: the file is not UTF-8 text"));
    const auto quote = readEditionCsv("year,city_en\n2004,\"Paris\n", &client(), Lang::En);
    QVERIFY(quote.fileErrors.at(0).starts_with("Row 2: a quoted cell is not closed"));
    QVERIFY(!readEditionCsv("", &client(), Lang::En).fileErrors.empty());
    QVERIFY(!readEditionCsv("year,city_en\n", &client(), Lang::En).fileErrors.empty()); // no rows
    const auto twice = readEditionCsv("year,city_en,year\n2004,Paris,2004\n", &client(), Lang::En);
    QCOMPARE(QString::fromStdString(twice.fileErrors.at(0)), QStringLiteral("Row 1: the column year appears twice."));
}

void TestEditionCsv::yearsOnceAcrossFileAndProject()
{
    const std::string csv = "year,city_en,total,estimate,basis,as_of\n"
                            "2014,Barcelona,1290,yes,copy,2014\n" // row 2: the sample has 2014
                            "2002,Berlin,900,yes,guess,2002\n"    // row 3: valid
                            "2002,Bonn,800,yes,guess,2002\n";     // row 4: 2002 is on row 3
    const auto imp = readEditionCsv(csv, &client(), Lang::En);
    QCOMPARE(imp.validCount(), std::size_t(1));
    QCOMPARE(QString::fromStdString(imp.rows[0].errors.at(0)), QStringLiteral("Row 2: There is already an edition in 2014: one entry per edition."));
    QVERIFY(imp.rows[1].ok());
    QCOMPARE(QString::fromStdString(imp.rows[2].errors.at(0)), QStringLiteral("Row 4: There is already an edition in 2002: one entry per edition."));
    // A project without a client section: the rows are checked among themselves only.
    QCOMPARE(readEditionCsv(csv, nullptr, Lang::En).validCount(), std::size_t(2));
}

void TestEditionCsv::addEditionsIsAllOrNothing()
{
    ClientHistory c = client();
    Edition a;
    a.year = 2002;
    a.city = {"", "Berlin"};
    Edition dup = a; // the same year again: refused, and nothing of the batch is added
    QVERIFY(!addEditions(c, {a, dup}, Lang::En).empty());
    QCOMPARE(c.editions.size(), std::size_t(10));
    QVERIFY(addEditions(c, {a}, Lang::En).empty());
    QCOMPARE(c.editions.size(), std::size_t(11));
    QCOMPARE(c.editions.back().year, 2002);
}

void TestEditionCsv::paceTexts()
{
    std::vector<PacePoint> pace;
    QVERIFY(parsePaceText("365: 120; 180: 1,640", pace, Lang::En).empty());
    QCOMPARE(pace.size(), std::size_t(2));
    QCOMPARE(pace[1].registered, 1640.0);
    QCOMPARE(QString::fromStdString(paceText(pace)), QStringLiteral("365: 120; 180: 1,640"));
    QVERIFY(parsePaceText("", pace, Lang::En).empty());
    QVERIFY(pace.empty());
    QCOMPARE(QString::fromStdString(parsePaceText("365-120", pace, Lang::ZhTW)),
             QStringLiteral("報名進度請寫成「會前天數: 已報名人數」，以「;」分隔，例如 365: 120; 180: 640。"));
    QCOMPARE(QString::fromStdString(parsePaceText("365: 12.5", pace, Lang::En)), QStringLiteral("\"12.5\" is not a whole number of 0 or more."));
}

void TestEditionCsv::currentPaceRules()
{
    ClientHistory c = client();
    std::vector<std::pair<std::string, double>> pace;
    QVERIFY(parseCurrentPaceText("2028-06-01: 780; 2027-12-01: 420", pace, Lang::En).empty());
    // Kept in date order; the event opens 2028-10-17.
    QVERIFY(setCurrentPace(c, pace, "2028-10-17", Lang::En).empty());
    QCOMPARE(c.forecast.currentPace.front().first, std::string("2027-12-01"));
    QCOMPARE(QString::fromStdString(currentPaceText(c.forecast.currentPace)), QStringLiteral("2027-12-01: 420; 2028-06-01: 780"));
    const auto refused = [&](const std::string &text) {
        std::vector<std::pair<std::string, double>> p;
        if (auto why = parseCurrentPaceText(text, p, Lang::En); !why.empty())
            return why;
        return setCurrentPace(c, p, "2028-10-17", Lang::En);
    };
    QCOMPARE(QString::fromStdString(refused("2028-11-01: 900")),
             QStringLiteral("The date 2028-11-01 is after the event's first day 2028-10-17: registrations so far are counted before the event."));
    QCOMPARE(QString::fromStdString(refused("2027-12-01: 420; 2028-06-01: 400")),
             QStringLiteral("Registrations on the books cannot fall: 420 on 2027-12-01, then 400 on 2028-06-01."));
    QCOMPARE(QString::fromStdString(refused("2027-12-01: 420; 2027-12-01: 430")), QStringLiteral("The date 2027-12-01 appears twice: one figure per date."));
    QCOMPARE(QString::fromStdString(refused("1 Dec: 420")), QStringLiteral("\"1 Dec\" is not a date written YYYY-MM-DD."));
    QCOMPARE(c.forecast.currentPace.size(), std::size_t(2)); // every refusal left it as it was
    QVERIFY(!setCurrentPace(c, pace, "", Lang::En).empty()); // no start date: nothing to count against
    QVERIFY(setCurrentPace(c, {}, "", Lang::En).empty());     // clearing needs none
    QVERIFY(c.forecast.currentPace.empty());
}

void TestEditionCsv::regionsByName()
{
    QCOMPARE(regionFromText("Asia-Pacific").value_or("?"), std::string("asia_pacific"));
    QCOMPARE(regionFromText(" 亞太 ").value_or("?"), std::string("asia_pacific"));
    QCOMPARE(regionFromText("the Americas").value_or("?"), std::string("americas"));
    QCOMPARE(regionFromText("americas").value_or("?"), std::string("americas"));
    QCOMPARE(regionFromText("nordic").value_or("?"), std::string("nordic")); // the client's own region id
    QVERIFY(!regionFromText("Atlantis!"));
    QVERIFY(!regionFromText(""));
    QCOMPARE(regionName("asia_pacific", Lang::ZhTW), std::string("亞太"));
    QCOMPARE(regionName("nordic", Lang::En), std::string("nordic"));
}

QTEST_APPLESS_MAIN(TestEditionCsv)
#include "tst_editioncsv.moc"
