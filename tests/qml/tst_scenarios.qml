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
    }
}
