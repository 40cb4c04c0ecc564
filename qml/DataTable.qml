// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

/** A table on TableView with a row of column titles, for the models the pages already have:
 *
 *  - a table model (QAbstractTableModel: VenueTableModel, BudgetTableModel) shows its own rows and columns under a
 *    HorizontalHeaderView. `columns` may give the first columns' width, title and alignment; `defaultColumn` is used
 *    for the others. A page that needs more than the `display` text gives its own `delegate`, built on DataCell.
 *  - a list (a QAbstractListModel, or a JS array of objects from a controller) shows one column per entry of
 *    `columns`, each naming the role (or key) it shows.
 *
 *  A column spec: { title, role, text: row => string, width, numeric, wrap, color: row => color, bold, italic }; bold
 *  and italic are a value or a function of the row (the row's roles, or the array's object). Numbers (numeric) are
 *  aligned right; every cell is plain text, never markup. Every other row is shaded.
 *
 *  When the columns are wider than the table, a horizontal scroll bar is always shown under the rows and the first
 *  column stays in view (frozenFirstColumn) while the others scroll. Clicking a column title sorts a sortable table
 *  model: one with toggleSort(column), sortColumn and sortAscending (VenueTableModel).
 *
 *  Inside a scrolling page the table is as tall as its rows (sizeToRows); a table that fills a page
 *  (sizeToRows: false) scrolls its rows itself, with the titles kept in view. */
Item {
    id: table

    /** A table model, or a list model or JS array shown through `columns`. */
    property var model
    /** Column specs (see above). With a list, one per column, each with a role or a text function. */
    property var columns: []
    /** The spec of a table model's columns beyond `columns`. */
    property var defaultColumn: ({ width: 120, numeric: false })
    /** Clicking a column title sorts by that column (a table model with toggleSort, sortColumn, sortAscending). */
    property bool sortable: false
    /** The first column stays in view while the others scroll sideways. */
    property bool frozenFirstColumn: true
    /** true: as tall as all its rows (inside a scrolling page); false: the rows scroll inside the table's height. */
    property bool sizeToRows: true
    /** Rows as tight as lines of text (the default for a table inside a scrolling page). */
    property bool compact: table.sizeToRows
    /** A column that takes the width left over when the table is wider than its columns; -1: none. */
    property int stretchColumn: -1
    /** The body cell of a table model: a DataCell (or built on one) with required row and column. */
    property Component delegate: defaultCell
    /** The selected row, drawn in the selection colour by the default cells; -1: none. */
    property int selectedRow: -1
    /** The table view, for a delegate that needs it. */
    readonly property alias view: view

    /** A cell was clicked or double-clicked (default cells and list rows). */
    signal cellClicked(int row, int column)
    signal cellDoubleClicked(int row, int column)

    /** A list with its columns in `columns` (rather than a table model with its own columns). */
    readonly property bool listMode: table.columns.some(c => c.role !== undefined || c.text !== undefined)
    readonly property int columnCount: table.listMode ? table.columns.length : view.columns
    /** The columns' widths before stretching. */
    readonly property real naturalWidth: {
        let w = 0
        for (let c = 0; c < table.columnCount; ++c)
            w += table.specOf(c).width ?? 120
        return w
    }
    /** What the stretch column gains. */
    readonly property real stretch: table.stretchColumn >= 0 ? Math.max(0, view.width - table.naturalWidth) : 0
    readonly property real totalWidth: table.naturalWidth + table.stretch
    /** How far the columns are scrolled sideways. */
    readonly property real scrolledX: view.contentX - view.originX

    /** The spec of column c. */
    function specOf(c: int): var {
        return c < table.columns.length ? table.columns[c] : table.defaultColumn
    }
    function columnWidth(c: int): real {
        return (table.specOf(c).width ?? 120) + (c === table.stretchColumn ? table.stretch : 0)
    }
    /** Where column c starts. */
    function columnX(c: int): real {
        let x = 0
        for (let i = 0; i < c; ++i)
            x += table.columnWidth(i)
        return x
    }
    function isNumeric(c: int): bool {
        return table.specOf(c).numeric === true
    }
    /** The title of column c: the spec's, else the model's (columnTitle, as VenueTableModel has), else headerData. */
    function titleOf(c: int, display: var): string {
        const spec = table.specOf(c)
        if (spec.title !== undefined)
            return spec.title
        if (table.model && typeof table.model.columnTitle === "function")
            return table.model.columnTitle(c)
        return display === undefined || display === null ? "" : String(display)
    }
    function sortMark(c: int): string {
        if (!table.sortable || !table.model || table.model.sortColumn !== c)
            return ""
        return table.model.sortAscending ? " ▲" : " ▼"
    }
    function sortBy(c: int): void {
        if (table.sortable && table.model && typeof table.model.toggleSort === "function")
            table.model.toggleSort(c)
    }
    /** The model is a JS array (a list from a controller) rather than an item model. */
    readonly property bool arrayModel: table.model !== undefined && table.model !== null && typeof table.model.length === "number"
    /** The data of list row `row`: a JS array's object, or the roles of a list model's row (its `model` in a delegate). */
    function rowData(row: int, rowModel: var): var {
        return table.arrayModel ? table.model[row] : rowModel
    }
    /** A spec's value for a row: the value itself, or the function applied to the row. */
    // A row's data is null for a moment while the model resets (a new project, an undo): its cells show nothing.
    function specValue(value: var, data: var): var {
        if (data === null || data === undefined)
            return undefined
        return typeof value === "function" ? value(data) : value
    }
    function cellText(data: var, c: int): string {
        const spec = table.columns[c]
        if (data === null || data === undefined || spec === undefined)
            return ""
        const v = spec.text !== undefined ? spec.text(data) : data[spec.role]
        return v === undefined || v === null ? "" : String(v)
    }

    implicitWidth: table.naturalWidth + (table.sizeToRows ? 0 : vbar.width)
    implicitHeight: header.height + (table.sizeToRows ? view.contentHeight : 6 * Theme.rowHeight)
                    + (hbar.visible ? hbar.height : 0)

    /** Lays the rows and columns out again once the current layout is done: TableView takes a column's width and a
     *  row's height when it loads them, and does not follow later changes by itself. */
    function relayout(): void {
        relayoutSoon.restart()
    }
    Timer {
        id: relayoutSoon
        interval: 0
        onTriggered: {
            view.forceLayout()
            if (frozenView.visible)
                frozenView.forceLayout()
        }
    }
    readonly property real rowMinimumHeight: table.compact ? Theme.compactRowHeight : Theme.rowHeight
    readonly property real headerMinimumHeight: table.compact ? Theme.compactHeaderHeight : Theme.headerHeight

    onTotalWidthChanged: table.relayout()
    onColumnsChanged: table.relayout()

    Component {
        id: defaultCell
        DataCell {
            id: plainCell
            required property var display
            text: plainCell.display === undefined || plainCell.display === null ? "" : String(plainCell.display)
            numeric: table.isNumeric(plainCell.column)
            minimumHeight: table.rowMinimumHeight
            selected: plainCell.row === table.selectedRow
            TapHandler {
                onTapped: table.cellClicked(plainCell.row, plainCell.column)
                onDoubleTapped: table.cellDoubleClicked(plainCell.row, plainCell.column)
            }
        }
    }

    // ---- the column titles ----
    Item {
        id: header
        width: view.width
        height: table.listMode ? listHeader.height : headerView.height
        clip: true

        // A table model's titles follow its columns.
        HorizontalHeaderView {
            id: headerView
            visible: !table.listMode
            width: parent.width
            syncView: table.listMode ? null : view
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            delegate: DataCell {
                id: titleCell
                header: true
                minimumHeight: table.headerMinimumHeight
                text: table.titleOf(column, undefined) + table.sortMark(column)
                numeric: table.isNumeric(column)
                TapHandler { onTapped: table.sortBy(titleCell.column) }
            }
        }
        // A list's titles: the same cells, moved with the rows.
        Item {
            id: listHeader
            visible: table.listMode
            x: -table.scrolledX
            width: table.totalWidth
            height: {
                let h = table.headerMinimumHeight
                for (let i = 0; i < listTitles.count; ++i) {
                    const item = listTitles.itemAt(i)
                    if (item)
                        h = Math.max(h, item.implicitHeight)
                }
                return h
            }
            Repeater {
                id: listTitles
                model: table.listMode ? table.columns.length : 0
                delegate: DataCell {
                    required property int index
                    row: 0
                    column: index
                    header: true
                    minimumHeight: table.headerMinimumHeight
                    z: index === 0 ? 1 : 0
                    x: table.columnX(index) + (index === 0 && table.frozenFirstColumn ? Math.max(0, Math.min(table.scrolledX, table.totalWidth - width)) : 0)
                    width: table.columnWidth(index)
                    height: listHeader.height
                    text: table.titleOf(index, undefined)
                    numeric: table.isNumeric(index)
                }
            }
        }
        // A table model's first title, kept in view with its column.
        DataCell {
            visible: frozenView.visible
            row: 0
            column: 0
            header: true
            minimumHeight: table.headerMinimumHeight
            width: table.columnWidth(0)
            height: headerView.height
            text: table.titleOf(0, undefined) + table.sortMark(0)
            numeric: table.isNumeric(0)
            TapHandler { onTapped: table.sortBy(0) }
        }
    }

    // ---- the rows ----
    TableView {
        id: view
        objectName: "dataTableView"
        anchors.top: header.bottom
        anchors.left: parent.left
        // A table that scrolls its rows keeps the vertical bar's room, so that the bar never covers a column.
        width: parent.width - (table.sizeToRows ? 0 : vbar.width)
        height: table.sizeToRows ? contentHeight : Math.max(0, table.height - header.height - (hbar.visible ? hbar.height : 0))
        clip: true
        // A JS array is shown by its row numbers (each row reads its object from the array): Qt 6.4's TableView drops
        // the rows of an array model once it scrolls sideways.
        model: table.arrayModel ? table.model.length : table.model
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: table.sizeToRows ? Flickable.HorizontalFlick : Flickable.AutoFlickDirection
        columnSpacing: 0
        rowSpacing: 0
        columnWidthProvider: c => table.listMode ? table.totalWidth : table.columnWidth(c)
        delegate: table.listMode ? listRow : table.delegate
        ScrollBar.horizontal: hbar
        ScrollBar.vertical: vbar
    }

    // A list row: its cells side by side, as tall as the tallest; the first stays in view.
    Component {
        id: listRow
        Item {
            id: rowItem
            required property int row
            required property var model
            readonly property var values: table.rowData(rowItem.row, rowItem.model)
            implicitWidth: table.totalWidth
            // A row whose height changes once its cells know their widths (wrapped text) is laid out again.
            onImplicitHeightChanged: table.relayout()
            implicitHeight: {
                let h = table.rowMinimumHeight
                for (let i = 0; i < cells.count; ++i) {
                    const item = cells.itemAt(i)
                    if (item)
                        h = Math.max(h, item.implicitHeight)
                }
                return h
            }
            Repeater {
                id: cells
                model: table.columns.length
                delegate: DataCell {
                    id: listCell
                    required property int index
                    readonly property var spec: table.columns[index]
                    row: rowItem.row
                    column: index
                    z: index === 0 ? 1 : 0
                    x: table.columnX(index) + (index === 0 && table.frozenFirstColumn ? Math.max(0, Math.min(table.scrolledX, table.totalWidth - width)) : 0)
                    width: table.columnWidth(index)
                    height: rowItem.height
                    minimumHeight: table.rowMinimumHeight
                    selected: rowItem.row === table.selectedRow
                    text: table.cellText(rowItem.values, index)
                    numeric: listCell.spec.numeric === true
                    wrapMode: listCell.spec.wrap === true ? Text.Wrap : Text.NoWrap
                    elide: listCell.spec.wrap === true ? Text.ElideNone : Text.ElideRight
                    bold: table.specValue(listCell.spec.bold, rowItem.values) === true
                    italic: table.specValue(listCell.spec.italic, rowItem.values) === true
                    textColor: listCell.selected ? Theme.selectionText
                                                 : (table.specValue(listCell.spec.color, rowItem.values) ?? Theme.text)
                    TapHandler {
                        onTapped: table.cellClicked(listCell.row, listCell.column)
                        onDoubleTapped: table.cellDoubleClicked(listCell.row, listCell.column)
                    }
                }
            }
        }
    }

    // A table model's first column, kept in view while the others scroll (a second view that shows only it).
    TableView {
        id: frozenView
        objectName: "frozenColumn"
        visible: !table.listMode && table.frozenFirstColumn && table.scrolledX > 0.5
        x: view.x
        y: view.y
        width: Math.min(table.columnWidth(0), view.width)
        height: view.height
        clip: true
        interactive: false
        model: table.listMode ? null : table.model
        syncView: table.listMode ? null : view
        syncDirection: Qt.Vertical
        columnSpacing: 0
        rowSpacing: 0
        columnWidthProvider: c => c === 0 ? table.columnWidth(0) : 0
        delegate: table.delegate
    }
    Rectangle {
        // The edge of the frozen column over the scrolled ones.
        visible: table.frozenFirstColumn && table.scrolledX > 0.5
        x: table.columnWidth(0)
        y: 0
        width: 1
        height: view.y + Math.min(view.height, view.contentHeight)
        color: Theme.frozenEdge
    }

    ScrollBar {
        id: hbar
        objectName: "horizontalScrollBar"
        parent: table
        anchors.top: view.bottom
        anchors.left: view.left
        anchors.right: view.right
        orientation: Qt.Horizontal
        policy: ScrollBar.AlwaysOn
        visible: view.contentWidth > view.width + 1
    }
    ScrollBar {
        id: vbar
        objectName: "verticalScrollBar"
        parent: table
        anchors.top: view.top
        anchors.right: parent.right
        anchors.bottom: view.bottom
        orientation: Qt.Vertical
        policy: ScrollBar.AlwaysOn
        visible: !table.sizeToRows && view.contentHeight > view.height + 1
    }
}
