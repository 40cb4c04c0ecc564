// SPDX-License-Identifier: GPL-3.0-or-later
// The bid page's controller: the proposal line, a narrative edit that is one undo step and lands in the bid book,
// and an export that runs in the background and writes the same document as venuebid-cli report --kind bid.
#include "bidbookcontroller.h"
#include "appcontrollers.h"
#include "languagecontroller.h"
#include "bidbook.h"
#include "projectcontroller.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestBidBookController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editAndExport()
    {
        vb::app::AppControllers app_project(*LanguageController::instance());
        ProjectController &project = app_project.project;
        QVERIFY(project.open(QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json")));
        BidBookController book;
        book.setDocument(&project);
        book.setRanking(&app_project.ranking);
        // venuebid-cli rank: TICC first of the 8 venues that pass the must-haves; options: hybrid recommended.
        QVERIFY2(book.proposal().startsWith(QStringLiteral("Taipei International Convention Center (TICC), rank 1 of 8 (WSM)")), qPrintable(book.proposal()));
        QVERIFY(book.proposal().contains(QStringLiteral("hybrid (recommended format)")));
        QCOMPARE(book.chapters()->count(), 13);
        QCOMPARE(book.writtenCount(), 13);
        QCOMPARE(book.letters().size(), 4);

        // Clearing a chapter, then writing it again: one undo step per chapter (merged while typing).
        QSignalSpy changed(&book, &BidBookController::changed);
        book.setNarrative(QStringLiteral("social"), QString());
        QCOMPARE(book.writtenCount(), 12);
        book.setNarrative(QStringLiteral("social"), QStringLiteral("Night market"));
        book.setNarrative(QStringLiteral("social"), QStringLiteral("Night market tour"));
        QCOMPARE(vb::bid::bidBookOf(project.project()).narrative[static_cast<std::size_t>(vb::bid::Chapter::Social)].en,
                 std::string("Night market tour"));
        QVERIFY(changed.count() >= 3);
        QVERIFY(project.modified());
        project.undo();
        QVERIFY(vb::bid::bidBookOf(project.project()).narrative[static_cast<std::size_t>(vb::bid::Chapter::Social)].en.starts_with("A welcome"));
        QCOMPARE(book.writtenCount(), 13);
        book.setNarrative(QStringLiteral("no_such_chapter"), QStringLiteral("x")); // ignored
        QVERIFY(project.canRedo());

        // Letters: add one (requested), mark it received (dated today), remove it; each an undo step.
        QCOMPARE(book.addLetter(QStringLiteral("  "), false), QStringLiteral("Letter: expected who it is from."));
        QCOMPARE(book.addLetter(QStringLiteral("Kaohsiung City Government"), false), QString());
        QCOMPARE(book.letters().size(), 5);
        QCOMPARE(book.letters().last().toMap().value(QStringLiteral("received")).toBool(), false);
        book.setLetterReceived(4, true);
        QCOMPARE(book.letters().last().toMap().value(QStringLiteral("received")).toBool(), true);
        QCOMPARE(book.letters().last().toMap().value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
        book.removeLetter(4);
        QCOMPARE(book.letters().size(), 4);
        project.undo();
        QCOMPARE(book.letters().size(), 5);
        project.undo();
        project.undo();
        QCOMPARE(book.letters().size(), 4);

        // Export in the background.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bid.pdf"));
        QSignalSpy finished(&book, &BidBookController::exportFinished);
        book.exportDocument(QStringLiteral("bid"), QUrl::fromLocalFile(pdf).toString());
        QVERIFY(book.busy());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), pdf);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(!book.busy());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        book.exportDocument(QStringLiteral("brochure"), pdf);
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("Unknown document kind: brochure"));
        QCOMPARE(book.suggestedFileName(QStringLiteral("deck")), QStringLiteral("pitch-deck-en.pdf"));
        QCOMPARE(book.suggestedFileName(QStringLiteral("bid-internal")), QStringLiteral("bid-internal-annex-en.pdf"));
        // The internal annex (one more export of the page): marked internal, with the rankings the bid book leaves out.
        const QString annex = dir.filePath(QStringLiteral("annex.html"));
        book.exportDocument(QStringLiteral("bid-internal"), annex);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(1).toString(), QString());
        QFile a(annex);
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QString annexHtml = QString::fromUtf8(a.readAll());
        QVERIFY(annexHtml.contains(QStringLiteral("Internal: for the bid team only, not for the client.")));
        QVERIFY(annexHtml.contains(QStringLiteral("Destination ranking")));
        QVERIFY(annexHtml.contains(QStringLiteral("Venue ranking")));
        // The deck as ODT (offered on the page next to PDF and HTML): a zip whose content.xml holds the nine slides'
        // speaker notes, the financial slide's with the sample's hybrid break-even 1,086 of 2,200 planned
        // (2,200 − 1,086 = 1,114 more), as venuebid-cli report --kind deck --out deck.odt writes it (tst_cli_bid).
        const QString deckOdt = dir.filePath(QStringLiteral("deck.odt"));
        book.exportDocument(QStringLiteral("deck"), QUrl::fromLocalFile(deckOdt).toString());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toString(), deckOdt);
        QCOMPARE(finished.last().at(1).toString(), QString());
        QFile z(deckOdt);
        QVERIFY(z.open(QIODevice::ReadOnly));
        QVERIFY(z.read(2) == "PK");
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), deckOdt, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
        QCOMPARE(content.count(QStringLiteral("Speaker notes")), 9);
        QVERIFY2(content.contains(QStringLiteral("1,114 more")), qPrintable(content.left(400)));
        // Offered next to the project file, named after it, not at the file-system root.
        QCOMPARE(project.suggestedFileUrl(book.suggestedSuffix(QStringLiteral("bid"))).toLocalFile(),
                 QFileInfo(QStringLiteral(SAMPLE_DATA_DIR)).absoluteFilePath() + QStringLiteral("/taiwan-congress-2028-bid-book-en.pdf"));
    }
};

QTEST_MAIN(TestBidBookController)
#include "tst_bidbook_controller.moc"
