// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** One cell of a DataTable: the theme's row shading, a grid line, and its text as plain text (project text never
 *  renders as markup), right-aligned when numeric. DataTable makes these itself; a page that needs more (a tooltip,
 *  an editor, a colour per value) gives DataTable a delegate built on DataCell and adds its own items as children:
 *
 *      delegate: DataCell {
 *          required property string display
 *          required property bool unknown
 *          text: display
 *          italic: unknown
 *      }
 *
 *  In a table model the row and column come from the TableView; DataTable's row delegates set them. */
Rectangle {
    id: cell
    required property int row
    required property int column
    /** The text shown. */
    property string text
    /** A number: aligned right so that digits line up. */
    property bool numeric: false
    property alias horizontalAlignment: label.horizontalAlignment
    property alias textColor: label.color
    property alias bold: label.font.bold
    property alias italic: label.font.italic
    property alias wrapMode: label.wrapMode
    property alias elide: label.elide
    property alias font: label.font
    /** The label, to hide it under an editor. */
    property alias label: label
    /** The row is the one selected: drawn in the selection colour. */
    property bool selected: false
    /** Every other row is shaded. */
    property bool alternate: row % 2 === 1
    /** A column title: the header's colours, bold, up to two lines. */
    property bool header: false
    /** The least height of the cell (its text may need more). */
    property real minimumHeight: cell.header ? Theme.headerHeight : Theme.rowHeight

    implicitWidth: label.implicitWidth + 2 * Theme.cellPadding
    implicitHeight: Math.max(cell.minimumHeight, label.implicitHeight + 2 * Theme.gapSmall)
    color: cell.header ? Theme.headerBackground
                       : (cell.selected ? Theme.selection : (cell.alternate ? Theme.alternateRow : Theme.rowBackground))
    border.color: cell.header ? Theme.separator : Theme.gridLine
    border.width: cell.header ? 1 : 0.5

    Label {
        id: label
        anchors.fill: parent
        // A title gets a little more room: it may be longer than the values under it.
        anchors.leftMargin: cell.header ? Theme.gapSmall : Theme.cellPadding
        anchors.rightMargin: cell.header ? Theme.gapSmall : Theme.cellPadding
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: cell.numeric ? Text.AlignRight : Text.AlignLeft
        elide: Text.ElideRight
        wrapMode: cell.header ? Text.Wrap : Text.NoWrap
        maximumLineCount: cell.header ? 2 : 1000
        font.bold: cell.header
        textFormat: Text.PlainText
        text: cell.text
        color: cell.header ? Theme.headerText : (cell.selected ? Theme.selectionText : Theme.text)
    }
}
