// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** Offers the autosaved changes of a project that was not saved (the app was killed or quit keeping them):
 *  Recover (opens them as a modified, unsaved project), Discard (deletes the copy) or Later (asks at the next start).
 *  Each button says what it does in onClicked: no button roles (Qt 6.4's qmllint cannot resolve them). */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The project file the changes belong to ("" for a new project never saved). */
    property string projectPath
    /** Its name and the time of the copy, as shown. */
    property string fileName
    property string savedAt

    signal recoverRequested(string projectPath)
    signal discardRequested(string projectPath)

    title: qsTr("Unsaved changes found")
    modal: true
    anchors.centerIn: parent
    width: 560 // explicit: an implicit width from the wrapped text and the button box loops
    // Escape or a click outside is "Later": the copy stays and is offered at the next start.
    footer: DialogButtonBox {
        Button {
            objectName: "recoverButton"
            text: qsTr("Recover")
            highlighted: true
            onClicked: {
                dialog.close()
                dialog.recoverRequested(dialog.projectPath)
            }
        }
        Button {
            objectName: "discardRecoveryButton"
            text: qsTr("Discard")
            onClicked: {
                dialog.close()
                dialog.discardRequested(dialog.projectPath)
            }
        }
        Button {
            objectName: "laterButton"
            text: qsTr("Later")
            onClicked: dialog.close()
        }
    }

    Label {
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: qsTr("Recover the unsaved changes of \"%1\" from %2?").arg(dialog.fileName).arg(dialog.savedAt)
    }
}
