// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Weight stability (exact for WSM) and SMAA-2 rank acceptability with progress and cancel. */
PageScaffold {
    id: page
    description: qsTr("Method: %1. Changing one weight rescales the others in proportion. The green band is where %2 stays first; the blue band is where the whole ranking stays the same. Same numbers: venuebid-cli sensitivity PROJECT --method %3.")
                 .arg(RankingController.methodTitle).arg(sens.winner).arg(RankingController.methodName)

    SensitivityController {
        id: sens
        ranking: RankingController
        objectName: "sensitivityController"
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        objectName: "winnerFlip"
        text: sens.winnerFlip
    }
    Label {
        // Which venues are analysed when there are too many for all of them (the top 100, as --top-k 100).
        objectName: "sensitivityScope"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: text !== ""
        textFormat: Text.PlainText
        color: Theme.caution
        text: sens.scope
    }

    SectionTitle { text: qsTr("Weight stability") }
    Repeater {
        model: sens.stability
        delegate: RowLayout {
            id: st
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gapWide
            Label {
                textFormat: Text.PlainText
                text: st.modelData.name
                Layout.preferredWidth: 180
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                text: Numbers.fixed(st.modelData.weight, 1) + " %"
                Layout.preferredWidth: 56
                horizontalAlignment: Text.AlignRight
            }
            Rectangle {
                // 0–100 % track; bands from C++; the tick is the current weight.
                Layout.preferredWidth: 300
                Layout.preferredHeight: 16
                color: Theme.track
                Rectangle {
                    x: parent.width * st.modelData.topLower / 100
                    width: parent.width * (st.modelData.topUpper - st.modelData.topLower) / 100
                    height: parent.height
                    color: Theme.bandWinner
                }
                Rectangle {
                    x: parent.width * st.modelData.rankLower / 100
                    width: parent.width * (st.modelData.rankUpper - st.modelData.rankLower) / 100
                    height: parent.height / 2
                    anchors.bottom: parent.bottom
                    color: Theme.bandRanking
                }
                Rectangle {
                    x: parent.width * st.modelData.weight / 100 - 1
                    width: 2
                    height: parent.height + 4
                    y: -2
                    color: Theme.marker
                }
            }
            Label {
                textFormat: Text.PlainText
                text: Numbers.fixed(st.modelData.topLower, 1) + "–" + Numbers.fixed(st.modelData.topUpper, 1) + " %"
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 110
            }
            Label {
                text: st.modelData.flip
                textFormat: Text.PlainText
                color: Theme.mutedText
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }
    }

    SectionTitle { text: qsTr("SMAA-2 rank acceptability") }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Weights drawn uniformly at random; each bar shows how often the venue takes rank 1 (green), 2, 3 … across the samples.")
    }
    RowLayout {
        spacing: Theme.gapWide
        Label { textFormat: Text.PlainText; text: qsTr("Samples") }
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
            textFormat: Text.PlainText
            text: sens.smaaStatus
            color: Theme.mutedText
        }
    }
    Repeater {
        model: sens.acceptability
        delegate: RowLayout {
            id: acc
            required property var modelData
            spacing: Theme.gapWide
            Label {
                text: acc.modelData.name
                textFormat: Text.PlainText
                Layout.preferredWidth: 300
                elide: Text.ElideRight
            }
            Row {
                Layout.preferredWidth: 400
                Repeater {
                    model: acc.modelData.ranks
                    delegate: Rectangle {
                        required property int index
                        required property double modelData
                        width: 400 * modelData
                        height: 16
                        color: Theme.rankColor(index)
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("rank 1: %1 %").arg(Numbers.fixed(acc.modelData.ranks[0] * 100, 1))
            }
        }
    }
}
