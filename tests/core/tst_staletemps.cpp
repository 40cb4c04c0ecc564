// SPDX-License-Identifier: GPL-3.0-or-later
// A save killed before its rename leaves "<file>.tmp-XXXXXX" behind. The next save of that file (in a process that
// started after the temporary was last written) removes it; a temporary still being written by a running process,
// files of other projects and names that only look alike stay.
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vb;

namespace {

void killAtTempCreated(AtomicWriteStep s)
{
    if (s == AtomicWriteStep::TempCreated)
        ::raise(SIGKILL);
}

void killAtBackupRemoved(AtomicWriteStep s)
{
    if (s == AtomicWriteStep::BackupRemoved)
        ::raise(SIGKILL);
}

QStringList names(const QString &dir)
{
    QStringList l = QDir(dir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    l.sort();
    return l;
}

/** Sets the times of path (itself, not what a link points to) to an hour ago. */
void backdate(const QString &path)
{
    const timespec hourAgo{std::time(nullptr) - 3600, 0};
    const timespec times[2] = {hourAgo, hourAgo};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW), 0);
}

/** A file written an hour ago (as a save killed in an earlier run of the app left it). */
void writeOld(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    backdate(path);
}

/** Saves "A" to path in a child process killed by SIGKILL at the step onStep stops at; returns the temporaries it
 *  left ("p.json.tmp-XXXXXX"). */
QStringList killedSave(const QString &dir, const std::string &path, void (*onStep)(AtomicWriteStep))
{
    const QStringList before = names(dir);
    const pid_t pid = fork();
    if (pid == 0) {
        AtomicWriteFaults f;
        f.onStep = onStep;
        (void)writeFileAtomically(path, "A", true, f);
        _exit(7);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status))
        return {};
    QStringList left;
    for (const QString &n : names(dir))
        if (!before.contains(n))
            left << n;
    return left;
}

} // namespace

class TestStaleTemps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // File times come from a coarse clock (a few ms behind): let this process be older than that, so a file
        // written "now" below is surely younger than the process.
        QTest::qWait(100);
    }

    // The rules on made-up leftovers: only regular files named "<name>.tmp-" or "<name>.bak.tmp-" plus mkstemp's six
    // letters or digits, last written before this process started.
    void onlyStaleTemporariesOfTheFileGo()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        const QString p = dir + QStringLiteral("/p.venuebid.json");
        QVERIFY(writeFileAtomically(p.toStdString(), "old", true).empty());

        writeOld(p + QStringLiteral(".tmp-Ab12Cd"), "half a sa");       // a killed save: goes
        writeOld(p + QStringLiteral(".bak.tmp-zZ09yY"), "half a bak");  // a killed .bak copy: goes
        QFile fresh(p + QStringLiteral(".tmp-Fresh1"));                  // written now (another app saving): stays
        QVERIFY(fresh.open(QIODevice::WriteOnly));
        fresh.write("in progress");
        fresh.close();
        writeOld(p + QStringLiteral(".tmp-notes.txt"), "mine");           // not mkstemp's name: stays
        writeOld(p + QStringLiteral(".tmp-Ab12C"), "mine");               // five characters: stays
        writeOld(p + QStringLiteral(".tmp-Ab_2Cd"), "mine");              // '_' is not mkstemp's: stays
        writeOld(dir + QStringLiteral("/q.venuebid.json.tmp-Ab12Cd"), "q"); // another project's: stays
        QVERIFY(QDir(dir).mkdir(QStringLiteral("p.venuebid.json.tmp-Dir123"))); // a folder: stays
        QVERIFY(QFile::link(dir + QStringLiteral("/q.venuebid.json.tmp-Ab12Cd"), p + QStringLiteral(".tmp-Link12")));
        backdate(p + QStringLiteral(".tmp-Link12")); // a link, not a file: stays

        QVERIFY(writeFileAtomically(p.toStdString(), "new", true).empty());

        const QStringList expected{QStringLiteral("p.venuebid.json"),
                                   QStringLiteral("p.venuebid.json.bak"),
                                   QStringLiteral("p.venuebid.json.tmp-Ab12C"),
                                   QStringLiteral("p.venuebid.json.tmp-Ab_2Cd"),
                                   QStringLiteral("p.venuebid.json.tmp-Fresh1"),
                                   QStringLiteral("p.venuebid.json.tmp-Link12"),
                                   QStringLiteral("p.venuebid.json.tmp-notes.txt"),
                                   QStringLiteral("q.venuebid.json.tmp-Ab12Cd")};
        QCOMPARE(names(dir), expected);
        QVERIFY(QFileInfo(p + QStringLiteral(".tmp-Dir123")).isDir());
        std::string text, err;
        QVERIFY(readWholeFile(p.toStdString(), text, err));
        QCOMPARE(text, std::string("new"));
        QVERIFY(readWholeFile(p.toStdString() + ".bak", text, err));
        QCOMPARE(text, std::string("old"));
        // Called on its own (the GUI does so when it opens a file): nothing stale is left, so 0.
        QCOMPARE(removeStaleTemporaries(p.toStdString()), 0);
    }

    // The real thing: a save killed after it created its temporary. This process started before the kill, so the
    // temporary may belong to a save still running and stays at this process's next save; an app started after
    // the kill (a new process: this test binary with --save) removes it when it saves the same file.
    void killedSaveLeftoverGoesAtTheNextStart()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        const QString p = dir + QStringLiteral("/p.venuebid.json");
        QVERIFY(writeFileAtomically(p.toStdString(), "old", true).empty());

        const QStringList left = killedSave(dir, p.toStdString(), killAtTempCreated);
        QCOMPARE(left.size(), 1);
        QVERIFY2(left.first().startsWith(QStringLiteral("p.venuebid.json.tmp-")), qPrintable(left.first()));

        QVERIFY(writeFileAtomically(p.toStdString(), "same process", true).empty());
        QVERIFY(names(dir).contains(left.first())); // younger than this process: not touched

        QTest::qWait(20); // the new process starts strictly after the temporary was written
        QProcess next;
        next.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save"), p});
        QVERIFY(next.waitForFinished(30000));
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(names(dir), (QStringList{QStringLiteral("p.venuebid.json"), QStringLiteral("p.venuebid.json.bak")}));
        std::string text, err;
        QVERIFY(readWholeFile(p.toStdString(), text, err));
        QCOMPARE(text, std::string("next start"));
    }

    // Killed after the temporary was flushed and the old .bak removed: the leftover is removed by a later app's
    // open (removeStaleTemporaries, as the GUI calls it) without saving; the file itself is the old one.
    void leftoverGoesAtTheNextOpen()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        const QString p = dir + QStringLiteral("/p.venuebid.json");
        QVERIFY(writeFileAtomically(p.toStdString(), "old", true).empty());
        const QStringList left = killedSave(dir, p.toStdString(), killAtBackupRemoved);
        QCOMPARE(left.size(), 1);
        QTest::qWait(20);
        QProcess next;
        next.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open"), p});
        QVERIFY(next.waitForFinished(30000));
        QCOMPARE(next.exitCode(), 1); // one removed
        QCOMPARE(names(dir), QStringList{QStringLiteral("p.venuebid.json")});
        std::string text, err;
        QVERIFY(readWholeFile(p.toStdString(), text, err));
        QCOMPARE(text, std::string("old"));
    }
};

int main(int argc, char **argv)
{
    // The "next start" of the tests above: a process of its own, started after the kill.
    if (argc == 3 && std::string(argv[1]) == "--save")
        return writeFileAtomically(argv[2], "next start", true).empty() ? 0 : 2;
    if (argc == 3 && std::string(argv[1]) == "--open")
        return removeStaleTemporaries(argv[2]);
    QCoreApplication app(argc, argv);
    TestStaleTemps t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_staletemps.moc"
