// SPDX-License-Identifier: GPL-3.0-or-later
// QPainter for the charts of models/base/svgchart.h (svgpainter.h).
#include "svgpainter.h"

#include "atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vb::documents {

/** QTextDocument layout needs fonts, hence a QGuiApplication; venuebid-cli only makes one for PDF/ODT. */
void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "venuebid-cli";
    static char *argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

QString attr(const QString &attrs, const char *name)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\s)%1=\"([^\"]*)\"").arg(QLatin1String(name)));
    const auto m = re.match(attrs);
    return m.hasMatch() ? m.captured(1) : QString();
}

double num(const QString &attrs, const char *name)
{
    return attr(attrs, name).toDouble();
}

} // namespace

double svgAttrNumber(const QString &attrs, const char *name)
{
    return num(attrs, name);
}

namespace {

QColor colour(const QString &v)
{
    return v.isEmpty() || v == QLatin1String("none") ? QColor(Qt::transparent) : QColor(v);
}

QString unescape(QString t)
{
    t.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    t.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
    return t.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

void svgPaint(QPainter &p, const QRectF &rect, const InlineSvg &svg)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(rect.topLeft());
    p.scale(rect.width() / svg.width, rect.height() / svg.height);
    static const QRegularExpression el(QStringLiteral("<(line|polyline|circle|rect|text)\\b([^>]*?)/?>(?:([^<]*)</text>)?"));
    for (auto it = el.globalMatch(svg.body); it.hasNext();) {
        const auto m = it.next();
        const QString tag = m.captured(1), a = m.captured(2);
        QPen pen(colour(attr(a, "stroke")));
        pen.setWidthF(attr(a, "stroke-width").isEmpty() ? 1.0 : num(a, "stroke-width"));
        if (!attr(a, "stroke-dasharray").isEmpty()) {
            QList<qreal> dashes;
            for (const auto &d : attr(a, "stroke-dasharray").split(QLatin1Char(',')))
                dashes << d.toDouble() / pen.widthF();
            pen.setDashPattern(dashes);
        }
        p.setPen(attr(a, "stroke").isEmpty() || attr(a, "stroke") == QLatin1String("none") ? QPen(Qt::NoPen) : pen);
        const QString fill = attr(a, "fill");
        p.setBrush(fill.isEmpty() || fill == QLatin1String("none") ? QBrush(Qt::NoBrush) : QBrush(colour(fill)));
        if (tag == QLatin1String("line")) {
            p.drawLine(QPointF(num(a, "x1"), num(a, "y1")), QPointF(num(a, "x2"), num(a, "y2")));
        } else if (tag == QLatin1String("polyline")) {
            QPolygonF poly;
            for (const auto &pt : attr(a, "points").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const auto xy = pt.split(QLatin1Char(','));
                if (xy.size() == 2)
                    poly << QPointF(xy[0].toDouble(), xy[1].toDouble());
            }
            p.drawPolyline(poly);
        } else if (tag == QLatin1String("circle")) {
            const double r = num(a, "r");
            p.drawEllipse(QPointF(num(a, "cx"), num(a, "cy")), r, r);
        } else if (tag == QLatin1String("rect")) {
            p.drawRect(QRectF(num(a, "x"), num(a, "y"), num(a, "width"), num(a, "height")));
        } else {
            QFont f(attr(a, "font-family").section(QLatin1Char(','), 0, 0).trimmed());
            f.setPixelSize(std::max(1, static_cast<int>(std::lround(num(a, "font-size")))));
            p.setFont(f);
            p.setPen(colour(fill.isEmpty() ? QStringLiteral("#000000") : fill));
            const QString text = unescape(m.captured(3));
            double x = num(a, "x");
            const QString anchor = attr(a, "text-anchor");
            const double w = QFontMetricsF(f).horizontalAdvance(text);
            if (anchor == QLatin1String("middle"))
                x -= w / 2;
            else if (anchor == QLatin1String("end"))
                x -= w;
            p.drawText(QPointF(x, num(a, "y")), text);
        }
    }
    p.restore();
}


std::optional<InlineSvg> parseSvg(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<svg\\b([^>]*)>(.*?)</svg>"), QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    InlineSvg s{num(m.captured(1), "width"), num(m.captured(1), "height"), m.captured(2)};
    if (!(s.width > 0) || !(s.height > 0))
        return std::nullopt;
    return s;
}

std::string saveChart(const std::string &svg, const std::string &path, double scale)
{
    const auto lower = QString::fromStdString(path).toLower();
    if (lower.endsWith(QLatin1String(".svg"))) {
        // A file a browser or Inkscape opens: the XML declaration, then the chart.
        return writeFileAtomically(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", false);
    }
    if (!lower.endsWith(QLatin1String(".png")))
        return "expected a file name ending in .svg or .png";
    const auto s = parseSvg(QString::fromStdString(svg));
    if (!s)
        return "the chart is empty";
    ensureGuiApplication(); // the text needs fonts
    QImage img(static_cast<int>(std::ceil(s->width * scale)), static_cast<int>(std::ceil(s->height * scale)), QImage::Format_ARGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        svgPaint(p, QRectF(0, 0, img.width(), img.height()), *s);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!img.save(&buffer, "PNG"))
        return "cannot encode the chart as PNG";
    return writeFileAtomically(path, std::string_view(png.constData(), static_cast<std::size_t>(png.size())), false);
}

} // namespace vb::documents
