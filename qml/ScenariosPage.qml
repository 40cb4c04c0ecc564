// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Formats, risk scenarios, contingency plan and CO2e (P1.1.1, P1.1.3, T1.6). Every number comes from
 *  ScenarioController and equals venuebid-cli options / scenarios / co2e on the same file. */
PageScaffold {
    id: page
    // The CO2e factor rows: name, value, the unsourced tag (about 70), source (may narrow to 200), as of, Save.
    minimumContentWidth: 330 + 80 + 70 + 200 + 90 + 80 + 5 * Theme.gap
    description: qsTr("Options are every candidate venue on site and hybrid, plus online, scored with the project's criteria. Scenarios are mutually exclusive; expected attendance weighs each scenario by its probability. The same numbers: venuebid-cli options, scenarios and co2e PROJECT.")

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

    // ---- recommendation ----
    SectionTitle { text: qsTr("Recommended format: %1").arg(analysis.recommendedFormat) }
    Label {
        objectName: "recommendationText"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: analysis.recommendation
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gapLarge
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
    SectionTitle { text: qsTr("Risk scenarios") }
    Label {
        textFormat: Text.PlainText
        visible: !analysis.hasScenarios
        color: Theme.mutedText
        text: qsTr("The project has no risk scenarios.")
    }
    DataTable {
        objectName: "scenarioTable"
        Layout.fillWidth: true
        visible: analysis.hasScenarios
        model: analysis.scenarios
        // The effects take the width the page has (they wrap), so that the attendance columns stay in view at 1093 px.
        stretchColumn: 3
        columns: [
            { title: qsTr("Scenario"), role: "name", width: 180, wrap: true },
            { title: qsTr("Probability"), role: "probabilityText", width: 90, numeric: true },
            { title: qsTr("Risk (L × I)"), text: r => r.riskScore + " · " + r.levelText, width: 120,
              color: r => r.level === "action" ? Theme.error : (r.level === "monitor" ? Theme.caution : Theme.text) },
            { title: qsTr("Effects"), role: "effectsText", width: 230, wrap: true },
            { title: qsTr("On-site"), role: "onsiteText", width: 80, numeric: true },
            { title: qsTr("Hybrid"), role: "hybridText", width: 80, numeric: true },
            { title: qsTr("Online"), role: "onlineText", width: 80, numeric: true }
        ]
    }

    // ---- edit one scenario: probability, risk matrix, effects, fallback and decision date ----
    ColumnLayout {
        id: editForm
        visible: analysis.hasScenarios
        spacing: Theme.gapSmall
        /** Loads the selected scenario's values into the fields. */
        function load(): void {
            const f = analysis.scenarioFields(scenarioBox.currentIndex)
            if (f.probability === undefined)
                return
            probField.text = Numbers.grouped(f.probability)
            likelihoodBox.value = f.likelihood
            impactBox.value = f.impact
            onsiteField.text = Numbers.fixed(f.onsite, 0)
            onlineField.text = Numbers.fixed(f.online, 0)
            fallbackBox.currentIndex = Math.max(0, ["onsite", "hybrid", "online"].indexOf(f.fallback))
            dateField.text = f.triggerDate
        }
        RowLayout {
            spacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("Edit") ; font.bold: true }
            PlainComboBox {
                id: scenarioBox
                objectName: "scenarioBox"
                model: analysis.scenarios
                textRole: "name"
                Layout.preferredWidth: 220
                /** The scenario chosen last: the list is rebuilt after every change (and on opening a file), which
                 *  leaves the box without a choice; it comes back to this one, or to the last when fewer are left. */
                property int chosen: 0
                function restore(): void {
                    if (currentIndex < 0 && count > 0)
                        currentIndex = Math.min(chosen, count - 1)
                    editForm.load()
                }
                onActivated: index => chosen = index
                // Filled as soon as the list has its scenarios (on opening the page too), and on every choice.
                onCurrentIndexChanged: currentIndex < 0 ? restoreLater.restart() : editForm.load()
                onCountChanged: restoreLater.restart()
                // After the model's own handling of the change (Qt.callLater, which Qt 6.4's qmllint does not know).
                Timer {
                    id: restoreLater
                    interval: 0
                    onTriggered: scenarioBox.restore()
                }
                Connections {
                    target: analysis
                    // The numbers of the chosen scenario change with an edit or an undo, its index does not.
                    function onChanged(): void { restoreLater.restart() }
                }
            }
            Label { textFormat: Text.PlainText; text: qsTr("p %") }
            TextField { id: probField; objectName: "scenarioProbability"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 56 }
            Label { textFormat: Text.PlainText; text: qsTr("L") }
            SpinBox { id: likelihoodBox; from: 1; to: 5; Layout.preferredWidth: 90 }
            Label { textFormat: Text.PlainText; text: qsTr("I") }
            SpinBox { id: impactBox; from: 1; to: 5; Layout.preferredWidth: 90 }
            // The chosen scenario stays chosen at its new place (the list keeps the box's index, so it is moved too;
            // restore() comes back to `chosen` should the list be rebuilt).
            MoveButtons {
                objectName: "moveScenario"
                canMoveUp: scenarioBox.currentIndex > 0
                canMoveDown: scenarioBox.currentIndex >= 0 && scenarioBox.currentIndex < scenarioBox.count - 1
                onMoved: delta => {
                    const from = scenarioBox.currentIndex
                    scenarioStatus.text = analysis.moveScenario(from, delta)
                    if (scenarioStatus.text === "") {
                        scenarioBox.chosen = from + delta
                        scenarioBox.currentIndex = from + delta
                    }
                }
            }
            Button {
                objectName: "deleteScenario"
                text: qsTr("Delete")
                onClicked: {
                    scenarioStatus.text = analysis.removeScenario(scenarioBox.currentIndex)
                    if (scenarioStatus.text === "")
                        editForm.load()
                }
            }
        }
        RowLayout {
            spacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("on-site %") }
            TextField { id: onsiteField; objectName: "scenarioOnsite"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 52 }
            Label { textFormat: Text.PlainText; text: qsTr("online %") }
            TextField { id: onlineField; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 52 }
            Label { textFormat: Text.PlainText; text: qsTr("fallback") }
            PlainComboBox {
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
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }

    // ---- add a risk scenario: its name, hazard, probability, place in the risk matrix and effects ----
    SectionTitle { text: qsTr("Add a risk scenario") }
    ColumnLayout {
        id: addForm
        objectName: "addScenarioForm"
        spacing: Theme.gapSmall
        /** Why the last add was refused, and the field it concerns. */
        property string error: ""
        property string errorField: ""
        readonly property var hazards: ["natural", "human", "technological"]

        function errorFor(fields: var): string {
            return fields.indexOf(addForm.errorField) >= 0 ? addForm.error : ""
        }
        function add(): void {
            const r = Object(analysis.addScenario({
                nameEn: newNameEn.text, nameZh: newNameZh.text, hazard: hazards[hazardBox.currentIndex],
                probability: newProb.text, likelihood: newLikelihood.value, impact: newImpact.value,
                onsite: newOnsite.text, online: newOnline.text, shift: newShift.text, venueClosed: venueClosedBox.checked }))
            addForm.error = r["error"]
            addForm.errorField = r["field"]
            if (r["error"] === "") {
                for (const f of [newNameEn, newNameZh, newProb, newOnsite, newOnline, newShift])
                    f.text = ""
                venueClosedBox.checked = false
            }
        }

        RowLayout {
            spacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("Name") }
            TextField { id: newNameEn; objectName: "newScenarioNameEn"; placeholderText: qsTr("in English"); Layout.preferredWidth: 200 }
            TextField { id: newNameZh; objectName: "newScenarioNameZh"; placeholderText: qsTr("in Chinese"); Layout.preferredWidth: 160 }
            PlainComboBox {
                id: hazardBox
                objectName: "newScenarioHazard"
                model: [qsTr("natural hazard"), qsTr("human-made"), qsTr("technological")]
                Layout.preferredWidth: 150
            }
        }
        Label {
            objectName: "newScenarioNameError"
            textFormat: Text.PlainText
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.maximumWidth: page.viewWidth
            visible: text !== ""
            text: addForm.errorFor(["name"])
        }
        RowLayout {
            spacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("p %") }
            TextField { id: newProb; objectName: "newScenarioProbability"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 56 }
            Label { textFormat: Text.PlainText; text: qsTr("L") }
            SpinBox { id: newLikelihood; objectName: "newScenarioLikelihood"; from: 1; to: 5; Layout.preferredWidth: 90 }
            Label { textFormat: Text.PlainText; text: qsTr("I") }
            SpinBox { id: newImpact; objectName: "newScenarioImpact"; from: 1; to: 5; Layout.preferredWidth: 90 }
            Label { textFormat: Text.PlainText; text: qsTr("on-site %") }
            TextField { id: newOnsite; objectName: "newScenarioOnsite"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 52 }
            Label { textFormat: Text.PlainText; text: qsTr("online %") }
            TextField { id: newOnline; objectName: "newScenarioOnline"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 52 }
        }
        RowLayout {
            spacing: Theme.gap
            CheckBox {
                id: venueClosedBox
                objectName: "newScenarioVenueClosed"
                text: qsTr("venue closed")
                contentItem: Label {
                    textFormat: Text.PlainText
                    text: venueClosedBox.text
                    leftPadding: venueClosedBox.indicator.width + venueClosedBox.spacing
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label { textFormat: Text.PlainText; text: qsTr("of those lost, join online %") }
            TextField { id: newShift; objectName: "newScenarioShift"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 52 }
            Button {
                objectName: "addScenario"
                text: qsTr("Add scenario")
                enabled: newNameEn.text.trim() !== "" || newNameZh.text.trim() !== "" // one language stands for both
                onClicked: addForm.add()
            }
        }
        Label {
            objectName: "newScenarioError"
            textFormat: Text.PlainText
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.maximumWidth: page.viewWidth
            visible: text !== ""
            text: addForm.errorFor(["probability", "likelihood", "impact", "onsite", "online", "shift", ""])
        }
        Label {
            textFormat: Text.PlainText
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.maximumWidth: page.viewWidth
            text: qsTr("Percentages: the probability of the scenario around the event; the change of on-site and online attendance (-60 = 60 % fewer). The scenarios are alternatives: their probabilities add up to at most 100 %.")
        }
    }

    // The table's scenarios in the likelihood × impact matrix, and each format's attendance per scenario: the charts
    // carry their own titles and are exported as they are; below the forms, so that these keep their place under the table.
    ChartPanel {
        objectName: "riskMatrixChart"
        svg: analysis.riskMatrixChart
        fileSuffix: "-risk-matrix"
    }
    ChartPanel {
        objectName: "scenarioOutcomeChart"
        svg: analysis.outcomeChart
        fileSuffix: "-scenario-attendance"
    }

    // ---- expected result and CO2e per format, side by side ----
    SectionTitle { text: qsTr("Expected result and CO2e per format") }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gapWide
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
                    spacing: Theme.gapTiny
                    Label {
                        textFormat: Text.PlainText
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        text: card.recommended ? qsTr("%1 (recommended)").arg(card.name) : card.name
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("Attendance without incidents: %1").arg(card.baselineText) }
                    Label { textFormat: Text.PlainText; text: qsTr("Expected attendance: %1").arg(card.expectedText) }
                    Label { textFormat: Text.PlainText; text: qsTr("Risk exposure: %1").arg(card.exposureText) }
                    Label { textFormat: Text.PlainText; text: qsTr("Surplus without incidents: %1").arg(card.surplusText) }
                    Label {
                        textFormat: Text.PlainText
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
                        textFormat: Text.PlainText
                        font.bold: true
                        text: qsTr("CO2e (known parts): %1 t").arg(card.co2eText)
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("of which flights, both legs: %1 t").arg(card.flightsText) }
                    Label {
                        Layout.fillWidth: true
                        visible: card.co2ePartial
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        color: Theme.caution
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Partial, missing: %1").arg(card.co2eMissing)
                    }
                }
            }
        }
    }

    // ---- CO2e factors: sourced facts of the project, editable ----
    SectionTitle {
        visible: analysis.hasSustainability
        text: qsTr("CO2e factors and their sources")
    }
    Repeater {
        model: analysis.co2eFactors
        delegate: RowLayout {
            id: factor
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.gap
            Label { textFormat: Text.PlainText; text: factor.modelData.name; Layout.preferredWidth: 330; elide: Text.ElideRight }
            TextField {
                id: factorValue
                objectName: "factorValue_" + factor.modelData.key
                text: factor.modelData.value
                placeholderText: qsTr("unknown")
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 80
            }
            // A slot of the same width in every row, so the source fields line up whether the tag shows or not.
            Item {
                Layout.preferredWidth: 70
                Layout.preferredHeight: factorTag.implicitHeight
                UnsourcedTag {
                    id: factorTag
                    objectName: "factorUnsourced_" + factor.modelData.key
                    anchors.verticalCenter: parent.verticalCenter
                    visible: factor.modelData.unsourced
                }
            }
            TextField {
                id: factorSource
                objectName: "factorSource_" + factor.modelData.key
                text: factor.modelData.source
                placeholderText: qsTr("source URL")
                Layout.fillWidth: true
                Layout.minimumWidth: 200
                Layout.maximumWidth: 380
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
                onClicked: factorStatus.text = analysis.setCo2eFactor(factor.modelData.key, factorValue.text, factorSource.text, factorAsOf.text)
            }
            Item { Layout.fillWidth: true }
        }
    }
    Label {
        id: factorStatus
        objectName: "factorStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }

    // ---- contingency plan ----
    SectionTitle {
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
            spacing: Theme.gapWide
            Cell { text: plan.name; Layout.preferredWidth: 200 }
            Cell {
                Layout.preferredWidth: 150
                text: plan.hasContingency ? qsTr("Fallback: %1").arg(plan.fallbackText) : qsTr("No fallback planned")
                color: plan.hasContingency ? Theme.text : Theme.error
            }
            Cell {
                Layout.preferredWidth: 200
                visible: plan.hasContingency
                text: qsTr("Decide by %1 (D−%2)").arg(plan.triggerDate).arg(plan.daysBeforeStart)
                color: plan.triggerOk ? Theme.text : Theme.error
            }
            Cell {
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                wrapMode: Text.Wrap
                elide: Text.ElideNone
                text: plan.fallbackOk ? plan.action : qsTr("Keeps fewer attendees than %1; consider it instead.").arg(plan.bestFormat)
                color: plan.fallbackOk ? Theme.text : Theme.caution
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
