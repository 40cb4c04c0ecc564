// SPDX-License-Identifier: GPL-3.0-or-later
// SVG charts (svgchart.h).
#include "svgchart.h"

#include "numbers.h"

#include <algorithm>
#include <cmath>

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
        if (len >= 3)
            lastBreak = line.size(); // before a CJK character
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

} // namespace vb::svg
