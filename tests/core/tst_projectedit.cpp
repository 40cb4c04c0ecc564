// SPDX-License-Identifier: GPL-3.0-or-later
// Weight edits keep percentages summing to 100; undo history merges a slider drag into one step.
#include "listmove.h"
#include "projectedit.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

#include <cctype>
#include <fstream>
#include <iterator>

using namespace vb;
using vb::test::near;

class TestProjectEdit : public QObject
{
    Q_OBJECT

    Project m_p;

private Q_SLOTS:
    void listMove()
    {
        // One place at a time, clamped to the ends: the items in between shift by one.
        std::vector<char> v{'a', 'b', 'c', 'd'};
        QCOMPARE(moveInList(v, 1, 1), ListMove::Moved);
        QCOMPARE(std::string(v.begin(), v.end()), std::string("acbd"));
        QCOMPARE(moveInList(v, 3, -10), ListMove::Moved);
        QCOMPARE(std::string(v.begin(), v.end()), std::string("dacb"));
        QCOMPARE(moveInList(v, 0, -1), ListMove::Unchanged);
        QCOMPARE(moveInList(v, 3, 1), ListMove::Unchanged);
        QCOMPARE(moveInList(v, 2, 0), ListMove::Unchanged);
        QCOMPARE(moveInList(v, 4, -1), ListMove::NoSuchItem);
        QCOMPARE(std::string(v.begin(), v.end()), std::string("dacb"));
        // Among peers (same case): 'C' up skips 'x' and swaps with 'A'; 'x' and 'y' stay in place.
        std::vector<char> g{'A', 'x', 'B', 'y', 'C'};
        const auto sameCase = [](char a, char b) { return std::isupper(a) == std::isupper(b); };
        QCOMPARE(moveInGroup(g, 4, -1, sameCase), ListMove::Moved);
        QCOMPARE(std::string(g.begin(), g.end()), std::string("AxCyB"));
        QCOMPARE(moveInGroup(g, 2, -2, sameCase), ListMove::Moved);
        QCOMPARE(std::string(g.begin(), g.end()), std::string("CxAyB"));
        QCOMPARE(moveInGroup(g, 0, -1, sameCase), ListMove::Unchanged);
        QCOMPARE(moveInGroup(g, 3, 1, sameCase), ListMove::Unchanged); // 'y' is the last lower-case item
        QCOMPARE(moveInGroup(g, 1, 1, sameCase), ListMove::Moved);
        QCOMPARE(std::string(g.begin(), g.end()), std::string("CyAxB"));
        // Parallel data follows through swap(): each swap is reported once, in order.
        std::vector<std::pair<std::size_t, std::size_t>> swaps;
        QCOMPARE(moveAmongPeers(5, 0, 3, [](std::size_t) { return true; }, [&](std::size_t i, std::size_t j) { swaps.emplace_back(i, j); }),
                 ListMove::Moved);
        QCOMPARE(swaps.size(), std::size_t(3));
        QCOMPARE(swaps[2], (std::pair<std::size_t, std::size_t>(2, 3)));
    }

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
    void oneAttendanceForEveryFormat()
    {
        // minimal: expected attendance 1,000 and no attendance_by_format, so the defaults apply: on-site {1000, 0},
        // hybrid {1000, 0}, online {0, 1000}.
        const auto att = [&](EventFormat f) { return m_p.requirements.attendance(f); };
        QCOMPARE(att(EventFormat::Hybrid), (FormatAttendance{1000, 0}));
        EditHistory h;
        std::string error;
        // Hybrid 600 on site + 500 online: the other formats keep the numbers they had, the expected attendance too.
        auto e = formatAttendanceEdit(m_p, EventFormat::Hybrid, {600, 500}, error);
        QVERIFY2(e.has_value(), error.c_str());
        h.apply(m_p, std::move(*e));
        QCOMPARE(att(EventFormat::Hybrid), (FormatAttendance{600, 500}));
        QCOMPARE(att(EventFormat::Onsite), (FormatAttendance{1000, 0}));
        QCOMPARE(att(EventFormat::Online), (FormatAttendance{0, 1000}));
        QCOMPARE(m_p.requirements.expectedAttendance, 1000);
        // The expected attendance typed on the overview is the on-site format's: 1,000 → 1,200 moves it, not hybrid.
        e = requirementEdit(m_p, "expected_attendance", 1200.0, error);
        QVERIFY2(e.has_value(), error.c_str());
        h.apply(m_p, std::move(*e));
        QCOMPARE(att(EventFormat::Onsite), (FormatAttendance{1200, 0}));
        QCOMPARE(att(EventFormat::Hybrid), (FormatAttendance{600, 500}));
        // And the other way: the on-site format at 900 + 100 streamed makes the expected attendance 1,000.
        e = formatAttendanceEdit(m_p, EventFormat::Onsite, {900, 100}, error);
        QVERIFY2(e.has_value(), error.c_str());
        h.apply(m_p, std::move(*e));
        QCOMPARE(m_p.requirements.expectedAttendance, 1000);
        // Expected 1,000 → 1,050 keeps the 100 online: 950 + 100. Down to 80 (< 100 online): all 80 on site.
        e = requirementEdit(m_p, "expected_attendance", 1050.0, error);
        h.apply(m_p, std::move(*e));
        QCOMPARE(att(EventFormat::Onsite), (FormatAttendance{950, 100}));
        e = requirementEdit(m_p, "expected_attendance", 80.0, error);
        h.apply(m_p, std::move(*e));
        QCOMPARE(att(EventFormat::Onsite), (FormatAttendance{80, 0}));
        // Refused: a negative number, nobody at all.
        QVERIFY(!formatAttendanceEdit(m_p, EventFormat::Online, {0, -1}, error));
        QCOMPARE(error, std::string("online: expected numbers of people >= 0"));
        QVERIFY(!formatAttendanceEdit(m_p, EventFormat::Online, {0, 0}, error));
        QCOMPARE(error, std::string("online: expected at least 1 person in all"));
        // Five undo steps back to the file as it was read: no attendance_by_format.
        for (int i = 0; i < 5; ++i)
            QVERIFY(h.undo(m_p));
        QVERIFY(!m_p.requirements.attendanceByFormat);
        QCOMPARE(m_p.requirements.expectedAttendance, 1000);
    }

    void fileWithTwoAttendancesSaysWhichIsUsed()
    {
        // expected_attendance 2,000 but the on-site format 1,500 + 300: read as 1,800 everywhere, with a warning.
        std::ifstream in(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string from = R"("expected_attendance": 1000,)";
        QVERIFY(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), R"("expected_attendance": 2000,
            "attendance_by_format": {"onsite": {"onsite": 1500, "online": 300}, "hybrid": {"onsite": 900, "online": 900},
                                     "online": {"onsite": 0, "online": 2500}},)");
        const auto res = readProject(text, "two.venuebid.json");
        QVERIFY(res.project);
        QCOMPARE(res.project->requirements.expectedAttendance, 1800);
        bool warned = false;
        for (const auto &d : res.diagnostics)
            warned = warned || (d.path == "/requirements/expected_attendance" && d.severity == Diagnostic::Severity::Warning
                                && d.message.find("1,800 is used") != std::string::npos);
        QVERIFY(warned);
    }
};

QTEST_GUILESS_MAIN(TestProjectEdit)
#include "tst_projectedit.moc"
