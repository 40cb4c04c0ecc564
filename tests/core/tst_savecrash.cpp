// SPDX-License-Identifier: GPL-3.0-or-later
// A save killed at any moment leaves the project file whole: the old content or the new one, never a mix, never
// missing. Two ways: a child killed (SIGKILL) at every step of the save sequence, and 1,000 children that save a
// large project over and over, each killed after a random delay.
#include "atomicfile.h"
#include "projectformat.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <random>
#include <thread>
#include <sys/wait.h>
#include <unistd.h>

using namespace vb;

namespace {

std::string slurp(const std::string &path)
{
    std::string s, err;
    if (!readWholeFile(path, s, err))
        qFatal("%s", err.c_str());
    return s;
}

bool exists(const std::string &path)
{
    return ::access(path.c_str(), F_OK) == 0;
}

// The step at which the child kills itself (set before fork).
AtomicWriteStep g_killAt = AtomicWriteStep::TempCreated;
int g_killAfterWrites = 1;

void killAtStep(AtomicWriteStep s)
{
    if (s != g_killAt)
        return;
    if (s == AtomicWriteStep::Writing && --g_killAfterWrites > 0)
        return;
    ::raise(SIGKILL);
}

// Names in dir that start with prefix (temp files left by a killed save).
int countPrefixed(const QString &dir, const QString &prefix)
{
    return static_cast<int>(QDir(dir).entryList({prefix + QStringLiteral("*")}, QDir::Files).size());
}

void removePrefixed(const QString &dir, const QString &prefix)
{
    for (const QString &f : QDir(dir).entryList({prefix + QStringLiteral("*")}, QDir::Files))
        QFile::remove(QDir(dir).filePath(f));
}

/** The sample project with its venues repeated (new ids) until it is about 1 MB, and a title that tells two
 *  versions apart. */
Project largeProject(const std::string &title)
{
    auto r = loadProjectFile(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json");
    if (!r.ok())
        qFatal("sample project does not load");
    Project p = *r.project;
    const auto venues = p.venues;
    // 24 copies of the sample's 16 venues (ids are letters, digits and '_'): about 1 MB as written.
    for (int copy = 1; copy < 24; ++copy)
        for (auto v : venues) {
            v.id += "_copy" + std::to_string(copy);
            p.venues.push_back(std::move(v));
        }
    p.meta.title.en = title;
    return p;
}

} // namespace

class TestSaveCrash : public QObject
{
    Q_OBJECT

    std::string m_textA, m_textB; // the two versions as saved
    Project m_a, m_b;

private Q_SLOTS:
    void initTestCase()
    {
        m_a = largeProject("Version A");
        m_b = largeProject("Version B");
        m_textA = writeProject(m_a);
        m_textB = writeProject(m_b);
        // Both versions are valid files, large enough that a write takes several system calls, and differ.
        QVERIFY(readProject(m_textA, "a").ok());
        QVERIFY(readProject(m_textB, "b").ok());
        QVERIFY2(m_textA.size() > 800'000, std::to_string(m_textA.size()).c_str());
        QVERIFY(m_textA != m_textB);
    }

    // Kill the saving process right after each step of the sequence (and after the first, a middle and the last
    // write into the temp file). Before the rename the file is the old one; from the rename on, the new one.
    void killAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("writes");
        QTest::addColumn<bool>("expectNew");
        QTest::addColumn<bool>("expectBak");
        using S = AtomicWriteStep;
        // 1 MB in 64 KiB chunks: 14 or more writes.
        QTest::newRow("temp created") << int(S::TempCreated) << 0 << false << true;
        QTest::newRow("first write") << int(S::Writing) << 1 << false << true;
        QTest::newRow("middle write") << int(S::Writing) << 7 << false << true;
        QTest::newRow("temp flushed") << int(S::TempFlushed) << 0 << false << true;
        QTest::newRow("old .bak removed") << int(S::BackupRemoved) << 0 << false << false;
        QTest::newRow("new .bak kept") << int(S::BackupKept) << 0 << false << true;
        QTest::newRow("renamed") << int(S::Renamed) << 0 << true << true;
        QTest::newRow("folder flushed") << int(S::FolderFlushed) << 0 << true << true;
    }

    void killAtEveryStep()
    {
        QFETCH(int, step);
        QFETCH(int, writes);
        QFETCH(bool, expectNew);
        QFETCH(bool, expectBak);
        QTemporaryDir dir;
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("p.venuebid.json")).toStdString();
        // B then A: the file is A and its .bak is B.
        QVERIFY(saveProjectFile(m_b, path).ok);
        QVERIFY(saveProjectFile(m_a, path).ok);
        QCOMPARE(slurp(path + ".bak"), m_textB);

        g_killAt = static_cast<AtomicWriteStep>(step);
        g_killAfterWrites = writes;
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            AtomicWriteFaults f;
            f.onStep = killAtStep;
            f.maxChunk = 64 * 1024;
            (void)writeFileAtomically(path, m_textB, true, f);
            _exit(7); // the step was never reached
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child was not killed at the step");

        QVERIFY(exists(path));
        const std::string now = slurp(path);
        QCOMPARE(now == m_textB, expectNew);
        QCOMPARE(now == m_textA, !expectNew);
        const auto loaded = readProject(now, "killed");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.project->meta.title.en, std::string(expectNew ? "Version B" : "Version A"));
        QCOMPARE(exists(path + ".bak"), expectBak);
        if (expectBak) {
            // The .bak is whole: before its replacement the older version B, after it the previous version A.
            const std::string bak = slurp(path + ".bak");
            const bool replaced = step >= int(AtomicWriteStep::BackupKept);
            QCOMPARE(bak, replaced ? m_textA : m_textB);
        }
        // A save that runs to completion afterwards cleans nothing up for it but works as usual.
        QVERIFY(saveProjectFile(m_b, path).ok);
        QCOMPARE(slurp(path), m_textB);
        QCOMPARE(slurp(path + ".bak"), expectNew ? m_textB : m_textA);
    }

    // 1,000 children each save B, A, B, … over the file until killed after a random delay spread over about two
    // save times. After each kill the file is A or B byte for byte; so is the .bak when there is one.
    void thousandRandomKills()
    {
        QTemporaryDir dir;
        const QString qpath = QDir(dir.path()).filePath(QStringLiteral("p.venuebid.json"));
        const std::string path = qpath.toStdString();
        QVERIFY(saveProjectFile(m_a, path).ok);

        // The children write the serialised versions exactly as saveProjectFile does (writeFileAtomically with a
        // .bak), so each moment of their life is inside the file sequence, not in the in-memory serialisation.
        const auto save = [&](unsigned n) { return writeFileAtomically(path, n % 2 ? m_textA : m_textB, true); };
        // How long one save takes here, to spread the kills over whole saves.
        QElapsedTimer t;
        t.start();
        for (unsigned i = 0; i < 4; ++i)
            QVERIFY(save(i).empty());
        const auto saveUs = std::max<qint64>(200, t.nsecsElapsed() / 4000);
        qInfo("one save takes %lld us", static_cast<long long>(saveUs));

        const unsigned seed = 20281016;
        std::mt19937 rng(seed);
        std::uniform_int_distribution<qint64> delay(0, 2 * saveUs);
        int midSave = 0, foundA = 0, foundB = 0;
        QElapsedTimer total;
        total.start();
        constexpr int kKills = 1000;
        for (int i = 0; i < kKills; ++i) {
            const pid_t pid = fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                for (unsigned n = 0;; ++n)
                    (void)save(n);
            }
            const auto us = delay(rng);
            std::this_thread::sleep_for(std::chrono::microseconds(us));
            ::kill(pid, SIGKILL);
            int status = 0;
            QCOMPARE(waitpid(pid, &status, 0), pid);
            QVERIFY(WIFSIGNALED(status));

            const std::string info = "kill " + std::to_string(i) + " after " + std::to_string(us) + " us (seed "
                + std::to_string(seed) + ")";
            QVERIFY2(exists(path), ("file missing at " + info).c_str());
            const std::string now = slurp(path);
            QVERIFY2(now == m_textA || now == m_textB, ("a mix of versions at " + info).c_str());
            (now == m_textA ? foundA : foundB)++;
            if (i % 100 == 0) // parse some of them too (the texts are known to parse: initTestCase)
                QVERIFY(readProject(now, path).ok());
            if (exists(path + ".bak")) {
                const std::string bak = slurp(path + ".bak");
                QVERIFY2(bak == m_textA || bak == m_textB, ("a broken .bak at " + info).c_str());
            }
            // A temp file left behind means the kill came in the middle of a save.
            if (countPrefixed(dir.path(), QStringLiteral("p.venuebid.json.tmp-")) > 0) {
                ++midSave;
                removePrefixed(dir.path(), QStringLiteral("p.venuebid.json.tmp-"));
            }
        }
        qInfo("%d kills in %lld ms: %d in the middle of a save; the file was A %d times, B %d times", kKills,
              static_cast<long long>(total.elapsed()), midSave, foundA, foundB);
        // The test would prove nothing if the kills missed the saves: many land inside one, and both
        // versions were seen.
        QVERIFY2(midSave > kKills / 4, std::to_string(midSave).c_str());
        QVERIFY(foundA > 0 && foundB > 0);
    }
};

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
