// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Adds a budget line or changes one: description, category, basis, unit cost, quantity, currency, status, the
 *  formats it applies to, service charge and tax. The checks are the project file's (models/budget/budgetedit.cpp);
 *  a refusal is a sentence under the field at fault. The id is made from the description. One undo step. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The line's index in the budget; -1 adds a new one. */
    property int line: -1
    property var fields: ({})
    property string error
    property string errorField

    function openFor(l: int): void {
        line = l
        fields = BudgetController.lineFields(l)
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
        const r = dialog.line < 0 ? BudgetController.addLine(dialog.fields) : BudgetController.updateLine(dialog.line, dialog.fields)
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
    title: line < 0 ? qsTr("Add budget line") : qsTr("Budget line %1").arg(LanguageController.language === "zh-TW"
                                                                               ? (fields.descriptionZh || fields.descriptionEn)
                                                                               : (fields.descriptionEn || fields.descriptionZh))

    component ErrorText: Label {
        required property string field
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.columnSpan: 2
        wrapMode: Text.Wrap
        color: Theme.error
        visible: dialog.error !== "" && dialog.errorField === field
        text: dialog.error
    }
    component Choice: PlainComboBox {
        id: choice
        required property string key
        property var choices: []
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "key"
        model: choice.choices
        currentIndex: choice.choices.findIndex(c => c.key === dialog.fields[choice.key])
        onActivated: dialog.setField(choice.key, currentValue)
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "saveLineButton"
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
            Label { textFormat: Text.PlainText; text: qsTr("Description (English)") }
            TextField {
                objectName: "lineDescriptionEn"
                Layout.fillWidth: true
                text: dialog.fields.descriptionEn ?? ""
                onTextEdited: dialog.setField("descriptionEn", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Description (Chinese)") }
            TextField {
                objectName: "lineDescriptionZh"
                Layout.fillWidth: true
                text: dialog.fields.descriptionZh ?? ""
                onTextEdited: dialog.setField("descriptionZh", text)
            }
            ErrorText { field: "description" }
            Label { textFormat: Text.PlainText; text: qsTr("Category") }
            Choice { key: "category"; choices: BudgetController.lineChoices("category") }
            Label { textFormat: Text.PlainText; text: qsTr("Unit cost") }
            NumberField {
                objectName: "lineUnitCost"
                kind: "decimal"
                value: dialog.fields.unitCost
                onCommitted: value => dialog.setField("unitCost", value)
            }
            ErrorText { field: "unit_cost"; objectName: "lineUnitCostError" }
            Label { textFormat: Text.PlainText; text: qsTr("Currency") }
            Choice { key: "currency"; choices: BudgetController.lineChoices("currency") }
            ErrorText { field: "currency" }
            Label { textFormat: Text.PlainText; text: qsTr("Quantity") }
            NumberField {
                objectName: "lineQuantity"
                kind: "decimal"
                value: dialog.fields.quantity
                onCommitted: value => dialog.setField("quantity", value)
            }
            ErrorText { field: "quantity"; objectName: "lineQuantityError" }
            Label { textFormat: Text.PlainText; text: qsTr("Basis") }
            Choice { key: "basis"; choices: BudgetController.lineChoices("basis") }
            Label { textFormat: Text.PlainText; text: qsTr("Status") }
            Choice {
                key: "status"
                choices: [{ key: "estimate", text: qsTr("Estimate") }, { key: "quoted", text: qsTr("Quoted by the supplier") },
                          { key: "confirmed", text: qsTr("Confirmed") }]
            }
            Label { textFormat: Text.PlainText; text: qsTr("Business tax") }
            Choice {
                key: "tax"
                choices: [{ key: "excluded", text: qsTr("Added to the amount (未稅)") }, { key: "included", text: qsTr("Inside the amount (含稅)") },
                          { key: "exempt", text: qsTr("Exempt") }]
            }
            Label { textFormat: Text.PlainText; text: qsTr("Service charge") }
            CheckBox {
                objectName: "lineServiceCharge"
                text: qsTr("The venue's service charge applies")
                checked: dialog.fields.serviceCharge ?? false
                onToggled: dialog.setField("serviceCharge", checked)
            }
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
            ErrorText { field: "formats" }
            ErrorText { field: ""; objectName: "lineError" }
        }
    }
}
