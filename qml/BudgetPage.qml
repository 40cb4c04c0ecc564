// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The budget side by side (on-site, hybrid, online): lines by category with subtotals, then the totals.
 *  Quantity and unit cost are editable; the totals are recomputed in C++ at once. */
PageScaffold {
    id: page
    scrollable: false
    description: BudgetController.hasBudget
                 ? qsTr("Amounts in TWD excl. tax (未稅) per format; double-click a quantity or unit cost to edit it. The same numbers: venuebid-cli budget PROJECT --format json.")
                 : qsTr("This project has no budget yet: add its first line below.")
    toolbarVisible: BudgetController.hasBudget
    /** The budget line selected in the table (its index in the budget), -1 for none. */
    property int selectedLine: -1
    /** Bumped on every recompute, so the audit text is read again. */
    property int auditRevision: 0
    Connections {
        target: BudgetController
        function onBudgetChanged(): void {
            if (page.selectedLine >= BudgetController.lineCount)
                page.selectedLine = -1
            ++page.auditRevision
        }
    }
    toolbar: [
        Button {
            objectName: "exportBudgetXlsx"
            text: qsTr("Excel workbook…")
            onClicked: {
                exportDialog.suggestedSuffix = "-budget.xlsx"
                exportDialog.defaultSuffix = "xlsx"
                exportDialog.nameFilters = [qsTr("Excel workbook (*.xlsx)")]
                exportDialog.ask()
            }
        },
        Button {
            objectName: "exportBudgetCsv"
            text: qsTr("CSV…")
            onClicked: {
                exportDialog.suggestedSuffix = "-budget.csv"
                exportDialog.defaultSuffix = "csv"
                exportDialog.nameFilters = [qsTr("CSV (*.csv)")]
                exportDialog.ask()
            }
        },
        Label {
            id: exportStatus
            objectName: "budgetExportStatus"
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            Layout.fillWidth: true
            Layout.maximumWidth: 520
        }
    ]

    Paragraph {
        wrapWidth: page.viewWidth
        text: BudgetController.ratesText
    }
    // The tax basis: what surplus, ROI and break-even compare (docs/budget.md, "Tax basis").
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        visible: BudgetController.hasBudget
        CheckBox {
            objectName: "organiserTaxRegistered"
            text: qsTr("Organiser registered for business tax")
            checked: BudgetController.organiserTaxRegistered
            onToggled: BudgetController.setTaxSetting("organiser_tax_registered", checked)
        }
        CheckBox {
            objectName: "taxOnContingency"
            text: qsTr("Business tax on contingency")
            checked: BudgetController.taxOnContingency
            onToggled: BudgetController.setTaxSetting("tax_on_contingency", checked)
        }
        CheckBox {
            objectName: "taxOnManagementFee"
            text: qsTr("Business tax on management fee")
            checked: BudgetController.taxOnManagementFee
            onToggled: BudgetController.setTaxSetting("tax_on_management_fee", checked)
        }
        CheckBox {
            objectName: "managementFeeOnContingency"
            text: qsTr("Management fee on contingency")
            checked: BudgetController.managementFeeOnContingency
            onToggled: BudgetController.setTaxSetting("management_fee_on_contingency", checked)
        }
        // The percentages the totals add (one undo step each; a refused value is explained under its field).
        Repeater {
            model: [{ key: "serviceCharge", label: qsTr("Service charge"), value: BudgetController.serviceChargePercent },
                    { key: "contingency", label: qsTr("Contingency"), value: BudgetController.contingencyPercent },
                    { key: "managementFee", label: qsTr("Management fee"), value: BudgetController.managementFeePercent }]
            delegate: RowLayout {
                id: pctRow
                required property var modelData
                spacing: Theme.gapSmall
                Label { textFormat: Text.PlainText; text: pctRow.modelData.label; Layout.alignment: Qt.AlignTop | Qt.AlignLeft; Layout.topMargin: Theme.gapSmall }
                PercentField {
                    objectName: "percent_" + pctRow.modelData.key
                    decimals: 2
                    value: pctRow.modelData.value / 100
                    onCommitted: value => {
                        const change = {}
                        change[pctRow.modelData.key] = value * 100
                        error = BudgetController.setPercents(change)["message"] ?? ""
                    }
                }
            }
        }
    }
    Paragraph {
        objectName: "taxBasisText"
        wrapWidth: page.viewWidth
        visible: BudgetController.hasBudget
        text: BudgetController.taxBasisText
    }
    Button {
        id: scenarioToggle
        objectName: "scenarioToggle"
        visible: BudgetController.hasBudget
        checkable: true
        text: checked ? qsTr("Hide the scenario breakdown") : qsTr("Show the scenario breakdown")
    }
    // The formats side by side; at laptop widths they scroll sideways with a visible scroll bar instead of pushing
    // the page wider than the window.
    ScrollView {
        id: cardStrip
        objectName: "formatCards"
        Layout.fillWidth: true
        Layout.preferredHeight: cardRow.implicitHeight + (cardRow.implicitWidth > width ? 14 : 0)
        visible: BudgetController.hasBudget
        contentWidth: cardRow.implicitWidth
        contentHeight: cardRow.implicitHeight
        clip: true
        ScrollBar.horizontal.policy: cardRow.implicitWidth > cardStrip.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        ScrollBar.vertical.policy: ScrollBar.AlwaysOff
        RowLayout {
            id: cardRow
            spacing: Theme.gapLarge
            Repeater {
                model: BudgetController.formats
                delegate: Frame {
                    id: card
                    required property var modelData
                    Layout.alignment: Qt.AlignTop
                    ColumnLayout {
                        Label {
                            textFormat: Text.PlainText
                            text: card.modelData.name + " · " + qsTr("%1 attendees, set on the overview").arg(card.modelData.attendance)
                            font.bold: true
                        }
                        Label { textFormat: Text.PlainText; text: qsTr("Total excl. tax (未稅): %1").arg(card.modelData.costBeforeTax) }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Total incl. tax (含稅): %1").arg(card.modelData.costTotal)
                            font.bold: true
                        }
                        Label {
                            objectName: "budgetBreakEven"
                            textFormat: Text.PlainText
                            Layout.preferredWidth: 400
                            wrapMode: Text.Wrap
                            text: qsTr("Break-even: %1 attendees (margin of safety %2); fee %3, after fixed income %4")
                                  .arg(card.modelData.breakEven).arg(card.modelData.marginOfSafety)
                                  .arg(card.modelData.breakEvenFeeBefore).arg(card.modelData.breakEvenFeeAfter)
                        }
                        // The scenarios side by side: the same figures as the JSON "scenarios" and the XLSX columns.
                        GridLayout {
                            objectName: "scenarioBreakdown"
                            visible: scenarioToggle.checked
                            columns: 4
                            columnSpacing: Theme.gap
                            rowSpacing: 0
                            Repeater {
                                model: [
                                    { label: qsTr("Scenario"), key: "name" },
                                    { label: qsTr("Attendees"), key: "attendance" },
                                    { label: qsTr("Subtotal (未稅)"), key: "subtotal" },
                                    { label: qsTr("Service charge"), key: "serviceCharge" },
                                    { label: qsTr("Contingency"), key: "contingency" },
                                    { label: qsTr("Management fee"), key: "managementFee" },
                                    { label: qsTr("Business tax"), key: "tax" },
                                    { label: qsTr("Total incl. tax"), key: "cost" },
                                    { label: qsTr("Revenue"), key: "revenue" },
                                    { label: qsTr("Output tax in revenue"), key: "outputTax" },
                                    { label: qsTr("Revenue compared"), key: "comparedRevenue" },
                                    { label: qsTr("Cost compared"), key: "comparedCost" },
                                    { label: qsTr("Surplus"), key: "surplus" },
                                    { label: qsTr("ROI"), key: "roi" }
                                ]
                                delegate: RowLayout {
                                    id: figure
                                    required property var modelData
                                    Layout.columnSpan: 4
                                    spacing: Theme.gap
                                    Label {
                                        Layout.preferredWidth: 130
                                        textFormat: Text.PlainText
                                        text: figure.modelData.label
                                    }
                                    Repeater {
                                        model: card.modelData.scenarios
                                        delegate: Label {
                                            required property var modelData
                                            Layout.preferredWidth: 82
                                            horizontalAlignment: Text.AlignRight
                                            textFormat: Text.PlainText
                                            font.bold: figure.modelData.key === "name" || figure.modelData.key === "surplus"
                                            text: modelData[figure.modelData.key]
                                        }
                                    }
                                }
                            }
                        }
                        // What the breakdown's surplus and ROI compare (docs/budget.md#tax-basis), as every budget output states.
                        Label {
                            objectName: "scenarioTaxBasis"
                            visible: scenarioToggle.checked
                            Layout.preferredWidth: 460
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            text: BudgetController.organiserTaxRegistered
                                  ? qsTr("Surplus and ROI compare revenue and cost before tax: the organiser is registered for business tax (output tax taken out of fees, sponsorship and exhibition income; input tax credited).")
                                  : qsTr("Surplus and ROI compare the cost incl. tax with the revenue as received: the organiser is not registered for business tax, so the tax is a cost.")
                        }
                    }
                }
            }
        }
    }
    Paragraph {
        wrapWidth: page.viewWidth
        visible: BudgetController.edited
        color: Theme.info
        text: qsTr("Edited here, not saved to the file (recomputed in %1 ms)").arg(Numbers.fixed(BudgetController.lastRecomputeMs, 2))
    }

    // Lines: add, change, delete, move up or down; and how the selected line's figure is made (the audit of venuebid-cli budget --audit).
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        visible: ProjectController.loaded
        Button {
            objectName: "addBudgetLine"
            text: qsTr("Add budget line…")
            onClicked: lineDialog.openFor(-1)
        }
        Button {
            objectName: "editBudgetLine"
            text: qsTr("Change line…")
            enabled: page.selectedLine >= 0
            onClicked: lineDialog.openFor(page.selectedLine)
        }
        Button {
            objectName: "deleteBudgetLine"
            text: qsTr("Delete line")
            enabled: page.selectedLine >= 0
            onClicked: {
                lineStatus.text = BudgetController.removeLine(page.selectedLine)
                page.selectedLine = -1
            }
        }
        // Up and down among the lines of the selected line's category (the table shows the lines by category).
        MoveButtons {
            objectName: "moveBudgetLine"
            canMoveUp: page.auditRevision >= 0 && BudgetController.lineMoveTarget(page.selectedLine, -1) >= 0
            canMoveDown: page.auditRevision >= 0 && BudgetController.lineMoveTarget(page.selectedLine, 1) >= 0
            onMoved: delta => {
                const target = BudgetController.lineMoveTarget(page.selectedLine, delta)
                lineStatus.text = BudgetController.moveLine(page.selectedLine, delta)
                if (lineStatus.text === "" && target >= 0)
                    page.selectedLine = target
            }
        }
        Label {
            id: lineStatus
            objectName: "budgetLineStatus"
            textFormat: Text.PlainText
            color: Theme.error
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            visible: lineStatus.text === "" && BudgetController.hasBudget
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: page.selectedLine < 0 ? qsTr("Click a line to see how its figure is made: unit cost × quantity × basis, service charge, business tax and exchange rate.")
                                        : qsTr("How the line is made, at the likely attendance (TWD):")
        }
    }
    ColumnLayout {
        objectName: "lineAudit"
        Layout.fillWidth: true
        spacing: 0
        visible: BudgetController.hasBudget && page.selectedLine >= 0
        Repeater {
            model: page.selectedLine < 0 ? [] : [qsTr("On site"), qsTr("Hybrid"), qsTr("Online")]
            delegate: Label {
                required property int index
                required property string modelData
                objectName: "lineAudit" + index
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                // Re-read after every recompute (budgetChanged), so the text follows an edit or an undo.
                text: BudgetController.hasBudget && page.auditRevision >= 0 ? qsTr("%1: %2").arg(modelData).arg(BudgetController.lineAudit(page.selectedLine, index)) : ""
            }
        }
    }

    // The lines and the two charts, one at a time, in the height the page has left: under the table they were out
    // of reach at 1366 × 768 (this page does not scroll; its table does).
    TabBar {
        id: tabs
        objectName: "budgetTabs"
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        TabButton {
            objectName: "budgetLinesTab"
            text: qsTr("Budget lines")
            width: implicitWidth
        }
        TabButton {
            objectName: "budgetChartTab"
            text: qsTr("Costs by category")
            width: implicitWidth
        }
        TabButton {
            objectName: "breakEvenTab"
            text: qsTr("Break-even")
            width: implicitWidth
        }
    }
    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: tabs.currentIndex

        DataTable {
            id: table
            objectName: "budgetTable"
            sizeToRows: false
            model: BudgetController.table
            // Item, unit cost, currency, basis, quantity, then the amount of each format.
            columns: [{ width: 260 }, { width: 90, numeric: true }, { width: 80 }, { width: 140 }, { width: 80, numeric: true },
                      { width: 125, numeric: true }, { width: 125, numeric: true }, { width: 125, numeric: true }]

            delegate: DataCell {
                id: cell
                required property var model
                required property string display
                required property string kind
                required property bool editable
                text: cell.display
                // Subtotals and totals stand out; the lines are not shaded, so that none looks like a total.
                color: cell.kind === "total" ? Theme.totalRow : (cell.kind === "subtotal" ? Theme.subtotalRow : Theme.rowBackground)
                border.color: Theme.separator
                numeric: !(cell.column === 0 || cell.column === 2 || cell.column === 3)
                bold: cell.kind !== "line"
                textColor: cell.editable ? Theme.link : Theme.text
                label.visible: !editor.visible
                selected: cell.kind === "line" && cell.model.line === page.selectedLine

                TextField {
                    id: editor
                    visible: false
                    anchors.fill: parent
                    horizontalAlignment: Text.AlignRight
                    validator: DoubleValidator { bottom: 0; decimals: 2; notation: DoubleValidator.StandardNotation; locale: "C" }
                    onEditingFinished: {
                        cell.model.edit = editor.text
                        editor.visible = false
                    }
                    Keys.onEscapePressed: editor.visible = false
                }
                TapHandler {
                    onTapped: page.selectedLine = cell.kind === "line" ? cell.model.line : -1
                }
                TapHandler {
                    enabled: cell.editable
                    onDoubleTapped: {
                        editor.text = cell.model.edit
                        editor.visible = true
                        editor.forceActiveFocus()
                        editor.selectAll()
                    }
                }
            }
        }

        ScrollView {
            objectName: "budgetChartView"
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                // The chart carries its own title (it is exported as it is).
                ChartPanel {
                    objectName: "budgetChart"
                    svg: BudgetController.categoryChart
                    fileSuffix: "-budget-by-category"
                }
            }
        }

        // Break-even of one format: its cost and revenue against attendance (the chart carries its own title and is
        // exported as it is).
        ScrollView {
            objectName: "breakEvenView"
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: Theme.gap
                RowLayout {
                    spacing: Theme.gap
                    visible: BudgetController.hasBudget
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Break-even chart of the format:")
                    }
                    PlainComboBox {
                        id: breakEvenFormat
                        objectName: "breakEvenFormat"
                        model: [qsTr("On-site"), qsTr("Hybrid"), qsTr("Online")]
                    }
                }
                ChartPanel {
                    objectName: "breakEvenChart"
                    svg: breakEvenFormat.currentIndex >= 0 && breakEvenFormat.currentIndex < BudgetController.breakEvenCharts.length
                         ? BudgetController.breakEvenCharts[breakEvenFormat.currentIndex] : ""
                    fileSuffix: ["-break-even-onsite", "-break-even-hybrid", "-break-even-online"][Math.max(0, breakEvenFormat.currentIndex)]
                }
            }
        }
    }

    SaveFileDialog {
        id: exportDialog
        objectName: "budgetExportDialog"
        title: qsTr("Export the budget")
        onAccepted: {
            const error = BudgetController.exportBudget(selectedFile)
            exportStatus.text = error === "" ? qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile)) : error
        }
    }

    BudgetLineDialog {
        id: lineDialog
        objectName: "budgetLineDialog"
        parent: Overlay.overlay
    }
}
