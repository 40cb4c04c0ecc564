// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** A number the user types, aligned right, with its unit after it and, under it, why the last text was not taken.
 *  The base of MoneyField and PercentField.
 *
 *  It shows the stored value formatted. When editing finishes (Enter, or focus leaves) with a text other than the
 *  stored value's, it emits committed(text): the page hands the text to C++, which parses it (never this field), and
 *  sets `error` to what is wrong, in words, or to "" when the value was taken. A text that was not taken stays in the
 *  field so that it can be corrected; Escape, or a new stored value, shows the stored value again.
 *
 *      MoneyField {
 *          currency: "USD"
 *          displayText: offer.ours                 // as C++ formatted it
 *          onCommitted: text => error = bid.setOurValue(offer.criterionId, text)
 *      } */
ColumnLayout {
    id: field
    /** The stored value: a number; undefined, null or NaN when it is not known (the field is then empty). */
    property var value
    /** Decimals shown. */
    property int decimals: 0
    /** The unit shown after the field ("TWD", "%"); "" for none. */
    property string unit
    /** The stored value as shown: digits grouped by thousands with a decimal point, as every figure of the app. A page
     *  may bind the text C++ formatted instead. */
    property string displayText: field.format(field.value)
    /** Why the last text was not taken, in words; "" when it was. The page sets it in onCommitted. */
    property string error
    /** The width of the text field. */
    property real fieldWidth: 110
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias readOnly: input.readOnly
    /** The text field itself. */
    readonly property alias input: input

    /** Editing finished with a text other than the stored value's: parse it and set `error`. */
    signal committed(string text)
    /** Editing finished (Enter, or focus left), as TextField's. */
    signal editingFinished()

    /** value with `decimals` decimals and thousands grouped ("1,234,500"); "" for an unknown value. */
    function format(v: var): string {
        if (v === undefined || v === null || v === "" || isNaN(v))
            return ""
        return Number(v).toLocaleString(Qt.locale("en_US"), "f", field.decimals)
    }
    /** Shows the stored value again, dropping what was typed. */
    function reset(): void {
        input.text = Qt.binding(() => field.displayText)
    }

    spacing: Theme.gapTiny
    onEditingFinished: {
        if (input.text === field.displayText)
            return
        field.committed(input.text)
        if (field.error === "")
            field.reset()
    }
    onDisplayTextChanged: {
        if (!input.activeFocus)
            field.reset()
    }

    RowLayout {
        id: row
        spacing: Theme.gapSmall
        TextField {
            id: input
            Layout.preferredWidth: field.fieldWidth
            text: field.displayText
            horizontalAlignment: Text.AlignRight
            placeholderText: qsTr("unknown")
            selectByMouse: true
            onEditingFinished: field.editingFinished()
            Keys.onEscapePressed: {
                field.error = ""
                field.reset()
            }
        }
        Label {
            visible: field.unit !== ""
            text: field.unit
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
    }
    Label {
        objectName: "fieldError"
        Layout.preferredWidth: Math.max(row.implicitWidth, 260)
        visible: field.error !== ""
        text: field.error
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.error
    }
}
