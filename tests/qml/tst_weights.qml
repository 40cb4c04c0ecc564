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
        id: criteriaPage
        CriteriaPage { anchors.fill: parent }
    }

    TestCase {
        name: "Weights"
        when: windowShown

        function init() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
        }

        function test_dragRentalSliderToFull() {
            const page = createTemporaryObject(criteriaPage, root)
            waitForRendering(page)
            compare(findChild(page, "liveRank0").name, "Alpha Centre")
            // Drag the venue-rental slider (3rd criterion) to its right end: rental becomes 100 %.
            const slider = findChild(page, "weightSlider2")
            verify(slider)
            mousePress(slider, slider.leftPadding + 2, slider.height / 2)
            mouseMove(slider, slider.width * 0.6, slider.height / 2)
            mouseMove(slider, slider.width + 50, slider.height / 2)
            mouseRelease(slider, slider.width + 50, slider.height / 2)
            compare(slider.value, 100)
            compare(RankingController.criteria.percentAt(0), 0) // PercentRole: plenary
            // Rental only (cost, min/x): Beta 3.2 M → 1.0, Alpha 4.0 M → 0.8, Delta 4.8 M → 0.6667 (hand-computed).
            waitForRendering(page)
            compare(findChild(page, "liveRank0").name, "Beta Hall")
            compare(findChild(page, "liveRank0").scoreText, "1.0000")
            compare(findChild(page, "liveRank1").scoreText, "0.8000")
            compare(findChild(page, "liveRank2").scoreText, "0.6667")
            // The whole drag is one undo step.
            verify(ProjectController.canUndo)
            ProjectController.undo()
            verify(!ProjectController.canUndo)
            compare(RankingController.ranking.get(0, "venueId"), "alpha")
            compare(RankingController.ranking.get(0, "scoreText"), "0.9400")
        }

        function test_importanceOrderDrivesRoc() {
            const page = createTemporaryObject(criteriaPage, root)
            waitForRendering(page)
            // File ranks: plenary 1, rental 2, rooms 3. Move rooms up twice: rooms 1, plenary 2, rental 3.
            compare(RankingController.importanceOrder()[2].name, "Meeting rooms")
            mouseClick(findChild(page, "moveUp2"))
            compare(RankingController.importanceOrder()[1].name, "Meeting rooms")
            RankingController.moveImportance(1, -1) // row 1 of the criteria model is Meeting rooms
            const order = RankingController.importanceOrder()
            compare(order[0].name, "Meeting rooms")
            compare(order[1].name, "Plenary seats")
            // ROC for 3 criteria: 11/18, 5/18, 2/18 by importance → rooms 61.1 %, plenary 27.8 %, rental 11.1 %.
            const roc = RankingController.derivedWeights("roc")
            fuzzyCompare(roc[1], 100 * 11 / 18, 1e-9)
            fuzzyCompare(roc[0], 100 * 5 / 18, 1e-9)
            ProjectController.undo()
            ProjectController.undo()
            compare(RankingController.importanceOrder()[0].name, "Plenary seats")
        }

        function test_dragImportanceOrder() {
            const page = createTemporaryObject(criteriaPage, root)
            waitForRendering(page)
            // File ranks: plenary 1, rental 2, rooms 3. Drag rooms (third) by its handle two rows up: rooms 1,
            // plenary 2, rental 3 in one undo step.
            const handle = findChild(page, "dragHandle2")
            verify(handle)
            const pitch = handle.parent.parent.height + 4
            mousePress(handle, handle.width / 2, handle.height / 2)
            mouseMove(handle, handle.width / 2, handle.height / 2 - pitch)
            mouseMove(handle, handle.width / 2, handle.height / 2 - 2 * pitch)
            mouseRelease(handle, handle.width / 2, handle.height / 2 - 2 * pitch)
            let order = RankingController.importanceOrder()
            compare(order[0].name, "Meeting rooms")
            compare(order[1].name, "Plenary seats")
            compare(order[2].name, "Venue rental")
            ProjectController.undo()
            order = RankingController.importanceOrder()
            compare(order[0].name, "Plenary seats")
            compare(order[2].name, "Meeting rooms")
        }

        function test_sliderKeepsSumAt100() {
            const page = createTemporaryObject(criteriaPage, root)
            waitForRendering(page)
            const slider = findChild(page, "weightSlider0")
            mouseClick(slider, slider.leftPadding + slider.availableWidth * 0.25, slider.height / 2)
            let sum = 0
            for (let i = 0; i < 3; ++i)
                sum += RankingController.criteria.percentAt(i)
            fuzzyCompare(sum, 100, 1e-9)
            // Plenary ~25 %; rooms and rental keep their 20:30 proportion of the remaining 75 %.
            const rooms = RankingController.criteria.percentAt(1)
            const rental = RankingController.criteria.percentAt(2)
            fuzzyCompare(rooms / rental, 20 / 30, 1e-9)
        }
    }
}
