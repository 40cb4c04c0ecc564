// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Direct weights: one slider per criterion, shown as percentages that always sum to 100, with the ranking
 *  following live. Moving one slider rescales the others in proportion (computed in models/projectedit.cpp). */
Page {
    id: page

    header: Label {
        padding: 12
        wrapMode: Text.Wrap
        color: palette.placeholderText
        text: qsTr("Drag a slider to change a criterion's share; the other weights keep their proportions and the total stays 100 %. The ranking on the right follows at once. Undo with Ctrl+Z.")
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 24

        ScrollView {
            id: leftScroll
            Layout.preferredWidth: 600
            Layout.maximumWidth: 620
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
        ColumnLayout {
            width: leftScroll.availableWidth
            spacing: 4
            SectionTitle { text: qsTr("Criteria and weights") }
            Repeater {
                model: RankingController.criteria
                delegate: RowLayout {
                    id: critRow
                    required property int index
                    required property string name
                    required property string direction
                    required property double percent
                    objectName: "weightRow" + index
                    spacing: 8
                    Label {
                        text: critRow.name
                        Layout.preferredWidth: 170
                        elide: Text.ElideRight
                    }
                    Label {
                        text: critRow.direction === "benefit" ? "▲" : "▼"
                        color: palette.placeholderText
                        ToolTip.visible: dirHover.hovered
                        ToolTip.text: critRow.direction === "benefit" ? qsTr("higher is better") : qsTr("lower is better")
                        HoverHandler { id: dirHover }
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
                        text: Number(critRow.percent).toLocaleString(Qt.locale(), 'f', 1) + " %"
                        Layout.preferredWidth: 60
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
            SectionTitle { text: qsTr("Reference weights") }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: palette.placeholderText
                text: qsTr("From the data of the ranked venues (entropy, CRITIC) or from the criteria's importance order (rank-order centroid). Use one to replace the weights (undoable).")
            }
            ColumnLayout {
                id: refGrid
                spacing: 2
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
                Component.onCompleted: refresh()
                Connections {
                    target: RankingController
                    function onRankingChanged(): void { refGrid.refresh() }
                }
                RowLayout {
                    Label { text: qsTr("Criterion"); font.bold: true; Layout.preferredWidth: 180 }
                    Label { text: qsTr("Entropy"); font.bold: true; Layout.preferredWidth: 90 }
                    Label { text: "CRITIC"; font.bold: true; Layout.preferredWidth: 90 }
                    Label { text: qsTr("Rank order (ROC)"); font.bold: true }
                }
                Repeater {
                    model: RankingController.criteria
                    // qmllint disable unqualified
                    // (Qt 6.4's qmllint cannot see refGrid from inside a delegate.)
                    delegate: RowLayout {
                        id: refRow
                        required property int index
                        required property string name
                        Label { text: refRow.name; elide: Text.ElideRight; Layout.preferredWidth: 180 }
                        Label { text: refGrid.entropy.length ? Number(refGrid.entropy[refRow.index]).toFixed(1) + " %" : "–"; Layout.preferredWidth: 90 }
                        Label { text: refGrid.critic.length ? Number(refGrid.critic[refRow.index]).toFixed(1) + " %" : "–"; Layout.preferredWidth: 90 }
                        Label { text: refGrid.roc.length ? Number(refGrid.roc[refRow.index]).toFixed(1) + " %" : "–" }
                    }
                }
            }
            SectionTitle { text: qsTr("Importance order") }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: palette.placeholderText
                text: qsTr("Most important first; drag a criterion by its handle (≡) or move it with the arrows. The rank-order (ROC) column above follows; \"Use rank order\" applies it.")
            }
            Repeater {
                model: refGrid.order
                // qmllint disable unqualified
                delegate: RowLayout {
                    id: orderRow
                    required property int index
                    required property var modelData
                    spacing: 6
                    // Drag the handle up or down: the row follows the pointer and lands where it is released
                    // (one undoable move over several places; the column's spacing is 4).
                    z: dragHandle.pressed ? 1 : 0
                    transform: Translate { id: dragShift }
                    Label {
                        text: "≡"
                        font.pixelSize: 18
                        Layout.preferredWidth: 20
                        color: dragHandle.pressed ? palette.highlight : palette.placeholderText
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
                                const delta = Math.round(dragShift.y / (orderRow.height + 4))
                                dragShift.y = 0
                                if (delta !== 0)
                                    RankingController.moveImportance(orderRow.modelData.row, delta)
                            }
                            onCanceled: dragShift.y = 0
                        }
                    }
                    Label { text: (orderRow.index + 1) + "."; Layout.preferredWidth: 24 }
                    Label { text: orderRow.modelData.name; Layout.preferredWidth: 200; elide: Text.ElideRight }
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
                spacing: 8
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
            spacing: 2
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
                    spacing: 8
                    Label {
                        text: "#" + rankRow.rank
                        font.bold: true
                        Layout.preferredWidth: 32
                    }
                    Label {
                        text: rankRow.name
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        Layout.preferredWidth: 220
                        Layout.maximumWidth: 220
                    }
                    Rectangle {
                        Layout.preferredWidth: 120
                        Layout.minimumWidth: 120
                        Layout.preferredHeight: 10
                        color: palette.midlight
                        Rectangle {
                            width: parent.width * Math.max(0, Math.min(1, rankRow.score))
                            height: parent.height
                            color: rankRow.rank === 1 ? "#2e7d32" : "#4a78b5"
                        }
                    }
                    Label {
                        text: rankRow.scoreText
                        font.family: "monospace"
                    }
                }
            }
        }
    }
}
