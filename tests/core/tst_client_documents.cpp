// SPDX-License-Identifier: GPL-3.0-or-later
// Client documents show only what the client should see. The bid book and the pitch deck of the sample, in both
// languages, must not contain a rank, a competitor, "behind", what it would take to win, a method's code name or the
// tool; the internal annex keeps exactly that analysis. The terms below are the texts the competitive analysis used
// in the client copies before (the catalogue's bid.venue_rank, bid.destination_rank, bid.behind/ahead/level,
// bid.what_it_would_take_to_win, bid.best_competitor, bid.how_it_compares, bid.scored_with_host_criteria,
// bid.recommended_by_the_options_analysis, the options analysis' sentence "ranks first with a WSM score", and
// bid.likely_scenario_per_format's "The same figures as venuebid-cli budget").
#include "biddocuments.h"
#include "budgetcharts.h"
#include "clientbrief.h"
#include "forecast.h"
#include "htmlparts.h"
#include "svgchart.h"
#include "bidbook.h"
#include "budgetcalc.h"
#include "numbers.h"
#include "destinations.h"
#include "projectformat.h"

#include <QTest>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

using namespace vb;
using namespace vb::bid;

namespace {

Project sample()
{
    auto r = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
    return *r.project;
}

/** The text a reader sees: without the <head> (its CSS says "margin") and without tags; entities left as they are. */
std::string visibleText(const std::string &html)
{
    std::string body = html;
    const auto headEnd = body.find("</head>");
    if (headEnd != std::string::npos)
        body = body.substr(headEnd + 7);
    std::string out;
    bool inTag = false;
    for (char ch : body) {
        if (ch == '<')
            inTag = true;
        else if (ch == '>') {
            inTag = false;
            out += ' ';
        } else if (!inTag)
            out += ch;
    }
    return out;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/** The first internal term found in text (ASCII terms case-insensitively), or "". */
std::string firstInternalTerm(const std::string &text, const std::vector<std::string> &terms)
{
    const std::string l = lower(text);
    for (const auto &term : terms)
        if (l.find(lower(term)) != std::string::npos)
            return term;
    return {};
}

const std::vector<std::string> kInternalEn{
    // Not "ahead": the Kaohsiung subsidy is applied for "1–3 months ahead"; "behind" and "competitor" cover the outcomes.
    "rank", "behind", "what it would take", "competitor", "venuebid-cli", "VenueBid", "WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE",
    "options analysis", "margin", "markup", "internal", "(ours)"};
const std::vector<std::string> kInternalZh{"排名", "名次", "落後", "領先", "持平", "勝出", "競爭", "型式分析", "差距", "加價", "內部",
                                           "我方）", "VenueBid", "venuebid-cli", "WSM", "TOPSIS", "VIKOR", "PROMETHEE"};

} // namespace

class TestClientDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void audienceOfEachDocument()
    {
        QCOMPARE(audienceOf(BidDocument::Book), Audience::Client);
        QCOMPARE(audienceOf(BidDocument::Deck), Audience::Client);
        QCOMPARE(audienceOf(BidDocument::InternalAnnex), Audience::Internal);
        QCOMPARE(audienceOf(BidDocument::TenderOutline), Audience::Internal);
        QVERIFY(parseBidDocument("bid-internal") == BidDocument::InternalAnnex);
        QVERIFY(parseBidDocument("bid") == BidDocument::Book);
        QVERIFY(!parseBidDocument("brochure"));
    }

    void clientCopiesHoldNoInternalTerm_data()
    {
        QTest::addColumn<int>("doc");
        QTest::addColumn<int>("lang");
        QTest::newRow("bid book en") << int(BidDocument::Book) << int(Lang::En);
        QTest::newRow("bid book zh-TW") << int(BidDocument::Book) << int(Lang::ZhTW);
        QTest::newRow("deck en") << int(BidDocument::Deck) << int(Lang::En);
        QTest::newRow("deck zh-TW") << int(BidDocument::Deck) << int(Lang::ZhTW);
    }

    void clientCopiesHoldNoInternalTerm()
    {
        QFETCH(int, doc);
        QFETCH(int, lang);
        const auto p = sample();
        const auto l = static_cast<Lang>(lang);
        const std::string text = visibleText(bidDocumentHtml(static_cast<BidDocument>(doc), p, l));
        const std::string term = firstInternalTerm(text, l == Lang::En ? kInternalEn : kInternalZh);
        if (!term.empty()) {
            const auto at = lower(text).find(lower(term));
            QFAIL((term + " in: …" + text.substr(at > 80 ? at - 80 : 0, 200) + "…").c_str());
        }
        // No competitor is named: Seoul, Singapore and Bangkok are the sample's competitor destinations.
        const auto cmp = destinations::destinationsOf(p);
        for (std::size_t i = 0; i < cmp.destinations.size(); ++i)
            if (cmp.oursIndex() != i)
                QVERIFY2(text.find(cmp.destinations[i].name.get(l)) == std::string::npos, cmp.destinations[i].name.get(l).c_str());
    }

    void clientBookShowsOurStrengthsWithUnits()
    {
        const auto p = sample();
        // The one criterion where Taipei leads (sample "destinations"): association objectives 8 against Seoul's 7, on
        // an index 1-10, read as a score out of 10.
        const auto en = bidBookHtml(p, Lang::En);
        QVERIFY(en.find("Where Taipei, Taiwan stands out:") != std::string::npos);
        QVERIFY(en.find("<td>Fit with the association&#39;s objectives (membership growth, local society)</td><td align=\"right\">8 out of 10</td>")
                != std::string::npos);
        QVERIFY(en.find("index 1") == std::string::npos);
        const auto zh = bidBookHtml(p, Lang::ZhTW);
        QVERIFY(zh.find("<td>符合學會目標（會員成長、在地學會）</td><td align=\"right\">8 分（滿分 10 分）</td>") != std::string::npos);
        // Behind on air access (7 against Singapore's 10): not a strength, so not in the client copy.
        QVERIFY(en.find("International air access") == std::string::npos);
        // The venue's facts with units: TICC's plenary hall 3,100 seats, 40 minutes to the airport.
        QVERIFY(en.find(">3,100 seats<") != std::string::npos);
        QVERIFY(zh.find(">40 分鐘<") != std::string::npos);
        // Amounts in the reader's currency name: the hybrid likely cost with tax (venuebid-cli budget) and TICC's rental.
        QVERIFY(zh.find("<td>新臺幣 35,651,298</td>") != std::string::npos);
        QVERIFY(zh.find(">新臺幣 9,000,000<") != std::string::npos);
        QVERIFY(zh.find(">TWD ") == std::string::npos); // no amount cell starts with the code
    }

    void bookLayoutCoverChaptersAndSources()
    {
        const auto html = bidBookHtml(sample(), Lang::En);
        // Cover before everything: what is proposed, by whom, where, when.
        const auto firstHeading = html.find("<h2");
        const auto cover = html.find(">Bid proposal</p>");
        QVERIFY(cover != std::string::npos && cover < firstHeading);
        QVERIFY(html.find("<td>Host</td><td><b>(Sample) international association</b></td>") < firstHeading);
        QVERIFY(html.find("<td>Destination</td><td><b>Taipei, Taiwan</b></td>") < firstHeading);
        QVERIFY(html.find("<td>Dates</td><td><b>2028-10-17 – 2028-10-20</b></td>") < firstHeading);
        // Contents, the 13 chapters and the sources each start a page: 15 headings that break the page, no other h2.
        const std::string breakingHeading = "<h2 style=\"page-break-before:always\">";
        std::size_t breaking = 0, headings = 0;
        for (auto at = html.find("<h2"); at != std::string::npos; at = html.find("<h2", at + 1)) {
            ++headings;
            breaking += html.compare(at, breakingHeading.size(), breakingHeading) == 0 ? 1 : 0;
        }
        QCOMPARE(headings, std::size_t(15));
        QCOMPARE(breaking, std::size_t(15));
        // Header rows repeat on every page a table continues on.
        QVERIFY(html.find("<thead><tr><th>Fact</th><th>Value</th><th>Note</th><th>As of</th></tr></thead>") != std::string::npos);
        // Sources as numbered notes, in the order cited: TICC's plenary seats (meetingsnet.com, 1998) is the first
        // fact with a source, the MEET TAIWAN incentive the sixth (after 4 more venue facts: rooms, hotel rooms, airport,
        // the rental estimate).
        QVERIFY(html.find("<td>Plenary seats</td><td align=\"right\">3,100 seats</td><td align=\"center\" class=\"note\">[1]</td><td>1998</td>")
                != std::string::npos);
        QVERIFY(html.find("<p class=\"src\">[1] http://meetingsnet.com/news/tech-friendly-taipei</p>") != std::string::npos);
        QVERIFY(html.find("<p class=\"src\">[6] https://www.meetings-conventions-asia.com/News/Convention-Bureau/CVB-Update-MEET-TAIWAN</p>")
                != std::string::npos);
        // Each source listed once, and no URL left in a table cell.
        const std::string url = "meetingsnet.com/news/tech-friendly-taipei";
        QCOMPARE(html.find(url), html.rfind(url));
        for (auto at = html.find("<td"); at != std::string::npos; at = html.find("<td", at + 1)) {
            const auto end = html.find("</td>", at);
            QVERIFY2(html.substr(at, end - at).find("http") == std::string::npos, html.substr(at, end - at).c_str());
        }
    }

    void deckValuesHaveUnitsAndSlidesAtMostFiveBullets()
    {
        auto p = sample();
        // Seven letters: the support slide lists the first five.
        auto b = bidBookOf(p);
        for (int i = 5; i <= 7; ++i)
            b.letters.push_back(SupportLetter{LocalizedText{"第 " + std::to_string(i) + " 封", "Letter " + std::to_string(i)}, LetterStatus::Requested, {}});
        setBidBook(p, b);
        for (Lang l : {Lang::En, Lang::ZhTW}) {
            const auto html = pitchDeckHtml(p, l);
            std::vector<std::string> slides;
            for (auto at = html.find("<h1"); at != std::string::npos;) {
                const auto next = html.find("<h1", at + 1);
                slides.push_back(html.substr(at, next == std::string::npos ? std::string::npos : next - at));
                at = next;
            }
            QCOMPARE(slides.size(), std::size_t(9));
            for (const auto &slide : slides) {
                std::size_t items = 0, rows = 0;
                for (auto at = slide.find("<li>"); at != std::string::npos; at = slide.find("<li>", at + 1))
                    ++items;
                for (auto at = slide.find("<tr><td"); at != std::string::npos; at = slide.find("<tr><td", at + 1))
                    ++rows;
                QVERIFY2(items <= 5 && rows <= 5, slide.c_str());
            }
            QVERIFY(html.find(l == Lang::En ? "Letter 5" : "第 5 封") != std::string::npos);
            QVERIFY(html.find(l == Lang::En ? "Letter 6" : "第 6 封") == std::string::npos);
            QVERIFY(html.find("index 1") == std::string::npos && html.find("指數") == std::string::npos);
        }
        const auto en = pitchDeckHtml(p, Lang::En);
        // Why us: association objectives 8 of 10 (sample); the venue: TICC 3,100 seats, 40 min to the airport.
        QVERIFY(en.find("<li>Fit with the association&#39;s objectives (membership growth, local society): <b>8 out of 10</b></li>") != std::string::npos);
        QVERIFY(en.find("<td>Plenary seats</td><td align=\"right\"><b>3,100 seats</b></td>") != std::string::npos);
        QVERIFY(en.find("<b>40 min</b>") != std::string::npos);
        // Budget slide (venuebid-cli budget, hybrid likely): cost TWD 35,651,298 with tax as a key figure over the
        // break-even chart, whose marker is at 1,086 people.
        QVERIFY(en.find("<span class=\"kpi\">TWD 35,651,298</span>") != std::string::npos);
        QVERIFY(en.find(">break-even 1,086 people</text>") != std::string::npos);
        const auto zh = pitchDeckHtml(p, Lang::ZhTW);
        QVERIFY(zh.find("<li>符合學會目標（會員成長、在地學會）：<b>8 分（滿分 10 分）</b></li>") != std::string::npos);
        QVERIFY(zh.find("<b>3,100 席</b>") != std::string::npos);
        QVERIFY(zh.find(">新臺幣 35,651,298<") != std::string::npos);
        QVERIFY(zh.find(">損益平衡 1,086 人</text>") != std::string::npos);
    }

    void deckSlidesAreVisualsWithSpeakerNotes()
    {
        const auto p = sample();
        const auto summary = computeBudget(p, budgetOf(p));
        const auto &hybrid = summary.formats[static_cast<std::size_t>(EventFormat::Hybrid)];
        for (Lang l : {Lang::En, Lang::ZhTW}) {
            const auto html = pitchDeckHtml(p, l);
            // One notes block per slide, right after it: 9 slides, 9 blocks, none before the first title.
            std::size_t blocks = 0;
            for (auto at = html.find(html::kNotesBegin); at != std::string::npos; at = html.find(html::kNotesBegin, at + 1))
                ++blocks;
            QCOMPARE(blocks, std::size_t(9));
            QVERIFY(html.find("<h1") < html.find(html::kNotesBegin));
            // Without the notes (the PDF), no word of them is left.
            const auto slides = html::withoutSpeakerNotes(html);
            QVERIFY(slides.find(l == Lang::En ? "Speaker notes" : "講者備註") == std::string::npos);
            QVERIFY(html.find(l == Lang::En ? "Speaker notes" : "講者備註") != std::string::npos);
            // The financial slide and the sustainability slide show charts (the budget page's break-even chart, the
            // CO2e chart) instead of tables: two <svg> in the deck, each drawn 480 wide and shown larger on the slide.
            std::size_t charts = 0;
            for (auto at = slides.find("<svg"); at != std::string::npos; at = slides.find("<svg", at + 1))
                ++charts;
            QCOMPARE(charts, std::size_t(2));
            std::size_t larger = 0;
            for (auto at = slides.find("<svg"); at != std::string::npos; at = slides.find("<svg", at + 1)) {
                const auto tag = slides.substr(at, slides.find('>', at) - at);
                const auto width = std::stoi(tag.substr(tag.find(" width=\"") + 8));
                QVERIFY2(tag.find("viewBox=\"0 0 480 ") != std::string::npos && width > 480 && width <= 892, tag.c_str());
                ++larger;
            }
            QCOMPARE(larger, std::size_t(2));
            // The CO2e table is gone: the chart has the numbers.
            QVERIFY(slides.find("CO2e (t, known parts)") == std::string::npos && slides.find("CO2e（公噸，已知部分）") == std::string::npos);
        }
        // The notes speak from the same numbers: hybrid likely cost 35,651,298, revenue 48,800,400, surplus 12,541,221
        // (venuebid-cli budget); break-even 1,086 of the 2,200 planned (1,400 on site + 800 online): 2,200 − 1,086 = 1,114.
        QCOMPARE(hybrid.likely.costs.total, Money(35651298));
        QCOMPARE(hybrid.breakEven.attendees, std::int64_t(2200));
        const auto en = pitchDeckHtml(p, Lang::En);
        QVERIFY(en.find("In the likely scenario the congress costs TWD 35,651,298 and brings in TWD 48,800,400, a surplus of TWD 12,541,221.")
                != std::string::npos);
        QVERIFY(en.find("The lines cross at 1,086 attendees: the 2,200 planned are 1,114 more than the congress needs to cover its costs.")
                != std::string::npos);
        QVERIFY(en.find("We propose the hybrid format: 1,400 on site and 800 online, 2,200 attendees in all.") != std::string::npos);
        const auto zh = pitchDeckHtml(p, Lang::ZhTW);
        QVERIFY(zh.find("兩線交於 1,086 人：規劃的 2,200 人比打平成本所需多 1,114 人。") != std::string::npos);
        QVERIFY(zh.find("本案建議採混合型式：實體 1,400 人、線上 800 人，合計 2,200 人。") != std::string::npos);
    }

    void deckHasNoEmptySlide()
    {
        // minimal.venuebid.json has no narrative, no destinations and no letters: no "why" and no support slide
        // rather than a title over nothing. Left: title, venue, format, thank you.
        const auto loaded = loadProjectFile(TEST_DATA_DIR "/minimal.venuebid.json");
        QVERIFY(loaded.ok());
        for (Lang l : {Lang::En, Lang::ZhTW}) {
            const auto slides = html::withoutSpeakerNotes(pitchDeckHtml(*loaded.project, l));
            std::size_t count = 0;
            for (auto at = slides.find("<h1"); at != std::string::npos; at = slides.find("<h1", at + 1)) {
                ++count;
                const auto end = slides.find("</h1>", at) + 5;
                QVERIFY2(slides.compare(end, 3, "<h1") != 0 && slides.compare(end, 7, "</body>") != 0, slides.substr(at, 80).c_str());
            }
            QCOMPARE(count, std::size_t(4));
        }
    }

    void bookChartsAreTheBudgetAndBriefCharts()
    {
        const auto p = sample();
        for (Lang l : {Lang::En, Lang::ZhTW}) {
            const auto book = bidBookHtml(p, l);
            const auto chapter = [&](int n) { // the text of chapter n, from its heading to the next
                const std::string heading = "<h2 style=\"page-break-before:always\">" + std::to_string(n) + ". ";
                const auto at = book.find(heading);
                const auto next = book.find("<h2", at + 1);
                return at == std::string::npos ? std::string() : book.substr(at, next - at);
            };
            // The budget chapter (9) has the budget page's break-even chart of the proposed format, the same SVG.
            const auto summary = computeBudget(p, budgetOf(p));
            const auto &fs = summary.formats[static_cast<std::size_t>(EventFormat::Hybrid)];
            const std::string breakEven = svg::lineChartSvg(breakEvenChart(p, budgetOf(p), fs, EventFormat::Hybrid, l));
            QVERIFY(chapter(9).find(breakEven) != std::string::npos);
            QVERIFY(chapter(9).find(l == Lang::En ? ">break-even 1,086 people</text>" : ">損益平衡 1,086 人</text>") != std::string::npos);
            // The summary (2) has the client brief's attendance chart: the same SVG as the brief's section 4.
            const std::string attendance = documents::attendanceHistoryChart(p, forecastAttendance(p, std::nullopt, l), l);
            QVERIFY(!attendance.empty());
            QVERIFY(chapter(2).find(attendance) != std::string::npos);
            QVERIFY(documents::clientBriefHtml(p, l == Lang::En ? documents::BriefLangs::En : documents::BriefLangs::ZhTW).find(attendance)
                    != std::string::npos);
            // No cost sheet in the client copy: no markup line, no cost-sheet title.
            QVERIFY(book.find(l == Lang::En ? "Cost sheet" : "成本表") == std::string::npos);
        }
    }

    void bookCoverHasTheLetterhead()
    {
        const auto p = sample();
        const auto en = bidBookHtml(p, Lang::En);
        const auto zh = bidBookHtml(p, Lang::ZhTW);
        // The sample's meta.pco, on the cover before the first chapter, in the book's language only.
        QVERIFY(en.find("(Sample) Conference Services Co., Ltd.") < en.find("<h2"));
        QVERIFY(en.find("Business ID No. 12345675") < en.find("<h2"));
        QVERIFY(en.find("統一編號") == std::string::npos);
        QVERIFY(zh.find("（範例）會議顧問股份有限公司") < zh.find("<h2"));
        QVERIFY(zh.find("統一編號 12345675") < zh.find("<h2"));
    }

    void budgetChartBarsMatchTheBudget()
    {
        const auto p = sample();
        const auto summary = computeBudget(p, budgetOf(p));
        // The book's chart is the budget page's chart (budgetCategoryChart) for the proposed format only, before tax.
        const auto c = budgetCategoryChart(p, summary, Lang::En, EventFormat::Hybrid);
        QCOMPARE(c.series.size(), std::size_t(1));
        QVERIFY(c.title.empty());
        // The bars add up to the hybrid format's likely costs before tax (未稅): TWD 34,006,036 (venuebid-cli budget).
        double sum = 0;
        for (double v : c.series[0].values)
            sum += v;
        QCOMPARE(sum, 34006036.0);
        QCOMPARE(c.series[0].values.back(), 0.0); // no business-tax bar before tax
        QCOMPARE(sum, static_cast<double>(summary.formats[static_cast<std::size_t>(EventFormat::Hybrid)].likely.costs.beforeTax()));
        // In the book, after its caption, in zh-TW with the Chinese category names and the management fee's amount.
        const auto zh = bidBookHtml(p, Lang::ZhTW);
        QVERIFY(zh.find("建議型式（混合）各類成本（未稅），單位 新臺幣：</p><p><svg") != std::string::npos);
        const auto fee = summary.formats[static_cast<std::size_t>(EventFormat::Hybrid)].likely.costs.managementFee;
        QVERIFY(fee > 0);
        QVERIFY(zh.find(">" + std::string(vb::tr(Lang::ZhTW, "common.management_fee")) + "</text>") != std::string::npos);
        QVERIFY(zh.find(">" + groupThousands(fee) + "</text>") != std::string::npos);
    }

    void deckFormatSlideNamesTheFormatAsAKeyWord()
    {
        // The sample proposes the hybrid format (venuebid-cli options): the slide's key word starts with a capital in
        // English, as the other slides' titles do; Chinese as it is.
        const auto p = sample();
        QVERIFY(pitchDeckHtml(p, Lang::En).find("<p class=\"big\">Hybrid</p>") != std::string::npos);
        QVERIFY(pitchDeckHtml(p, Lang::ZhTW).find("<p class=\"big\">混合</p>") != std::string::npos);
    }

    void internalAnnexKeepsTheRanking()
    {
        const auto p = sample();
        const auto en = bidInternalHtml(p, Lang::En);
        QVERIFY(en.find("Internal: for the bid team only, not for the client.") != std::string::npos);
        // venuebid-cli destinations (WSM): Seoul 0.8628, Singapore 0.8568, Bangkok 0.8314, Taipei 0.8102 → rank 4 of 4.
        QVERIFY(en.find("rank 4 of 4") != std::string::npos);
        QVERIFY(en.find("<tr><td>1</td><td>Seoul</td><td align=\"right\">86.3</td></tr>") != std::string::npos); // 0.8628 of 1
        QVERIFY(en.find("<td>International air access</td><td align=\"right\">7 out of 10</td><td>Singapore 10 out of 10</td><td>behind</td>")
                != std::string::npos);
        // The smallest verified change: the bid subsidy from 16,700 to 43,000 USD (venuebid-cli destinations).
        QVERIFY(en.find("What it would take to win: Bid subsidy and support 16,700 USD → 43,000 USD (verified by re-scoring).") != std::string::npos);
        // venuebid-cli rank: TICC first of 8 (WSM 0.8480).
        QVERIFY(en.find("The proposed venue, Taipei International Convention Center (TICC), ranks 1 of 8 (WSM).") != std::string::npos);
        // Our bidder a on "plan": (26+26+21+24+20)/5 = 23.40 against b's (26+25+25+25+24)/5 = 25.00 → −1.60.
        QVERIFY(en.find("<td align=\"right\">23.40</td><td>") != std::string::npos);
        QVERIFY(en.find("25.00</td><td align=\"right\">-1.60</td>") != std::string::npos);
        // One chapter a page, every page under the internal mark: chapter 1 under the title's, chapters 2–6 (against
        // the best competitor, what it would take, format, venues, tender) each from a new page headed by the mark.
        const auto count = [](const std::string &h, const std::string &what) {
            std::size_t n = 0;
            for (auto at = h.find(what); at != std::string::npos; at = h.find(what, at + 1))
                ++n;
            return n;
        };
        QCOMPARE(count(en, "<h2>"), std::size_t(6));
        QCOMPARE(count(en, "<p class=\"internal\" style=\"page-break-before:always\">Internal: for the bid team only, not for the client.</p><h2>"),
                 std::size_t(5));
        const auto zh = bidInternalHtml(p, Lang::ZhTW);
        QCOMPARE(count(zh, "<p class=\"internal\" style=\"page-break-before:always\">內部資料：僅供競標團隊使用，請勿提供給客戶。</p><h2>"), std::size_t(5));
        QVERIFY(zh.find("內部資料：僅供競標團隊使用，請勿提供給客戶。") != std::string::npos);
        QVERIFY(zh.find("第 4 名，共 4 個") != std::string::npos);
        QVERIFY(zh.find("<td>落後</td>") != std::string::npos);
        QVERIFY(zh.find("目的地排名") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestClientDocuments)
#include "tst_client_documents.moc"
