// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli options / scenarios / co2e / inspections: JSON contract, hand-computed values, exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "cli_runner.h"

using namespace vb::test;

namespace {
const QString kSmall = QStringLiteral(TEST_DATA_DIR "/analysis/small-analysis.venuebid.json");
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("options no file") << QStringList{"options"};
        QTest::newRow("options bad method") << QStringList{"options", kSmall, "--method", "magic"};
        QTest::newRow("options bad format") << QStringList{"options", kSmall, "--format", "csv"};
        QTest::newRow("scenarios bad lang") << QStringList{"scenarios", kSmall, "--lang", "fr"};
        QTest::newRow("co2e two files") << QStringList{"co2e", kSmall, kSmall};
        QTest::newRow("inspections unknown option") << QStringList{"inspections", kSmall, "--fast"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void inputError()
    {
        const auto r = cli({"options", QStringLiteral(TEST_DATA_DIR "/does-not-exist.venuebid.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    void optionsJson()
    {
        // Hand-computed in tests/core/tst_options.cpp: online 0.833333, b/onsite 0.666667, ...
        const auto r = cli({"options", kSmall, "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto o = json(r);
        QCOMPARE(o["method"].toString(), QStringLiteral("wsm"));
        const auto opts = o["options"].toArray();
        QCOMPARE(opts.size(), 5);
        QCOMPARE(opts[0].toObject()["id"].toString(), QStringLiteral("online"));
        QCOMPARE(opts[0].toObject()["score"].toDouble(), 0.833333);
        QCOMPARE(opts[1].toObject()["id"].toString(), QStringLiteral("b/onsite"));
        QCOMPARE(opts[1].toObject()["score"].toDouble(), 0.666667);
        QCOMPARE(opts[4].toObject()["values"].toObject()["venue_rental"].toDouble(), 150000.0);
        const auto rec = o["recommendation"].toObject();
        QCOMPARE(rec["format"].toString(), QStringLiteral("online"));
        QCOMPARE(rec["runner_up"].toString(), QStringLiteral("b/onsite"));
        QCOMPARE(rec["deciding"].toArray()[0].toObject()["criterion"].toString(), QStringLiteral("venue_rental"));
        QVERIFY(rec["sentence"].toString().contains(QStringLiteral("deciding criteria are Venue rental (+25.0) and Reach (+8.3)")));
        const auto zh = json(cli({"options", kSmall, "--format", "json", "--lang", "zh-TW"}));
        QVERIFY(zh["recommendation"].toObject()["sentence"].toString().startsWith(QStringLiteral("建議型式：線上。")));
        const auto topsis = json(cli({"options", kSmall, "--format", "json", "--method", "topsis"}));
        QCOMPARE(topsis["method"].toString(), QStringLiteral("topsis"));
    }

    void optionsTable()
    {
        const auto r = cli({"options", kSmall});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Online (platform)"));
        QVERIFY(r.out.contains("83.3")); // WSM 0.8333 as points of 100
        QVERIFY(r.out.contains("Recommended format: online."));
    }

    void scenariosJson()
    {
        // Hand-computed in tests/core/tst_scenarios.cpp.
        const auto o = json(cli({"scenarios", kSmall, "--format", "json"}));
        QCOMPARE(o["planned_format"].toString(), QStringLiteral("online"));
        QCOMPARE(o["probability_sum"].toDouble(), 0.17);
        const auto f = o["formats"].toArray();
        QCOMPARE(f[0].toObject()["expected"].toDouble(), 93.0);
        QCOMPARE(f[1].toObject()["expected"].toDouble(), 113.6);
        QCOMPARE(f[1].toObject()["exposure_pct"].toDouble(), 5.33);
        QCOMPARE(f[2].toObject()["expected"].toDouble(), 142.5);
        const auto s = o["scenarios"].toArray();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[2].toObject()["risk_score"].toInt(), 15);
        QCOMPARE(s[2].toObject()["level"].toString(), QStringLiteral("action"));
        const auto c = s[0].toObject()["contingency"].toObject();
        QCOMPARE(c["fallback_format"].toString(), QStringLiteral("hybrid"));
        QCOMPARE(c["trigger_date"].toString(), QStringLiteral("2028-10-10"));
        QCOMPARE(c["days_before_start"].toInt(), 7);
        QCOMPARE(c["fallback_keeps_most"].toBool(), false);
        QCOMPARE(s[0].toObject()["attendance"].toObject()["hybrid"].toDouble(), 100.0);
        QVERIFY(!f[0].toObject().contains("surplus_expected")); // no budget, no financial result
    }

    void scenarioSurplusFollowsTheBudget()
    {
        // The sample has a budget: each format's surplus without incidents is the budget command's likely surplus,
        // and the expected surplus is Σ p·surplus_s + (1 − Σ p)·baseline over the listed per-scenario surpluses.
        const auto o = json(cli({"scenarios", kSample, "--format", "json"}));
        const auto budget = json(cli({"budget", kSample, "--format", "json"}))["formats"].toObject();
        const auto items = o["scenarios"].toArray();
        for (const auto &fv : o["formats"].toArray()) {
            const auto f = fv.toObject();
            const double base = f["surplus_baseline"].toDouble();
            QCOMPARE(base, budget[f["format"].toString()].toObject()["surplus"].toDouble());
            const auto per = f["surplus_per_scenario"].toArray();
            QCOMPARE(per.size(), items.size());
            double expected = (1.0 - o["probability_sum"].toDouble()) * base;
            for (int i = 0; i < per.size(); ++i)
                expected += items[i].toObject()["probability"].toDouble() * per[i].toDouble();
            QVERIFY2(std::abs(expected - f["surplus_expected"].toDouble()) <= 0.5, qPrintable(f["format"].toString()));
        }
    }

    void co2eJson()
    {
        const auto o = json(cli({"co2e", kSmall, "--format", "json"}));
        const auto f = o["formats"].toArray();
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].toObject()["flights_kg"].toDouble(), 39360.0);
        QVERIFY(f[0].toObject()["hotel_kg"].isNull());
        QCOMPARE(f[0].toObject()["partial"].toBool(), true);
        const auto missing = f[0].toObject()["missing"].toArray();
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing[1].toObject()["part"].toString(), QStringLiteral("hotel"));
        QCOMPARE(f[1].toObject()["flights_kg"].toDouble(), 31488.0);
        QCOMPARE(o["factors"].toObject()["long_haul"].toObject()["value"].toDouble(), 0.15);
    }

    void inspectionsJson()
    {
        const auto o = json(cli({"inspections", kSmall, "--format", "json"}));
        const auto in = o["inspections"].toArray();
        QCOMPARE(in.size(), 2);
        QCOMPARE(in[1].toObject()["score"].toDouble(), 3.75); // (4 + 5 + 3·2) / 4
    }

    void sample()
    {
        for (const char *cmd : {"options", "scenarios", "co2e", "inspections"}) {
            const auto r = cli({QString::fromLatin1(cmd), kSample, "--format", "json", "--lang", "zh-TW"});
            QCOMPARE(r.code, 0);
            QVERIFY(!json(r).isEmpty());
        }
        const auto o = json(cli({"options", kSample, "--format", "json"}));
        QVERIFY(o["options"].toArray()[0].toObject()["id"].toString().startsWith(QStringLiteral("ticc/")));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
