// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A tool tip that shows its text as plain text: the style's tool tip draws it as rich text when it looks like
// markup, so project text ("<img src=…>" in a note) would run as HTML. Views use this, never the attached ToolTip
// (tests/app/check_plain_text.cmake refuses `ToolTip.text`). Put it inside the item it explains.
ToolTip {
    id: control
    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        color: control.palette.toolTipText
    }
}
