// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A combo box whose popup items are plain text: the style's items draw their text as rich text when it looks like
// markup, so a venue or evaluator named "<h1>…" would show as a heading. The closed box shows displayText in a
// text field, which is always plain. Views use this, never ComboBox (tests/app/check_plain_text.cmake).
ComboBox {
    id: control
    delegate: MenuItem {
        id: item
        required property int index
        // modelData is not required: a model with several roles (textRole "name") has none.
        required property var model
        width: ListView.view.width
        // qmllint disable unqualified
        // (Qt 6.4's qmllint cannot see the combo box's id from inside a delegate.)
        text: control.textRole ? (Array.isArray(control.model) ? item.model.modelData[control.textRole] : item.model[control.textRole])
                               : item.model.modelData
        font.weight: control.currentIndex === item.index ? Font.DemiBold : Font.Normal
        highlighted: control.highlightedIndex === item.index
        hoverEnabled: control.hoverEnabled
        // qmllint enable unqualified
        contentItem: Text {
            textFormat: Text.PlainText
            text: item.text
            font: item.font
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            color: item.highlighted ? item.palette.highlightedText : item.palette.text
        }
    }
}
