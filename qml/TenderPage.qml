// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Tender self-scoring under Taiwan's 最有利標 rules: the 評分總表 (each member's total and rank per bidder, struck
 *  results marked), each bidder's average, pass/fail, rank sum, price and price ÷ score, the decided rank, the winner
 *  under each method with the tie-break and the confirming vote, the conventions applied, and the setup warnings and
 *  conventions that would change the winner. */
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
    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Score sheet (評分總表): each member's total, his rank in brackets")
    }
    DataTable {
        objectName: "scoreSheet"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.hasTender
        model: bid.sheetRows
        columns: [{ title: qsTr("Member"), role: "name", width: 200, italic: r => r.struck,
                    color: r => r.struck ? Theme.mutedText : Theme.text },
                  ...Array.from(bid.sheetBidders, (n, i) => ({ title: n, text: r => r.cells[i], width: 190, numeric: true,
                                                               color: r => r.struck ? Theme.mutedText : Theme.text }))]
    }
    Repeater {
        model: bid.sheetNotes
        delegate: Label {
            id: note
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.mutedText
            text: note.modelData
        }
    }
    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Result by bidder (method of the tender: %1)").arg(bid.methodName)
    }
    DataTable {
        objectName: "bidderTable"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.hasTender
        model: bid.bidders
        columns: [
            { title: qsTr("Bidder"), role: "name", width: 220 },
            { title: qsTr("Average"), role: "average", width: 90, numeric: true },
            { title: qsTr("Pass"), text: r => r.passes ? qsTr("yes") : qsTr("no"), width: 70,
              color: r => r.passes ? Theme.text : Theme.error },
            { title: qsTr("Rank (總評分法)"), text: r => r.totalRank > 0 ? String(r.totalRank) : "–", width: 130, numeric: true },
            { title: qsTr("Rank sum (序位法)"), text: r => r.rankSum + (r.seqRank > 0 ? "  (#" + r.seqRank + ")" : ""), width: 140,
              numeric: true },
            { title: qsTr("First places"), text: r => String(r.firstPlaces), width: 110, numeric: true },
            ...(bid.showUnitPrice ? [
                { title: qsTr("Price"), role: "price", width: 120, numeric: true },
                { title: qsTr("Price ÷ score"), role: "unitPrice", width: 120, numeric: true }
            ] : []),
            { title: qsTr("Decided rank"), role: "decidedRank", width: 110, numeric: true, bold: true }
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
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: row2.modelData
        }
    }
    SectionTitle {
        visible: bid.conventions.length > 0
        text: qsTr("Conventions applied")
    }
    Repeater {
        model: bid.conventions
        delegate: Label {
            id: row4
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: row4.modelData
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
