// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Destination comparison (T1.5): our city against competitor cities on the host association's criteria, where we
 *  win and lose, and the smallest change on a criterion we control that puts us first. */
PageScaffold {
    id: page
    description: bid.hasDestinations ? "" : qsTr("This project has no destination comparison yet: add the host association's criteria, then our destination and the competing ones, below.")

    DestinationsController {
        id: bid
        project: ProjectController
        objectName: "bidController"
    }

    Repeater {
        model: bid.destinations
        delegate: RowLayout {
            id: row1
            required property var modelData
            spacing: Theme.gapWide
            Label { textFormat: Text.PlainText; text: "#" + row1.modelData.rank; font.bold: true; Layout.preferredWidth: 36 }
            Label {
                text: row1.modelData.name
                textFormat: Text.PlainText
                font.bold: row1.modelData.ours
                Layout.preferredWidth: 320
                elide: Text.ElideRight
            }
            Label { textFormat: Text.PlainText; text: row1.modelData.score; font.family: Theme.monospaceFamily }
            Label { textFormat: Text.PlainText; text: row1.modelData.ours ? qsTr("(us)") : ""; color: Theme.success }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        objectName: "destinationSummary"
        text: bid.destinationSummary
    }
    // The scores above as bars, ours in its own colour (the chart carries its own title; exported as it is).
    ChartPanel {
        objectName: "destinationChart"
        svg: bid.destinationChart
        fileSuffix: "-destinations"
    }
    SectionTitle {
        visible: bid.hasDestinations
        text: qsTr("Criterion by criterion")
    }
    Repeater {
        model: bid.outcomes
        delegate: RowLayout {
            id: row2
            required property var modelData
            spacing: Theme.gapWide
            Label {
                textFormat: Text.PlainText
                text: row2.modelData.name
                Layout.preferredWidth: 260
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                visible: !row2.modelData.controllable
                text: row2.modelData.ours
                Layout.preferredWidth: 110
                horizontalAlignment: Text.AlignRight
            }
            NumberField {
                // A criterion we control (subsidy, fee, rate, cost): our offer, read by the number parser and stored.
                visible: row2.modelData.controllable
                objectName: "ours_" + row2.modelData.criterionId
                kind: row2.modelData.numberKind
                fieldWidth: 110
                displayText: row2.modelData.ours
                onCommitted: value => {
                    error = bid.setOurValue(row2.modelData.criterionId, String(value))
                    offerStatus.text = ""
                }
            }
            Label {
                textFormat: Text.PlainText
                text: row2.modelData.outcome === "win" ? qsTr("wins") : (row2.modelData.outcome === "lose" ? qsTr("loses") : qsTr("ties"))
                color: row2.modelData.outcome === "win" ? Theme.success : (row2.modelData.outcome === "lose" ? Theme.error : Theme.text)
                Layout.preferredWidth: 60
            }
            Label {
                text: qsTr("best competitor: %1 (%2)").arg(row2.modelData.bestName).arg(row2.modelData.best)
                textFormat: Text.PlainText
                color: Theme.mutedText
            }
        }
    }
    SectionTitle {
        visible: bid.winChanges.length > 0
        text: qsTr("What it would take to win")
    }
    Repeater {
        model: bid.winChanges
        delegate: RowLayout {
            id: row3
            required property var modelData
            spacing: Theme.gapWide
            Label { textFormat: Text.PlainText; text: row3.modelData.name; Layout.preferredWidth: 260; elide: Text.ElideRight }
            Label { textFormat: Text.PlainText; text: row3.modelData.from + " → " + (row3.modelData.suggested !== "" ? row3.modelData.suggested : "–"); Layout.preferredWidth: 220 }
            Label {
                text: row3.modelData.suggested !== "" ? (row3.modelData.verified ? qsTr("verified by re-scoring") : "") : row3.modelData.why
                textFormat: Text.PlainText
                color: Theme.mutedText
            }
            Button {
                visible: row3.modelData.suggested !== ""
                objectName: "applyChange_" + row3.modelData.criterionId
                text: qsTr("Offer this")
                onClicked: offerStatus.text = bid.setOurValue(row3.modelData.criterionId, row3.modelData.suggestedRaw)
            }
        }
    }
    Label {
        id: offerStatus
        objectName: "offerStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }

    // The comparison as the file keeps it: destinations and criteria, each added, changed, moved or deleted here.
    component EntryRow: RowLayout {
        id: entry
        required property int index
        required property var modelData
        property string kind
        property string detail
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            textFormat: Text.PlainText
            text: entry.modelData.name
            font.bold: entry.modelData.ours ?? false
            Layout.preferredWidth: 260
            elide: Text.ElideRight
        }
        Label {
            textFormat: Text.PlainText
            text: entry.detail
            color: Theme.mutedText
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        // Values entered without a source or a date, named by their criteria.
        UnsourcedTag {
            objectName: entry.kind + "Unsourced" + entry.index
            visible: (entry.modelData.unsourced ?? "") !== ""
            detail: entry.modelData.unsourced ?? ""
            Layout.maximumWidth: 320
            elide: Text.ElideRight
        }
        Button {
            objectName: entry.kind + "Edit" + entry.index
            text: qsTr("Change…")
            onClicked: editor.openFor(entry.kind, entry.index)
        }
        MoveButtons {
            objectName: entry.kind + "Move" + entry.index
            canMoveUp: entry.index > 0
            canMoveDown: entry.index < (entry.kind === "criterion" ? bid.criterionEntries.length : bid.destinationEntries.length) - 1
            onMoved: delta => editStatus.text = entry.kind === "criterion" ? bid.moveCriterion(entry.index, delta)
                                                                           : bid.moveDestination(entry.index, delta)
        }
        Button {
            objectName: entry.kind + "Delete" + entry.index
            text: qsTr("Delete")
            enabled: !(entry.modelData.ours ?? false)
            onClicked: editStatus.text = entry.kind === "criterion" ? bid.removeCriterion(entry.index) : bid.removeDestination(entry.index)
        }
    }
    SectionTitle {
        visible: ProjectController.loaded
        text: qsTr("The host's criteria")
    }
    Repeater {
        model: bid.criterionEntries
        delegate: EntryRow {
            kind: "criterion"
            detail: modelData.detail
        }
    }
    Button {
        visible: ProjectController.loaded
        objectName: "addComparisonCriterion"
        text: qsTr("Add criterion…")
        onClicked: editor.openFor("criterion", -1)
    }
    SectionTitle {
        visible: ProjectController.loaded
        text: qsTr("Our destination and the competing ones")
    }
    Repeater {
        model: bid.destinationEntries
        delegate: EntryRow {
            kind: "destination"
            detail: modelData.ours ? qsTr("our destination") : qsTr("competing")
        }
    }
    Button {
        visible: ProjectController.loaded
        objectName: "addDestination"
        text: qsTr("Add destination…")
        enabled: bid.criterionEntries.length > 0
        onClicked: editor.openFor("destination", -1)
    }
    Label {
        id: editStatus
        objectName: "destinationEditStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }
    DestinationEditDialog {
        id: editor
        objectName: "destinationEditor"
        parent: Overlay.overlay
        controller: bid
    }
}
