// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** A chart of a page with its exports: the SVG text a controller made (models/base/svgchart.h), drawn to the page's
 *  width, and buttons that save it as SVG (a drawing for Word or a slide) or PNG (a picture). Hidden without a chart.
 *
 *      ChartPanel { svg: BudgetController.categoryChart; fileSuffix: "-budget-chart" } */
ColumnLayout {
    id: panel
    property alias svg: chart.svg
    /** Appended to the project's name for the suggested file name, before .svg or .png. */
    property string fileSuffix: "-chart"
    Layout.fillWidth: true
    spacing: Theme.gap
    visible: chart.svg !== ""

    SvgChart {
        id: chart
        objectName: "chart"
        Layout.fillWidth: true
        Layout.maximumWidth: chart.chartSize.width
        Layout.preferredHeight: implicitHeight
    }
    RowLayout {
        spacing: Theme.gap
        Button {
            objectName: "saveChartSvg"
            text: qsTr("Save chart as SVG…")
            onClicked: {
                saveDialog.suggestedSuffix = panel.fileSuffix + ".svg"
                saveDialog.defaultSuffix = "svg"
                saveDialog.nameFilters = [qsTr("SVG drawing (*.svg)")]
                saveDialog.ask()
            }
        }
        Button {
            objectName: "saveChartPng"
            text: qsTr("PNG…")
            onClicked: {
                saveDialog.suggestedSuffix = panel.fileSuffix + ".png"
                saveDialog.defaultSuffix = "png"
                saveDialog.nameFilters = [qsTr("PNG picture (*.png)")]
                saveDialog.ask()
            }
        }
        Label {
            id: status
            objectName: "chartStatus"
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
    }
    SaveFileDialog {
        id: saveDialog
        title: qsTr("Save the chart")
        onAccepted: {
            const error = chart.save(selectedFile)
            status.text = error === "" ? qsTr("Saved %1").arg(ProjectController.displayPath(selectedFile)) : error
        }
    }
}
