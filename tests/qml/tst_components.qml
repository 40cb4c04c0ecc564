// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

// The shared view components: DataTable (lists and table models, sorting, the scroll bar and the frozen column when
// the columns are wider than the table), MoneyField and PercentField (formatted by Numbers, what is typed read by Numbers.parse and handed on as a number).
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: listTable
        DataTable {
            width: 600
            model: [{ name: "Alpha <b>Hall</b>", seats: "1,200" }, { name: "Beta", seats: "800" }, { name: "Gamma", seats: "" }]
            columns: [{ title: "Venue", role: "name", width: 300 },
                      { title: "Seats", role: "seats", width: 100, numeric: true },
                      { title: "Twice", text: row => row.seats === "" ? "–" : row.seats + " ×2", width: 120, numeric: true }]
        }
    }
    Component {
        id: venueTable
        DataTable {
            width: 700
            height: 400
            sizeToRows: false
            sortable: true
            model: VenueLibraryController.venues
            columns: [{ width: 300 }, { width: 150 }]
            defaultColumn: ({ width: 120, numeric: true })
        }
    }
    Component {
        id: moneyField
        MoneyField {
            property var typed: []
            value: 1234500
            // As a page does: C++ may still refuse a number the parser read (a limit of its own).
            onCommitted: value => { typed.push(value); error = value > 5000000 ? "At most TWD 5,000,000." : "" }
        }
    }
    Component {
        id: percentField
        PercentField {
            property var typed: []
            value: 0.0826
            onCommitted: value => typed.push(value)
        }
    }

    TestCase {
        name: "Components"
        when: windowShown

        function test_listTableSizesToItsRows() {
            const table = createTemporaryObject(listTable, root)
            waitForRendering(table)
            const view = findChild(table, "dataTableView")
            compare(view.rows, 3)
            compare(table.columnCount, 3)
            tryVerify(() => table.implicitHeight >= 3 * Theme.compactRowHeight + Theme.compactHeaderHeight)
            compare(table.cellText(table.rowData(2, undefined), 2), "–")
            compare(table.cellText(table.rowData(0, undefined), 1), "1,200")
            verify(!findChild(table, "horizontalScrollBar").visible) // 520 px of columns in 600 px
        }

        function test_wideListScrollsWithFrozenFirstColumn() {
            const table = createTemporaryObject(listTable, root, { width: 350 })
            waitForRendering(table)
            const bar = findChild(table, "horizontalScrollBar")
            tryVerify(() => bar.visible, 2000, "the columns are wider than the table: the scroll bar shows")
            verify(table.implicitHeight >= 3 * Theme.compactRowHeight + Theme.compactHeaderHeight + bar.height)
            const view = findChild(table, "dataTableView")
            view.contentX = 150
            compare(table.scrolledX, 150)
        }

        function test_sortableTableModel() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const table = createTemporaryObject(venueTable, root)
            waitForRendering(table)
            const view = findChild(table, "dataTableView")
            compare(view.rows, VenueLibraryController.venues.rowCount())
            verify(table.columnCount > 3)
            verify(table.isNumeric(3))
            verify(!table.isNumeric(1))
            compare(table.titleOf(0, undefined), VenueLibraryController.venues.columnTitle(0))
            table.sortBy(3)
            compare(VenueLibraryController.venues.sortColumn, 3)
            verify(VenueLibraryController.venues.sortAscending)
            compare(table.sortMark(3), " ▲")
            table.sortBy(3)
            verify(!VenueLibraryController.venues.sortAscending)
            compare(table.sortMark(3), " ▼")
            compare(table.sortMark(2), "")
            // Wider than 700 px: the bar shows, and the first column stays once the others scroll.
            const bar = findChild(table, "horizontalScrollBar")
            tryVerify(() => bar.visible)
            const frozen = findChild(table, "frozenColumn")
            verify(!frozen.visible)
            view.contentX = 200
            tryVerify(() => frozen.visible)
            compare(frozen.rows, view.rows)
        }

        function test_moneyField() {
            const field = createTemporaryObject(moneyField, root)
            compare(field.text, "1,234,500")
            compare(field.unit, "TWD")
            verify(field.input.horizontalAlignment === Text.AlignRight)
            // The same text is not handed on.
            field.editingFinished()
            compare(field.typed.length, 0)
            // The parser refuses it: not handed on, kept to correct it, the reason under it.
            field.text = "2x"
            field.editingFinished()
            compare(field.typed.length, 0)
            compare(field.error, "Expected a whole amount in TWD, found \"2x\".")
            compare(field.text, "2x")
            verify(findChild(field, "fieldError").visible)
            // What the parser reads is handed on as a number: thousand separators, currency, full-width digits.
            field.text = "NT$ 1,300,000"
            field.editingFinished()
            compare(field.typed, [1300000])
            compare(field.error, "")
            compare(field.text, "1,234,500") // the stored value again, until the page changes it
            field.text = "１２００元"
            field.editingFinished()
            compare(field.typed, [1300000, 1200])
            // A number the page refuses keeps the page's reason.
            field.text = "6.000.000"
            field.editingFinished()
            compare(field.typed, [1300000, 1200, 6000000])
            compare(field.error, "At most TWD 5,000,000.")
            compare(field.text, "6.000.000")
            // Escape drops it.
            field.input.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            compare(field.error, "")
            compare(field.text, "1,234,500")
            field.value = 1300000
            compare(field.text, "1,300,000")
            field.value = undefined
            compare(field.text, "")
        }

        function test_percentField() {
            const field = createTemporaryObject(percentField, root)
            compare(field.text, "8.3 %")
            field.decimals = 2
            compare(field.text, "8.26 %")
            for (const typed of ["9", "12,5 %", "１２．５％"]) {
                field.text = typed
                field.editingFinished()
            }
            compare(field.typed, [0.09, 0.125, 0.125])
            field.text = "1,234"
            field.editingFinished()
            compare(field.typed.length, 3)
            verify(field.error.indexOf("ambiguous") > 0)
        }
    }
}
