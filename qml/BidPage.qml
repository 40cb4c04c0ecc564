// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The bid (T1.5, O1.5.1): what the bid proposes, the narrative of each bid-book chapter in the UI language, the
 *  support letters, and the exports (bid book and 16:9 pitch deck for the client; internal annex and 服務建議書 outline
 *  for the bid team) written in the background. */
PageScaffold {
    id: page
    toolbar: [
        Button {
            objectName: "exportBid"
            text: qsTr("Bid book…")
            enabled: !book.busy
            onClicked: page.startExport("bid")
        },
        Button {
            objectName: "exportDeck"
            text: qsTr("Pitch deck (16:9)…")
            enabled: !book.busy
            onClicked: page.startExport("deck")
        },
        Button {
            id: annexButton
            objectName: "exportBidInternal"
            text: qsTr("Internal annex…")
            enabled: !book.busy
            onClicked: page.startExport("bid-internal")
            PlainToolTip {
                visible: annexButton.hovered
                text: qsTr("Rankings, what it would take to win and tender margins: for the bid team, not for the client")
            }
        },
        Button {
            objectName: "exportTenderOutline"
            text: qsTr("服務建議書 outline…")
            enabled: !book.busy && book.hasTender
            onClicked: page.startExport("tender-outline")
        },
        BusyIndicator {
            running: book.busy
            visible: book.busy
            Layout.preferredHeight: 28
            Layout.preferredWidth: 28
        },
        Label {
            id: exportStatus
            objectName: "exportStatus"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            elide: Text.ElideMiddle
        }
    ]

    BidBookController {
        id: book
        project: ProjectController
        ranking: RankingController
        onExportFinished: (path, error) => {
            exportStatus.text = error === "" ? qsTr("Saved %1").arg(path) : error
        }
    }

    /** The kind the file dialog is saving. */
    property string exportKind: "bid"

    function startExport(kind: string): void {
        page.exportKind = kind
        exportDialog.suggestedSuffix = book.suggestedSuffix(kind)
        exportDialog.ask()
    }

    SectionTitle { text: qsTr("Bid proposal") }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        text: book.congress
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        objectName: "proposal"
        text: qsTr("Proposal: %1").arg(book.proposal)
    }

    SectionTitle { text: qsTr("Chapters (%1 of %2 written in this language)").arg(book.writtenCount).arg(book.chapters.count) }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Tables and figures (ranking, budget, destinations, CO2e, risks) are filled in from the project; write the narrative of each chapter here. Switch the language to write the other version.")
    }
    Repeater {
        model: book.chapters
        delegate: ColumnLayout {
            id: chapter
            required property string key
            required property int number
            required property string title
            required property string text
            required property bool written
            Layout.fillWidth: true
            spacing: Theme.gapTiny
            RowLayout {
                spacing: Theme.gap
                Label {
                    text: chapter.number + ". " + chapter.title
                    textFormat: Text.PlainText
                    font.bold: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: chapter.written ? qsTr("written") : qsTr("to write")
                    color: chapter.written ? Theme.success : Theme.caution
                }
            }
            EditArea {
                objectName: "chapter-" + chapter.key
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(52, implicitHeight)
                storedText: chapter.text
                placeholderText: qsTr("Narrative of this chapter…")
                onStore: text => book.setNarrative(chapter.key, text)
            }
        }
    }

    SectionTitle { text: qsTr("Letters of invitation and support") }
    Label {
        textFormat: Text.PlainText
        visible: book.letters.length === 0
        text: qsTr("No letters recorded yet.")
    }
    Repeater {
        model: book.letters
        delegate: RowLayout {
            id: letter
            required property var modelData
            required property int index
            spacing: Theme.gapWide
            Label {
                text: letter.modelData.from
                textFormat: Text.PlainText
                Layout.preferredWidth: 360
                elide: Text.ElideRight
            }
            CheckBox {
                objectName: "letterReceived" + letter.index
                text: letter.modelData.received ? qsTr("received") : qsTr("requested")
                checked: letter.modelData.received
                Layout.preferredWidth: 120
                onToggled: book.setLetterReceived(letter.index, checked)
            }
            Label { textFormat: Text.PlainText; text: letter.modelData.date; Layout.preferredWidth: 90 }
            ToolButton {
                text: "✕"
                onClicked: book.removeLetter(letter.index)
            }
        }
    }
    RowLayout {
        spacing: Theme.gap
        TextField {
            id: letterFrom
            objectName: "letterFrom"
            placeholderText: qsTr("From (host society, convention bureau, city, venue…)")
            Layout.preferredWidth: 360
        }
        Button {
            objectName: "addLetter"
            text: qsTr("Add letter")
            onClicked: {
                const error = book.addLetter(letterFrom.text, false)
                letterStatus.text = error
                if (error === "")
                    letterFrom.text = ""
            }
        }
        Label {
            id: letterStatus
            textFormat: Text.PlainText
            color: Theme.error
        }
    }

    SaveFileDialog {
        id: exportDialog
        objectName: "bidExportDialog"
        title: qsTr("Save the document")
        defaultSuffix: "pdf"
        // Every kind in all three: the deck's ODT (like its HTML) carries the speaker notes its PDF leaves out.
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("OpenDocument text (*.odt)"), qsTr("Web page (*.html)")]
        onAccepted: book.exportDocument(page.exportKind, selectedFile)
    }
}
