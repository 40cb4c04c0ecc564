// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli score / weights / ahp / smaa / stability: the JSON fields and exit codes of docs/engine.md.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "cli_runner.h"

using namespace vb::test;

namespace {

QString data(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/mcda/") + QLatin1String(name);
}

double at(const QJsonValue &v, int i)
{
    return v.toArray().at(i).toDouble();
}

} // namespace

class TestCliMcda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreTopsis();
    void scoreVikor();
    void scorePromethee();
    void scoreBench();
    void weights_data();
    void weights();
    void ahp();
    void ahpHierarchyAndSuggestion();
    void ahpFromProject();
    void smaa();
    void stability();
    void inputErrors_data();
    void inputErrors();
    void usageErrors_data();
    void usageErrors();
};

void TestCliMcda::scoreTopsis()
{
    const auto r = cli({"score", data("topsis-phones.json")});
    QCOMPARE(r.code, 0);
    const auto o = json(r);
    QCOMPARE(o["method"].toString(), "topsis");
    QCOMPARE(o["normalization"].toString(), "vector");
    QCOMPARE(o["weights"].toArray().size(), 4);
    QCOMPARE(o["alternatives"].toArray().at(2).toString(), "Phone 3");
    QVERIFY(std::abs(at(o["scores"], 2) - 0.6916322312675315) < 1e-12);
    QCOMPARE(o["ranks"].toArray(), (QJsonArray{3, 5, 1, 2, 4}));
    QVERIFY(o["details"].toObject().contains("d_plus"));
}

void TestCliMcda::scoreVikor()
{
    const auto r = cli({"score", data("vikor.json")});
    QCOMPARE(r.code, 0);
    const auto o = json(r);
    const auto d = o["details"].toObject();
    for (const char *k : {"S", "R", "Q", "acceptable_advantage", "acceptable_stability", "compromise_set"})
        QVERIFY2(d.contains(QLatin1String(k)), k);
    QCOMPARE(o["scores"], d["Q"]); // scores = Q
    QVERIFY(std::abs(at(d["Q"], 2) - 2.5 / 11) < 1e-12);
    QCOMPARE(d["acceptable_advantage"].toBool(), false);
    QCOMPARE(d["compromise_set"].toArray(), (QJsonArray{3, 2}));
    QCOMPARE(o["ranks"].toArray(), (QJsonArray{3, 4, 2, 1}));
    QCOMPARE(o["normalization"].toString(), "none");
}

void TestCliMcda::scorePromethee()
{
    const auto r = cli({"score", data("promethee.json")});
    QCOMPARE(r.code, 0);
    const auto o = json(r);
    const auto d = o["details"].toObject();
    QVERIFY(std::abs(at(o["scores"], 0) - 0.5) < 1e-12 && std::abs(at(o["scores"], 1) + 0.3) < 1e-12);
    QVERIFY(std::abs(at(d["phi_plus"], 0) - 0.6) < 1e-12);
    QVERIFY(std::abs(at(d["phi_minus"], 2) - 0.5) < 1e-12);
    QCOMPARE(d["pi"].toArray().size(), 3);
    QVERIFY(std::abs(at(d["pi"].toArray().at(1), 0) - 0.2) < 1e-12);
    QCOMPARE(o["weights"].toArray(), (QJsonArray{0.6, 0.4}));
}

void TestCliMcda::scoreBench()
{
    const auto r = cli({"score", data("topsis-phones.json"), "--bench", "5"});
    QCOMPARE(r.code, 0);
    const auto b = json(r)["bench"].toObject();
    QVERIFY(b.contains("median_ms") && b.contains("min_ms"));
    QVERIFY(b["min_ms"].toDouble() <= b["median_ms"].toDouble());
}

void TestCliMcda::weights_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QList<double>>("expected");
    // weights.json ranks c2 first, c1 second, c3 third; the matrix is the hand-computed CRITIC case of tst_mcda.
    QTest::newRow("equal") << "equal" << QList<double>{1.0 / 3, 1.0 / 3, 1.0 / 3};
    QTest::newRow("roc") << "roc" << QList<double>{5.0 / 18, 11.0 / 18, 2.0 / 18};
    QTest::newRow("rank_sum") << "rank_sum" << QList<double>{1.0 / 3, 0.5, 1.0 / 6};
    QTest::newRow("critic") << "critic" << QList<double>{0.38318942772275505, 0.21361588452640348, 0.40319468775084155};
}

void TestCliMcda::weights()
{
    QFETCH(QString, method);
    QFETCH(QList<double>, expected);
    const auto r = cli({"weights", data("weights.json"), "--method", method});
    QCOMPARE(r.code, 0);
    const auto w = json(r)["weights"].toArray();
    QCOMPARE(w.size(), expected.size());
    for (int i = 0; i < w.size(); ++i)
        QVERIFY(std::abs(w.at(i).toDouble() - expected[i]) < 1e-12);
    for (const char *m : {"entropy", "std"}) {
        const auto e = cli({"weights", data("weights.json"), "--method", m});
        QCOMPARE(e.code, 0);
        double s = 0;
        for (const auto &x : json(e)["weights"].toArray())
            s += x.toDouble();
        QVERIFY(std::abs(s - 1) < 1e-12);
    }
}

void TestCliMcda::ahpFromProject()
{
    // The AHP page's judgements stored in a project (section "ahp", another criteria order): the same numbers as
    // the classic matrix above, in the project's criteria order.
    const QString project = QStringLiteral(TEST_DATA_DIR "/ahp-judgements.venuebid.json");
    auto r = cli({"ahp", project});
    QCOMPARE(r.code, 0);
    auto o = json(r);
    QCOMPARE(o["criteria"].toArray().at(0).toString(), QStringLiteral("plenary_seats"));
    QVERIFY(std::abs(at(o["weights"], 0) - 0.6369855717447572) < 1e-9);
    QVERIFY(std::abs(o["CR"].toDouble() - 0.03319921599842168) < 1e-9);
    r = cli({"ahp", project, "--evaluator", "Client"}); // all judgements equal
    QCOMPARE(r.code, 0);
    QVERIFY(std::abs(at(json(r)["weights"], 2) - 1.0 / 3) < 1e-12);
    r = cli({"ahp", project, "--evaluator", "Nobody"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no evaluator \"Nobody\""));
    r = cli({"ahp", QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(cli({"ahp", data("ahp-saaty3.json"), "--evaluator", "PM"}).code, 2);
}

void TestCliMcda::ahp()
{
    const auto r = cli({"ahp", data("ahp-saaty3.json")});
    QCOMPARE(r.code, 0);
    const auto o = json(r);
    for (const char *k : {"weights", "lambda_max", "CI", "CR", "RI", "consistent"})
        QVERIFY2(o.contains(QLatin1String(k)), k);
    QVERIFY(std::abs(at(o["weights"], 0) - 0.6369855717447572) < 1e-9);
    QVERIFY(std::abs(o["lambda_max"].toDouble() - 3.03851109055817) < 1e-9);
    QCOMPARE(o["RI"].toDouble(), 0.58);
    QCOMPARE(o["consistent"].toBool(), true);
    QVERIFY(!o.contains("suggestion"));
}

void TestCliMcda::ahpHierarchyAndSuggestion()
{
    auto r = cli({"ahp", data("ahp-hierarchy.json")});
    QCOMPARE(r.code, 0);
    auto o = json(r);
    QVERIFY(std::abs(at(o["scores"], 0) - (2.0 / 3 * 0.75 + 0.2 / 3)) < 1e-12);
    QCOMPARE(o["ranks"].toArray(), (QJsonArray{1, 2}));
    QVERIFY(o.contains("aggregated_pairwise"));
    r = cli({"ahp", data("ahp-inconsistent.json")});
    QCOMPARE(r.code, 0);
    o = json(r);
    QCOMPARE(o["consistent"].toBool(), false);
    const auto s = o["suggestion"].toObject();
    QVERIFY(s.contains("row") && s.contains("column") && s.contains("suggested"));
    QVERIFY(s["CR_after"].toDouble() < o["CR"].toDouble());
}

void TestCliMcda::smaa()
{
    const auto r = cli({"smaa", data("seesaw.json"), "--samples", "20000", "--seed", "3"});
    QCOMPARE(r.code, 0);
    const auto o = json(r);
    const auto ra = o["rank_acceptability"].toArray();
    QCOMPARE(ra.size(), 2);
    QCOMPARE(ra.at(0).toArray().size(), 2);
    QVERIFY(std::abs(at(ra.at(0), 0) - 0.5) < 0.015);
    QVERIFY(std::abs(at(o["central_weights"].toArray().at(0), 0) - 0.75) < 0.015);
    QCOMPARE(o["confidence_factors"].toArray(), (QJsonArray{1, 1}));
    // Same seed, same bytes.
    QCOMPARE(cli({"smaa", data("seesaw.json"), "--samples", "20000", "--seed", "3"}).out, r.out);
    const auto top = cli({"smaa", data("topsis-phones.json"), "--samples", "1000", "--top-k", "1", "--bench", "2"});
    QCOMPARE(top.code, 0);
    QCOMPARE(json(top)["rank_acceptability"].toArray().at(0).toArray().size(), 1);
    QVERIFY(json(top)["bench"].toObject().contains("median_ms"));
    // 10^12 samples: refused at once, exit 1, nothing on stdout.
    QElapsedTimer t;
    t.start();
    const auto huge = cli({"smaa", data("seesaw.json"), "--samples", "1000000000000"});
    QCOMPARE(huge.code, 1);
    QVERIFY(huge.out.isEmpty());
    QVERIFY(huge.err.contains("limit"));
    QVERIFY(t.elapsed() < 10000);
}

void TestCliMcda::stability()
{
    const auto r = cli({"stability", data("seesaw.json")});
    QCOMPARE(r.code, 0);
    const auto o = json(r);
    QCOMPARE(o["winner"].toString(), "A1");
    const auto c = o["criteria"].toArray();
    QCOMPARE(c.size(), 2);
    const auto c1 = c.at(0).toObject();
    QVERIFY(std::abs(at(c1["top_interval"], 0) - 0.5) < 1e-12);
    QCOMPARE(at(c1["top_interval"], 1), 1.0);
    QCOMPARE(c1["flip"].toObject()["new_winner"].toString(), "A2");
    QVERIFY(std::abs(o["smallest_change"].toObject()["change"].toDouble() + 0.1) < 1e-12);
}

void TestCliMcda::inputErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("cell") << QStringList{"score", data("bad-cell.json")} << "bad-cell.json: matrix[1][1]: expected a number";
    QTest::newRow("syntax") << QStringList{"score", data("bad-syntax.json")} << "bad-syntax.json: line 3, column 21: unexpected ','";
    QTest::newRow("choice") << QStringList{"score", data("bad-method.json")} << "expected wsm, wpm, topsis, vikor or promethee2";
    QTest::newRow("missing file") << QStringList{"score", data("does-not-exist.json")} << "does-not-exist.json";
    QTest::newRow("ahp on matrix") << QStringList{"ahp", data("vikor.json")} << "pairwise: missing";
    QTest::newRow("smaa work limit") << QStringList{"smaa", data("topsis-phones.json"), "--samples", "100000001"} << "above the limit";
    QTest::newRow("stability bad") << QStringList{"stability", data("bad-cell.json")} << "matrix[1][1]";
    QTest::newRow("weights bad") << QStringList{"weights", data("bad-syntax.json"), "--method", "equal"} << "line 3";
}

void TestCliMcda::inputErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCliMcda::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("score no file") << QStringList{"score"};
    QTest::newRow("score two files") << QStringList{"score", data("vikor.json"), data("vikor.json")};
    QTest::newRow("score bad option") << QStringList{"score", data("vikor.json"), "--fast"};
    QTest::newRow("bench zero") << QStringList{"score", data("vikor.json"), "--bench", "0"};
    QTest::newRow("weights no method") << QStringList{"weights", data("weights.json")};
    QTest::newRow("weights unknown method") << QStringList{"weights", data("weights.json"), "--method", "magic"};
    QTest::newRow("smaa bad samples") << QStringList{"smaa", data("seesaw.json"), "--samples", "ten"};
    QTest::newRow("smaa zero top-k") << QStringList{"smaa", data("seesaw.json"), "--top-k", "0"};
    QTest::newRow("ahp no file") << QStringList{"ahp"};
    QTest::newRow("stability extra") << QStringList{"stability", data("seesaw.json"), "--top-k", "1"};
}

void TestCliMcda::usageErrors()
{
    QFETCH(QStringList, args);
    const auto r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMcda)
#include "tst_cli_mcda.moc"
