// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The venue library: a table sorted by clicking a header; unknown facts read "unknown"; hover shows the source.
 *  Venues are added, edited, deleted and imported from CSV here; every change can be undone. */
Page {
    id: page
    readonly property var model: VenueLibraryController.venues
    /** Table row the user clicked (-1: none). */
    property int selectedRow: -1
    readonly property string selectedId: selectedRow >= 0 && selectedRow < table.rows ? VenueLibraryController.venues.venueId(selectedRow) : ""

    header: ColumnLayout {
        spacing: 0
        RowLayout {
            Layout.leftMargin: 8
            Layout.topMargin: 6
            Button {
                objectName: "addVenueButton"
                text: qsTr("Add…")
                enabled: ProjectController.loaded
                onClicked: editor.openFor("")
            }
            Button {
                objectName: "editVenueButton"
                text: qsTr("Edit…")
                enabled: page.selectedId !== ""
                onClicked: editor.openFor(page.selectedId)
            }
            Button {
                objectName: "deleteVenueButton"
                text: qsTr("Delete…")
                enabled: page.selectedId !== ""
                onClicked: confirmDelete.open()
            }
            Button {
                objectName: "importVenuesButton"
                text: qsTr("Import CSV…")
                enabled: ProjectController.loaded
                onClicked: importDialog.chooseFile()
            }
            ToolSeparator {}
            Button {
                text: qsTr("Undo")
                enabled: ProjectController.canUndo
                onClicked: ProjectController.undo()
            }
            Button {
                text: qsTr("Redo")
                enabled: ProjectController.canRedo
                onClicked: ProjectController.redo()
            }
        }
        Label {
            Layout.fillWidth: true
            padding: 12
            wrapMode: Text.Wrap
            text: qsTr("Click a column title to sort. Unknown facts stay unknown (never 0); hover a value to see its source and date. (est.) marks an estimate.")
            color: palette.placeholderText
        }
    }

    VenueEditorDialog { id: editor; objectName: "venueEditor" }
    VenueImportDialog { id: importDialog; objectName: "importDialog" }

    Dialog {
        id: confirmDelete
        modal: true
        anchors.centerIn: parent
        title: qsTr("Delete venue %1?").arg(page.selectedId)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 460
            wrapMode: Text.Wrap
            text: qsTr("The venue and its facts are removed from the project. Undo brings them back.")
        }
        onAccepted: {
            const problems = VenueLibraryController.deleteVenue(page.selectedId)
            if (problems.length > 0) {
                deleteRefused.messages = problems
                deleteRefused.open()
            }
        }
    }

    Dialog {
        id: deleteRefused
        property var messages: []
        modal: true
        anchors.centerIn: parent
        title: qsTr("The venue was not deleted")
        standardButtons: Dialog.Close
        Label {
            width: 520
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: deleteRefused.messages.join("\n")
        }
    }

    Connections {
        target: ProjectController
        function onProjectChanged(): void { page.selectedRow = -1 }
    }
    Connections {
        target: VenueLibraryController.venues
        function onSortChanged(): void { page.selectedRow = -1 } // rows moved: the selection would name another venue
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
                text: VenueLibraryController.venues.columnTitle(headerCell.column)
                      + (VenueLibraryController.venues.sortColumn === headerCell.column ? (VenueLibraryController.venues.sortAscending ? " ▲" : " ▼") : "")
                font.bold: true
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
            MouseArea {
                anchors.fill: parent
                onClicked: VenueLibraryController.venues.toggleSort(headerCell.column)
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
            color: row === page.selectedRow ? palette.highlight : (row % 2 ? palette.alternateBase : palette.base)
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
            TapHandler {
                onTapped: page.selectedRow = cell.row
                onDoubleTapped: {
                    page.selectedRow = cell.row
                    editor.openFor(page.selectedId)
                }
            }
            ToolTip.visible: hover.hovered && (cell.source !== "" || cell.note !== "")
            ToolTip.delay: 400
            ToolTip.text: (cell.source !== "" ? qsTr("Source: %1").arg(cell.source) : qsTr("No source"))
                          + (cell.asOf !== "" ? "\n" + qsTr("As of: %1").arg(cell.asOf) : "")
                          + (cell.note !== "" ? "\n" + cell.note : "")
        }
    }
}
