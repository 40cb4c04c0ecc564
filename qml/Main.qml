// SPDX-License-Identifier: GPL-3.0-or-later
// Bound: the delegates (navigation, recent files) see the window's ids, which qmllint can then check.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

ApplicationWindow {
    id: window
    /** Page shown at start: overview, venues or ranking (venuebid --page). */
    property string initialPage: "overview"

    /** Every workspace page: id (for venuebid --page), title, and the QML file in this module.
     *  A new page is one entry here plus its id in app/exe/main.cpp. */
    /** Every workspace page: id (for venuebid --page) and the QML file in this module, in sidebar order.
     *  A new page is one entry here, its title in pageTitles, and its id in app/shell/guishell.cpp. */
    readonly property var pageIds: ["overview", "venues", "criteria", "ahp", "ranking", "sensitivity", "budget", "revenue", "quote",
                                    "scenarios", "inspections", "destinations", "tender", "quotes", "bid", "client", "forecast",
                                    "negotiation", "contract"]
    readonly property var pageSources: ["OverviewPage.qml", "VenuesPage.qml", "CriteriaPage.qml", "AhpPage.qml", "RankingPage.qml",
                                        "SensitivityPage.qml", "BudgetPage.qml", "RevenuePage.qml", "QuotePage.qml", "ScenariosPage.qml",
                                        "InspectionsPage.qml", "DestinationsPage.qml", "TenderPage.qml", "QuotesPage.qml", "BidPage.qml",
                                        "ClientPage.qml", "ForecastPage.qml", "NegotiationPage.qml", "ContractPage.qml"]
    /** Sidebar titles; only these change with the language, so the page on screen (and its results) stays. */
    readonly property var pageTitles: [qsTr("Overview"), qsTr("Venues"), qsTr("Criteria and weights"), qsTr("AHP weights"),
                                       qsTr("Ranking"), qsTr("Sensitivity"), qsTr("Budget"), qsTr("Revenue estimate"), qsTr("Quote"),
                                       qsTr("Scenarios, CO2e"), qsTr("Site inspection"), qsTr("Destinations"), qsTr("Tender scoring"),
                                       qsTr("Quote review"), qsTr("Bid book"), qsTr("Client history"),
                                       qsTr("Attendance forecast"), qsTr("Negotiation"), qsTr("Contract")]
    /** Set once the user has answered the unsaved-changes question for closing. */
    property bool closeConfirmed: false

    /** Shows page index after storing what is typed on the current page. */
    function showPage(index: int): void {
        ProjectController.flushEdits()
        nav.currentIndex = index
    }
    /** Runs action ("new", "open", "open:<path>" for a recent file, "close") now, or after asking about unsaved
     *  changes. */
    function guard(action: string): void {
        ProjectController.flushEdits()
        if (ProjectController.modified) {
            unsavedDialog.pendingAction = action
            unsavedDialog.open()
        } else {
            window.proceed(action)
        }
    }
    function proceed(action: string): void {
        if (action === "new") {
            newDialog.open()
        } else if (action === "open") {
            openDialog.ask()
        } else if (action.startsWith("open:")) {
            ProjectController.open(action.substring(5))
        } else if (action === "close") {
            window.closeConfirmed = true
            window.close()
        }
    }
    /** Offers the newest autosaved project that is not open already (one question per start and answer). */
    function offerRecovery(): void {
        if (errorsDialog.visible) {
            // The file given on the command line did not load: its errors first, the offer when they are closed.
            window.recoveryAfterErrors = true
            return
        }
        const list = ProjectController.recoveries
        for (let i = 0; i < list.length; ++i) {
            const r = list[i]
            if (ProjectController.modified && r.projectPath === ProjectController.filePath)
                continue // recovered just now
            if (window.offeredRecoveries.indexOf(r.projectPath) >= 0)
                continue // "Later": asked once this session
            window.offeredRecoveries.push(r.projectPath)
            recoveryDialog.projectPath = r.projectPath
            recoveryDialog.fileName = r.fileName
            recoveryDialog.savedAt = r.savedAt
            recoveryDialog.open()
            return
        }
    }
    /** Projects whose recovery was offered in this session. */
    property var offeredRecoveries: []
    /** The recovery offer waits for the errors dialog (see offerRecovery). */
    property bool recoveryAfterErrors: false
    /** Saves to the project's file, or asks for one first (a new project). */
    function saveProject(): void {
        if (ProjectController.hasFile)
            ProjectController.save()
        else
            saveDialog.ask()
    }

    width: 1280
    height: 800
    visible: true
    title: (ProjectController.loaded ? (ProjectController.modified ? "*" : "") + ProjectController.title + " — " : "") + "VenueBid"
    onClosing: close => {
        if (window.closeConfirmed)
            return
        ProjectController.flushEdits()
        if (ProjectController.modified) {
            close.accepted = false
            unsavedDialog.pendingAction = "close"
            unsavedDialog.open()
        }
    }

    Action {
        id: newAction
        text: qsTr("New…")
        onTriggered: window.guard("new")
    }
    Action {
        id: openAction
        text: qsTr("Open…")
        onTriggered: window.guard("open")
    }
    Action {
        id: saveAction
        text: qsTr("Save")
        enabled: ProjectController.loaded
        onTriggered: window.saveProject()
    }
    Action {
        id: saveAsAction
        text: qsTr("Save As…")
        enabled: ProjectController.loaded
        onTriggered: {
            ProjectController.flushEdits()
            saveDialog.ask()
        }
    }
    Action {
        id: undoAction
        text: qsTr("Undo")
        enabled: ProjectController.canUndo
        onTriggered: ProjectController.undo()
    }
    Action {
        id: redoAction
        text: qsTr("Redo")
        enabled: ProjectController.canRedo
        onTriggered: ProjectController.redo()
    }
    Action {
        id: quitAction
        text: qsTr("Quit")
        onTriggered: window.close()
    }

    // The standard shortcuts, with the conventional sequence where the platform binds none (KeyBindings).
    Shortcut { sequences: KeyBindings.of("New", "Ctrl+N"); onActivated: newAction.trigger() }
    Shortcut { sequences: KeyBindings.of("Open", "Ctrl+O"); onActivated: openAction.trigger() }
    Shortcut { sequences: KeyBindings.of("Save", "Ctrl+S"); onActivated: saveAction.trigger() }
    Shortcut { sequences: KeyBindings.of("SaveAs", "Ctrl+Shift+S"); onActivated: saveAsAction.trigger() }
    Shortcut { sequences: KeyBindings.of("Undo", "Ctrl+Z"); onActivated: undoAction.trigger() }
    Shortcut { sequences: KeyBindings.of("Redo", "Ctrl+Shift+Z"); onActivated: redoAction.trigger() }
    Shortcut { sequences: KeyBindings.of("Quit", "Ctrl+Q"); onActivated: quitAction.trigger() }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            ToolButton { action: newAction; objectName: "newButton" }
            ToolButton { action: openAction; objectName: "openButton" }
            ToolButton { action: saveAction; objectName: "saveButton" }
            ToolButton { action: saveAsAction; objectName: "saveAsButton" }
            ToolButton {
                id: recentButton
                objectName: "recentButton"
                text: qsTr("Recent")
                visible: ProjectController.recoveryEnabled
                enabled: ProjectController.recentFiles.length > 0
                onClicked: recentMenu.open()
                Menu {
                    id: recentMenu
                    objectName: "recentMenu"
                    y: recentButton.height
                    Instantiator {
                        model: ProjectController.recentFiles
                        // A file that is gone stays listed, marked and disabled, until "Remove missing files".
                        delegate: MenuItem {
                            required property var modelData
                            text: modelData.exists ? modelData.fileName : qsTr("%1 (missing)").arg(modelData.fileName)
                            enabled: modelData.exists
                            onTriggered: window.guard("open:" + modelData.path)
                        }
                        onObjectAdded: (index, object) => recentMenu.insertItem(index, object as MenuItem)
                        onObjectRemoved: (index, object) => recentMenu.removeItem(object as MenuItem)
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Remove missing files")
                        onTriggered: ProjectController.removeMissingRecentFiles()
                    }
                }
            }
            ToolButton { action: undoAction }
            ToolButton { action: redoAction }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideMiddle
                textFormat: Text.PlainText
                text: ProjectController.loaded ? (ProjectController.modified ? "*" : "") + ProjectController.title : qsTr("No project")
                font.bold: true
            }
            Label { textFormat: Text.PlainText; text: qsTr("Language") }
            PlainComboBox {
                id: languageBox
                model: ["繁體中文", "English"]
                currentIndex: LanguageController.language === "zh-TW" ? 0 : 1
                onActivated: index => {
                    ProjectController.flushEdits()
                    LanguageController.language = index === 0 ? "zh-TW" : "en"
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: nav
            objectName: "nav"
            Layout.preferredWidth: 180
            Layout.fillHeight: true
            model: window.pageIds
            currentIndex: Math.max(0, window.pageIds.indexOf(window.initialPage))
            delegate: ItemDelegate {
                id: navItem
                required property int index
                required property string modelData
                objectName: "nav-" + navItem.modelData
                width: ListView.view.width
                text: window.pageTitles[navItem.index]
                highlighted: ListView.isCurrentItem
                onClicked: window.showPage(navItem.index)
            }
        }
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.separator
        }
        Loader {
            id: pageLoader
            objectName: "pageLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Only the visible page exists: pages stay cheap however many workspaces are added.
            source: window.pageSources[Math.max(0, nav.currentIndex)]
        }
        // A page may lead to another (the overview's unsourced facts lead to the page that edits them).
        Connections {
            target: pageLoader.item
            ignoreUnknownSignals: true
            function onPageRequested(pageId: string): void {
                const index = window.pageIds.indexOf(pageId)
                if (index >= 0)
                    window.showPage(index)
            }
        }
        // Every page is a PageScaffold: its heading is the sidebar's title, in the current language.
        Binding {
            target: pageLoader.item
            property: "pageTitle"
            value: window.pageTitles[Math.max(0, nav.currentIndex)]
            when: pageLoader.status === Loader.Ready
        }
    }

    footer: Label {
        id: status
        padding: Theme.gapSmall + Theme.gapTiny
        textFormat: Text.PlainText
        elide: Text.ElideMiddle
        text: ProjectController.filePath
    }

    OpenFileDialog {
        id: openDialog
        objectName: "openDialog"
        title: qsTr("Open project")
        nameFilters: [qsTr("VenueBid projects (*.venuebid.json)"), qsTr("JSON files (*.json)")]
        onAccepted: ProjectController.open(selectedFile)
    }
    SaveFileDialog {
        id: saveDialog
        objectName: "saveAsDialog"
        title: qsTr("Save project as")
        suggestedSuffix: ".venuebid.json"
        defaultSuffix: "venuebid.json"
        nameFilters: [qsTr("VenueBid projects (*.venuebid.json)")]
        onAccepted: {
            if (ProjectController.saveAs(selectedFile) && unsavedDialog.pendingAction !== "")
                window.proceed(unsavedDialog.pendingAction)
            unsavedDialog.pendingAction = ""
        }
        onRejected: unsavedDialog.pendingAction = ""
    }
    NewProjectDialog {
        id: newDialog
        objectName: "newDialog"
    }
    UnsavedChangesDialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        projectName: ProjectController.title
        canKeep: ProjectController.recoveryEnabled
        onKeepRequested: {
            const action = unsavedDialog.pendingAction
            unsavedDialog.pendingAction = ""
            ProjectController.writeRecovery()
            window.proceed(action)
        }
        onAccepted: {
            if (!ProjectController.hasFile) {
                saveDialog.ask() // proceeds once saved under a name
                return
            }
            const action = unsavedDialog.pendingAction
            unsavedDialog.pendingAction = ""
            if (ProjectController.save())
                window.proceed(action)
        }
        onDiscarded: {
            const action = unsavedDialog.pendingAction
            unsavedDialog.pendingAction = ""
            ProjectController.discardChanges()
            window.proceed(action)
        }
        onRejected: unsavedDialog.pendingAction = ""
    }
    ErrorsDialog {
        id: errorsDialog
        objectName: "errorsDialog"
        onClosed: {
            if (window.recoveryAfterErrors) {
                window.recoveryAfterErrors = false
                window.offerRecovery()
            }
        }
    }
    RecoveryDialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        onRecoverRequested: path => {
            if (ProjectController.modified) {
                // The project on screen has changes of its own: keep them for later rather than lose them.
                ProjectController.writeRecovery()
            }
            ProjectController.recover(path)
        }
        onDiscardRequested: path => {
            ProjectController.discardRecovery(path)
            window.offerRecovery()
        }
    }
    Dialog {
        id: saveErrorDialog
        header: DialogTitle { text: saveErrorDialog.title }
        objectName: "saveErrorDialog"
        property alias message: saveErrorLabel.text
        title: qsTr("Save failed")
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Close
        Label {
            id: saveErrorLabel
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            width: 600
        }
    }

    Connections {
        target: ProjectController
        function onLoadFailed(file: string, messages: list<string>) {
            errorsDialog.file = file
            errorsDialog.messages = messages
            errorsDialog.open()
        }
        function onSaveFailed(message: string) {
            saveErrorDialog.message = message
            saveErrorDialog.open()
        }
        function onSaved(path: string) {
            status.text = qsTr("Saved %1").arg(path)
        }
    }

    // The recovery offer comes once the whole window is complete, so it never races the rest of its set-up (nor the
    // project given on the command line, which GuiShell hands over before the first frame; its load errors open
    // errorsDialog, which the offer then waits for).
    Timer {
        running: true // from the end of the window's creation: fires on the event loop's first turn
        interval: 0
        onTriggered: window.offerRecovery()
    }
}
