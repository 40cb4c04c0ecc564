// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import VenueBid.Backend

/** The venue library: a table sorted by clicking a header; unknown facts read "unknown"; hover shows the source. */
Page {
    id: page
    readonly property var model: ProjectController.venues

    header: Label {
        padding: 12
        wrapMode: Text.Wrap
        text: qsTr("Click a column title to sort. Unknown facts stay unknown (never 0); hover a value to see its source and date. (est.) marks an estimate.")
        color: palette.placeholderText
    }

    HorizontalHeaderView {
        id: headerView
        syncView: table
        anchors.left: table.left
        anchors.top: parent.top
        clip: true
        delegate: Rectangle {
            id: headerCell
            required property int column
            implicitWidth: 120
            implicitHeight: 40
            color: palette.button
            border.color: palette.mid
            Label {
                anchors.fill: parent
                anchors.margins: 4
                text: ProjectController.venues.columnTitle(headerCell.column)
                      + (ProjectController.venues.sortColumn === headerCell.column ? (ProjectController.venues.sortAscending ? " ▲" : " ▼") : "")
                font.bold: true
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
            MouseArea {
                anchors.fill: parent
                onClicked: ProjectController.venues.toggleSort(headerCell.column)
            }
        }
    }

    TableView {
        id: table
        anchors.fill: parent
        anchors.topMargin: headerView.height
        clip: true
        model: page.model
        columnSpacing: 0
        rowSpacing: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}
        columnWidthProvider: function(column) { return column === 0 ? 300 : (column === 1 ? 150 : 120) }

        delegate: Rectangle {
            id: cell
            required property string display
            required property string source
            required property string asOf
            required property bool unknown
            required property bool estimate
            required property string note
            required property string status
            required property int row
            required property int column
            implicitHeight: 34
            color: row % 2 ? palette.alternateBase : palette.base
            border.color: palette.midlight
            border.width: 0.5

            Label {
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: cell.column >= 2 ? Text.AlignRight : Text.AlignLeft
                elide: Text.ElideRight
                text: cell.display
                textFormat: Text.PlainText
                font.italic: cell.unknown || cell.estimate
                color: cell.unknown ? palette.placeholderText
                     : (cell.column === 2 && cell.status === "excluded" ? "#b03a2e" : palette.text)
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered && (cell.source !== "" || cell.note !== "")
            ToolTip.delay: 400
            ToolTip.text: (cell.source !== "" ? qsTr("Source: %1").arg(cell.source) : qsTr("No source"))
                          + (cell.asOf !== "" ? "\n" + qsTr("As of: %1").arg(cell.asOf) : "")
                          + (cell.note !== "" ? "\n" + cell.note : "")
        }
    }
}
