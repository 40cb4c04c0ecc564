// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Direct weights: one slider per criterion, shown as percentages that always sum to 100, with the ranking
 *  following live. Moving one slider rescales the others in proportion (computed in models/project/projectedit.cpp). */
PageScaffold {
    id: page
    scrollable: false
    description: qsTr("Drag a slider to change a criterion's share; the other weights keep their proportions and the total stays 100 %. The ranking on the right follows at once. Undo with Ctrl+Z.")

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.gapHuge

        ScrollView {
            id: leftScroll
            // Both columns give way on a narrow window, down to what their rows need (nothing is cut off).
            Layout.fillWidth: true
            Layout.preferredWidth: 600
            Layout.maximumWidth: 620
            Layout.minimumWidth: 510 // the reference weights' columns
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: leftScroll.availableWidth
                spacing: Theme.gapSmall // the drag handle below moves a row by its height plus this
                SectionTitle { text: qsTr("Weights") }
                Repeater {
                    id: weightRows
                    model: RankingController.criteria
                    delegate: RowLayout {
                        id: critRow
                        required property int index
                        required property string name
                        required property string direction
                        required property double percent
                        objectName: "weightRow" + index
                        spacing: Theme.gap
                        Label {
                            textFormat: Text.PlainText
                            text: critRow.name
                            Layout.preferredWidth: 170
                            elide: Text.ElideRight
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: critRow.direction === "benefit" ? "▲" : "▼"
                            color: Theme.mutedText
                            HoverHandler { id: dirHover }
                            PlainToolTip {
                                visible: dirHover.hovered
                                text: critRow.direction === "benefit" ? qsTr("higher is better") : qsTr("lower is better")
                            }
                        }
                        Slider {
                            id: slider
                            objectName: "weightSlider" + critRow.index
                            Layout.fillWidth: true
                            from: 0
                            to: 100
                            stepSize: 0.5
                            value: critRow.percent
                            onMoved: RankingController.setWeightPercent(critRow.index, value)
                            onPressedChanged: if (!pressed) RankingController.endWeightChange()
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: Number(critRow.percent).toLocaleString(Qt.locale(), 'f', 1) + " %"
                            Layout.preferredWidth: 60
                            horizontalAlignment: Text.AlignRight
                        }
                        ToolButton {
                            id: editButton
                            objectName: "editCriterion" + critRow.index
                            text: "✎"
                            // qmllint disable unqualified
                            onClicked: criterionEditor.openFor(critRow.index)
                            // qmllint enable unqualified
                            PlainToolTip {
                                visible: editButton.hovered
                                text: qsTr("Rename, change, move or delete this criterion")
                            }
                        }
                    }
                }
                Button {
                    objectName: "addCriterion"
                    text: qsTr("Add criterion…")
                    onClicked: criterionEditor.openFor(-1)
                }
                SectionTitle { text: qsTr("Reference weights") }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("From the data of the ranked venues (entropy, CRITIC) or from the criteria's importance order (rank-order centroid). Use one to replace the weights (undoable).")
                }
                DataTable {
                    id: refGrid
                    objectName: "referenceWeights"
                    property var entropy: []
                    property var critic: []
                    property var roc: []
                    property var order: []
                    function refresh(): void {
                        order = RankingController.importanceOrder()
                        entropy = RankingController.derivedWeights("entropy")
                        critic = RankingController.derivedWeights("critic")
                        roc = RankingController.derivedWeights("roc")
                    }
                    /** Weight i of a scheme, in percent; "–" before there is one. */
                    function percent(weights: var, i: int): string {
                        return weights.length ? Numbers.fixed(weights[i], 1) + " %" : "–"
                    }
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    model: RankingController.criteria
                    columns: [
                        { title: qsTr("Criterion"), role: "name", width: 180 },
                        { title: qsTr("Entropy"), text: row => refGrid.percent(refGrid.entropy, row.index), width: 90, numeric: true },
                        { title: "CRITIC", text: row => refGrid.percent(refGrid.critic, row.index), width: 90, numeric: true },
                        { title: qsTr("Rank order (ROC)"), text: row => refGrid.percent(refGrid.roc, row.index), width: 140, numeric: true }
                    ]
                    Component.onCompleted: refresh()
                    Connections {
                        target: RankingController
                        function onRankingChanged(): void { refGrid.refresh() }
                    }
                }
                SectionTitle { text: qsTr("Importance order") }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("Most important first; drag a criterion by its handle (≡) or move it with the arrows. The rank-order (ROC) column above follows; \"Use rank order\" applies it.")
                }
                Repeater {
                    model: refGrid.order
                    // qmllint disable unqualified
                    delegate: RowLayout {
                        id: orderRow
                        required property int index
                        required property var modelData
                        spacing: Theme.gapSmall + Theme.gapTiny
                        // Drag the handle up or down: the row follows the pointer and lands where it is released
                        // (one undoable move over several places; the column's spacing is 4).
                        z: dragHandle.pressed ? 1 : 0
                        transform: Translate { id: dragShift }
                        Label {
                            textFormat: Text.PlainText
                            text: "≡"
                            font.pixelSize: Theme.fontSectionTitle
                            Layout.preferredWidth: 20
                            color: dragHandle.pressed ? Theme.selection : Theme.mutedText
                            MouseArea {
                                id: dragHandle
                                objectName: "dragHandle" + orderRow.index
                                anchors.fill: parent
                                cursorShape: Qt.SizeVerCursor
                                preventStealing: true
                                property real startY: 0
                                onPressed: mouse => startY = mapToItem(null, mouse.x, mouse.y).y
                                onPositionChanged: mouse => dragShift.y = mapToItem(null, mouse.x, mouse.y).y - startY
                                onReleased: {
                                    const delta = Math.round(dragShift.y / (orderRow.height + Theme.gapSmall))
                                    dragShift.y = 0
                                    if (delta !== 0)
                                        RankingController.moveImportance(orderRow.modelData.row, delta)
                                }
                                onCanceled: dragShift.y = 0
                            }
                        }
                        Label { textFormat: Text.PlainText; text: (orderRow.index + 1) + "."; Layout.preferredWidth: 24 }
                        Label { textFormat: Text.PlainText; text: orderRow.modelData.name; Layout.preferredWidth: 200; elide: Text.ElideRight }
                        ToolButton {
                            objectName: "moveUp" + orderRow.index
                            text: "▲"
                            enabled: orderRow.index > 0
                            onClicked: RankingController.moveImportance(orderRow.modelData.row, -1)
                        }
                        ToolButton {
                            objectName: "moveDown" + orderRow.index
                            text: "▼"
                            enabled: orderRow.index < refGrid.order.length - 1
                            onClicked: RankingController.moveImportance(orderRow.modelData.row, 1)
                        }
                    }
                }
                RowLayout {
                    spacing: Theme.gap
                    Button {
                        text: qsTr("Use entropy")
                        onClicked: RankingController.applyDerivedWeights("entropy")
                    }
                    Button {
                        text: qsTr("Use CRITIC")
                        onClicked: RankingController.applyDerivedWeights("critic")
                    }
                    Button {
                        objectName: "useRoc"
                        text: qsTr("Use rank order")
                        onClicked: RankingController.applyDerivedWeights("roc")
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 440
            // Rank, the shortest readable name, the bar and the score.
            Layout.minimumWidth: 32 + 90 + 120 + 60 + 3 * Theme.gap
            spacing: Theme.gapTiny
            SectionTitle { text: qsTr("Ranking") }
            ListView {
                // A ListView creates only the visible rows: a 1,000-venue ranking still follows a slider within a frame.
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: RankingController.ranking
                ScrollBar.vertical: ScrollBar {}
                delegate: RowLayout {
                    id: rankRow
                    required property int index
                    required property int rank
                    required property string name
                    required property double score
                    required property string scoreText
                    objectName: "liveRank" + index
                    width: ListView.view.width
                    spacing: Theme.gap
                    Label {
                        textFormat: Text.PlainText
                        text: "#" + rankRow.rank
                        font.bold: true
                        Layout.preferredWidth: 32
                    }
                    Label {
                        text: rankRow.name
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 220
                        Layout.maximumWidth: 220
                        Layout.minimumWidth: 90
                    }
                    Rectangle {
                        Layout.preferredWidth: 120
                        Layout.minimumWidth: 120
                        Layout.preferredHeight: 10
                        color: Theme.track
                        Rectangle {
                            width: parent.width * Math.max(0, Math.min(1, rankRow.score))
                            height: parent.height
                            color: rankRow.rank === 1 ? Theme.success : Theme.bar
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: rankRow.scoreText
                        font.family: Theme.monospaceFamily
                    }
                }
            }
        }
    }

    CriterionEditorDialog {
        id: criterionEditor
        objectName: "criterionEditor"
        parent: Overlay.overlay
        criterionCount: weightRows.count
    }
}
