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

        function test_languageSwitch() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            LanguageController.language = "zh-TW"
            compare(RankingController.ranking.get(0, "name"), "甲會議中心")
            compare(RankingController.excluded.count, 1)
            LanguageController.language = "en"
            compare(RankingController.ranking.get(0, "name"), "Alpha Centre")
            compare(RankingController.ranking.get(0, "scoreText"), "0.9400")
        }

        function test_invalidFileKeepsProject() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            verify(!ProjectController.open(Qt.resolvedUrl("../data/malformed/05-string-capacity.venuebid.json")))
            compare(ProjectController.title, "Test project")
        }
    }
}
