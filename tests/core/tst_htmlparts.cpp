// SPDX-License-Identifier: GPL-3.0-or-later
// The documents' HTML building blocks: the text bars and the repeated table headers (models/documents/htmlparts.h).
#include "htmlparts.h"
#include "projectformat.h"
#include "suitabilityreport.h"

#include <QTest>

#include <string>

using namespace vb;

namespace {
std::string repeat(const char *s, int n)
{
    std::string out;
    for (int k = 0; k < n; ++k)
        out += s;
    return out;
}
const char *const kFull = "\u2588";
} // namespace

class TestHtmlParts : public QObject
{
    Q_OBJECT
private slots:
    void barsAreProportionalToTheEighthOfACell()
    {
        const std::string open = "<span style=\"white-space:nowrap;font-size:7pt\"><span style=\"color:#123456\">";
        const std::string grey = "</span><span style=\"color:#dddddd\">", close = "</span></span>";
        // 4 cells = 32 eighths. 0.5 → 16 eighths: 2 full cells, no partial, 2 grey.
        QCOMPARE(html::bar(0.5, "#123456", 4), open + repeat(kFull, 2) + grey + repeat(kFull, 2) + close);
        // 0.53125 × 32 = 17 eighths: 2 full cells and one eighth (▏), then 1 grey cell (the partial one takes a cell).
        QCOMPARE(html::bar(0.53125, "#123456", 4), open + repeat(kFull, 2) + "\u258F" + grey + repeat(kFull, 1) + close);
        // 0.2 × 32 = 6.4 → 6 eighths: no full cell, ▊ (six eighths), 3 grey.
        QCOMPARE(html::bar(0.2, "#123456", 4), open + "\u258A" + grey + repeat(kFull, 3) + close);
        // The ends and what is outside them: 0, a negative and NaN are all grey; 1 and beyond are all colour.
        const std::string empty = open + grey + repeat(kFull, 4) + close, whole = open + repeat(kFull, 4) + grey + close;
        QCOMPARE(html::bar(0.0, "#123456", 4), empty);
        QCOMPARE(html::bar(-3.0, "#123456", 4), empty);
        QCOMPARE(html::bar(std::nan(""), "#123456", 4), empty);
        QCOMPARE(html::bar(1.0, "#123456", 4), whole);
        QCOMPARE(html::bar(7.0, "#123456", 4), whole);
    }

    void headerRowsRepeat()
    {
        // A first row of <th> only becomes the table's <thead>; the rows after it stay in the body.
        QCOMPARE(html::withRepeatedHeaders("<p>x</p><table class=\"t\"><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"),
                 std::string("<p>x</p><table class=\"t\"><thead><tr><th>A</th><th>B</th></tr></thead><tr><td>1</td><td>2</td></tr></table>"));
        // A first row with a data cell is no header; a table that has its <thead> already is left as it is.
        const std::string mixed = "<table><tr><th>Fact</th><td>1</td></tr></table>";
        QCOMPARE(html::withRepeatedHeaders(mixed), mixed);
        const std::string done = "<table><thead><tr><th>A</th></tr></thead><tr><td>1</td></tr></table>";
        QCOMPARE(html::withRepeatedHeaders(done), done);
        // Two tables: each gets its own header; text without tables comes back unchanged.
        QCOMPARE(html::withRepeatedHeaders("<table><tr><th>A</th></tr></table><table><tr><th>B</th></tr><tr><td>2</td></tr></table>"),
                 std::string("<table><thead><tr><th>A</th></tr></thead></table><table><thead><tr><th>B</th></tr></thead><tr><td>2</td></tr></table>"));
        QCOMPARE(html::withRepeatedHeaders("<p>no table</p>"), std::string("<p>no table</p>"));
    }

    void sourcesOfAVenueShareALine()
    {
        // minimal.venuebid.json: Alpha Centre's plenary seats (1,000) and meeting rooms (10) both come from
        // https://example.org/alpha as of 2025, so they are one line; its rental (an estimate, 2026-11-24) is another.
        // Beta Hall's meeting rooms are unknown with no source: a line of their own.
        const auto loaded = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        QVERIFY(loaded.ok());
        const std::string en = suitabilityReportHtml(*loaded.project, Lang::En);
        const auto has = [](const std::string &html, const std::string &part) {
            return html.find(part) != std::string::npos;
        };
        QVERIFY(has(en, "<tr><td colspan=\"3\"><b>Alpha Centre</b></td></tr><tr><td>Plenary seats: 1,000; Meeting rooms: 10</td>"
                        "<td class=\"note\">https://example.org/alpha</td><td>2025</td></tr><tr><td>Venue rental: TWD 4,000,000</td>"
                        "<td class=\"note\">estimate: test estimate</td><td>2026-11-24</td></tr>"));
        QVERIFY(has(en, "<tr><td colspan=\"3\"><b>Beta Hall</b></td></tr><tr><td>Plenary seats: 800</td><td class=\"note\">"
                        "https://example.org/beta</td><td>2024-05</td></tr><tr><td>Meeting rooms: unknown</td>"));
        // The header row of the table repeats on each page.
        QVERIFY(has(en, "<thead><tr><th>Facts</th><th>Source / basis</th><th>As of</th></tr></thead>"));
        // zh-TW: the full-width separators.
        const std::string zh = suitabilityReportHtml(*loaded.project, Lang::ZhTW);
        QVERIFY(has(zh, "<td>主會場座位數：1,000；"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlParts)
#include "tst_htmlparts.moc"
