// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** "Move up" and "Move down" of one item of a list, beside its delete button: each move is one undo step in the
 *  page's controller. The page says whether the item can move (disabled at the first and last place) and does the
 *  move in onMoved(delta), delta −1 (up) or +1 (down). objectName "X" gives the buttons "X_up" and "X_down". */
RowLayout {
    id: moveButtons
    property bool canMoveUp: false
    property bool canMoveDown: false
    signal moved(int delta)
    spacing: 0

    Button {
        id: upButton
        objectName: moveButtons.objectName + "_up"
        text: "↑"
        Accessible.name: qsTr("Move up")
        implicitWidth: 30
        enabled: moveButtons.canMoveUp
        onClicked: moveButtons.moved(-1)
        PlainToolTip {
            visible: upButton.hovered
            text: qsTr("Move up")
        }
    }
    Button {
        id: downButton
        objectName: moveButtons.objectName + "_down"
        text: "↓"
        Accessible.name: qsTr("Move down")
        implicitWidth: 30
        enabled: moveButtons.canMoveDown
        onClicked: moveButtons.moved(1)
        PlainToolTip {
            visible: downButton.hovered
            text: qsTr("Move down")
        }
    }
}
