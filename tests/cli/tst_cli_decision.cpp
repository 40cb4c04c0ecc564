// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli format-decision and report --kind client-brief: the figures equal those of budget, scenarios and
// forecast for the same project; the fixed programme excludes the online format; bad contingencies are errors with
// their JSON pointer; the client brief in both languages holds the forecast and no internal money.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include "cli_runner.h"

using namespace vb::test;

namespace {
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");

/** The sample with edit applied to its JSON root, written to dir. */
QString sampleWith(const QTemporaryDir &dir, const std::function<void(QJsonObject &root)> &edit)
{
    QFile in(kSample);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample");
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    edit(root);
    const QString path = dir.filePath("edited.venuebid.json");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    out.write(QJsonDocument(root).toJson());
    return path;
}

/** Sets key of the contingency of scenario i. */
void setContingency(QJsonObject &root, int i, const QString &key, const QJsonValue &v)
{
    QJsonObject sc = root["scenarios"].toObject();
    QJsonArray items = sc["items"].toArray();
    QJsonObject s = items[i].toObject();
    QJsonObject c = s["contingency"].toObject();
    c[key] = v;
    s["contingency"] = c;
    items[i] = s;
    sc["items"] = items;
    root["scenarios"] = sc;
}

QString slurp(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

class TestCliDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::newRow("no file") << QStringList{"format-decision"} << "format-decision PROJECT";
        QTest::newRow("bad format") << QStringList{"format-decision", kSample, "--format", "csv"} << "format-decision PROJECT";
        QTest::newRow("bad lang") << QStringList{"format-decision", kSample, "--lang", "fr"} << "format-decision PROJECT";
        QTest::newRow("bad method") << QStringList{"format-decision", kSample, "--method", "ahp"} << "format-decision PROJECT";
        QTest::newRow("brief, bad lang") << QStringList{"report", kSample, "--kind", "client-brief", "--lang", "fr", "--out", "x.pdf"} << "report PROJECT";
        QTest::newRow("both, not a brief") << QStringList{"report", kSample, "--kind", "suitability", "--lang", "both", "--out", "x.pdf"} << "report PROJECT";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(("usage: venuebid-cli " + usage).toUtf8()), r.err.constData());
    }

    void sameFiguresAsBudgetAndScenarios()
    {
        const auto d = cli({"format-decision", kSample, "--format", "json"});
        QCOMPARE(d.code, 0);
        const auto dj = json(d);
        const auto b = json(cli({"budget", kSample, "--format", "json"}));
        const auto s = json(cli({"scenarios", kSample, "--format", "json"}));
        const auto bf = b["formats"].toObject();
        const QString planned = dj["recommended_format"].toString();
        QVERIFY(!planned.isEmpty());
        // The scenarios command plans the options' own recommendation; the decision may not (online is excluded),
        // but the per-format expected surplus does not depend on the planned format.
        for (const auto &fv : dj["formats"].toArray()) {
            const auto f = fv.toObject();
            const QString key = f["format"].toString();
            QCOMPARE(f["surplus"].toDouble(), bf[key].toObject()["surplus"].toDouble());
            QCOMPARE(f["cost"].toDouble(), bf[key].toObject()["compared_cost"].toDouble());
            QCOMPARE(QJsonValue(f["break_even_attendees"]), QJsonValue(bf[key].toObject()["break_even_attendees"]));
            QCOMPARE(f["planned_attendance"].toObject()["onsite"].toDouble(), bf[key].toObject()["attendance"].toObject()["onsite"].toDouble());
            for (const auto &sv : s["formats"].toArray())
                if (sv.toObject()["format"].toString() == key)
                    QCOMPARE(f["expected_surplus"].toDouble(), sv.toObject()["surplus_expected"].toDouble());
        }
        // The cost of switching is the difference of the two formats' compared costs.
        for (const auto &fv : dj["fallbacks"].toArray()) {
            const auto f = fv.toObject();
            const QString fb = f["fallback_format"].toString();
            QCOMPARE(f["switch_cost"].toDouble(),
                     bf[fb].toObject()["compared_cost"].toDouble() - bf[planned].toObject()["compared_cost"].toDouble());
            QVERIFY(!f["trigger"].toString().isEmpty());
        }
    }

    void sampleExcludesOnline()
    {
        // The sample's gala dinner is mandatory and has no online plan: the online format cannot hold it.
        const auto dj = json(cli({"format-decision", kSample, "--format", "json"}));
        const auto online = dj["formats"].toArray()[2].toObject();
        QCOMPARE(online["format"].toString(), QStringLiteral("online"));
        QVERIFY(online["excluded"].toBool());
        QCOMPARE(online["exclusion"].toString(), QStringLiteral("the mandatory gala dinner has no online plan"));
        QVERIFY(dj["recommended_format"].toString() != QStringLiteral("online"));
        const auto zh = cli({"format-decision", kSample, "--format", "table", "--lang", "zh-TW"});
        QCOMPARE(zh.code, 0);
        QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("線上已排除：必辦的大會晚宴沒有線上辦理方式")));
        QVERIFY(QString::fromUtf8(zh.out).startsWith(QStringLiteral("建議型式：")));
    }

    void badContingencies_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        // The sample's congress starts on 2028-10-17: a decision on that day or later is too late.
        QTest::newRow("decision after the event") << "trigger_date" << QJsonValue("2028-10-20")
                                                  << "/scenarios/items/0/contingency/trigger_date: the decision date 2028-10-20 is not before the event start 2028-10-17";
        QTest::newRow("unknown format") << "fallback_format" << QJsonValue("virtual") << "/scenarios/items/0/contingency/fallback_format";
        QTest::newRow("trigger not text") << "trigger" << QJsonValue(3) << "/scenarios/items/0/contingency/trigger";
        QTest::newRow("decision on the first day") << "trigger_date" << QJsonValue("2028-10-17") << "/scenarios/items/0/contingency/trigger_date";
        QTest::newRow("not a date") << "trigger_date" << QJsonValue("next week") << "/scenarios/items/0/contingency/trigger_date";
    }
    void badContingencies()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = sampleWith(dir, [&](QJsonObject &root) { setContingency(root, 0, key, value); });
        const auto r = cli({"format-decision", path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    }

    void briefHoldsTheForecast()
    {
        // The chosen method's row of `forecast --format table` (linear: 1,537 … 1,712 … 1,887, tst_cli_client) and
        // the brief show the same figures.
        const auto f = cli({"forecast", kSample, "--format", "table"});
        QCOMPARE(f.code, 0);
        QVERIFY(f.out.contains("1,712"));
        QTemporaryDir dir;
        const QString en = dir.filePath("brief-en.html");
        const auto r = cli({"report", kSample, "--kind", "client-brief", "--lang", "en", "--out", en});
        QCOMPARE(r.code, 0);
        const QString html = slurp(en);
        QVERIFY(html.contains(QStringLiteral("Linear trend (OLS): 1,712 attendees in 2028, 95 % prediction interval 1,537–1,887, from 10 past editions.")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("the mandatory gala dinner has no online plan")));
        // A client document: none of the congress budget's money.
        const auto b = json(cli({"budget", kSample, "--format", "json"}));
        const QString surplus = QLocale(QLocale::English).toString(static_cast<qlonglong>(b["formats"].toObject()["hybrid"].toObject()["surplus"].toDouble()));
        QVERIFY(!html.contains(surplus));
        QVERIFY(!html.contains(QStringLiteral("expected surplus over the risk scenarios")));
        QVERIFY(!html.contains(QStringLiteral("margin of safety")));
        QVERIFY(!html.contains(QStringLiteral("Cost of switching")));

        const QString both = dir.filePath("brief-both.html");
        QCOMPARE(cli({"report", kSample, "--kind", "client-brief", "--lang", "both", "--out", both}).code, 0);
        const QString h2 = slurp(both);
        QVERIFY(h2.contains(QStringLiteral("客戶需求分析報告")));
        QVERIFY(h2.contains(QStringLiteral("Client needs analysis")));
        QVERIFY(h2.indexOf(QStringLiteral("客戶需求分析報告")) < h2.indexOf(QStringLiteral("<h1>Client needs analysis")));

        const QString pdf = dir.filePath("brief.pdf");
        QCOMPARE(cli({"report", kSample, "--kind", "client-brief", "--lang", "zh-TW", "--out", pdf}).code, 0);
        QVERIFY(QFile(pdf).size() > 10000);
    }

    void briefNeedsAClient()
    {
        QTemporaryDir dir;
        const QString path = sampleWith(dir, [](QJsonObject &root) { root.remove("client"); });
        const auto r = cli({"report", path, "--kind", "client-brief", "--out", dir.filePath("x.html")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no \"client\" section"));
    }
};

QTEST_GUILESS_MAIN(TestCliDecision)
#include "tst_cli_decision.moc"
