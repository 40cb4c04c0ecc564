// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioController and its list models: model consistency, and the numbers of venuebid-cli.
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "scenariocontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>


class TestScenarioModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }

    void fixtureNumbers()
    {
        ProjectController doc(*LanguageController::instance(), nullptr);
        QVERIFY(doc.open(QStringLiteral(TEST_DATA_DIR "/analysis/small-analysis.venuebid.json")));
        ScenarioController c;
        QAbstractItemModelTester t1(c.scenarios(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(c.formats(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(c.options(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setDocument(&doc);
        // the values of tests/cli/tst_cli_analysis.cpp (venuebid-cli scenarios / co2e / options);
        // the page shows attendance in whole people: 100.0 → 100, 113.6 → 114
        QCOMPARE(c.scenarios()->count(), 3);
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("hybridText")).toString(), QStringLiteral("100"));
        QCOMPARE(c.scenarios()->get(2, QStringLiteral("riskScore")).toInt(), 15);
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("daysBeforeStart")).toInt(), 7);
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("fallbackOk")).toBool(), false);
        QCOMPARE(c.formats()->count(), 3);
        QCOMPARE(c.formats()->get(1, QStringLiteral("expectedText")).toString(), QStringLiteral("114"));
        QCOMPARE(c.formats()->get(1, QStringLiteral("exposureText")).toString(), QStringLiteral("5.33 %"));
        QCOMPARE(c.formats()->get(0, QStringLiteral("co2eText")).toString(), QStringLiteral("39.4"));
        QVERIFY(c.formats()->get(0, QStringLiteral("co2ePartial")).toBool());
        QVERIFY(c.formats()->get(2, QStringLiteral("recommended")).toBool());
        QCOMPARE(c.options()->count(), 5);
        QCOMPARE(c.options()->get(0, QStringLiteral("scoreText")).toString(), QStringLiteral("83.3"));
        QCOMPARE(c.recommendedFormat(), QStringLiteral("online"));
        QVERIFY(c.recommendation().contains(QStringLiteral("Venue rental (+25.0)")));

        QSignalSpy spy(&c, &ScenarioController::changed);
        c.setMethod(RankingController::Method::Topsis);
        QCOMPARE(spy.count(), 1);
        QVERIFY(c.recommendation().contains(QStringLiteral("TOPSIS")));
        c.setMethod(RankingController::Method::Topsis); // unchanged: no refresh
        QCOMPARE(spy.count(), 1);
    }

    void languageSwitch()
    {
        ProjectController doc(*LanguageController::instance(), nullptr);
        QVERIFY(doc.open(QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json")));
        ScenarioController c;
        c.setDocument(&doc);
        QVERIFY(c.hasScenarios());
        QVERIFY(c.hasSustainability());
        QCOMPARE(c.recommendedFormat(), QStringLiteral("hybrid"));
        LanguageController::instance()->setLanguage(QStringLiteral("zh-TW"));
        QCOMPARE(c.recommendedFormat(), QStringLiteral("混合"));
        QVERIFY(c.recommendation().startsWith(QStringLiteral("建議型式：混合。")));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
    }

    void followsTheDocument()
    {
        ProjectController doc(*LanguageController::instance(), nullptr);
        ScenarioController c;
        c.setDocument(&doc);
        QCOMPARE(c.scenarios()->count(), 0);
        QVERIFY(doc.open(QStringLiteral(TEST_DATA_DIR "/analysis/small-analysis.venuebid.json")));
        QCOMPARE(c.scenarios()->count(), 3);
        QCOMPARE(c.options()->count(), 5);
        // An edit goes through the document: one undo step, and the page follows undo.
        QCOMPARE(c.setScenario(0, {{QStringLiteral("probability"), 20.0}}), QString());
        QVERIFY(doc.canUndo());
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("probabilityText")).toString(), QStringLiteral("20.0 %"));
        doc.undo();
        QVERIFY(!doc.canUndo());
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("probabilityText")).toString(), QStringLiteral("10.0 %"));
        // A refused edit changes nothing and records nothing.
        QVERIFY(!c.setScenario(0, {{QStringLiteral("probability"), 150.0}}).isEmpty());
        QVERIFY(!doc.canUndo());
    }
};

QTEST_MAIN(TestScenarioModels)
#include "tst_scenario_models.moc"
