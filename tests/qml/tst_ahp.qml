// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: ahpPage
        AhpPage { anchors.fill: parent }
    }

    TestCase {
        name: "Ahp"
        when: windowShown

        function choose(page, row, col, label) {
            // Pick a Saaty value in the cell's combo box as a user would: open it, click the entry.
            const box = findChild(page, "judgement_" + row + "_" + col)
            verify(box, "cell " + row + "," + col)
            box.popup.open()
            tryCompare(box.popup, "opened", true)
            const idx = box.model.indexOf(label)
            verify(idx >= 0, label)
            box.currentIndex = idx
            box.activated(idx)
            box.popup.close()
        }

        function test_saatyMatrixDrivesRanking() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(ahpPage, root)
            waitForRendering(page)
            const ahp = findChild(page, "ahpController")
            // Plenary vs rooms 3, plenary vs rental 5, rooms vs rental 3: the classic matrix
            // [[1,3,5],[1/3,1,3],[1/5,1/3,1]] → w ≈ (0.637, 0.258, 0.105), λmax 3.0385, CR 0.033 (tests/core/tst_mcda.cpp).
            choose(page, 0, 1, "3 moderately more")
            choose(page, 0, 2, "5 strongly more")
            choose(page, 1, 2, "3 moderately more")
            // The mirror cells show the reciprocals at once, not after a reload: 1/3, 1/5, 1/3.
            compare(findChild(page, "mirror_1_0").text, "0.333")
            compare(findChild(page, "mirror_2_0").text, "0.200")
            compare(findChild(page, "mirror_2_1").text, "0.333")
            compare(findChild(page, "mirror_1_1").text, "1.000")
            fuzzyCompare(ahp.weights[0], 63.7, 0.1)
            fuzzyCompare(ahp.weights[1], 25.8, 0.1)
            fuzzyCompare(ahp.cr, 0.033, 0.001)
            verify(ahp.consistent)
            mouseClick(findChild(page, "applyAhp"))
            // By hand with these weights: alpha .637 + .258 + .105·0.8 = .979; delta .637·.9 + .258·.5 + .105·.667 = .772;
            // beta .637·.8 + .258·.5 + .105 = .744 → Delta now beats Beta.
            compare(RankingController.ranking.get(0, "venueId"), "alpha")
            compare(RankingController.ranking.get(1, "venueId"), "delta")
            compare(RankingController.ranking.get(2, "venueId"), "beta")
            ProjectController.undo()
            compare(RankingController.ranking.get(1, "venueId"), "beta")
        }

        function test_inconsistentJudgementIsFlagged() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(ahpPage, root)
            waitForRendering(page)
            const ahp = findChild(page, "ahpController")
            choose(page, 0, 1, "9 extremely more")
            choose(page, 1, 2, "9 extremely more")
            choose(page, 0, 2, "1/9 extremely less")  // contradicts the two above
            verify(!ahp.consistent)
            verify(ahp.cr > 0.1)
            verify(ahp.hasSuggestion)
            verify(ahp.suggestionCrAfter < ahp.cr)
            verify(ahp.suggestionText.indexOf("would bring CR to") >= 0)
            // Group mode: a second evaluator with equal judgements moves the priorities toward equal weights.
            ahp.addEvaluator("B")
            ahp.groupMode = true
            verify(ahp.weights[0] < 80)
        }

        function test_judgementsAreKeptInTheProject() {
            // tests/data/ahp-judgements.venuebid.json stores the classic matrix in another criteria order.
            verify(ProjectController.open(Qt.resolvedUrl("../data/ahp-judgements.venuebid.json")))
            let page = createTemporaryObject(ahpPage, root)
            waitForRendering(page)
            let ahp = findChild(page, "ahpController")
            compare(ahp.evaluators.length, 2)
            compare(ahp.judgement(0, 1), 3)
            fuzzyCompare(ahp.weights[0], 63.7, 0.1)
            fuzzyCompare(ahp.cr, 0.033, 0.001)
            // A new judgement is an edit of the project: a new page shows it, undo takes it back.
            choose(page, 0, 1, "5 strongly more")
            verify(ProjectController.modified)
            page.destroy()
            page = createTemporaryObject(ahpPage, root)
            waitForRendering(page)
            ahp = findChild(page, "ahpController")
            compare(ahp.judgement(0, 1), 5)
            ProjectController.undo()
            compare(ahp.judgement(0, 1), 3)
            ProjectController.redo()
            compare(ahp.judgement(0, 1), 5)
        }

        function test_chartBesideTheMatrixAndTheMatrixScrolls() {
            // The sample's 11 criteria need 11 × 122 + 70 px of judgements: more than the 1280 px page has beside the
            // 170 px names and the 400 px chart, so the judgements scroll under their own bar and the rest stays put.
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(ahpPage, root)
            waitForRendering(page)
            const names = findChild(page, "matrixNames")
            const view = findChild(page, "matrixView")
            const chart = findChild(page, "priorityChart")
            verify(chart.visible)
            const viewRight = view.mapToItem(page, view.width, 0).x
            const chartLeft = chart.mapToItem(page, 0, 0).x
            verify(chartLeft >= viewRight, "chart at " + chartLeft + ", matrix ends at " + viewRight)
            verify(chartLeft + chart.width <= page.width, "the chart is cut: " + (chartLeft + chart.width) + " > " + page.width)
            // beside, not below: the chart starts where the matrix starts
            compare(Math.round(chart.mapToItem(page, 0, 0).y), Math.round(view.mapToItem(page, 0, 0).y))
            verify(view.contentWidth > view.width)
            const bar = findChild(page, "matrixScrollBar")
            verify(bar.visible)
            compare(bar.policy, ScrollBar.AlwaysOn)
            // Scrolled to the end: the last priority is in view, the names column has not moved.
            const namesX = names.mapToItem(page, 0, 0).x
            view.contentX = view.contentWidth - view.width
            const last = findChild(page, "priority_10")
            const lastX = last.mapToItem(page, 0, 0).x
            verify(lastX >= view.mapToItem(page, 0, 0).x && lastX + last.width <= viewRight, "last priority at " + lastX)
            compare(names.mapToItem(page, 0, 0).x, namesX)
        }
    }
}
