// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

Label {
    font.pixelSize: 18
    font.bold: true
    topPadding: 6
    bottomPadding: 4
}
