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
    }
}
