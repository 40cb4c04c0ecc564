// SPDX-License-Identifier: GPL-3.0-or-later
// Weight edits keep percentages summing to 100; undo history merges a slider drag into one step.
#include "projectedit.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

using namespace vb;
using vb::test::near;

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
        QVERIFY(near(pct[0], 80.0));
        QVERIFY(near(pct[1], 8.0));
        QVERIFY(near(pct[2], 12.0));
        // To 100 %, then back down: the others were all 0, so they share the rest equally.
        QVERIFY(setWeightPercent(m_p, 0, 100));
        QVERIFY(setWeightPercent(m_p, 0, 40));
        QVERIFY(near(weightPercents(m_p)[1], 30.0));
        QVERIFY(near(weightPercents(m_p)[2], 30.0));
        QVERIFY(!setWeightPercent(m_p, 7, 10));
        QVERIFY(setWeightPercent(m_p, 1, 250)); // clamped to 100
        QVERIFY(near(weightPercents(m_p)[1], 100.0));
    }

    void importanceMovesOverSeveralRows()
    {
        // minimal: plenary rank 1, rental 2, rooms 3 (criteria rows 0, 2, 1). Dragging rooms (row 1) two places up
        // makes it first and shifts the others down: rooms 1, plenary 2, rental 3; one undo step restores the file.
        QCOMPARE(importanceOrder(m_p), (std::vector<std::size_t>{0, 2, 1}));
        EditHistory h;
        auto e = moveImportanceEdit(m_p, 1, -2);
        QVERIFY(e.has_value());
        h.apply(m_p, std::move(*e));
        QCOMPARE(importanceOrder(m_p), (std::vector<std::size_t>{1, 0, 2}));
        QCOMPARE(m_p.criteria[1].rank, std::optional<int>(1));
        QCOMPARE(m_p.criteria[0].rank, std::optional<int>(2));
        QCOMPARE(m_p.criteria[2].rank, std::optional<int>(3));
        QVERIFY(!moveImportanceEdit(m_p, 1, -1).has_value()); // already first
        auto far = moveImportanceEdit(m_p, 1, 99);             // clamped to the last place
        QVERIFY(far.has_value());
        h.apply(m_p, std::move(*far));
        QCOMPARE(importanceOrder(m_p), (std::vector<std::size_t>{0, 2, 1}));
        QVERIFY(h.undo(m_p));
        QVERIFY(h.undo(m_p));
        QCOMPARE(m_p.criteria[1].rank, std::optional<int>(3)); // the file's ranks
    }

    void dragMergesIntoOneUndo()
    {
        EditHistory h;
        for (double v : {55.0, 60.0, 70.0})
            h.apply(m_p, weightPercentEdit(m_p, 0, v)); // one drag
        QCOMPARE(h.size(), std::size_t(1));
        QVERIFY(near(weightPercents(m_p)[0], 70.0));
        h.closeMerge(); // released
        h.apply(m_p, weightPercentEdit(m_p, 0, 10));
        QCOMPARE(h.size(), std::size_t(2));
        QVERIFY(h.undo(m_p));
        QVERIFY(near(weightPercents(m_p)[0], 70.0));
        QVERIFY(h.undo(m_p));
        QCOMPARE(m_p.criteria[0].weight, 50.0); // exactly the file's weights again
        QCOMPARE(m_p.criteria[2].weight, 30.0);
        QVERIFY(!h.undo(m_p));
        QVERIFY(h.redo(m_p));
        QVERIFY(near(weightPercents(m_p)[0], 70.0));
        QCOMPARE(h.undoLabel(), std::string("Weight: Plenary seats"));
        h.apply(m_p, weightPercentEdit(m_p, 1, 5)); // a new edit drops the redo tail
        QVERIFY(!h.canRedo());
    }
};

QTEST_GUILESS_MAIN(TestProjectEdit)
#include "tst_projectedit.moc"
