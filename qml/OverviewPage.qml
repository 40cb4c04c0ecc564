// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Project overview: title, client, requirements (must-haves marked) and criteria weights. */
PageScaffold {
    id: page
    title: ProjectController.loaded ? ProjectController.title : pageTitle
    description: ProjectController.loaded ? "" : qsTr("No project is open. Use Open… to choose a *.venuebid.json file.")

    /** The user chose an entry that is edited on another page (its id, as in Main.pageIds). */
    signal pageRequested(string pageId)

    ColumnLayout {
        visible: ProjectController.loaded
        Layout.fillWidth: true
        spacing: Theme.pageSpacing

        Label {
            text: qsTr("Client: %1").arg(RequirementsController.client)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 venues (%2 competitor venues) · file %3").arg(RequirementsController.venueCount)
                .arg(RequirementsController.competitorCount).arg(ProjectController.fileName)
            textFormat: Text.PlainText
            color: Theme.mutedText
        }

        // Facts entered without their source or as-of date, each a button to the page where it is edited.
        SectionTitle {
            objectName: "unsourcedTitle"
            visible: RequirementsController.unsourced.length > 0
            text: RequirementsController.unsourced.length === 1 ? qsTr("1 fact without a source or an as-of date")
                                                                 : qsTr("%1 facts without a source or an as-of date").arg(RequirementsController.unsourced.length)
        }
        Label {
            visible: RequirementsController.unsourced.length > 0
            textFormat: Text.PlainText
            text: qsTr("They count like any other value. Choose one to open the page where it is edited and give its source and date.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.maximumWidth: page.viewWidth
        }
        Repeater {
            objectName: "unsourcedList"
            model: RequirementsController.unsourced
            delegate: ItemDelegate {
                id: unsourcedRow
                required property var modelData
                required property int index
                objectName: "unsourced_" + unsourcedRow.index
                Layout.fillWidth: true
                Layout.maximumWidth: page.viewWidth
                topPadding: Theme.gapTiny
                bottomPadding: Theme.gapTiny
                contentItem: Label {
                    objectName: "unsourcedText"
                    textFormat: Text.PlainText
                    text: qsTr("%1 — %2 — %3").arg(unsourcedRow.modelData.ownerName).arg(unsourcedRow.modelData.label)
                        .arg(unsourcedRow.modelData.missing)
                    color: Theme.warning
                    elide: Text.ElideRight
                }
                onClicked: page.pageRequested(unsourcedRow.modelData.page)
            }
        }

        SectionTitle { text: qsTr("Requirements") }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Edit a value and press Enter; tick must-have to exclude venues that fail it. Every change can be undone.")
            color: Theme.mutedText
        }
        Repeater {
            model: RequirementsController.requirements
            delegate: RowLayout {
                id: reqRow
                required property var modelData
                spacing: Theme.gapWide
                Label {
                    textFormat: Text.PlainText
                    text: reqRow.modelData.label
                    Layout.preferredWidth: 260
                }
                TextField {
                    objectName: "requirement_" + reqRow.modelData.key
                    text: reqRow.modelData.raw
                    placeholderText: qsTr("not set")
                    readOnly: !reqRow.modelData.editable
                    font.bold: true
                    Layout.preferredWidth: 220
                    onEditingFinished: {
                        if (readOnly || text === reqRow.modelData.raw)
                            return
                        // A successful edit rebuilds this delegate: take the label before the call.
                        const errorLabel = requirementError
                        const error = RequirementsController.setRequirement(reqRow.modelData.key, text)
                        errorLabel.text = error
                        if (error !== "")
                            text = reqRow.modelData.raw
                    }
                }
                CheckBox {
                    objectName: "mustHave_" + reqRow.modelData.key
                    visible: reqRow.modelData.canBeHard
                    text: qsTr("must-have")
                    checked: reqRow.modelData.mustHave
                    onToggled: {
                        const errorLabel = requirementError
                        const error = RequirementsController.setMustHave(reqRow.modelData.key, checked)
                        errorLabel.text = error
                        if (error !== "")
                            checked = reqRow.modelData.mustHave
                    }
                }
            }
        }
        Label {
            id: requirementError
            objectName: "requirementError"
            color: Theme.error
            textFormat: Text.PlainText
            visible: text !== ""
        }

        SectionTitle { text: qsTr("Attendance per format") }
        Label {
            textFormat: Text.PlainText
            text: qsTr("The one attendance every page and document uses: budget, revenue, quote review, CO2e and the bid documents. The on-site format's total is the expected attendance above.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            id: attendanceGrid
            objectName: "attendanceGrid"
            columns: 4
            columnSpacing: Theme.gapWide
            rowSpacing: Theme.gapSmall
            Label { text: qsTr("Format"); font.bold: true; textFormat: Text.PlainText; Layout.preferredWidth: 260 }
            Label { text: qsTr("People on site"); font.bold: true; textFormat: Text.PlainText }
            Label { text: qsTr("People online"); font.bold: true; textFormat: Text.PlainText }
            Label { text: qsTr("Total"); font.bold: true; textFormat: Text.PlainText }
            // Three fixed rows whose values are bound, not a model that is rebuilt: an edit must not destroy the field
            // that is handing its value on.
            Repeater {
                model: 3
                delegate: Label {
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 0
                    Layout.alignment: Qt.AlignTop
                    topPadding: Theme.gapSmall
                    text: RequirementsController.formatAttendance[index]?.label ?? ""
                    textFormat: Text.PlainText
                }
            }
            Repeater {
                model: 3
                delegate: NumberField {
                    required property int index
                    readonly property var row: RequirementsController.formatAttendance[index] ?? ({})
                    objectName: "attendance_onsite_" + row.format
                    Layout.row: index + 1
                    Layout.column: 1
                    Layout.alignment: Qt.AlignTop
                    kind: "count"
                    value: row.onsite
                    onCommitted: (v, text) => error = RequirementsController.setFormatAttendance(row.format, String(v), String(row.online))
                }
            }
            Repeater {
                model: 3
                delegate: NumberField {
                    required property int index
                    readonly property var row: RequirementsController.formatAttendance[index] ?? ({})
                    objectName: "attendance_online_" + row.format
                    Layout.row: index + 1
                    Layout.column: 2
                    Layout.alignment: Qt.AlignTop
                    kind: "count"
                    value: row.online
                    onCommitted: (v, text) => error = RequirementsController.setFormatAttendance(row.format, String(row.onsite), String(v))
                }
            }
            Repeater {
                model: 3
                delegate: Label {
                    required property int index
                    readonly property var row: RequirementsController.formatAttendance[index] ?? ({})
                    objectName: "attendance_total_" + row.format
                    Layout.row: index + 1
                    Layout.column: 3
                    Layout.alignment: Qt.AlignTop
                    topPadding: Theme.gapSmall
                    text: row.total === undefined ? "" : Numbers.count(row.total)
                    textFormat: Text.PlainText
                }
            }
        }

        SectionTitle { text: qsTr("Criteria and weights") }
        Repeater {
            model: RankingController.criteria
            delegate: RowLayout {
                id: critRow
                required property string name
                required property string direction
                required property string unit
                required property double percent
                spacing: Theme.gapWide
                Label {
                    textFormat: Text.PlainText
                    text: critRow.name
                    Layout.preferredWidth: 260
                }
                ProgressBar {
                    from: 0
                    to: 100
                    value: critRow.percent
                    Layout.preferredWidth: 160
                }
                Label {
                    textFormat: Text.PlainText
                    text: Number(critRow.percent).toLocaleString(Qt.locale(), 'f', 1) + " %"
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 60
                }
                Label {
                    textFormat: Text.PlainText
                    text: (critRow.direction === "benefit" ? qsTr("higher is better") : qsTr("lower is better")) + (critRow.unit ? " · " + critRow.unit : "")
                    color: Theme.mutedText
                }
            }
        }

        SectionTitle {
            text: qsTr("File warnings")
            visible: ProjectController.warnings.length > 0
        }
        Repeater {
            model: ProjectController.warnings
            delegate: Label {
                required property string modelData
                text: modelData
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                color: Theme.warning
            }
        }
    }
}
