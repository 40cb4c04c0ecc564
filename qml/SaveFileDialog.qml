// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs
import VenueBid.Backend

/** Asks where to write a document or a copy of the project. It starts in the project's folder (the home folder for a
 *  new project) with a name made from the project's file name, its button says Save, and the name typed is the file
 *  written, with Save or Enter (FileDialogSupport). */
FileDialog {
    id: dialog
    /** Appended to the project's name for the suggested file, e.g. "-suitability.pdf"; "" suggests nothing. */
    property string suggestedSuffix: ""

    /** Opens the dialog on the suggested file. */
    function ask(): void {
        dialog.currentFolder = ProjectController.folderUrl
        if (dialog.suggestedSuffix !== "")
            dialog.selectedFile = ProjectController.suggestedFileUrl(dialog.suggestedSuffix)
        dialog.open()
        FileDialogSupport.followTypedName(dialog)
    }

    fileMode: FileDialog.SaveFile
    acceptLabel: qsTr("Save")
}
