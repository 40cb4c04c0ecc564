// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Starts a new project: the event, the client, the dates and the expected attendance. The project starts with the
 *  usual venue criteria and no venues, unsaved. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    title: qsTr("New project")
    modal: true
    anchors.centerIn: parent
    onAboutToShow: {
        problems.text = ""
        titleField.forceActiveFocus()
    }

    /** Makes the project, or keeps the form open with what is wrong, in words, under it. */
    function create(): void {
        const error = ProjectController.newProject({
            title: titleField.text, client: clientField.text, startDate: startField.text, endDate: endField.text,
            attendance: attendanceField.text
        })
        problems.text = error
        if (error === "")
            dialog.close()
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "createProjectButton"
            text: qsTr("Create")
            highlighted: true
            onClicked: dialog.create()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }

    GridLayout {
        columns: 2
        columnSpacing: Theme.gapWide
        rowSpacing: Theme.pageSpacing
        Label { textFormat: Text.PlainText; text: qsTr("Event") }
        TextField {
            id: titleField
            objectName: "newTitle"
            Layout.preferredWidth: 360
            placeholderText: qsTr("e.g. Asia-Pacific Congress of Cardiology 2029")
        }
        Label { textFormat: Text.PlainText; text: qsTr("Client") }
        TextField {
            id: clientField
            objectName: "newClient"
            Layout.preferredWidth: 360
            placeholderText: qsTr("The association or company that hosts the event")
        }
        Label { textFormat: Text.PlainText; text: qsTr("First day") }
        TextField {
            id: startField
            objectName: "newStart"
            Layout.preferredWidth: 160
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
        }
        Label { textFormat: Text.PlainText; text: qsTr("Last day") }
        TextField {
            id: endField
            objectName: "newEnd"
            Layout.preferredWidth: 160
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
        }
        Label { textFormat: Text.PlainText; text: qsTr("Expected attendance") }
        TextField {
            id: attendanceField
            objectName: "newAttendance"
            Layout.preferredWidth: 160
            placeholderText: qsTr("people")
            inputMethodHints: Qt.ImhDigitsOnly
        }
        Label {
            id: problems
            objectName: "newProblems"
            Layout.columnSpan: 2
            Layout.preferredWidth: 520
            visible: text !== ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.error
        }
    }
}
