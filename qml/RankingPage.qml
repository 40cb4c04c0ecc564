// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** First ranking: weighted sum after the must-have filter, and the excluded venues with their reasons. */
PageScaffold {
    id: page
    scrollable: false
    description: (RankingController.lowerScoreWins ? qsTr("Scores are VIKOR's Q: lower is better.") + " " : "")
                 + qsTr("An unknown value counts as the worst known value of its criterion, marked ⚠. The same numbers: venuebid-cli rank PROJECT --method %1.").arg(RankingController.methodName)
    toolbar: [
        Label { textFormat: Text.PlainText; text: qsTr("Method") },
        PlainComboBox {
            id: methodBox
            objectName: "methodBox"
            readonly property var methods: ["wsm", "wpm", "topsis", "vikor", "promethee2"]
            model: [qsTr("Weighted sum (WSM)"), qsTr("Weighted product (WPM)"), "TOPSIS", "VIKOR", "PROMETHEE II"]
            currentIndex: methods.indexOf(RankingController.methodName)
            onActivated: index => RankingController.method = index
            Layout.preferredWidth: 240
        },
        Button {
            objectName: "exportSuitability"
            text: qsTr("Suitability report…")
            onClicked: reportDialog.ask()
        },
        Label {
            id: reportStatus
            objectName: "reportStatus"
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            Layout.fillWidth: true
            Layout.maximumWidth: 520
        }
    ]

    Flow {
        // Legend of the thin bars: each criterion's share of the weighted-sum score.
        Layout.fillWidth: true
        spacing: Theme.gapWide
        Label { textFormat: Text.PlainText;
            text: qsTr("Weighted-sum contributions:")
            color: Theme.mutedText
        }
        Repeater {
            model: RankingController.criteria
            delegate: Row {
                id: legendItem
                required property int index
                required property string name
                spacing: Theme.gapSmall
                Rectangle {
                    width: 12
                    height: 12
                    anchors.verticalCenter: parent.verticalCenter
                    color: Theme.seriesColor(legendItem.index)
                }
                Label { textFormat: Text.PlainText; text: legendItem.name }
            }
        }
    }

    // When the method cannot give every venue a finite score, the ranking is empty: say why instead of showing nothing.
    Paragraph {
        objectName: "notFiniteMessage"
        wrapWidth: page.viewWidth
        visible: text !== ""
        text: RankingController.notFiniteText
        color: Theme.error
    }

    // The ranked venues, the excluded ones and the comparison of methods, one at a time: each is a view that creates
    // only the rows in sight (a project may hold 10,000 venues).
    TabBar {
        id: tabs
        objectName: "rankingTabs"
        Layout.fillWidth: true
        TabButton {
            objectName: "rankedTab"
            text: qsTr("Ranked venues (%1)").arg(Numbers.count(RankingController.ranking.count))
            width: implicitWidth
        }
        TabButton {
            objectName: "excludedTab"
            text: qsTr("Excluded: fail a must-have requirement (%1)").arg(Numbers.count(RankingController.excluded.count))
            width: implicitWidth
        }
        TabButton {
            objectName: "comparisonTab"
            text: qsTr("Where the methods agree")
            width: implicitWidth
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: tabs.currentIndex

        ListView {
            id: rankingList
            objectName: "rankingList"
            clip: true
            model: RankingController.ranking
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Item {
                id: row
                required property int index
                required property int rank
                required property string name
                required property string city
                required property double score
                required property double bar
                required property string scoreText
                required property string notes
                required property var contributions
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + Theme.gap
                height: implicitHeight
                objectName: "rankingRow" + index

                RowLayout {
                    id: rowLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.gapWide // room for the scroll bar
                    spacing: Theme.gapWide
                    Label { textFormat: Text.PlainText;
                        text: "#" + row.rank
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        Layout.preferredWidth: 56
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
                            textFormat: Text.PlainText
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    ColumnLayout {
                        spacing: Theme.gapTiny
                        Layout.preferredWidth: 260
                        Layout.minimumWidth: 260
                        Rectangle {
                            Layout.preferredWidth: 260
                            Layout.preferredHeight: 12
                            color: Theme.track
                            Rectangle {
                                width: parent.width * Math.max(0, Math.min(1, row.bar))
                                height: parent.height
                                color: row.rank === 1 ? Theme.success : Theme.bar
                            }
                        }
                        // The weighted-sum score split by criterion ("why is B below A"); colours as in the legend.
                        // One bar per criterion, created once per row: a weight change only moves their widths
                        // (a Repeater over the list itself would make them anew for every row on every change).
                        Row {
                            objectName: "contributions" + row.index
                            Repeater {
                                model: row.contributions.length
                                delegate: Rectangle {
                                    required property int index
                                    width: 260 * (row.contributions[index] ?? 0)
                                    height: 8
                                    color: Theme.seriesColor(index)
                                }
                            }
                        }
                    }
                    Label { textFormat: Text.PlainText;
                        text: row.scoreText
                        font.family: Theme.monospaceFamily
                        horizontalAlignment: Text.AlignRight
                        Layout.minimumWidth: 60
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100 // take the rest, never push the fixed columns
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.warning
                        textFormat: Text.PlainText
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        text: row.notes
                    }
                }
            }
        }

        ListView {
            id: excludedList
            objectName: "excludedList"
            clip: true
            model: RankingController.excluded
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            spacing: Theme.gapSmall
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: RowLayout {
                id: exRow
                required property string name
                required property string reasonsText
                width: ListView.view.width - Theme.gapWide
                spacing: Theme.gapWide
                Label {
                    text: exRow.name
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 372
                    Layout.maximumWidth: 372
                    elide: Text.ElideRight
                }
                Label {
                    text: exRow.reasonsText
                    textFormat: Text.PlainText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        ColumnLayout {
            spacing: Theme.gap
            Label { textFormat: Text.PlainText;
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                readonly property ComparisonModel cmp: RankingController.comparison
                text: !cmp.computed ? "" : (cmp.sameWinner ? qsTr("All four methods rank the same venue first.")
                                                           : qsTr("The methods disagree on the winner: check the weights and the sensitivity page."))
                      + " " + qsTr("Rows in italics are ranked differently by at least one method.")
            }
            DataTable {
                // The venue, then its rank under each method; a row in italics where the methods differ. A list
                // model: the table creates only the rows in sight.
                id: comparisonTable
                objectName: "methodComparison"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumWidth: implicitWidth
                sizeToRows: false
                model: RankingController.comparison
                columns: [{ title: qsTr("Venue"), role: "name", width: 430,
                            italic: r => !r.unanimous, color: r => r.unanimous ? Theme.text : Theme.caution },
                          ...Array.from(RankingController.comparison.methods).map((m, i) => ({
                             title: m.toUpperCase(), text: r => String(r.ranks[i]), width: 110, numeric: true,
                             italic: r => !r.unanimous, color: r => r.unanimous ? Theme.text : Theme.caution }))]
            }
        }
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
            const appendix = RankingController.lastReportAppendix()
            reportStatus.text = error !== "" ? error
                              : appendix !== "" ? qsTr("Saved %1, all venues in %2").arg(ProjectController.displayPath(selectedFile))
                                                                                  .arg(ProjectController.displayPath(appendix))
                              : qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile))
        }
    }
    // The comparison of methods is computed by RankingController while its tab is shown (and dropped when hidden).
    readonly property bool comparisonShown: tabs.currentIndex === 2 && page.visible
    onComparisonShownChanged: RankingController.comparisonActive = comparisonShown
    Component.onDestruction: RankingController.comparisonActive = false
}
