// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: overviewPage
        OverviewPage { anchors.fill: parent }
    }

    TestCase {
        name: "Requirements"
        when: windowShown

        function test_editRequirementAndMustHave() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(overviewPage, root)
            waitForRendering(page)
            compare(RankingController.excluded.count, 1) // gamma: 600 < 800 seats
            // Lower the plenary requirement to 600 by typing it: gamma is no longer excluded.
            const seats = findChild(page, "requirement_plenary_seats")
            verify(seats)
            seats.forceActiveFocus()
            seats.selectAll()
            keyClick(Qt.Key_6); keyClick(Qt.Key_0); keyClick(Qt.Key_0)
            keyClick(Qt.Key_Return)
            compare(RankingController.excluded.count, 0)
            compare(RankingController.ranking.count, 4)
            // A negative value is refused with a message; nothing changes.
            compare(RequirementsController.setRequirement("breakout_rooms", "-3"), "\"-3\" is negative: expected a whole number of 0 or more.")
            // Must-have off for the budget: delta stays ranked anyway; a must-have needs a value.
            compare(RequirementsController.setMustHave("room_nights", true), "Type a value for Hotel room-nights before making it a must-have.")
            ProjectController.undo()
            compare(RankingController.excluded.count, 1)
        }
        function test_oneAttendanceFlowsToTheBudget() {
            // small-budget: expected attendance 100 = the on-site format's 100 + 0; hybrid 80 + 40; online 150.
            verify(ProjectController.open(Qt.resolvedUrl("../data/budget/small-budget.venuebid.json")))
            const page = createTemporaryObject(overviewPage, root)
            waitForRendering(page)
            compare(BudgetController.formats[0].attendance, "100")
            compare(BudgetController.formats[1].attendance, "120")
            // Typing 130 as the expected attendance moves the on-site format, and the budget with it.
            const expected = findChild(page, "requirement_expected_attendance")
            expected.forceActiveFocus()
            expected.selectAll()
            keyClick(Qt.Key_1); keyClick(Qt.Key_3); keyClick(Qt.Key_0)
            keyClick(Qt.Key_Return)
            compare(BudgetController.formats[0].attendance, "130")
            compare(RequirementsController.formatAttendance[0].onsite, 130)
            // Typing 60 online for the hybrid format: hybrid 80 + 60 = 140 in the budget; the expected attendance stays.
            const online = findChild(page, "attendance_online_hybrid")
            verify(online)
            online.input.forceActiveFocus()
            online.input.selectAll()
            keyClick(Qt.Key_6); keyClick(Qt.Key_0)
            keyClick(Qt.Key_Return)
            compare(BudgetController.formats[1].attendance, "140")
            compare(RequirementsController.attendance, 130)
            // Nobody at all is refused in words, and nothing changes.
            compare(RequirementsController.setFormatAttendance("online", "0", "0"), "A format needs at least one person, on site or online.")
            compare(RequirementsController.setRequirement("expected_attendance", ""), "Expected attendance needs a value: a whole number of 1 or more.")
            compare(BudgetController.formats[2].attendance, "150")
            // Two undo steps: back to the file's numbers.
            ProjectController.undo()
            ProjectController.undo()
            compare(BudgetController.formats[0].attendance, "100")
            compare(BudgetController.formats[1].attendance, "120")
        }
    }
}
