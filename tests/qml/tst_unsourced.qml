// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

// The overview lists the facts entered without a source or an as-of date; each entry leads to the page that edits
// it, and giving the source through that page's editor takes the entry off the list.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: overviewPage
        OverviewPage { anchors.fill: parent }
    }
    Component {
        id: venuesPage
        VenuesPage { anchors.fill: parent }
    }
    Component {
        id: scenariosPage
        ScenariosPage { anchors.fill: parent }
    }
    Component {
        id: clientPage
        ClientPage { anchors.fill: parent }
    }
    Component {
        id: destinationsPage
        DestinationsPage { anchors.fill: parent }
    }
    SignalSpy {
        id: requested
        signalName: "pageRequested"
    }

    TestCase {
        name: "Unsourced"
        when: windowShown

        function cleanup() {
            LanguageController.language = "en"
        }

        function init() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/unsourced/unsourced.venuebid.json")))
            requested.clear()
        }

        function test_overviewListsThemAndLeadsToTheirPage() {
            const page = createTemporaryObject(overviewPage, root)
            requested.target = page
            waitForRendering(page)
            // tests/data/unsourced: a venue attribute without a source, a CO2e factor without a date, a destination
            // value without either, in file order.
            const list = RequirementsController.unsourced
            compare(list.length, 3)
            compare(findChild(page, "unsourcedTitle").text, "3 facts without a source or an as-of date")
            compare(list[0].ownerName, "Alpha Centre")
            compare(list[0].label, "Plenary seats")
            compare(list[0].missing, "no source")
            compare(list[0].page, "venues")
            compare(list[1].label, "Online participation factor")
            compare(list[1].missing, "no as-of date")
            compare(list[1].page, "scenarios")
            compare(list[2].ownerName, "Seoul")
            compare(list[2].label, "Congress hotel rate")
            compare(list[2].missing, "no source, no as-of date")
            compare(list[2].page, "destinations")
            const first = findChild(page, "unsourced_0")
            verify(first)
            compare(first.contentItem.text, "Alpha Centre — Plenary seats — no source")
            mouseClick(first)
            compare(requested.count, 1)
            compare(requested.signalArguments[0][0], "venues")
            mouseClick(findChild(page, "unsourced_2"))
            compare(requested.signalArguments[1][0], "destinations")
        }

        function test_namesInChinese() {
            const page = createTemporaryObject(overviewPage, root)
            waitForRendering(page)
            LanguageController.language = "zh-TW"
            const list = RequirementsController.unsourced
            compare(list[0].ownerName, "甲會議中心")
            compare(list[0].label, "主會場座位數")
            compare(list[0].missing, "未註明來源")
            compare(list[1].ownerName, "碳排放係數")
            compare(list[2].missing, "未註明來源與資料日期")
            // The row shows them (the page's own words come from the translation, which only the app embeds).
            verify(findChild(page, "unsourced_0").contentItem.text.startsWith("甲會議中心"))
        }

        function test_aSourceGivenInTheEditorTakesItOff() {
            const page = createTemporaryObject(overviewPage, root)
            waitForRendering(page)
            compare(RequirementsController.unsourced.length, 3)
            // The venue editor's call (VenueEditorDialog): the source typed for plenary seats, the rest as it was.
            compare(VenueLibraryController.updateVenue("alpha", {"plenary_seats_source": "https://example.org/alpha-plenary"}), [])
            compare(RequirementsController.unsourced.length, 2)
            compare(findChild(page, "unsourcedTitle").text, "2 facts without a source or an as-of date")
            compare(RequirementsController.unsourced[0].label, "Online participation factor")
            // A source that is not a web address is refused in words, and the entry stays.
            ProjectController.undo()
            compare(RequirementsController.unsourced.length, 3)
            const errors = VenueLibraryController.updateVenue("alpha", {"plenary_seats_source": "example.org/alpha"})
            compare(errors, ["Plenary seats, source: expected an http:// or https:// URL, found \"example.org/alpha\""])
            compare(RequirementsController.unsourced.length, 3)
        }

        function test_venuesPageTagsTheUnsourcedValue() {
            const page = createTemporaryObject(venuesPage, root)
            waitForRendering(page)
            // One tag on the whole table: alpha's plenary seats.
            const table = findChild(page, "venueTable")
            verify(table)
            const tags = []
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (c.objectName === "unsourcedTag" && c.visible)
                        tags.push(c)
                    walk(c)
                }
            }
            walk(table)
            compare(tags.length, 1)
            compare(tags[0].text, "unsourced")
        }

        function test_co2eFactorRowsTagOnlyTheUnsourcedFactor() {
            const page = createTemporaryObject(scenariosPage, root)
            waitForRendering(page)
            // tests/data/unsourced: virtual_factor 4.37 has a source and no as-of date; domestic has both (DEFRA, 2024);
            // distance_uplift is unknown, and an unknown value is never unsourced.
            const virtualTag = findChild(page, "factorUnsourced_virtual_factor")
            verify(virtualTag)
            verify(virtualTag.visible)
            compare(virtualTag.text, "unsourced")
            verify(!findChild(page, "factorUnsourced_domestic").visible)
            verify(!findChild(page, "factorUnsourced_distance_uplift").visible)
            // Its date given on the row: sourced, the tag goes.
            findChild(page, "factorAsOf_virtual_factor").text = "2022"
            findChild(page, "saveFactor_virtual_factor").clicked()
            compare(findChild(page, "factorStatus").text, "")
            verify(!findChild(page, "factorUnsourced_virtual_factor").visible)
        }

        function test_destinationsTagNamesTheCriteria() {
            const page = createTemporaryObject(destinationsPage, root)
            waitForRendering(page)
            // Seoul (the second destination) has its congress hotel rate without source or date.
            const tags = []
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (c.objectName.endsWith("Unsourced1") && c.visible)
                        tags.push(c)
                    walk(c)
                }
            }
            walk(page)
            compare(tags.length, 1)
            compare(tags[0].text, "unsourced: Congress hotel rate")
        }

        function test_clientPageTagsAnEditionWithoutItsSource() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(clientPage, root)
            waitForRendering(page)
            const client = findChild(page, "clientController")
            // Every edition of the sample has its source and date (venuebid-cli validate lists nothing).
            const listed = RequirementsController.unsourced.length
            compare(listed, 0)
            verify(!findChild(page, "editionUnsourced_0").visible)
            // The 2008 edition (an estimate with its basis, as of 2008, one known figure: total 1,180) loses its
            // as-of date: its total, written under the edition's date, loses it with it.
            compare(client.editions[0].year, "2008")
            compare(client.setEditionField(0, "asOf", ""), "")
            verify(client.editions[0].unsourced)
            verify(findChild(page, "editionUnsourced_0").visible)
            compare(findChild(page, "editionUnsourced_0").text, "unsourced")
            verify(!findChild(page, "editionUnsourced_1").visible)
            compare(RequirementsController.unsourced.length, listed + 1)
            compare(RequirementsController.unsourced[listed].missing, "no as-of date")
            compare(RequirementsController.unsourced[listed].page, "client")
            ProjectController.undo()
            verify(!findChild(page, "editionUnsourced_0").visible)
            verify(!findChild(page, "cultureUnsourced_0").visible)
        }
    }
}
