// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

// Each bid and decision page shows its chart (ChartPanel) drawn from the numbers of its table, in the UI language:
// tender margins, AHP priorities, destinations, received quotes (models/bid/bidcharts.h, tests/core/tst_bidcharts.cpp).
Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: tenderPage
        TenderPage { anchors.fill: parent }
    }
    Component {
        id: ahpPage
        AhpPage { anchors.fill: parent }
    }
    Component {
        id: destinationsPage
        DestinationsPage { anchors.fill: parent }
    }
    Component {
        id: quotesPage
        QuotesPage { anchors.fill: parent }
    }

    TestCase {
        name: "BidCharts"
        when: windowShown

        function cleanup() {
            LanguageController.language = "en"
        }

        /** The chart's text shows s: its text elements joined, spaces left out (a note wraps at a space, or anywhere in
         *  Chinese). */
        function shows(chart, s: string): bool {
            return chart.svg.replace(/<[^>]*>/g, "").replace(/ /g, "").indexOf(s.replace(/ /g, "")) >= 0
        }

        /** The page's chart panel, shown, with a drawing no wider than the window. */
        function chartOf(page, name) {
            const panel = findChild(page, name)
            verify(panel, name)
            verify(panel.visible, name + " shown")
            const chart = findChild(panel, "chart")
            verify(chart.chartSize.width > 0 && chart.chartSize.width <= root.width, "drawn at " + chart.chartSize.width)
            verify(chart.chartSize.height > 0)
            return chart
        }

        function test_tenderMarginChart() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(tenderPage, root)
            waitForRendering(page)
            // Our bid 甲 against 乙 per item, as the margin table: plan 23.40 against 25.00 (30 points).
            const chart = chartOf(page, "marginChart")
            verify(shows(chart, "Plan content and creativity (30 points)"))
            verify(chart.svg.indexOf(">23.40<") >= 0 && chart.svg.indexOf(">25.00<") >= 0)
            verify(shows(chart, "Sum of our margins: -4.60 points."))
            LanguageController.language = "zh-TW"
            verify(shows(chart, "計畫內容與創意（配分 30）"), chart.svg)
            verify(chart.svg.indexOf("Best competitor") < 0)
        }

        function test_ahpPriorityChart() {
            // Evaluator PM: Saaty's classic matrix → 63.7 %, 25.8 %, 10.5 %, CR 0.033 (tests/core/tst_mcda.cpp).
            verify(ProjectController.open(Qt.resolvedUrl("../data/ahp-judgements.venuebid.json")))
            const page = createTemporaryObject(ahpPage, root)
            waitForRendering(page)
            const chart = chartOf(page, "priorityChart")
            verify(chart.svg.indexOf(">63.7 %<") >= 0, chart.svg)
            verify(chart.svg.indexOf(">10.5 %<") >= 0)
            verify(shows(chart, "CR 0.033: consistent"))
            // The chart follows the matrix: all judgements equal → three thirds, CR 0.
            const ahp = findChild(page, "ahpController")
            ahp.setJudgement(0, 1, 1)
            ahp.setJudgement(0, 2, 1)
            ahp.setJudgement(1, 2, 1)
            verify(chart.svg.indexOf(">33.3 %<") >= 0, chart.svg)
            verify(shows(chart, "CR 0.000: consistent"))
            LanguageController.language = "zh-TW"
            verify(shows(chart, "AHP 準則優先權重"))
            verify(shows(chart, "主會場座位數"))
        }

        function test_destinationChart() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(destinationsPage, root)
            waitForRendering(page)
            // The table's scores: Seoul 0.8628 … Taipei (ours) 0.8102 (WSM, printed as 86.3 … 81.0 of 100), 4th of 4.
            const chart = chartOf(page, "destinationChart")
            verify(chart.svg.indexOf(">86.3<") >= 0 && chart.svg.indexOf(">81.0<") >= 0, chart.svg)
            verify(shows(chart, "Taipei (ours) ranks 4 of 4."))
            LanguageController.language = "zh-TW"
            verify(shows(chart, "臺北（我方）排名第 4"), chart.svg)
        }

        function test_quoteChart() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(quotesPage, root)
            waitForRendering(page)
            // Per attendee as the table: KEC 10,500 the cheapest, the PCO offer 11,378 the best overall.
            const chart = chartOf(page, "quoteChart")
            verify(chart.svg.indexOf(">10,500<") >= 0 && chart.svg.indexOf(">11,378<") >= 0, chart.svg)
            verify(shows(chart, "Cheapest: 高雄展覽館 KEC (illustrative quote)."))
            LanguageController.language = "zh-TW"
            verify(shows(chart, "最便宜：高雄展覽館 KEC (illustrative quote)"), chart.svg)
        }
    }
}
