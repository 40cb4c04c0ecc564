// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

/** A chart of models/base/svgchart.h in a view: it paints the controller's SVG text with the documents' painter, so the
 *  page, the PDF and `venuebid-cli chart` draw the same chart from the same numbers. Its height follows its width and
 *  the chart's proportions.
 *
 *      SvgChart { svg: BudgetController.categoryChart; Layout.fillWidth: true } */
class SvgChartItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SvgChart)
    Q_PROPERTY(QString svg READ svg WRITE setSvg NOTIFY svgChanged)
    /** The chart's own size in pixels (0 × 0 when svg holds none). */
    Q_PROPERTY(QSizeF chartSize READ chartSize NOTIFY svgChanged)

public:
    explicit SvgChartItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QString svg() const { return m_svg; }
    void setSvg(const QString &svg);
    [[nodiscard]] QSizeF chartSize() const { return m_size; }

    /** Writes the chart as .svg or .png (a path or a file: URL); "" or why not, in words. */
    Q_INVOKABLE QString save(const QString &pathOrUrl) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void svgChanged();

private:
    void updateHeight();

    QString m_svg;
    QSizeF m_size;
};
