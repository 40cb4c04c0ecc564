// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The contract (T1.4, P1.4.2–P1.4.3, O1.4.1): parties, status and signatories, the agreed quote version and its
 *  price, the payment schedule, late penalty, cancellation and postponement scales, stamp duty, the clause texts with
 *  a preview of the contract, the differences from the agreed amounts, the amounts owed on a date and the exports.
 *  The numbers of venuebid-cli contract and report --kind contract. */
PageScaffold {
    id: page
    description: con.hasContract ? "" : qsTr("This project has no contract yet (section \"contract\", docs/project-format.md).")
    toolbar: [
        Button {
            objectName: "startContract"
            visible: !con.hasContract && ProjectController.loaded
            text: qsTr("Start a contract")
            onClicked: exportStatus.text = con.start()
        },
        Button {
            objectName: "exportContractZh"
            visible: con.hasContract
            enabled: !con.busy
            text: qsTr("Contract in Chinese…")
            onClicked: page.startExport("zh-TW")
        },
        Button {
            objectName: "exportContractEn"
            visible: con.hasContract
            enabled: !con.busy
            text: qsTr("Contract in English…")
            onClicked: page.startExport("en")
        },
        Button {
            objectName: "exportContractBoth"
            visible: con.hasContract
            enabled: !con.busy
            text: qsTr("Bilingual…")
            onClicked: page.startExport("both")
        },
        BusyIndicator {
            running: con.busy
            visible: con.busy
            Layout.preferredHeight: 28
            Layout.preferredWidth: 28
        },
        Label {
            id: exportStatus
            objectName: "exportStatus"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            elide: Text.ElideMiddle
        }
    ]

    ContractController {
        id: con
        objectName: "contractController"
        project: ProjectController
        onExportFinished: (path, error) => {
            exportStatus.text = error === "" ? qsTr("Saved %1").arg(path) : error
        }
    }

    /** The languages the file dialog is saving ("en", "zh-TW" or "both"). */
    property string exportLangs: "zh-TW"

    function startExport(langs: string): void {
        page.exportLangs = langs
        const warnings = con.exportWarnings()
        if (warnings.length > 0) {
            warningsDialog.warnings = warnings
            warningsDialog.open()
        } else {
            page.askFile()
        }
    }
    function askFile(): void {
        exportDialog.suggestedSuffix = con.suggestedSuffix(page.exportLangs)
        exportDialog.ask()
    }
    function indexOfKey(list: var, key: string): int {
        for (let i = 0; i < list.length; ++i)
            if (list[i].key === key)
                return i
        return -1
    }
    /** The stored settings (a map: see ContractController.terms). */
    readonly property var terms: con.terms

    // ── Parties ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Parties and event")
    }
    GridLayout {
        id: partiesGrid
        visible: con.hasContract
        columns: 3
        columnSpacing: Theme.gapWide
        rowSpacing: Theme.gapSmall

        Label { text: ""; textFormat: Text.PlainText }
        Label { text: qsTr("Chinese"); font.bold: true; textFormat: Text.PlainText }
        Label { text: qsTr("English"); font.bold: true; textFormat: Text.PlainText }

        Repeater {
            model: [{ key: "client", label: con.clientRole, placeholder: page.terms.clientDefault ?? "" },
                    { key: "contractor", label: con.contractorRole, placeholder: "" },
                    { key: "event", label: qsTr("Event (as the contract names it)"), placeholder: page.terms.eventDefault ?? "" },
                    { key: "court", label: qsTr("Court of first instance"), placeholder: "" }]
            delegate: Label {
                required property var modelData
                required property int index
                Layout.row: index + 1
                Layout.column: 0
                Layout.preferredWidth: 220
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                // "the Client" starts a line here: a capital in English, Chinese left alone.
                text: modelData.label.charAt(0).toUpperCase() + modelData.label.slice(1)
            }
        }
        Repeater {
            model: ["client", "contractor", "event", "court"]
            delegate: TextField {
                id: zhField
                required property string modelData
                required property int index
                objectName: "party_" + modelData + "Zh"
                Layout.row: index + 1
                Layout.column: 1
                Layout.preferredWidth: 300
                readonly property string stored: page.terms[modelData + "Zh"] ?? ""
                text: stored
                onTextChanged: if (!activeFocus) cursorPosition = 0
                placeholderText: modelData === "client" ? (page.terms.clientDefault ?? "") : modelData === "event" ? (page.terms.eventDefault ?? "") : ""
                onEditingFinished: if (text !== stored) partyStatus.text = con.setTerm(modelData + "Zh", text)
            }
        }
        Repeater {
            model: ["client", "contractor", "event", "court"]
            delegate: TextField {
                required property string modelData
                required property int index
                objectName: "party_" + modelData + "En"
                Layout.row: index + 1
                Layout.column: 2
                Layout.preferredWidth: 300
                readonly property string stored: page.terms[modelData + "En"] ?? ""
                text: stored
                // Show a long name from its start, not scrolled to the cursor at its end.
                onTextChanged: if (!activeFocus) cursorPosition = 0
                onEditingFinished: if (text !== stored) partyStatus.text = con.setTerm(modelData + "En", text)
            }
        }
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gapWide
        CheckBox {
            objectName: "governmentClient"
            text: qsTr("Government client (機關/廠商 instead of 甲方/乙方)")
            checked: page.terms.governmentClient === true
            onClicked: partyStatus.text = con.setTerm("governmentClient", checked)
        }
        CheckBox {
            objectName: "gdpr"
            text: qsTr("EU attendees register (GDPR Art. 28 processor terms)")
            checked: page.terms.gdpr === true
            onClicked: partyStatus.text = con.setTerm("gdpr", checked)
        }
    }
    Label {
        id: partyStatus
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    // ── Status and signatures ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Status and signatures")
    }
    Label {
        objectName: "statusText"
        visible: con.hasContract
        textFormat: Text.PlainText
        font.bold: true
        text: con.statusText
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gap
        PlainComboBox {
            id: statusBox
            objectName: "statusBox"
            model: con.statuses
            textRole: "name"
            valueRole: "key"
            currentIndex: count > 0 ? page.indexOfKey(con.statuses, page.terms.status ?? "draft") : -1
            Layout.preferredWidth: 140
        }
        Label { text: qsTr("on"); textFormat: Text.PlainText }
        TextField {
            id: statusDate
            objectName: "statusDate"
            placeholderText: "YYYY-MM-DD"
            text: page.terms.status === "signed" ? page.terms.signedDate : (page.terms.agreedDate ?? "")
            Layout.preferredWidth: 120
        }
        Button {
            objectName: "applyStatus"
            text: qsTr("Set status")
            onClicked: statusStatus.text = con.setStatus(statusBox.currentValue, statusDate.text)
        }
    }
    Label {
        visible: con.hasContract
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.mutedText
        text: qsTr("Agreeing records the agreed quote version's amounts as the budget gives them that day; a later change of the budget or the quote is listed under Differences, never changed silently.")
    }
    Label {
        id: statusStatus
        objectName: "statusStatus"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }
    DataTable {
        objectName: "signatoryTable"
        visible: con.signatories.length > 0
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: con.signatories
        selectedRow: signForm.target < con.signatories.length ? signForm.target : -1
        onCellClicked: (row, column) => signForm.select(row)
        columns: [
            { title: qsTr("Party"), role: "partyName", width: 120 },
            { title: qsTr("Representative"), role: "name", width: 180 },
            { title: qsTr("Title"), role: "title", width: 240 },
            { title: qsTr("Date"), role: "date", width: 110 }
        ]
    }
    RowLayout {
        id: signForm
        visible: con.hasContract
        spacing: Theme.gap
        /** The signatory being edited; -1: a new one. */
        property int index: -1
        readonly property int target: signForm.index >= 0 && signForm.index < con.signatories.length ? signForm.index : con.signatories.length
        function select(row: int): void {
            signForm.index = row < con.signatories.length ? row : -1
            const s = con.signatories[row]
            signParty.currentIndex = s && s.party === "us" ? 1 : 0
            signName.text = s ? s.name : ""
            signTitle.text = s ? s.title : ""
            signDate.text = s ? s.date : ""
        }
        PlainComboBox {
            id: signParty
            objectName: "signParty"
            model: [{ key: "client", name: con.clientRole }, { key: "us", name: con.contractorRole }]
            textRole: "name"
            valueRole: "key"
            Layout.preferredWidth: 120
        }
        TextField { id: signName; objectName: "signName"; placeholderText: qsTr("name"); Layout.preferredWidth: 150 }
        TextField { id: signTitle; objectName: "signTitle"; placeholderText: qsTr("title"); Layout.preferredWidth: 180 }
        TextField { id: signDate; objectName: "signDate"; placeholderText: "YYYY-MM-DD"; Layout.preferredWidth: 110 }
        Button {
            objectName: "saveSignatory"
            text: signForm.target >= con.signatories.length ? qsTr("Add") : qsTr("Save")
            onClicked: {
                statusStatus.text = con.setSignatory(signForm.target, { party: signParty.currentValue, name: signName.text,
                                                                       title: signTitle.text, date: signDate.text })
                if (statusStatus.text === "")
                    signForm.select(-1)
            }
        }
        Button {
            text: qsTr("Clear the form")
            onClicked: signForm.select(-1)
        }
        Button {
            text: qsTr("Delete")
            enabled: signForm.target < con.signatories.length
            onClicked: {
                statusStatus.text = con.removeSignatory(signForm.target)
                signForm.select(-1)
            }
        }
        Component.onCompleted: signForm.select(-1)
    }

    // ── Price ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Price")
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gap
        Label { text: qsTr("Agreed quote version"); textFormat: Text.PlainText }
        PlainComboBox {
            objectName: "quoteVersionBox"
            model: con.quoteVersions
            textRole: "name"
            valueRole: "key"
            // The list is rebuilt on every refresh, and the box resets its index to the first entry as it fills; the
            // stored version is chosen once that is done (delayed), or the box would show v1 for a contract on v2.
            Binding on currentIndex {
                value: page.indexOfKey(con.quoteVersions, page.terms.quoteVersion ?? "")
                delayed: true
            }
            Layout.preferredWidth: 260
            onActivated: priceStatus.text = con.setTerm("quoteVersion", Number(currentValue))
        }
    }
    Label {
        visible: con.hasContract
        textFormat: Text.PlainText
        text: con.priceHeading
    }
    DataTable {
        objectName: "priceTable"
        visible: con.hasContract
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: con.priceRows
        columns: [{ title: qsTr("Item"), role: "item", width: 260 },
                  { title: qsTr("TWD"), role: "amount", width: 150, numeric: true }]
    }
    Label {
        objectName: "priceWords"
        visible: con.hasContract
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: con.priceWords
    }
    Label {
        id: priceStatus
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    // ── Payments ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Payment schedule (of the total incl. tax)")
    }
    GridLayout {
        id: payGrid
        objectName: "paymentGrid"
        visible: con.hasContract
        columns: 6
        columnSpacing: Theme.gap
        rowSpacing: Theme.gapSmall
        Label { text: qsTr("Milestone (Chinese)"); font.bold: true; textFormat: Text.PlainText }
        Label { text: qsTr("Milestone (English)"); font.bold: true; textFormat: Text.PlainText }
        Label { text: qsTr("Share"); font.bold: true; textFormat: Text.PlainText }
        Label { text: qsTr("Due"); font.bold: true; textFormat: Text.PlainText }
        Label { text: qsTr("Amount (TWD)"); font.bold: true; textFormat: Text.PlainText }
        Label { text: ""; textFormat: Text.PlainText }
        Repeater {
            model: con.payments.length
            delegate: TextField {
                required property int index
                objectName: "payZh_" + index
                Layout.row: index + 1
                Layout.column: 0
                Layout.preferredWidth: 170
                text: con.payments[index]?.zh ?? ""
                onEditingFinished: if (text !== (con.payments[index]?.zh ?? "")) con.setPaymentField(index, "zh", text)
            }
        }
        Repeater {
            model: con.payments.length
            delegate: TextField {
                required property int index
                objectName: "payEn_" + index
                Layout.row: index + 1
                Layout.column: 1
                Layout.preferredWidth: 220
                text: con.payments[index]?.en ?? ""
                onEditingFinished: if (text !== (con.payments[index]?.en ?? "")) con.setPaymentField(index, "en", text)
            }
        }
        Repeater {
            model: con.payments.length
            delegate: PercentField {
                required property int index
                objectName: "payPercent_" + index
                Layout.row: index + 1
                Layout.column: 2
                Layout.alignment: Qt.AlignTop
                decimals: 2
                value: (con.payments[index]?.percent ?? 0) / 100
                onCommitted: v => con.setPaymentField(index, "percent", v * 100)
            }
        }
        Repeater {
            model: con.payments.length
            delegate: TextField {
                required property int index
                objectName: "payDue_" + index
                Layout.row: index + 1
                Layout.column: 3
                Layout.preferredWidth: 110
                placeholderText: "YYYY-MM-DD"
                text: con.payments[index]?.due ?? ""
                onEditingFinished: if (text !== (con.payments[index]?.due ?? "")) con.setPaymentField(index, "due", text)
            }
        }
        Repeater {
            model: con.payments.length
            delegate: Label {
                required property int index
                objectName: "payAmount_" + index
                Layout.row: index + 1
                Layout.column: 4
                Layout.preferredWidth: 120
                horizontalAlignment: Text.AlignRight
                textFormat: Text.PlainText
                text: con.payments[index]?.amount ?? ""
            }
        }
        Repeater {
            model: con.payments.length
            delegate: Button {
                required property int index
                Layout.row: index + 1
                Layout.column: 5
                text: qsTr("Delete")
                onClicked: con.removePayment(index)
            }
        }
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gap
        Label {
            objectName: "paymentSum"
            textFormat: Text.PlainText
            font.bold: true
            color: con.paymentProblem === "" ? Theme.text : Theme.error
            text: qsTr("Sum: %1").arg(con.paymentSum)
        }
        Button {
            objectName: "addPayment"
            text: qsTr("Add milestone")
            onClicked: con.addPayment()
        }
        Button {
            objectName: "applyPayments"
            text: qsTr("Apply the schedule")
            enabled: con.paymentsDirty
            onClicked: paymentStatus.text = con.applyPayments()
        }
        Button {
            objectName: "resetPayments"
            text: qsTr("Undo changes to the schedule")
            enabled: con.paymentsDirty
            onClicked: {
                con.resetPayments()
                paymentStatus.text = ""
            }
        }
    }
    Label {
        objectName: "paymentProblem"
        visible: con.paymentProblem !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        text: con.paymentProblem
    }
    Label {
        id: paymentStatus
        objectName: "paymentStatus"
        visible: text !== "" && text !== con.paymentProblem
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    // ── Late penalty, bond ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Late penalty and performance bond")
    }
    GridLayout {
        visible: con.hasContract
        columns: 4
        columnSpacing: Theme.gapWide
        rowSpacing: Theme.gapSmall
        Label { text: qsTr("Per day of delay"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        NumberField {
            objectName: "perDay"
            kind: "decimal"
            unit: "‰"
            value: page.terms.perDay
            onCommitted: v => error = con.setTerm("perDay", v)
        }
        Label { text: qsTr("Cap (of the price)"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        PercentField {
            objectName: "penaltyCap"
            decimals: 2
            value: page.terms.cap
            onCommitted: v => error = con.setTerm("cap", v)
        }
        Label { text: qsTr("A delayed part, per day"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        NumberField {
            objectName: "partial"
            kind: "decimal"
            unit: "‰"
            value: page.terms.partial
            onCommitted: v => error = con.setTerm("partial", v)
        }
        Label { text: qsTr("Performance bond"); textFormat: Text.PlainText; Layout.alignment: Qt.AlignTop; topPadding: Theme.gapSmall }
        PercentField {
            objectName: "bond"
            decimals: 2
            value: page.terms.bond
            onCommitted: v => error = con.setTerm("bond", v)
        }
    }
    Label {
        objectName: "lateText"
        visible: con.hasContract
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: con.lateText
    }
    Label {
        visible: con.hasContract
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.mutedText
        text: qsTr("The cap is at most 20 % of the price (Regulations for Procurement Contracts, Art. 45); no performance bond by default for services (Government Procurement Act Art. 30).")
    }

    // ── Scales ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Cancellation and postponement (of the price before tax)")
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gapHuge
        ColumnLayout {
            Label { text: qsTr("Cancellation"); font.bold: true; textFormat: Text.PlainText }
            DataTable {
                objectName: "cancellationTable"
                Layout.preferredWidth: implicitWidth
                model: con.cancellation
                selectedRow: scaleForm.which === "cancellation" && scaleForm.index >= 0 ? scaleForm.index : -1
                onCellClicked: (row, column) => scaleForm.select("cancellation", row)
                columns: [{ title: qsTr("From"), role: "text", width: 170 },
                          { title: qsTr("Percent"), text: r => Numbers.percent(r.percent / 100, 0), width: 80, numeric: true },
                          { title: qsTr("TWD"), role: "amount", width: 120, numeric: true }]
            }
        }
        ColumnLayout {
            Label { text: qsTr("Postponement"); font.bold: true; textFormat: Text.PlainText }
            DataTable {
                objectName: "postponementTable"
                Layout.preferredWidth: implicitWidth
                model: con.postponement
                selectedRow: scaleForm.which === "postponement" && scaleForm.index >= 0 ? scaleForm.index : -1
                onCellClicked: (row, column) => scaleForm.select("postponement", row)
                columns: [{ title: qsTr("From"), role: "text", width: 170 },
                          { title: qsTr("Percent"), text: r => Numbers.percent(r.percent / 100, 0), width: 80, numeric: true },
                          { title: qsTr("TWD"), role: "amount", width: 120, numeric: true }]
            }
        }
    }
    RowLayout {
        id: scaleForm
        visible: con.hasContract
        spacing: Theme.gap
        property string which: "cancellation"
        /** The row being edited; -1: a new one. */
        property int index: -1
        readonly property var rows: scaleForm.which === "cancellation" ? con.cancellation : con.postponement
        readonly property int target: scaleForm.index >= 0 && scaleForm.index < scaleForm.rows.length ? scaleForm.index : scaleForm.rows.length
        function select(w: string, row: int): void {
            scaleForm.which = w
            scaleForm.index = row < scaleForm.rows.length ? row : -1
            const r = scaleForm.rows[row]
            scaleDays.value = r ? r.days : undefined
            scalePercent.value = r ? r.percent / 100 : undefined
        }
        PlainComboBox {
            objectName: "scaleWhich"
            model: [{ key: "cancellation", name: qsTr("Cancellation") }, { key: "postponement", name: qsTr("Postponement") }]
            textRole: "name"
            valueRole: "key"
            currentIndex: scaleForm.which === "cancellation" ? 0 : 1
            Layout.preferredWidth: 150
            onActivated: scaleForm.select(currentValue, -1)
        }
        Label { text: qsTr("from"); textFormat: Text.PlainText }
        NumberField { id: scaleDays; objectName: "scaleDays"; kind: "count"; unit: qsTr("days before"); fieldWidth: 70 }
        PercentField { id: scalePercent; objectName: "scalePercent"; decimals: 0 }
        Button {
            objectName: "saveScaleRow"
            text: scaleForm.index < 0 ? qsTr("Add row") : qsTr("Save row")
            onClicked: {
                scaleStatus.text = scaleDays.value === undefined || scalePercent.value === undefined
                    ? qsTr("Type the days and the percent.")
                    : con.setScaleRow(scaleForm.which, scaleForm.target, scaleDays.value, scalePercent.value * 100)
                if (scaleStatus.text === "")
                    scaleForm.select(scaleForm.which, -1)
            }
        }
        Button {
            text: qsTr("Delete row")
            enabled: scaleForm.index >= 0
            onClicked: {
                scaleStatus.text = con.removeScaleRow(scaleForm.which, scaleForm.target)
                scaleForm.select(scaleForm.which, -1)
            }
        }
    }
    Label {
        id: scaleStatus
        objectName: "scaleStatus"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    // ── Stamp duty ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Stamp duty")
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gap
        Label { text: qsTr("The contract is"); textFormat: Text.PlainText }
        PlainComboBox {
            objectName: "stampDutyBox"
            model: con.stampDuties
            textRole: "name"
            valueRole: "key"
            currentIndex: count > 0 ? page.indexOfKey(con.stampDuties, page.terms.stampDuty ?? "") : -1
            Layout.preferredWidth: 220
            onActivated: stampStatus.text = con.setTerm("stampDuty", currentValue)
        }
    }
    Label {
        objectName: "stampText"
        visible: con.hasContract
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: con.stampText
    }
    Label {
        visible: con.hasContract
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.mutedText
        text: qsTr("Source: Stamp Tax Act (印花稅法) Art. 5 (a contract for work, 承攬契據, is a taxable document) and Art. 7 (1 ‰ of the amount); a pure mandate (委任) is not among the taxable documents. The type is yours to choose for each contract.")
    }
    Label {
        id: stampStatus
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }

    // ── Clauses and preview ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Clause texts")
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gap
        PlainComboBox {
            id: clauseBox
            objectName: "clauseBox"
            model: con.clauseChoices
            textRole: "name"
            valueRole: "key"
            Layout.preferredWidth: 260
            onActivated: clauseForm.load(currentValue)
        }
        Label { text: qsTr("or a new clause, id:"); textFormat: Text.PlainText }
        TextField {
            id: newClauseId
            objectName: "newClauseId"
            placeholderText: "insurance"
            Layout.preferredWidth: 140
        }
        Button {
            text: qsTr("Write it")
            enabled: newClauseId.text.trim() !== ""
            onClicked: clauseForm.load(newClauseId.text.trim())
        }
    }
    GridLayout {
        id: clauseForm
        visible: con.hasContract
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gapSmall
        Layout.fillWidth: true
        property string clauseId: ""
        property var stored: ({ zh: "", en: "", titleZh: "", titleEn: "" })
        function load(id: string): void {
            clauseForm.clauseId = id
            clauseForm.stored = con.clauseFields(id)
        }
        function store(zh: string, en: string): void {
            clauseStatus.text = con.setClause(clauseForm.clauseId, clauseTitleZh.text, clauseTitleEn.text, zh, en)
        }
        Label { text: qsTr("Title (a new clause)"); textFormat: Text.PlainText; Layout.columnSpan: 2 }
        TextField { id: clauseTitleZh; objectName: "clauseTitleZh"; text: clauseForm.stored.titleZh ?? ""; Layout.fillWidth: true; placeholderText: qsTr("Chinese") }
        TextField { id: clauseTitleEn; objectName: "clauseTitleEn"; text: clauseForm.stored.titleEn ?? ""; Layout.fillWidth: true; placeholderText: qsTr("English") }
        EditArea {
            id: clauseZh
            objectName: "clauseZh"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            placeholderText: qsTr("Text in Chinese, added to the article")
            storedText: clauseForm.stored.zh ?? ""
            onStore: text => clauseForm.store(text, clauseEn.text)
        }
        EditArea {
            id: clauseEn
            objectName: "clauseEn"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            placeholderText: qsTr("Text in English, added to the article")
            storedText: clauseForm.stored.en ?? ""
            onStore: text => clauseForm.store(clauseZh.text, text)
        }
        Component.onCompleted: if (con.clauseChoices.length > 0) clauseForm.load(con.clauseChoices[0].key)
        Connections {
            target: con
            function onChanged(): void { clauseForm.stored = con.clauseFields(clauseForm.clauseId) }
        }
    }
    Label {
        id: clauseStatus
        objectName: "clauseStatus"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }
    // ── Differences ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Differences from the agreed amounts")
    }
    Label {
        visible: con.differencesText !== ""
        textFormat: Text.PlainText
        text: con.differencesText
    }
    DataTable {
        objectName: "differenceTable"
        visible: con.differences.length > 0
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        model: con.differences
        columns: [{ title: qsTr("Item"), role: "item", width: 200 },
                  { title: qsTr("Agreed"), role: "agreed", width: 140, numeric: true },
                  { title: qsTr("Now"), role: "now", width: 140, numeric: true, color: r => Theme.warning }]
    }

    // ── Amounts owed on a date ──
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Amounts owed on a date")
    }
    RowLayout {
        visible: con.hasContract
        spacing: Theme.gap
        Label { text: qsTr("On"); textFormat: Text.PlainText }
        TextField {
            id: owedDate
            objectName: "owedDate"
            text: con.owedDate
            placeholderText: "YYYY-MM-DD"
            Layout.preferredWidth: 120
            onEditingFinished: con.computeOwed(text, lateDays.value ?? 0)
        }
        Label { text: qsTr("late by"); textFormat: Text.PlainText }
        NumberField {
            id: lateDays
            objectName: "owedLateDays"
            kind: "count"
            unit: qsTr("days")
            fieldWidth: 70
            value: con.owedLateDays
            onCommitted: v => con.computeOwed(owedDate.text, v)
        }
        Button {
            objectName: "computeOwed"
            text: qsTr("Compute")
            onClicked: con.computeOwed(owedDate.text, lateDays.value ?? 0)
        }
    }
    Label {
        visible: con.owedProblem !== ""
        textFormat: Text.PlainText
        color: Theme.error
        text: con.owedProblem
    }
    Repeater {
        model: con.owedLines
        delegate: Label {
            id: owedLine
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: owedLine.modelData
        }
    }

    SectionTitle {
        visible: con.problems.length > 0
        text: qsTr("Problems")
    }
    Repeater {
        model: con.problems
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
        visible: con.hasContract
        text: qsTr("Rules and their sources: docs/deal.md. Same numbers: venuebid-cli contract PROJECT --on DATE; the document: venuebid-cli report PROJECT --kind contract.")
    }

    // The preview last: it is as long as the contract.
    SectionTitle {
        visible: con.hasContract
        text: qsTr("Preview (the project's figures filled in; export for the layout)")
    }
    Label {
        objectName: "contractPreview"
        visible: con.hasContract
        Layout.fillWidth: true
        Layout.maximumWidth: 900
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: con.preview
    }

    Dialog {
        id: warningsDialog
        objectName: "contractWarningsDialog"
        title: qsTr("Export with warnings?")
        header: DialogTitle { text: warningsDialog.title }
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width * 0.85 : 640, 640)
        standardButtons: Dialog.Yes | Dialog.No
        property var warnings: []
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            Label {
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: qsTr("The contract has these warnings. Export it with them listed on its first page?")
            }
            Repeater {
                model: warningsDialog.warnings
                delegate: Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    color: Theme.warning
                    text: "• " + modelData
                }
            }
        }
        onAccepted: page.askFile()
    }
    SaveFileDialog {
        id: exportDialog
        objectName: "contractExportDialog"
        title: qsTr("Save the contract")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("OpenDocument text (*.odt)"), qsTr("Web page (*.html)")]
        onAccepted: con.exportDocument(page.exportLangs, selectedFile)
    }
}
