// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidbookcontroller.h"

#include "rankingcontroller.h"

#include "analysis.h"
#include "bidbook.h"
#include "documentwriter.h"
#include "matrixfile.h"
#include "projectcontroller.h"
#include "biddocuments.h"
#include "tender.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>


namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

BidBookController::BidBookController(QObject *parent)
    : ProjectClient(parent)
    , m_chapters(new AnalysisListModel({"key", "number", "title", "text", "written"}, this))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        Q_EMIT busyChanged();
        Q_EMIT exportFinished(m_exportPath, m_watcher.result());
    });
}

void BidBookController::setRanking(RankingController *ranking)
{
    if (ranking == m_ranking)
        return;
    if (m_ranking)
        disconnect(m_ranking, nullptr, this, nullptr);
    m_ranking = ranking;
    if (m_ranking)
        connect(m_ranking, &RankingController::methodChanged, this, &BidBookController::refresh);
    Q_EMIT rankingSet();
    refresh();
}

vb::mcda::Method BidBookController::method() const
{
    return m_ranking ? m_ranking->mcdaMethod() : vb::mcda::Method::WSM;
}

BidBookController::~BidBookController()
{
    m_watcher.waitForFinished(); // the worker reads a copy of the project, but its result reaches this object
}

void BidBookController::refresh()
{
    const auto &p = project();
    const auto l = lang();
    const auto book = vb::bid::bidBookOf(p);
    const auto pr = vb::bid::proposalOf(p, book, method());
    m_congress = qs(book.congress ? book.congress->get(l) : p.meta.title.get(l));
    QString venue = pr.venue ? qs(p.venues[*pr.venue].name.get(l)) : tr("no venue passes the must-haves");
    if (pr.venueRank > 0)
        venue = tr("%1, rank %2 of %3 (%4)").arg(venue).arg(pr.venueRank).arg(pr.rankedVenues).arg(QString::fromLatin1(vb::methodShortName(method())));
    const QString format = qs(vb::formatName(pr.format, l));
    m_proposal = pr.formatRecommended ? tr("%1 · %2 (recommended format)").arg(venue, format) : tr("%1 · %2 (chosen by the bid team)").arg(venue, format);
    QList<QVariantMap> chapters;
    m_written = 0;
    int n = 0;
    for (auto c : vb::bid::kAllChapters) {
        const auto &text = book.narrative[static_cast<std::size_t>(c)].get(l);
        m_written += text.empty() ? 0 : 1;
        chapters.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(vb::bid::chapterKey(c))},
                                      {QStringLiteral("number"), ++n},
                                      {QStringLiteral("title"), qs(vb::bid::chapterTitle(c, l))},
                                      {QStringLiteral("text"), qs(text)},
                                      {QStringLiteral("written"), !text.empty()}});
    }
    m_chapters->setRows(std::move(chapters));
    m_letters.clear();
    for (const auto &letter : book.letters)
        m_letters.append(QVariantMap{{QStringLiteral("from"), qs(letter.from.get(l))},
                                     {QStringLiteral("received"), letter.status == vb::bid::LetterStatus::Received},
                                     {QStringLiteral("date"), qs(letter.date)}});
    m_hasTender = vb::tender::hasTender(p);
    Q_EMIT changed();
}

void BidBookController::setNarrative(const QString &key, const QString &text)
{
    const auto chapter = vb::bid::parseChapter(key.toStdString());
    if (!chapter)
        return;
    if (!document())
        return;
    const auto l = lang();
    const std::string value = text.toStdString();
    document()->editSections(tr("Bid book: %1").arg(qs(vb::bid::chapterTitle(*chapter, l))), "bid_book:" + key.toStdString(),
                       [&](vb::Project &p) {
                           auto b = vb::bid::bidBookOf(p);
                           auto &n = b.narrative[static_cast<std::size_t>(*chapter)];
                           (l == vb::Lang::ZhTW ? n.zh : n.en) = value;
                           vb::bid::setBidBook(p, b);
                           return std::vector<vb::Diagnostic>{};
                       });
}

QString BidBookController::addLetter(const QString &from, bool received)
{
    const std::string text = from.trimmed().toStdString();
    if (text.empty())
        return tr("Letter: expected who it is from.");
    const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    if (!document())
        return tr("No project is open.");
    document()->editSections(tr("Letter from %1").arg(from.trimmed()), {}, [&](vb::Project &p) {
        auto b = vb::bid::bidBookOf(p);
        b.letters.push_back({{text, text}, received ? vb::bid::LetterStatus::Received : vb::bid::LetterStatus::Requested, received ? today : std::string()});
        vb::bid::setBidBook(p, b);
        return std::vector<vb::Diagnostic>{};
    });
    return {};
}

void BidBookController::setLetterReceived(int index, bool received)
{
    const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    if (!document())
        return;
    document()->editSections(received ? tr("Letter received") : tr("Letter requested"), {}, [&](vb::Project &p) {
        auto b = vb::bid::bidBookOf(p);
        if (index < 0 || index >= static_cast<int>(b.letters.size()))
            return std::vector<vb::Diagnostic>{};
        auto &l = b.letters[static_cast<std::size_t>(index)];
        l.status = received ? vb::bid::LetterStatus::Received : vb::bid::LetterStatus::Requested;
        l.date = received ? today : std::string();
        vb::bid::setBidBook(p, b);
        return std::vector<vb::Diagnostic>{};
    });
}

void BidBookController::removeLetter(int index)
{
    if (!document())
        return;
    document()->editSections(tr("Letter removed"), {}, [&](vb::Project &p) {
        auto b = vb::bid::bidBookOf(p);
        if (index < 0 || index >= static_cast<int>(b.letters.size()))
            return std::vector<vb::Diagnostic>{};
        b.letters.erase(b.letters.begin() + index);
        vb::bid::setBidBook(p, b);
        return std::vector<vb::Diagnostic>{};
    });
}

QString BidBookController::suggestedFileName(const QString &kind) const
{
    const QString code = lang() == vb::Lang::ZhTW ? QStringLiteral("zh-TW") : QStringLiteral("en");
    const QString base = kind == QLatin1String("deck")             ? QStringLiteral("pitch-deck")
        : kind == QLatin1String("tender-outline")                   ? QStringLiteral("tender-outline")
        : kind == QLatin1String("bid-internal")                     ? QStringLiteral("bid-internal-annex")
                                                                    : QStringLiteral("bid-book");
    return base + QLatin1Char('-') + code + QStringLiteral(".pdf");
}

QString BidBookController::suggestedSuffix(const QString &kind) const
{
    return QLatin1Char('-') + suggestedFileName(kind);
}

void BidBookController::exportDocument(const QString &kind, const QString &pathOrUrl)
{
    const QString path = ProjectController::localPath(pathOrUrl);
    if (!hasProject()) {
        Q_EMIT exportFinished(path, tr("Nothing to export: no project is open."));
        return;
    }
    document()->flushEdits();
    if (m_watcher.isRunning()) {
        Q_EMIT exportFinished(path, tr("Another document is still being written."));
        return;
    }
    if (kind == QLatin1String("tender-outline") && !m_hasTender) {
        Q_EMIT exportFinished(path, tr("The project has no tender: the outline maps the proposal to the tender's evaluation items."));
        return;
    }
    const auto doc = vb::bid::parseBidDocument(kind.toStdString());
    if (!doc) {
        Q_EMIT exportFinished(path, tr("Unknown document kind: %1").arg(kind));
        return;
    }
    // The worker gets copies: the user may keep editing while the document is written.
    const vb::Project project = this->project();
    const auto l = lang();
    const auto method = this->method();
    const vb::bid::BidDocument d = *doc;
    m_exportPath = path;
    m_watcher.setFuture(QtConcurrent::run([project, l, method, d, path]() -> QString {
        const std::string html = vb::bid::bidDocumentHtml(d, project, l, method);
        std::string error;
        const auto layout = d == vb::bid::BidDocument::Deck ? vb::documents::PageLayout::Slide16x9 : vb::documents::PageLayout::A4;
        if (!vb::documents::writeDocument(html, path.toStdString(), error, layout))
            return qs(error);
        return {};
    }));
    Q_EMIT busyChanged();
}
