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
        id: rankingPage
        RankingPage { anchors.fill: parent }
    }

    TestCase {
        name: "Ranking"
        when: windowShown

        function test_sampleFirstRow() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            compare(RankingController.ranking.get(0, "venueId"), "ticc")
            compare(RankingController.ranking.get(0, "rank"), 1)
            // The page shows the same first row.
            const page = createTemporaryObject(rankingPage, root)
            verify(page)
            waitForRendering(page)
            const first = findChild(page, "rankingRow0")
            verify(first, "first ranking row exists")
            compare(first.name, "Taipei International Convention Center (TICC)")
            compare(first.scoreText, RankingController.ranking.get(0, "scoreText"))
        }

        function test_viewsUpdateInPlace() {
            // The ranking is a ListView over the model; a weight change updates its rows in place (dataChanged), so
            // the delegate in sight survives and shows the new first venue, and the scroll position stays.
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(rankingPage, root)
            waitForRendering(page)
            const list = findChild(page, "rankingList")
            verify(list)
            compare(list.count, 3)
            const first = findChild(page, "rankingRow0")
            compare(first.name, "Alpha Centre")
            // minimal: plenary 50 %, rooms 20 %, rental 30 %. Rental at 90 % (others 10 % in proportion 5:2):
            // alpha 0.9·0.8 + 0.0714·1 + 0.0286·1 = 0.82, beta 0.9·1 + 0.0714·0.8 + 0.0286·0.5 = 0.971 → beta first.
            RankingController.setWeightPercent(2, 90)
            RankingController.endWeightChange()
            compare(findChild(page, "rankingRow0"), first, "the same delegate, not a new one after a reset")
            compare(first.name, "Beta Hall")
            compare(first.rank, 1)
            // The excluded venues are a list of their own, on the second tab.
            const tabs = findChild(page, "rankingTabs")
            tabs.currentIndex = 1
            const excluded = findChild(page, "excludedList")
            verify(excluded)
            compare(excluded.count, RankingController.excluded.count)
            compare(excluded.count, 1)
            ProjectController.undo()
        }

        function test_comparisonTab() {
            // minimal: WSM ranks alpha, beta, delta 1, 2, 3 and VIKOR 1, 3, 2 (tst_ranking methodsOnTheProject), so
            // the comparison model has 3 rows, alpha's unanimous, beta's not, and is filled only while its tab shows.
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(rankingPage, root)
            waitForRendering(page)
            const cmp = RankingController.comparison
            verify(!cmp.computed)
            compare(cmp.count, 0)
            findChild(page, "rankingTabs").currentIndex = 2
            verify(RankingController.comparisonActive)
            verify(cmp.computed)
            compare(cmp.count, 3)
            compare(cmp.methods, ["WSM", "TOPSIS", "VIKOR", "PROMETHEE II"]) // column titles, as people name them
            const alpha = cmp.index(0, 0)
            compare(cmp.data(alpha, ComparisonModel.VenueIdRole), "alpha")
            compare(cmp.data(alpha, ComparisonModel.UnanimousRole), true)
            compare(cmp.data(cmp.index(1, 0), ComparisonModel.UnanimousRole), false)
            compare(cmp.data(cmp.index(1, 0), ComparisonModel.RanksRole)[0], 2) // beta under WSM
            compare(cmp.data(cmp.index(1, 0), ComparisonModel.RanksRole)[2], 3) // beta under VIKOR
            verify(Math.abs(cmp.tau(0, 2) - 1 / 3) < 1e-12) // one discordant pair of three: (2 − 1)/3
            const table = findChild(page, "methodComparison")
            verify(table)
            compare(table.columnCount, 5)
            // A weight change recomputes it after a pause, not at once.
            RankingController.setWeightPercent(2, 90)
            RankingController.endWeightChange()
            tryCompare(cmp, "count", 3)
            // Hidden again: emptied.
            findChild(page, "rankingTabs").currentIndex = 0
            verify(!RankingController.comparisonActive)
            compare(cmp.count, 0)
            ProjectController.undo()
        }

        function test_languageSwitch() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            LanguageController.language = "zh-TW"
            compare(RankingController.ranking.get(0, "name"), "甲會議中心")
            compare(RankingController.excluded.count, 1)
            LanguageController.language = "en"
            compare(RankingController.ranking.get(0, "name"), "Alpha Centre")
            compare(RankingController.ranking.get(0, "scoreText"), "94.0")
        }

        function test_invalidFileKeepsProject() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            verify(!ProjectController.open(Qt.resolvedUrl("../data/malformed/05-string-capacity.venuebid.json")))
            compare(ProjectController.title, "Test project")
        }
    }
}
