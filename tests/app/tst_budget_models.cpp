// SPDX-License-Identifier: GPL-3.0-or-later
// Budget adapters: QAbstractItemModelTester on each model; the numbers are the hand-computed ones of
// docs/budget.md (the same as venuebid-cli budget --format json); an edit recomputes.
#include "budgetcontroller.h"
#include "appcontrollers.h"
#include "languagecontroller.h"
#include "projectcontroller.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestBudgetModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void models()
    {
        vb::app::AppControllers app_project(*LanguageController::instance());
        ProjectController &project = app_project.project;
        BudgetController &budget = app_project.budget;
        QAbstractItemModelTester t1(budget.table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(budget.revenue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(budget.quotes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&budget, &BudgetController::budgetChanged);
        QVERIFY(!budget.hasBudget());
        QVERIFY(project.open(QStringLiteral(TEST_DATA_DIR "/budget/small-budget.venuebid.json")));
        QVERIFY(budget.hasBudget());
        QVERIFY(changed.count() >= 1);

        auto *table = budget.table();
        const int last = table->rowCount() - 1; // total incl. tax
        QCOMPARE(table->index(last, BudgetTableModel::OnsiteColumn).data(BudgetTableModel::AmountRole).toLongLong(), 370478);
        QCOMPARE(table->index(last, BudgetTableModel::HybridColumn).data(BudgetTableModel::AmountRole).toLongLong(), 381300);
        QCOMPARE(table->index(last, BudgetTableModel::OnlineColumn).data().toString(), QStringLiteral("66,831"));
        QCOMPARE(table->index(last - 1, BudgetTableModel::OnsiteColumn).data(BudgetTableModel::AmountRole).toLongLong(), 17642); // tax
        QCOMPARE(table->index(last - 2, BudgetTableModel::OnsiteColumn).data(BudgetTableModel::AmountRole).toLongLong(), 352836); // 未稅

        const auto formats = budget.formats();
        QCOMPARE(formats.size(), 3);
        QCOMPARE(formats[0].toMap()[QStringLiteral("breakEven")].toString(), QStringLiteral("17"));
        QCOMPARE(formats[0].toMap()[QStringLiteral("roi")].toString(), QStringLiteral("57.09 %"));
        // Break-even fee 370,478 / 100 payers → 3,705; after the 82,000 of sponsor and subsidy → 2,885; margin 100 − 17.
        QCOMPARE(formats[0].toMap()[QStringLiteral("breakEvenFeeBefore")].toString(), QStringLiteral("3,705"));
        QCOMPARE(formats[0].toMap()[QStringLiteral("breakEvenFeeAfter")].toString(), QStringLiteral("2,885"));
        QCOMPARE(formats[0].toMap()[QStringLiteral("marginOfSafety")].toString(), QStringLiteral("83"));
        // The scenario breakdown: likely = the totals above (subtotal 279,545, contingency 29,700, total 370,478).
        const auto likely = formats[0].toMap()[QStringLiteral("scenarios")].toList()[1].toMap();
        QCOMPARE(likely[QStringLiteral("subtotal")].toString(), QStringLiteral("279,545"));
        QCOMPARE(likely[QStringLiteral("contingency")].toString(), QStringLiteral("29,700"));
        QCOMPARE(likely[QStringLiteral("cost")].toString(), QStringLiteral("370,478"));
        // The tax basis: registered → before tax, ROI (555,809 − 352,836) / 352,836 = 57.53 %; one undo step.
        const QString unregistered = budget.taxBasisText();
        QVERIFY(unregistered.contains(QStringLiteral("§15")) || unregistered.contains(QStringLiteral("第15條")));
        QVERIFY(budget.setTaxSetting(QStringLiteral("organiser_tax_registered"), true));
        QVERIFY(budget.organiserTaxRegistered());
        QCOMPARE(budget.formats()[0].toMap()[QStringLiteral("roi")].toString(), QStringLiteral("57.53 %"));
        // The scenario breakdown shows what its surplus compares: revenue 582,000 − output tax 26,191 = 555,809
        // against 未稅 352,836 (docs/budget.md, worked registered example).
        const auto likelyRegistered = budget.formats()[0].toMap()[QStringLiteral("scenarios")].toList()[1].toMap();
        QCOMPARE(likelyRegistered[QStringLiteral("comparedRevenue")].toString(), QStringLiteral("555,809"));
        QCOMPARE(likelyRegistered[QStringLiteral("comparedCost")].toString(), QStringLiteral("352,836"));
        QCOMPARE(likelyRegistered[QStringLiteral("surplus")].toString(), QStringLiteral("202,973"));
        QVERIFY(budget.taxBasisText() != unregistered);
        QVERIFY(!budget.setTaxSetting(QStringLiteral("no_such_setting"), true));
        QVERIFY(budget.setTaxSetting(QStringLiteral("organiser_tax_registered"), false));
        QCOMPARE(budget.formats()[0].toMap()[QStringLiteral("roi")].toString(), QStringLiteral("57.09 %"));
        QCOMPARE(budget.quotes()->rowCount(), 2);
        QCOMPARE(budget.quotes()->index(1).data(QuoteVersionModel::TotalRole).toString(), QStringLiteral("403,409"));
        {
            // The client quote has prices only; the cost sheet (internal) has the cost, markup and margin; the XLSX
            // (cost and markup in its formulas) is written only as the cost sheet.
            QTemporaryDir dir;
            const QString quote = dir.filePath(QStringLiteral("quote.html")), sheet = dir.filePath(QStringLiteral("sheet.html"));
            QCOMPARE(budget.exportQuote(1, quote), QString());
            QCOMPARE(budget.exportCostSheet(1, sheet), QString());
            QFile q(quote), c(sheet);
            QVERIFY(q.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
            const QString quoteText = QString::fromUtf8(q.readAll()), sheetText = QString::fromUtf8(c.readAll());
            QVERIFY(quoteText.contains(QStringLiteral("403,409")) && sheetText.contains(QStringLiteral("403,409")));
            QVERIFY(!quoteText.contains(QStringLiteral("Markup")) && !quoteText.contains(QStringLiteral("加成")));
            QVERIFY(sheetText.contains(QStringLiteral("Markup")) || sheetText.contains(QStringLiteral("加成")));
            QVERIFY(!budget.exportQuote(1, dir.filePath(QStringLiteral("quote.xlsx"))).isEmpty());
            QCOMPARE(budget.exportCostSheet(1, dir.filePath(QStringLiteral("quote.xlsx"))), QString());
            QCOMPARE(budget.exportCostSheet(7, sheet), QStringLiteral("No such quote version."));
        }
        QCOMPARE(budget.revenue()->rowCount(), 4);

        // Edit the lunch quantity (line 1) through the table: 2 lunches a day doubles the F&B line.
        int lunchRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->index(r, 0).data(BudgetTableModel::LineRole).toInt() == 1)
                lunchRow = r;
        QVERIFY(lunchRow >= 0);
        const QModelIndex qty = table->index(lunchRow, BudgetTableModel::QuantityColumn);
        QVERIFY(table->flags(qty) & Qt::ItemIsEditable);
        QVERIFY(!(table->flags(table->index(lunchRow, BudgetTableModel::OnsiteColumn)) & Qt::ItemIsEditable));
        QVERIFY(table->setData(qty, QStringLiteral("2")));
        QCOMPARE(table->index(lunchRow, BudgetTableModel::OnsiteColumn).data(BudgetTableModel::AmountRole).toLongLong(), 264000);
        QVERIFY(budget.edited());
        QVERIFY(!table->setData(qty, QStringLiteral("abc")));
        QVERIFY(!budget.setQuantity(99, 1));

        // A unit cost changes the cost side of the revenue page (surplus, break-even) as a quantity does: the revenue
        // view is told, once per edit.
        QSignalSpy revenueReset(budget.revenue(), &QAbstractItemModel::modelReset);
        changed.clear();
        QVERIFY(budget.setUnitCost(1, 700));
        QCOMPARE(revenueReset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(budget.setQuantity(1, 1));
        QCOMPARE(revenueReset.count(), 2);
        QCOMPARE(changed.count(), 2);
    }

    void moveIsOneUndoStep()
    {
        // The sample's catering lines are 3 coffee_breaks, 4 lunch, 5 welcome_reception, 6 gala_dinner, between the
        // venue lines (0–2) and the AV lines (7, 8).
        vb::app::AppControllers app_project(*LanguageController::instance());
        ProjectController &project = app_project.project;
        BudgetController &budget = app_project.budget;
        QVERIFY(project.open(QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json")));
        const auto idAt = [&](std::size_t k) { return QString::fromStdString(vb::budgetOf(project.project()).lines[k].id); };
        QCOMPARE(idAt(3), QStringLiteral("coffee_breaks"));
        QCOMPARE(idAt(4), QStringLiteral("lunch"));
        QVERIFY(!project.canUndo());
        // Up and down stay among the catering lines: coffee breaks has no catering line above it (line 2 is a venue
        // line), the gala dinner none below it (line 7 is AV).
        QCOMPARE(budget.lineMoveTarget(4, -1), 3);
        QCOMPARE(budget.lineMoveTarget(4, 1), 5);
        QCOMPARE(budget.lineMoveTarget(3, -1), -1);
        QCOMPARE(budget.lineMoveTarget(6, 1), -1);
        QCOMPARE(budget.lineMoveTarget(26, -1), -1);
        QCOMPARE(budget.lineMoveTarget(-1, 1), -1);
        const qint64 total = budget.table()->index(budget.table()->rowCount() - 1, BudgetTableModel::OnsiteColumn).data(BudgetTableModel::AmountRole).toLongLong();

        QCOMPARE(budget.moveLine(4, -1), QString());
        QCOMPARE(idAt(3), QStringLiteral("lunch"));
        QCOMPARE(idAt(4), QStringLiteral("coffee_breaks"));
        QVERIFY(project.canUndo());
        QCOMPARE(budget.table()->index(budget.table()->rowCount() - 1, BudgetTableModel::OnsiteColumn).data(BudgetTableModel::AmountRole).toLongLong(), total);
        // At the first catering line: nothing moves and no step is recorded, so one undo empties the history.
        QCOMPARE(budget.moveLine(3, -1), QString());
        QCOMPARE(idAt(3), QStringLiteral("lunch"));
        QVERIFY(budget.moveLine(40, 1) != QString()); // no such line, in words
        project.undo();
        QCOMPARE(idAt(3), QStringLiteral("coffee_breaks"));
        QCOMPARE(idAt(4), QStringLiteral("lunch"));
        QVERIFY(!project.canUndo());
        project.redo();
        QCOMPARE(idAt(3), QStringLiteral("lunch"));

        // A revenue item likewise (plain list order): reg_early (0) down below reg_member (1), one step.
        project.undo();
        const auto revenueAt = [&](std::size_t k) { return QString::fromStdString(vb::budgetOf(project.project()).revenue[k].id); };
        QCOMPARE(budget.revenueMoveTarget(0, -1), -1);
        QCOMPARE(budget.revenueMoveTarget(0, 1), 1);
        QCOMPARE(budget.moveRevenue(0, 1), QString());
        QCOMPARE(revenueAt(0), QStringLiteral("reg_member"));
        QCOMPARE(revenueAt(1), QStringLiteral("reg_early"));
        project.undo();
        QCOMPARE(revenueAt(0), QStringLiteral("reg_early"));
        QVERIFY(!project.canUndo());
    }
};

QTEST_MAIN(TestBudgetModels)
#include "tst_budget_models.moc"
