// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The client quote: every version (v1, v2, …) with its terms, totals and what changed; export the client quote
 *  (prices only) as PDF or ODT, and the internal cost sheet (cost, markup, margin) as PDF or XLSX. */
PageScaffold {
    id: quotePage
    description: qsTr("Quote = budget cost per category + markup − discount + 5 % business tax. The same documents: venuebid-cli quote PROJECT --version N --out quote.pdf, and with --cost-sheet the internal cost sheet.")

    RowLayout {
        spacing: Theme.gap
        Label {
            objectName: "noQuoteVersions"
            textFormat: Text.PlainText
            visible: BudgetController.quotes.count === 0
            text: qsTr("No quote versions yet.")
        }
        Button {
            objectName: "newQuoteVersion"
            text: qsTr("New version…")
            onClicked: versionDialog.openNext()
        }
    }
    QuoteVersionDialog {
        id: versionDialog
        objectName: "quoteVersionDialog"
        parent: Overlay.overlay
    }
    Repeater {
        model: BudgetController.quotes
        delegate: Frame {
            id: card
            required property int index
            required property string version
            required property string issued
            required property string formatName
            required property string terms
            required property string beforeTax
            required property string tax
            required property string total
            required property bool changed
            required property var changes
            required property string paymentTerms
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                RowLayout {
                    Label {
                        textFormat: Text.PlainText
                        text: card.version + " · " + card.issued + " · " + card.formatName
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "exportQuote" + card.index
                        text: qsTr("Export quote…")
                        onClicked: exportDialog.ask()
                    }
                    Button {
                        objectName: "exportCostSheet" + card.index
                        text: qsTr("Export cost sheet (internal)…")
                        onClicked: costSheetDialog.ask()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: card.terms
                }
                Label {
                    id: exportStatus
                    objectName: "quoteExportStatus" + card.index
                    visible: text !== ""
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Excl. tax (未稅) %1 · business tax %2 · incl. tax (含稅) %3").arg(card.beforeTax).arg(card.tax).arg(card.total)
                    font.bold: true
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Payment terms: %1").arg(card.paymentTerms)
                }
                Label {
                    textFormat: Text.PlainText
                    visible: card.changed
                    color: Theme.error
                    text: qsTr("The budget changed after this version was issued.")
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Changes: %1").arg(card.changes.join("; "))
                }
            }
            SaveFileDialog {
                id: exportDialog
                objectName: "quoteExportDialog" + card.index
                title: qsTr("Export quote")
                suggestedSuffix: "-quote-" + card.version + ".pdf"
                defaultSuffix: "pdf"
                nameFilters: [qsTr("PDF (*.pdf)"), qsTr("OpenDocument text (*.odt)")]
                onAccepted: {
                    const error = BudgetController.exportQuote(card.index, selectedFile)
                    exportStatus.text = error === "" ? qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile)) : error
                }
            }
            SaveFileDialog {
                id: costSheetDialog
                objectName: "costSheetDialog" + card.index
                title: qsTr("Export cost sheet (internal)")
                suggestedSuffix: "-cost-sheet-" + card.version + ".pdf"
                defaultSuffix: "pdf"
                nameFilters: [qsTr("PDF (*.pdf)"), qsTr("Excel workbook (*.xlsx)")]
                onAccepted: {
                    const error = BudgetController.exportCostSheet(card.index, selectedFile)
                    exportStatus.text = error === "" ? qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile)) : error
                }
            }
        }
    }
}
