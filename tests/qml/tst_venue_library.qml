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
            verify(errors.some(e => e.startsWith("Venue: ")), errors.join("\n"))     // the id, named in words
            verify(errors.every(e => !e.startsWith("/venues/")), errors.join("\n")) // never a JSON path
            verify(!ProjectController.canUndo)   // nothing happened
        }

        function test_editorDialogSaves() {
            const page = createTemporaryObject(venuesPage, root)
            waitForRendering(page)
            const before = VenueLibraryController.venues.rowCount()
            mouseClick(findChild(page, "addVenueButton"))
            // There is no id to type: it is made from the name.
            verify(!findChild(page, "field_id"))
            const save = findChild(page, "saveVenueButton")
            tryVerify(() => save.visible)
            mouseClick(save)
            // Names are missing: the dialog stays with its errors, in words, and nothing is added.
            compare(VenueLibraryController.venues.rowCount(), before)
            const dialog = findChild(page, "venueEditor")
            verify(dialog.errors.some(e => e.startsWith("Name (Chinese): ")), dialog.errors.join("\n"))
            verify(dialog.errorFields.indexOf("name_zh") >= 0)
            const zh = findChild(page, "field_name_zh")
            zh.forceActiveFocus()
            keyClick("x")
            const en = findChild(page, "field_name_en")
            en.forceActiveFocus()
            keyClick("N"); keyClick("v")
            mouseClick(save)
            compare(VenueLibraryController.venues.rowCount(), before + 1)
            verify(VenueLibraryController.venueFields("nv")["name_en"] === "Nv") // id "nv" from the English name
        }
    }
}
