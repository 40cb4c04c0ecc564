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
            const before = VenueLibraryController.venues.rowCount()
            verify(before > 0)
            const fields = VenueLibraryController.venueFields("")
            fields["id"] = "qml_venue"
            fields["name_zh"] = "測試場地"
            fields["name_en"] = "QML Venue"
            fields["plenary_seats"] = "1200"
            fields["plenary_seats_estimate"] = "true"
            fields["plenary_seats_basis"] = "test"
            fields["plenary_seats_as_of"] = "2026"
            compare(VenueLibraryController.addVenue(fields), [])
            compare(VenueLibraryController.venues.rowCount(), before + 1)
            compare(RequirementsController.venueCount, before + 1)
            verify(ProjectController.canUndo)
            ProjectController.undo()
            compare(VenueLibraryController.venues.rowCount(), before)
            verify(!ProjectController.canUndo)
            ProjectController.redo()
            compare(VenueLibraryController.venues.rowCount(), before + 1)
        }

        function test_invalidVenueShowsErrors() {
            const fields = VenueLibraryController.venueFields("")
            fields["id"] = "Not An Id"
            const errors = VenueLibraryController.addVenue(fields)
            verify(errors.length >= 2)           // the id and the empty names
            verify(errors[0].startsWith("/venues/"))
            verify(!ProjectController.canUndo)   // nothing happened
        }

        function test_editorDialogSaves() {
            const page = createTemporaryObject(venuesPage, root)
            waitForRendering(page)
            const before = VenueLibraryController.venues.rowCount()
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
            compare(VenueLibraryController.venues.rowCount(), before)
            const zh = findChild(page, "field_name_zh")
            zh.forceActiveFocus()
            keyClick("x")
            const en = findChild(page, "field_name_en")
            en.forceActiveFocus()
            keyClick("y")
            mouseClick(save)
            compare(VenueLibraryController.venues.rowCount(), before + 1)
            verify(VenueLibraryController.venueFields("nv")["name_en"] === "y")
        }
    }
}
