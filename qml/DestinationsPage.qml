// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Destination comparison (T1.5): our city against competitor cities on the host association's criteria, where we
 *  win and lose, and the smallest change on a criterion we control that puts us first. */
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    DestinationsController {
        id: bid
        project: ProjectController
        objectName: "bidController"
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: 6

        Label {
            Layout.margins: 16
            visible: !bid.hasDestinations
            text: qsTr("This project has no destination comparison (section \"destinations\", docs/project-format.md).")
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.hasDestinations
            text: qsTr("Destinations")
        }
        Repeater {
            model: bid.destinations
            delegate: RowLayout {
                id: row1
                required property var modelData
                Layout.leftMargin: 16
                spacing: 12
                Label { text: "#" + row1.modelData.rank; font.bold: true; Layout.preferredWidth: 36 }
                Label { text: row1.modelData.name; font.bold: row1.modelData.ours; Layout.preferredWidth: 320; elide: Text.ElideRight }
                Label { text: row1.modelData.score; font.family: "monospace" }
                Label { text: row1.modelData.ours ? qsTr("(us)") : ""; color: "#2e7d32" }
            }
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            objectName: "destinationSummary"
            text: bid.destinationSummary
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.hasDestinations
            text: qsTr("Criterion by criterion")
        }
        Repeater {
            model: bid.outcomes
            delegate: RowLayout {
                id: row2
                required property var modelData
                Layout.leftMargin: 16
                spacing: 12
                Label { text: row2.modelData.name; Layout.preferredWidth: 260; elide: Text.ElideRight }
                Label {
                    visible: !row2.modelData.controllable
                    text: row2.modelData.ours
                    Layout.preferredWidth: 110
                    horizontalAlignment: Text.AlignRight
                }
                TextField {
                    // A criterion we control (subsidy, fee, rate, cost): our offer, stored when edited.
                    visible: row2.modelData.controllable
                    objectName: "ours_" + row2.modelData.criterionId
                    text: row2.modelData.oursRaw
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 110
                    // qmllint disable unqualified
                    // (Qt 6.4's qmllint cannot see the page's ids from inside a delegate.)
                    onEditingFinished: if (text !== row2.modelData.oursRaw) offerStatus.text = bid.setOurValue(row2.modelData.criterionId, text)
                    // qmllint enable unqualified
                }
                Label {
                    text: row2.modelData.outcome === "win" ? qsTr("wins") : (row2.modelData.outcome === "lose" ? qsTr("loses") : qsTr("ties"))
                    color: row2.modelData.outcome === "win" ? "#2e7d32" : (row2.modelData.outcome === "lose" ? "#b03a2e" : palette.text)
                    Layout.preferredWidth: 60
                }
                Label { text: qsTr("best competitor: %1 (%2)").arg(row2.modelData.bestName).arg(row2.modelData.best); color: palette.placeholderText }
            }
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.winChanges.length > 0
            text: qsTr("What it would take to win")
        }
        Repeater {
            model: bid.winChanges
            delegate: RowLayout {
                id: row3
                required property var modelData
                Layout.leftMargin: 16
                spacing: 12
                Label { text: row3.modelData.name; Layout.preferredWidth: 260; elide: Text.ElideRight }
                Label { text: row3.modelData.from + " → " + (row3.modelData.suggested !== "" ? row3.modelData.suggested : "–"); Layout.preferredWidth: 220 }
                Label {
                    text: row3.modelData.suggested !== "" ? (row3.modelData.verified ? qsTr("verified by re-scoring") : "") : row3.modelData.why
                    color: palette.placeholderText
                }
                Button {
                    visible: row3.modelData.suggested !== ""
                    objectName: "applyChange_" + row3.modelData.criterionId
                    text: qsTr("Offer this")
                    // qmllint disable unqualified
                    onClicked: offerStatus.text = bid.setOurValue(row3.modelData.criterionId, row3.modelData.suggestedRaw)
                    // qmllint enable unqualified
                }
            }
        }
        Label {
            id: offerStatus
            objectName: "offerStatus"
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#c62828"
            visible: text !== ""
        }
        Item { Layout.preferredHeight: 16 }
    }
}
