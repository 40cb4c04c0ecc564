// SPDX-License-Identifier: GPL-3.0-or-later
// Charts as SVG (base/svgchart.h) and the budget's chart (budget/budgetcharts.h): bars as long as their values, text
// escaped, the budget's bars adding up to the total with tax (hand-worked).
#include "budgetcharts.h"
#include "budgetedit.h"
#include "projectformat.h"
#include "svgchart.h"

#include <QRegularExpression>
#include <QTest>

using namespace vb;

namespace {
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
};

QTEST_GUILESS_MAIN(TestSvgChart)
#include "tst_svgchart.moc"
