// SPDX-License-Identifier: GPL-3.0-or-later
// Bound: the "Keep for later" button, made from a Component, closes this dialog by its id.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

/** Asks what to do with unsaved changes before the project is closed or replaced: Save, Discard or Cancel, and
 *  with canKeep also "Keep for later" (the changes are kept as a recovery copy and offered at the next start). */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The project's name, for the question. */
    property string projectName

    /** What to do once the question is answered: "new", "open" or "close" (the window's business). */
    property string pendingAction
    /** Offer "Keep for later" (autosave and recovery are on). */
    property bool canKeep: false

    signal keepRequested()

    title: qsTr("Unsaved changes")
    modal: true
    anchors.centerIn: parent
    width: 540 // explicit: an implicit width from the wrapped text and the button box loops
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
    // Discard has the destructive role: the dialog reports discarded() and stays open unless closed here.
    onDiscarded: dialog.close()
    Component.onCompleted: {
        if (dialog.canKeep && dialog.footer)
            (dialog.footer as DialogButtonBox).addItem(keepButton.createObject(dialog.footer))
    }

    Component {
        id: keepButton
        Button {
            objectName: "keepForLaterButton"
            text: qsTr("Keep for later")
            onClicked: {
                dialog.close()
                dialog.keepRequested()
            }
        }
    }

    Label {
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: dialog.canKeep
              ? qsTr("Save the changes to \"%1\" before continuing? Changes you discard are lost; changes you keep for later are offered the next time VenueBid starts.").arg(dialog.projectName)
              : qsTr("Save the changes to \"%1\" before continuing? Changes you do not save are lost.").arg(dialog.projectName)
    }
}
