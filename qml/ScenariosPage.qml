// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Formats, risk scenarios, contingency plan and CO2e (P1.1.1, P1.1.3, T1.6). Every number comes from
 *  ScenarioController and equals venuebid-cli options / scenarios / co2e on the same file. */
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    ScenarioController {
        id: analysis
        project: ProjectController
        objectName: "scenarioController"
    }

    component Cell: Label {
        textFormat: Text.PlainText
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
    component HeadCell: Cell {
        font.bold: true
        color: palette.placeholderText
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
            text: qsTr("Options are every candidate venue on site and hybrid, plus online, scored with the project's criteria. Scenarios are mutually exclusive; expected attendance weighs each scenario by its probability. The same numbers: venuebid-cli options, scenarios and co2e PROJECT.")
        }

        // ---- recommendation ----
        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Recommended format: %1").arg(analysis.recommendedFormat)
        }
        Label {
            objectName: "recommendationText"
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: analysis.recommendation
        }
        Flow {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            spacing: 16
            Repeater {
                model: analysis.options
                delegate: Label {
                    required property int index
                    required property int rank
                    required property string label
                    required property string scoreText
                    required property bool recommended
                    visible: index < 4
                    textFormat: Text.PlainText
                    font.bold: recommended
                    text: "#" + rank + " " + label + "  " + scoreText
                }
            }
        }

        // ---- scenarios ----
        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Risk scenarios")
        }
        Label {
            Layout.leftMargin: 16
            visible: !analysis.hasScenarios
            color: palette.placeholderText
            text: qsTr("The project has no risk scenarios.")
        }
        GridLayout {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            visible: analysis.hasScenarios
            columns: 7
            columnSpacing: 14
            rowSpacing: 4
            HeadCell { text: qsTr("Scenario"); Layout.preferredWidth: 200 }
            HeadCell { text: qsTr("Probability"); Layout.preferredWidth: 80 }
            HeadCell { text: qsTr("Risk (L × I)"); Layout.preferredWidth: 120 }
            HeadCell { text: qsTr("Effects"); Layout.preferredWidth: 330 }
            HeadCell { text: qsTr("On-site"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
            HeadCell { text: qsTr("Hybrid"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
            HeadCell { text: qsTr("Online"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property string name
                    text: name
                    Layout.preferredWidth: 200
                    Layout.row: 1 + index
                    Layout.column: 0
                    required property int index
                }
            }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property int index
                    required property string probabilityText
                    text: probabilityText
                    Layout.row: 1 + index
                    Layout.column: 1
                }
            }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property int index
                    required property int riskScore
                    required property string level
                    required property string levelText
                    text: riskScore + " · " + levelText
                    color: level === "action" ? "#c62828" : level === "monitor" ? "#ef6c00" : palette.text
                    Layout.row: 1 + index
                    Layout.column: 2
                }
            }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property int index
                    required property string effectsText
                    text: effectsText
                    wrapMode: Text.Wrap
                    elide: Text.ElideNone
                    Layout.preferredWidth: 330
                    Layout.row: 1 + index
                    Layout.column: 3
                }
            }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property int index
                    required property string onsiteText
                    text: onsiteText
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 70
                    Layout.row: 1 + index
                    Layout.column: 4
                }
            }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property int index
                    required property string hybridText
                    text: hybridText
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 70
                    Layout.row: 1 + index
                    Layout.column: 5
                }
            }
            Repeater {
                model: analysis.scenarios
                delegate: Cell {
                    required property int index
                    required property string onlineText
                    text: onlineText
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 70
                    Layout.row: 1 + index
                    Layout.column: 6
                }
            }
        }

        // ---- edit one scenario: probability, risk matrix, effects, fallback and decision date ----
        ColumnLayout {
            id: editForm
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            visible: analysis.hasScenarios
            spacing: 4
            /** Loads the selected scenario's values into the fields. */
            function load(): void {
                const f = analysis.scenarioFields(scenarioBox.currentIndex)
                if (f.probability === undefined)
                    return
                probField.text = Number(f.probability).toFixed(1)
                likelihoodBox.value = f.likelihood
                impactBox.value = f.impact
                onsiteField.text = Number(f.onsite).toFixed(0)
                onlineField.text = Number(f.online).toFixed(0)
                fallbackBox.currentIndex = Math.max(0, ["onsite", "hybrid", "online"].indexOf(f.fallback))
                dateField.text = f.triggerDate
            }
          RowLayout {
            spacing: 8
            Label { text: qsTr("Edit") ; font.bold: true }
            ComboBox {
                id: scenarioBox
                objectName: "scenarioBox"
                model: analysis.scenarios
                textRole: "name"
                Layout.preferredWidth: 220
                onActivated: editForm.load()
                Component.onCompleted: editForm.load()
            }
            Label { text: qsTr("p %") }
            TextField { id: probField; objectName: "scenarioProbability"; Layout.preferredWidth: 56 }
            Label { text: qsTr("L") }
            SpinBox { id: likelihoodBox; from: 1; to: 5; Layout.preferredWidth: 90 }
            Label { text: qsTr("I") }
            SpinBox { id: impactBox; from: 1; to: 5; Layout.preferredWidth: 90 }
          }
          RowLayout {
            spacing: 8
            Label { text: qsTr("on-site %") }
            TextField { id: onsiteField; objectName: "scenarioOnsite"; Layout.preferredWidth: 52 }
            Label { text: qsTr("online %") }
            TextField { id: onlineField; Layout.preferredWidth: 52 }
            Label { text: qsTr("fallback") }
            ComboBox {
                id: fallbackBox
                model: [qsTr("on-site"), qsTr("hybrid"), qsTr("online")]
                Layout.preferredWidth: 100
            }
            TextField { id: dateField; objectName: "scenarioDate"; placeholderText: "YYYY-MM-DD"; Layout.preferredWidth: 110 }
            Button {
                objectName: "applyScenario"
                text: qsTr("Apply")
                onClicked: {
                    const error = analysis.setScenario(scenarioBox.currentIndex, {
                        probability: probField.text, likelihood: likelihoodBox.value, impact: impactBox.value,
                        onsite: onsiteField.text, online: onlineField.text,
                        fallback: ["onsite", "hybrid", "online"][fallbackBox.currentIndex], triggerDate: dateField.text })
                    scenarioStatus.text = error
                    if (error === "")
                        editForm.load()
                }
            }
          }
        }
        Label {
            id: scenarioStatus
            objectName: "scenarioStatus"
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#c62828"
            visible: text !== ""
        }

        // ---- expected result and CO2e per format, side by side ----
        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Expected result and CO2e per format")
        }
        RowLayout {
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: analysis.formats
                delegate: Frame {
                    id: card
                    required property string format
                    required property string name
                    required property string baselineText
                    required property string expectedText
                    required property string exposureText
                    required property string worstScenario
                    required property string co2eText
                    required property string flightsText
                    required property bool co2ePartial
                    required property string co2eMissing
                    required property bool recommended
                    required property string surplusText
                    required property string expectedSurplusText
                    objectName: "formatCard_" + format
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.minimumWidth: 0
                    implicitWidth: 200
                    Layout.alignment: Qt.AlignTop
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: 2
                        Label {
                            font.bold: true
                            font.pixelSize: 15
                            text: card.recommended ? qsTr("%1 (recommended)").arg(card.name) : card.name
                        }
                        Label { text: qsTr("Attendance without incidents: %1").arg(card.baselineText) }
                        Label { text: qsTr("Expected attendance: %1").arg(card.expectedText) }
                        Label { text: qsTr("Risk exposure: %1").arg(card.exposureText) }
                        Label { text: qsTr("Surplus without incidents: %1").arg(card.surplusText) }
                        Label {
                            objectName: "expectedSurplus_" + card.format
                            font.bold: true
                            text: qsTr("Expected surplus: %1").arg(card.expectedSurplusText)
                        }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            text: qsTr("Worst scenario: %1").arg(card.worstScenario)
                        }
                        Label {
                            font.bold: true
                            text: qsTr("CO2e (known parts): %1 t").arg(card.co2eText)
                        }
                        Label { text: qsTr("of which flights, both legs: %1 t").arg(card.flightsText) }
                        Label {
                            Layout.fillWidth: true
                            visible: card.co2ePartial
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: "#ef6c00"
                            font.pixelSize: 11
                            text: qsTr("Partial, missing: %1").arg(card.co2eMissing)
                        }
                    }
                }
            }
        }

        // ---- CO2e factors: sourced facts of the project, editable ----
        SectionTitle {
            Layout.leftMargin: 16
            visible: analysis.hasSustainability
            text: qsTr("CO2e factors and their sources")
        }
        Repeater {
            model: analysis.co2eFactors
            delegate: RowLayout {
                id: factor
                required property var modelData
                required property int index
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                spacing: 8
                Label { text: factor.modelData.name; Layout.preferredWidth: 330; elide: Text.ElideRight }
                TextField {
                    id: factorValue
                    objectName: "factorValue_" + factor.modelData.key
                    text: factor.modelData.value
                    placeholderText: qsTr("unknown")
                    Layout.preferredWidth: 80
                }
                TextField {
                    id: factorSource
                    objectName: "factorSource_" + factor.modelData.key
                    text: factor.modelData.source
                    placeholderText: qsTr("source URL")
                    Layout.preferredWidth: 380
                }
                TextField {
                    id: factorAsOf
                    objectName: "factorAsOf_" + factor.modelData.key
                    text: factor.modelData.asOf
                    placeholderText: qsTr("as of")
                    Layout.preferredWidth: 90
                }
                Button {
                    objectName: "saveFactor_" + factor.modelData.key
                    text: qsTr("Save")
                    // qmllint disable unqualified
                    // (Qt 6.4's qmllint cannot see the page's ids from inside a delegate.)
                    onClicked: factorStatus.text = analysis.setCo2eFactor(factor.modelData.key, factorValue.text, factorSource.text, factorAsOf.text)
                    // qmllint enable unqualified
                }
            }
        }
        Label {
            id: factorStatus
            objectName: "factorStatus"
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#c62828"
            visible: text !== ""
        }

        // ---- contingency plan ----
        SectionTitle {
            Layout.leftMargin: 16
            text: qsTr("Contingency plan")
            visible: analysis.hasScenarios
        }
        Repeater {
            model: analysis.scenarios
            delegate: RowLayout {
                id: plan
                Layout.fillWidth: true
                required property string name
                required property bool hasContingency
                required property string fallbackText
                required property string triggerDate
                required property int daysBeforeStart
                required property bool triggerOk
                required property bool fallbackOk
                required property string bestFormat
                required property string action
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                spacing: 14
                Cell { text: plan.name; Layout.preferredWidth: 200 }
                Cell {
                    Layout.preferredWidth: 150
                    text: plan.hasContingency ? qsTr("Fallback: %1").arg(plan.fallbackText) : qsTr("No fallback planned")
                    color: plan.hasContingency ? palette.text : "#c62828"
                }
                Cell {
                    Layout.preferredWidth: 200
                    visible: plan.hasContingency
                    text: qsTr("Decide by %1 (D−%2)").arg(plan.triggerDate).arg(plan.daysBeforeStart)
                    color: plan.triggerOk ? palette.text : "#c62828"
                }
                Cell {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    wrapMode: Text.Wrap
                    elide: Text.ElideNone
                    text: plan.fallbackOk ? plan.action : qsTr("Keeps fewer attendees than %1; consider it instead.").arg(plan.bestFormat)
                    color: plan.fallbackOk ? palette.text : "#ef6c00"
                    font.pixelSize: 12
                }
            }
        }
        Item { Layout.preferredHeight: 16 }
    }
}
