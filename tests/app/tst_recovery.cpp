// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery store (autosaved copies of unsaved projects), the recent-files list, and the document's autosave:
// after an idle interval, removed on save and discard, recovered as a modified document, never over the user's file.
#include "appcontrollers.h"
#include "atomicfile.h"
#include "languagecontroller.h"
#include "projectformat.h"
#include "recoverystore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using vb::app::RecoveryStore;

namespace {
std::string slurp(const QString &path)
{
    std::string s, err;
    if (!vb::readWholeFile(path.toStdString(), s, err))
        qFatal("%s", err.c_str());
    return s;
}
} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings and data folders of the test, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("VenueBidTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
    }

    void keys()
    {
        // printf '/tmp/projects/a.venuebid.json' | sha256sum | cut -c1-16
        QCOMPARE(RecoveryStore::keyFor(QStringLiteral("/tmp/projects/a.venuebid.json")), QStringLiteral("42b4d11820b0fbbd"));
        QCOMPARE(RecoveryStore::keyFor(QString()), QStringLiteral("untitled"));
        const RecoveryStore store(QStringLiteral("/tmp/store"));
        QCOMPARE(store.fileFor(QStringLiteral("/tmp/projects/a.venuebid.json")), QStringLiteral("/tmp/store/42b4d11820b0fbbd.venuebid.json"));
    }

    void writeListReadRemove()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("recovery")); // created on the first write
        const RecoveryStore store(folder);
        QVERIFY(store.entries().empty());
        const QString a = tmp.filePath(QStringLiteral("a.venuebid.json"));
        const QString b = tmp.filePath(QStringLiteral("b.venuebid.json"));
        QFile::copy(QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json"), a);
        const std::string userFile = slurp(a);

        const QDateTime t1(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        const QDateTime t2 = t1.addSecs(60);
        QCOMPARE(store.write(a, "{\"a\": 1}\n", t1), QString());
        QCOMPARE(store.write(b, "{\"b\": 2}\n", t2), QString());
        QCOMPARE(store.write(QString(), "{\"new\": 3}\n", t1.addSecs(-60)), QString());

        const auto list = store.entries();
        QCOMPARE(list.size(), std::size_t(3));
        // Newest first: b (09:31), a (09:30), the untitled project (09:29).
        QCOMPARE(list[0].projectPath, b);
        QCOMPARE(list[0].savedAt, t2);
        QCOMPARE(list[1].projectPath, a);
        QCOMPARE(list[1].savedAt, t1);
        QCOMPARE(list[2].projectPath, QString());
        QCOMPARE(list[1].file, QDir(folder).filePath(RecoveryStore::keyFor(a) + QStringLiteral(".venuebid.json")));
        QCOMPARE(*store.read(a), std::string("{\"a\": 1}\n"));
        QCOMPARE(*store.read(QString()), std::string("{\"new\": 3}\n"));
        QCOMPARE(slurp(a), userFile); // the user's file is never written

        // A newer copy of a replaces the old one.
        QCOMPARE(store.write(a, "{\"a\": 2}\n", t2.addSecs(1)), QString());
        QCOMPARE(store.entries().size(), std::size_t(3));
        QCOMPARE(store.entries().front().projectPath, a);
        QCOMPARE(*store.read(a), std::string("{\"a\": 2}\n"));

        store.remove(a);
        QVERIFY(!store.entry(a));
        QVERIFY(!store.read(a));
        QVERIFY(!QFile::exists(store.fileFor(a)));
        QCOMPARE(store.entries().size(), std::size_t(2));
        store.remove(b);
        store.remove(QString());
        QVERIFY(store.entries().empty());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0); // nothing left behind
    }

    void damagedCopiesAreNotOffered()
    {
        QTemporaryDir tmp;
        const RecoveryStore store(tmp.path());
        const QString a = QStringLiteral("/tmp/projects/a.venuebid.json");
        const QString b = QStringLiteral("/tmp/projects/b.venuebid.json");
        QCOMPARE(store.write(a, "{}", QDateTime::currentDateTimeUtc()), QString());
        QCOMPARE(store.write(b, "{}", QDateTime::currentDateTimeUtc()), QString());
        QCOMPARE(store.entries().size(), std::size_t(2));
        // b's copy is gone (deleted by hand): only a is offered.
        QVERIFY(QFile::remove(store.fileFor(b)));
        QCOMPARE(store.entries().size(), std::size_t(1));
        // a's description is not JSON: nothing is offered, nothing crashes.
        QFile f(QDir(tmp.path()).filePath(RecoveryStore::keyFor(a) + QStringLiteral(".recovery.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": \"venuebid-recovery\", \"project_pa");
        f.close();
        QVERIFY(store.entries().empty());
        // A description copied under another key (it names a file that is not its own) is not trusted.
        QCOMPARE(store.write(a, "{}", QDateTime::currentDateTimeUtc()), QString());
        QVERIFY(QFile::copy(QDir(tmp.path()).filePath(RecoveryStore::keyFor(a) + QStringLiteral(".recovery.json")),
                            QDir(tmp.path()).filePath(QStringLiteral("0123456789abcdef.recovery.json"))));
        QCOMPARE(store.entries().size(), std::size_t(1));
        // A store in a place that cannot be a folder reports why.
        const RecoveryStore bad(QStringLiteral("/proc/version/recovery"));
        QVERIFY(!bad.write(a, "{}", QDateTime::currentDateTimeUtc()).isEmpty());
    }

    void recentFiles()
    {
        using vb::app::withRecentFile;
        QStringList l;
        for (int i = 1; i <= 10; ++i)
            l = withRecentFile(l, QStringLiteral("/p/%1.venuebid.json").arg(i));
        QCOMPARE(l.size(), 8); // at most 8: 10 … 3
        QCOMPARE(l.first(), QStringLiteral("/p/10.venuebid.json"));
        QCOMPARE(l.last(), QStringLiteral("/p/3.venuebid.json"));
        l = withRecentFile(l, QStringLiteral("/p/5.venuebid.json")); // again: moves to the top, no duplicate
        QCOMPARE(l.size(), 8);
        QCOMPARE(l.first(), QStringLiteral("/p/5.venuebid.json"));
        QCOMPARE(l.count(QStringLiteral("/p/5.venuebid.json")), 1);
        QCOMPARE(l.at(1), QStringLiteral("/p/10.venuebid.json"));
    }

    // The document: an edit is autosaved after the idle interval (1 s here), the file is untouched, saving removes
    // the copy, and a copy recovers as a modified document whose file is the original one.
    // The offer names the time of the copy in local time (ctest runs this test with TZ=Asia/Taipei, UTC+8), the same
    // way in both languages: 15:41 UTC on 1 December 2026 is 23:41 in Taipei.
    void offeredTimeInBothLanguages()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("recovery"));
        const QString path = tmp.filePath(QStringLiteral("p.venuebid.json"));
        QCOMPARE(RecoveryStore(folder).write(path, "{}", QDateTime(QDate(2026, 12, 1), QTime(15, 41, 7), Qt::UTC)), QString());
        vb::app::AppControllers app(*LanguageController::instance());
        app.project.enableRecovery(folder, 30);
        for (const char *lang : {"zh-TW", "en"}) {
            LanguageController::instance()->setLanguage(QString::fromLatin1(lang));
            QCOMPARE(app.project.recoveries().size(), 1);
            const auto offered = app.project.recoveries().first().toMap();
            QCOMPARE(offered.value(QStringLiteral("savedAt")).toString(), QStringLiteral("2026-12-01 23:41"));
        }
        // A new project never saved is named as such, in the UI language.
        QCOMPARE(RecoveryStore(folder).write(QString(), "{}", QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)), QString());
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(app.project.recoveries().last().toMap().value(QStringLiteral("fileName")).toString(), QStringLiteral("a new project"));
    }

    void autosaveSaveRecover()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.venuebid.json"));
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const std::string original = slurp(path);
        const QString folder = tmp.filePath(QStringLiteral("recovery"));

        std::string copy;
        {
            vb::app::AppControllers app(*LanguageController::instance());
            ProjectController &pc = app.project;
            pc.enableRecovery(folder, 1);
            QVERIFY(pc.recoveryEnabled());
            QVERIFY(pc.open(path));
            QVERIFY(!pc.recentFiles().isEmpty());
            QCOMPARE(pc.recentFiles().first().toMap().value(QStringLiteral("path")).toString(), path);
            QSignalSpy written(&pc, &ProjectController::recoveryWritten);
            pc.edit({"Title", "", [](vb::Project &p) { p.meta.title.en = "Autosaved title"; },
                     [](vb::Project &p) { p.meta.title.en = "x"; }},
                    ProjectController::Scope::Project);
            QVERIFY(pc.modified());
            QCOMPARE(written.count(), 0); // not at once: after a pause
            QVERIFY(written.wait(3000));
            QCOMPARE(pc.recoveries().size(), 1);
            const auto offered = pc.recoveries().first().toMap();
            QCOMPARE(offered.value(QStringLiteral("projectPath")).toString(), path);
            QCOMPARE(offered.value(QStringLiteral("fileName")).toString(), QStringLiteral("p.venuebid.json"));
            QCOMPARE(slurp(path), original); // never over the user's file
            copy = *RecoveryStore(folder).read(path);
            QCOMPARE(vb::readProject(copy, "copy").project->meta.title.en, std::string("Autosaved title"));
            // The app is killed here: nothing else runs (the copy stays).
        }
        {
            vb::app::AppControllers app(*LanguageController::instance());
            ProjectController &pc = app.project;
            pc.enableRecovery(folder, 1);
            QCOMPARE(pc.recoveries().size(), 1);
            QVERIFY(pc.recover(path));
            QVERIFY(pc.modified()); // recovered, not saved
            QCOMPARE(pc.filePath(), path);
            QCOMPARE(pc.project().meta.title.en, std::string("Autosaved title"));
            QCOMPARE(slurp(path), original);
            // Saving writes the file and the copy goes.
            QVERIFY(pc.save());
            QVERIFY(!pc.modified());
            QCOMPARE(pc.recoveries().size(), 0);
            QVERIFY(RecoveryStore(folder).entries().empty());
            QCOMPARE(vb::loadProjectFile(path.toStdString()).project->meta.title.en, std::string("Autosaved title"));

            // Discarding the changes removes the copy too.
            pc.edit({"Title", "", [](vb::Project &p) { p.meta.title.en = "Later discarded"; },
                     [](vb::Project &p) { p.meta.title.en = "Autosaved title"; }},
                    ProjectController::Scope::Project);
            QVERIFY(pc.writeRecovery());
            QCOMPARE(pc.recoveries().size(), 1);
            pc.discardChanges();
            QCOMPARE(pc.recoveries().size(), 0);
            // The offer's Discard deletes that copy; the document on screen is still modified.
            QVERIFY(pc.writeRecovery());
            pc.discardRecovery(path);
            QVERIFY(RecoveryStore(folder).entries().empty());
            QVERIFY(pc.modified());
        }
        // Without enableRecovery (tests, screenshots) nothing is autosaved and no list is kept.
        {
            vb::app::AppControllers app(*LanguageController::instance());
            ProjectController &pc = app.project;
            QVERIFY(pc.open(path));
            QVERIFY(!pc.recoveryEnabled());
            QVERIFY(!pc.writeRecovery());
            QVERIFY(pc.recentFiles().isEmpty());
            QVERIFY(!pc.recover(path));
        }
    }

    // A recovery copy that is not a valid project is reported like a file that cannot be opened; the document stays.
    void invalidCopyIsReported()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("recovery"));
        const QString path = tmp.filePath(QStringLiteral("p.venuebid.json"));
        QCOMPARE(RecoveryStore(folder).write(path, "{\"format\": \"venuebid-project\", ", QDateTime::currentDateTimeUtc()), QString());
        vb::app::AppControllers app(*LanguageController::instance());
        ProjectController &pc = app.project;
        pc.enableRecovery(folder, 30);
        QSignalSpy failed(&pc, &ProjectController::loadFailed);
        QVERIFY(!pc.recover(path));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), path);
        QVERIFY(!failed.first().at(1).toStringList().isEmpty());
        QVERIFY(!pc.loaded());
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
