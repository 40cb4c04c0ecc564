// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the charts of models/base/svgchart.h with QPainter: into a PDF as vectors, into the GUI (SvgChart), into a
// PNG. Only the elements svgchart.h writes are drawn (line, polyline, circle, rect, text), which is why no SVG
// library is needed.

#include <QPainter>
#include <QRectF>
#include <QString>

#include <optional>
#include <string>

namespace vb::documents {

/** Text layout needs fonts, hence a QGuiApplication: makes one (offscreen when no platform is set) when the process
 *  has none, as venuebid-cli does only for PDF, ODT and PNG output. */
void ensureGuiApplication();

/** An <svg> element: its size and what is inside it. */
struct InlineSvg {
    double width = 0, height = 0;
    QString body;
};

/** The number in attribute name of an element's attribute text (0 when it has none). */
[[nodiscard]] double svgAttrNumber(const QString &attrs, const char *name);
/** The first <svg width="W" height="H" …>…</svg> of text; nullopt when there is none or its size is not positive. */
[[nodiscard]] std::optional<InlineSvg> parseSvg(const QString &text);
/** Paints svg into rect (scaled to it). */
void svgPaint(QPainter &p, const QRectF &rect, const InlineSvg &svg);
/** Writes a chart to path: ".svg" as it is, ".png" drawn at `scale` × its size on white. "" or the error in words. */
[[nodiscard]] std::string saveChart(const std::string &svg, const std::string &path, double scale = 2.0);

} // namespace vb::documents
