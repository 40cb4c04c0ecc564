// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Site inspection (P1.1.2): the checklist of one venue with a score (1–5, 0 = not checked) and a note per item,
 *  the inspector and the date. Saving replaces the inspection of that date or adds one; the latest inspection's
 *  score feeds the criteria that take their values from the inspections. */
PageScaffold {
    id: page
    toolbar: [
        Label { textFormat: Text.PlainText; text: qsTr("Venue") },
        PlainComboBox {
            objectName: "inspectionVenue"
            model: inspections.venues
            currentIndex: inspections.venueIndex
            onActivated: index => inspections.venueIndex = index
            Layout.preferredWidth: 420
        }
    ]

    InspectionController {
        id: inspections
        project: ProjectController
        objectName: "inspectionController"
    }

    /** The checklist as edited on the page (the controller's items until saved). */
    function collect(): var {
        const out = []
        for (let i = 0; i < checklist.count; ++i) {
            const row = checklist.itemAt(i)
            out.push({ key: row.modelData.key, score: row.score, note: row.note, weight: row.modelData.weight })
        }
        return out
    }

    RowLayout {
        spacing: Theme.gapWide
        Label { textFormat: Text.PlainText; text: qsTr("Inspector") }
        TextField {
            id: inspectorField
            objectName: "inspector"
            text: inspections.inspector
            Layout.preferredWidth: 260
        }
        Label { textFormat: Text.PlainText; text: qsTr("Date") }
        TextField {
            id: dateField
            objectName: "inspectionDate"
            text: inspections.date
            placeholderText: "YYYY-MM-DD"
            Layout.preferredWidth: 130
        }
    }
    Label {
        textFormat: Text.PlainText
        font.bold: true
        objectName: "inspectionOverall"
        text: qsTr("Score: %1").arg(inspections.overall)
    }
    RowLayout {
        spacing: Theme.gapWide
        Label { textFormat: Text.PlainText; text: qsTr("Checklist item"); font.bold: true; Layout.preferredWidth: 240 }
        Label { textFormat: Text.PlainText; text: qsTr("Score (0 = not checked)"); font.bold: true; Layout.preferredWidth: 170 }
        Label { textFormat: Text.PlainText; text: qsTr("Note"); font.bold: true }
    }
    // The checklist in a column of its own: the rows are made anew whenever the controller changes, and Qt 6.4's
    // layouts crashed when the page's own column was resized with them in it (window resized on this page).
    Column {
        id: checklistColumn
        Layout.fillWidth: true
        spacing: Theme.gapSmall
        Repeater {
            id: checklist
            model: inspections.items
            delegate: RowLayout {
                id: itemRow
                required property var modelData
                property alias score: scoreBox.value
                property alias note: noteField.text
                width: checklistColumn.width
                spacing: Theme.gapWide
                Label { textFormat: Text.PlainText; text: itemRow.modelData.name; Layout.preferredWidth: 240; elide: Text.ElideRight }
                SpinBox {
                    id: scoreBox
                    objectName: "score_" + itemRow.modelData.key
                    from: 0
                    to: 5
                    value: itemRow.modelData.score
                    Layout.preferredWidth: 170
                }
                TextField {
                    id: noteField
                    text: itemRow.modelData.note
                    Layout.fillWidth: true
                    Layout.preferredWidth: 420
                }
            }
        }
    }
    RowLayout {
        spacing: Theme.gapWide
        Button {
            objectName: "saveInspection"
            text: qsTr("Save inspection")
            onClicked: {
                const error = inspections.save(inspectorField.text, dateField.text, page.collect())
                saveStatus.text = error === "" ? qsTr("Saved.") : error
                saveStatus.failed = error !== ""
            }
        }
        Label {
            id: saveStatus
            objectName: "inspectionStatus"
            property bool failed: false
            textFormat: Text.PlainText
            color: saveStatus.failed ? Theme.error : Theme.success
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: inspections.feeds
    }
    SectionTitle {
        visible: inspections.history.length > 0
        text: qsTr("Inspections of this venue")
    }
    Repeater {
        model: inspections.history
        delegate: Label {
            required property string modelData
            textFormat: Text.PlainText
            text: modelData
        }
    }
}
