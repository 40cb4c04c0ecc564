// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import VenueBid.Backend

/** A multi-line text field whose text is stored as the user types: half a second after the last key, when focus
 *  leaves, and whenever the app asks (before save, export, page change and close), so nothing typed is lost. A burst
 *  of typing is one undo step. Tab and Shift+Tab move focus; Ctrl+Tab inserts a tab. */
TextArea {
    id: area
    /** The stored text. The field shows it, and follows it when it changes elsewhere (undo). */
    property string storedText
    /** Idle time after the last key before the text is stored. */
    property int debounceMs: 500

    /** Asks the owner to store text (one call per pause in typing). */
    signal store(string text)

    /** Stores the typed text now if it differs from the stored text. */
    function flush(): void {
        idle.stop()
        if (area.text !== area.storedText)
            area.store(area.text)
    }

    text: storedText
    textFormat: TextEdit.PlainText
    wrapMode: TextEdit.Wrap
    onTextChanged: if (text !== storedText) idle.restart()
    onActiveFocusChanged: {
        if (!activeFocus) {
            flush()
            ProjectController.closeUndoStep()
        }
    }
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Tab && (event.modifiers & Qt.ControlModifier)) {
            area.insert(area.cursorPosition, "\t")
            event.accepted = true
        } else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
            const next = area.nextItemInFocusChain(event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier))
            if (next)
                next.forceActiveFocus(Qt.TabFocusReason)
            event.accepted = true
        }
    }

    Timer {
        id: idle
        interval: area.debounceMs
        onTriggered: area.flush()
    }
    Connections {
        target: ProjectController
        function onFlushRequested(): void { area.flush() }
    }
}
