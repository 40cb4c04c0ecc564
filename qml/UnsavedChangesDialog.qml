// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import VenueBid.Backend

/** Asks what to do with unsaved changes before the project is closed or replaced: Save, Discard or Cancel. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** The project's name, for the question. */
    property string projectName

    /** What to do once the question is answered: "new", "open" or "close" (the window's business). */
    property string pendingAction

    title: qsTr("Unsaved changes")
    modal: true
    anchors.centerIn: parent
    width: 540 // explicit: an implicit width from the wrapped text and the button box loops
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
    // Discard has the destructive role: the dialog reports discarded() and stays open unless closed here.
    onDiscarded: dialog.close()

    Label {
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: qsTr("Save the changes to \"%1\" before continuing? Changes you do not save are lost.").arg(dialog.projectName)
    }
}
