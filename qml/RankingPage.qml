// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** First ranking: weighted sum after the must-have filter, and the excluded venues with their reasons. */
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: page.availableWidth
        spacing: 6

        RowLayout {
            Layout.margins: 16
            Layout.bottomMargin: 0
            Layout.fillWidth: true
            spacing: 12
            Label { text: qsTr("Method") }
            ComboBox {
                id: methodBox
                objectName: "methodBox"
                readonly property var methods: ["wsm", "wpm", "topsis", "vikor", "promethee2"]
                model: [qsTr("Weighted sum (WSM)"), qsTr("Weighted product (WPM)"), "TOPSIS", "VIKOR", "PROMETHEE II"]
                currentIndex: methods.indexOf(RankingController.methodName)
                onActivated: index => RankingController.method = index
                Layout.preferredWidth: 240
            }
            Button {
                objectName: "exportSuitability"
                text: qsTr("Suitability report…")
                onClicked: reportDialog.ask()
            }
            Label {
                id: reportStatus
                objectName: "reportStatus"
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: palette.placeholderText
                text: (RankingController.lowerScoreWins ? qsTr("Scores are VIKOR's Q: lower is better.") + " " : "")
                      + qsTr("An unknown value counts as the worst known value of its criterion, marked ⚠. The same numbers: venuebid-cli rank PROJECT --method %1.").arg(RankingController.methodName)
            }
        }

        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Ranking")
        }
        Flow {
            // Legend of the thin bars: each criterion's share of the weighted-sum score.
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: qsTr("Weighted-sum contributions:")
                color: palette.placeholderText
            }
            Repeater {
                model: RankingController.criteria
                delegate: Row {
                    id: legendItem
                    required property int index
                    required property string name
                    readonly property var palette10: ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
                    spacing: 4
                    Rectangle {
                        width: 12
                        height: 12
                        anchors.verticalCenter: parent.verticalCenter
                        color: legendItem.palette10[legendItem.index % legendItem.palette10.length]
                    }
                    Label { text: legendItem.name }
                }
            }
        }

        Repeater {
            id: rankingList
            model: RankingController.ranking
            delegate: Item {
                id: row
                required property int index
                required property int rank
                required property string name
                required property string city
                required property double score
                required property double bar
                required property string scoreText
                required property var imputed
                required property var warnings
                required property var contributions
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                implicitHeight: rowLayout.implicitHeight + 8
                objectName: "rankingRow" + index

                RowLayout {
                    id: rowLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 12
                    Label {
                        text: "#" + row.rank
                        font.bold: true
                        font.pixelSize: 16
                        Layout.preferredWidth: 40
                    }
                    ColumnLayout {
                        Layout.preferredWidth: 320
                        Layout.minimumWidth: 320
                        Layout.maximumWidth: 320
                        spacing: 0
                        Label {
                            text: row.name
                            textFormat: Text.PlainText
                            font.bold: row.rank === 1
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.city
                            color: palette.placeholderText
                            font.pixelSize: 11
                        }
                    }
                    ColumnLayout {
                        spacing: 2
                        Layout.preferredWidth: 260
                        Layout.minimumWidth: 260
                        Rectangle {
                            Layout.preferredWidth: 260
                            Layout.preferredHeight: 12
                            color: palette.midlight
                            Rectangle {
                                width: parent.width * Math.max(0, Math.min(1, row.bar))
                                height: parent.height
                                color: row.rank === 1 ? "#2e7d32" : "#4a78b5"
                            }
                        }
                        // The weighted-sum score split by criterion ("why is B below A"); colours as in the legend.
                        Row {
                            objectName: "contributions" + row.index
                            Repeater {
                                model: row.contributions
                                delegate: Rectangle {
                                    required property int index
                                    required property double modelData
                                    readonly property var palette10: ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
                                    width: 260 * modelData
                                    height: 8
                                    color: palette10[index % palette10.length]
                                }
                            }
                        }
                    }
                    Label {
                        text: row.scoreText
                        font.family: "monospace"
                        Layout.minimumWidth: 60
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100 // take the rest, never push the fixed columns
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        color: "#8a6d00"
                        textFormat: Text.PlainText
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        text: (row.imputed.length > 0 ? "⚠ " + qsTr("unknown: %1").arg(row.imputed.join(", ")) : "")
                              + (row.warnings.length > 0 ? (row.imputed.length > 0 ? "\n" : "") + row.warnings.join("; ") : "")
                    }
                }
            }
        }

        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Excluded: fail a must-have requirement (%1)").arg(RankingController.excluded.count)
            visible: RankingController.excluded.count > 0
        }
        Repeater {
            model: RankingController.excluded
            delegate: RowLayout {
                id: exRow
                required property string name
                required property var reasons
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.fillWidth: true
                spacing: 12
                Label {
                    text: exRow.name
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 372
                    elide: Text.ElideRight
                }
                Label {
                    text: exRow.reasons.join("; ")
                    textFormat: Text.PlainText
                    color: "#b03a2e"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Where the methods agree")
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            readonly property var cmp: page.comparison
            text: cmp.rows === undefined ? "" : (cmp.sameWinner ? qsTr("All four methods rank the same venue first.")
                                                              : qsTr("The methods disagree on the winner: check the weights and the sensitivity page."))
                  + " " + qsTr("Rows in italics are ranked differently by at least one method.")
        }
        Label {
            Layout.leftMargin: 16
            font.family: "monospace"
            font.bold: true
            text: (page.comparison.methods || []).map(m => m.toUpperCase().padStart(12)).join("") + "   " + qsTr("Venue")
        }
        Repeater {
            model: page.comparison.rows || []
            delegate: Label {
                required property var modelData
                Layout.leftMargin: 16
                textFormat: Text.PlainText
                font.italic: !modelData.unanimous
                font.family: "monospace"
                color: modelData.unanimous ? palette.text : "#8a4b00"
                text: modelData.ranks.map(r => String(r).padStart(12)).join("") + "   " + modelData.name
            }
        }
        Item { Layout.preferredHeight: 16 }
    }

    SaveFileDialog {
        id: reportDialog
        objectName: "suitabilityExportDialog"
        title: qsTr("Save the suitability report")
        suggestedSuffix: "-suitability.pdf"
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("OpenDocument text (*.odt)"), qsTr("Web page (*.html)")]
        onAccepted: {
            const error = RankingController.exportSuitabilityReport(selectedFile)
            reportStatus.text = error === "" ? qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile)) : error
        }
    }
    /** Recomputed when the ranking changes (4 rankings; cheap for a project's venues). */
    property var comparison: ({})
    function refreshComparison(): void { comparison = RankingController.methodComparison() }
    Component.onCompleted: refreshComparison()
    Connections {
        target: RankingController
        function onRankingChanged(): void { page.refreshComparison() }
    }
}
