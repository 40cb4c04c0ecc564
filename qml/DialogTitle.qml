// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The title bar of a Dialog, as plain text: the style's header draws the title as rich text when it looks like
// markup, and titles carry file names and project text. Every Dialog sets `header: DialogTitle { text: title }`
// (tests/app/check_plain_text.cmake).
Label {
    id: label
    textFormat: Text.PlainText
    visible: label.text !== ""
    elide: Label.ElideRight
    font.bold: true
    padding: 6
    background: Rectangle {
        x: 1
        y: 1
        width: label.width - 2
        height: label.height - 1
        color: label.palette.window
        radius: 2
    }
}
