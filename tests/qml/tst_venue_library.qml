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
        id: venuesPage
        VenuesPage { anchors.fill: parent }
    }

    TestCase {
        name: "VenueLibrary"
        when: windowShown

        function init() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
        }

        function test_addThroughControllerThenUndo() {
            const page = createTemporaryObject(venuesPage, root)
            waitForRendering(page)
            const before = ProjectController.venues.rowCount()
            verify(before > 0)
            const fields = ProjectController.venueFields("")
            fields["id"] = "qml_venue"
            fields["name_zh"] = "測試場地"
            fields["name_en"] = "QML Venue"
            fields["plenary_seats"] = "1200"
            fields["plenary_seats_estimate"] = "true"
            fields["plenary_seats_basis"] = "test"
            fields["plenary_seats_as_of"] = "2026"
            compare(ProjectController.addVenue(fields), [])
            compare(ProjectController.venues.rowCount(), before + 1)
            compare(ProjectController.venueCount, before + 1)
            verify(ProjectController.canUndo)
            ProjectController.undo()
            compare(ProjectController.venues.rowCount(), before)
            verify(!ProjectController.canUndo)
            ProjectController.redo()
            compare(ProjectController.venues.rowCount(), before + 1)
        }

        function test_invalidVenueShowsErrors() {
            const fields = ProjectController.venueFields("")
            fields["id"] = "Not An Id"
            const errors = ProjectController.addVenue(fields)
            verify(errors.length >= 2)           // the id and the empty names
            verify(errors[0].startsWith("/venues/"))
            verify(!ProjectController.canUndo)   // nothing happened
        }

        function test_editorDialogSaves() {
            const page = createTemporaryObject(venuesPage, root)
            waitForRendering(page)
            const before = ProjectController.venues.rowCount()
            mouseClick(findChild(page, "addVenueButton"))
            const idField = findChild(page, "field_id")
            verify(idField)
            tryVerify(() => idField.visible)
            idField.forceActiveFocus()
            keyClick("n")
            keyClick("v")
            const save = findChild(page, "saveVenueButton")
            mouseClick(save)
            // Names are missing: the dialog stays with its errors and nothing is added.
            compare(ProjectController.venues.rowCount(), before)
            const zh = findChild(page, "field_name_zh")
            zh.forceActiveFocus()
            keyClick("x")
            const en = findChild(page, "field_name_en")
            en.forceActiveFocus()
            keyClick("y")
            mouseClick(save)
            compare(ProjectController.venues.rowCount(), before + 1)
            verify(ProjectController.venueFields("nv")["name_en"] === "y")
        }
    }
}
