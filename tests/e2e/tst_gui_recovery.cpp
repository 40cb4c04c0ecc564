// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and recovery end to end, in real windows under Xvfb, three app runs on the same settings (autosave after
// 1 s of idle) and data folder, each a child process:
// 1. types into a bid-book chapter, waits until the autosave holds it, and is killed with SIGKILL;
// 2. offers "Recover the unsaved changes of …"; Recover opens the changes as a modified document while the file on
//    disk is still the old one; Ctrl+S saves them and the copy is gone. It types once more, is autosaved and killed;
// 3. offers those changes again; Discard deletes the copy and leaves the saved file as it was.
#include "atomicfile.h"
#include "guishell.h"
#include "languagecontroller.h"
#include "projectformat.h"
#include "qmlwarningguard.h"
#include "recoverystore.h"
#include "windowdriver.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <cstdio>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {
const QString kTyped = QStringLiteral(" Typed before the crash.");
const QString kTypedAgain = QStringLiteral(" Typed before the second crash.");
constexpr int kTimeout = 20000;
int g_readyFd = -1; // an app to be killed writes one byte here once its autosave holds the typed text
QString g_project;

std::string slurp(const QString &path)
{
    std::string s, err;
    (void)vb::readWholeFile(path.toStdString(), s, err);
    return s;
}

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

/** The window of one app run: GuiShell as venuebid makes it (session on), driven by WindowDriver. */
class AppRun : public QObject
{
    Q_OBJECT
protected:
    std::unique_ptr<vb::app::GuiShell> m_shell;
    std::unique_ptr<WindowDriver> m_ui;

    ProjectController &pc() { return m_shell->project(); }

    void startApp(const QString &page)
    {
        vb::app::QmlWarningGuard::install();
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); // a real window, not offscreen
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        m_shell = std::make_unique<vb::app::GuiShell>(*LanguageController::instance());
        QVERIFY(m_shell->start(page, g_project, {}, vb::app::GuiShell::Session::On));
        QCOMPARE(pc().autosaveIdleSeconds(), 1); // from the settings file the test wrote
        m_shell->window()->resize(1366, 768);
        QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
        m_shell->window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_shell->window()));
        m_ui = std::make_unique<WindowDriver>(m_shell->window());
    }

    /** Types text at the end of the chapter, waits until the autosave holds it (the user's file never does), tells
     *  the test it is ready, and waits to be killed. */
    void typeAutosaveAndWaitForKill(const QString &text)
    {
        auto *area = qobject_cast<QQuickItem *>(m_ui->find(QStringLiteral("chapter-host")));
        QVERIFY(area);
        m_ui->click(area);
        m_ui->key(Qt::Key_End, Qt::ControlModifier);
        m_ui->type(text);
        // Stored as typed after a pause, then autosaved after 1 s without a change: the copy holds the text.
        const vb::app::RecoveryStore store(recoveryFolder());
        QTRY_VERIFY_WITH_TIMEOUT(store.read(g_project).value_or(std::string()).find(text.toStdString()) != std::string::npos, kTimeout);
        QVERIFY(pc().modified());
        QVERIFY(slurp(g_project).find(text.toStdString()) == std::string::npos); // never the user's file
        noQmlWarnings();
        QCOMPARE(::write(g_readyFd, "1", 1), ssize_t(1));
        QTest::qWait(60000); // killed here
        QFAIL("not killed");
    }

    /** The dialog (a Popup, not an item: WindowDriver::findShown cannot see it) is open on screen. */
    bool dialogOpen(const QString &name)
    {
        QObject *d = m_ui->find(name);
        return d && d->property("visible").toBool() && d->property("opened").toBool();
    }

    void noQmlWarnings()
    {
        const QStringList problems = vb::app::QmlWarningGuard::problems();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("QML warnings:\n") + problems.join(QLatin1Char('\n'))));
    }
};

/** The first app: types, waits for the autosave, tells the test, and waits to be killed. */
class FirstRun : public AppRun
{
    Q_OBJECT
private Q_SLOTS:
    void typeAndAutosave()
    {
        startApp(QStringLiteral("bid"));
        QVERIFY(m_ui->find(QStringLiteral("recoveryDialog")));
        QTest::qWait(500); // as long as the next apps take to offer their copy
        QVERIFY(!dialogOpen(QStringLiteral("recoveryDialog"))); // nothing to recover yet
        typeAutosaveAndWaitForKill(kTyped);
    }
};

/** The second app: offers the copy, recovers it, saves it; then types again and is killed after the autosave. */
class SecondRun : public AppRun
{
    Q_OBJECT
private Q_SLOTS:
    void offerRecoverSave()
    {
        startApp(QStringLiteral("bid"));
        QTRY_VERIFY_WITH_TIMEOUT(dialogOpen(QStringLiteral("recoveryDialog")), kTimeout);
        auto *dialog = m_ui->find(QStringLiteral("recoveryDialog"));
        QCOMPARE(dialog->property("projectPath").toString(), g_project);
        QCOMPARE(dialog->property("fileName").toString(), QStringLiteral("congress.venuebid.json"));
        QVERIFY(!pc().modified()); // the file as it is on disk, until the user answers
        m_ui->click(m_ui->button(QStringLiteral("Recover")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialogOpen(QStringLiteral("recoveryDialog")), kTimeout);
        QVERIFY(pc().modified()); // recovered, not saved
        QCOMPARE(pc().filePath(), g_project);
        QVERIFY(m_shell->window()->title().startsWith(QLatin1Char('*')));
        QVERIFY(vb::writeProject(pc().project()).find(kTyped.toStdString()) != std::string::npos);
        QVERIFY(slurp(g_project).find(kTyped.toStdString()) == std::string::npos);
        // The page shows the recovered text.
        auto *area = qobject_cast<QQuickItem *>(m_ui->find(QStringLiteral("chapter-host")));
        QVERIFY(area);
        QTRY_VERIFY_WITH_TIMEOUT(area->property("text").toString().contains(kTyped.trimmed()), kTimeout);

        m_ui->keys(QStringLiteral("Ctrl+S"));
        QTRY_VERIFY_WITH_TIMEOUT(!pc().modified(), kTimeout);
        QVERIFY(slurp(g_project).find(kTyped.toStdString()) != std::string::npos);
        QVERIFY(vb::app::RecoveryStore(recoveryFolder()).entries().empty()); // saved: the copy is gone
        // The file is in the recent files.
        QVERIFY(!pc().recentFiles().isEmpty());
        QCOMPARE(pc().recentFiles().first().toMap().value(QStringLiteral("path")).toString(), g_project);
        noQmlWarnings();

        typeAutosaveAndWaitForKill(kTypedAgain);
    }
};

/** The third app: offers the copy of the second app's last changes; Discard deletes it, the file stays as saved. */
class ThirdRun : public AppRun
{
    Q_OBJECT
private Q_SLOTS:
    void offerDiscard()
    {
        const std::string saved = slurp(g_project);
        startApp(QStringLiteral("bid"));
        QTRY_VERIFY_WITH_TIMEOUT(dialogOpen(QStringLiteral("recoveryDialog")), kTimeout);
        QCOMPARE(m_ui->find(QStringLiteral("recoveryDialog"))->property("projectPath").toString(), g_project);
        QCOMPARE(QDir(recoveryFolder()).entryList(QDir::Files).size(), 2); // the copy and its description
        m_ui->click(m_ui->button(QStringLiteral("Discard")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialogOpen(QStringLiteral("recoveryDialog")), kTimeout);
        QVERIFY(QDir(recoveryFolder()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // declined: the copy is gone
        QVERIFY(!pc().modified());
        QVERIFY(!m_shell->window()->title().startsWith(QLatin1Char('*')));
        const std::string shown = vb::writeProject(pc().project());
        QVERIFY(shown.find(kTyped.toStdString()) != std::string::npos);      // what the second app saved
        QVERIFY(shown.find(kTypedAgain.toStdString()) == std::string::npos); // not what was discarded
        QCOMPARE(slurp(g_project), saved);
        noQmlWarnings();
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        m_shell.reset();
    }
};

/** Runs one app in a child process: QGuiApplication and the test object live only there. */
template<class Run>
pid_t spawn(int argc, char **argv)
{
    const pid_t pid = fork();
    if (pid != 0)
        return pid;
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("VenueBid")); // as venuebid: the same settings and data folder
    QCoreApplication::setOrganizationName(QStringLiteral("VenueBid"));
    Run run;
    const int rc = QTest::qExec(&run, QStringList{QString::fromLocal8Bit(argv[0])});
    std::fflush(stdout);
    _exit(rc == 0 ? 0 : 1);
}

/** Runs an app that reports on the pipe when its autosave is done, then kills it with SIGKILL. Returns its pid, or
 *  0 when it did not report within a minute or was not killed by the signal. */
template<class Run>
pid_t spawnUntilReady(int argc, char **argv)
{
    int fds[2];
    if (pipe(fds) != 0)
        return 0;
    g_readyFd = fds[1];
    const pid_t pid = spawn<Run>(argc, argv);
    close(fds[1]);
    pollfd p{fds[0], POLLIN, 0};
    char byte = 0;
    const bool ready = poll(&p, 1, 60000) == 1 && read(fds[0], &byte, 1) == 1;
    close(fds[0]);
    kill(pid, SIGKILL); // kill -9, whatever state it is in
    int status = 0;
    waitpid(pid, &status, 0);
    return ready && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL ? pid : 0;
}

int fail(const char *why)
{
    std::fprintf(stderr, "FAIL: %s\n", why);
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    // A home of its own: the settings (autosave after 1 s), the recovery folder and the project.
    QTemporaryDir home;
    if (!home.isValid())
        return fail("no temporary folder");
    const QByteArray h = QFile::encodeName(home.path());
    qputenv("HOME", h);
    qputenv("XDG_CONFIG_HOME", h + "/config");
    qputenv("XDG_DATA_HOME", h + "/data");
    QDir().mkpath(home.path() + QStringLiteral("/config/VenueBid"));
    {
        QFile conf(home.path() + QStringLiteral("/config/VenueBid/VenueBid.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return fail("cannot write the settings");
        conf.write("[autosave]\nidleSeconds=1\n");
    }
    g_project = home.path() + QStringLiteral("/congress.venuebid.json");
    if (!QFile::copy(QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json"), g_project))
        return fail("cannot copy the sample project");
    QFile::setPermissions(g_project, QFile::ReadOwner | QFile::WriteOwner);
    const std::string original = slurp(g_project);

    const pid_t first = spawnUntilReady<FirstRun>(argc, argv);
    if (first <= 0)
        return fail("the first app did not report its autosave (see its output above)");
    std::printf("PASS: the first app autosaved the typed text and was killed with SIGKILL\n");
    if (slurp(g_project) != original)
        return fail("the project file changed before it was saved");

    if (spawnUntilReady<SecondRun>(argc, argv) <= 0)
        return fail("the second app did not recover, save, type and autosave (see its output above)");
    std::printf("PASS: the second app offered the changes, recovered them unsaved, saved them, and was killed after "
                "an autosave of new changes\n");
    const std::string saved = slurp(g_project);
    if (saved.find(kTyped.toStdString()) == std::string::npos || saved.find(kTypedAgain.toStdString()) != std::string::npos)
        return fail("the file does not hold exactly what the second app saved");

    const pid_t third = spawn<ThirdRun>(argc, argv);
    int status = 0;
    waitpid(third, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail("the third app did not discard the changes (see its output above)");
    std::printf("PASS: the third app offered the changes and Discard deleted them\n");
    return 0;
}

#include "tst_gui_recovery.moc"
