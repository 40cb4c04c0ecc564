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
            compare(RequirementsController.setMustHave("room_nights", true), "room_nights: set a value before making it a must-have")
            ProjectController.undo()
            compare(RankingController.excluded.count, 1)
        }
    }
}
