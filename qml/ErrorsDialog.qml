// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** Lists every problem of a file that could not be opened or saved. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    property string file
    property var messages: []

    modal: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width * 0.85 : 800, 900)
    height: Math.min(parent ? parent.height * 0.7 : 500, 600)
    anchors.centerIn: parent
    title: qsTr("Could not open %1").arg(file)

    ColumnLayout {
        anchors.fill: parent
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("%n problem(s) found. Nothing was changed; fix the file and open it again.", "", dialog.messages.length)
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ListView {
                model: dialog.messages
                delegate: Label {
                    required property string modelData
                    width: ListView.view.width
                    wrapMode: Text.WrapAnywhere
                    font.family: Theme.monospaceFamily
                    text: modelData
                    textFormat: Text.PlainText
                    bottomPadding: Theme.gapSmall
                }
            }
        }
    }
}
