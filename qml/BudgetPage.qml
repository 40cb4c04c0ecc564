// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The budget side by side (on-site, hybrid, online): lines by category with subtotals, then the totals.
 *  Quantity and unit cost are editable; the totals are recomputed in C++ at once. */
Page {
    id: page

    header: ColumnLayout {
        spacing: 4
        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.bottomMargin: 0
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: BudgetController.hasBudget
                  ? qsTr("Amounts in TWD excl. tax (未稅) per format; double-click a quantity or unit cost to edit it. The same numbers: venuebid-cli budget PROJECT --format json.")
                  : qsTr("This project has no budget yet (the \"budget\" section of the project file).")
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            wrapMode: Text.Wrap
            text: BudgetController.ratesText
        }
        RowLayout {
            Layout.leftMargin: 12
            spacing: 8
            visible: BudgetController.hasBudget
            Button {
                objectName: "exportBudgetXlsx"
                text: qsTr("Excel workbook…")
                onClicked: {
                    exportDialog.suggestedSuffix = "-budget.xlsx"
                    exportDialog.defaultSuffix = "xlsx"
                    exportDialog.nameFilters = [qsTr("Excel workbook (*.xlsx)")]
                    exportDialog.ask()
                }
            }
            Button {
                objectName: "exportBudgetCsv"
                text: qsTr("CSV…")
                onClicked: {
                    exportDialog.suggestedSuffix = "-budget.csv"
                    exportDialog.defaultSuffix = "csv"
                    exportDialog.nameFilters = [qsTr("CSV (*.csv)")]
                    exportDialog.ask()
                }
            }
            Label {
                id: exportStatus
                objectName: "budgetExportStatus"
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                Layout.maximumWidth: 520
            }
        }
        RowLayout {
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            spacing: 16
            visible: BudgetController.hasBudget
            Repeater {
                model: BudgetController.formats
                delegate: Frame {
                    id: card
                    required property var modelData
                    ColumnLayout {
                        Label {
                            text: card.modelData.name + " · " + qsTr("%1 attendees").arg(card.modelData.attendance)
                            font.bold: true
                        }
                        Label { text: qsTr("Total excl. tax (未稅): %1").arg(card.modelData.costBeforeTax) }
                        Label {
                            text: qsTr("Total incl. tax (含稅): %1").arg(card.modelData.costTotal)
                            font.bold: true
                        }
                    }
                }
            }
            Label {
                visible: BudgetController.edited
                color: palette.highlight
                text: qsTr("Edited here, not saved to the file (recomputed in %1 ms)").arg(BudgetController.lastRecomputeMs.toFixed(2))
            }
        }
    }

    HorizontalHeaderView {
        id: headerView
        syncView: table
        anchors.left: table.left
        anchors.top: parent.top
        anchors.topMargin: 8
        clip: true
        delegate: Rectangle {
            id: headerCell
            required property int column
            implicitWidth: 100
            implicitHeight: 34
            color: palette.button
            border.color: palette.mid
            Label {
                anchors.fill: parent
                anchors.margins: 4
                text: BudgetController.table.columnTitle(headerCell.column)
                font.bold: true
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: headerCell.column >= 5 ? Text.AlignRight : Text.AlignLeft
                elide: Text.ElideRight
            }
        }
    }

    TableView {
        id: table
        objectName: "budgetTable"
        anchors.fill: parent
        anchors.topMargin: headerView.height + 8
        anchors.leftMargin: 12
        clip: true
        model: BudgetController.table
        columnWidthProvider: column => [260, 90, 64, 140, 70, 125, 125, 125][column]
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}
        delegate: Rectangle {
            id: cell
            required property var model
            required property int row
            required property int column
            required property string display
            required property string kind
            required property bool editable
            implicitHeight: 28
            color: cell.kind === "total" ? palette.alternateBase : (cell.kind === "subtotal" ? palette.midlight : palette.base)
            border.color: palette.mid
            border.width: 0.5

            Label {
                id: text
                visible: !editor.visible
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                text: cell.display
                font.bold: cell.kind !== "line"
                color: cell.editable ? palette.link : palette.text
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: cell.column === 0 || cell.column === 2 || cell.column === 3 ? Text.AlignLeft : Text.AlignRight
                elide: Text.ElideRight
            }
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

    SaveFileDialog {
        id: exportDialog
        objectName: "budgetExportDialog"
        title: qsTr("Export the budget")
        onAccepted: {
            const error = BudgetController.exportBudget(selectedFile)
            exportStatus.text = error === "" ? qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile)) : error
        }
    }
}
