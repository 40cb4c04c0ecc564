// SPDX-License-Identifier: GPL-3.0-or-later
// The bid and decision pages' charts (bid/bidcharts.h): each bar carries the number the page's table and venuebid-cli
// show for the sample project, bars are as long as their values, the texts come in both languages, and a project
// without the section draws nothing.
#include "bidcharts.h"
#include "projectformat.h"
#include "svgchart.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace vb;

namespace {
constexpr double kTol = 1e-9;

Project load(const std::string &path)
{
    auto r = loadProjectFile(path);
    if (!r.project)
        qFatal("cannot load %s", path.c_str());
    return *r.project;
}
Project sample() { return load(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json"); }

/** The bars (rects that are not 10 × 10 legend squares): {width, fill}, in drawing order. */
std::vector<std::pair<double, QString>> bars(const std::string &svg)
{
    std::vector<std::pair<double, QString>> out;
    static const QRegularExpression re(QStringLiteral("<rect x=\"[^\"]*\" y=\"[^\"]*\" width=\"([^\"]*)\" height=\"([^\"]*)\" fill=\"([^\"]*)\""));
    for (auto it = re.globalMatch(QString::fromStdString(svg)); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2) != QLatin1String("10"))
            out.emplace_back(m.captured(1).toDouble(), m.captured(3));
    }
    return out;
}
bool has(const std::string &svg, const std::string &text) { return svg.find(text) != std::string::npos; }
} // namespace

class TestBidCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenderMarginsAreTheTablesAverages()
    {
        const Project p = sample();
        const auto t = tender::tenderOf(p);
        const auto c = tenderMarginChart(p, t, Lang::En);
        // `venuebid-cli tender` on the sample: our bid 甲 (bid_book.tender_bidder "a") against 乙, the best on every
        // item. By hand, item "plan" (30 points): ours (26 + 26 + 21 + 24 + 20) / 5 = 23.40, 乙's (26 + 25 + 25 + 25
        // + 24) / 5 = 25.00, 丙's 115 / 5 = 23.00; item "team" (20 points): 78 / 5 = 15.60 against 83 / 5 = 16.60.
        QCOMPARE(c.categories.size(), std::size_t(5));
        QCOMPARE(c.categories[1], std::string("Plan content and creativity (30 points)"));
        QCOMPARE(c.series.size(), std::size_t(2));
        QCOMPARE(c.series[0].name, std::string("Us (甲會議顧問公司（虛構）)"));
        QCOMPARE(c.series[1].name, std::string("Best competitor"));
        const std::vector<double> ours{15.6, 23.4, 15.6, 15.6, 8.0}, best{16.6, 25.0, 16.6, 16.6, 8.0};
        for (std::size_t k = 0; k < 5; ++k) {
            QVERIFY(std::abs(c.series[0].values[k] - ours[k]) < kTol);
            QVERIFY(std::abs(c.series[1].values[k] - best[k]) < kTol);
        }
        // Margins −1.00 − 1.60 − 1.00 − 1.00 + 0.00 = −4.60.
        QVERIFY(has(c.note, "Sum of our margins: -4.60 points."));
        // Drawn in item order, ours then the best: 23.40 / 25.00 is the ratio of the plan bars.
        const std::string s = svg::barChartSvg(c);
        const auto b = bars(s);
        QCOMPARE(b.size(), std::size_t(10));
        QVERIFY(std::abs(b[2].first / b[3].first - 23.4 / 25.0) < 0.001);
        QVERIFY(std::abs(b[3].first / b[1].first - 25.0 / 16.6) < 0.001);
        QVERIFY(has(s, ">23.40<") && has(s, ">25.00<"));
        QVERIFY(has(s, "Presentation and Q&amp;A (10 points)"));
        const auto zh = tenderMarginChart(p, t, Lang::ZhTW);
        QCOMPARE(zh.categories[1], std::string("計畫內容與創意（配分 30）"));
        QCOMPARE(zh.series[0].name, std::string("我方（甲會議顧問公司（虛構））"));
        QCOMPARE(zh.series[1].name, std::string("最佳競爭者"));
        QVERIFY(has(zh.note, "我方各項差距合計：-4.60 分。"));
        // Without our bid among the bidders there is nothing to draw.
        Project other = p;
        auto t2 = t;
        t2.bidders[0].id = "someone-else";
        QVERIFY(tenderMarginChart(other, t2, Lang::En).categories.empty());
    }

    void ahpPrioritiesArePercentages()
    {
        // tests/data/ahp-judgements.venuebid.json, evaluator PM (not group mode, the first): plenary vs rooms 3,
        // plenary vs rental 5, rooms vs rental 3, Saaty's classic matrix → w ≈ (0.637, 0.258, 0.105), λmax 3.0385,
        // CR 0.033 (`venuebid-cli ahp`, tests/core/tst_mcda.cpp).
        const Project p = load(std::string(TEST_DATA_DIR) + "/ahp-judgements.venuebid.json");
        const auto c = ahpPriorityChart(p, Lang::En);
        QCOMPARE(c.categories, (std::vector<std::string>{"Plenary seats", "Meeting rooms", "Venue rental"}));
        QCOMPARE(c.series.size(), std::size_t(1));
        QVERIFY(std::abs(c.series[0].values[0] - 63.6986) < 1e-3);
        QVERIFY(std::abs(c.series[0].values[1] - 25.8285) < 1e-3);
        QVERIFY(std::abs(c.series[0].values[2] - 10.4729) < 1e-3);
        QVERIFY(std::abs(c.series[0].values[0] + c.series[0].values[1] + c.series[0].values[2] - 100.0) < 1e-9);
        QCOMPARE(c.valueText(c.series[0].values[0]), std::string("63.7 %"));
        QVERIFY(has(c.note, "λmax 3.0385, CR 0.033: consistent (CR ≤ 0.10)."));
        const std::string s = svg::barChartSvg(c);
        const auto b = bars(s);
        QCOMPARE(b.size(), std::size_t(3));
        QVERIFY(std::abs(b[0].first / b[2].first - 63.6986 / 10.4729) < 0.01);
        const auto zh = ahpPriorityChart(p, Lang::ZhTW);
        QCOMPARE(zh.categories[0], std::string("主會場座位數"));
        QCOMPARE(zh.title, std::string("AHP 準則優先權重"));
        QVERIFY(has(zh.note, "CR 0.033：一致（CR ≤ 0.10）。"));
        // An inconsistent matrix says so: 9, 9 and 1/9 contradict each other.
        const auto bad = ahpPriorityChart({"a", "b", "c"}, {0.5, 0.3, 0.2}, 3.9, 0.8, false, Lang::En);
        QVERIFY(has(bad.note, "CR 0.800: inconsistent (CR > 0.10)"));
        // No judgements: nothing to draw.
        QVERIFY(ahpPriorityChart(sample(), Lang::En).categories.empty());
    }

    void destinationsScoresWithOursMarked()
    {
        const Project p = sample();
        const auto c = destinationChart(p, Lang::En);
        // `venuebid-cli destinations` on the sample (WSM): 1 Seoul 0.8628, 2 Singapore 0.8568, 3 Bangkok 0.8314,
        // 4 Taipei (ours) 0.8102.
        QCOMPARE(c.categories, (std::vector<std::string>{"Seoul", "Singapore", "Bangkok", "Taipei (ours)"}));
        const auto &v = c.series[0].values;
        // Drawn as the tables print a WSM score: points of 100.
        const std::vector<double> expected{86.28, 85.68, 83.14, 81.02};
        for (std::size_t k = 0; k < 4; ++k)
            QVERIFY2(std::abs(v[k] - expected[k]) < 0.005, QByteArray::number(v[k], 'f', 6).constData()); // 4 decimals of the 0–1 score
        QCOMPARE(c.valueText(v[0]), std::string("86.3"));
        QVERIFY(has(c.note, "weighted sum (WSM)"));
        QVERIFY(has(c.note, "higher is better"));
        QVERIFY(has(c.note, "Taipei (ours) ranks 4 of 4."));
        QCOMPARE(c.marks.size(), std::size_t(1));
        QCOMPARE(c.marks[0].name, std::string("Ours"));
        // Ours alone in its own colour; bars on one scale from 0.
        const auto b = bars(svg::barChartSvg(c));
        QCOMPARE(b.size(), std::size_t(4));
        QCOMPARE(b[3].second, QString::fromLatin1(kOursColour));
        QCOMPARE(b[0].second, QString::fromLatin1(svg::kFormatColours[0]));
        QVERIFY(std::abs(b[0].first / b[3].first - v[0] / v[3]) < 0.001);
        const auto zh = destinationChart(p, Lang::ZhTW);
        QCOMPARE(zh.categories[3], std::string("臺北（我方）"));
        QVERIFY(has(zh.note, "臺北（我方）排名第 4，共 4 個目的地。"));
        QCOMPARE(zh.marks[0].name, std::string("我方"));
    }

    void quotesPerAttendeeCheapestAndBest()
    {
        const Project p = sample();
        const auto c = quoteChart(p, Lang::En);
        // `venuebid-cli quotes` on the sample, over 1,800 attendees, best rank first. By hand: PCO USD 640,000 × 32
        // = 20,480,000 (exempt) / 1,800 = 11,377.8 → 11,378; KEC 18,900,000 with tax / 1,800 = 10,500; TICC
        // 17,600,000 × 1.05 = 18,480,000 + exhibition 1,512,000 = 19,992,000 / 1,800 = 11,106.7 → 11,107; Grand
        // Hyatt 16,200,000 × 1.10 × 1.05 = 18,711,000 + 1,512,000 = 20,223,000 / 1,800 = 11,235.
        QCOMPARE(c.categories.size(), std::size_t(4));
        QCOMPARE(c.categories[0], std::string("International PCO turnkey offer (illustrative quote)"));
        QCOMPARE(c.categories[1], std::string("高雄展覽館 KEC (illustrative quote)"));
        QCOMPARE(c.series[0].name, std::string("Per attendee"));
        QCOMPARE(c.series[0].values, (std::vector<double>{11378, 10500, 11107, 11235}));
        QVERIFY(has(c.note, "TWD per attendee over 1,800 attendees"));
        QVERIFY(has(c.note, "Cheapest: 高雄展覽館 KEC (illustrative quote). Best overall: International PCO turnkey offer (illustrative quote)."));
        QCOMPARE(c.marks.size(), std::size_t(2));
        const std::string s = svg::barChartSvg(c);
        QVERIFY(has(s, ">11,378<") && has(s, ">10,500<"));
        const auto b = bars(s);
        QCOMPARE(b.size(), std::size_t(4));
        QCOMPARE(b[0].second, QString::fromLatin1(kBestColour));
        QCOMPARE(b[1].second, QString::fromLatin1(kCheapestColour));
        QCOMPARE(b[2].second, QString::fromLatin1(kOtherQuoteColour));
        QVERIFY(std::abs(b[0].first / b[1].first - 11378.0 / 10500.0) < 0.001);
        const auto zh = quoteChart(p, Lang::ZhTW);
        QCOMPARE(zh.series[0].name, std::string("每人金額"));
        QVERIFY(has(zh.note, "每人金額（TWD），以 1,800 人計"));
        QCOMPARE(zh.marks[0].name, std::string("綜合最佳"));
        QCOMPARE(zh.marks[1].name, std::string("最便宜"));
    }

    void nothingToDrawWithoutTheSections()
    {
        const Project p = load(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        QVERIFY(destinationChart(p, Lang::En).categories.empty());
        QVERIFY(quoteChart(p, Lang::En).categories.empty());
        QVERIFY(ahpPriorityChart(p, Lang::En).categories.empty());
    }
};

QTEST_GUILESS_MAIN(TestBidCharts)
#include "tst_bidcharts.moc"
