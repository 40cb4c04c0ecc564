// SPDX-License-Identifier: GPL-3.0-or-later
// SVG charts (svgchart.h).
#include "svgchart.h"

#include "numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace vb::svg {

std::string num(double x)
{
    return formatShortest(roundDecimals(x, 2));
}

double niceStep(double top)
{
    const double raw = std::max(top / 6.0, 1.0);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

std::string escape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string open(int width, int height)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 "
        + std::to_string(width) + " " + std::to_string(height) + "\">";
}

std::string displayedWithin(std::string_view svg, int maxWidth, int maxHeight)
{
    const std::size_t tagEnd = svg.find('>');
    if (svg.substr(0, 4) != "<svg" || tagEnd == std::string_view::npos || maxWidth <= 0 || maxHeight <= 0)
        return std::string(svg);
    std::string tag(svg.substr(0, tagEnd));
    // The number in ` name="…"` of the opening tag, and where its digits are.
    const auto attr = [&tag](const char *name, std::size_t &at, std::size_t &len) {
        const std::string key = std::string(" ") + name + "=\"";
        at = tag.find(key);
        if (at == std::string::npos)
            return 0.0;
        at += key.size();
        len = tag.find('"', at);
        if (len == std::string::npos)
            return 0.0;
        len -= at;
        return std::atof(tag.substr(at, len).c_str());
    };
    std::size_t wAt = 0, wLen = 0, hAt = 0, hLen = 0;
    const double w = attr("width", wAt, wLen), h = attr("height", hAt, hLen);
    if (!(w > 0) || !(h > 0) || tag.find(" viewBox=\"") == std::string::npos)
        return std::string(svg);
    const double scale = std::min(maxWidth / w, maxHeight / h);
    const std::string newW = std::to_string(std::lround(w * scale)), newH = std::to_string(std::lround(h * scale));
    // The later attribute first, so that the earlier one's position still holds.
    if (hAt > wAt) {
        tag.replace(hAt, hLen, newH);
        tag.replace(wAt, wLen, newW);
    } else {
        tag.replace(wAt, wLen, newW);
        tag.replace(hAt, hLen, newH);
    }
    return tag + std::string(svg.substr(tagEnd));
}

namespace {

std::string text(double x, double y, std::string_view s, int size, const char *anchor, const char *colour)
{
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + std::to_string(size) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour
        + "\" " + kFont + ">" + escape(s) + "</text>";
}

std::string rect(double x, double y, double w, double h, std::string_view fill)
{
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"" + std::string(fill)
        + "\" stroke=\"none\"/>";
}

/** Width in pixels of s at font size `size`, roughly: a CJK character is one em, anything else about 0.55 em. */
double textWidth(std::string_view s, int size)
{
    double w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        w += len >= 3 ? size : 0.55 * size;
        i += len;
    }
    return w;
}

/** s in lines no wider than maxWidth (by textWidth), broken after a space, or anywhere in a run of CJK text. */
std::vector<std::string> wrap(std::string_view s, int size, double maxWidth)
{
    std::vector<std::string> lines;
    std::string line;
    std::size_t lastBreak = std::string::npos; // in line: where it may be broken
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        // Before a CJK character, unless it is punctuation that may not start a line (。，、；：）」』！？).
        static constexpr std::string_view kNoLineStart[] = {"。", "，", "、", "；", "：", "）", "」", "』", "！", "？"};
        if (len >= 3 && std::find(std::begin(kNoLineStart), std::end(kNoLineStart), s.substr(i, len)) == std::end(kNoLineStart))
            lastBreak = line.size();
        line.append(s.substr(i, len));
        if (c == ' ')
            lastBreak = line.size();
        i += len;
        if (textWidth(line, size) > maxWidth && lastBreak != std::string::npos && lastBreak > 0) {
            std::string rest = line.substr(lastBreak);
            line.resize(lastBreak);
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            lines.push_back(line);
            line = rest;
            lastBreak = std::string::npos;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

/** s cut to at most maxWidth (by textWidth) with "…" at the end when it is wider: a label never runs off the chart. */
std::string elide(std::string_view s, int size, double maxWidth)
{
    if (textWidth(s, size) <= maxWidth)
        return std::string(s);
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (textWidth(out + std::string(s.substr(i, len)) + "…", size) > maxWidth)
            break;
        out.append(s.substr(i, len));
        i += len;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out + "…";
}

} // namespace

std::string barChartSvg(const BarChart &c, int width)
{
    // The rows that carry a value.
    std::vector<std::size_t> rows;
    double lo = 0, hi = 0;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        bool any = false;
        for (const auto &s : c.series)
            if (k < s.values.size() && std::isfinite(s.values[k]) && s.values[k] != 0) {
                any = true;
                lo = std::min(lo, s.values[k]);
                hi = std::max(hi, s.values[k]);
            }
        if (any)
            rows.push_back(k);
    }
    const auto valueText = c.valueText ? c.valueText : [](double v) { return formatShortest(v); };
    const int fontSize = 11;
    const double bar = 12, barGap = 2, rowGap = 10;
    const double titleH = c.title.empty() ? 4 : 24;
    double labelW = 60;
    for (auto k : rows)
        labelW = std::max(labelW, textWidth(c.categories[k], fontSize) + 8);
    labelW = std::min(labelW, width * 0.45); // a longer label is cut with "…" (a supplier's full name)
    // Room at the bar ends for the widest value label.
    double valueW = 0;
    for (const auto &s : c.series)
        for (auto k : rows)
            if (k < s.values.size() && std::isfinite(s.values[k]))
                valueW = std::max(valueW, textWidth(valueText(s.values[k]), fontSize - 1) + 6);
    const double plotX = labelW, plotW = std::max(40.0, width - labelW - valueW - 8);
    const double span = hi - lo > 0 ? hi - lo : 1;
    const auto X = [&](double v) { return plotX + (v - lo) / span * plotW; };
    const double groupH = static_cast<double>(c.series.size()) * (bar + barGap) - barGap;
    const double plotH = rows.empty() ? 24 : static_cast<double>(rows.size()) * (groupH + rowGap);
    const double legendY = titleH + plotH + 16;
    const std::vector<std::string> noteLines = wrap(c.note, fontSize - 1, width - 4);
    const double noteY = legendY + 18;
    const int height = static_cast<int>(std::ceil(noteY + 14.0 * static_cast<double>(noteLines.size()) - (noteLines.empty() ? 14 : 0) + 10));

    std::string s = open(width, height);
    if (!c.title.empty())
        s += text(0, 15, c.title, 13, "start", "#222222");
    double y = titleH;
    for (auto k : rows) {
        s += text(labelW - 8, y + groupH / 2 + 4, elide(c.categories[k], fontSize, labelW - 8), fontSize, "end", "#333333");
        for (const auto &ser : c.series) {
            const double v = k < ser.values.size() ? ser.values[k] : 0;
            if (std::isfinite(v)) {
                const double x0 = X(std::min(v, 0.0)), x1 = X(std::max(v, 0.0));
                const bool own = k < c.colours.size() && !c.colours[k].empty();
                s += rect(x0, y, std::max(x1 - x0, v != 0 ? 1.0 : 0.0), bar, own ? c.colours[k] : ser.colour);
                s += text(v < 0 ? x0 - 4 : x1 + 4, y + bar - 2, valueText(v), fontSize - 1, v < 0 ? "end" : "start", "#333333");
            }
            y += bar + barGap;
        }
        y += rowGap - barGap;
    }
    // The zero line.
    s += "<line x1=\"" + num(X(0)) + "\" y1=\"" + num(titleH - 2) + "\" x2=\"" + num(X(0)) + "\" y2=\"" + num(titleH + plotH - rowGap + 2)
        + "\" stroke=\"#555555\" stroke-width=\"1\"/>";
    // Legend.
    double lx = plotX;
    for (const auto &ser : c.series) {
        s += rect(lx, legendY - 9, 10, 10, ser.colour);
        s += text(lx + 14, legendY, ser.name, fontSize, "start", "#333333");
        lx += 14 + textWidth(ser.name, fontSize) + 18;
    }
    for (const auto &m : c.marks) {
        s += rect(lx, legendY - 9, 10, 10, m.colour);
        s += text(lx + 14, legendY, m.name, fontSize, "start", "#333333");
        lx += 14 + textWidth(m.name, fontSize) + 18;
    }
    for (std::size_t i = 0; i < noteLines.size(); ++i)
        s += text(0, noteY + 14.0 * static_cast<double>(i), noteLines[i], fontSize - 1, "start", "#666666");
    return s + "</svg>";
}

namespace {

std::string line(double x1, double y1, double x2, double y2, std::string_view colour, double width, std::string_view dash = {})
{
    std::string s = "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\"" + std::string(colour)
        + "\" stroke-width=\"" + num(width) + "\"";
    if (!dash.empty())
        s += " stroke-dasharray=\"" + std::string(dash) + "\"";
    return s + "/>";
}

/** Tick values: the multiples of step in [lo, hi]. */
std::vector<double> ticks(double lo, double hi, double step)
{
    std::vector<double> out;
    for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step)
        out.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

} // namespace

std::string lineChartSvg(const LineChart &c, int width, int plotHeight)
{
    const auto xText = c.xText ? c.xText : [](double v) { return formatShortest(v); };
    const auto yText = c.yText ? c.yText : [](double v) { return formatShortest(v); };
    const int fontSize = 11;
    // The ranges: x over the xs, y from the lowest to the highest value, always with 0.
    double xLo = c.xs.empty() ? 0 : c.xs.front(), xHi = c.xs.empty() ? 1 : c.xs.back();
    if (!(xHi > xLo))
        xHi = xLo + 1;
    double yLo = 0, yHi = 0;
    for (const auto &ser : c.series)
        for (std::size_t i = 0; i < ser.values.size() && i < c.xs.size(); ++i)
            if (std::isfinite(ser.values[i])) {
                yLo = std::min(yLo, ser.values[i]);
                yHi = std::max(yHi, ser.values[i]);
            }
    const double yStep = niceStep(yHi - yLo > 0 ? yHi - yLo : 1);
    yLo = std::floor(yLo / yStep) * yStep;
    yHi = std::max(std::ceil(yHi / yStep) * yStep, yLo + yStep);
    const double xStep = niceStep(xHi - xLo);
    const auto yTicks = ticks(yLo, yHi, yStep);
    const auto xTicks = ticks(xLo, xHi, xStep);
    std::vector<const VerticalMarker *> markers;
    for (const auto &m : c.markers)
        if (std::isfinite(m.x) && m.x >= xLo && m.x <= xHi)
            markers.push_back(&m);
    // Left to right, top to bottom: a marker's line then passes no label of a marker further right.
    std::stable_sort(markers.begin(), markers.end(), [](const VerticalMarker *a, const VerticalMarker *b) { return a->x < b->x; });

    double tickW = 0;
    for (double t : yTicks)
        tickW = std::max(tickW, textWidth(yText(t), fontSize - 1));
    const double titleH = c.title.empty() ? 4 : 24;
    const double yLabelY = titleH + 12;
    const double markerRow = 14;
    const double plotX = tickW + 10, plotW = std::max(60.0, width - plotX - 16);
    const double plotY = yLabelY + 8 + markerRow * static_cast<double>(markers.size());
    const double plotH = plotHeight;
    const auto X = [&](double v) { return plotX + (v - xLo) / (xHi - xLo) * plotW; };
    const auto Y = [&](double v) { return plotY + plotH - (v - yLo) / (yHi - yLo) * plotH; };
    const double xLabelY = plotY + plotH + 30;
    // Legend: one row, wrapped when it is wider than the chart.
    std::vector<std::pair<double, double>> legendPos; // x, y of each series' entry
    double lx = plotX, ly = xLabelY + 20;
    for (const auto &ser : c.series) {
        const double w = 28 + textWidth(ser.name, fontSize) + 18;
        if (lx > plotX && lx + w > width) {
            lx = plotX;
            ly += 16;
        }
        legendPos.emplace_back(lx, ly);
        lx += w;
    }
    const std::vector<std::string> noteLines = wrap(c.note, fontSize - 1, width - 4);
    const double noteY = ly + 20;
    const int height = static_cast<int>(std::ceil(noteY + 14.0 * static_cast<double>(noteLines.size()) - (noteLines.empty() ? 14 : 0) + 10));

    std::string s = open(width, height);
    if (!c.title.empty())
        s += text(0, 15, c.title, 13, "start", "#222222");
    if (!c.yLabel.empty())
        s += text(0, yLabelY, c.yLabel, fontSize - 1, "start", "#444444");
    // Grid and y ticks.
    for (double t : yTicks) {
        s += line(plotX, Y(t), plotX + plotW, Y(t), t == 0 ? "#888888" : "#dddddd", 1);
        s += text(plotX - 6, Y(t) + 4, yText(t), fontSize - 1, "end", "#444444");
    }
    // The x axis with its ticks and label.
    s += line(plotX, plotY + plotH, plotX + plotW, plotY + plotH, "#555555", 1);
    s += line(plotX, plotY, plotX, plotY + plotH, "#555555", 1);
    for (double t : xTicks) {
        s += line(X(t), plotY + plotH, X(t), plotY + plotH + 4, "#555555", 1);
        s += text(X(t), plotY + plotH + 16, xText(t), fontSize - 1, "middle", "#444444");
    }
    if (!c.xLabel.empty())
        s += text(plotX + plotW / 2, xLabelY, c.xLabel, fontSize - 1, "middle", "#444444");
    // Markers: a dashed line from its label's row to the x axis; the label starts at the line, or ends there when it
    // would not fit to its right.
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const VerticalMarker &m = *markers[i];
        const double rowY = yLabelY + markerRow * static_cast<double>(i + 1) + 2;
        const double x = X(m.x);
        s += line(x, rowY + 3, x, plotY + plotH, m.colour, 1.2, "4,3");
        const bool right = x + 4 + textWidth(m.label, fontSize - 1) > width - 2;
        s += text(right ? x - 4 : x + 4, rowY, m.label, fontSize - 1, right ? "end" : "start", m.colour.c_str());
    }
    // The series.
    for (const auto &ser : c.series) {
        std::string points;
        std::string dots;
        for (std::size_t i = 0; i < ser.values.size() && i < c.xs.size(); ++i) {
            if (!std::isfinite(ser.values[i]))
                continue;
            const double x = X(c.xs[i]), y = Y(ser.values[i]);
            points += (points.empty() ? "" : " ") + num(x) + "," + num(y);
            dots += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3\" fill=\"" + ser.colour + "\" stroke=\"none\"/>";
        }
        s += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" + ser.colour + "\" stroke-width=\"2\"" +
            (ser.dashed ? " stroke-dasharray=\"6,3\"" : "") + "/>";
        s += dots;
    }
    for (std::size_t k = 0; k < c.series.size(); ++k) {
        const auto &ser = c.series[k];
        const auto [ex, ey] = legendPos[k];
        s += line(ex, ey - 4, ex + 22, ey - 4, ser.colour, 2, ser.dashed ? "6,3" : "");
        s += "<circle cx=\"" + num(ex + 11) + "\" cy=\"" + num(ey - 4) + "\" r=\"3\" fill=\"" + ser.colour + "\" stroke=\"none\"/>";
        s += text(ex + 28, ey, ser.name, fontSize, "start", "#333333");
    }
    for (std::size_t i = 0; i < noteLines.size(); ++i)
        s += text(0, noteY + 14.0 * static_cast<double>(i), noteLines[i], fontSize - 1, "start", "#666666");
    return s + "</svg>";
}

std::string riskMatrixSvg(const RiskMatrix &m, int width)
{
    const int fontSize = 11;
    const double titleH = m.title.empty() ? 4 : 24;
    const double yLabelY = titleH + 12;
    const double gridX = 34, gridY = yLabelY + 10;
    const double cell = std::min(72.0, (width - gridX - 8) / 5.0);
    const double gridSize = 5 * cell;
    const auto colourOf = [&](int score) -> std::string {
        for (const auto &b : m.bands)
            if (score <= b.maxScore)
                return b.colour;
        return m.bands.empty() ? std::string("#eeeeee") : m.bands.back().colour;
    };
    // Which items are in each cell, in order.
    std::vector<std::vector<std::size_t>> inCell(25);
    for (std::size_t i = 0; i < m.items.size(); ++i) {
        const auto &it = m.items[i];
        if (it.likelihood >= 1 && it.likelihood <= 5 && it.impact >= 1 && it.impact <= 5)
            inCell[static_cast<std::size_t>((it.likelihood - 1) * 5 + it.impact - 1)].push_back(i);
    }
    const double xLabelY = gridY + gridSize + 32;
    // Bands' legend on one line (wrapped), then one line per item, then the note.
    double lx = gridX, ly = xLabelY + 22;
    std::vector<std::pair<double, double>> bandPos;
    for (const auto &b : m.bands) {
        const double w = 14 + textWidth(b.legend, fontSize) + 18;
        if (lx > gridX && lx + w > width) {
            lx = gridX;
            ly += 16;
        }
        bandPos.emplace_back(lx, ly);
        lx += w;
    }
    std::vector<std::vector<std::string>> itemLines;
    for (const auto &it : m.items)
        itemLines.push_back(wrap(it.legend, fontSize, width - gridX - 4));
    double itemsY = ly + 20;
    double y = itemsY;
    for (const auto &lines : itemLines)
        y += 15.0 * static_cast<double>(lines.size());
    const std::vector<std::string> noteLines = wrap(m.note, fontSize - 1, width - 4);
    const double noteY = y + 6;
    const int height = static_cast<int>(std::ceil(noteY + 14.0 * static_cast<double>(noteLines.size()) - (noteLines.empty() ? 14 : 0) + 10));

    std::string s = open(width, height);
    if (!m.title.empty())
        s += text(0, 15, m.title, 13, "start", "#222222");
    if (!m.yLabel.empty())
        s += text(0, yLabelY, m.yLabel, fontSize - 1, "start", "#444444");
    for (int li = 5; li >= 1; --li) {
        const double cy = gridY + (5 - li) * cell;
        s += text(gridX - 8, cy + cell / 2 + 4, std::to_string(li), fontSize, "end", "#444444");
        for (int im = 1; im <= 5; ++im) {
            const double cx = gridX + (im - 1) * cell;
            s += "<rect x=\"" + num(cx) + "\" y=\"" + num(cy) + "\" width=\"" + num(cell) + "\" height=\"" + num(cell) + "\" fill=\""
                + colourOf(li * im) + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
            s += text(cx + cell - 4, cy + 12, std::to_string(li * im), fontSize - 2, "end", "#555555");
            const auto &here = inCell[static_cast<std::size_t>((li - 1) * 5 + im - 1)];
            // The numbers side by side, in rows of up to three, centred in the cell.
            const std::size_t perRow = 3;
            const double r = 10, gap = 3;
            const std::size_t rows = (here.size() + perRow - 1) / perRow;
            for (std::size_t k = 0; k < here.size(); ++k) {
                const std::size_t row = k / perRow, inRow = std::min(perRow, here.size() - row * perRow);
                const double rowW = static_cast<double>(inRow) * (2 * r) + static_cast<double>(inRow - 1) * gap;
                const double px = cx + (cell - rowW) / 2 + r + static_cast<double>(k % perRow) * (2 * r + gap);
                const double blockH = static_cast<double>(rows) * (2 * r) + static_cast<double>(rows - 1) * gap;
                const double py = cy + 6 + (cell - 6 - blockH) / 2 + r + static_cast<double>(row) * (2 * r + gap);
                s += "<circle cx=\"" + num(px) + "\" cy=\"" + num(py) + "\" r=\"" + num(r) + "\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"1\"/>";
                s += text(px, py + 4, std::to_string(here[k] + 1), fontSize, "middle", "#222222");
            }
        }
    }
    for (int im = 1; im <= 5; ++im)
        s += text(gridX + (im - 1) * cell + cell / 2, gridY + gridSize + 14, std::to_string(im), fontSize, "middle", "#444444");
    if (!m.xLabel.empty())
        s += text(gridX + gridSize / 2, xLabelY, m.xLabel, fontSize - 1, "middle", "#444444");
    for (std::size_t k = 0; k < m.bands.size(); ++k) {
        const auto [bx, by] = bandPos[k];
        s += rect(bx, by - 9, 10, 10, m.bands[k].colour);
        s += text(bx + 14, by, m.bands[k].legend, fontSize, "start", "#333333");
    }
    y = itemsY;
    for (const auto &lines : itemLines)
        for (const auto &l : lines) {
            s += text(gridX, y, l, fontSize, "start", "#333333");
            y += 15;
        }
    for (std::size_t i = 0; i < noteLines.size(); ++i)
        s += text(0, noteY + 14.0 * static_cast<double>(i), noteLines[i], fontSize - 1, "start", "#666666");
    return s + "</svg>";
}

} // namespace vb::svg
