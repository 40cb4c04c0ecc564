// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** Running text in a page's column: plain text, wrapped to the page's width (wrapWidth: the page's viewWidth).
 *
 *  Its height in the layout is measured at that width rather than read from the label's own implicit height. A page
 *  that does not scroll (a table with its own scroll bar) lays its column out for a fixed height; in that pass the
 *  label still reports one unwrapped line, the layout ignores the height the label reports once it has wrapped, and
 *  the lines below would be drawn over the second and later lines of the text. */
Label {
    id: paragraph
    /** The width the text wraps to; 0 = the label's own width (then the label's implicit height is used). */
    property real wrapWidth: 0
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Layout.maximumWidth: wrapWidth > 0 ? wrapWidth : Infinity
    Layout.preferredHeight: wrapWidth > 0 ? measure.implicitHeight + topPadding + bottomPadding : -1

    Text {
        id: measure
        visible: false
        width: Math.max(0, paragraph.wrapWidth - paragraph.leftPadding - paragraph.rightPadding)
        wrapMode: paragraph.wrapMode
        textFormat: Text.PlainText
        font: paragraph.font
        text: paragraph.text
    }
}
