// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** The heading of a section of a page. */
Label {
    textFormat: Text.PlainText
    font.pixelSize: Theme.fontSectionTitle
    font.bold: true
    topPadding: Theme.gapSmall + Theme.gapTiny
    bottomPadding: Theme.gapSmall
}
