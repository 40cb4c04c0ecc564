// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The negotiation (T1.4, P1.4.1), an internal page: the settings (format, fee model, margins, BATNA, the client's
 *  ceiling), the floor, target and opening with the zone of possible agreement on a price line, the concession steps
 *  (a step below the floor blocked), the trade-offs and the round log. The numbers of venuebid-cli negotiation. */
PageScaffold {
    id: page
    description: neg.hasNegotiation ? "" : qsTr("This project has no negotiation plan yet (section \"negotiation\", docs/project-format.md).")
    toolbar: [
        Button {
            objectName: "startNegotiation"
            visible: !neg.hasNegotiation && ProjectController.loaded
            text: qsTr("Start a negotiation plan")
            onClicked: startStatus.text = neg.start()
        },
        Label {
            id: startStatus
            textFormat: Text.PlainText
            color: Theme.error
        }
    ]

    NegotiationController {
        id: neg
        objectName: "negotiationController"
        project: ProjectController
    }

    function indexOfKey(list: var, key: string): int {
        for (let i = 0; i < list.length; ++i)
            if (list[i].key === key)
                return i
        return -1
    }

    Label {
        objectName: "internalNote"
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        color: Theme.caution
        text: qsTr("Internal: this page shows our cost, margins and walk-away price. Never show it or its export to the client.")
    }

    SectionTitle {
        visible: neg.hasNegotiation
        text: qsTr("Settings")
    }
    GridLayout {
        visible: neg.hasNegotiation
        columns: 4
        columnSpacing: Theme.gapWide
        rowSpacing: Theme.gapSmall

        Label { text: qsTr("Negotiated format"); textFormat: Text.PlainText }
        PlainComboBox {
            objectName: "negFormat"
            model: neg.formats
            textRole: "name"
            valueRole: "key"
            currentIndex: count > 0 ? page.indexOfKey(neg.formats, neg.formatKey) : -1
            Layout.preferredWidth: 180
            onActivated: termStatus.text = neg.setTerm("format", currentValue)
        }
        Label { text: qsTr("Fee model"); textFormat: Text.PlainText }
        PlainComboBox {
            objectName: "negFeeModel"
            model: neg.feeModels
            textRole: "name"
            valueRole: "key"
            currentIndex: count > 0 ? page.indexOfKey(neg.feeModels, neg.feeModelKey) : -1
            Layout.preferredWidth: 180
            onActivated: termStatus.text = neg.setTerm("fee_model", currentValue)
        }

        Label { text: qsTr("Minimum margin"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        PercentField {
            objectName: "negMinMargin"
            decimals: 2
            value: neg.minMargin
            onCommitted: v => error = neg.setTerm("min_margin", v)
        }
        Label { text: qsTr("Target margin"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        PercentField {
            objectName: "negTargetMargin"
            decimals: 2
            value: neg.targetMargin
            onCommitted: v => error = neg.setTerm("target_margin", v)
        }

        Label { text: qsTr("BATNA (our best alternative)"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        MoneyField {
            objectName: "negBatna"
            value: neg.batna
            placeholderText: qsTr("not stated")
            onCommitted: v => error = neg.setTerm("batna", v)
            onEditingFinished: if (text.trim() === "" && neg.batna !== undefined) error = neg.setTerm("batna", null)
        }
        Label { text: qsTr("Client's ceiling (estimate)"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        MoneyField {
            objectName: "negReservation"
            value: neg.clientReservation
            placeholderText: qsTr("not known")
            onCommitted: v => error = neg.setTerm("client_reservation", v)
            onEditingFinished: if (text.trim() === "" && neg.clientReservation !== undefined) error = neg.setTerm("client_reservation", null)
        }

        Label { text: qsTr("Opening price"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        MoneyField {
            objectName: "negOpening"
            value: neg.opening
            placeholderText: neg.openingText
            onCommitted: v => error = neg.setTerm("opening", v)
            onEditingFinished: if (text.trim() === "" && neg.opening !== undefined) error = neg.setTerm("opening", null)
        }
        CheckBox {
            objectName: "negTender"
            text: qsTr("Government tender (最有利標)")
            checked: neg.governmentTender
            onClicked: termStatus.text = neg.setTerm("government_tender", checked)
        }
        NumberField {
            objectName: "negRoundLimit"
            kind: "count"
            unit: qsTr("rounds at most")
            visible: neg.governmentTender
            value: neg.roundLimit
            onCommitted: v => error = neg.setTerm("round_limit", v)
        }
    }
    Label {
        id: termStatus
        objectName: "termStatus"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }
    Label {
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.mutedText
        text: qsTr("The fee model is a setting: no public typical percentage for a PCO's fee was found. Floor = cost ÷ (1 − minimum margin); target = cost ÷ (1 − target margin); prices before tax.")
    }

    SectionTitle {
        visible: neg.hasNegotiation
        text: qsTr("Price range and zone of possible agreement")
    }
    DataTable {
        objectName: "rangeTable"
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: neg.rangeRows
        columns: [{ title: qsTr("Item"), role: "item", width: 330 },
                  { title: qsTr("TWD, before tax"), role: "amount", width: 150, numeric: true }]
    }
    // The price line: the zone (walk-away to the client's ceiling) as a band, each amount as a tick with its label.
    Item {
        id: priceLine
        objectName: "priceLine"
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        Layout.maximumWidth: 900
        Layout.minimumWidth: 560
        Layout.preferredHeight: 150
        readonly property real lineY: 44
        readonly property real inset: 60
        readonly property real usable: width - 2 * inset
        Rectangle {
            x: priceLine.inset
            y: priceLine.lineY - 2
            width: priceLine.usable
            height: 4
            color: Theme.track
        }
        Rectangle {
            objectName: "zoneBand"
            visible: neg.zoneFrom >= 0
            x: priceLine.inset + priceLine.usable * Math.max(0, neg.zoneFrom)
            y: priceLine.lineY - 8
            width: Math.max(2, priceLine.usable * (neg.zoneTo - neg.zoneFrom))
            height: 16
            color: Theme.bandWinner
            opacity: 0.8
        }
        Repeater {
            model: neg.marks
            delegate: Item {
                id: mark
                required property var modelData
                readonly property real cx: priceLine.inset + priceLine.usable * mark.modelData.at
                readonly property color tone: mark.modelData.key === "floor" ? Theme.error
                                            : mark.modelData.key === "ceiling" ? Theme.success
                                            : mark.modelData.key === "cost" ? Theme.mutedText : Theme.marker
                Rectangle {
                    x: mark.cx - 1
                    y: priceLine.lineY - 12
                    width: 2
                    height: 24 + mark.modelData.lane * 30
                    color: mark.tone
                }
                Label {
                    textFormat: Text.PlainText
                    x: Math.max(0, Math.min(priceLine.width - width, mark.cx - width / 2))
                    y: priceLine.lineY + 14 + mark.modelData.lane * 30
                    horizontalAlignment: Text.AlignHCenter
                    color: mark.tone
                    font.pixelSize: Theme.fontSmall
                    text: mark.modelData.label + "\n" + mark.modelData.amount
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            x: priceLine.inset
            y: 4
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            text: qsTr("Price before tax (TWD); the green band is the zone of possible agreement")
        }
    }
    Label {
        objectName: "zoneText"
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        color: neg.zoneState === "zone" ? Theme.success : neg.zoneState === "none" ? Theme.error : Theme.mutedText
        text: neg.zoneText
    }

    SectionTitle {
        visible: neg.hasNegotiation
        text: qsTr("Concession steps (decreasing; never below the floor %1)").arg(neg.floorText)
    }
    DataTable {
        objectName: "stepTable"
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: neg.steps
        columns: [
            { title: qsTr("Step"), role: "step", width: 70 },
            { title: qsTr("Concession"), role: "concession", width: 120, numeric: true },
            { title: qsTr("Price before tax"), role: "price", width: 130, numeric: true },
            { title: qsTr("Margin on the price"), role: "margin", width: 110, numeric: true },
            { title: qsTr("Incl. tax"), role: "withTax", width: 130, numeric: true },
            { title: qsTr("Check"), width: 220, text: r => r.belowFloor ? qsTr("Blocked: below the floor") : qsTr("above the floor"),
              color: r => r.belowFloor ? Theme.error : Theme.success, bold: r => r.belowFloor },
            { title: qsTr("Note"), role: "note", width: 320 }
        ]
    }
    RowLayout {
        visible: neg.hasNegotiation
        spacing: Theme.gap
        Label { text: qsTr("Concession"); textFormat: Text.PlainText }
        SpinBox {
            id: stepBox
            objectName: "concessionIndex"
            from: 1
            to: Math.max(1, neg.steps.length)
            value: 1
            Layout.preferredWidth: 100
            onValueModified: concessionForm.load()
        }
        MoneyField {
            id: concessionAmount
            objectName: "concessionAmount"
        }
        TextField {
            id: concessionNote
            objectName: "concessionNote"
            placeholderText: qsTr("note")
            Layout.preferredWidth: 220
        }
        Button {
            objectName: "saveConcession"
            text: stepBox.value >= neg.steps.length ? qsTr("Add step") : qsTr("Save step")
            onClicked: concessionStatus.text = concessionAmount.value === undefined || concessionAmount.value === null
                       ? qsTr("Type the amount the price comes down by.")
                       : neg.setConcession(stepBox.value - 1, concessionAmount.value, concessionNote.text)
        }
        Button {
            objectName: "deleteConcession"
            text: qsTr("Delete step")
            enabled: stepBox.value < neg.steps.length
            onClicked: concessionStatus.text = neg.removeConcession(stepBox.value - 1)
        }
        QtObject {
            id: concessionForm
            function load(): void {
                const row = neg.steps[stepBox.value]
                concessionAmount.value = row ? row.amount : undefined
                concessionNote.text = row ? row.note : ""
            }
        }
        Component.onCompleted: concessionForm.load()
        Connections {
            target: neg
            function onChanged(): void { concessionForm.load() }
        }
    }
    Label {
        id: concessionStatus
        objectName: "concessionStatus"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    SectionTitle {
        visible: neg.tradeOffs.length > 0
        text: qsTr("Trade-offs: little cost to us, worth more to the client")
    }
    DataTable {
        objectName: "tradeOffTable"
        visible: neg.tradeOffs.length > 0
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: neg.tradeOffs
        columns: [
            { title: qsTr("Budget line"), role: "line", width: 220, color: r => r.found ? Theme.text : Theme.error },
            { title: qsTr("Cost in this format"), role: "cost", width: 150, numeric: true },
            { title: qsTr("Why it is worth more to the client"), role: "note", width: 480 }
        ]
    }

    SectionTitle {
        visible: neg.hasNegotiation
        text: qsTr("Negotiation log")
    }
    Label {
        objectName: "tenderNote"
        visible: neg.governmentTender
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.info
        text: qsTr("Government tender: the negotiation of a most-advantageous tender (最有利標) follows Government Procurement Act Art. 56 — the rounds are limited as the tender documents state, and every round is recorded.") + "\n" + neg.tenderText
    }
    DataTable {
        objectName: "roundTable"
        visible: neg.hasNegotiation
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: neg.rounds
        selectedRow: roundForm.target < neg.rounds.length ? roundForm.target : -1
        onCellClicked: (row, column) => roundForm.select(row)
        columns: [
            { title: qsTr("Round"), role: "number", width: 60, numeric: true },
            { title: qsTr("Date"), role: "date", width: 100 },
            { title: qsTr("Offer by"), role: "partyName", width: 90 },
            { title: qsTr("Offer before tax"), role: "offerText", width: 130, numeric: true },
            { title: qsTr("Given"), role: "given", width: 240 },
            { title: qsTr("Received"), role: "received", width: 240 },
            { title: qsTr("Status"), role: "statusName", width: 100 }
        ]
    }
    GridLayout {
        id: roundForm
        objectName: "roundForm"
        visible: neg.hasNegotiation
        columns: 6
        columnSpacing: Theme.gap
        rowSpacing: Theme.gapSmall
        /** The round being edited; -1: a new one. */
        property int index: -1
        /** The round the form saves to: the one edited, or the next new one. */
        readonly property int target: roundForm.index >= 0 && roundForm.index < neg.rounds.length ? roundForm.index : neg.rounds.length

        function select(row: int): void {
            roundForm.index = row < neg.rounds.length ? row : -1
            const r = neg.rounds[row]
            roundDate.text = r ? r.date : ""
            roundParty.currentIndex = r ? page.indexOfKey(neg.parties, r.party) : 0
            roundOffer.value = r ? r.offer : undefined
            roundGiven.text = r ? r.given : ""
            roundReceived.text = r ? r.received : ""
            roundStatusBox.currentIndex = r ? page.indexOfKey(neg.statuses, r.status) : 0
        }
        function fields(): var {
            return { date: roundDate.text, party: roundParty.currentValue, offer: roundOffer.value,
                     given: roundGiven.text, received: roundReceived.text, status: roundStatusBox.currentValue }
        }

        Label { text: qsTr("Round %1").arg(roundForm.target + 1) + (roundForm.target >= neg.rounds.length ? " " + qsTr("(new)") : ""); font.bold: true; textFormat: Text.PlainText }
        TextField { id: roundDate; objectName: "roundDate"; placeholderText: "YYYY-MM-DD"; Layout.preferredWidth: 110 }
        PlainComboBox { id: roundParty; objectName: "roundParty"; model: neg.parties; textRole: "name"; valueRole: "key"; Layout.preferredWidth: 110 }
        MoneyField { id: roundOffer; objectName: "roundOffer" }
        PlainComboBox { id: roundStatusBox; objectName: "roundStatus"; model: neg.statuses; textRole: "name"; valueRole: "key"; Layout.preferredWidth: 120 }
        Item { Layout.fillWidth: true }
        Label { text: qsTr("Given / received"); textFormat: Text.PlainText }
        TextField { id: roundGiven; objectName: "roundGiven"; placeholderText: qsTr("concessions given"); Layout.columnSpan: 2; Layout.fillWidth: true }
        TextField { id: roundReceived; objectName: "roundReceived"; placeholderText: qsTr("concessions received"); Layout.columnSpan: 2; Layout.fillWidth: true }
        Item { Layout.fillWidth: true }
        Component.onCompleted: roundForm.select(-1)
    }
    RowLayout {
        visible: neg.hasNegotiation
        spacing: Theme.gap
        Button {
            objectName: "saveRound"
            text: roundForm.target >= neg.rounds.length ? qsTr("Add round") : qsTr("Save round")
            onClicked: {
                roundStatus.text = neg.setRound(roundForm.target, roundForm.fields())
                if (roundStatus.text === "")
                    roundForm.select(-1)
            }
        }
        Button {
            objectName: "newRound"
            text: qsTr("New round")
            onClicked: roundForm.select(neg.rounds.length)
        }
        Button {
            objectName: "deleteRound"
            text: qsTr("Delete round")
            enabled: roundForm.target < neg.rounds.length
            onClicked: {
                roundStatus.text = neg.removeRound(roundForm.target)
                if (roundStatus.text === "")
                    roundForm.select(-1)
            }
        }
    }
    Label {
        id: roundStatus
        objectName: "roundStatus"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    SectionTitle {
        visible: neg.problems.length > 0
        text: qsTr("Problems")
    }
    Repeater {
        model: neg.problems
        delegate: Label {
            id: problem
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: problem.modelData.error ? Theme.error : Theme.warning
            text: (problem.modelData.error ? qsTr("Error: ") : qsTr("Warning: ")) + problem.modelData.text
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        wrapMode: Text.Wrap
        color: Theme.mutedText
        visible: neg.hasNegotiation
        text: qsTr("Rules and their sources: docs/deal.md. Same numbers: venuebid-cli negotiation PROJECT; the internal sheet: venuebid-cli report PROJECT --kind negotiation.")
    }
}
