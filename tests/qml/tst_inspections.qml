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
        id: inspectionsPage
        InspectionsPage { anchors.fill: parent }
    }

    TestCase {
        name: "Inspections"
        when: windowShown

        function test_scoreAndSave() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(inspectionsPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "inspectionController")
            compare(ctl.venues[ctl.venueIndex], "Taipei International Convention Center (TICC)")
            // The sample's TICC checklist: 5, 4, 5, 4, 4, 4, 4 → 30 / 7 = 4.29.
            compare(ctl.overall, "4.29 / 5 (7 of 7 items scored)")
            const access = findChild(page, "score_access_transport")
            compare(access.value, 5)
            access.value = 2
            const status = findChild(page, "inspectionStatus")
            mouseClick(findChild(page, "saveInspection"))
            compare(status.text, "Saved.")
            // 2 + 4 + 5 + 4 + 4 + 4 + 4 = 27 over the 7 scored items (rooms and layout stays unchecked) = 3.86.
            compare(ctl.overall, "3.86 / 5 (7 of 8 items scored)")
            verify(ProjectController.modified)
            ProjectController.undo()
            compare(ctl.overall, "4.29 / 5 (7 of 7 items scored)")
            // A bad date is refused with the reason; nothing changes.
            findChild(page, "inspectionDate").text = "10/11/2026"
            mouseClick(findChild(page, "saveInspection"))
            verify(status.text.indexOf("expected YYYY-MM-DD") >= 0, status.text)
            compare(ctl.overall, "4.29 / 5 (7 of 7 items scored)")
        }
    }
}
