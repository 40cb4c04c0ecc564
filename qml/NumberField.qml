// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** A number the user types, aligned right, with its unit after it and, under it, why the last text was not taken.
 *  The base of MoneyField and PercentField.
 *
 *  It shows the stored value formatted by the Numbers formatters. When editing finishes (Enter, or focus leaves) with
 *  a text other than the stored value's, the one number parser reads it (Numbers.parse, by `kind`: thousand
 *  separators, either decimal convention, full-width digits, a percent sign; docs/numbers.md). A text it refuses stays
 *  in the field with the reason under it, in the UI language; a number it reads is handed on with committed(value,
 *  text), and the page gives the value to C++, which may still refuse it (a limit of its own) by setting `error`.
 *  Escape, or a new stored value, shows the stored value again.
 *
 *      NumberField {
 *          kind: "count"
 *          displayText: offer.ours                 // as C++ formatted it
 *          onCommitted: value => error = bid.setOurValue(offer.criterionId, String(value))
 *      } */
ColumnLayout {
    id: field
    /** What the field holds, as docs/numbers.md names it: "count", "integer", "decimal", "money" or "percent". */
    property string kind: "decimal"
    /** The stored value: a number (for "percent" a fraction: 0.125 is 12.5 %); undefined, null or NaN when it is not
     *  known (the field is then empty). */
    property var value
    /** Decimals shown of a percentage. */
    property int decimals: 1
    /** The unit shown after the field ("TWD"); "" for none. */
    property string unit
    /** The stored value as shown, by the Numbers formatters (digits grouped by thousands, "." the decimal point). A
     *  page may bind the text C++ formatted instead. */
    property string displayText: field.format(field.value)
    /** Why the last text was not taken, in words; "" when it was. Set by the parser, or by the page in onCommitted. */
    property string error
    /** The width of the text field. */
    property real fieldWidth: 110
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias readOnly: input.readOnly
    /** The text field itself. */
    readonly property alias input: input

    /** Editing finished with a text the parser read: `value` is the number (a fraction for "percent"), `text` as
     *  typed. The page stores the value and sets `error` when C++ refuses it. */
    signal committed(var value, string text)
    /** Editing finished (Enter, or focus left), as TextField's. */
    signal editingFinished()

    /** value as the field shows it ("1,234,500", "12.5 %"); "" for an unknown value. */
    function format(v: var): string {
        if (v === undefined || v === null || v === "" || isNaN(v))
            return ""
        switch (field.kind) {
        case "percent": return Numbers.percent(v, field.decimals)
        case "money": return Numbers.money(v, "")
        case "decimal": return Numbers.grouped(v)
        default: return Numbers.count(v)
        }
    }
    /** Shows the stored value again, dropping what was typed. */
    function reset(): void {
        input.text = Qt.binding(() => field.displayText)
    }

    spacing: Theme.gapTiny
    onEditingFinished: {
        if (input.text === field.displayText)
            return
        const read = Numbers.parse(input.text, field.kind)
        if (!read.ok) {
            field.error = read.error
            return
        }
        field.error = ""
        field.committed(read.value, input.text)
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
