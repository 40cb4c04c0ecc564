// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Issues the next quote version: the day it is issued, the format quoted, markup and discount, validity, payment
 *  terms, what changed (the client sees it) and the detail (categories or lines). It starts from the last version's
 *  terms; the budget's current totals are frozen in it. The checks are the project file's
 *  (models/budget/budgetedit.cpp); a refusal is a sentence under the field at fault. One undo step. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    property var fields: ({})
    property string error
    property string errorField

    function openNext(): void {
        fields = BudgetController.nextQuoteFields()
        error = ""
        errorField = ""
        open()
    }
    // Untyped on purpose: Qt 6.4's ahead-of-time compiled version of this function loses the change to the map.
    function setField(key, value) {
        const f = fields // reassigned, not mutated in place: a var property hands out a copy
        f[key] = value
        fields = f
    }
    // Untyped on purpose: the controller's map is read by key (qmllint cannot type a QVariantMap's keys).
    function save() {
        const r = BudgetController.addQuoteVersion(dialog.fields)
        // qmllint disable
        dialog.error = r["message"] ?? ""
        dialog.errorField = r["field"] ?? ""
        // qmllint enable
        if (dialog.error === "")
            close()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 640, 640)
    height: Math.min(parent ? parent.height * 0.9 : 600, 600)
    title: qsTr("New quote version")

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "issueQuoteButton"
            text: qsTr("Issue")
            onClicked: dialog.save()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }

    ScrollView {
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("Issued on") }
            TextField {
                objectName: "quoteIssued"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                text: dialog.fields.issued ?? ""
                onTextEdited: dialog.setField("issued", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "issued"; objectName: "quoteIssuedError" }
            Label { textFormat: Text.PlainText; text: qsTr("Format quoted") }
            KeyChoice {
                objectName: "quoteFormat"
                choices: [{ key: "onsite", text: qsTr("On-site") }, { key: "hybrid", text: qsTr("Hybrid") },
                          { key: "online", text: qsTr("Online") }]
                current: dialog.fields.format ?? "onsite"
                onChosen: key => dialog.setField("format", key)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Markup (internal)") }
            NumberField {
                objectName: "quoteMarkup"
                kind: "decimal"
                unit: "%"
                value: dialog.fields.markup
                onCommitted: value => dialog.setField("markup", value)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "markup"; objectName: "quoteMarkupError" }
            Label { textFormat: Text.PlainText; text: qsTr("Discount") }
            NumberField {
                objectName: "quoteDiscount"
                kind: "decimal"
                unit: "%"
                value: dialog.fields.discount
                onCommitted: value => dialog.setField("discount", value)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "discount"; objectName: "quoteDiscountError" }
            Label { textFormat: Text.PlainText; text: qsTr("Valid until") }
            TextField {
                objectName: "quoteValidUntil"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                text: dialog.fields.validUntil ?? ""
                onTextEdited: dialog.setField("validUntil", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "valid_until"; objectName: "quoteValidUntilError" }
            Label { textFormat: Text.PlainText; text: qsTr("Payment terms (English)") }
            TextField {
                objectName: "quotePaymentEn"
                Layout.fillWidth: true
                text: dialog.fields.paymentTermsEn ?? ""
                onTextEdited: dialog.setField("paymentTermsEn", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Payment terms (Chinese)") }
            TextField {
                objectName: "quotePaymentZh"
                Layout.fillWidth: true
                text: dialog.fields.paymentTermsZh ?? ""
                onTextEdited: dialog.setField("paymentTermsZh", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "payment_terms"; objectName: "quotePaymentError" }
            Label { textFormat: Text.PlainText; text: qsTr("What changed (English)") }
            TextField {
                objectName: "quoteChangeEn"
                Layout.fillWidth: true
                text: dialog.fields.changeNoteEn ?? ""
                onTextEdited: dialog.setField("changeNoteEn", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("What changed (Chinese)") }
            TextField {
                objectName: "quoteChangeZh"
                Layout.fillWidth: true
                text: dialog.fields.changeNoteZh ?? ""
                onTextEdited: dialog.setField("changeNoteZh", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Prices shown") }
            KeyChoice {
                objectName: "quoteDetail"
                choices: [{ key: "categories", text: qsTr("by category") }, { key: "lines", text: qsTr("line by line") }]
                current: dialog.fields.detail ?? "categories"
                onChosen: key => dialog.setField("detail", key)
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.mutedText
                text: qsTr("The client sees the prices, the discount, the validity, the payment terms and what changed; never the markup.")
            }
        }
    }
}
