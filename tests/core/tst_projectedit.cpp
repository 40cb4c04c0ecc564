// SPDX-License-Identifier: GPL-3.0-or-later
// Weight edits keep percentages summing to 100; undo history merges a slider drag into one step.
#include "projectedit.h"
#include "projectio.h"

#include <QTest>

using namespace vb;

class TestProjectEdit : public QObject
{
    Q_OBJECT

    Project m_p;

private Q_SLOTS:
    void init()
    {
        m_p = *loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json").project; // weights 50/20/30
    }

    void setPercentRescalesOthers()
    {
        // Plenary 50 → 80: the other 50 % (20:30) shrink to 20 % in the same 2:3 proportion → 8 and 12.
        QVERIFY(setWeightPercent(m_p, 0, 80));
        const auto pct = weightPercents(m_p);
        QCOMPARE(pct.size(), std::size_t(3));
        QVERIFY(qFuzzyCompare(pct[0], 80.0));
        QVERIFY(qFuzzyCompare(pct[1], 8.0));
        QVERIFY(qFuzzyCompare(pct[2], 12.0));
        // To 100 %, then back down: the others were all 0, so they share the rest equally.
        QVERIFY(setWeightPercent(m_p, 0, 100));
        QVERIFY(setWeightPercent(m_p, 0, 40));
        QVERIFY(qFuzzyCompare(weightPercents(m_p)[1], 30.0));
        QVERIFY(qFuzzyCompare(weightPercents(m_p)[2], 30.0));
        QVERIFY(!setWeightPercent(m_p, 7, 10));
        QVERIFY(setWeightPercent(m_p, 1, 250)); // clamped to 100
        QVERIFY(qFuzzyCompare(weightPercents(m_p)[1], 100.0));
    }

    void dragMergesIntoOneUndo()
    {
        EditHistory h;
        for (double v : {55.0, 60.0, 70.0})
            h.apply(m_p, weightPercentEdit(m_p, 0, v)); // one drag
        QCOMPARE(h.size(), std::size_t(1));
        QVERIFY(qFuzzyCompare(weightPercents(m_p)[0], 70.0));
        h.closeMerge(); // released
        h.apply(m_p, weightPercentEdit(m_p, 0, 10));
        QCOMPARE(h.size(), std::size_t(2));
        QVERIFY(h.undo(m_p));
        QVERIFY(qFuzzyCompare(weightPercents(m_p)[0], 70.0));
        QVERIFY(h.undo(m_p));
        QCOMPARE(m_p.criteria[0].weight, 50.0); // exactly the file's weights again
        QCOMPARE(m_p.criteria[2].weight, 30.0);
        QVERIFY(!h.undo(m_p));
        QVERIFY(h.redo(m_p));
        QVERIFY(qFuzzyCompare(weightPercents(m_p)[0], 70.0));
        QCOMPARE(h.undoLabel(), std::string("Weight: Plenary seats"));
        h.apply(m_p, weightPercentEdit(m_p, 1, 5)); // a new edit drops the redo tail
        QVERIFY(!h.canRedo());
    }
};

QTEST_GUILESS_MAIN(TestProjectEdit)
#include "tst_projectedit.moc"
