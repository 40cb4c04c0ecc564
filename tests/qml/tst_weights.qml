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
            compare(findChild(page, "liveRank0").scoreText, "100.0")
            compare(findChild(page, "liveRank1").scoreText, "80.0")
            compare(findChild(page, "liveRank2").scoreText, "66.7")
            // The whole drag is one undo step.
            verify(ProjectController.canUndo)
            ProjectController.undo()
            verify(!ProjectController.canUndo)
            compare(RankingController.ranking.get(0, "venueId"), "alpha")
            compare(RankingController.ranking.get(0, "scoreText"), "94.0")
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
    
        function test_deleteCriterionFromItsEditor() {
            const page = createTemporaryObject(criteriaPage, root)
            waitForRendering(page)
            compare(RankingController.ranking.get(0, "scoreText"), "94.0")
            // Delete Meeting rooms (row 1) from its editor: the first press says what happens, the second deletes.
            mouseClick(findChild(page, "editCriterion1"))
            const editor = findChild(page, "criterionEditor")
            tryCompare(editor, "opened", true)
            mouseClick(findChild(editor, "criterionDelete"))
            compare(findChild(editor, "criterionRemovalText").text,
                    "The values of 4 venues for it stay with the venues as venue facts. The other criteria's weights are rescaled so that they sum to 100 %.")
            mouseClick(findChild(editor, "criterionDelete"))
            tryCompare(editor, "visible", false)
            // Plenary 50 and rental 30 of 80 → 62.5 % and 37.5 %; Alpha = 0.625 × 1000/1000 + 0.375 × 3.2 M/4.0 M
            // = 0.625 + 0.3 = 0.925.
            compare(RankingController.criteria.rowCount(), 2)
            fuzzyCompare(RankingController.criteria.percentAt(0), 62.5, 1e-9)
            compare(RankingController.ranking.get(0, "venueId"), "alpha")
            compare(RankingController.ranking.get(0, "scoreText"), "92.5")
            ProjectController.undo()
            compare(RankingController.criteria.rowCount(), 3)
            compare(RankingController.ranking.get(0, "scoreText"), "94.0")
        }

        function test_addCriterionThroughTheEditor() {
            const page = createTemporaryObject(criteriaPage, root)
            waitForRendering(page)
            mouseClick(findChild(page, "addCriterion"))
            const editor = findChild(page, "criterionEditor")
            tryCompare(editor, "opened", true)
            // A name another criterion has: refused, with the reason under the name.
            editor.nameEn = "Plenary seats"
            mouseClick(findChild(editor, "saveCriterionButton"))
            compare(findChild(editor, "criterionNameError").text, "Name: another criterion is already called \"Plenary seats\".")
            verify(findChild(editor, "criterionNameError").visible)
            verify(!ProjectController.canUndo)
            editor.nameEn = "Wi-Fi"
            editor.share = 0.2
            mouseClick(findChild(editor, "saveCriterionButton"))
            tryCompare(editor, "visible", false)
            // Wi-Fi 20 %; the others keep 50:20:30 of the other 80 % → 40, 16, 24.
            compare(RankingController.criteria.rowCount(), 4)
            fuzzyCompare(RankingController.criteria.percentAt(3), 20, 1e-9)
            fuzzyCompare(RankingController.criteria.percentAt(0), 40, 1e-9)
            fuzzyCompare(RankingController.criteria.percentAt(2), 24, 1e-9)
            compare(RankingController.criterionFields(3).nameEn, "Wi-Fi")
            ProjectController.undo()
            compare(RankingController.criteria.rowCount(), 3)
            fuzzyCompare(RankingController.criteria.percentAt(0), 50, 1e-9)
        }
    }
}
