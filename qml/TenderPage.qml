// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Tender self-scoring under Taiwan's 最有利標 rules: each bidder's average, pass/fail, rank and rank sum, the
 *  winner under each method, and the setup warnings and conventions that would change the winner. */
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    TenderController {
        id: bid
        project: ProjectController
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: 6

        Label {
            Layout.margins: 16
            visible: !bid.hasTender
            text: qsTr("This project has no tender (section \"tender\", docs/project-format.md).")
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.hasTender
            text: bid.tenderTitle
        }
        RowLayout {
            Layout.leftMargin: 16
            visible: bid.hasTender
            spacing: 12
            Label { text: qsTr("Bidder"); font.bold: true; Layout.preferredWidth: 260 }
            Label { text: qsTr("Average"); font.bold: true; Layout.preferredWidth: 80 }
            Label { text: qsTr("Pass"); font.bold: true; Layout.preferredWidth: 60 }
            Label { text: qsTr("Rank (總評分法)"); font.bold: true; Layout.preferredWidth: 120 }
            Label { text: qsTr("Rank sum (序位法)"); font.bold: true; Layout.preferredWidth: 130 }
            Label { text: qsTr("First places"); font.bold: true }
        }
        Repeater {
            model: bid.bidders
            delegate: RowLayout {
                id: row1
                required property var modelData
                Layout.leftMargin: 16
                spacing: 12
                Label { text: row1.modelData.name; Layout.preferredWidth: 260; elide: Text.ElideRight }
                Label { text: row1.modelData.average; Layout.preferredWidth: 80 }
                Label { text: row1.modelData.passes ? qsTr("yes") : qsTr("no"); color: row1.modelData.passes ? palette.text : "#b03a2e"; Layout.preferredWidth: 60 }
                Label { text: row1.modelData.totalRank > 0 ? String(row1.modelData.totalRank) : "–"; Layout.preferredWidth: 120 }
                Label { text: row1.modelData.rankSum + (row1.modelData.seqRank > 0 ? "  (#" + row1.modelData.seqRank + ")" : ""); Layout.preferredWidth: 130 }
                Label { text: String(row1.modelData.firstPlaces) }
            }
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.hasTender
            text: qsTr("Winner by method")
        }
        Repeater {
            model: bid.tenderWinners
            delegate: Label {
                id: row2
                required property string modelData
                Layout.leftMargin: 16
                text: row2.modelData
            }
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.tenderMargins.length > 0
            text: qsTr("Our bid (%1): margin per item").arg(bid.oursName)
        }
        RowLayout {
            Layout.leftMargin: 16
            visible: bid.tenderMargins.length > 0
            spacing: 12
            Label { text: qsTr("Evaluation item"); font.bold: true; Layout.preferredWidth: 260 }
            Label { text: qsTr("Points"); font.bold: true; Layout.preferredWidth: 60 }
            Label { text: qsTr("Us"); font.bold: true; Layout.preferredWidth: 70 }
            Label { text: qsTr("Best competitor"); font.bold: true; Layout.preferredWidth: 260 }
            Label { text: qsTr("Margin"); font.bold: true }
        }
        Repeater {
            model: bid.tenderMargins
            delegate: RowLayout {
                id: marginRow
                required property var modelData
                Layout.leftMargin: 16
                spacing: 12
                Label { text: marginRow.modelData.name; Layout.preferredWidth: 260; elide: Text.ElideRight }
                Label { text: marginRow.modelData.points; Layout.preferredWidth: 60 }
                Label { text: marginRow.modelData.ours; Layout.preferredWidth: 70 }
                Label { text: marginRow.modelData.best + "  " + marginRow.modelData.bestName; Layout.preferredWidth: 260; elide: Text.ElideRight }
                Label {
                    text: marginRow.modelData.margin
                    font.bold: true
                    color: marginRow.modelData.ahead ? "#2e7d32" : "#b03a2e"
                }
            }
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.tenderWarnings.length > 0
            text: qsTr("Warnings and conventions")
        }
        Repeater {
            model: bid.tenderWarnings
            delegate: Label {
                id: row3
                required property string modelData
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#8a6d00"
                text: row3.modelData
            }
        }
        Label {
            Layout.margins: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            visible: bid.hasTender
            text: qsTr("Rules and their sources (some marked to verify): docs/bids.md. Same numbers: venuebid-cli tender PROJECT.")
        }
    }
}
