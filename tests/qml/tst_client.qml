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
        id: clientPage
        ClientPage { anchors.fill: parent }
    }
    Component {
        id: forecastController
        ForecastController { project: ProjectController }
    }

    TestCase {
        name: "Client"
        when: windowShown

        function test_editEditionInPlace() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(clientPage, root)
            waitForRendering(page)
            const client = findChild(page, "clientController")
            const forecast = createTemporaryObject(forecastController, root)
            compare(client.editions.length, 10)
            compare(client.editions[9].total, "1,710")
            // The linear trend of the sample: ȳ = 14,150 / 10 = 1,415, slope 27 a year, 1,415 + 27 × 11 = 1,712.
            compare(forecast.figures.point, "1,712")
            // 2026's total typed in place: 1,710 → 1,810. ȳ = 1,425 and the slope grows by 9 × 100 / 330 = 2.727 to
            // 29.727, so 2028: 1,425 + 29.727 × 11 = 1,752.0.
            const total = findChild(page, "edition_9_total")
            total.forceActiveFocus()
            total.text = "1810"
            total.editingFinished()
            compare(findChild(page, "editionError").text, "")
            compare(client.editions[9].total, "1,810")
            compare(forecast.figures.point, "1,752")
            // A year already there is refused in words, and nothing changes.
            const year = findChild(page, "editionYear_9")
            year.forceActiveFocus()
            year.text = "2024"
            year.editingFinished()
            compare(findChild(page, "editionError").text, "There is already an edition in 2024: one entry per edition.")
            compare(client.editions[9].year, "2026")
            // Unknown stays unknown: an emptied cell is empty, not 0.
            const member = findChild(page, "edition_9_member")
            member.forceActiveFocus()
            member.text = ""
            member.editingFinished()
            compare(client.editions[9].member, "")
            ProjectController.undo()
            compare(client.editions[9].member, "592")
            ProjectController.undo()
            compare(client.editions[9].total, "1,710")
            compare(forecast.figures.point, "1,712")
        }

        function test_addAndDeleteEdition() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(clientPage, root)
            waitForRendering(page)
            const client = findChild(page, "clientController")
            findChild(page, "newEditionYear").text = "2006"
            findChild(page, "newEditionCity").text = "Kyoto"
            findChild(page, "addEdition").clicked()
            compare(findChild(page, "editionError").text, "")
            compare(client.editions.length, 11)
            compare(client.editions[10].year, "2006")
            compare(client.editions[10].total, "") // unknown until typed
            findChild(page, "deleteEdition_10").clicked()
            compare(client.editions.length, 10)
            ProjectController.undo()
            compare(client.editions.length, 11)
            ProjectController.undo()
            compare(client.editions.length, 10)
        }

        function test_mandatoryElementExcludes() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(clientPage, root)
            waitForRendering(page)
            const client = findChild(page, "clientController")
            // The opening ceremony needs 1,500 theatre seats: at 100,000 no venue of the sample holds it.
            const seats = findChild(page, "programmeSeats_0")
            seats.forceActiveFocus()
            seats.text = "100000"
            seats.editingFinished()
            compare(findChild(page, "programmeError").text, "")
            compare(client.programme[0].seats, "100,000")
            verify(client.programme[0].excludes.indexOf("100,000") >= 0, client.programme[0].excludes)
            ProjectController.undo()
            compare(client.programme[0].seats, "1,500")
        }
    
        function test_importEditionsFromCsv() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(clientPage, root)
            waitForRendering(page)
            const client = findChild(page, "clientController")
            const forecast = createTemporaryObject(forecastController, root)
            const importer = findChild(page, "editionImportDialog").importer
            verify(importer.load(Qt.resolvedUrl("../../sample_data/editions-import-example.csv")))
            compare(importer.rowCount, 2)
            compare(importer.validCount, 2)
            verify(importer.canImportAll)
            compare(client.editions.length, 10) // nothing changes before Import
            verify(importer.importAll())
            compare(client.editions.length, 12)
            compare(client.editions[11].year, "2006")
            compare(client.editions[11].region, "Asia-Pacific")
            compare(client.editions[11]["fee.member_early"], "480")
            compare(client.editions[11].sponsorship, "185,000")
            // 12 editions 2004–2026: x̄ = 2,015, ȳ = 16,400 / 12 = 1,366.67, Sxx = 572, Sxy = 14,760, slope 25.804;
            // 2028: 1,366.67 + 25.804 × 13 = 1,702.1.
            compare(forecast.figures.point, "1,702")
            ProjectController.undo() // the import is one step
            compare(client.editions.length, 10)
            compare(forecast.figures.point, "1,712")

            // A row with an error: Import is refused, the valid rows only after the user confirmed.
            importer.loadText("year,city_en,total,as_of,estimate,basis\n2014,Barcelona,1290,2014,yes,copy\n2003,Athens,1000,2003,yes,guess\n", "mixed.csv")
            compare(importer.validCount, 1)
            compare(importer.errorCount, 1)
            verify(!importer.canImportAll)
            verify(importer.canImportValid)
            compare(importer.preview.data(importer.preview.index(0, 0), EditionImportModel.ErrorsRole),
                    "Row 2: There is already an edition in 2014: one entry per edition.")
            verify(!importer.importAll())
            compare(client.editions.length, 10)
            verify(importer.importValidRows())
            compare(client.editions.length, 11)
            compare(client.editions[10].year, "2003")
            ProjectController.undo()
        }

        function test_editionDetailsAndProgrammeOnline() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(clientPage, root)
            waitForRendering(page)
            const client = findChild(page, "clientController")
            // The profile's regions by name, typed in either language.
            compare(client.profile.regions, "Europe, the Americas, Asia-Pacific")
            compare(client.setProfileField("regions", "亞太, Europe"), "")
            compare(client.profile.regions, "Asia-Pacific, Europe")
            compare(client.setProfileField("regions", "Atlantis!"), "\"Atlantis!\" is not a region: Europe, the Americas, Asia-Pacific, Africa, Middle East, or an id of lowercase letters.")
            ProjectController.undo()
            compare(client.profile.regions, "Europe, the Americas, Asia-Pacific")
            // An edition's fee, typed in the details (the sample's 2026 student fee is USD 320).
            compare(client.editions[9]["fee.student"], "320")
            compare(client.setEditionField(9, "fee.student", "1,200"), "")
            compare(client.editions[9]["fee.student"], "1,200")
            compare(client.setEditionField(9, "fee.student", ""), "") // emptied: unknown
            compare(client.editions[9]["fee.student"], "")
            ProjectController.undo()
            compare(client.setEditionField(9, "pace", "365-120"),
                    "Write the registrations as \"days before: registered\" pairs separated by \";\", for example 365: 120; 180: 640.")
            ProjectController.undo()
            // How the gala is held online, and that it is away from the venue.
            const online = findChild(page, "programmeOnline_5")
            online.forceActiveFocus()
            online.text = "a recorded toast streamed to online delegates"
            online.editingFinished()
            compare(findChild(page, "programmeError").text, "")
            compare(client.programme[5].online, "a recorded toast streamed to online delegates")
            const atVenue = findChild(page, "programmeAtVenue_5")
            const wasAtVenue = client.programme[5].atVenue
            atVenue.toggle() // as a click does
            atVenue.toggled()
            compare(client.programme[5].atVenue, !wasAtVenue)
            ProjectController.undo()
            ProjectController.undo()
            compare(client.programme[5].online, "")
        }
}
}
