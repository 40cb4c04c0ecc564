// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Quote review: the quotes received for the event on one basis — base currency, service charge and tax
 *  included, every missing inclusion priced at the project's own estimate, per attendee — ranked by the engine, with
 *  the best and the cheapest marked. Same numbers as `venuebid-cli quotes PROJECT`; formatted in QuoteReviewController. */
PageScaffold {
    id: page
    /** The columns: rank, supplier, quoted, tax and service included, missing items, comparable total, per attendee,
     *  score. */
    readonly property var widths: [40, page.supplierWidth, 110, 100, 80, 100, 76, 60]
    readonly property int columnGap: Theme.gapWide - Theme.gapTiny
    // The supplier takes what the page has left, between 160 px (names wrap) and 290 px, so that the scores and the
    // marks stay in view on a 1093 px wide window.
    readonly property real fixedWidth: 40 + 110 + 100 + 80 + 100 + 76 + 60 + 8 * columnGap + marksWidth + columnGap
    readonly property real supplierWidth: Math.max(160, Math.min(290, page.viewWidth - page.fixedWidth))
    // The "best" and "cheapest" marks, one above the other.
    readonly property real marksWidth: Math.max(bestMark.advanceWidth, cheapestMark.advanceWidth)
    // The widest row: the columns with the narrowest supplier, then the marks.
    minimumContentWidth: 160 + fixedWidth

    TextMetrics {
        id: bestMark
        font.bold: true
        text: qsTr("best")
    }
    TextMetrics {
        id: cheapestMark
        font.bold: true
        text: qsTr("cheapest")
    }
    description: bid.hasQuotes ? qsTr("Every quote on one basis: converted to the base currency, service charge and business tax included, and each item it leaves out priced at the project's own estimate, so that all totals cover the same scope.")
                               : ""

    QuoteReviewController {
        id: bid
        project: ProjectController
        objectName: "bidController"
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: !bid.hasQuotes
        objectName: "noQuotes"
        text: qsTr("This project has no received quotes (section \"received_quotes\", docs/project-format.md).")
    }
    RowLayout {
        id: quotesHeader
        visible: bid.hasQuotes
        spacing: page.columnGap
        Label { textFormat: Text.PlainText; text: qsTr("Rank"); font.bold: true; Layout.preferredWidth: page.widths[0]; wrapMode: Text.Wrap }
        Label { textFormat: Text.PlainText; text: qsTr("Supplier"); font.bold: true; Layout.preferredWidth: page.widths[1]; wrapMode: Text.Wrap }
        Label { textFormat: Text.PlainText; text: qsTr("Quoted"); font.bold: true; Layout.preferredWidth: page.widths[2]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Tax and service incl."); font.bold: true; Layout.preferredWidth: page.widths[3]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Missing items"); font.bold: true; Layout.preferredWidth: page.widths[4]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Comparable total"); font.bold: true; Layout.preferredWidth: page.widths[5]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Per attendee"); font.bold: true; Layout.preferredWidth: page.widths[6]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Score"); font.bold: true; Layout.preferredWidth: page.widths[7]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        visible: bid.hasQuotes
        color: Theme.separator
    }
    Repeater {
        model: bid.quotes
        delegate: ColumnLayout {
            id: quote
            required property var modelData
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.pageSpacing
            spacing: Theme.gapTiny
            RowLayout {
                spacing: page.columnGap
                Label { textFormat: Text.PlainText; text: quote.modelData.rank; font.bold: true; Layout.preferredWidth: page.widths[0] }
                Label {
                    text: quote.modelData.supplier
                    textFormat: Text.PlainText
                    font.bold: quote.modelData.best
                    Layout.preferredWidth: page.widths[1]
                    wrapMode: Text.Wrap
                }
                Label { textFormat: Text.PlainText; text: quote.modelData.quoted; Layout.preferredWidth: page.widths[2]; horizontalAlignment: Text.AlignRight }
                Label {
                    textFormat: Text.PlainText
                    text: quote.modelData.comparableKnown ? quote.modelData.total : qsTr("no FX rate")
                    color: quote.modelData.comparableKnown ? Theme.text : Theme.error
                    Layout.preferredWidth: page.widths[3]
                    horizontalAlignment: Text.AlignRight
                }
                Label { textFormat: Text.PlainText; text: quote.modelData.missing; color: Theme.warning; Layout.preferredWidth: page.widths[4]; horizontalAlignment: Text.AlignRight }
                Label { textFormat: Text.PlainText; text: quote.modelData.comparable; font.bold: true; Layout.preferredWidth: page.widths[5]; horizontalAlignment: Text.AlignRight }
                Label { textFormat: Text.PlainText; text: quote.modelData.perAttendee; Layout.preferredWidth: page.widths[6]; horizontalAlignment: Text.AlignRight }
                Label { textFormat: Text.PlainText; text: quote.modelData.score; font.family: Theme.monospaceFamily; Layout.preferredWidth: page.widths[7]; horizontalAlignment: Text.AlignRight }
                ColumnLayout {
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText
                        visible: quote.modelData.best
                        text: qsTr("best")
                        font.bold: true
                        color: Theme.success
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: quote.modelData.cheapest
                        text: qsTr("cheapest")
                        font.bold: true
                        color: Theme.info
                    }
                }
            }
            RowLayout {
                Layout.leftMargin: page.widths[0] + page.columnGap // under the supplier
                spacing: Theme.pageSpacing
                visible: quote.modelData.scores.length > 0
                Repeater {
                    model: quote.modelData.scores
                    delegate: RowLayout {
                        id: scoreCell
                        required property var modelData
                        spacing: Theme.gapSmall
                        Label { textFormat: Text.PlainText; text: scoreCell.modelData.name; color: Theme.mutedText }
                        TextField {
                            objectName: "score_" + scoreCell.modelData.quoteId + "_" + scoreCell.modelData.criterionId
                            text: scoreCell.modelData.value
                            placeholderText: qsTr("unknown")
                            Layout.preferredWidth: 80 // "unknown" without eliding
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
                    Layout.leftMargin: page.widths[0] + page.columnGap
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: Theme.warning
                    text: note.modelData
                }
            }
        }
    }
    Label {
        id: quoteStatus
        objectName: "quoteStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: bid.hasQuotes
        objectName: "quoteBasis"
        text: bid.quoteBasis
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        visible: bid.hasQuotes
        objectName: "quoteSummary"
        text: bid.quoteSummary
    }
    Label {
        textFormat: Text.PlainText
        Layout.topMargin: Theme.gapLarge
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        visible: bid.hasQuotes
        text: qsTr("Normalisation and scoring: docs/bids.md. Same numbers: venuebid-cli quotes PROJECT.")
    }
}
