// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Adds a criterion, or renames one, changes its direction or unit, moves it in the list or deletes it. The checks
 *  are the project file's (models/venues/criteriaedit.cpp); a refusal is a sentence under the field at fault. The id
 *  is made from the name. Deleting says first what else goes with the criterion (its AHP judgements) and what stays
 *  (the venues' values, as venue facts). Every change is one undo step. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The criterion's row in RankingController.criteria; -1 adds a new one. */
    property int row: -1
    property string nameEn
    property string nameZh
    property string direction: "benefit"
    property string unit
    /** The new criterion's share of the total weight, as a fraction (PercentField). */
    property real share: 0.1
    property var units: []
    /** How many criteria there are (the page's list). */
    property int criterionCount: 0
    /** The refusal of the last save and the field it is about ("name", "unit", "weight" or ""). */
    property string error
    property string errorField
    /** Delete was pressed once: the consequences are shown, a second press deletes. */
    property bool confirmingDelete: false
    property string removalText

    // Untyped on purpose: the controller's maps are read by key (qmllint cannot type a QVariantMap's keys).
    function openFor(r) {
        row = r
        const f = RankingController.criterionFields(r)
        nameEn = f["nameEn"]
        nameZh = f["nameZh"]
        direction = f["direction"]
        units = RankingController.criterionUnits(r)
        unit = r >= 0 ? f["unit"] : units[0].code
        share = 0.1
        error = ""
        errorField = ""
        confirmingDelete = false
        removalText = ""
        open()
    }
    function fields(): var {
        return { nameEn: dialog.nameEn, nameZh: dialog.nameZh, direction: dialog.direction, unit: dialog.unit, percent: dialog.share * 100 }
    }
    function save() {
        const r = dialog.row < 0 ? RankingController.addCriterion(dialog.fields()) : RankingController.updateCriterion(dialog.row, dialog.fields())
        // qmllint disable
        dialog.error = r["message"] ?? ""
        dialog.errorField = r["field"] ?? ""
        // qmllint enable
        if (dialog.error === "")
            close()
    }
    function move(delta: int): void {
        const e = RankingController.moveCriterion(dialog.row, delta)
        dialog.error = e
        dialog.errorField = ""
        if (e === "")
            dialog.row = Math.max(0, Math.min(dialog.criterionCount - 1, dialog.row + delta))
    }
    function remove(): void {
        if (!dialog.confirmingDelete) {
            dialog.removalText = RankingController.criterionRemovalText(dialog.row)
            dialog.confirmingDelete = true
            return
        }
        const e = RankingController.removeCriterion(dialog.row)
        dialog.error = e
        dialog.errorField = ""
        if (e === "")
            close()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 620, 620)
    title: row < 0 ? qsTr("Add criterion") : qsTr("Criterion %1").arg(nameEn !== "" && LanguageController.language !== "zh-TW" ? nameEn : (nameZh || nameEn))

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

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "saveCriterionButton"
            text: qsTr("Save")
            onClicked: dialog.save()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("Name (English)") }
            TextField {
                objectName: "criterionNameEn"
                Layout.fillWidth: true
                text: dialog.nameEn
                onTextEdited: dialog.nameEn = text
            }
            Label { textFormat: Text.PlainText; text: qsTr("Name (Chinese)") }
            TextField {
                objectName: "criterionNameZh"
                Layout.fillWidth: true
                text: dialog.nameZh
                onTextEdited: dialog.nameZh = text
            }
            ErrorText { field: "name"; objectName: "criterionNameError" }
            Label { textFormat: Text.PlainText; text: qsTr("Direction") }
            PlainComboBox {
                objectName: "criterionDirection"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("higher is better"), value: "benefit" }, { text: qsTr("lower is better"), value: "cost" }]
                currentIndex: dialog.direction === "cost" ? 1 : 0
                onActivated: dialog.direction = currentValue
            }
            Label { textFormat: Text.PlainText; text: qsTr("Unit") }
            PlainComboBox {
                objectName: "criterionUnit"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "code"
                model: dialog.units
                currentIndex: dialog.units.findIndex(u => u.code === dialog.unit)
                onActivated: dialog.unit = currentValue
            }
            ErrorText { field: "unit" }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Weight")
                visible: dialog.row < 0
            }
            PercentField {
                objectName: "criterionWeight"
                visible: dialog.row < 0
                value: dialog.share
                onCommitted: value => dialog.share = value
            }
            ErrorText { field: "weight"; objectName: "criterionWeightError" }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            visible: dialog.row < 0
            text: qsTr("The venues' values are read from their facts of the same name (add them in the venue editor); the other criteria's weights are rescaled so that they sum to 100 %.")
        }
        RowLayout {
            visible: dialog.row >= 0
            spacing: Theme.gap
            Button {
                objectName: "criterionMoveUp"
                text: qsTr("Move up")
                enabled: dialog.row > 0
                onClicked: dialog.move(-1)
            }
            Button {
                objectName: "criterionMoveDown"
                text: qsTr("Move down")
                enabled: dialog.row >= 0 && dialog.row < dialog.criterionCount - 1
                onClicked: dialog.move(1)
            }
            Button {
                objectName: "criterionDelete"
                text: dialog.confirmingDelete ? qsTr("Delete it") : qsTr("Delete…")
                onClicked: dialog.remove()
            }
        }
        Label {
            objectName: "criterionRemovalText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.confirmingDelete
            text: dialog.removalText
        }
        ErrorText { field: ""; objectName: "criterionError" }
    }
}
