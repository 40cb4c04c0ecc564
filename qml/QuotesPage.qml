// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Quote review: the quotes received for the event on one basis — base currency, service charge and tax
 *  included, every missing inclusion priced at the project's own estimate, per attendee — ranked by the engine, with
 *  the best and the cheapest marked. Same numbers as `venuebid-cli quotes PROJECT`; formatted in QuoteReviewController. */
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    QuoteReviewController {
        id: bid
        project: ProjectController
        objectName: "bidController"
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: 6

        Label {
            Layout.margins: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !bid.hasQuotes
            objectName: "noQuotes"
            text: qsTr("This project has no received quotes (section \"received_quotes\", docs/project-format.md).")
        }
        SectionTitle {
            Layout.leftMargin: 16
            visible: bid.hasQuotes
            text: qsTr("Received quotes")
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            visible: bid.hasQuotes
            text: qsTr("Every quote on one basis: converted to the base currency, service charge and business tax included, and each item it leaves out priced at the project's own estimate, so that all totals cover the same scope.")
        }
        RowLayout {
            Layout.leftMargin: 16
            Layout.topMargin: 6
            visible: bid.hasQuotes
            spacing: 10
            Label { text: qsTr("Rank"); font.bold: true; Layout.preferredWidth: 40; wrapMode: Text.Wrap }
            Label { text: qsTr("Supplier"); font.bold: true; Layout.preferredWidth: 290; wrapMode: Text.Wrap }
            Label { text: qsTr("Quoted"); font.bold: true; Layout.preferredWidth: 120; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Tax and service incl."); font.bold: true; Layout.preferredWidth: 100; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Missing items"); font.bold: true; Layout.preferredWidth: 90; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Comparable total"); font.bold: true; Layout.preferredWidth: 100; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Per attendee"); font.bold: true; Layout.preferredWidth: 80; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Score"); font.bold: true; Layout.preferredWidth: 64; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        }
        Rectangle {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            visible: bid.hasQuotes
            color: palette.mid
        }
        Repeater {
            model: bid.quotes
            delegate: ColumnLayout {
                id: quote
                required property var modelData
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.fillWidth: true
                Layout.bottomMargin: 6
                spacing: 2
                RowLayout {
                    spacing: 10
                    Label { text: quote.modelData.rank; font.bold: true; Layout.preferredWidth: 40 }
                    Label { text: quote.modelData.supplier; font.bold: quote.modelData.best; Layout.preferredWidth: 290; wrapMode: Text.Wrap }
                    Label { text: quote.modelData.quoted; Layout.preferredWidth: 120; horizontalAlignment: Text.AlignRight }
                    Label {
                        text: quote.modelData.comparableKnown ? quote.modelData.total : qsTr("no FX rate")
                        color: quote.modelData.comparableKnown ? palette.text : "#b03a2e"
                        Layout.preferredWidth: 100
                        horizontalAlignment: Text.AlignRight
                    }
                    Label { text: quote.modelData.missing; color: "#8a6d00"; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                    Label { text: quote.modelData.comparable; font.bold: true; Layout.preferredWidth: 100; horizontalAlignment: Text.AlignRight }
                    Label { text: quote.modelData.perAttendee; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight }
                    Label { text: quote.modelData.score; font.family: "monospace"; Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight }
                    Label {
                        visible: quote.modelData.best
                        text: qsTr("best")
                        font.bold: true
                        color: "#2e7d32"
                    }
                    Label {
                        visible: quote.modelData.cheapest
                        text: qsTr("cheapest")
                        font.bold: true
                        color: "#1565c0"
                    }
                }
                RowLayout {
                    Layout.leftMargin: 50
                    spacing: 6
                    visible: quote.modelData.scores.length > 0
                    Repeater {
                        model: quote.modelData.scores
                        delegate: RowLayout {
                            id: scoreCell
                            required property var modelData
                            spacing: 4
                            Label { text: scoreCell.modelData.name; color: palette.placeholderText }
                            TextField {
                                objectName: "score_" + scoreCell.modelData.quoteId + "_" + scoreCell.modelData.criterionId
                                text: scoreCell.modelData.value
                                placeholderText: qsTr("unknown")
                                Layout.preferredWidth: 60
                                // qmllint disable unqualified
                                // (Qt 6.4's qmllint cannot see the page's ids from inside a delegate.)
                                onEditingFinished: if (text !== scoreCell.modelData.value)
                                                       quoteStatus.text = bid.setQuoteScore(scoreCell.modelData.quoteId, scoreCell.modelData.criterionId, text)
                                // qmllint enable unqualified
                            }
                        }
                    }
                }
                Repeater {
                    model: quote.modelData.notes
                    delegate: Label {
                        id: note
                        required property string modelData
                        Layout.leftMargin: 50
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: "#8a6d00"
                        text: note.modelData
                    }
                }
            }
        }
        Label {
            id: quoteStatus
            objectName: "quoteStatus"
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#c62828"
            visible: text !== ""
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: bid.hasQuotes
            objectName: "quoteBasis"
            text: bid.quoteBasis
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            visible: bid.hasQuotes
            objectName: "quoteSummary"
            text: bid.quoteSummary
        }
        Label {
            Layout.margins: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            visible: bid.hasQuotes
            text: qsTr("Normalisation and scoring: docs/bids.md. Same numbers: venuebid-cli quotes PROJECT.")
        }
    }
}
