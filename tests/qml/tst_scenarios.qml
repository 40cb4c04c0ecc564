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
        id: scenariosPage
        ScenariosPage { anchors.fill: parent }
    }

    TestCase {
        name: "Scenarios"
        when: windowShown

        function test_editFormFollowsTheProject() {
            // The page is open before the project with the scenarios (the window shows a page, then a file is opened),
            // and stays open while the scenarios are recomputed: the form still shows a scenario, the one chosen last.
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const box = findChild(page, "scenarioBox")
            tryCompare(box, "currentIndex", 0)
            compare(box.displayText, "Typhoon")
            compare(findChild(page, "scenarioProbability").text, "8")
            // The third (the earthquake, p 1 %) chosen and changed to 2 %: the list is recomputed, the form stays on it.
            box.currentIndex = 2
            box.activated(2)
            compare(findChild(page, "scenarioProbability").text, "1")
            findChild(page, "scenarioProbability").text = "2"
            mouseClick(findChild(page, "applyScenario"))
            compare(findChild(page, "scenarioStatus").text, "")
            tryCompare(box, "currentIndex", 2)
            tryCompare(findChild(page, "scenarioProbability"), "text", "2")
            ProjectController.undo()
            tryCompare(findChild(page, "scenarioProbability"), "text", "1")
            compare(box.currentIndex, 2)
        }

        function test_moveScenarioKeepsItChosen() {
            // The sample's first two scenarios: Typhoon (p 8 %), then the epidemic (p 4 %). Typhoon down: it stays
            // chosen in the form at its new place; the expected attendance (a probability-weighted sum) stays 1,674.
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            const analysis = findChild(page, "scenarioController")
            const box = findChild(page, "scenarioBox")
            tryCompare(box, "currentIndex", 0)
            verify(!findChild(page, "moveScenario_up").enabled)
            verify(findChild(page, "moveScenario_down").enabled)
            findChild(page, "moveScenario_down").clicked()
            compare(findChild(page, "scenarioStatus").text, "")
            tryCompare(box, "currentIndex", 1)
            compare(box.displayText, "Typhoon")
            compare(findChild(page, "scenarioProbability").text, "8")
            compare(analysis.scenarios.get(0, "probabilityText"), "4.0 %")
            compare(analysis.formats.get(0, "expectedText"), "1,674")
            ProjectController.undo()
            compare(analysis.scenarios.get(0, "probabilityText"), "8.0 %")
            verify(!ProjectController.canUndo)
        }

        function test_editScenario() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            const analysis = findChild(page, "scenarioController")
            compare(analysis.formats.get(0, "expectedText"), "1,674")
            // The edit form shows the first scenario (the typhoon, p 8 %) as soon as the page opens.
            compare(findChild(page, "scenarioProbability").text, "8")
            // Typhoon (first): p 8 % → 20 %. On site it leaves 1,260 of 1,800, so the expected on-site attendance
            // drops by (0.20 − 0.08) × 540 = 64.8: 1674.0 → 1609.2.
            findChild(page, "scenarioProbability").text = "20"
            mouseClick(findChild(page, "applyScenario"))
            const status = findChild(page, "scenarioStatus")
            compare(status.text, "")
            compare(analysis.scenarioFields(0).probability, 20)
            compare(analysis.formats.get(0, "expectedText"), "1,609")
            verify(ProjectController.modified)
            // A decision date after the start is refused in words, never a JSON path; nothing changes.
            findChild(page, "scenarioDate").text = "2028-10-30"
            mouseClick(findChild(page, "applyScenario"))
            compare(status.text, "The decision date 2028-10-30 must be before the event starts (2028-10-17).")
            compare(analysis.scenarioFields(0).triggerDate, "2028-10-14")
            ProjectController.undo()
            compare(analysis.scenarioFields(0).probability, 8)
            compare(analysis.formats.get(0, "expectedText"), "1,674")
        }

        function test_addAndDeleteScenario() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            const analysis = findChild(page, "scenarioController")
            const count = analysis.scenarios.rowCount()
            compare(analysis.formats.get(0, "expectedText"), "1,674")
            // A transport strike, p 5 %, on-site attendance -50 %: on site it leaves 900 of 1,800, so the expected
            // on-site attendance drops by 0.05 × 900 = 45: 1674.0 → 1629.0.
            findChild(page, "newScenarioNameEn").text = "Transport strike"
            findChild(page, "newScenarioNameZh").text = "交通罷工"
            findChild(page, "newScenarioProbability").text = "5"
            findChild(page, "newScenarioOnsite").text = "-50"
            findChild(page, "addScenario").clicked() // below the fold: no mouse position
            compare(findChild(page, "newScenarioError").text, "")
            compare(analysis.scenarios.rowCount(), count + 1)
            compare(analysis.scenarios.get(count, "scenarioId"), "transport_strike")
            compare(analysis.scenarios.get(count, "probabilityText"), "5.0 %")
            compare(analysis.formats.get(0, "expectedText"), "1,629")
            compare(findChild(page, "newScenarioNameEn").text, "") // the form is ready for the next one
            ProjectController.undo()
            compare(analysis.scenarios.rowCount(), count)
            compare(analysis.formats.get(0, "expectedText"), "1,674")

            // Refused in words, next to the field it concerns; nothing added.
            let r = analysis.addScenario({ nameEn: "Strike", nameZh: "罷工", probability: "abc" })
            compare(r.field, "probability")
            compare(r.error, "Expected a number, found \"abc\".")
            r = analysis.addScenario({ nameEn: " ", nameZh: "" }) // a name is needed, in one language at least
            compare(r.field, "name")
            compare(r.error, "A name is needed, in English or in Chinese.")
            r = analysis.addScenario({ nameEn: "Strike", nameZh: "罷工", probability: "95" })
            compare(r.field, "probability")
            verify(r.error.indexOf("above 100 %") > 0, r.error)
            compare(analysis.scenarios.rowCount(), count)

            // Deleting the typhoon (p 8 %, 1,260 of 1,800 on site): the expected on-site attendance rises by
            // 0.08 × 540 = 43.2: 1674.0 → 1717.2.
            findChild(page, "scenarioBox").currentIndex = 0
            findChild(page, "deleteScenario").clicked()
            compare(findChild(page, "scenarioStatus").text, "")
            compare(analysis.scenarios.rowCount(), count - 1)
            compare(analysis.formats.get(0, "expectedText"), "1,717")
            ProjectController.undo()
            compare(analysis.scenarios.rowCount(), count)
            compare(analysis.formats.get(0, "expectedText"), "1,674")
        }

        function test_editCo2eFactor() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            const analysis = findChild(page, "scenarioController")
            // The sample leaves the hotel factor unknown (no sourced Taiwan figure), so hybrid CO2e is partial: 1598.9 t.
            compare(analysis.formats.get(1, "co2eText"), "1,598.9")
            // A source or date that is given must be one: refused in words, naming the factor, never a JSON path.
            findChild(page, "factorValue_hotel_factor").text = "20"
            findChild(page, "factorAsOf_hotel_factor").text = "last year"
            findChild(page, "saveFactor_hotel_factor").clicked() // below the fold: no mouse position
            const status = findChild(page, "factorStatus")
            compare(status.text, "Hotel (kg CO2e per room-night): As of: a date YYYY, YYYY-MM or YYYY-MM-DD; \"last year\" is not.")
            findChild(page, "factorAsOf_hotel_factor").text = "2024"
            findChild(page, "factorSource_hotel_factor").text = "hotel factor table"
            findChild(page, "saveFactor_hotel_factor").clicked()
            compare(status.text, "Hotel (kg CO2e per room-night): Source: a web address starting with http:// or https://; \"hotel factor table\" is not.")
            // Without a source and a date it is stored, unsourced, and the overview lists it.
            findChild(page, "factorAsOf_hotel_factor").text = ""
            findChild(page, "factorSource_hotel_factor").text = ""
            findChild(page, "saveFactor_hotel_factor").clicked()
            compare(status.text, "")
            compare(RequirementsController.unsourced.length, 1)
            compare(RequirementsController.unsourced[0].label, "Hotel factor")
            compare(RequirementsController.unsourced[0].missing, "no source, no as-of date")
            ProjectController.undo()
            compare(RequirementsController.unsourced.length, 0)
            findChild(page, "factorValue_hotel_factor").text = "20"
            // With an as-of date and a source it is stored; hotel nights now count: the hybrid room-nights
            // (2,500 × 1,400 / 1,800 = 1,944.4) × 20 kg = 38.9 t more.
            findChild(page, "factorAsOf_hotel_factor").text = "2024"
            findChild(page, "factorSource_hotel_factor").text = "https://example.org/hotel-factor"
            findChild(page, "saveFactor_hotel_factor").clicked() // below the fold: no mouse position
            compare(status.text, "")
            compare(analysis.formats.get(1, "co2eText"), "1,637.8")
            ProjectController.undo()
            compare(analysis.formats.get(1, "co2eText"), "1,598.9")
        }
        function test_chartsOfTheScenarios() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            // The risk matrix: the five scenarios of the table, numbered in its order, in their cells.
            const matrix = findChild(findChild(page, "riskMatrixChart"), "chart")
            verify(matrix.visible)
            verify(matrix.chartSize.width > 0)
            verify(matrix.svg.indexOf(">1 = Typhoon (score 8)<") >= 0, matrix.svg) // likelihood 2 × impact 4
            verify(matrix.svg.indexOf(">3 = Earthquake closes the venue (score 5)<") >= 0)
            // Attendance per scenario in whole people, as the table: the on-site plan 1,800 and the expected 1,674 (1,674.0).
            const outcomes = findChild(findChild(page, "scenarioOutcomeChart"), "chart")
            verify(outcomes.visible)
            verify(outcomes.svg.indexOf(">1,800<") >= 0)
            verify(outcomes.svg.indexOf(">1,674<") >= 0)
            compare(findChild(page, "scenarioController").formats.get(0, "expectedText"), "1,674")
        }
    }
}
