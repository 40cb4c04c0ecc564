// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Weight stability (exact for WSM) and SMAA-2 rank acceptability with progress and cancel. */
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    SensitivityController {
        id: sens
        ranking: RankingController
        objectName: "sensitivityController"
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: 6

        Label {
            Layout.margins: 16
            Layout.bottomMargin: 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("Method: %1. Changing one weight rescales the others in proportion. The green band is where %2 stays first; the blue band is where the whole ranking stays the same. Same numbers: venuebid-cli sensitivity PROJECT --method %1.")
                  .arg(RankingController.methodName).arg(sens.winner)
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            objectName: "winnerFlip"
            text: sens.winnerFlip
        }

        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Weight stability")
        }
        Repeater {
            model: sens.stability
            delegate: RowLayout {
                id: st
                required property var modelData
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                spacing: 12
                Label {
                    text: st.modelData.name
                    Layout.preferredWidth: 180
                    elide: Text.ElideRight
                }
                Label {
                    text: Number(st.modelData.weight).toFixed(1) + " %"
                    Layout.preferredWidth: 56
                    horizontalAlignment: Text.AlignRight
                }
                Rectangle {
                    // 0–100 % track; bands from C++; the tick is the current weight.
                    Layout.preferredWidth: 300
                    Layout.preferredHeight: 16
                    color: palette.midlight
                    Rectangle {
                        x: parent.width * st.modelData.topLower / 100
                        width: parent.width * (st.modelData.topUpper - st.modelData.topLower) / 100
                        height: parent.height
                        color: "#a5d6a7"
                    }
                    Rectangle {
                        x: parent.width * st.modelData.rankLower / 100
                        width: parent.width * (st.modelData.rankUpper - st.modelData.rankLower) / 100
                        height: parent.height / 2
                        anchors.bottom: parent.bottom
                        color: "#4a78b5"
                    }
                    Rectangle {
                        x: parent.width * st.modelData.weight / 100 - 1
                        width: 2
                        height: parent.height + 4
                        y: -2
                        color: "black"
                    }
                }
                Label {
                    text: Number(st.modelData.topLower).toFixed(1) + "–" + Number(st.modelData.topUpper).toFixed(1) + " %"
                    Layout.preferredWidth: 110
                }
                Label {
                    text: st.modelData.flip
                    color: palette.placeholderText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
        }

        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("SMAA-2 rank acceptability")
        }
        Label {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("Weights drawn uniformly at random; each bar shows how often the venue takes rank 1 (green), 2, 3 … across the samples.")
        }
        RowLayout {
            Layout.leftMargin: 16
            spacing: 12
            Label { text: qsTr("Samples") }
            SpinBox {
                from: 100
                to: 1000000
                stepSize: 1000
                editable: true
                value: sens.samples
                onValueModified: sens.samples = value
            }
            Button {
                objectName: "runSmaa"
                text: qsTr("Run")
                enabled: !sens.running
                onClicked: sens.runSmaa()
            }
            Button {
                text: qsTr("Cancel")
                enabled: sens.running
                onClicked: sens.cancel()
            }
            ProgressBar {
                Layout.preferredWidth: 240
                from: 0
                to: 1
                value: sens.progress
                visible: sens.running
            }
            Label {
                text: sens.smaaStatus
                color: palette.placeholderText
            }
        }
        Repeater {
            model: sens.acceptability
            delegate: RowLayout {
                id: acc
                required property var modelData
                Layout.leftMargin: 16
                spacing: 12
                Label {
                    text: acc.modelData.name
                    Layout.preferredWidth: 300
                    elide: Text.ElideRight
                }
                Row {
                    Repeater {
                        model: acc.modelData.ranks
                        delegate: Rectangle {
                            required property int index
                            required property double modelData
                            readonly property var rankColors: ["#2e7d32", "#4a78b5", "#8e9fbf", "#c9a227", "#d98c5f", "#b5b5b5"]
                            width: 400 * modelData
                            height: 16
                            color: rankColors[Math.min(index, rankColors.length - 1)]
                        }
                    }
                }
                Label {
                    text: qsTr("rank 1: %1 %").arg(Number(acc.modelData.ranks[0] * 100).toFixed(1))
                }
            }
        }
        Item { Layout.preferredHeight: 16 }
    }
}
