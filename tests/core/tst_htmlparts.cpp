// SPDX-License-Identifier: GPL-3.0-or-later
// The documents' HTML building blocks: the text bars and the repeated table headers (models/documents/htmlparts.h).
#include "htmlparts.h"
#include "projectformat.h"
#include "rankingcharts.h"
#include "svgchart.h"
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

    void letterheadInEachLanguage()
    {
        // The PCO of the quote, the contract and the bid book cover (meta.pco); a name with markup stays text.
        auto loaded = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        QVERIFY(loaded.ok());
        Project p = *loaded.project;
        QCOMPARE(html::letterheadHtml(p, {Lang::En}), std::string()); // no meta.pco: no letterhead
        PcoProfile pco;
        pco.name = LocalizedText{"範例會議顧問股份有限公司", "Example <b>PCO</b> Ltd."};
        pco.address = LocalizedText{"臺北市信義區範例路 1 號", "No. 1, Example Road, Taipei"};
        pco.taxId = "12345675"; // the sample's fictional number, valid by the check-digit rule (tst_quotedoc)
        pco.phone = "+886 2 0000 0000";
        p.meta.pco = pco;
        const std::string en = html::letterheadHtml(p, {Lang::En});
        QVERIFY(en.find("Example &lt;b&gt;PCO&lt;/b&gt; Ltd.") != std::string::npos);
        QVERIFY(en.find("Business ID No. 12345675 · Tel. +886 2 0000 0000") != std::string::npos);
        QVERIFY(en.find("範例") == std::string::npos); // one language: no Chinese in the English letterhead
        const std::string zh = html::letterheadHtml(p, {Lang::ZhTW});
        QVERIFY(zh.find("範例會議顧問股份有限公司") != std::string::npos);
        QVERIFY(zh.find("統一編號 12345675 · 電話 +886 2 0000 0000") != std::string::npos);
        QVERIFY(zh.find("Business ID") == std::string::npos);
        // Both: 繁中 first, then English; the labels in both ("統一編號 Business ID No.").
        const std::string both = html::letterheadHtml(p, {Lang::ZhTW, Lang::En});
        QVERIFY(both.find("範例會議顧問股份有限公司") < both.find("Example &lt;b&gt;PCO"));
        QVERIFY(both.find("統一編號 Business ID No. 12345675") != std::string::npos);
        QVERIFY(both.find("<hr") != std::string::npos);
    }

    void speakerNotesStayOutOfThePdf()
    {
        const std::string notes = html::speakerNotes(Lang::En, "Say &lt;this&gt;.");
        QCOMPARE(notes, std::string("<!--vb:notes--><p class=\"notes\"><b>Speaker notes: </b>Say &lt;this&gt;.</p><!--/vb:notes-->"));
        QCOMPARE(html::speakerNotes(Lang::ZhTW, "說明。"), std::string("<!--vb:notes--><p class=\"notes\"><b>講者備註：</b>說明。</p><!--/vb:notes-->"));
        // Every block goes, the slides stay; text without notes comes back unchanged.
        const std::string deck = "<h1>A</h1><p>a</p>" + notes + "<h1>B</h1>" + html::speakerNotes(Lang::En, "b") + "<p>end</p>";
        QCOMPARE(html::withoutSpeakerNotes(deck), std::string("<h1>A</h1><p>a</p><h1>B</h1><p>end</p>"));
        QCOMPARE(html::withoutSpeakerNotes("<p>no notes</p>"), std::string("<p>no notes</p>"));
        // An unclosed block: the rest is dropped rather than shown on a slide.
        QCOMPARE(html::withoutSpeakerNotes("<p>a</p><!--vb:notes--><p>b</p>"), std::string("<p>a</p>"));
    }

    void chartShownLargerKeepsItsDrawing()
    {
        // A 600 × 200 chart in an 892 × 330 box: the width limits (892 / 600 = 1.487 < 330 / 200 = 1.65), so
        // 892 × round(200 × 892 / 600 = 297.33) = 297; the viewBox (the drawing) is unchanged.
        const std::string svg = svg::open(600, 200) + "<line x1=\"0\" y1=\"0\" x2=\"600\" y2=\"200\" stroke-width=\"1\"/></svg>";
        const std::string shown = svg::displayedWithin(svg, 892, 330);
        QVERIFY(shown.find("width=\"892\" height=\"297\" viewBox=\"0 0 600 200\"") != std::string::npos);
        QVERIFY(shown.find("stroke-width=\"1\"") != std::string::npos);
        // The height limits: 200 × 0.5 = 100 high, 300 wide; smaller than drawn is allowed.
        QVERIFY(svg::displayedWithin(svg, 892, 100).find("width=\"300\" height=\"100\"") != std::string::npos);
        // Not an <svg>, or no viewBox: unchanged.
        QCOMPARE(svg::displayedWithin("<p>x</p>", 892, 330), std::string("<p>x</p>"));
        const std::string plain = "<svg width=\"10\" height=\"10\"></svg>";
        QCOMPARE(svg::displayedWithin(plain, 892, 330), plain);
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
        QVERIFY(has(en, "<p class=\"venue\">Alpha Centre</p><p class=\"src\">Plenary seats: 1,000; Meeting rooms: 10 — "
                        "<a href=\"https://example.org/alpha\">example.org</a>; as of 2025</p>"
                        "<p class=\"src\">Venue rental: TWD 4,000,000 — estimate: test estimate; as of 2026-11-24</p>"));
        QVERIFY(has(en, "<p class=\"venue\">Beta Hall</p><p class=\"src\">Plenary seats: 800 — "
                        "<a href=\"https://example.org/beta\">example.org</a>; as of 2024-05</p><p class=\"src\">Meeting rooms: unknown</p>"));
        // No table cell per URL any more.
        QVERIFY(!has(en, "<td class=\"note\">https://"));
        // zh-TW: the full-width separators.
        const std::string zh = suitabilityReportHtml(*loaded.project, Lang::ZhTW);
        QVERIFY(has(zh, "<p class=\"src\">主會場座位數：1,000；會議室數：10 — <a href=\"https://example.org/alpha\">example.org</a>；資料日期 2025</p>"));
    }

    void recommendationFirst()
    {
        // minimal.venuebid.json, WSM with max_linear normalisation, weights 50/20/30 → 0.5, 0.2, 0.3.
        // Gamma Hotel fails the 800-seat must-have; the rival is a competitor: Alpha, Beta and Delta are ranked.
        // Plenary seats / 1,000: Alpha 1, Beta 0.8, Delta 0.9. Meeting rooms / 10 (Beta unknown → worst known 5):
        // Alpha 1, Beta 0.5, Delta 0.5. Rental (cost, lowest / own: Beta USD 100,000 × 32 = TWD 3,200,000):
        // Alpha 3.2/4.0 = 0.8, Beta 1, Delta 3.2/4.8 = 0.6667.
        // Alpha 0.5 + 0.2 + 0.24 = 0.94; Beta 0.4 + 0.1 + 0.3 = 0.80; Delta 0.45 + 0.1 + 0.2 = 0.75.
        const auto loaded = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        QVERIFY(loaded.ok());
        const std::string en = suitabilityReportHtml(*loaded.project, Lang::En);
        const auto at = [&](const std::string &part) { return en.find(part); };
        // The cover, then the recommendation before section 1.
        QVERIFY(at("<tr><td>Event</td><td><b>Test project</b></td></tr><tr><td>Host</td><td><b>Test Society</b></td></tr>"
                   "<tr><td>Destination</td><td><b>Taipei</b></td></tr><tr><td>Dates</td><td><b>2028-10-17 – 2028-10-20 (4 days)</b></td></tr>")
                != std::string::npos);
        const auto rec = at("We recommend Alpha Centre (Taipei): first of the 3 venues that meet every must-have, by weighted sum (WSM), "
                            "with a score of 94.0.");
        QVERIFY(rec != std::string::npos);
        QVERIFY(rec < at("<h2>1. "));
        QVERIFY(at("It is ahead of Beta Hall, second with 80.0.") != std::string::npos);
        // Contributions 0.5 (seats), 0.24 (rental), 0.2 (rooms).
        QVERIFY(at("Where it gains most: Plenary seats; Venue rental; Meeting rooms.") != std::string::npos);
        // The method and its normalisation in words, never the file codes.
        QVERIFY(at("Method: weighted sum (WSM), with linear normalisation by the largest value.") != std::string::npos);
        QVERIFY(at("max_linear") == std::string::npos);
        QVERIFY(at("PROMETHEE II (net outranking flow)") != std::string::npos);
        const std::string zh = suitabilityReportHtml(*loaded.project, Lang::ZhTW);
        QVERIFY(zh.find("建議採用甲會議中心（臺北市）：在3個符合所有必要條件的場地中，以加權總和法（WSM）評比第一，分數為 94.0。") != std::string::npos);
        QVERIFY(zh.find("採以最大值線性正規化") != std::string::npos);
        // Chinese sentences take full-width punctuation: Gamma (丙飯店) excluded "：" its reason, and no "; " or " %: " in
        // the text (the reasons' separator, the smallest change that changes the winner).
        QVERIFY(zh.find("<li>丙飯店：") != std::string::npos);
        std::string body = zh.substr(zh.find("</head>"));
        for (const char *entity : {"&lt;", "&gt;", "&amp;", "&quot;", "&#39;"}) // "需求 600 &lt; 800" is not a "; "
            for (auto at = body.find(entity); at != std::string::npos; at = body.find(entity))
                body.replace(at, std::string(entity).size(), "x");
        QVERIFY(body.find("; ") == std::string::npos);
        QVERIFY(body.find(" %: ") == std::string::npos);
        // The sample's Grand Hyatt Taipei (台北君悅酒店, ranked 2nd): plenary seats, meeting rooms and exhibition area unknown,
        // listed with 、in the ranking table.
        const auto sample = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QVERIFY(sample.ok());
        const std::string sz = suitabilityReportHtml(*sample.project, Lang::ZhTW);
        QVERIFY(sz.find("主會場座位數、會議室數量、展覽面積") != std::string::npos);
        QVERIFY(sz.find("主會場座位數, 會議室數量") == std::string::npos);
    }

    void chartsAreProportional()
    {
        // The weight chart's bars: 50 %, 20 %, 30 % → widths in the ratio 1 : 0.4 : 0.6 (one scale from 0). The venue
        // score chart: 0.94, 0.80, 0.75 → 1 : 0.851 : 0.798. Widths come with two decimals, hence the tolerance.
        const auto loaded = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        QVERIFY(loaded.ok());
        const auto &p = *loaded.project;
        const auto ranking = rankVenues(p, RankingOptions{false, mcda::Method::WSM});
        const auto widths = [](const std::string &svg) {
            std::vector<double> w;
            for (std::size_t at = svg.find("<rect "); at != std::string::npos; at = svg.find("<rect ", at + 1)) {
                const std::string tag = svg.substr(at, svg.find('>', at) - at);
                if (tag.find(svg::kFormatColours[0]) == std::string::npos)
                    continue;
                const auto wAt = tag.find("width=\"") + 7;
                w.push_back(std::stod(tag.substr(wAt)));
            }
            return w;
        };
        auto w = widths(svg::barChartSvg(criterionWeightChart(p, ranking, Lang::En)));
        QCOMPARE(w.size(), std::size_t(4)); // three bars and the legend's swatch (10 wide)
        QVERIFY(std::abs(w[1] / w[0] - 0.4) < 0.005);
        QVERIFY(std::abs(w[2] / w[0] - 0.6) < 0.005);
        w = widths(svg::barChartSvg(venueScoreChart(p, ranking, Lang::En)));
        QCOMPARE(w.size(), std::size_t(4));
        QVERIFY(std::abs(w[1] / w[0] - 0.80 / 0.94) < 0.005);
        QVERIFY(std::abs(w[2] / w[0] - 0.75 / 0.94) < 0.005);
        // Only the best n venues: the note says how many of how many.
        const auto top2 = venueScoreChart(p, ranking, Lang::En, 2);
        QCOMPARE(top2.categories, (std::vector<std::string>{"1. Alpha Centre", "2. Beta Hall"}));
        QCOMPARE(top2.note, std::string("Higher is better. The best 2 of 3 ranked venues."));
        // A long name is cut to 29 narrow characters and "…" (a CJK character counts two): it stays inside the chart.
        Project q = p;
        q.venues[0].name.en = "Alpha International Convention and Exhibition Centre";
        q.venues[0].name.zh = "甲國際會議暨展覽中心第一會議大樓南側附屬會場";
        QCOMPARE(venueScoreChart(q, ranking, Lang::En).categories[0], std::string("1. Alpha International Conven\u2026"));
        // "1. " is 3 wide, then 13 CJK characters make 29.
        QCOMPARE(venueScoreChart(q, ranking, Lang::ZhTW).categories[0], std::string("1. 甲國際會議暨展覽中心第一會\u2026"));
        // Both charts are in the report.
        const std::string en = suitabilityReportHtml(p, Lang::En);
        QVERIFY(en.find(">Criterion weights</text>") != std::string::npos);
        QVERIFY(en.find(">Venue scores, weighted sum (WSM)</text>") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHtmlParts)
#include "tst_htmlparts.moc"
