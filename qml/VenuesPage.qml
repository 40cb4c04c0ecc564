// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The venue library: a table sorted by clicking a header; unknown facts read "unknown"; hover shows the source.
 *  Venues are added, edited, deleted and imported from CSV here; every change can be undone. */
PageScaffold {
    id: page
    readonly property var model: VenueLibraryController.venues
    /** Table row the user clicked (-1: none). */
    property int selectedRow: -1
    readonly property string selectedId: selectedRow >= 0 && selectedRow < table.view.rows ? VenueLibraryController.venues.venueId(selectedRow) : ""

    scrollable: false
    description: qsTr("Click a column title to sort. Unknown facts stay unknown (never 0); hover a value to see its source and date. (est.) marks an estimate.")
    toolbar: [
        Button {
            objectName: "addVenueButton"
            text: qsTr("Add…")
            enabled: ProjectController.loaded
            onClicked: editor.openFor("")
        },
        Button {
            objectName: "editVenueButton"
            text: qsTr("Edit…")
            enabled: page.selectedId !== ""
            onClicked: editor.openFor(page.selectedId)
        },
        Button {
            objectName: "deleteVenueButton"
            text: qsTr("Delete…")
            enabled: page.selectedId !== ""
            onClicked: confirmDelete.open()
        },
        Button {
            objectName: "importVenuesButton"
            text: qsTr("Import CSV…")
            enabled: ProjectController.loaded
            onClicked: importDialog.chooseFile()
        },
        ToolSeparator {},
        Button {
            text: qsTr("Undo")
            enabled: ProjectController.canUndo
            onClicked: ProjectController.undo()
        },
        Button {
            text: qsTr("Redo")
            enabled: ProjectController.canRedo
            onClicked: ProjectController.redo()
        }
    ]

    // The dialogs are sized and centred on the window, not on the page's content column.
    VenueEditorDialog { id: editor; objectName: "venueEditor"; parent: Overlay.overlay }
    VenueImportDialog { id: importDialog; objectName: "importDialog"; parent: Overlay.overlay }

    Dialog {
        id: confirmDelete
        header: DialogTitle { text: confirmDelete.title }
        parent: Overlay.overlay
        modal: true
        anchors.centerIn: parent
        title: qsTr("Delete venue %1?").arg(page.selectedRow >= 0 && page.selectedRow < table.view.rows ? VenueLibraryController.venues.venueName(page.selectedRow) : "")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            textFormat: Text.PlainText
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
        header: DialogTitle { text: deleteRefused.title }
        property var messages: []
        parent: Overlay.overlay
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

    PlainToolTip {
        id: cellTip
        objectName: "venueCellTip"
        delay: 400
    }

    DataTable {
        id: table
        objectName: "venueTable"
        Layout.fillWidth: true
        Layout.fillHeight: true
        sizeToRows: false
        model: page.model
        sortable: true
        selectedRow: page.selectedRow
        // Name, city, then the facts (numbers, right-aligned).
        columns: [{ width: 300 }, { width: 150 }]
        defaultColumn: ({ width: 120, numeric: true })

        delegate: DataCell {
            id: cell
            required property string display
            required property string source
            required property string asOf
            required property bool unknown
            required property bool estimate
            required property string note
            required property string status
            required property bool unsourced
            text: cell.display
            numeric: cell.column >= 2
            selected: cell.row === page.selectedRow
            italic: cell.unknown || cell.estimate
            textColor: cell.selected ? Theme.selectionText
                     : cell.unknown ? Theme.unknownText
                     : (cell.column === 2 && cell.status === "excluded" ? Theme.error : (cell.estimate ? Theme.estimateText : Theme.text))

            // A value without its source or date: a small tag at the cell's left, the number stays right-aligned
            // and is cut short (…) rather than drawn over the tag when the column is narrow.
            Binding {
                target: cell.label.anchors
                property: "leftMargin"
                value: unsourcedTag.width + 2 * Theme.gapSmall
                when: cell.unsourced
            }
            UnsourcedTag {
                id: unsourcedTag
                visible: cell.unsourced
                selected: cell.selected
                anchors.left: parent.left
                anchors.leftMargin: Theme.gapSmall
                anchors.verticalCenter: parent.verticalCenter
            }
            readonly property string tip: (cell.source !== "" ? qsTr("Source: %1").arg(cell.source) : qsTr("No source"))
                                          + (cell.asOf !== "" ? "\n" + qsTr("As of: %1").arg(cell.asOf) : "")
                                          + (cell.note !== "" ? "\n" + cell.note : "")
            HoverHandler {
                id: hover
                // One tool tip for the whole table, moved to the cell under the pointer (cells are many).
                onHoveredChanged: {
                    if (hover.hovered && (cell.source !== "" || cell.note !== "" || cell.unsourced)) {
                        cellTip.parent = cell
                        cellTip.text = cell.tip
                        cellTip.open()
                    } else if (cellTip.parent === cell) {
                        cellTip.close()
                    }
                }
            }
            TapHandler {
                onTapped: page.selectedRow = cell.row
                onDoubleTapped: {
                    page.selectedRow = cell.row
                    editor.openFor(page.selectedId)
                }
            }
        }
    }
}
