// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import VenueBid.Backend

ApplicationWindow {
    id: window
    /** Page shown at start: overview, venues or ranking (venuebid --page). */
    property string initialPage: "overview"
    /** Errors from opening the project given on the command line, shown once the window is up. */
    property string startupErrorFile
    property var startupErrors: []

    /** Every workspace page: id (for venuebid --page), title, and the QML file in this module.
     *  A new page is one entry here plus its id in app/exe/main.cpp. */
    readonly property var pages: [
        { id: "overview", title: qsTr("Overview"), source: "OverviewPage.qml" },
        { id: "venues", title: qsTr("Venues"), source: "VenuesPage.qml" },
        { id: "criteria", title: qsTr("Criteria and weights"), source: "CriteriaPage.qml" },
        { id: "ahp", title: qsTr("AHP weights"), source: "AhpPage.qml" },
        { id: "ranking", title: qsTr("Ranking"), source: "RankingPage.qml" },
        { id: "sensitivity", title: qsTr("Sensitivity"), source: "SensitivityPage.qml" },
        { id: "budget", title: qsTr("Budget"), source: "BudgetPage.qml" },
        { id: "revenue", title: qsTr("Revenue estimate"), source: "RevenuePage.qml" },
        { id: "quote", title: qsTr("Quote"), source: "QuotePage.qml" },
        { id: "scenarios", title: qsTr("Scenarios, CO2e"), source: "ScenariosPage.qml" },
        { id: "inspections", title: qsTr("Site inspection"), source: "InspectionsPage.qml" },
        { id: "destinations", title: qsTr("Destinations"), source: "DestinationsPage.qml" },
        { id: "tender", title: qsTr("Tender scoring"), source: "TenderPage.qml" },
        { id: "quotes", title: qsTr("Quote review"), source: "QuotesPage.qml" },
        { id: "bid", title: qsTr("Bid book"), source: "BidPage.qml" }
    ]
    readonly property var pageIds: pages.map(p => p.id)

    width: 1280
    height: 800
    visible: true
    title: (ProjectController.loaded ? (ProjectController.modified ? "• " : "") + ProjectController.title + " — " : "") + "VenueBid"

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            ToolButton {
                text: qsTr("Open…")
                onClicked: openDialog.open()
            }
            ToolButton {
                text: qsTr("Save")
                enabled: ProjectController.loaded
                onClicked: ProjectController.save()
            }
            ToolButton {
                text: qsTr("Save As…")
                enabled: ProjectController.loaded
                onClicked: saveDialog.open()
            }
            ToolButton {
                text: qsTr("Undo")
                enabled: ProjectController.canUndo
                onClicked: ProjectController.undo()
            }
            ToolButton {
                text: qsTr("Redo")
                enabled: ProjectController.canRedo
                onClicked: ProjectController.redo()
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideMiddle
                text: ProjectController.loaded ? ProjectController.title : qsTr("No project")
                font.bold: true
            }
            Label { text: qsTr("Language") }
            ComboBox {
                id: languageBox
                model: ["繁體中文", "English"]
                currentIndex: LanguageController.language === "zh-TW" ? 0 : 1
                onActivated: index => LanguageController.language = index === 0 ? "zh-TW" : "en"
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: nav
            Layout.preferredWidth: 180
            Layout.fillHeight: true
            model: window.pages
            currentIndex: Math.max(0, window.pageIds.indexOf(window.initialPage))
            delegate: ItemDelegate {
                id: navItem
                required property int index
                required property var modelData
                width: ListView.view.width
                text: navItem.modelData.title
                highlighted: ListView.isCurrentItem
                onClicked: ListView.view.currentIndex = navItem.index
            }
        }
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: palette.mid
        }
        Loader {
            id: pageLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Only the visible page exists: pages stay cheap however many workspaces are added.
            source: window.pages[Math.max(0, nav.currentIndex)].source
        }
    }

    footer: Label {
        id: status
        padding: 6
        textFormat: Text.PlainText
        elide: Text.ElideMiddle
        text: ProjectController.filePath
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open project")
        nameFilters: [qsTr("VenueBid projects (*.venuebid.json)"), qsTr("JSON files (*.json)")]
        onAccepted: ProjectController.open(selectedFile)
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Save project as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "venuebid.json"
        nameFilters: [qsTr("VenueBid projects (*.venuebid.json)")]
        onAccepted: ProjectController.saveAs(selectedFile)
    }
    ErrorsDialog {
        id: errorsDialog
    }
    Dialog {
        id: saveErrorDialog
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

    Shortcut {
        sequence: "Ctrl+Z"
        onActivated: ProjectController.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        onActivated: ProjectController.redo()
    }
    Shortcut {
        sequence: "Ctrl+S"
        onActivated: ProjectController.save()
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

    Component.onCompleted: {
        if (startupErrors.length > 0) {
            errorsDialog.file = startupErrorFile
            errorsDialog.messages = startupErrors
            errorsDialog.open()
        }
    }
}
