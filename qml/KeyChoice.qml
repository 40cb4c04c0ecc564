// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts

/** A choice among [{key, text}] (text in the UI language, key as the file writes it), showing `current`:
 *
 *      KeyChoice { choices: BudgetController.revenueTypeChoices(); current: dialog.fields.type ?? ""
 *                  onChosen: key => dialog.setField("type", key) } */
PlainComboBox {
    id: choice
    property var choices: []
    property string current
    signal chosen(string key)
    Layout.fillWidth: true
    textRole: "text"
    valueRole: "key"
    model: choice.choices
    currentIndex: choice.choices.findIndex(c => c.key === choice.current)
    onActivated: choice.chosen(currentValue)
}
