// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** AHP pairwise comparisons (Saaty 1–9): choose how much more important the row criterion is than the column one.
 *  Priorities and the consistency ratio update at once; the judgement that lowers CR most is highlighted. */
PageScaffold {
    id: page
    readonly property int nameWidth: 170
    readonly property int cellWidth: 118
    readonly property int rowHeight: 36
    readonly property int headerHeight: 40
    /** The chart's width in pixels, as the controller draws it (AhpController::kChartWidth). */
    readonly property int chartWidth: 400
    // The names, two judgement columns and the chart; the rest of the matrix scrolls inside its own view.
    minimumContentWidth: nameWidth + 2 * cellWidth + chartWidth + 4 * Theme.gap
    description: qsTr("Each cell says how much more important the row criterion is than the column criterion (Saaty's scale 1–9; the mirror cell is the reciprocal). CR ≤ 0.10 is consistent. Apply turns the priorities into the project's weights (one undo step).")
    toolbar: [
        Label { textFormat: Text.PlainText; text: qsTr("Evaluator") },
        PlainComboBox {
            model: ahp.evaluators
            currentIndex: ahp.evaluator
            enabled: !ahp.groupMode
            onActivated: index => ahp.evaluator = index
            Layout.preferredWidth: 180
        },
        Button {
            text: qsTr("Add evaluator")
            onClicked: ahp.addEvaluator("")
        },
        CheckBox {
            objectName: "groupMode"
            text: qsTr("Group: geometric mean of all evaluators")
            checked: ahp.groupMode
            onToggled: ahp.groupMode = checked
        }
    ]

    AhpController {
        id: ahp
        project: ProjectController
        objectName: "ahpController"
    }

    // The matrix with its criteria names frozen on the left and the judgements scrolling sideways under a visible
    // scroll bar when they need more width than the page has; the priorities chart stays beside it.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap * 2

        Column {
            objectName: "matrixNames"
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gapSmall
            Item { width: page.nameWidth; height: page.headerHeight }
            Repeater {
                model: ahp.criteria
                delegate: Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    width: page.nameWidth
                    height: page.rowHeight
                    verticalAlignment: Text.AlignVCenter
                    text: modelData
                    font.bold: true
                    elide: Text.ElideRight
                }
            }
        }
        Flickable {
            id: matrixView
            objectName: "matrixView"
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            Layout.minimumWidth: 2 * page.cellWidth
            Layout.preferredWidth: grid.implicitWidth
            Layout.maximumWidth: grid.implicitWidth
            Layout.preferredHeight: grid.implicitHeight + (contentWidth > width + 1 ? 14 : 0)
            contentWidth: grid.implicitWidth
            contentHeight: grid.implicitHeight
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.horizontal: ScrollBar {
                objectName: "matrixScrollBar"
                policy: matrixView.contentWidth > matrixView.width + 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            GridLayout {
                id: grid
                columns: ahp.count + 1
                rowSpacing: Theme.gapSmall
                columnSpacing: Theme.gapSmall

                Repeater {
                    model: ahp.criteria
                    delegate: Label {
                        textFormat: Text.PlainText
                        required property string modelData
                        text: modelData
                        font.bold: true
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        verticalAlignment: Text.AlignBottom
                        Layout.preferredWidth: page.cellWidth
                        Layout.preferredHeight: page.headerHeight
                        elide: Text.ElideRight
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Priority")
                    font.bold: true
                    verticalAlignment: Text.AlignBottom
                    Layout.preferredHeight: page.headerHeight
                }
                Repeater {
                    model: ahp.count * (ahp.count + 1)
                    // qmllint disable unqualified
                    // (Qt 6.4's qmllint cannot see the page's ids from inside a delegate; the accesses are to `ahp`.)
                    delegate: Item {
                        id: cell
                        required property int index
                        readonly property int row: Math.floor(index / (ahp.count + 1))
                        readonly property int col: index % (ahp.count + 1)
                        readonly property bool isWeight: col === ahp.count
                        readonly property bool suggested: ahp.suggestionRow === row && ahp.suggestionColumn === col
                        Layout.preferredWidth: isWeight ? 70 : page.cellWidth
                        Layout.preferredHeight: page.rowHeight
                        Label {
                            textFormat: Text.PlainText
                            objectName: cell.isWeight ? "priority_" + cell.row : ""
                            visible: cell.isWeight
                            anchors.verticalCenter: parent.verticalCenter
                            text: cell.isWeight ? Numbers.fixed(ahp.weights[cell.row], 1) + " %" : ""
                        }
                        Label {
                            textFormat: Text.PlainText
                            // Diagonal and lower triangle: 1 and the reciprocals, read-only.
                            objectName: "mirror_" + cell.row + "_" + cell.col
                            visible: !cell.isWeight && cell.col <= cell.row
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.mutedText
                            text: visible ? Numbers.fixed(ahp.matrix[cell.row]?.[cell.col] ?? NaN, 3) : ""
                        }
                        PlainComboBox {
                            id: judgementBox
                            objectName: "judgement_" + cell.row + "_" + cell.col
                            visible: !cell.isWeight && cell.col > cell.row
                            anchors.fill: parent
                            enabled: !ahp.groupMode
                            model: ahp.scaleLabels
                            currentIndex: visible ? ahp.scaleIndex(cell.row, cell.col) : 8
                            onActivated: index => ahp.setJudgement(cell.row, cell.col, ahp.scale[index].value)
                            background: Rectangle {
                                color: cell.suggested ? Theme.suggestion : Theme.control
                                border.color: cell.suggested ? Theme.suggestionBorder : Theme.controlBorder
                                border.width: cell.suggested ? 2 : 1
                            }
                            Connections {
                                target: ahp
                                function onResultChanged(): void {
                                    if (cell.col > cell.row && !cell.isWeight)
                                        judgementBox.currentIndex = ahp.scaleIndex(cell.row, cell.col)
                                }
                            }
                        }
                    }
                }
            }
        }
        // The priorities of the matrix as bars beside it, CR in the note (the chart carries its own title; exported
        // as it is).
        ChartPanel {
            objectName: "priorityChart"
            Layout.fillWidth: false
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.chartWidth
            svg: ahp.priorityChart
            fileSuffix: "-ahp-priorities"
        }
    }

    Label {
        textFormat: Text.PlainText
        objectName: "consistency"
        font.bold: true
        color: ahp.consistent ? Theme.success : Theme.error
        text: qsTr("λmax %1 · CR %2 · %3").arg(Numbers.fixed(ahp.lambdaMax, 4)).arg(Numbers.fixed(ahp.cr, 3))
              .arg(ahp.consistent ? qsTr("consistent") : qsTr("inconsistent"))
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.maximumWidth: page.viewWidth
        wrapMode: Text.Wrap
        visible: ahp.hasSuggestion
        text: ahp.suggestionText
    }
    Button {
        objectName: "applyAhp"
        text: qsTr("Apply as weights")
        onClicked: ahp.apply()
    }
}
