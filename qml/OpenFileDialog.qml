// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs
import VenueBid.Backend

/** Asks for a file to read, starting in the project's folder (the home folder for a new project). */
FileDialog {
    id: dialog

    /** Opens the dialog in the project's folder. */
    function ask(): void {
        dialog.currentFolder = ProjectController.folderUrl
        dialog.open()
    }

    fileMode: FileDialog.OpenFile
    acceptLabel: qsTr("Open")
}
