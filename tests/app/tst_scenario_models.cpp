// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioController and its list models: model consistency, and the numbers of venuebid-cli.
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "projectformat.h"
#include "scenariocontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
vb::Project load(const char *path)
{
    auto r = vb::loadProjectFile(path);
    if (!r.ok())
        qFatal("cannot load %s", path);
    return *r.project;
}
} // namespace

class TestScenarioModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }

    void fixtureNumbers()
    {
        ScenarioController c(false, nullptr);
        QAbstractItemModelTester t1(c.scenarios(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(c.formats(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(c.options(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setProject(load(TEST_DATA_DIR "/analysis/small-analysis.venuebid.json"));
        // the values of tests/cli/tst_cli_analysis.cpp (venuebid-cli scenarios / co2e / options)
        QCOMPARE(c.scenarios()->count(), 3);
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("hybridText")).toString(), QStringLiteral("100.0"));
        QCOMPARE(c.scenarios()->get(2, QStringLiteral("riskScore")).toInt(), 15);
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("daysBeforeStart")).toInt(), 7);
        QCOMPARE(c.scenarios()->get(0, QStringLiteral("fallbackOk")).toBool(), false);
        QCOMPARE(c.formats()->count(), 3);
        QCOMPARE(c.formats()->get(1, QStringLiteral("expectedText")).toString(), QStringLiteral("113.6"));
        QCOMPARE(c.formats()->get(1, QStringLiteral("exposureText")).toString(), QStringLiteral("5.33 %"));
        QCOMPARE(c.formats()->get(0, QStringLiteral("co2eText")).toString(), QStringLiteral("39.4"));
        QVERIFY(c.formats()->get(0, QStringLiteral("co2ePartial")).toBool());
        QVERIFY(c.formats()->get(2, QStringLiteral("recommended")).toBool());
        QCOMPARE(c.options()->count(), 5);
        QCOMPARE(c.options()->get(0, QStringLiteral("scoreText")).toString(), QStringLiteral("0.8333"));
        QCOMPARE(c.recommendedFormat(), QStringLiteral("online"));
        QVERIFY(c.recommendation().contains(QStringLiteral("Venue rental (+0.2500)")));

        QSignalSpy spy(&c, &ScenarioController::changed);
        c.setMethod(QStringLiteral("topsis"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(c.recommendation().contains(QStringLiteral("topsis")));
        c.setMethod(QStringLiteral("nonsense")); // ignored
        QCOMPARE(c.method(), QStringLiteral("topsis"));
    }

    void languageSwitch()
    {
        ScenarioController c(false, nullptr);
        c.setProject(load(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json"));
        QVERIFY(c.hasScenarios());
        QVERIFY(c.hasSustainability());
        QCOMPARE(c.recommendedFormat(), QStringLiteral("hybrid"));
        LanguageController::instance()->setLanguage(QStringLiteral("zh-TW"));
        QCOMPARE(c.recommendedFormat(), QStringLiteral("混合"));
        QVERIFY(c.recommendation().startsWith(QStringLiteral("建議型式：混合。")));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
    }

    void followsProjectController()
    {
        auto *pc = ProjectController::create(nullptr, nullptr);
        ScenarioController c;
        QCOMPARE(c.scenarios()->count(), 0);
        QVERIFY(pc->open(QStringLiteral(TEST_DATA_DIR "/analysis/small-analysis.venuebid.json")));
        QCOMPARE(c.scenarios()->count(), 3);
        QCOMPARE(c.options()->count(), 5);
    }
};

QTEST_MAIN(TestScenarioModels)
#include "tst_scenario_models.moc"
