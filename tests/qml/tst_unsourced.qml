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
    }
}
