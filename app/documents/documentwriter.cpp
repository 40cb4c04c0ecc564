// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentwriter.h"

#include "atomicfile.h"
#include "suitabilityreport.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <future>

#include <memory>

namespace vb::documents {

namespace {

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
    QTextDocument doc;
    // WenQuanYi Zen Hei maps each CJK glyph to one code point. Noto Sans CJK shares glyphs between ideographs and
    // Kangxi radicals (用 and ⽤), and Qt's ToUnicode map then gives pdftotext/copy the radical: text that looks
    // right but cannot be searched. Documents set the same family in their CSS.
    doc.setDefaultFont(QFont(QStringLiteral("WenQuanYi Zen Hei")));
    doc.setHtml(QString::fromStdString(html));
    if (pdf) {
        // No doc.setPageSize(): print() then paginates and scales to the writer (the writer's pixel size at 300 dpi
        // would make the text about 3× too small).
        {
            QPdfWriter writer(file);
            if (layout == PageLayout::Slide16x9) {
                writer.setPageSize(QPageSize(QSizeF(254.0, 142.875), QPageSize::Millimeter, QStringLiteral("16:9 slide")));
                writer.setPageMargins(QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
            } else {
                writer.setPageSize(QPageSize(QPageSize::A4));
            }
            writer.setResolution(300);
            writer.setCreator(QStringLiteral("VenueBid"));
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
