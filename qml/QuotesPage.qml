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
        text: qsTr("No quotes received yet: add the first one below. It is compared on one basis with the ones that follow, by price per attendee until you add criteria.")
    }
    Row {
        id: quotesHeader
        visible: bid.hasQuotes
        spacing: page.columnGap
        Label { textFormat: Text.PlainText; text: qsTr("Rank"); font.bold: true; width: page.widths[0]; wrapMode: Text.Wrap }
        Label { textFormat: Text.PlainText; text: qsTr("Supplier"); font.bold: true; width: page.widths[1]; wrapMode: Text.Wrap }
        Label { textFormat: Text.PlainText; text: qsTr("Quoted"); font.bold: true; width: page.widths[2]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Tax and service incl."); font.bold: true; width: page.widths[3]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Missing items"); font.bold: true; width: page.widths[4]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Comparable total"); font.bold: true; width: page.widths[5]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Per attendee"); font.bold: true; width: page.widths[6]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("Score"); font.bold: true; width: page.widths[7]; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
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
            Row {
                spacing: page.columnGap
                Label { textFormat: Text.PlainText; text: quote.modelData.rank; font.bold: true; width: page.widths[0] }
                Label {
                    text: quote.modelData.supplier
                    textFormat: Text.PlainText
                    font.bold: quote.modelData.best
                    width: page.widths[1]
                    wrapMode: Text.Wrap
                }
                Label { textFormat: Text.PlainText; text: quote.modelData.quoted; width: page.widths[2]; horizontalAlignment: Text.AlignRight }
                Label {
                    textFormat: Text.PlainText
                    text: quote.modelData.comparableKnown ? quote.modelData.total : qsTr("no FX rate")
                    color: quote.modelData.comparableKnown ? Theme.text : Theme.error
                    width: page.widths[3]
                    horizontalAlignment: Text.AlignRight
                }
                Label { textFormat: Text.PlainText; text: quote.modelData.missing; color: Theme.warning; width: page.widths[4]; horizontalAlignment: Text.AlignRight }
                Label { textFormat: Text.PlainText; text: quote.modelData.comparable; font.bold: true; width: page.widths[5]; horizontalAlignment: Text.AlignRight }
                Label { textFormat: Text.PlainText; text: quote.modelData.perAttendee; width: page.widths[6]; horizontalAlignment: Text.AlignRight }
                Label { textFormat: Text.PlainText; text: quote.modelData.score; font.family: Theme.monospaceFamily; width: page.widths[7]; horizontalAlignment: Text.AlignRight }
                Column {
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
                Button {
                    objectName: "editQuote_" + quote.modelData.id
                    text: qsTr("Edit")
                    // qmllint disable unqualified
                    onClicked: form.load(quote.modelData)
                    // qmllint enable unqualified
                }
                Button {
                    objectName: "deleteQuote_" + quote.modelData.id
                    text: qsTr("Delete")
                    // qmllint disable unqualified
                    onClicked: {
                        quoteStatus.text = bid.removeQuote(quote.modelData.id)
                        if (form.editId === quote.modelData.id)
                            form.clear()
                    }
                    // qmllint enable unqualified
                }
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
    // The quotes on the review's basis, the cheapest and the best in their own colours (exported as it is).
    ChartPanel {
        objectName: "quoteChart"
        svg: bid.quoteChart
        fileSuffix: "-quotes"
    }
    // ---- the quote form: adds a quote, or edits the one chosen with its Edit button ----
    SectionTitle {
        objectName: "quoteFormTitle"
        Layout.topMargin: Theme.gapLarge
        text: form.editId === "" ? qsTr("Add a received quote") : qsTr("Edit the quote from %1").arg(form.editSupplier)
    }
    ColumnLayout {
        id: form
        objectName: "quoteForm"
        Layout.fillWidth: true
        spacing: Theme.gapSmall
        /** The quote being edited ("" while adding one) and its supplier as it was. */
        property string editId: ""
        property string editSupplier: ""
        /** Why the last save was refused, and the field it concerns ("supplier", "amount", "currency", "includes"). */
        property string error: ""
        property string errorField: ""
        /** The inclusion ids ticked: none for a new quote, so that what it leaves out is priced, not assumed. */
        property var includes: []
        readonly property var taxKeys: ["excluded", "included", "exempt"]
        readonly property var serviceKeys: ["none", "excluded", "included"]

        function clear(): void {
            editId = ""
            editSupplier = ""
            supplierField.text = ""
            amountField.text = ""
            currencyBox.currentIndex = 0
            taxBox.currentIndex = 0
            serviceBox.currentIndex = 0
            includes = [] // nothing ticked: every item left out is priced at the estimate
            error = ""
            errorField = ""
        }
        function load(q: var): void {
            editId = q.id
            editSupplier = q.supplier
            supplierField.text = q.supplier
            amountField.text = q.amount
            currencyBox.currentIndex = Math.max(0, bid.currencies.indexOf(q.currency))
            taxBox.currentIndex = Math.max(0, taxKeys.indexOf(q.tax))
            serviceBox.currentIndex = Math.max(0, serviceKeys.indexOf(q.service))
            includes = q.includes.slice()
            error = ""
            errorField = ""
        }
        function toggle(id: string, on: bool): void {
            const next = includes.filter(x => x !== id)
            if (on)
                next.push(id)
            includes = next
        }
        function save(): void {
            const tax = taxKeys[taxBox.currentIndex]
            const service = serviceKeys[serviceBox.currentIndex]
            const r = Object(editId === "" ? bid.addQuote(supplierField.text, amountField.text, currencyBox.currentText, tax, service, includes)
                                    : bid.setQuote(editId, supplierField.text, amountField.text, currencyBox.currentText, tax, service, includes))
            error = r["error"]
            errorField = r["field"]
            quoteStatus.text = ""
            formWarning.text = r["warning"] || ""
            if (r["error"] === "") {
                const w = formWarning.text
                clear()
                formWarning.text = w
            }
        }

        GridLayout {
            columns: 2
            columnSpacing: Theme.gapWide
            rowSpacing: Theme.gapSmall
            Label { textFormat: Text.PlainText; text: qsTr("Supplier") }
            ColumnLayout {
                spacing: Theme.gapTiny
                TextField {
                    id: supplierField
                    objectName: "quoteSupplier"
                    Layout.preferredWidth: 290
                    placeholderText: qsTr("e.g. Taipei International Convention Center")
                }
                Label {
                    objectName: "quoteSupplierError"
                    textFormat: Text.PlainText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.maximumWidth: Math.max(290, page.viewWidth - 200)
                    visible: text !== ""
                    text: form.errorField === "supplier" ? form.error : ""
                }
            }
            Label { textFormat: Text.PlainText; text: qsTr("Amount quoted") }
            ColumnLayout {
                spacing: Theme.gapTiny
                RowLayout {
                    spacing: Theme.gapSmall
                    TextField {
                        id: amountField
                        objectName: "quoteAmount"
                        Layout.preferredWidth: 150
                        horizontalAlignment: Text.AlignRight
                        placeholderText: "1,050,000"
                    }
                    PlainComboBox {
                        id: currencyBox
                        objectName: "quoteCurrency"
                        Layout.preferredWidth: 90
                        model: bid.currencies
                    }
                    PlainComboBox {
                        id: taxBox
                        objectName: "quoteTax"
                        Layout.preferredWidth: 150
                        model: [qsTr("excl. tax (未稅)"), qsTr("incl. tax (含稅)"), qsTr("tax exempt")]
                    }
                    PlainComboBox {
                        id: serviceBox
                        objectName: "quoteService"
                        Layout.preferredWidth: 210
                        model: [qsTr("no service charge"), qsTr("plus 10 % service charge"), qsTr("service charge included")]
                    }
                }
                Label {
                    objectName: "quoteAmountError"
                    textFormat: Text.PlainText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.maximumWidth: Math.max(290, page.viewWidth - 200)
                    visible: text !== ""
                    text: form.errorField === "amount" || form.errorField === "currency" ? form.error : ""
                }
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Includes")
                visible: bid.inclusions.length > 0
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                spacing: 0
                visible: bid.inclusions.length > 0
                Flow {
                    Layout.preferredWidth: Math.max(290, page.viewWidth - 200)
                    spacing: Theme.gapSmall
                    Repeater {
                        model: bid.inclusions
                        delegate: CheckBox {
                            id: inclusionBox
                            required property var modelData
                            objectName: "quoteIncludes_" + inclusionBox.modelData.id
                            text: qsTr("%1 (estimate %2)").arg(inclusionBox.modelData.name).arg(inclusionBox.modelData.estimate)
                            // qmllint disable unqualified
                            checked: form.includes.indexOf(inclusionBox.modelData.id) >= 0
                            onToggled: {
                                form.toggle(inclusionBox.modelData.id, checked)
                                // Follow the form again (a click replaced the binding): cleared or loaded, it shows the form's list.
                                checked = Qt.binding(() => form.includes.indexOf(inclusionBox.modelData.id) >= 0)
                            }
                            // qmllint enable unqualified
                            contentItem: Label {
                                textFormat: Text.PlainText
                                text: inclusionBox.text
                                leftPadding: inclusionBox.indicator.width + inclusionBox.spacing
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.preferredWidth: Math.max(290, page.viewWidth - 200)
                    text: qsTr("An item left out is priced at the estimate, so that every quote covers the same scope.")
                }
                Label {
                    objectName: "quoteIncludesError"
                    textFormat: Text.PlainText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    visible: text !== ""
                    text: form.errorField === "includes" ? form.error : ""
                }
            }
        }
        Label {
            objectName: "quoteFormError"
            textFormat: Text.PlainText
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            visible: text !== ""
            text: form.errorField === "" ? form.error : ""
        }
        Label {
            id: formWarning
            objectName: "quoteFormWarning"
            textFormat: Text.PlainText
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            visible: text !== ""
        }
        RowLayout {
            spacing: Theme.gapSmall
            Button {
                objectName: "saveQuote"
                text: form.editId === "" ? qsTr("Add quote") : qsTr("Save changes")
                enabled: supplierField.text.trim() !== "" && amountField.text.trim() !== ""
                onClicked: form.save()
            }
            Button {
                objectName: "cancelQuote"
                text: qsTr("Cancel")
                visible: form.editId !== ""
                onClicked: form.clear()
            }
        }
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
