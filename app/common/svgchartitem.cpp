// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgchartitem.h"

#include "svgpainter.h"

#include <QUrl>

SvgChartItem::SvgChartItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &QQuickItem::widthChanged, this, &SvgChartItem::updateHeight);
}

void SvgChartItem::setSvg(const QString &svg)
{
    if (svg == m_svg)
        return;
    m_svg = svg;
    const auto s = vb::documents::parseSvg(m_svg);
    m_size = s ? QSizeF(s->width, s->height) : QSizeF();
    setImplicitWidth(m_size.width());
    updateHeight();
    update();
    Q_EMIT svgChanged();
}

void SvgChartItem::updateHeight()
{
    // Scaled to the width it is given, never above its own size (text stays at its designed size or smaller).
    const double w = m_size.width() > 0 ? std::min(width() > 0 ? width() : m_size.width(), m_size.width()) : 0;
    setImplicitHeight(m_size.width() > 0 ? m_size.height() * w / m_size.width() : 0);
}

void SvgChartItem::paint(QPainter *painter)
{
    const auto s = vb::documents::parseSvg(m_svg);
    if (!s || width() <= 0)
        return;
    const double w = std::min(width(), s->width);
    vb::documents::svgPaint(*painter, QRectF(0, 0, w, s->height * w / s->width), *s);
}

QString SvgChartItem::save(const QString &pathOrUrl) const
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    const QString lower = path.toLower();
    if (!lower.endsWith(QLatin1String(".svg")) && !lower.endsWith(QLatin1String(".png")))
        return tr("Give the file name the ending .svg (a drawing) or .png (a picture).");
    if (m_size.isEmpty())
        return tr("There is no chart to save yet.");
    if (!vb::documents::saveChart(m_svg.toStdString(), path.toStdString()).empty())
        return tr("The chart could not be written to %1. Check that the folder exists and can be written to.").arg(path);
    return {};
}
