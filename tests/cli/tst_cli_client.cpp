// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli forecast: the JSON contract on the sample's ten past editions (values worked by hand), the table in both
// languages, the errors with their JSON pointer, and the pickup on a sample with registrations on file.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

#include "cli_runner.h"

using namespace vb::test;

namespace {
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");

/** The sample with edit applied to its JSON, written to dir. */
QString sampleWith(const QTemporaryDir &dir, const std::function<void(QJsonObject &client)> &edit)
{
    QFile in(kSample);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample");
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject client = root["client"].toObject();
    edit(client);
    root["client"] = client;
    const QString path = dir.filePath("edited.venuebid.json");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    out.write(QJsonDocument(root).toJson());
    return path;
}

bool within(double actual, double expected, double tol)
{
    return std::abs(actual - expected) <= tol;
}
} // namespace

class TestCliClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{"forecast"};
        QTest::newRow("bad method") << QStringList{"forecast", kSample, "--method", "arima"};
        QTest::newRow("bad format") << QStringList{"forecast", kSample, "--format", "csv"};
        QTest::newRow("bad lang") << QStringList{"forecast", kSample, "--lang", "fr"};
        QTest::newRow("two files") << QStringList{"forecast", kSample, kSample};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("usage: venuebid-cli forecast PROJECT"));
    }

    void sampleLinear()
    {
        // The sample's totals 1180, 1240, 1310, 1290, 1420, 1480, 1350, 1530, 1640, 1710 in 2008, 2010, …, 2026:
        // x̄ = 2017, ȳ = 14150/10 = 1415, Sxx = 2·(81 + 49 + 25 + 9 + 1) = 330, Sxy = 8910 → b = 27 per year;
        // ŷ(2028) = 1415 + 27 × 11 = 1712. Residuals 8, 14, 30, −44, 32, 38, −146, −20, 36, 52: SSE = 31280,
        // MS_Res = 3910, s = 62.530. t(0.975, 8) = 2.306004; half-width = 2.306004 × √(1 + 1/10 + 121/330) = 2.7927 SDs
        // = 174.63 → [1537.4, 1886.6].
        const auto r = cli({"forecast", kSample, "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto o = json(r);
        QCOMPARE(o["method"].toString(), QStringLiteral("linear"));
        QCOMPARE(o["target_year"].toInt(), 2028);
        QCOMPARE(o["editions"].toInt(), 10);
        const auto c = o["chosen"].toObject();
        QCOMPARE(c["n"].toInt(), 10);
        QCOMPARE(c["coefficients"].toObject()["slope_per_year"].toDouble(), 27.0);
        QCOMPARE(c["coefficients"].toObject()["intercept_at_mean_year"].toDouble(), 1415.0);
        QCOMPARE(c["coefficients"].toObject()["mean_year"].toDouble(), 2017.0);
        QCOMPARE(c["point"].toDouble(), 1712.0);
        QCOMPARE(c["interval"].toObject()["low"].toDouble(), 1537.4);
        QCOMPARE(c["interval"].toObject()["high"].toDouble(), 1886.6);
        QCOMPARE(c["t_quantile"].toDouble(), 2.306004);
        QCOMPARE(c["half_width_sd"].toDouble(), 2.7927);
        QVERIFY(within(c["residual_sd"].toDouble(), std::sqrt(3910.0), 5e-7));
        // Ten editions: no warning about the interval's width.
        QCOMPARE(o["warnings"].toArray().size(), 0);
        // The moving average of the last 3: (1530 + 1640 + 1710)/3 = 1626.7.
        const auto methods = o["methods"].toArray();
        QCOMPARE(methods[2].toObject()["point"].toDouble(), 1626.7);
        // No registrations of 2028 on file: the pickup says so, with the pointer.
        QCOMPARE(methods[3].toObject()["ok"].toBool(), false);
        QCOMPARE(methods[3].toObject()["error"].toObject()["path"].toString(), QStringLiteral("/client/forecast/current_pace"));
        // Online share of the hybrid editions 460/1530, 390/1640, 350/1710 (2022, 2024, 2026), trend to 2028:
        // shares 0.300654, 0.237805, 0.204678, mean 0.247712; slope (−2 × 0.052942 + 2 × −0.043034)/8 = −0.023994 per year;
        // at 2028: 0.247712 − 4 × 0.023994 = 0.1517.
        QCOMPARE(o["online_share"].toObject()["n"].toInt(), 3);
        QVERIFY(within(o["online_share"].toObject()["share"].toDouble(), 0.1517, 1e-4));
        // Proposed: 1537 / 1712 / 1887 (no destination adjustment); the sample overrides them with 1550 / 1800 / 2000.
        const auto sc = o["scenarios"].toObject();
        QCOMPARE(sc["proposed"].toObject()["low"].toInt(), 1537);
        QCOMPARE(sc["proposed"].toObject()["likely"].toInt(), 1712);
        QCOMPARE(sc["proposed"].toObject()["high"].toInt(), 1887);
        QCOMPARE(sc["recorded"].toObject()["decision"].toString(), QStringLiteral("overridden"));
        QCOMPARE(sc["recorded"].toObject()["likely"].toInt(), 1800);
    }

    void table()
    {
        auto r = cli({"forecast", kSample, "--format", "table"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("* linear trend (OLS)"));
        QVERIFY(r.out.contains("attendance = 1415.00 + 27.00 × (year − 2017.00); residual SD 62.53; t(0.975, 8) = 2.3060; half-width 2.79 residual SDs"));
        QVERIFY(r.out.contains("Proposed scenarios: low 1,537, likely 1,712, high 1,887"));
        QVERIFY(r.out.contains("The project overrides them: low 1,550, likely 1,800, high 2,000."));
        r = cli({"forecast", kSample, "--format", "table", "--lang", "zh-TW"});
        QCOMPARE(r.code, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("* 線性趨勢（最小平方法）")));
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("建議情境：低 1,537，可能 1,712，高 1,887")));
    }

    void pickup()
    {
        // 900 registered on 2028-07-19, 90 days before the start. The past curves at 90 days: round(0.50 × total) =
        // 740, 675, 765, 820, 855 (2018 … 2026), ΣB = 3855; ΣF = 1480 + 1350 + 1530 + 1640 + 1710 = 7710.
        // Multiplicative: 900 × 7710/3855 = 1800. Additive: 900 + (740 + 675 + 765 + 820 + 855)/5 = 900 + 771 = 1671.
        QTemporaryDir dir;
        const QString file = sampleWith(dir, [](QJsonObject &c) {
            QJsonObject f = c["forecast"].toObject();
            f["method"] = "pickup_multiplicative";
            f["current_pace"] = QJsonArray{QJsonObject{{"date", "2028-07-19"}, {"registered", 900}}};
            c["forecast"] = f;
        });
        auto r = cli({"forecast", file});
        QCOMPARE(r.code, 0);
        auto o = json(r);
        QCOMPARE(o["chosen"].toObject()["point"].toDouble(), 1800.0);
        QCOMPARE(o["chosen"].toObject()["days_before"].toInt(), 90);
        QCOMPARE(o["chosen"].toObject()["n"].toInt(), 5);
        r = cli({"forecast", file, "--method", "pickup_additive"});
        o = json(r);
        QCOMPARE(o["chosen"].toObject()["point"].toDouble(), 1671.0);
    }

    void errorsNameThePointer()
    {
        QTemporaryDir dir;
        // The 2020 edition (index 6) with 0 attendance: the log-linear trend refuses it, naming where.
        const QString zero = sampleWith(dir, [](QJsonObject &c) {
            QJsonArray eds = c["editions"].toArray();
            QJsonObject e = eds[6].toObject();
            QJsonObject a = e["attendance"].toObject();
            a = QJsonObject{{"total", 0}};
            e["attendance"] = a;
            eds[6] = e;
            c["editions"] = eds;
        });
        auto r = cli({"forecast", zero, "--method", "loglinear"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("edited.venuebid.json: error: /client/editions/6/attendance/total: the chosen method gives no forecast: "
                                "total attendance 0 in 2020: a log-linear trend needs every total above 0"),
                 r.err.constData());
        // A file the reader refuses (a falling pace curve) is not loaded at all.
        const QString falling = sampleWith(dir, [](QJsonObject &c) {
            QJsonArray eds = c["editions"].toArray();
            QJsonObject e = eds[9].toObject();
            QJsonArray pace = e["pace"].toArray();
            pace[1] = QJsonObject{{"days_before", 180}, {"registered", 10}};
            e["pace"] = pace;
            eds[9] = e;
            c["editions"] = eds;
        });
        r = cli({"forecast", falling});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("/client/editions/9/pace/1/registered: the pace curve decreases"), r.err.constData());
        // No client section.
        r = cli({"forecast", QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("/client: The project has no client history"));
    }
};

QTEST_GUILESS_MAIN(TestCliClient)
#include "tst_cli_client.moc"
