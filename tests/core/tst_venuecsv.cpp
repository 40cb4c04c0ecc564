// SPDX-License-Identifier: GPL-3.0-or-later
// Venue CSV import (docs/venue-csv.md): RFC 4180 parsing with Excel's habits, the column mapping, and row errors
// that name the spreadsheet row, the column and what was expected; nothing is imported partially by accident.
#include "factbasis.h"
#include "projectformat.h"
#include "venuecsv.h"
#include "venueedit.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace vb;

namespace {
const char *kHeader = "id,name_zh,name_en,city_zh,city_en,country,role,plenary_seats,plenary_seats_source,plenary_seats_as_of,"
                      "cost_venue_rental,cost_venue_rental_currency,cost_venue_rental_estimate,cost_venue_rental_basis,"
                      "cost_venue_rental_as_of\n";

bool anyContains(const std::vector<std::string> &v, std::string_view s)
{
    for (const auto &x : v)
        if (x.find(s) != std::string::npos)
            return true;
    return false;
}
} // namespace

class TestVenueCsv : public QObject
{
    Q_OBJECT

    Project m_p;

private Q_SLOTS:
    void init()
    {
        m_p = *loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json").project;
    }

    void parsesQuotedCommasQuotesAndNewlines()
    {
        const auto t = parseCsv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n1,,3\r\n");
        QCOMPARE(t.error, std::string());
        QCOMPARE(t.rows.size(), std::size_t(3));
        QCOMPARE(t.rows[1][0], std::string("x, y"));
        QCOMPARE(t.rows[1][1], std::string("say \"hi\""));
        QCOMPARE(t.rows[1][2], std::string("two\nlines"));
        QCOMPARE(t.rows[2][1], std::string());
        QCOMPARE(t.rows[2][2], std::string("3"));
    }

    void bomAndLineEndings()
    {
        const auto withBom = parseCsv("\xEF\xBB\xBFid,name\nx,y");
        const auto without = parseCsv("id,name\r\nx,y\r\n");
        QCOMPARE(withBom.rows, without.rows);
        QCOMPARE(withBom.rows[0][0], std::string("id")); // the BOM is not part of the first column name
    }

    void syntaxErrorsNameTheRow()
    {
        auto t = parseCsv("a,b\n1,\"open\n2,3\n");
        QCOMPARE(t.errorRow, std::size_t(2));
        QVERIFY(t.error.find("not closed") != std::string::npos);
        t = parseCsv("a,b\n1,2\n3,x\"y\n");
        QCOMPARE(t.errorRow, std::size_t(3));
        t = parseCsv("a,b\n\"1\"x,2\n");
        QCOMPARE(t.errorRow, std::size_t(2));
        t = parseCsv("a\n\xFF\xFE\n");
        QVERIFY(t.error.find("UTF-8") != std::string::npos);
    }

    void importsValidRowsWithEmptyAsUnknown()
    {
        const std::string csv = std::string("\xEF\xBB\xBF") + kHeader +
                                "ticc,臺北國際會議中心,\"Taipei International Convention Center (TICC)\",臺北市,Taipei,TW,,3100,"
                                "http://meetingsnet.com/news/tech-friendly-taipei,1998,,,,,\n"
                                "kh,高雄展覽館,\"Kaohsiung Exhibition Center, \"\"KEC\"\"\",高雄市,Kaohsiung,TW,candidate,,,,"
                                "\"3,000,000\",TWD,true,\"planning estimate,\nno rate card\",2026-11-24\n";
        const auto imp = readVenueCsv(csv, m_p);
        QVERIFY2(imp.fileErrors.empty(), imp.fileErrors.empty() ? "" : imp.fileErrors[0].c_str());
        QCOMPARE(imp.rows.size(), std::size_t(2));
        QVERIFY2(imp.rows[0].ok(), imp.rows[0].ok() ? "" : imp.rows[0].errors[0].c_str());
        QVERIFY2(imp.rows[1].ok(), imp.rows[1].ok() ? "" : imp.rows[1].errors[0].c_str());
        QCOMPARE(imp.rows[1].row, std::size_t(3));
        const auto venues = imp.venues(false);
        QCOMPARE(venues.size(), std::size_t(2));
        QCOMPARE(venues[0].attribute("plenary_seats")->value, std::optional<double>(3100));
        QCOMPARE(venues[0].cost("venue_rental")->value, std::optional<double>()); // empty = unknown, never 0
        QCOMPARE(venues[1].name.en, std::string("Kaohsiung Exhibition Center, \"KEC\""));
        QVERIFY(!venues[1].attribute("plenary_seats")->known());
        QCOMPARE(venues[1].cost("venue_rental")->value, std::optional<double>(3000000));
        QVERIFY(venues[1].cost("venue_rental")->estimate);
        QCOMPARE(*venues[1].cost("venue_rental")->basis, std::string("planning estimate,\nno rate card"));
    }

    void badRowsNameRowColumnAndReason()
    {
        const std::string csv = std::string(kHeader) +
                                "good,好,Good,,,TW,,100,https://example.org,2025,,,,,\n"
                                "Bad Id,壞,Bad,,,TW,,,,,,,,,\n"                        // row 3: id pattern
                                "nosrc,無,No source,,,TW,,500,www.example.org,2025,,,,,\n" // row 4: a source that is no URL
                                "num,數,Number,,,TW,,many,,,,,,,\n"                     // row 5: not a number
                                "alpha,甲,Alpha again,,,TW,,,,,,,,,\n"                  // row 6: id already in the project
                                "good,好,Good twice,,,TW,,,,,,,,,\n"                    // row 7: id repeated in the file
                                "est,估,Estimate,,,TW,,,,,100,TWD,true,,2026\n"         // row 8: estimate without basis
                                "short,短,Short\n"                                       // row 9: too few cells
                                "fx,匯,FX,,,KR,,,,,100,KRW,true,guess,2026\n";          // row 10: no KRW rate
        const auto imp = readVenueCsv(csv, m_p);
        QVERIFY(imp.fileErrors.empty());
        QCOMPARE(imp.rows.size(), std::size_t(9));
        QCOMPARE(imp.validCount(), std::size_t(1));
        auto errs = [&](std::size_t i) { return imp.rows[i].errors; };
        QVERIFY(anyContains(errs(1), "row 3, column id:"));
        QVERIFY(anyContains(errs(2), "row 4, column plenary_seats_source: expected an http:// or https:// URL, found \"www.example.org\""));
        QVERIFY(anyContains(errs(3), "row 5, column plenary_seats: expected a number"));
        QVERIFY(anyContains(errs(4), "row 6, column id: duplicate id \"alpha\""));
        QVERIFY(anyContains(errs(5), "row 7, column id: duplicate id \"good\": row 2 has it too"));
        QVERIFY(anyContains(errs(6), "row 8, column cost_venue_rental_basis:"));
        QVERIFY(anyContains(errs(7), "row 9: 3 cells: expected 15"));
        QVERIFY(anyContains(errs(8), "row 10, column cost_venue_rental_currency: no exchange rate for \"KRW\""));
        // Nothing partial unless asked for: all-or-nothing by default, the valid row only when confirmed.
        QVERIFY(imp.venues(false).empty());
        QCOMPARE(imp.venues(true).size(), std::size_t(1));
        QCOMPARE(imp.venues(true)[0].id, std::string("good"));
    }

    void headerProblemsBlockTheFile()
    {
        auto imp = readVenueCsv("id,name_en\nx,X\n", m_p);
        QVERIFY(anyContains(imp.fileErrors, "row 1: missing column \"name_zh\""));
        QVERIFY(imp.venues(true).empty());
        imp = readVenueCsv("id,name_zh,name_en,seats_source\nx,甲,X,http://a\n", m_p);
        QVERIFY(anyContains(imp.fileErrors, "column \"seats_source\" has no column \"seats\""));
        imp = readVenueCsv("id,name_zh,name_en,id\n", m_p);
        QVERIFY(anyContains(imp.fileErrors, "row 1, column 4: column \"id\" appears twice"));
        imp = readVenueCsv("id,name_zh,name_en\nx,\"open\n", m_p);
        QVERIFY(anyContains(imp.fileErrors, "row 2: a quoted field is not closed"));
    }

    void fieldsRoundTripAndPaths()
    {
        const Venue &alpha = m_p.venues[0];
        std::vector<FieldError> errors;
        Venue v = venueFromFields(venueToFields(alpha), 0, errors);
        QVERIFY(errors.empty());
        QCOMPARE(v.attribute("plenary_seats")->value, alpha.attribute("plenary_seats")->value);
        QCOMPARE(v.cost("venue_rental")->basis, alpha.cost("venue_rental")->basis);
        QCOMPARE(fieldForPath("/venues/3/attributes/plenary_seats/as_of"), std::string("plenary_seats_as_of"));
        QCOMPARE(fieldForPath("/venues/3/costs/venue_rental/amount"), std::string("cost_venue_rental"));
        QCOMPARE(fieldForPath("/venues/3/name/en"), std::string("name_en"));
        const auto errs = validateVenue(m_p, Venue{"x", {"", "X"}, {}, "TW", VenueRole::Candidate, {}, {}, {}, {}}, 5);
        QVERIFY(!errs.empty());
        QCOMPARE(errs[0].path.rfind("/venues/5/name", 0), std::size_t(0));
        QCOMPARE(errs[0].field, std::string("name_zh"));
    }

    void importIsOneUndoStep()
    {
        const auto imp = readVenueCsv(std::string(kHeader) + "n1,一,One,,,TW,,,,,,,,,\nn2,二,Two,,,TW,,,,,,,,,\n", m_p);
        const auto before = m_p;
        EditHistory h;
        h.apply(m_p, importVenuesEdit(m_p, imp.venues(false), "import"));
        QCOMPARE(m_p.venues.size(), before.venues.size() + 2);
        QVERIFY(h.undo(m_p));
        QVERIFY(m_p == before);
        QVERIFY(h.redo(m_p));
        QCOMPARE(m_p.venues.back().id, std::string("n2"));
    }

    void exampleFileImportsIntoTheSample()
    {
        const auto sample = *loadProjectFile(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json").project;
        std::ifstream f(std::string(SAMPLE_DATA_DIR) + "/venues-import-example.csv", std::ios::binary);
        QVERIFY(f);
        std::stringstream ss;
        ss << f.rdbuf();
        // Against an empty venue list every row is valid; against the sample every id is already there.
        Project empty = sample;
        empty.venues.clear();
        const auto imp = readVenueCsv(ss.str(), empty);
        QVERIFY2(imp.fileErrors.empty(), imp.fileErrors.empty() ? "" : imp.fileErrors[0].c_str());
        QVERIFY(imp.rows.size() >= 3);
        for (const auto &r : imp.rows)
            QVERIFY2(r.ok(), r.ok() ? "" : r.errors[0].c_str());
        Project p = empty;
        for (auto &v : imp.venues(false))
            p.venues.push_back(v);
        const auto reread = readProject(writeProject(p)); // other sections name the removed venues: look at /venues only
        for (const auto &d : reread.diagnostics)
            QVERIFY2(d.severity != Diagnostic::Severity::Error || d.path.rfind("/venues/", 0) != 0, d.message.c_str());
        QCOMPARE(reread.project ? reread.project->venues.size() : p.venues.size(), p.venues.size());
        // Into the sample itself: those venues are there already, so every row is a duplicate and nothing is imported.
        const auto again = readVenueCsv(ss.str(), sample);
        QCOMPARE(again.errorCount(), again.rows.size());
        QVERIFY(anyContains(again.rows[0].errors, "row 2, column id: duplicate id \"icck\""));
        QVERIFY(again.venues(true).empty());
    }

    void idsAreMadeFromNames()
    {
        // minimal has alpha, beta, gamma, delta.
        QCOMPARE(venueIdFromName(m_p, "Harbour Hall (B1)", ""), std::string("harbour_hall_b1"));
        QCOMPARE(venueIdFromName(m_p, "  2nd-floor  Hall ", ""), std::string("venue_2nd_floor_hall")); // an id starts with a letter
        QCOMPARE(venueIdFromName(m_p, "Alpha", ""), std::string("alpha_2"));                   // alpha is taken
        QCOMPARE(venueIdFromName(m_p, "", "TICC 台北"), std::string("ticc"));                  // the Chinese name's ASCII
        QCOMPARE(venueIdFromName(m_p, "", "臺北國際會議中心"), std::string("venue"));
        const std::string longName(60, 'x');
        QCOMPARE(venueIdFromName(m_p, longName, "").size(), std::size_t(40));
    }

    void typedBasisGoesIntoTheUiLanguage()
    {
        // setTypedBasis (factbasis.h): the typed text in the editor's language, the other keeps its old text.
        Fact old;
        old.basis = "quote 2026";
        old.basisZh = "2026 年報價";
        Fact f;
        setTypedBasis(f, std::string("phone call"), &old, Lang::En);
        QCOMPARE(*f.basis, std::string("phone call"));
        QCOMPARE(*f.basisZh, std::string("2026 年報價"));
        setTypedBasis(f, std::string("電話詢價"), &old, Lang::ZhTW);
        QCOMPARE(*f.basis, std::string("quote 2026"));
        QCOMPARE(*f.basisZh, std::string("電話詢價"));
        // A new fact: one text, read in both languages.
        setTypedBasis(f, std::string("電話詢價"), nullptr, Lang::ZhTW);
        QCOMPARE(*f.basis, std::string("電話詢價"));
        QVERIFY(!f.basisZh);
        QCOMPARE(*f.basisFor(true), std::string("電話詢價"));
        // An old single text is both languages' old text: typed in English, Chinese keeps it.
        Fact single;
        single.basis = "舊依據";
        setTypedBasis(f, std::string("new basis"), &single, Lang::En);
        QCOMPARE(*f.basis, std::string("new basis"));
        QCOMPARE(*f.basisZh, std::string("舊依據"));
        // Emptied: no basis in either language.
        setTypedBasis(f, std::string(), &old, Lang::ZhTW);
        QVERIFY(!f.basis && !f.basisZh);
    }

    void venueEditorWritesTheBasisInTheUiLanguage()
    {
        // The sample's TICC rental is an estimate whose basis the file gives in both languages.
        const Project sample = *loadProjectFile(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json").project;
        const Venue &ticc = sample.venues[0];
        QCOMPARE(ticc.id, std::string("ticc"));
        const Fact &rental = *findIn(ticc.costs, "venue_rental");
        QVERIFY(rental.basis->rfind("planning estimate: space rental", 0) == 0);
        QVERIFY(rental.basisZh->rfind("規劃估計：會議 4 天的場地租金", 0) == 0);
        const auto field = [](const VenueFields &fields, std::string_view key) { return *findIn(fields, key); };
        // The editor shows the basis in its language.
        QCOMPARE(field(venueEditorFields(ticc, Lang::ZhTW), "cost_venue_rental_basis"), *rental.basisZh);
        QCOMPARE(field(venueEditorFields(ticc, Lang::En), "cost_venue_rental_basis"), *rental.basis);
        // A zh-TW user types a new basis: the Chinese text is the typed one, the English one stays.
        VenueFields fields = venueEditorFields(ticc, Lang::ZhTW);
        QVERIFY(findIn(fields, std::string_view("cost_venue_rental_basis")));
        for (auto &[k, v] : fields)
            if (k == "cost_venue_rental_basis")
                v = "場地業務窗口電話報價，2027 年 3 月";
        std::vector<FieldError> errors;
        Venue v = venueFromFields(fields, 0, errors);
        QVERIFY(errors.empty());
        applyTypedBases(v, &ticc, Lang::ZhTW);
        const Fact &typed = *findIn(v.costs, "venue_rental");
        QCOMPARE(*typed.basisZh, std::string("場地業務窗口電話報價，2027 年 3 月"));
        QCOMPARE(*typed.basis, *rental.basis);
        QCOMPARE(*typed.basisFor(true), std::string("場地業務窗口電話報價，2027 年 3 月"));
        // The form sent back unchanged, in either language, is no change at all (the venue equals the old one).
        for (Lang l : {Lang::ZhTW, Lang::En}) {
            Venue same = venueFromFields(venueEditorFields(ticc, l), 0, errors);
            applyTypedBases(same, &ticc, l);
            same.availability = ticc.availability;
            QVERIFY(same == ticc);
        }
    }
};

QTEST_APPLESS_MAIN(TestVenueCsv)
#include "tst_venuecsv.moc"
