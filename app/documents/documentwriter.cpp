// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentwriter.h"

#include "atomicfile.h"
#include "htmlparts.h"
#include "suitabilityreport.h"
#include "svgpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <QTextDocumentWriter>
#include <QTextImageFormat>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <future>

#include <memory>

// QTextDocument::print() measures its default margins with these (qtextdocument.cpp); exported by QtGui.
Q_GUI_EXPORT int qt_defaultDpiX();
Q_GUI_EXPORT int qt_defaultDpiY();

namespace vb::documents {

namespace {

// The slide page in px at 96 dpi (254 × 142.875 mm) and its margin (about 0.9 cm); see documentwriter.h.
constexpr double kSlideWidth = 960, kSlideHeight = 540, kSlideMargin = 34;

bool endsWith(const std::string &s, const char *suffix)
{
    const std::string x(suffix);
    if (s.size() < x.size())
        return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - x.size() + i])) != x[i])
            return false;
    return true;
}

/** The inline SVG charts of a document (models/base/svgchart.h): QTextDocument draws no SVG, so each <svg> becomes
 *  an image "vbsvg:N" that svgPaint() (svgpainter.h) paints: as vectors into the PDF (through SvgImageHandler), as a
 *  3× raster into the ODT. */
/** Takes every <svg width="W" height="H" …>…</svg> out of html, leaving <img src="vbsvg:N" width height>. */
std::vector<InlineSvg> extractSvgs(QString &html)
{
    std::vector<InlineSvg> out;
    static const QRegularExpression re(QStringLiteral("<svg\\b([^>]*)>(.*?)</svg>"), QRegularExpression::DotMatchesEverythingOption);
    QString result;
    qsizetype last = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString attrs = m.captured(1);
        const double shownWidth = svgAttrNumber(attrs, "width"), shownHeight = svgAttrNumber(attrs, "height");
        InlineSvg s{shownWidth, shownHeight, m.captured(2)};
        if (s.width <= 0 || s.height <= 0)
            continue;
        // A viewBox "0 0 w h" is the drawing's own size; width and height are the size it is shown at (a slide shows a
        // chart larger than a page: svg::displayedAt).
        static const QRegularExpression viewBox(QStringLiteral("\\sviewBox=\"\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\""));
        if (const auto v = viewBox.match(attrs); v.hasMatch() && v.captured(1).toDouble() > 0 && v.captured(2).toDouble() > 0) {
            s.width = v.captured(1).toDouble();
            s.height = v.captured(2).toDouble();
        }
        result += html.mid(last, m.capturedStart() - last);
        result += QStringLiteral("<img src=\"vbsvg:%1\" width=\"%2\" height=\"%3\">").arg(out.size()).arg(shownWidth).arg(shownHeight);
        last = m.capturedEnd();
        out.push_back(std::move(s));
    }
    if (out.empty())
        return out;
    result += html.mid(last);
    html = result;
    return out;
}

/** Scales every <img … width="W" height="H"> wider than maxWidth px down to it, in proportion: an ODT page (A4 with
 *  2 cm margins, 17 cm ≈ 640 px) cannot show the deck's slide-wide charts and pictures. */
void capImageWidths(QString &html, int maxWidth)
{
    static const QRegularExpression re(QStringLiteral("(<img [^>]*?)width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
    QString result;
    qsizetype last = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const double w = m.captured(2).toDouble(), h = m.captured(3).toDouble();
        if (!(w > maxWidth) || !(h > 0))
            continue;
        result += html.mid(last, m.capturedStart() - last);
        result += m.captured(1) + QStringLiteral("width=\"%1\" height=\"%2\"").arg(maxWidth).arg(qRound(h * maxWidth / w));
        last = m.capturedEnd();
    }
    if (last == 0)
        return;
    result += html.mid(last);
    html = result;
}

/** Draws the "vbsvg:N" images as vectors; any other image from the document's resources, as QTextDocument would. */
class SvgImageHandler : public QObject, public QTextObjectInterface
{
public:
    explicit SvgImageHandler(const std::vector<InlineSvg> &svgs) : m_svgs(svgs) {}
    /** registerHandler() finds the interface with qobject_cast; this library is built without moc, so say it here. */
    void *qt_metacast(const char *iid) override
    {
        if (iid && std::strcmp(iid, qobject_interface_iid<QTextObjectInterface *>()) == 0)
            return static_cast<QTextObjectInterface *>(this);
        return QObject::qt_metacast(iid);
    }
    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QTextImageFormat f = format.toImageFormat();
        QSizeF size(f.width(), f.height());
        if (QPaintDevice *dev = doc->documentLayout()->paintDevice())
            size *= dev->logicalDpiY() / 96.0;
        return size;
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QString name = format.toImageFormat().name();
        if (name.startsWith(QLatin1String("vbsvg:"))) {
            const auto i = name.mid(6).toULongLong();
            if (i < m_svgs.size())
                svgPaint(*painter, rect, m_svgs[i]);
            return;
        }
        const QImage img = doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
        if (!img.isNull())
            painter->drawImage(rect, img);
    }

private:
    const std::vector<InlineSvg> &m_svgs;
};

/** No heading alone at the foot of a page: lays out a copy of doc as QTextDocument::print() will (the writer as paint
 *  device, its page size, the 2 cm frame margin print() gives a document without a page size of its own), and moves
 *  to the next page every heading whose next two blocks would start a new page, or whose short table right after it
 *  (under a third of a page) would be split over two pages. The breaks are set on doc, the one
 *  print() then copies. Returns how many headings were moved. */
int keepHeadingsWithNext(QTextDocument &doc, QPagedPaintDevice &writer, QObject *imageHandler)
{
    // print() gives a writer without margins 2 cm; setting them first makes no difference to it and lets the copy
    // below have the same page size.
    const QMarginsF m = writer.pageLayout().margins(QPageLayout::Millimeter);
    if (m.left() == 0 && m.right() == 0 && m.top() == 0 && m.bottom() == 0)
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    std::unique_ptr<QTextDocument> copy(doc.clone());
    QAbstractTextDocumentLayout *layout = copy->documentLayout();
    layout->setPaintDevice(&writer);
    if (imageHandler)
        layout->registerHandler(QTextFormat::ImageObject, imageHandler);
    // As print(): 2 cm in the source resolution (qt_defaultDpi, 96 offscreen), which the layout scales to the device.
    QTextFrameFormat frame = copy->rootFrame()->frameFormat();
    frame.setLeftMargin(static_cast<int>((2 / 2.54) * qt_defaultDpiX()));
    frame.setRightMargin(static_cast<int>((2 / 2.54) * qt_defaultDpiX()));
    frame.setTopMargin(static_cast<int>((2 / 2.54) * qt_defaultDpiY()));
    frame.setBottomMargin(static_cast<int>((2 / 2.54) * qt_defaultDpiY()));
    copy->rootFrame()->setFrameFormat(frame);
    const double pageHeight = writer.height();
    copy->setPageSize(QSizeF(writer.width(), pageHeight));
    const auto pageOf = [&](double y) { return static_cast<long>(std::floor(y / pageHeight)); };
    const double pageGap = 2 * (2 / 2.54) * writer.logicalDpiY(); // the 2 cm bottom and top margins, in device pixels
    int moved = 0;
    for (QTextBlock b = copy->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (f.headingLevel() <= 0 || (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        if (qobject_cast<QTextTable *>(copy->frameAt(b.position())))
            continue; // a heading inside a table cell moves with its row
        const QRectF head = layout->blockBoundingRect(b);
        bool alone = false;
        QTextBlock next = b.next();
        for (int k = 0; k < 2 && next.isValid(); ++k, next = next.next()) {
            // A block that starts a page by design (the next chapter) ends this one: what is before it is the whole
            // section, however short, not a heading left alone.
            if (next.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                break;
            const QRectF r = layout->blockBoundingRect(next);
            if (r.height() > 0 && pageOf(r.bottom() - 1) > pageOf(head.top()))
                alone = true;
        }
        // A short table right after the heading (a contract's signatures, under a third of a page) that would be
        // split: the heading and the table go to the next page together. A longer table may split (with its header
        // repeated) rather than leave most of a page blank.
        if (!alone && b.next().isValid()) {
            if (auto *table = qobject_cast<QTextTable *>(copy->frameAt(b.next().position()))) {
                const QRectF r = layout->frameBoundingRect(table);
                // Its own height: a split table's rectangle also spans the bottom and top margins between the pages.
                const long breaks = pageOf(r.bottom() - 1) - pageOf(r.top());
                const double height = r.height() - static_cast<double>(breaks) * pageGap;
                if (height > 0 && height < pageHeight / 3 && pageOf(r.bottom() - 1) > pageOf(head.top()))
                    alone = true;
            }
        }
        if (!alone)
            continue;
        f.setPageBreakPolicy(f.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(b).setBlockFormat(f);
        QTextBlock original = doc.findBlockByNumber(b.blockNumber());
        if (original.isValid()) {
            QTextBlockFormat of = original.blockFormat();
            of.setPageBreakPolicy(of.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(original).setBlockFormat(of);
        }
        ++moved;
    }
    return moved;
}

} // namespace

bool writeSuitabilityReport(const Project &p, Lang lang, mcda::Method method, const std::string &path, std::string &error,
                            std::string *appendixPath)
{
    const bool appendix = suitabilityNeedsAppendix(p);
    const std::string csvPath = appendix ? suitabilityAppendixPath(path) : std::string();
    if (appendixPath)
        *appendixPath = csvPath;
    const std::string csvName = QFileInfo(QString::fromStdString(csvPath)).fileName().toStdString();
    const auto inputs = suitabilityInputs(p, method); // once for the report and its appendix
    // The appendix (every venue: 10,000 rows) is made on a second core while Qt lays the report out; both only
    // read p and inputs. (The future's destructor waits for it on every return.)
    std::future<std::string> csv;
    if (appendix)
        csv = std::async(std::launch::async, [&] { return suitabilityAppendixCsv(p, lang, method, inputs); });
    if (!writeDocument(suitabilityReportHtml(p, lang, method, csvName, inputs), path, error))
        return false;
    if (appendix) {
        error = writeFileAtomically(csvPath, csv.get(), false);
        if (!error.empty())
            return false;
    }
    return true;
}

bool writeDocument(const std::string &html, const std::string &path, std::string &error, PageLayout layout)
{
    const QString file = QString::fromStdString(path);
    if (endsWith(path, ".html") || endsWith(path, ".htm")) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html.data(), static_cast<qint64>(html.size())) != static_cast<qint64>(html.size())) {
            error = "cannot write " + path + ": " + f.errorString().toStdString();
            return false;
        }
        return true;
    }
    const bool pdf = endsWith(path, ".pdf");
    if (!pdf && !endsWith(path, ".odt")) {
        error = "unknown document type for " + path + ": expected .pdf, .odt or .html";
        return false;
    }
    ensureGuiApplication();
    const bool slides = pdf && layout == PageLayout::Slide16x9;
    QTextDocument doc;
    // WenQuanYi Zen Hei maps each CJK glyph to one code point. Noto Sans CJK shares glyphs between ideographs and
    // Kangxi radicals (用 and ⽤), and Qt's ToUnicode map then gives pdftotext/copy the radical: text that looks
    // right but cannot be searched. Documents set the same family in their CSS.
    doc.setDefaultFont(QFont(QStringLiteral("WenQuanYi Zen Hei")));
    // The PDF shows what the audience sees: a deck's speaker notes stay in its HTML and ODT.
    QString text = QString::fromStdString(pdf ? html::withoutSpeakerNotes(html) : html);
    const std::vector<InlineSvg> svgs = extractSvgs(text);
    SvgImageHandler svgHandler(svgs);
    for (std::size_t i = 0; i < svgs.size(); ++i) {
        // The ODT embeds a raster (three times the size); the PDF gets the vectors from svgHandler.
        QImage img(static_cast<int>(svgs[i].width * 3), static_cast<int>(svgs[i].height * 3), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter painter(&img);
        svgPaint(painter, QRectF(0, 0, img.width(), img.height()), svgs[i]);
        painter.end();
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("vbsvg:%1").arg(i)), img);
    }
    if (!pdf)
        capImageWidths(text, 640);
    // The project's images (html::images): loaded here as images, so the PDF draws them (SvgImageHandler asks the
    // document's resources for them) and the ODT embeds them. A file that does not load is left out of the page.
    static const QRegularExpression imgRe(QStringLiteral("<img src=\"(file://[^\"]+)\""));
    bool images = false;
    for (auto it = imgRe.globalMatch(text); it.hasNext();) {
        QString src = it.next().captured(1);
        src.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QImage img(QUrl(src).toLocalFile());
        if (!img.isNull()) {
            doc.addResource(QTextDocument::ImageResource, QUrl(src), img);
            images = true;
        }
    }
    doc.setHtml(text);
    if (slides) {
        // A slide is laid out on a page of its own size (the 254 × 142.875 mm page is 960 × 540 px at 96 dpi) with a
        // 0.9 cm margin, and print() scales that page to the PDF's: not the 2 cm frame and the page number print()
        // adds to a document without a page size, which left a chart a third of the slide.
        doc.setDocumentMargin(kSlideMargin);
        doc.setPageSize(QSizeF(kSlideWidth, kSlideHeight));
    }
    if ((!svgs.empty() || images) && pdf)
        doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &svgHandler);
    if (pdf) {
        // No doc.setPageSize(): print() then paginates and scales to the writer (the writer's pixel size at 300 dpi
        // would make the text about 3× too small).
        {
            QPdfWriter writer(file);
            if (layout == PageLayout::Slide16x9) {
                writer.setPageSize(QPageSize(QSizeF(254.0, 142.875), QPageSize::Millimeter, QStringLiteral("16:9 slide")));
                writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // the document has its own
            } else {
                writer.setPageSize(QPageSize(QPageSize::A4));
            }
            writer.setResolution(300);
            writer.setCreator(QStringLiteral("VenueBid"));
            if (!slides) // every slide's title starts its page
                keepHeadingsWithNext(doc, writer, svgs.empty() && !images ? nullptr : &svgHandler);
            doc.print(&writer);
        }
        if (!QFile::exists(file) || QFile(file).size() == 0) {
            error = "cannot write " + path;
            return false;
        }
        return true;
    }
    QTextDocumentWriter writer(file, "ODF");
    if (!writer.write(&doc)) {
        error = "cannot write " + path + ": " + writer.device()->errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace vb::documents
