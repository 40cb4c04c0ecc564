// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and recovery end to end, in real windows under Xvfb: the app (a child process, the user's session with
// autosave after 1 s of idle) types into a bid-book chapter and waits until the autosave has written it; the test
// kills it with SIGKILL. A second app starts on the same settings, offers "Recover the unsaved changes of …",
// Recover opens the changes as a modified document (the file on disk is still the old one), Ctrl+S saves them
// and the recovery copy is gone.
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
constexpr int kTimeout = 20000;
int g_readyFd = -1; // the first app writes one byte here once its autosave holds the typed text
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
        QVERIFY(!m_ui->findShown(QStringLiteral("recoveryDialog"))); // nothing to recover yet
        auto *area = qobject_cast<QQuickItem *>(m_ui->find(QStringLiteral("chapter-host")));
        QVERIFY(area);
        m_ui->click(area);
        m_ui->key(Qt::Key_End, Qt::ControlModifier);
        m_ui->type(kTyped);
        // Stored as typed after a pause, then autosaved after 1 s without a change: the copy holds the text.
        const vb::app::RecoveryStore store(recoveryFolder());
        QTRY_VERIFY_WITH_TIMEOUT(store.read(g_project).value_or(std::string()).find(kTyped.toStdString()) != std::string::npos, kTimeout);
        QVERIFY(pc().modified());
        QVERIFY(slurp(g_project).find(kTyped.toStdString()) == std::string::npos); // never the user's file
        noQmlWarnings();
        QCOMPARE(::write(g_readyFd, "1", 1), ssize_t(1));
        QTest::qWait(60000); // killed here
        QFAIL("not killed");
    }
};

/** The second app: offers the copy, recovers it, saves it. */
class SecondRun : public AppRun
{
    Q_OBJECT
private Q_SLOTS:
    void offerRecoverSave()
    {
        startApp(QStringLiteral("bid"));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->findShown(QStringLiteral("recoveryDialog")), kTimeout);
        auto *dialog = m_ui->find(QStringLiteral("recoveryDialog"));
        QCOMPARE(dialog->property("projectPath").toString(), g_project);
        QCOMPARE(dialog->property("fileName").toString(), QStringLiteral("congress.venuebid.json"));
        QVERIFY(!pc().modified()); // the file as it is on disk, until the user answers
        m_ui->click(m_ui->button(QStringLiteral("Recover")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->findShown(QStringLiteral("recoveryDialog")), kTimeout);
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

    int fds[2];
    if (pipe(fds) != 0)
        return fail("pipe");
    g_readyFd = fds[1];
    const pid_t first = spawn<FirstRun>(argc, argv);
    close(fds[1]);
    pollfd p{fds[0], POLLIN, 0};
    char byte = 0;
    const bool ready = poll(&p, 1, 60000) == 1 && read(fds[0], &byte, 1) == 1;
    kill(first, SIGKILL); // kill -9, whatever state it is in
    int status = 0;
    waitpid(first, &status, 0);
    if (!ready)
        return fail("the first app did not report its autosave (see its output above)");
    if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
        return fail("the first app was not killed by SIGKILL");
    std::printf("PASS: the first app autosaved the typed text and was killed with SIGKILL\n");
    if (slurp(g_project) != original)
        return fail("the project file changed before it was saved");

    const pid_t second = spawn<SecondRun>(argc, argv);
    waitpid(second, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail("the second app did not recover and save the changes (see its output above)");
    std::printf("PASS: the second app offered the changes, recovered them unsaved and saved them\n");
    return 0;
}

#include "tst_gui_recovery.moc"
