// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Tender self-scoring under Taiwan's 最有利標 rules: each bidder's average, pass/fail, rank and rank sum, the
 *  winner under each method, and the setup warnings and conventions that would change the winner. */
PageScaffold {
    id: page
    description: bid.hasTender ? "" : qsTr("This project has no tender (section \"tender\", docs/project-format.md).")

    TenderController {
        id: bid
        project: ProjectController
    }

    SectionTitle {
        visible: bid.hasTender
        text: bid.tenderTitle
    }
    DataTable {
        objectName: "bidderTable"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.hasTender
        model: bid.bidders
        columns: [
            { title: qsTr("Bidder"), role: "name", width: 260 },
            { title: qsTr("Average"), role: "average", width: 90, numeric: true },
            { title: qsTr("Pass"), text: r => r.passes ? qsTr("yes") : qsTr("no"), width: 70,
              color: r => r.passes ? Theme.text : Theme.error },
            { title: qsTr("Rank (總評分法)"), text: r => r.totalRank > 0 ? String(r.totalRank) : "–", width: 130, numeric: true },
            { title: qsTr("Rank sum (序位法)"), text: r => r.rankSum + (r.seqRank > 0 ? "  (#" + r.seqRank + ")" : ""), width: 140,
              numeric: true },
            { title: qsTr("First places"), text: r => String(r.firstPlaces), width: 110, numeric: true }
        ]
    }
    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Winner by method")
    }
    Repeater {
        model: bid.tenderWinners
        delegate: Label {
            id: row2
            required property string modelData
            textFormat: Text.PlainText
            text: row2.modelData
        }
    }
    SectionTitle {
        visible: bid.tenderMargins.length > 0
        text: qsTr("Our bid (%1): margin per item").arg(bid.oursName)
    }
    DataTable {
        objectName: "marginTable"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.tenderMargins.length > 0
        model: bid.tenderMargins
        columns: [
            { title: qsTr("Evaluation item"), role: "name", width: 260 },
            { title: qsTr("Points"), role: "points", width: 70, numeric: true },
            { title: qsTr("Us"), role: "ours", width: 80, numeric: true },
            { title: qsTr("Best competitor"), text: r => r.best + "  " + r.bestName, width: 260 },
            { title: qsTr("Margin"), role: "margin", width: 90, numeric: true, bold: true,
              color: r => r.ahead ? Theme.success : Theme.error }
        ]
    }
    SectionTitle {
        visible: bid.tenderWarnings.length > 0
        text: qsTr("Warnings and conventions")
    }
    Repeater {
        model: bid.tenderWarnings
        delegate: Label {
            id: row3
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.warning
            text: row3.modelData
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        wrapMode: Text.Wrap
        color: Theme.mutedText
        visible: bid.hasTender
        text: qsTr("Rules and their sources (some marked to verify): docs/bids.md. Same numbers: venuebid-cli tender PROJECT.")
    }
}
