// SPDX-License-Identifier: GPL-3.0-or-later
// Qt adapters: every model passes QAbstractItemModelTester; the controller's signals fire; failures keep the old project.
#include "comparisonmodel.h"
#include "criteriamodel.h"
#include "appcontrollers.h"
#include "languagecontroller.h"
#include "excludedmodel.h"
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "rankingmodel.h"
#include "sensitivitycontroller.h"
#include "venuetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

namespace {
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
const QString kMinimal = QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json");
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
    }

    void modelsPassTester()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QAbstractItemModelTester t1(app_pc.venues.venues(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(app_pc.ranking.ranking(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(app_pc.ranking.excluded(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(app_pc.ranking.criteria(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&pc, &ProjectController::projectChanged);
        QVERIFY(pc.open(kSample));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(app_pc.venues.venues()->rowCount(), 16);
        QCOMPARE(app_pc.ranking.ranking()->get(0, QStringLiteral("venueId")).toString(), QStringLiteral("ticc"));
        // Switching language re-renders every model (and the testers check the resets).
        LanguageController::instance()->setLanguage(QStringLiteral("zh_TW"));
        QCOMPARE(app_pc.ranking.ranking()->get(0, QStringLiteral("name")).toString(), QStringLiteral("台北國際會議中心"));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(pc.open(kMinimal));
        QCOMPARE(app_pc.ranking.ranking()->count(), 3);
        QCOMPARE(app_pc.ranking.excluded()->count(), 1);
        QCOMPARE(app_pc.ranking.criteria()->rowCount(), 3);
    }

    void qtStandardButtonsFollowTheLanguage()
    {
        // Dialogs draw their standard buttons from Qt's own catalogue (context QPlatformTheme); in zh-TW the
        // Unsaved changes dialog must read 儲存 / 丟棄 / 取消 (qtbase_zh_TW.qm, qt6-translations-l10n), not English.
        LanguageController::instance()->setLanguage(QStringLiteral("zh_TW"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("儲存"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Discard"), QStringLiteral("丟棄"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("Save"));
    }

    void rankingRoles()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(kMinimal));
        // Same numbers as tst_ranking::handComputed and `venuebid-cli rank`.
        QCOMPARE(app_pc.ranking.ranking()->get(0, QStringLiteral("venueId")).toString(), QStringLiteral("alpha"));
        QCOMPARE(app_pc.ranking.ranking()->get(0, QStringLiteral("scoreText")).toString(), QStringLiteral("94.0"));
        QCOMPARE(app_pc.ranking.ranking()->get(1, QStringLiteral("scoreText")).toString(), QStringLiteral("80.0"));
        QCOMPARE(app_pc.ranking.ranking()->get(1, QStringLiteral("imputed")).toStringList(), QStringList{QStringLiteral("Meeting rooms")});
        const auto reasons = app_pc.ranking.excluded()->data(app_pc.ranking.excluded()->index(0), ExcludedModel::ReasonsRole).toStringList();
        QCOMPARE(reasons, QStringList{QStringLiteral("plenary seats 600 < 800 required")});
        QCOMPARE(app_pc.ranking.criteria()->data(app_pc.ranking.criteria()->index(0), CriteriaModel::PercentRole).toDouble(), 50.0);
    }

    /** The notes under a venue and the reasons of an excluded one: in zh-TW 、 between names and ； between
     *  sentences, never the English ", " and "; " inside Chinese text. */
    void rankingNotesUseTheLanguagesSeparators()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(kSample));
        auto *ranking = app_pc.ranking.ranking();
        auto *excluded = app_pc.ranking.excluded();
        // English: the lists as they are, joined by ", " and "; ".
        const QStringList names = ranking->get(2, QStringLiteral("imputed")).toStringList();
        const QStringList warnings = ranking->get(2, QStringLiteral("warnings")).toStringList();
        QCOMPARE(names.size(), 3);
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(ranking->get(2, QStringLiteral("notes")).toString(),
                 QStringLiteral("⚠ unknown: ") + names.join(QStringLiteral(", ")) + QLatin1Char('\n') + warnings.join(QStringLiteral("; ")));
        LanguageController::instance()->setLanguage(QStringLiteral("zh_TW"));
        // #3 Taoyuan (venuebid-cli rank --lang zh-TW): exhibition area, nearby hotel rooms and airport minutes unknown
        // (imputed); the catalogue's sentences constraint.unknown "%1未知：無法確認是否達到 %2" for 3,000 m² and
        // 2,500 room-nights, and constraint.dates_unknown.
        QCOMPARE(ranking->get(2, QStringLiteral("name")).toString(), QStringLiteral("桃園會展中心"));
        QCOMPARE(ranking->get(2, QStringLiteral("notes")).toString(),
                 QStringLiteral("⚠ 未知：展覽面積、鄰近飯店房數、機場交通時間\n"
                                "展覽面積 m²未知：無法確認是否達到 3,000；鄰近飯店房晚（客房 × 天數）未知：無法確認是否達到 2,500；"
                                "檔期未知：無法確認活動日期可用"));
        // Nangang Hall 2: 6 meeting rooms < 10, venue costs TWD 11,000,000 > the 10,000,000 ceiling.
        QCOMPARE(excluded->data(excluded->index(0), ExcludedModel::NameRole).toString(), QStringLiteral("台北南港展覽館2館"));
        QCOMPARE(excluded->data(excluded->index(0), ExcludedModel::ReasonsTextRole).toString(),
                 QStringLiteral("會議室 6 < 需求 10；場地費用 新臺幣 11,000,000 > 預算上限 新臺幣 10,000,000"));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(excluded->data(excluded->index(0), ExcludedModel::ReasonsTextRole).toString(),
                 excluded->data(excluded->index(0), ExcludedModel::ReasonsRole).toStringList().join(QStringLiteral("; ")));
    }

    /** A ranking that cannot give finite scores is empty, and the controller says why in words, in the project's
     *  language (the core's notFiniteMessage, as `venuebid-cli rank` prints it), never NaN or nothing. */
    void notFiniteSaidInWords()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        RankingController &rc = app_pc.ranking;
        QVERIFY(pc.open(kMinimal));
        QCOMPARE(rc.notFiniteText(), QString());
        QCOMPARE(rc.ranking()->count(), 3);
        QSignalSpy changed(&rc, &RankingController::rankingChanged);
        // A weight beyond the largest double (derived weights are applied unchecked, as AHP's are): Σw and every
        // score overflow. minimal's criteria: plenary_seats (Plenary seats), meeting_rooms, venue_rental; the first
        // has the infinite weight, so it is the one named (blameCriterion: a non-finite weight is named first).
        rc.applyWeights({std::numeric_limits<double>::infinity(), 20.0, 30.0}, "test: overflowing weights");
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rc.ranking()->count(), 0); // no venue is shown with a score that is not a number
        // The cause is the weight, so the message says so (not that the values are too far apart).
        QCOMPARE(rc.notFiniteText(),
                 QStringLiteral("the scores are not finite numbers: the weight of criterion Plenary seats (plenary_seats) is not a finite "
                                "number (the weights sum beyond the largest number a computer can hold); make the weights smaller"));
        LanguageController::instance()->setLanguage(QStringLiteral("zh_TW"));
        QCOMPARE(rc.notFiniteText(), QStringLiteral("分數不是有限的數值：準則 主會場座位數（plenary_seats）的權重不是有限的數值（權重總和超過電腦可表示的最大數）；請調小權重"));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        // Undone: finite again, the message gone and the three venues back (alpha first, 0.9400 as in rankingRoles).
        pc.undo();
        QCOMPARE(rc.notFiniteText(), QString());
        QCOMPARE(rc.ranking()->count(), 3);
        QCOMPARE(rc.ranking()->get(0, QStringLiteral("scoreText")).toString(), QStringLiteral("94.0"));
    }

    void smaaRefusalInWords()
    {
        // The GUI cannot reach most refusals with its own settings, so each reason is checked here: a distinct sentence
        // per reason, and in zh-TW a Chinese one without the model's English.
        using R = vb::mcda::SmaaRefusal;
        const R reasons[] = {R::Samples, R::Work, R::FullMatrix, R::Bounds, R::TooFewSamples};
        QSet<QString> en, zh;
        for (const R why : reasons)
            en.insert(SensitivityController::smaaRefusalText(why));
        QCOMPARE(en.size(), 5);
        QCOMPARE(SensitivityController::smaaRefusalText(R::Bounds),
                 QStringLiteral("the weight limits cannot hold together (they must allow weights that add up to 100 %)."));
        LanguageController::instance()->setLanguage(QStringLiteral("zh_TW"));
        for (const R why : reasons) {
            const QString t = SensitivityController::smaaRefusalText(why);
            QVERIFY2(t.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(t));
            QVERIFY2(!t.contains(QRegularExpression(QStringLiteral("\\b(the|too|must|cannot)\\b"))), qPrintable(t));
            zh.insert(t);
        }
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(zh.size(), 5);
    }

    /** The comparison tab's model: filled only while active, the ranks of `venuebid-cli compare`. */
    void comparisonModel()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        RankingController &rc = app_pc.ranking;
        QAbstractItemModelTester tester(rc.comparison(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(pc.open(kMinimal));
        QCOMPARE(rc.comparison()->rowCount(), 0);
        rc.setComparisonActive(true);
        // minimal: WSM ranks alpha, beta, delta 1, 2, 3; VIKOR 1, 3, 2 (tst_ranking methodsOnTheProject).
        QCOMPARE(rc.comparison()->rowCount(), 3);
        QCOMPARE(rc.comparison()->methods(), (QStringList{QStringLiteral("WSM"), QStringLiteral("TOPSIS"), QStringLiteral("VIKOR"), QStringLiteral("PROMETHEE II")}));
        const auto ranks = [&](int row) { return rc.comparison()->data(rc.comparison()->index(row), ComparisonModel::RanksRole).toList(); };
        QCOMPARE(ranks(1).at(0).toInt(), 2);
        QCOMPARE(ranks(1).at(2).toInt(), 3);
        QVERIFY(rc.comparison()->data(rc.comparison()->index(0), ComparisonModel::UnanimousRole).toBool());
        QVERIFY(!rc.comparison()->data(rc.comparison()->index(1), ComparisonModel::UnanimousRole).toBool());
        QVERIFY(std::abs(rc.comparison()->tau(0, 2) - 1.0 / 3.0) < 1e-12); // one discordant pair of three
        // A weight change recomputes it after a pause (150 ms), not at once.
        QSignalSpy changed(rc.comparison(), &ComparisonModel::changed);
        rc.setWeightPercent(2, 90);
        rc.endWeightChange();
        QCOMPARE(changed.count(), 0);
        QVERIFY(changed.wait(2000));
        QCOMPARE(rc.comparison()->rowCount(), 3);
        rc.setComparisonActive(false);
        QCOMPARE(rc.comparison()->rowCount(), 0);
    }

    void venueTableSortAndUnknown()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(kMinimal));
        auto *m = app_pc.venues.venues();
        // Columns: venue, city, rank, then facts in file order: plenary_seats, meeting_rooms, venue_rental.
        QCOMPARE(m->columnTitle(3), QStringLiteral("Plenary seats"));
        QCOMPARE(m->columnTitle(4), QStringLiteral("Meeting rooms"));
        const int rooms = 4;
        QCOMPARE(m->data(m->index(1, rooms)).toString(), QStringLiteral("unknown")); // beta
        QCOMPARE(m->data(m->index(1, rooms), VenueTableModel::UnknownRole).toBool(), true);
        QCOMPARE(m->data(m->index(0, 3), VenueTableModel::SourceRole).toString(), QStringLiteral("https://example.org/alpha"));
        QCOMPARE(m->data(m->index(0, 5)).toString(), QStringLiteral("TWD 4,000,000 (est.)"));
        QSignalSpy sortSpy(m, &VenueTableModel::sortChanged);
        m->toggleSort(rooms); // ascending: 5, 8, 10, then unknowns last
        QCOMPARE(sortSpy.count(), 1);
        QStringList ids;
        for (int r = 0; r < m->rowCount(); ++r)
            ids << m->venueId(r);
        QCOMPARE(ids, (QStringList{"delta", "gamma", "alpha", "beta", "rival"}));
        m->toggleSort(rooms); // descending keeps unknowns last
        ids.clear();
        for (int r = 0; r < m->rowCount(); ++r)
            ids << m->venueId(r);
        QCOMPARE(ids, (QStringList{"alpha", "gamma", "delta", "beta", "rival"}));
    }

    void failedOpenKeepsProject()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(kMinimal));
        QSignalSpy failed(&pc, &ProjectController::loadFailed);
        QVERIFY(!pc.open(QStringLiteral(TEST_DATA_DIR "/malformed/13-three-problems.venuebid.json")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toStringList().filter(QStringLiteral(": error: ")).size(), 3);
        QCOMPARE(app_pc.ranking.ranking()->count(), 3); // still the minimal project
        QVERIFY(pc.title() == QStringLiteral("Test project"));
    }

    void derivedWeightsAndReport()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(kMinimal));
        // Rank-order centroid for 3 criteria (Barron & Barrett 1996): w₁ = (1 + 1/2 + 1/3)/3 = 0.6111,
        // w₂ = (1/2 + 1/3)/3 = 0.2778, w₃ = (1/3)/3 = 0.1111. Ranks in the file: plenary 1, rooms 3, rental 2.
        const auto roc = app_pc.ranking.derivedWeights(QStringLiteral("roc"));
        QCOMPARE(roc.size(), 3);
        QVERIFY(qAbs(roc[0].toDouble() - 100.0 * 11.0 / 18.0) < 1e-9);
        QVERIFY(qAbs(roc[1].toDouble() - 100.0 * 1.0 / 9.0) < 1e-9);
        QVERIFY(qAbs(roc[2].toDouble() - 100.0 * 5.0 / 18.0) < 1e-9);
        QVERIFY(app_pc.ranking.derivedWeights(QStringLiteral("nonsense")).isEmpty());
        app_pc.ranking.applyDerivedWeights(QStringLiteral("roc"));
        QVERIFY(qAbs(app_pc.ranking.criteria()->percentAt(0) - 100.0 * 11.0 / 18.0) < 1e-9);
        pc.undo();
        QCOMPARE(app_pc.ranking.criteria()->percentAt(0), 50.0);

        QTemporaryDir dir;
        QCOMPARE(app_pc.ranking.exportSuitabilityReport(dir.filePath(QStringLiteral("r.html"))), QString());
        QFile f(dir.filePath(QStringLiteral("r.html")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Venue suitability report"));
        QVERIFY(!app_pc.ranking.exportSuitabilityReport(QStringLiteral("/nonexistent/dir/r.docx")).isEmpty());
    }

    void saveAsAndFailure()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(kMinimal));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.venuebid.json"));
        QSignalSpy saved(&pc, &ProjectController::saved);
        QVERIFY(pc.saveAs(QUrl::fromLocalFile(path).toString()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(pc.filePath(), path);
        QSignalSpy failed(&pc, &ProjectController::saveFailed);
        QVERIFY(!pc.saveAs(QStringLiteral("/nonexistent/folder/x.venuebid.json")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("previous file is unchanged")));
        QCOMPARE(pc.filePath(), path); // the current file did not change
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
