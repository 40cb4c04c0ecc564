// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Adds or changes a destination of the comparison (its name and its value on every criterion) or a criterion (name,
 *  group, direction, weight, unit, whether we control it, and every destination's value on it). Values that are new
 *  or changed take the source URL (or, without one, the estimate's basis) and the as-of date given here (without any,
 *  they are stored unsourced); values left as they were keep their own, an unsourced one takes what is given here. The checks are the project file's (models/bid/destinationsedit.cpp); a refusal is a
 *  sentence under the field at fault. Ids are made from names. One undo step. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The controller of the page (DestinationsController). */
    required property var controller
    /** "destination" or "criterion". */
    property string kind: "destination"
    /** The record's index; -1 adds a new one. */
    property int index: -1
    property var fields: ({})
    property string error
    property string errorField

    function openFor(k: string, i: int): void {
        kind = k
        index = i
        fields = k === "criterion" ? controller.criterionFields(i) : controller.destinationFields(i)
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
    function setValue(k, text) {
        const f = fields
        const v = f.values.slice()
        v[k] = text
        f.values = v
        fields = f
    }
    // Untyped on purpose: the controller's map is read by key (qmllint cannot type a QVariantMap's keys).
    function save() {
        let r
        if (dialog.kind === "criterion")
            r = dialog.index < 0 ? controller.addCriterion(dialog.fields) : controller.updateCriterion(dialog.index, dialog.fields)
        else
            r = dialog.index < 0 ? controller.addDestination(dialog.fields) : controller.updateDestination(dialog.index, dialog.fields)
        // qmllint disable
        dialog.error = r["message"] ?? ""
        dialog.errorField = r["field"] ?? ""
        // qmllint enable
        if (dialog.error === "")
            close()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 680, 680)
    height: Math.min(parent ? parent.height * 0.9 : 640, 640)
    title: {
        const name = LanguageController.language === "zh-TW" ? (fields.nameZh || fields.nameEn) : (fields.nameEn || fields.nameZh)
        if (kind === "criterion")
            return index < 0 ? qsTr("Add comparison criterion") : qsTr("Comparison criterion %1").arg(name)
        return index < 0 ? qsTr("Add destination") : qsTr("Destination %1").arg(name)
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "saveDestinationButton"
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
                objectName: "destNameEn"
                Layout.fillWidth: true
                text: dialog.fields.nameEn ?? ""
                onTextEdited: dialog.setField("nameEn", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Name (Chinese)") }
            TextField {
                objectName: "destNameZh"
                Layout.fillWidth: true
                text: dialog.fields.nameZh ?? ""
                onTextEdited: dialog.setField("nameZh", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "name"; objectName: "destNameError" }

            // A criterion's own fields.
            Label { visible: dialog.kind === "criterion"; textFormat: Text.PlainText; text: qsTr("Group") }
            KeyChoice {
                visible: dialog.kind === "criterion"
                choices: dialog.controller.criterionChoices("group")
                current: dialog.fields.group ?? ""
                onChosen: key => dialog.setField("group", key)
            }
            Label { visible: dialog.kind === "criterion"; textFormat: Text.PlainText; text: qsTr("Direction") }
            KeyChoice {
                visible: dialog.kind === "criterion"
                choices: dialog.controller.criterionChoices("direction")
                current: dialog.fields.direction ?? ""
                onChosen: key => dialog.setField("direction", key)
            }
            Label { visible: dialog.kind === "criterion"; textFormat: Text.PlainText; text: qsTr("Weight") }
            NumberField {
                objectName: "destWeight"
                visible: dialog.kind === "criterion"
                kind: "decimal"
                value: dialog.fields.weight
                onCommitted: value => dialog.setField("weight", value)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "weight"; objectName: "destWeightError" }
            Label { visible: dialog.kind === "criterion"; textFormat: Text.PlainText; text: qsTr("Unit") }
            KeyChoice {
                visible: dialog.kind === "criterion"
                choices: dialog.controller.criterionChoices("unit")
                current: dialog.fields.unit ?? ""
                onChosen: key => dialog.setField("unit", key)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "unit" }
            Label { visible: dialog.kind === "criterion"; textFormat: Text.PlainText; text: qsTr("Bid offer") }
            CheckBox {
                visible: dialog.kind === "criterion"
                text: qsTr("We can change our value (subsidy, fee, rate …)")
                checked: dialog.fields.controllable ?? false
                onToggled: dialog.setField("controllable", checked)
            }

            SectionTitle {
                Layout.columnSpan: 2
                text: dialog.kind === "criterion" ? qsTr("Each destination's value") : qsTr("Value on each criterion")
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                visible: (dialog.fields.labels ?? []).length === 0
                color: Theme.mutedText
                text: dialog.kind === "criterion" ? qsTr("No destination yet: the values come with each destination.")
                                                  : qsTr("No criterion yet: add the host's criteria first.")
            }
            Repeater {
                model: dialog.fields.labels ?? []
                delegate: GridLayout {
                    id: valueRow
                    required property int index
                    required property string modelData
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.gap
                    Label { textFormat: Text.PlainText; text: valueRow.modelData; Layout.preferredWidth: 260; wrapMode: Text.Wrap }
                    TextField {
                        objectName: "destValue" + valueRow.index
                        Layout.preferredWidth: 160
                        horizontalAlignment: Text.AlignRight
                        text: (dialog.fields.values ?? [])[valueRow.index] ?? ""
                        onTextEdited: dialog.setValue(valueRow.index, text)
                    }
                    FieldError {
                        message: dialog.error
                        shown: dialog.errorField === ((dialog.fields.keys ?? [])[valueRow.index] ?? "-")
                    }
                }
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.mutedText
                text: qsTr("New or changed values take where they come from: a source URL, or how they were estimated, and the date they were true. Without them they are kept as unsourced, and the overview lists them.")
            }
            Label { textFormat: Text.PlainText; text: qsTr("Source URL") }
            TextField {
                objectName: "destSource"
                Layout.fillWidth: true
                placeholderText: "https://…"
                text: dialog.fields.source ?? ""
                onTextEdited: dialog.setField("source", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "source"; objectName: "destSourceError" }
            Label { textFormat: Text.PlainText; text: qsTr("Or estimated as") }
            TextField {
                objectName: "destBasis"
                Layout.fillWidth: true
                text: dialog.fields.basis ?? ""
                onTextEdited: dialog.setField("basis", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("As of") }
            TextField {
                objectName: "destAsOf"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY, YYYY-MM or YYYY-MM-DD")
                text: dialog.fields.asOf ?? ""
                onTextEdited: dialog.setField("asOf", text)
            }
            FieldError { message: dialog.error; shown: dialog.errorField === "as_of"; objectName: "destAsOfError" }
            FieldError { message: dialog.error; shown: dialog.errorField === ""; objectName: "destError" }
        }
    }
}
