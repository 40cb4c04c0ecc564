// SPDX-License-Identifier: GPL-3.0-or-later
// Every command on the extreme files of tests/data/extreme/ (README.md there): either exit 1 with an error that
// names the input by its JSON pointer and says why in words, or exit 0 with only finite numbers: no "nan", "inf",
// null score or weight, and not every alternative tied at rank 1.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

using namespace vb::test;

namespace {

QString extreme(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/extreme/") + name;
}

/** Every command that reads a project, with its options; {out} is replaced by a file in a temporary directory. */
const QList<QStringList> kProjectCommands = {
    {"validate"},
    {"rank"},
    {"rank", "--method", "wpm"},
    {"rank", "--method", "topsis"},
    {"rank", "--method", "vikor"},
    {"rank", "--method", "promethee2"},
    {"rank", "--format", "json"},
    {"compare", "--format", "json"},
    {"sensitivity"},
    {"sensitivity", "--samples", "200", "--threads", "1"},
    {"options", "--format", "json"},
    {"scenarios", "--format", "json"},
    {"co2e", "--format", "json"},
    {"co2e", "--format", "table"},
    {"inspections", "--format", "json"},
    {"inspections", "--format", "table"},
    {"tender", "--format", "json"},
    {"destinations", "--format", "json"},
    {"destinations", "--format", "table"},
    {"quotes", "--format", "json"},
    {"budget", "--format", "json"},
    {"budget", "--format", "table"},
    {"forecast", "--format", "json"},
    {"forecast", "--format", "table"},
    {"format-decision", "--format", "json"},
    {"format-decision", "--format", "table"},
    {"report", "--kind", "client-brief", "--out", "{out}/brief.html"},
    {"report", "--kind", "suitability", "--out", "{out}/suitability.html"},
    {"report", "--kind", "bid", "--out", "{out}/bid.html"},
    {"report", "--kind", "deck", "--out", "{out}/deck.html"},
    {"report", "--kind", "tender-outline", "--out", "{out}/outline.html"},
    {"quote", "--out", "{out}/quote.html"},
};

/** A number that is not one, as the CLI, JSON and HTML would print it: "nan", "-nan", "inf", "-inf", or a score
 *  or weight that JSON printed as null because it was not finite (an unknown fact's "value": null is legitimate). */
const QRegularExpression kNotFinite(QStringLiteral(R"re((?<![A-Za-z])-?(nan|inf)(?![A-Za-z])|"(score|weight|closeness|phi)": ?null)re"),
                                    QRegularExpression::CaseInsensitiveOption);

QStringList withOut(QStringList args, const QString &dir)
{
    for (auto &a : args)
        a.replace(QStringLiteral("{out}"), dir);
    return args;
}

/** stdout plus every file the command wrote into dir. */
QString everythingPrinted(const Result &r, const QString &dir)
{
    QString all = QString::fromUtf8(r.out);
    for (const auto &f : QDir(dir).entryList(QDir::Files)) {
        QFile file(dir + "/" + f);
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll());
        file.remove();
    }
    return all;
}

} // namespace

class TestCliExtreme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithThePointer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("words");
        const QString outside = QStringLiteral("is outside the range a project file accepts, -1,000,000,000,000,000 to 1,000,000,000,000,000");
        QTest::newRow("attendee origin 1e308 km") << "co2e-origin-1e308" << "/sustainability/origins/4/distance_km" << outside;
        QTest::newRow("inspection item weights 1e308") << "inspection-weights-1e308" << "/inspections/0/items/0/weight" << outside;
        QTest::newRow("destination weights overflow") << "destination-weights-overflow" << "/destinations/criteria/7/weight" << outside;
        QTest::newRow("criteria weights overflow") << "criteria-weights-overflow" << "/criteria/10/weight" << outside;
        QTest::newRow("venue value 1e308") << "venue-value-1e308" << "/venues/0/attributes/plenary_seats/value" << outside;
        QTest::newRow("destination value 1e308") << "destination-value-1e308" << "/destinations/destinations/1/values/subsidy/value" << outside;
        QTest::newRow("quote score 1e308") << "quote-score-1e308" << "/received_quotes/quotes/0/scores/experience" << outside;
        QTest::newRow("budget unit cost 1e400") << "budget-unit-cost-1e400" << "/budget/lines/0/unit_cost"
                                                << "this number is beyond the largest number a computer can hold (about 1.8e308)";
    }
    void refusedWithThePointer()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, words);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = extreme(file + ".venuebid.json");
        for (const auto &cmd : kProjectCommands) {
            QStringList args = withOut(cmd, dir.path());
            args.insert(1, path);
            const auto r = cli(args);
            const QString err = QString::fromUtf8(r.err);
            // "FILE: error: /pointer: 1e+308 is outside the range ..."
            const QRegularExpression line(QRegularExpression::escape(pointer) + QStringLiteral(": [^\n]*") + QRegularExpression::escape(words));
            if (r.code != 1 || !line.match(err).hasMatch())
                qWarning() << args << r.code << err.left(600);
            QCOMPARE(r.code, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY(line.match(err).hasMatch());
            QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no document was written
        }
    }

    void atTheLimitEveryNumberIsFinite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = extreme(QStringLiteral("at-the-limit.venuebid.json"));
        for (const auto &cmd : kProjectCommands) {
            QStringList args = withOut(cmd, dir.path());
            args.insert(1, path);
            const auto r = cli(args);
            if (r.code != 0)
                qWarning() << args << r.err.left(600);
            QCOMPARE(r.code, 0);
            const QString all = everythingPrinted(r, dir.path());
            const auto m = kNotFinite.match(all);
            if (m.hasMatch())
                qWarning() << args << "prints" << all.mid(std::max<qsizetype>(0, m.capturedStart() - 80), 160);
            QVERIFY(!m.hasMatch());
        }
    }

    void atTheLimitTheForecastScenariosAreCounts()
    {
        // Editions of 1 and 1,000,000,000 people: the linear trend's 95 % interval reaches 4.3e9 (above the largest
        // count a project holds), so the proposed high scenario is capped at 1,000,000,000, not wrapped round in int
        // below the likely one; low is 0, not negative.
        const auto r = cli({"forecast", extreme(QStringLiteral("at-the-limit.venuebid.json")), "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto proposed = json(r)["scenarios"].toObject()["proposed"].toObject();
        QCOMPARE(proposed["low"].toInt(), 0);
        QCOMPARE(proposed["high"].toInt(), 1000000000);
        QVERIFY(proposed["likely"].toInt() > 0 && proposed["likely"].toInt() < 1000000000);
    }

    void atTheLimitTheRankingStillDiscriminates()
    {
        // Every criterion weighs 1e15 (equal weights) and TICC has 1e15 plenary seats: every score is a number and
        // one venue alone is first (a sum of weights that overflowed gave every venue 0 and rank 1).
        for (const char *method : {"wsm", "wpm", "topsis", "vikor", "promethee2"}) {
            const auto r = cli({"rank", extreme(QStringLiteral("at-the-limit.venuebid.json")), "--method", method, "--format", "json"});
            QCOMPARE(r.code, 0);
            const auto ranking = json(r)["ranking"].toArray();
            QVERIFY(ranking.size() > 2);
            int first = 0;
            for (const auto &v : ranking) {
                QVERIFY(v.toObject()["score"].isDouble());
                first += v.toObject()["rank"].toInt() == 1 ? 1 : 0;
            }
            QCOMPARE(first, 1);
        }
    }

    void matrixAtTheLimitEveryNumberIsFinite()
    {
        const QString path = extreme(QStringLiteral("matrix-at-the-limit.json"));
        const QList<QStringList> commands = {
            {"score", path},
            {"smaa", path, "--samples", "500", "--threads", "1"},
            {"stability", path},
            {"weights", path, "--method", "equal"},
            {"weights", path, "--method", "critic"},
            {"weights", path, "--method", "std"},
            // entropy refuses the negative cell with its position (matrix[0][2]): a clear error, not a number
        };
        for (const auto &args : commands) {
            const auto r = cli(args);
            if (r.code != 0)
                qWarning() << args << r.err.left(600);
            QCOMPARE(r.code, 0);
            const QString all = QString::fromUtf8(r.out);
            const auto m = kNotFinite.match(all);
            if (m.hasMatch())
                qWarning() << args << "prints" << all.mid(std::max<qsizetype>(0, m.capturedStart() - 80), 160);
            QVERIFY(!m.hasMatch());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliExtreme)
#include "tst_cli_extreme.moc"
