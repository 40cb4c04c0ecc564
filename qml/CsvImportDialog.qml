// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Imports rows from a CSV file (venues, past editions): pick a file, check the preview with each row's problems,
 *  then import all rows, or only the valid ones after a confirmation. Nothing changes before that. The importer
 *  (VenueImportController, EditionImportController) reads the file and holds the preview; its rows have the roles
 *  row, key, name, status and errors. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }

    /** The importer: load(), importAll(), importValidRows(), clear(), the counts and the preview; imported(n). */
    required property var importer
    /** The title before and after a file is chosen ("%1" is the file's name). */
    property string chooseTitle
    property string fileTitle
    /** What the file should look like, shown until one is chosen. */
    property string hint

    function chooseFile(): void {
        dialog.importer.clear()
        open()
        fileDialog.ask()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 900, 1000)
    height: Math.min(parent ? parent.height * 0.85 : 640, 720)
    title: dialog.importer.fileName === "" ? dialog.chooseTitle : dialog.fileTitle.arg(dialog.importer.fileName)

    Connections {
        target: dialog.importer
        function onImported() { dialog.close() }
    }

    OpenFileDialog {
        id: fileDialog
        objectName: "csvFileDialog"
        title: qsTr("Choose a CSV file")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: dialog.importer.load(selectedFile)
    }

    Dialog {
        id: confirmPartial
        header: DialogTitle { text: confirmPartial.title }
        modal: true
        anchors.centerIn: parent
        title: qsTr("Import only the valid rows?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            textFormat: Text.PlainText
            width: 420
            wrapMode: Text.Wrap
            text: qsTr("%1 valid row(s) will be imported and %2 row(s) with errors left out.").arg(dialog.importer.validCount).arg(dialog.importer.errorCount)
        }
        onAccepted: dialog.importer.importValidRows()
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            text: qsTr("Choose file…")
            onClicked: fileDialog.ask()
        }
        Button {
            objectName: "importAllButton"
            text: qsTr("Import")
            enabled: dialog.importer.canImportAll
            onClicked: dialog.importer.importAll()
        }
        Button {
            text: qsTr("Import valid rows only…")
            enabled: dialog.importer.canImportValid
            onClicked: confirmPartial.open()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.importer.rowCount === 0 && dialog.importer.fileErrors.length === 0
                  ? dialog.hint
                  : qsTr("%1 row(s): %2 valid, %3 with errors. Nothing is imported until you choose Import.")
                        .arg(dialog.importer.rowCount).arg(dialog.importer.validCount).arg(dialog.importer.errorCount)
        }

        Repeater {
            model: dialog.importer.fileErrors
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.error
                text: modelData
            }
        }

        ListView {
            id: list
            objectName: "importPreview"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.importer.preview
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: rowItem
                required property int index
                required property int row
                required property string key
                required property string name
                required property string status
                required property string errors
                width: ListView.view.width
                implicitHeight: content.implicitHeight + Theme.gap
                color: index % 2 ? Theme.alternateRow : Theme.rowBackground
                ColumnLayout {
                    id: content
                    x: Theme.cellPadding
                    y: Theme.gapSmall
                    width: parent.width - 2 * Theme.cellPadding
                    RowLayout {
                        Label { textFormat: Text.PlainText; text: qsTr("Row %1").arg(rowItem.row); font.bold: true; Layout.preferredWidth: 70 }
                        Label {
                            textFormat: Text.PlainText
                            text: rowItem.status === "ok" ? qsTr("OK") : qsTr("Error")
                            color: rowItem.status === "ok" ? Theme.success : Theme.error
                            Layout.preferredWidth: 60
                        }
                        Label { text: rowItem.key; textFormat: Text.PlainText; font.family: Theme.monospaceFamily; Layout.preferredWidth: 200; elide: Text.ElideRight }
                        Label { text: rowItem.name; textFormat: Text.PlainText; Layout.fillWidth: true; elide: Text.ElideRight }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: rowItem.errors !== ""
                        text: rowItem.errors
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.error
                    }
                }
            }
        }
    }
}
