// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The client revenue estimate per format: revenue against cost, break-even, ROI, scenarios, exposure and the
 *  levers that raise the surplus most. Everything is computed in models/ (venuebid-cli budget --format json). */
PageScaffold {
    id: revenuePage
    /** The revenue item clicked last (-1: none). */
    property int selectedItem: -1
    description: BudgetController.hasBudget
                 ? qsTr("Break-even attendance Q = F / (P − V); ROI = (revenue − cost) / cost × 100, compared as the tax basis below states. The same numbers: venuebid-cli budget PROJECT --format json.")
                 : qsTr("This project has no revenue estimate yet: add its revenue items below (registration fees, sponsorship, exhibition, subsidies).")

    Label {
        objectName: "fxRates"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        visible: text !== ""
        text: BudgetController.fxRatesText
    }
    Label {
        objectName: "revenueTaxBasis"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        visible: BudgetController.hasBudget
        text: BudgetController.taxBasisText
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gapWide
        visible: BudgetController.hasBudget
        Repeater {
            model: BudgetController.formats
            delegate: Frame {
                id: card
                required property var modelData
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 100 // equal shares of the row
                ColumnLayout {
                    width: card.availableWidth
                    Label { textFormat: Text.PlainText;
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: card.modelData.name + " · " + qsTr("%1 attendees, set on the overview").arg(card.modelData.attendance)
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                    }
                    Repeater {
                        model: card.modelData.revenueParts
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            text: qsTr("%1: %2").arg(modelData.name).arg(modelData.amount)
                        }
                    }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Revenue: %1").arg(card.modelData.revenueTotal); font.bold: true }
                    Label { textFormat: Text.PlainText;
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: BudgetController.organiserTaxRegistered
                        text: qsTr("Output tax in revenue: %1; revenue before tax: %2").arg(card.modelData.outputTax).arg(card.modelData.comparedRevenue)
                    }
                    Label { textFormat: Text.PlainText;
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: BudgetController.organiserTaxRegistered ? qsTr("Cost excl. tax (input tax credited): %1").arg(card.modelData.comparedCost)
                                                                      : qsTr("Cost incl. tax: %1").arg(card.modelData.costTotal)
                    }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Surplus: %1").arg(card.modelData.surplus); font.bold: true }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Break-even attendees: %1").arg(card.modelData.breakEven) }
                    Label { textFormat: Text.PlainText;
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Margin of safety: %1 attendees").arg(card.modelData.marginOfSafety)
                    }
                    Label { textFormat: Text.PlainText;
                        objectName: "breakEvenFee"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Break-even fee for %1 payers: %2 before fixed income, %3 after").arg(card.modelData.payers)
                              .arg(card.modelData.breakEvenFeeBefore).arg(card.modelData.breakEvenFeeAfter)
                    }
                    Repeater {
                        model: card.modelData.breakEvenNotes
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.info
                            text: modelData
                        }
                    }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("ROI: %1").arg(card.modelData.roi) }
                    Label { textFormat: Text.PlainText;
                        objectName: "fxAdverse"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: card.modelData.fxAdverse !== ""
                        text: card.modelData.fxAdverse
                    }
                    Label { textFormat: Text.PlainText;
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Paid before revenue arrives: %1; peak exposure %2 (%3); ceiling %4")
                              .arg(card.modelData.committedBeforeRevenue).arg(card.modelData.exposurePeak)
                              .arg(card.modelData.exposurePeakMonth).arg(card.modelData.ceiling)
                        color: card.modelData.withinCeiling ? Theme.text : Theme.error
                    }
                    SectionTitle { text: qsTr("Scenarios") }
                    Repeater {
                        model: card.modelData.scenarios
                        delegate: Label { textFormat: Text.PlainText;
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("%1: %2 attendees, surplus %3, ROI %4").arg(modelData.name).arg(modelData.attendance)
                                  .arg(modelData.surplus).arg(modelData.roi)
                        }
                    }
                    SectionTitle { text: qsTr("Levers, largest effect first") }
                    Repeater {
                        model: card.modelData.levers.slice(0, 6)
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            text: "+" + modelData.effect + " · " + modelData.text
                        }
                    }
                }
            }
        }
    }

    SectionTitle {
        text: qsTr("Revenue items (TWD: on-site / hybrid / online)")
        visible: ProjectController.loaded
    }
    // Items: add, change, delete, move up or down (each one undo step); click an item to select it.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        visible: ProjectController.loaded
        Button {
            objectName: "addRevenueItem"
            text: qsTr("Add revenue item…")
            onClicked: revenueDialog.openFor(-1)
        }
        Button {
            objectName: "editRevenueItem"
            text: qsTr("Change item…")
            enabled: revenuePage.selectedItem >= 0
            onClicked: revenueDialog.openFor(revenuePage.selectedItem)
        }
        Button {
            objectName: "deleteRevenueItem"
            text: qsTr("Delete item")
            enabled: revenuePage.selectedItem >= 0
            onClicked: {
                revenueStatus.text = BudgetController.removeRevenue(revenuePage.selectedItem)
                revenuePage.selectedItem = -1
            }
        }
        MoveButtons {
            objectName: "moveRevenueItem"
            // lineCount: read again on every budgetChanged (the order changed, not the count).
            canMoveUp: BudgetController.lineCount >= 0 && BudgetController.revenueMoveTarget(revenuePage.selectedItem, -1) >= 0
            canMoveDown: BudgetController.lineCount >= 0 && BudgetController.revenueMoveTarget(revenuePage.selectedItem, 1) >= 0
            onMoved: delta => {
                const target = BudgetController.revenueMoveTarget(revenuePage.selectedItem, delta)
                revenueStatus.text = BudgetController.moveRevenue(revenuePage.selectedItem, delta)
                if (revenueStatus.text === "" && target >= 0)
                    revenuePage.selectedItem = target
            }
        }
        Label {
            id: revenueStatus
            objectName: "revenueStatus"
            textFormat: Text.PlainText
            color: Theme.error
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
    Repeater {
        model: BudgetController.revenue
        delegate: ItemDelegate {
            id: revenueRow
            required property int index
            required property string name
            required property string typeName
            required property string unitAmount
            required property var counts
            required property var amounts
            objectName: "revenueRow" + index
            Layout.fillWidth: true
            highlighted: revenuePage.selectedItem === index
            onClicked: revenuePage.selectedItem = index
            contentItem: Label {
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: revenueRow.typeName + " · " + revenueRow.name + " · " + revenueRow.unitAmount + " · "
                      + qsTr("count %1").arg(revenueRow.counts.join(" / ")) + " · " + revenueRow.amounts.join(" / ")
            }
        }
    }
    RevenueItemDialog {
        id: revenueDialog
        objectName: "revenueItemDialog"
        parent: Overlay.overlay
    }
}
