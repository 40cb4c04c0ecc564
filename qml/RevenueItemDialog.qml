// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Adds a revenue item or changes one: name, type, fee or unit price, currency, the share of the audience that pays
 *  it (registration) or the quantity (sponsorship packages, booths, m²), the formats it applies to and its source.
 *  The checks are the project file's (models/budget/budgetedit.cpp); a refusal is a sentence under the field at
 *  fault. The id is made from the name. One undo step. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The item's index in the revenue; -1 adds a new one. */
    property int item: -1
    property var fields: ({})
    property string error
    property string errorField
    readonly property bool registration: (fields.type ?? "") === "registration"

    function openFor(i: int): void {
        item = i
        fields = BudgetController.revenueFields(i)
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
        const r = dialog.item < 0 ? BudgetController.addRevenue(dialog.fields) : BudgetController.updateRevenue(dialog.item, dialog.fields)
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
    title: item < 0 ? qsTr("Add revenue item") : qsTr("Revenue item %1").arg(LanguageController.language === "zh-TW"
                                                                              ? (fields.nameZh || fields.nameEn)
                                                                              : (fields.nameEn || fields.nameZh))

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "saveRevenueButton"
            text: qsTr("Save")
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
            Label { textFormat: Text.PlainText; text: qsTr("Name (English)") }
            TextField {
                objectName: "revenueNameEn"
                Layout.fillWidth: true
                text: dialog.fields.nameEn ?? ""
                onTextEdited: dialog.setField("nameEn", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Name (Chinese)") }
            TextField {
                objectName: "revenueNameZh"
                Layout.fillWidth: true
                text: dialog.fields.nameZh ?? ""
                onTextEdited: dialog.setField("nameZh", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "name" }
            Label { textFormat: Text.PlainText; text: qsTr("Type") }
            KeyChoice {
                objectName: "revenueType"
                choices: BudgetController.revenueTypeChoices()
                current: dialog.fields.type ?? ""
                onChosen: key => dialog.setField("type", key)
            }
            Label { textFormat: Text.PlainText; text: dialog.registration ? qsTr("Fee per attendee") : qsTr("Amount per unit") }
            NumberField {
                objectName: "revenueAmount"
                kind: "count"
                value: dialog.fields.amount
                onCommitted: value => dialog.setField("amount", value)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "amount"; objectName: "revenueAmountError" }
            Label { textFormat: Text.PlainText; text: qsTr("Currency") }
            KeyChoice {
                choices: BudgetController.lineChoices("currency")
                current: dialog.fields.currency ?? ""
                onChosen: key => dialog.setField("currency", key)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "currency" }
            Label { textFormat: Text.PlainText; visible: dialog.registration; text: qsTr("Paid by") }
            KeyChoice {
                visible: dialog.registration
                choices: [{ key: "onsite", text: qsTr("on-site attendees") }, { key: "online", text: qsTr("online attendees") }]
                current: dialog.fields.onlineAudience ? "online" : "onsite"
                onChosen: key => dialog.setField("onlineAudience", key === "online")
            }
            Label { textFormat: Text.PlainText; visible: dialog.registration; text: qsTr("Share of them") }
            NumberField {
                objectName: "revenueShare"
                visible: dialog.registration
                kind: "decimal"
                unit: "%"
                value: dialog.fields.share
                onCommitted: value => dialog.setField("share", value)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "share"; objectName: "revenueShareError" }
            Label { textFormat: Text.PlainText; visible: !dialog.registration; text: qsTr("Quantity") }
            NumberField {
                objectName: "revenueQuantity"
                visible: !dialog.registration
                kind: "count"
                value: dialog.fields.quantity
                onCommitted: value => dialog.setField("quantity", value)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "quantity"; objectName: "revenueQuantityError" }
            Label { textFormat: Text.PlainText; visible: (dialog.fields.type ?? "") === "exhibition"; text: qsTr("Unit") }
            KeyChoice {
                visible: (dialog.fields.type ?? "") === "exhibition"
                choices: [{ key: "", text: qsTr("(none)") }, { key: "booth", text: qsTr("booths") }, { key: "m2", text: qsTr("m²") }]
                current: dialog.fields.unit ?? ""
                onChosen: key => dialog.setField("unit", key)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "unit" }
            Label { textFormat: Text.PlainText; text: qsTr("Formats") }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: [{ key: "onsite", text: qsTr("On site") }, { key: "hybrid", text: qsTr("Hybrid") }, { key: "online", text: qsTr("Online") }]
                    delegate: CheckBox {
                        required property var modelData
                        text: modelData.text
                        checked: dialog.fields[modelData.key] ?? false
                        onToggled: dialog.setField(modelData.key, checked)
                    }
                }
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "formats" }
            Label { textFormat: Text.PlainText; text: qsTr("Source (optional)") }
            TextField {
                objectName: "revenueSource"
                Layout.fillWidth: true
                placeholderText: "https://…"
                text: dialog.fields.source ?? ""
                onTextEdited: dialog.setField("source", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "source" }
            FieldError { message: dialog.error; shown: dialog.errorField === ""; objectName: "revenueError" }
        }
    }
}
