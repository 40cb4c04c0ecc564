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

        function test_editScenario() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            const analysis = findChild(page, "scenarioController")
            compare(analysis.formats.get(0, "expectedText"), "1674.0")
            // Typhoon (first): p 8 % → 20 %. On site it leaves 1,260 of 1,800, so the expected on-site attendance
            // drops by (0.20 − 0.08) × 540 = 64.8: 1674.0 → 1609.2.
            findChild(page, "scenarioProbability").text = "20"
            mouseClick(findChild(page, "applyScenario"))
            const status = findChild(page, "scenarioStatus")
            compare(status.text, "")
            compare(analysis.scenarioFields(0).probability, 20)
            compare(analysis.formats.get(0, "expectedText"), "1609.2")
            verify(ProjectController.modified)
            // A decision date after the start is refused with its path; nothing changes.
            findChild(page, "scenarioDate").text = "2028-10-30"
            mouseClick(findChild(page, "applyScenario"))
            verify(status.text.indexOf("/scenarios/items/0/contingency/trigger_date: the decision date 2028-10-30 is not before the event start 2028-10-17") >= 0, status.text)
            compare(analysis.scenarioFields(0).triggerDate, "2028-10-14")
            ProjectController.undo()
            compare(analysis.scenarioFields(0).probability, 8)
            compare(analysis.formats.get(0, "expectedText"), "1674.0")
        }

        function test_editCo2eFactor() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            const analysis = findChild(page, "scenarioController")
            // The sample leaves the hotel factor unknown (no sourced Taiwan figure), so hybrid CO2e is partial: 1598.9 t.
            compare(analysis.formats.get(1, "co2eText"), "1598.9")
            // A known value needs its source and date: refused with the field's path.
            findChild(page, "factorValue_hotel_factor").text = "20"
            findChild(page, "saveFactor_hotel_factor").clicked() // below the fold: no mouse position
            const status = findChild(page, "factorStatus")
            verify(status.text.indexOf("/sustainability/hotel_factor/source") >= 0, status.text)
            // With an as-of date and a source it is stored; hotel nights now count: the hybrid room-nights
            // (2,500 × 1,400 / 1,800 = 1,944.4) × 20 kg = 38.9 t more.
            findChild(page, "factorAsOf_hotel_factor").text = "2024"
            findChild(page, "factorSource_hotel_factor").text = "https://example.org/hotel-factor"
            findChild(page, "saveFactor_hotel_factor").clicked() // below the fold: no mouse position
            compare(status.text, "")
            compare(analysis.formats.get(1, "co2eText"), "1637.8")
            ProjectController.undo()
            compare(analysis.formats.get(1, "co2eText"), "1598.9")
        }
    }
}
