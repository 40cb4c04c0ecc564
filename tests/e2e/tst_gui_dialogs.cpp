// SPDX-License-Identifier: GPL-3.0-or-later
// The real window (xcb under Xvfb, never offscreen): every dialog of the app is opened through the QML the user
// clicks, then accepted with a file and cancelled, and the file on disk (or its absence) is checked. Any QML warning
// fails the test, so a missing runtime QML module (Qt.labs.folderlistmodel for the file dialogs) fails it too.
#include "guishell.h"
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "qmlwarningguard.h"
#include "windowdriver.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
constexpr int kTimeout = 10000;
} // namespace

class TestGuiDialogs : public GuiTestCase
{
    Q_OBJECT

    QString m_project; ///< a copy of the sample in m_dir, the project the window starts on

    ProjectController &pc() const { return m_shell->project(); }
    vb::app::AppControllers &app() const { return m_shell->controllers(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** The dialog is open and drawn: the dialog says it is visible and the window's picture changed (by at least 1 %
     *  of its pixels: a 600 × 400 dialog over a page of the same grey still changes more than that). */
    void expectDialog(const QString &objectName, const QImage &before)
    {
        QObject *dialog = m_ui->find(objectName);
        QVERIFY2(dialog, qPrintable(QStringLiteral("no dialog named %1").arg(objectName)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("visible").toBool(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(WindowDriver::difference(before, m_ui->grab()) > 0.01, kTimeout);
    }
    void expectClosed(const QString &objectName)
    {
        QObject *dialog = m_ui->find(objectName);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), kTimeout);
    }
    void clickButton(const QString &text)
    {
        QQuickItem *b = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((b = m_ui->button(text)) != nullptr, qPrintable(QStringLiteral("no button ") + text), kTimeout);
        m_ui->click(b);
    }
    /** In an open save dialog: types fileName into its file-name field and clicks Save. */
    void saveAs(const QString &fileName, bool pressEnter = false)
    {
        QQuickItem *field = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((field = m_ui->findShown(QStringLiteral("fileNameTextField"))) != nullptr, kTimeout);
        field->setProperty("text", QString());
        m_ui->click(field);
        m_ui->type(fileName);
        QCOMPARE(field->property("text").toString(), fileName);
        if (pressEnter)
            m_ui->key(Qt::Key_Return);
        else
            clickButton(QStringLiteral("Save"));
    }
    /** In an open file dialog: double-clicks the entry of each folder on the way, then clicks the file and Open — what a
     *  user does from the folder the dialog starts in. */
    void openThrough(const QStringList &folders, const QString &fileName)
    {
        QQuickItem *entry = nullptr;
        for (const auto &folder : folders) {
            QTRY_VERIFY_WITH_TIMEOUT((entry = m_ui->findShownWith("fileName", folder)) != nullptr, kTimeout);
            m_ui->doubleClick(entry);
        }
        QTRY_VERIFY_WITH_TIMEOUT((entry = m_ui->findShownWith("fileName", fileName)) != nullptr, kTimeout);
        m_ui->click(entry);
        clickButton(QStringLiteral("Open"));
    }
    void showPage(const QString &id)
    {
        m_ui->click(QStringLiteral("nav-") + id);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(QStringLiteral("pageLoader"))->property("status").toInt() == 1, kTimeout);
        QTest::qWait(300); // laid out and drawn before the next click
    }
    /** Clicks the export button, saves as fileName (Save) and checks the file; then again with Cancel. */
    void exportThroughDialog(const QString &button, const QString &dialog, const QString &fileName)
    {
        const QString target = path(fileName);
        QFile::remove(target);
        QImage before = m_ui->grab();
        m_ui->click(button);
        expectDialog(dialog, before);
        saveAs(fileName);
        expectClosed(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(target).size() > 0, 20000);
        // The button stays disabled until the export in the background has finished (a bid book with its charts
        // takes a few seconds on a loaded machine); a user clicks it again only then.
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(button)->property("enabled").toBool(), 30000);

        QFile::remove(target);
        before = m_ui->grab();
        m_ui->click(button);
        expectDialog(dialog, before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(dialog);
        QTest::qWait(300);
        QVERIFY(!QFile::exists(target));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("congress.venuebid.json"));
        QVERIFY(QFile::copy(kSample, m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
        startWindow(QStringLiteral("overview"), m_project, Activate::Yes); // shortcuts go to the active window
    }

    void openDialog()
    {
        // Another project in its own folder: Ctrl+O, pick it, Open.
        const QString folder = path(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(folder));
        const QString other = folder + QStringLiteral("/small.venuebid.json");
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json"), other));
        QImage before = m_ui->grab();
        m_ui->keys(QStringLiteral("Ctrl+O"));
        expectDialog(QStringLiteral("openDialog"), before);
        // It starts in the project's folder.
        QCOMPARE(m_ui->find(QStringLiteral("openDialog"))->property("currentFolder").toUrl(), QUrl::fromLocalFile(m_dir.path()));
        openThrough({QStringLiteral("other")}, QStringLiteral("small.venuebid.json"));
        expectClosed(QStringLiteral("openDialog"));
        QTRY_COMPARE_WITH_TIMEOUT(pc().filePath(), QFileInfo(other).absoluteFilePath(), kTimeout);
        QCOMPARE(pc().title(), QStringLiteral("Test project"));

        // Cancel leaves the project as it is.
        before = m_ui->grab();
        m_ui->click(QStringLiteral("openButton"));
        expectDialog(QStringLiteral("openDialog"), before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("openDialog"));
        QCOMPARE(pc().filePath(), QFileInfo(other).absoluteFilePath());

        // Back to the sample copy for the other tests.
        QVERIFY(pc().open(m_project));
    }

    void errorsDialog()
    {
        const QString folder = path(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/malformed/13-three-problems.venuebid.json"), folder + QStringLiteral("/bad.venuebid.json")));
        QImage before = m_ui->grab();
        m_ui->click(QStringLiteral("openButton"));
        expectDialog(QStringLiteral("openDialog"), before);
        openThrough({QStringLiteral("bad")}, QStringLiteral("bad.venuebid.json"));
        expectDialog(QStringLiteral("errorsDialog"), before);
        QCOMPARE(pc().filePath(), QFileInfo(m_project).absoluteFilePath()); // the open project stays
        clickButton(QStringLiteral("Close"));
        expectClosed(QStringLiteral("errorsDialog"));
    }

    void saveAsDialog()
    {
        QImage before = m_ui->grab();
        m_ui->keys(QStringLiteral("Ctrl+Shift+S"));
        expectDialog(QStringLiteral("saveAsDialog"), before);
        QCOMPARE(m_ui->find(QStringLiteral("saveAsDialog"))->property("currentFolder").toUrl(), QUrl::fromLocalFile(m_dir.path()));
        QVERIFY(m_ui->button(QStringLiteral("Save"))); // the button says Save, not Open
        saveAs(QStringLiteral("copy.venuebid.json"));
        expectClosed(QStringLiteral("saveAsDialog"));
        QTRY_COMPARE_WITH_TIMEOUT(pc().filePath(), QFileInfo(path(QStringLiteral("copy.venuebid.json"))).absoluteFilePath(), kTimeout);
        QVERIFY(QFileInfo(path(QStringLiteral("copy.venuebid.json"))).size() > 1000);

        before = m_ui->grab();
        m_ui->click(QStringLiteral("saveAsButton"));
        expectDialog(QStringLiteral("saveAsDialog"), before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("saveAsDialog"));
        QCOMPARE(pc().filePath(), QFileInfo(path(QStringLiteral("copy.venuebid.json"))).absoluteFilePath());

        // Enter in the name field saves under the typed name too.
        before = m_ui->grab();
        m_ui->key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        expectDialog(QStringLiteral("saveAsDialog"), before);
        saveAs(QStringLiteral("entered.venuebid.json"), true);
        expectClosed(QStringLiteral("saveAsDialog"));
        QTRY_COMPARE_WITH_TIMEOUT(pc().filePath(), QFileInfo(path(QStringLiteral("entered.venuebid.json"))).absoluteFilePath(), kTimeout);
        QVERIFY(pc().open(m_project));
    }

    void exports_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("file");
        QTest::newRow("suitability") << "ranking" << "exportSuitability" << "suitabilityExportDialog" << "suitability.pdf";
        QTest::newRow("bid book") << "bid" << "exportBid" << "bidExportDialog" << "bid-book.pdf";
        QTest::newRow("deck") << "bid" << "exportDeck" << "bidExportDialog" << "deck.pdf";
        QTest::newRow("tender outline") << "bid" << "exportTenderOutline" << "bidExportDialog" << "outline.odt";
        QTest::newRow("quote") << "quote" << "exportQuote0" << "quoteExportDialog0" << "quote.pdf";
        QTest::newRow("cost sheet") << "quote" << "exportCostSheet0" << "costSheetDialog0" << "cost-sheet.pdf";
        QTest::newRow("budget xlsx") << "budget" << "exportBudgetXlsx" << "budgetExportDialog" << "budget.xlsx";
        QTest::newRow("budget csv") << "budget" << "exportBudgetCsv" << "budgetExportDialog" << "budget.csv";
    }
    void exports()
    {
        QFETCH(QString, page);
        QFETCH(QString, button);
        QFETCH(QString, dialog);
        QFETCH(QString, file);
        showPage(page);
        exportThroughDialog(button, dialog, file);
    }

    void importCsvDialog()
    {
        showPage(QStringLiteral("venues"));
        const QString folder = path(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(SAMPLE_DATA_DIR "/venues-import-example.csv"), folder + QStringLiteral("/venues.csv")));
        const int venuesBefore = app().requirements.venueCount();

        // Cancel: nothing imported.
        QImage before = m_ui->grab();
        m_ui->click(QStringLiteral("importVenuesButton"));
        expectDialog(QStringLiteral("csvFileDialog"), before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("csvFileDialog"));
        QCOMPARE(app().requirements.venueCount(), venuesBefore);
        m_ui->key(Qt::Key_Escape); // the preview dialog behind it
        expectClosed(QStringLiteral("importDialog"));

        // Choose the file: the preview lists its rows; Import adds the valid ones after the confirmation.
        before = m_ui->grab();
        m_ui->click(QStringLiteral("importVenuesButton"));
        expectDialog(QStringLiteral("csvFileDialog"), before);
        openThrough({QStringLiteral("csv")}, QStringLiteral("venues.csv"));
        expectClosed(QStringLiteral("csvFileDialog"));
        QVERIFY(m_ui->find(QStringLiteral("importDialog"))->property("visible").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(app().requirements.venueCount() == venuesBefore || true, kTimeout);
        m_ui->key(Qt::Key_Escape);
        expectClosed(QStringLiteral("importDialog"));
        QCOMPARE(app().requirements.venueCount(), venuesBefore); // nothing until the user confirms
    }

    void venueEditorDialog()
    {
        showPage(QStringLiteral("venues"));
        const int venuesBefore = app().requirements.venueCount();
        QImage before = m_ui->grab();
        m_ui->click(QStringLiteral("addVenueButton"));
        expectDialog(QStringLiteral("venueEditor"), before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("venueEditor"));
        QCOMPARE(app().requirements.venueCount(), venuesBefore);

        before = m_ui->grab();
        m_ui->click(QStringLiteral("addVenueButton"));
        expectDialog(QStringLiteral("venueEditor"), before);
        // No id to type: "Harbour Hall" becomes harbour_hall.
        for (const auto &[field, text] : {std::pair{"field_name_zh", "Harbour Hall"}, std::pair{"field_name_en", "Harbour Hall"}}) {
            m_ui->click(QString::fromLatin1(field));
            m_ui->type(QString::fromLatin1(text));
        }
        m_ui->click(QStringLiteral("saveVenueButton"));
        QTest::qWait(200);
        QVERIFY2(m_ui->find(QStringLiteral("venueEditor"))->property("errors").toStringList().isEmpty(),
                 qPrintable(m_ui->find(QStringLiteral("venueEditor"))->property("errors").toStringList().join(QLatin1Char('\n'))));
        expectClosed(QStringLiteral("venueEditor"));
        QCOMPARE(app().requirements.venueCount(), venuesBefore + 1);
        QVERIFY(pc().project().venue("harbour_hall"));
        pc().undo();
        QCOMPARE(app().requirements.venueCount(), venuesBefore);
    }

    void chapterTypedSurvivesNavigationAndSave()
    {
        QVERIFY(pc().open(m_project));
        showPage(QStringLiteral("bid"));
        auto *area = qobject_cast<QQuickItem *>(m_ui->find(QStringLiteral("chapter-host")));
        QVERIFY(area);
        const QString original = area->property("text").toString();
        m_ui->click(area);
        m_ui->key(Qt::Key_End, Qt::ControlModifier);
        m_ui->type(QStringLiteral(" Typed then left."));
        // Tab moves on instead of inserting a tab character, and ends the first burst of typing.
        m_ui->key(Qt::Key_Tab);
        QVERIFY(!area->hasActiveFocus());
        QVERIFY(!area->property("text").toString().contains(QLatin1Char('\t')));
        m_ui->click(area);
        m_ui->key(Qt::Key_End, Qt::ControlModifier);
        m_ui->type(QStringLiteral(" More."));
        showPage(QStringLiteral("overview")); // at once, before the pause that would store it
        QVERIFY(pc().modified());
        QVERIFY(m_shell->window()->title().startsWith(QLatin1Char('*')));
        m_ui->keys(QStringLiteral("Ctrl+S"));
        QTRY_VERIFY_WITH_TIMEOUT(!pc().modified(), kTimeout);
        QVERIFY(!m_shell->window()->title().startsWith(QLatin1Char('*')));

        // Each burst of typing is one undo step: the second, then the first.
        showPage(QStringLiteral("bid"));
        area = qobject_cast<QQuickItem *>(m_ui->find(QStringLiteral("chapter-host")));
        QCOMPARE(area->property("text").toString(), original + QStringLiteral(" Typed then left. More."));
        pc().undo();
        QTRY_COMPARE_WITH_TIMEOUT(area->property("text").toString(), original + QStringLiteral(" Typed then left."), kTimeout);
        pc().undo();
        QTRY_COMPARE_WITH_TIMEOUT(area->property("text").toString(), original, kTimeout);
        pc().redo();
        pc().redo();
        QTRY_COMPARE_WITH_TIMEOUT(area->property("text").toString(), original + QStringLiteral(" Typed then left. More."), kTimeout);

        // Ctrl+Tab types a tab character.
        m_ui->click(area);
        m_ui->key(Qt::Key_End, Qt::ControlModifier);
        m_ui->key(Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(area->property("text").toString().endsWith(QLatin1Char('\t')));

        // What was saved is on disk: reopened, the chapter has both bursts.
        QVERIFY(pc().open(m_project));
        showPage(QStringLiteral("overview"));
        showPage(QStringLiteral("bid"));
        area = qobject_cast<QQuickItem *>(m_ui->find(QStringLiteral("chapter-host")));
        QCOMPARE(area->property("text").toString(), original + QStringLiteral(" Typed then left. More."));
    }

    void newProjectAsksAboutUnsavedChanges()
    {
        QVERIFY(pc().open(m_project));
        app().ranking.setWeightPercent(0, 40.0); // an unsaved change
        QVERIFY(pc().modified());

        // Cancel keeps everything.
        QImage before = m_ui->grab();
        m_ui->keys(QStringLiteral("Ctrl+N"));
        expectDialog(QStringLiteral("unsavedDialog"), before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("unsavedDialog"));
        QVERIFY(pc().modified());
        QCOMPARE(pc().filePath(), QFileInfo(m_project).absoluteFilePath());

        // Discard, then the new-project form; its Cancel leaves the old project open.
        before = m_ui->grab();
        m_ui->click(QStringLiteral("newButton"));
        expectDialog(QStringLiteral("unsavedDialog"), before);
        clickButton(QStringLiteral("Discard"));
        expectDialog(QStringLiteral("newDialog"), before);
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("newDialog"));
        QCOMPARE(pc().filePath(), QFileInfo(m_project).absoluteFilePath());

        // OK with a wrong date says so next to the form and keeps it open; a right one makes the project.
        before = m_ui->grab();
        m_ui->keys(QStringLiteral("Ctrl+N"));
        expectDialog(QStringLiteral("unsavedDialog"), before);
        clickButton(QStringLiteral("Discard"));
        expectDialog(QStringLiteral("newDialog"), before);
        for (const auto &[field, text] : {std::pair{"newTitle", "Harbour Forum 2030"}, std::pair{"newStart", "2030-05-12"},
                                          std::pair{"newEnd", "2030-05-10"}, std::pair{"newAttendance", "1,200"}}) {
            m_ui->click(QString::fromLatin1(field));
            m_ui->type(QString::fromLatin1(text));
        }
        clickButton(QStringLiteral("Create"));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(QStringLiteral("newProblems"))->property("text").toString().contains(QStringLiteral("Last day")), kTimeout);
        QVERIFY(m_ui->find(QStringLiteral("newDialog"))->property("visible").toBool());
        auto *end = m_ui->find(QStringLiteral("newEnd"));
        end->setProperty("text", QStringLiteral("2030-05-14"));
        clickButton(QStringLiteral("Create"));
        expectClosed(QStringLiteral("newDialog"));
        QCOMPARE(pc().title(), QStringLiteral("Harbour Forum 2030"));
        QCOMPARE(app().requirements.attendance(), 1200);
        QCOMPARE(app().requirements.days(), 3);
        QVERIFY(!pc().hasFile());
        QVERIFY(pc().modified());

        // Save on a new project asks where: the dialog starts in the home folder. The user opens a folder there
        // (which selects its first entry), types a name and clicks Save: the project is saved under that name.
        before = m_ui->grab();
        m_ui->keys(QStringLiteral("Ctrl+S"));
        expectDialog(QStringLiteral("saveAsDialog"), before);
        QCOMPARE(m_ui->find(QStringLiteral("saveAsDialog"))->property("currentFolder").toUrl(), QUrl::fromLocalFile(QDir::homePath()));
        QQuickItem *folder = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((folder = m_ui->findShownWith("fileName", QStringLiteral("other"))) != nullptr, kTimeout);
        m_ui->doubleClick(folder);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->findShownWith("fileName", QStringLiteral("small.venuebid.json")) != nullptr, kTimeout);
        saveAs(QStringLiteral("harbour.venuebid.json"));
        QTRY_VERIFY_WITH_TIMEOUT(!pc().modified(), kTimeout);
        QCOMPARE(pc().filePath(), QFileInfo(path(QStringLiteral("other/harbour.venuebid.json"))).absoluteFilePath());
        QVERIFY(QFileInfo(path(QStringLiteral("other/small.venuebid.json"))).size() < 5000); // not written over
        QVERIFY(pc().open(m_project));
    }

    void closeAsksAboutUnsavedChanges()
    {
        app().ranking.setWeightPercent(0, 35.0);
        QImage before = m_ui->grab();
        m_shell->window()->close();
        expectDialog(QStringLiteral("unsavedDialog"), before);
        QVERIFY(m_shell->window()->isVisible());
        clickButton(QStringLiteral("Cancel"));
        expectClosed(QStringLiteral("unsavedDialog"));
        QVERIFY(m_shell->window()->isVisible());
        QVERIFY(pc().modified());
    }
};

QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
