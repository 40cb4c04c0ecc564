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

/** The colours of the three formats (on site, hybrid, online), the same in every chart. */
inline constexpr const char *kFormatColours[3] = {"#1f5fa8", "#2e8b57", "#d98c1f"};

} // namespace vb::svg
