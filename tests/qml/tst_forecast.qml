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

        function cleanup() {
            LanguageController.language = "en"
        }

        function test_adjustmentWithoutSourceIsKeptUnsourced() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(forecastPage, root)
            waitForRendering(page)
            const forecast = findChild(page, "forecastController")
            const listed = RequirementsController.unsourced.length
            const tag = findChild(page, "adjUnsourced")
            verify(tag)
            verify(!tag.visible)
            // 5 % on site, no source, no basis, no date: kept, tagged, listed on the overview (as the file reader keeps it).
            findChild(page, "adjValue").text = "5"
            findChild(page, "adjApply").clicked()
            compare(findChild(page, "adjError").text, "")
            compare(forecast.adjustment.value, "5")
            verify(forecast.adjustment.unsourced)
            verify(tag.visible)
            compare(tag.text, "unsourced")
            compare(RequirementsController.unsourced.length, listed + 1)
            const entry = RequirementsController.unsourced[listed]
            compare(entry.label, "Destination adjustment")
            compare(entry.missing, "no source, no as-of date")
            compare(entry.page, "forecast")
            // It counts: linear point 1,712, online 15.174 % × 1,712 = 259.8 stays, on site (1,712 − 259.8) × 1.05
            // = 1,524.8; likely 1,524.8 + 259.8 = 1,784.6 → 1,785 (tst_clientedit, the same sample).
            compare(forecast.proposed.likely, 1785)
            // A source that is given must be a web address: refused in the page's language, the value stays.
            LanguageController.language = "zh-TW"
            findChild(page, "adjSource").text = "example.org/uplift"
            findChild(page, "adjApply").clicked()
            compare(findChild(page, "adjError").text, "來源須為以 http:// 或 https:// 開頭的網址；「example.org/uplift」不是。")
            verify(forecast.adjustment.unsourced)
            LanguageController.language = "en"
            // With its source and date it is sourced: no tag, off the overview's list.
            findChild(page, "adjValue").text = "5"
            findChild(page, "adjSource").text = "https://example.org/uplift"
            findChild(page, "adjAsOf").text = "2026-05"
            findChild(page, "adjApply").clicked()
            compare(findChild(page, "adjError").text, "")
            verify(!forecast.adjustment.unsourced)
            verify(!tag.visible)
            compare(RequirementsController.unsourced.length, listed)
            ProjectController.undo()
            ProjectController.undo()
            compare(forecast.adjustment.value, "")
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
    
        function test_registrationsSoFar() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(forecastPage, root)
            waitForRendering(page)
            const forecast = findChild(page, "forecastController")
            compare(forecast.currentPace, "")
            compare(forecast.eventStart, "2028-10-17")
            const field = findChild(page, "currentPaceField")
            field.forceActiveFocus()
            field.text = "2028-06-19: 700"
            field.editingFinished()
            compare(findChild(page, "currentPaceError").text, "")
            compare(forecast.currentPace, "2028-06-19: 700")
            // 2028-06-19 is 120 days before 2028-10-17 (11 + 31 + 31 + 30 + 17). The sample's curves 2018–2026 at 120
            // days: 562, 513, 581, 623, 650 registered; totals 1,480, 1,350, 1,530, 1,640, 1,710.
            // Additive: 700 + (918 + 837 + 949 + 1,017 + 1,060) / 5 = 700 + 956.2 = 1,656.2.
            compare(forecast.setMethod("pickup_additive"), "")
            compare(forecast.figures.point, "1,656")
            // Multiplicative: 700 × 7,710 / 2,929 = 1,842.6.
            compare(forecast.setMethod("pickup_multiplicative"), "")
            compare(forecast.figures.point, "1,843")
            // After the opening: refused in words, the typed text stays, the project keeps what it had.
            field.forceActiveFocus()
            field.text = "2028-11-01: 900"
            field.editingFinished()
            compare(findChild(page, "currentPaceError").text,
                    "The date 2028-11-01 is after the event's first day 2028-10-17: registrations so far are counted before the event.")
            compare(field.text, "2028-11-01: 900")
            compare(forecast.currentPace, "2028-06-19: 700")
            ProjectController.undo() // multiplicative
            ProjectController.undo() // additive
            ProjectController.undo() // the registrations
            compare(forecast.currentPace, "")
            compare(forecast.method, "linear")
        }
}
}
