// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** Why an editor refused a field, in words, under the field (the editors' refusals name their field):
 *
 *      FieldError { message: dialog.error; shown: dialog.errorField === "amount" } */
Label {
    property string message
    property bool shown
    textFormat: Text.PlainText
    Layout.fillWidth: true
    Layout.columnSpan: 2
    wrapMode: Text.Wrap
    color: Theme.error
    visible: shown && message !== ""
    text: message
}
