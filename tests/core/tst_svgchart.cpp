// SPDX-License-Identifier: GPL-3.0-or-later
// Charts as SVG (base/svgchart.h) and the charts of the budget, revenue and scenarios pages (budget/budgetcharts.h,
// analysis/analysischarts.h): bars as long as their values, text escaped, the budget's bars adding up to the total
// with tax, the break-even marker where cost and revenue cross, the risks in their cells (hand-worked).
#include "analysischarts.h"
#include "budgetcharts.h"
#include "budgetedit.h"
#include "projectformat.h"
#include "svgchart.h"

#include <QRegularExpression>
#include <QTest>

using namespace vb;

namespace {
/** The points of every polyline, in order: [(x, y), ...] per line. */
std::vector<std::vector<std::pair<double, double>>> polylines(const std::string &svg)
{
    std::vector<std::vector<std::pair<double, double>>> out;
    static const QRegularExpression re(QStringLiteral("<polyline points=\"([^\"]*)\""));
    for (auto it = re.globalMatch(QString::fromStdString(svg)); it.hasNext();) {
        out.emplace_back();
        for (const auto &pt : it.next().captured(1).split(QLatin1Char(' '))) {
            const auto xy = pt.split(QLatin1Char(','));
            out.back().emplace_back(xy[0].toDouble(), xy[1].toDouble());
        }
    }
    return out;
}

/** The dashed vertical lines (the markers): their x, in order. */
std::vector<double> markerXs(const std::string &svg)
{
    std::vector<double> out;
    static const QRegularExpression re(QStringLiteral("<line x1=\"([^\"]*)\" y1=\"[^\"]*\" x2=\"([^\"]*)\"[^>]*stroke-dasharray=\"4,3\""));
    for (auto it = re.globalMatch(QString::fromStdString(svg)); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) == m.captured(2))
            out.push_back(m.captured(1).toDouble());
    }
    return out;
}

/** The widths of the bars (the rects that are not legend squares, which are 10 × 10), in order. */
std::vector<double> barWidths(const std::string &svg)
{
    std::vector<double> out;
    static const QRegularExpression re(QStringLiteral("<rect x=\"[^\"]*\" y=\"[^\"]*\" width=\"([^\"]*)\" height=\"([^\"]*)\""));
    for (auto it = re.globalMatch(QString::fromStdString(svg)); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2) != QLatin1String("10"))
            out.push_back(m.captured(1).toDouble());
    }
    return out;
}
} // namespace

class TestSvgChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsAreAsLongAsTheirValues()
    {
        svg::BarChart c;
        c.categories = {"Venue", "Empty", "Catering <& drinks>"};
        c.series = {{"On site", "#1f5fa8", {300, 0, 100}}, {"Online", "#d98c1f", {150, 0, 0}}};
        const std::string s = svg::barChartSvg(c, 640);
        // The row whose values are all 0 is left out; the label is escaped.
        QVERIFY(s.find(">Empty<") == std::string::npos);
        QVERIFY(s.find("Catering &lt;&amp; drinks&gt;") != std::string::npos);
        QVERIFY(s.find("<&") == std::string::npos);
        // Bars: 300, 150 (Venue), 100, 0 (Catering); one scale from 0, so 300 is twice 150 and three times 100.
        const auto w = barWidths(s);
        QCOMPARE(w.size(), std::size_t(4));
        QVERIFY(w[0] > 100);
        QVERIFY(std::abs(w[0] / w[1] - 2.0) < 0.01); // coordinates have two decimals
        QVERIFY(std::abs(w[0] / w[2] - 3.0) < 0.01); // coordinates have two decimals
        QCOMPARE(w[3], 0.0);
        QVERIFY(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\""));
        // A note longer than the chart is wide wraps onto lines of its own (each starts at x = 0), words kept whole.
        c.note = std::string(30, 'x') + " " + std::string(60, 'y') + " " + std::string(60, 'z') + " " + std::string(60, 'w');
        const std::string wrapped = svg::barChartSvg(c, 640);
        QCOMPARE(QString::fromStdString(wrapped).count(QStringLiteral("<text x=\"0\" ")), 3); // 91, 61 and 60 characters of about 5.5 px: 636 px a line
        QVERIFY(wrapped.find(std::string(60, 'y') + "</text>") != std::string::npos || wrapped.find(std::string(60, 'y') + " ") != std::string::npos);
        QVERIFY(s.ends_with("</svg>"));
    }

    void ownColoursMarksAndLongLabels()
    {
        svg::BarChart c;
        c.categories = {"Seoul", std::string(100, 'x')};
        c.series = {{"Destination", "#1f5fa8", {0.86, 0.81}}};
        c.colours = {"", "#d98c1f"};
        c.marks = {{"Ours", "#d98c1f"}};
        const std::string s = svg::barChartSvg(c, 640);
        // The first bar in its series' colour, the second in its own; the legend names both colours.
        QVERIFY(s.find("fill=\"#1f5fa8\" stroke=\"none\"/><text") != std::string::npos);
        QCOMPARE(QString::fromStdString(s).count(QStringLiteral("fill=\"#d98c1f\" stroke=\"none\"")), 2); // the bar and its legend square
        QVERIFY(s.find(">Ours</text>") != std::string::npos);
        // The label column is at most 45 % of 640 = 288 px; the text ends 8 px before the bars, so 280 px hold
        // 44 characters of 0.55 × 11 = 6.05 px (266.2) and "…" (11 px, a wide character): 277.2 ≤ 280 < 283.25.
        QVERIFY(s.find(">" + std::string(44, 'x') + "…</text>") != std::string::npos);
        QVERIFY(s.find(std::string(45, 'x')) == std::string::npos);
    }

    void budgetBarsAddUpToTheTotal()
    {
        auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json"); // 1,000 on site
        QVERIFY(r.project);
        Project p = *r.project;
        BudgetLineFields f;
        f.description = {"識別證吊繩", "Lanyards"};
        f.category = CostCategory::Registration;
        f.unitCost = 12000;
        f.quantity = 3;
        f.serviceCharge = true;
        QVERIFY(addBudgetLine(p, f, Lang::En).ok());
        const Budget b = budgetOf(p);
        const auto c = budgetCategoryChart(p, computeBudget(p, b), Lang::En);
        // Registration 36,000 + 10 % service charge 3,600 = 39,600 before tax; contingency 10 % = 3,960; business tax
        // 5 % of 39,600 + 3,960 = 1,980 + 198 = 2,178. 39,600 + 3,960 + 2,178 = 45,738, the budget's total.
        const auto &onsite = c.series[0].values;
        const auto k = static_cast<std::size_t>(CostCategory::Registration);
        QCOMPARE(onsite[k], 39600.0);
        QCOMPARE(onsite[kCategoryCount], 3960.0);      // contingency
        QCOMPARE(onsite[kCategoryCount + 1], 0.0);     // no management fee
        QCOMPARE(onsite[kCategoryCount + 2], 2178.0);  // business tax
        double sum = 0;
        for (double v : onsite)
            sum += v;
        QCOMPARE(sum, 45738.0);
        QCOMPARE(c.note, std::string("TWD. Before tax per category; a format's bars add up to its total with tax: on-site 45,738; hybrid 45,738; online 45,738."));
        const auto zh = budgetCategoryChart(p, computeBudget(p, b), Lang::ZhTW);
        QCOMPARE(zh.categories[kCategoryCount + 2], std::string("營業稅"));
        QVERIFY(svg::barChartSvg(zh).find("各類別成本（最可能情境）") != std::string::npos);
    }

    void noLineStartsWithClosingPunctuation()
    {
        // A note line holds 63 CJK characters of 10 px (636 px in a 640 px chart): the 64th, "。", may not start the
        // next line, so the character before it goes down with it.
        svg::BarChart c;
        c.categories = {"A"};
        c.series = {{"S", "#1f5fa8", {1}}};
        std::string note;
        for (int i = 0; i < 63; ++i)
            note += "字";
        c.note = note + "。後";
        const std::string s = svg::barChartSvg(c, 640);
        QVERIFY(s.find(">字。後</text>") != std::string::npos);
        QVERIFY(s.find(">。") == std::string::npos);
    }

    void lineChartScalesAndMarkers()
    {
        svg::LineChart c;
        c.xLabel = "Attendees (people)";
        c.yLabel = "Amount <TWD>";
        c.xs = {0, 100, 200};
        c.series = {{"Cost", "#b03a2e", {100, 200, 300}, false}, {"Revenue & more", "#1f5fa8", {0, 200, 400}, true}};
        c.markers = {{100, "meet at 100", "#555555"}, {500, "outside the range", "#555555"}};
        const std::string s = svg::lineChartSvg(c, 640, 240);
        QVERIFY(s.find("Amount &lt;TWD&gt;") != std::string::npos);
        QVERIFY(s.find("Revenue &amp; more") != std::string::npos);
        QVERIFY(s.find("outside the range") == std::string::npos); // a marker beyond the x range is left out
        const auto lines = polylines(s);
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[0].size(), std::size_t(3));
        // One y scale from 0: the zero line is where revenue starts; 400 is twice as high above it as 200, and x 200 is
        // twice as far from x 0 as x 100.
        const double zeroY = lines[1][0].second;
        QVERIFY(std::abs((zeroY - lines[1][2].second) / (zeroY - lines[1][1].second) - 2.0) < 0.01);
        QVERIFY(std::abs((zeroY - lines[0][2].second) / (zeroY - lines[0][0].second) - 3.0) < 0.01);
        QVERIFY(std::abs((lines[0][2].first - lines[0][0].first) / (lines[0][1].first - lines[0][0].first) - 2.0) < 0.01);
        // The lines meet at x 100 (both 200), where the marker is.
        const auto xs = markerXs(s);
        QCOMPARE(xs.size(), std::size_t(1));
        QVERIFY(std::abs(xs[0] - lines[0][1].first) < 0.01);
        QVERIFY(std::abs(lines[0][1].second - lines[1][1].second) < 0.01);
        QCOMPARE(QString::fromStdString(s).count(QStringLiteral("<circle ")), 6 + 2); // a point per value, one per legend entry
        QVERIFY(s.find("stroke-dasharray=\"6,3\"") != std::string::npos);           // the dashed series (the painter splits at commas)
    }

    void breakEvenMarkerIsWhereTheLinesCross()
    {
        auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json"); // 1,000 on site
        QVERIFY(r.project);
        Project p = *r.project;
        BudgetLineFields venue;
        venue.description = {"場地", "Venue"};
        venue.category = CostCategory::Venue;
        venue.unitCost = 400000;
        QVERIFY(addBudgetLine(p, venue, Lang::En).ok());
        BudgetLineFields meals;
        meals.description = {"餐飲", "Meals"};
        meals.category = CostCategory::FoodBeverage;
        meals.basis = QuantityBasis::PerAttendee;
        meals.unitCost = 1000;
        QVERIFY(addBudgetLine(p, meals, Lang::En).ok());
        RevenueItemFields fee;
        fee.name = {"報名費", "Fee"};
        fee.type = RevenueType::Registration;
        fee.amount = 3000;
        fee.sharePercent = 100;
        QVERIFY(addRevenueItem(p, fee, Lang::En).ok());
        const Budget b = budgetOf(p);
        const BudgetSummary sum = computeBudget(p, b);
        const FormatSummary &fs = sum.formats[static_cast<std::size_t>(EventFormat::Onsite)];
        // Not registered: cost with tax against revenue as received. At n people: venue 400,000 + meals 1,000 n,
        // contingency 10 % = 40,000 + 100 n, business tax 5 % of both = 22,000 + 55 n: cost = 462,000 + 1,155 n;
        // revenue = 3,000 n. Break-even Q = 462,000 / (3,000 − 1,155) = 250.4 → 251 people.
        QCOMPARE(*fs.breakEven.attendeesNeeded, std::int64_t(251));
        const svg::LineChart c = breakEvenChart(p, b, fs, EventFormat::Onsite, Lang::En);
        // 11 points, 0 to twice the plan of 1,000; the computed budget at each.
        QCOMPARE(c.xs.size(), std::size_t(11));
        QCOMPARE(c.xs[1], 200.0);
        QCOMPARE(c.xs[10], 2000.0);
        QCOMPARE(c.series[0].values[0], 462000.0);
        QCOMPARE(c.series[0].values[1], 693000.0);  // 462,000 + 1,155 × 200
        QCOMPARE(c.series[1].values[1], 600000.0);  // 3,000 × 200
        QCOMPARE(c.series[0].values[5], static_cast<double>(fs.likely.comparedCost())); // the plan: the table's figures
        QCOMPARE(c.series[0].values[5], 1617000.0); // 462,000 + 1,155,000
        QCOMPARE(c.series[1].values[5], 3000000.0);
        QCOMPARE(c.series[0].name, std::string("Cost incl. tax"));
        QCOMPARE(c.markers.size(), std::size_t(2));
        QCOMPARE(c.markers[0].x, 251.0);
        QCOMPARE(c.markers[0].label, std::string("break-even 251 people"));
        QCOMPARE(c.markers[1].label, std::string("planned 1,000 people"));
        QCOMPARE(c.note, std::string("TWD. Each point is the budget computed at that attendance (planned mix: 1,000 on site, 0 online). "
                                     "The lines cross at the break-even attendance Q = F / (P − V)."));
        // Drawn: the lines cross between 200 and 400 people; the marker's x is the crossing (250.4) to within the
        // rounding up to 251 people (0.6 of 2,000 people across the plot, well under a pixel).
        const std::string s = svg::lineChartSvg(c);
        const auto lines = polylines(s);
        QCOMPARE(lines.size(), std::size_t(2));
        const auto &cost = lines[0], &rev = lines[1];
        double crossX = -1;
        for (std::size_t i = 0; i + 1 < cost.size(); ++i) {
            const double d0 = rev[i].second - cost[i].second, d1 = rev[i + 1].second - cost[i + 1].second; // y grows downwards
            if (d0 > 0 && d1 <= 0) {
                QCOMPARE(i, std::size_t(1));
                crossX = cost[i].first + (cost[i + 1].first - cost[i].first) * d0 / (d0 - d1);
            }
        }
        QVERIFY(crossX > 0);
        const auto xs = markerXs(s);
        QCOMPARE(xs.size(), std::size_t(2));
        QVERIFY2(std::abs(xs[0] - crossX) < 0.5, qPrintable(QStringLiteral("marker %1, crossing %2").arg(xs[0]).arg(crossX)));
        QVERIFY(std::abs(xs[1] - cost[5].first) < 0.01); // the plan's marker on the sixth point
        const auto zh = breakEvenChart(p, b, fs, EventFormat::Onsite, Lang::ZhTW);
        QCOMPARE(zh.markers[0].label, std::string("損益平衡 251 人"));
        QCOMPARE(zh.series[0].name, std::string("成本（含稅）"));
        QVERIFY(svg::lineChartSvg(zh).find("損益平衡（實體）") != std::string::npos);
    }

    void riskMatrixPlacesEachRiskInItsCell()
    {
        std::vector<Scenario> sc(4);
        sc[0].name = {"颱風", "Typhoon"};
        sc[0].likelihood = 3, sc[0].impact = 4; // 12: monitor
        sc[1].name = {"罷工", "Strike"};
        sc[1].likelihood = 3, sc[1].impact = 4; // the same cell
        sc[2].name = {"地震", "Earthquake <M7>"};
        sc[2].likelihood = 5, sc[2].impact = 5; // 25: action
        sc[3].name = {"停電", "Power cut"};
        sc[3].likelihood = 1, sc[3].impact = 2; // 2: accept
        const svg::RiskMatrix m = riskMatrixChart(sc, Lang::En);
        QCOMPARE(m.items[0].legend, std::string("1 = Typhoon (score 12)"));
        QCOMPARE(m.bands[1].legend, std::string("monitor: score 6–12"));
        const std::string s = svg::riskMatrixSvg(m);
        QVERIFY(s.find("3 = Earthquake &lt;M7&gt; (score 25)") != std::string::npos);
        // 25 cells (white-edged) coloured by score: l × i < 6 in 10 cells, 6–12 in 9, above 12 in 6.
        const QString q = QString::fromStdString(s);
        QCOMPARE(q.count(QStringLiteral("fill=\"#cfe8cf\" stroke=\"#ffffff\"")), 10);
        QCOMPARE(q.count(QStringLiteral("fill=\"#f7e3a1\" stroke=\"#ffffff\"")), 9);
        QCOMPARE(q.count(QStringLiteral("fill=\"#f2b8b0\" stroke=\"#ffffff\"")), 6);
        // The numbers' circles: 1 and 2 side by side in the cell likelihood 3 × impact 4, 3 top right, 4 bottom left.
        static const QRegularExpression re(QStringLiteral("<circle cx=\"([^\"]*)\" cy=\"([^\"]*)\" r=\"10\""));
        std::vector<std::pair<double, double>> c;
        for (auto it = re.globalMatch(q); it.hasNext();) {
            const auto mm = it.next();
            c.emplace_back(mm.captured(1).toDouble(), mm.captured(2).toDouble());
        }
        QCOMPARE(c.size(), std::size_t(4));
        // Cells are 72 px from x 34 (impact 1) and y 46 (likelihood 5, title 24 + axis label 22).
        const auto cellOf = [](std::pair<double, double> pt) { return std::pair<int, int>(5 - static_cast<int>((pt.second - 46) / 72), 1 + static_cast<int>((pt.first - 34) / 72)); };
        // Circles are drawn cell by cell from likelihood 5 down: 3 (5, 5), then 1 and 2 (3, 4), then 4 (1, 2).
        QCOMPARE(cellOf(c[0]), std::make_pair(5, 5));
        QCOMPARE(cellOf(c[1]), std::make_pair(3, 4));
        QCOMPARE(cellOf(c[2]), std::make_pair(3, 4));
        QCOMPARE(cellOf(c[3]), std::make_pair(1, 2));
        QCOMPARE(c[1].second, c[2].second);                 // side by side
        QVERIFY(std::abs(c[2].first - c[1].first - 23) < 0.01); // two radii and a gap of 3 apart
        const auto zh = riskMatrixChart(sc, Lang::ZhTW);
        QCOMPARE(zh.items[0].legend, std::string("1 = 颱風（分數 12）"));
        QCOMPARE(zh.bands[2].legend, std::string("需行動計畫：分數 13–25"));
    }

    void scenarioOutcomesAreTheTablesAttendance()
    {
        auto r = loadProjectFile(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json");
        QVERIFY(r.project);
        const Project &p = *r.project;
        const AnalysisData a = analysisOf(p);
        QVERIFY(!a.scenarios.empty());
        const ScenarioAnalysis sa = analyseScenarios(p, a, EventFormat::Onsite);
        const svg::BarChart c = scenarioOutcomeChart(a.scenarios, sa, Lang::En);
        // Categories: the plan, each scenario, the expected attendance; one series per format in its colour.
        QCOMPARE(c.categories.size(), a.scenarios.size() + 2);
        QCOMPARE(c.series.size(), std::size_t(3));
        QCOMPARE(c.series[2].colour, std::string(svg::kFormatColours[2]));
        // On site (venuebid-cli scenarios): the plan 1,800; the typhoon (first) leaves 1,260 (−30 %); expected 1,674.0.
        QCOMPARE(c.series[0].values[0], 1800.0);
        QCOMPARE(c.series[0].values[1], 1260.0);
        QVERIFY(std::abs(c.series[0].values.back() - 1674.0) < 1e-9);
        for (std::size_t f = 0; f < 3; ++f)
            for (std::size_t i = 0; i < a.scenarios.size(); ++i)
                QCOMPARE(c.series[f].values[i + 1], sa.formats[f].perScenario[i]);
        // Drawn on one scale: the plan's bar is 1,800 / 1,260 times the typhoon's.
        const auto w = barWidths(svg::barChartSvg(c));
        QVERIFY(std::abs(w[0] / w[3] - 1800.0 / 1260.0) < 0.01); // bars: plan (3 formats), then the typhoon
        QVERIFY(svg::barChartSvg(scenarioOutcomeChart(a.scenarios, sa, Lang::ZhTW)).find("各情境與辦理形式的出席人數") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSvgChart)
#include "tst_svgchart.moc"
