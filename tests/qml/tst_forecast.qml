// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: forecastPage
        ForecastPage { anchors.fill: parent }
    }

    TestCase {
        name: "Forecast"
        when: windowShown

        function test_useAsScenarios() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(forecastPage, root)
            waitForRendering(page)
            const forecast = findChild(page, "forecastController")
            // venuebid-cli forecast on the sample: linear 1,537 / 1,712 / 1,887 from 10 editions.
            compare(forecast.figures.point, "1,712")
            compare(forecast.figures.low, "1,537")
            compare(forecast.figures.high, "1,887")
            compare(forecast.figures.n, "10")
            compare(forecast.recorded.decision, "overridden")
            // The online share in the UI language, not "n = 3".
            verify(forecast.details.indexOf("Online share: 15.2 % (trend over 3 hybrid editions)") >= 0, forecast.details.join("|"))
            findChild(page, "useAsScenarios").clicked()
            compare(findChild(page, "scenarioError").text, "")
            compare(forecast.recorded.decision, "accepted")
            compare(forecast.recorded.likely, 1712)
            verify(!forecast.recorded.stale)
            ProjectController.undo()
            compare(forecast.recorded.decision, "overridden")
            compare(forecast.recorded.likely, 1800)
        }

        function test_overrideRefusedInWords() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(forecastPage, root)
            waitForRendering(page)
            const forecast = findChild(page, "forecastController")
            findChild(page, "ownLow").text = "1900"
            findChild(page, "ownLikely").text = "1700"
            findChild(page, "ownHigh").text = "2000"
            findChild(page, "overrideScenarios").clicked()
            compare(findChild(page, "scenarioError").text, "The scenarios need low ≤ likely ≤ high; 1,900, 1,700, 2,000 are not in that order.")
            compare(forecast.recorded.likely, 1800)
            findChild(page, "ownLow").text = "1500"
            findChild(page, "overrideScenarios").clicked()
            compare(findChild(page, "scenarioError").text, "")
            compare(forecast.recorded.likely, 1700)
            ProjectController.undo()
            compare(forecast.recorded.likely, 1800)
        }

        function test_methodChoice() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(forecastPage, root)
            waitForRendering(page)
            const forecast = findChild(page, "forecastController")
            // Moving average of the last 3 editions: (1,530 + 1,640 + 1,710) / 3 = 1,626.7 → 1,627 (venuebid-cli: 1,627).
            compare(forecast.setMethod("moving_average"), "")
            compare(forecast.method, "moving_average")
            compare(forecast.figures.point, "1,627")
            ProjectController.undo()
            compare(forecast.method, "linear")
        }
    }
}
