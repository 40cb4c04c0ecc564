// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Charts as SVG text, drawn from the same numbers the tables show: one chart, three places. The GUI paints it
// (app/common/svgpainter: the SvgChart item) and exports it as SVG or PNG; documents embed it and the PDF writer
// draws it as vectors; venuebid-cli chart writes it. Only the elements the painter knows are used: line, polyline,
// circle, rect and text with plain attributes (fill, stroke, stroke-width, stroke-dasharray, font-size, font-family,
// text-anchor). All text is escaped here.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vb::svg {

/** The documents' CJK font, as a font-family attribute. */
inline constexpr const char *kFont = "font-family=\"WenQuanYi Zen Hei, Noto Sans CJK TC, sans-serif\"";

/** x with at most two decimals, for coordinates. */
[[nodiscard]] std::string num(double x);
/** A step of 1, 2 or 5 × 10ⁿ that splits [0, top] into at most 6 parts (at least 1). */
[[nodiscard]] double niceStep(double top);
/** & < > " ' escaped for text and attribute values. */
[[nodiscard]] std::string escape(std::string_view s);
/** The opening tag of a width × height chart. */
[[nodiscard]] std::string open(int width, int height);

/** svg (an <svg> with width, height and a viewBox, as open() writes it) shown as large as fits maxWidth × maxHeight:
 *  its width and height attributes scaled in proportion (up or down), its drawing (the viewBox) unchanged, so that
 *  its text grows with it (a slide shows a chart larger than a page does). svg unchanged when it has no viewBox or no
 *  positive width and height. */
[[nodiscard]] std::string displayedWithin(std::string_view svg, int maxWidth, int maxHeight);

/** A series of bars: its name in the legend, its colour ("#1f5fa8") and one value per category. */
struct BarSeries {
    std::string name;
    std::string colour;
    std::vector<double> values;
};

/** A legend entry for bars drawn in their own colour (BarSeries::colours). */
struct LegendMark {
    std::string name;
    std::string colour;
};

/** Horizontal bars grouped by category: one row per category, one bar per series, every bar's length proportional to
 *  its value on one scale that starts at 0 (a negative value is drawn to the left of the zero line). Each bar is
 *  labelled with valueText(value); the legend names the series; `note` (the unit, "TWD, tax included") is under it. */
struct BarChart {
    std::string title;
    std::vector<std::string> categories;
    std::vector<BarSeries> series;
    std::function<std::string(double)> valueText;
    std::string note;
    /** Optional, per category: the colour of that category's bars where not empty (our destination, the cheapest
     *  quote), instead of their series' colour; name those colours in `marks`. */
    std::vector<std::string> colours;
    /** Legend entries after the series', for the bars coloured on their own. */
    std::vector<LegendMark> marks;
};

/** The chart as an <svg> element, `width` wide; the height follows from the rows. Categories whose values are all 0
 *  are left out (a category the budget does not use). */
[[nodiscard]] std::string barChartSvg(const BarChart &c, int width = 640);

/** A line of a line chart: its name in the legend, its colour and one y per x of the chart (a point marker at each). */
struct LineSeries {
    std::string name;
    std::string colour;
    std::vector<double> values;
    bool dashed = false;
};

/** A vertical line across the plot at x, labelled above the plot ("break-even 1,086 people"). */
struct VerticalMarker {
    double x = 0;
    std::string label;
    std::string colour = "#555555";
};

/** Lines over one x axis: every series is drawn as a polyline with a point at each x, on one linear scale per axis
 *  (y always includes 0); the axes carry their labels with the unit, the legend names the series, the markers are
 *  labelled above the plot and `note` is under the legend. */
struct LineChart {
    std::string title;
    std::string xLabel; ///< with its unit: "Attendees (people)"
    std::string yLabel; ///< with its unit: "Amount (TWD)"
    std::vector<double> xs; ///< ascending
    std::vector<LineSeries> series;
    std::vector<VerticalMarker> markers;
    std::function<std::string(double)> xText; ///< tick labels; default formatShortest
    std::function<std::string(double)> yText;
    std::string note;
};

/** The chart as an <svg> element, `width` wide with a plot `plotHeight` high; the height follows. Non-finite values
 *  and markers outside the x range are left out. */
[[nodiscard]] std::string lineChartSvg(const LineChart &c, int width = 640, int plotHeight = 240);

/** A band of risk scores (likelihood × impact) and its colour: scores up to `maxScore` that no earlier band took. */
struct RiskBand {
    int maxScore = 25;
    std::string colour;
    std::string legend; ///< "accept: score 1–5"
};

/** One risk in the matrix: numbered 1, 2, … in order, placed in its cell (several in a cell stand side by side). */
struct RiskItem {
    int likelihood = 1; ///< 1–5, the row (5 at the top)
    int impact = 1;     ///< 1–5, the column (5 at the right)
    std::string legend; ///< "1 = Typhoon (score 12)", listed under the matrix
};

/** A 5 × 5 likelihood × impact matrix: each cell coloured by its score's band and showing the numbers of its risks. */
struct RiskMatrix {
    std::string title;
    std::string xLabel; ///< impact
    std::string yLabel; ///< likelihood
    std::vector<RiskBand> bands; ///< ascending maxScore
    std::vector<RiskItem> items;
    std::string note;
};

/** The matrix as an <svg> element `width` wide; the height follows from the legend. Items outside 1–5 are listed
 *  but not placed. */
[[nodiscard]] std::string riskMatrixSvg(const RiskMatrix &m, int width = 640);

/** The colours of the three formats (on site, hybrid, online), the same in every chart. */
inline constexpr const char *kFormatColours[3] = {"#1f5fa8", "#2e8b57", "#d98c1f"};

} // namespace vb::svg
