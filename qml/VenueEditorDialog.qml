// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Adds or edits one venue. The fields are the columns of docs/venue-csv.md; VenueLibraryController validates them
 *  with the project file's rules and returns each problem in words, led by the field's label; the fields at fault
 *  are outlined. A new venue's id is made from its name. An empty value means unknown. */
Dialog {
    id: dialog
    header: DialogTitle { text: dialog.title }
    /** Id of the venue being edited; "" adds a new venue. */
    property string venueId: ""
    /** The venue's fields (column → text), from VenueLibraryController.venueFields(). */
    property var fields: ({})
    /** Problems of the last attempt to save. */
    property var errors: []
    /** The keys of the fields those problems are about. */
    property var errorFields: []
    /** How many times Save was pressed: a field edited since the last press is no longer marked. */
    property int saveCount: 0

    readonly property var factColumns: [
        { key: "plenary_seats", label: qsTr("Plenary seats") },
        { key: "meeting_rooms", label: qsTr("Meeting rooms") },
        { key: "exhibition_m2", label: qsTr("Exhibition area (m²)") },
        { key: "exhibition_booths", label: qsTr("Exhibition booths") },
        { key: "hotel_rooms_nearby", label: qsTr("Hotel rooms nearby") },
        { key: "airport_minutes", label: qsTr("Minutes to the airport") },
        { key: "cost_venue_rental", label: qsTr("Venue rental") }
    ]

    function openFor(id: string): void {
        venueId = id
        fields = VenueLibraryController.venueFields(id)
        errors = []
        errorFields = []
        open()
    }
    // Untyped on purpose: Qt 6.4's ahead-of-time compiled version of this function loses the change to the map.
    function setField(key, value) {
        const f = fields // reassigned, not mutated in place: a var property hands out a copy
        f[key] = value
        fields = f
    }
    function save(): void {
        errors = venueId === "" ? VenueLibraryController.addVenue(fields) : VenueLibraryController.updateVenue(venueId, fields)
        errorFields = VenueLibraryController.lastErrorFields()
        ++saveCount
        if (errors.length === 0)
            close()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 900, 980)
    height: Math.min(parent ? parent.height * 0.9 : 700, 760)
    title: venueId === "" ? qsTr("Add venue") : qsTr("Edit venue %1").arg(fields["name_en"] || fields["name_zh"] || venueId)

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "saveVenueButton"
            text: qsTr("Save")
            onClicked: dialog.save()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }

    component FieldEdit: TextField {
        id: fieldEdit
        required property string key
        /** The save count when this field was last edited. */
        property int editedAt: -1
        /** The last save refused this field: outlined in the error colour until it is edited. */
        readonly property bool faulty: dialog.errorFields.indexOf(key) >= 0 && editedAt !== dialog.saveCount
        Layout.fillWidth: true
        text: dialog.fields[key] ?? ""
        onTextEdited: {
            dialog.setField(key, text)
            editedAt = dialog.saveCount
        }
        Rectangle {
            anchors.fill: parent
            visible: fieldEdit.faulty
            color: "transparent"
            border.color: Theme.error
            border.width: 2
            radius: 2
        }
    }

    ColumnLayout {
        anchors.fill: parent

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("An empty value means unknown (never 0). Give a known value its source URL (or \"estimate\" with a basis) and as-of date; without them it is kept as unsourced and the overview lists it.")
            color: Theme.mutedText
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            ColumnLayout {
                width: parent.width
                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    Label { textFormat: Text.PlainText; text: qsTr("Name (Chinese)") }
                    FieldEdit { key: "name_zh"; objectName: "field_name_zh" }
                    Label { textFormat: Text.PlainText; text: qsTr("Name (English)") }
                    FieldEdit { key: "name_en"; objectName: "field_name_en" }
                    Label { textFormat: Text.PlainText; text: qsTr("City (Chinese)") }
                    FieldEdit { key: "city_zh" }
                    Label { textFormat: Text.PlainText; text: qsTr("City (English)") }
                    FieldEdit { key: "city_en" }
                    Label { textFormat: Text.PlainText; text: qsTr("Country") }
                    FieldEdit { key: "country"; placeholderText: qsTr("ISO code, e.g. TW") }
                    Label { textFormat: Text.PlainText; text: qsTr("Role") }
                    PlainComboBox {
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: [{ text: qsTr("Candidate"), value: "candidate" }, { text: qsTr("Competitor"), value: "competitor" }]
                        currentIndex: dialog.fields["role"] === "competitor" ? 1 : 0
                        onActivated: dialog.setField("role", currentValue)
                    }
                }

                Repeater {
                    model: dialog.factColumns
                    delegate: GroupBox {
                        id: factBox
                        required property var modelData
                        Layout.fillWidth: true
                        title: modelData.label
                        label: Label {
                            textFormat: Text.PlainText
                            x: factBox.leftPadding
                            width: factBox.availableWidth
                            text: factBox.title
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                        GridLayout {
                            anchors.fill: parent
                            columns: 6
                            Label { textFormat: Text.PlainText; Layout.row: 0; Layout.column: 0; text: factBox.modelData.key.startsWith("cost_") ? qsTr("Amount") : qsTr("Value") }
                            FieldEdit { Layout.row: 0; Layout.column: 1; key: factBox.modelData.key; objectName: "field_" + key; placeholderText: qsTr("unknown") }
                            Label { textFormat: Text.PlainText; Layout.row: 0; Layout.column: 2; text: qsTr("As of") }
                            FieldEdit { Layout.row: 0; Layout.column: 3; key: factBox.modelData.key + "_as_of"; placeholderText: qsTr("YYYY, YYYY-MM or YYYY-MM-DD") }
                            CheckBox {
                                Layout.row: 0
                                Layout.column: 4
                                text: qsTr("Estimate")
                                checked: dialog.fields[factBox.modelData.key + "_estimate"] === "true"
                                onToggled: dialog.setField(factBox.modelData.key + "_estimate", checked ? "true" : "false")
                            }
                            FieldEdit {
                                Layout.row: 0
                                Layout.column: 5
                                Layout.fillWidth: false
                                Layout.preferredWidth: 70
                                key: factBox.modelData.key + "_currency"
                                visible: factBox.modelData.key.startsWith("cost_")
                                placeholderText: "TWD"
                            }
                            Label { textFormat: Text.PlainText; Layout.row: 1; Layout.column: 0; text: qsTr("Source") }
                            FieldEdit { Layout.row: 1; Layout.column: 1; key: factBox.modelData.key + "_source"; placeholderText: "https://…" }
                            Label { textFormat: Text.PlainText; Layout.row: 1; Layout.column: 2; text: qsTr("Estimate basis") }
                            FieldEdit { Layout.row: 1; Layout.column: 3; Layout.columnSpan: 3; key: factBox.modelData.key + "_basis"; placeholderText: qsTr("how the estimate was made") }
                        }
                    }
                }
            }
        }

        Frame {
            Layout.fillWidth: true
            visible: dialog.errors.length > 0
            ColumnLayout {
                anchors.fill: parent
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("%n problem(s): nothing was saved.", "", dialog.errors.length)
                    color: Theme.error
                    font.bold: true
                }
                Repeater {
                    model: dialog.errors
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        text: modelData
                    }
                }
            }
        }
    }
}
