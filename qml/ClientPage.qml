// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The client's background (T1.3, O1.3.1): the association's profile and rules, its past editions (edited in place:
 *  an empty cell is unknown, never 0; estimates marked ≈), the fixed programme with the venues each mandatory element
 *  excludes, and the local-culture elements. Every change is one undo step; a refused value stays in its field with
 *  the reason beside it. */
PageScaffold {
    id: page
    // The editions table: year, city, country, format, total, five categories, estimate, as of, the row buttons, the
    // unsourced tag (about 60: "unsourced" or 未註明來源 at Theme.fontSmall); 17 items, 16 gaps: 1,066 + 2 × 16
    // margins fits the page of the default 1280 px window (1,099) without scrolling sideways.
    minimumContentWidth: 60 + 104 + 50 + 96 + 6 * 70 + 46 + 76 + 3 * 30 + 60 + 16 * Theme.gapSmall
    description: qsTr("The client's background, history and traditions. An empty cell is unknown, not 0; ≈ marks an estimate. The forecast page turns the history into attendance scenarios. The same data: venuebid-cli forecast PROJECT.")

    ClientController {
        id: client
        objectName: "clientController"
        project: ProjectController
    }

    /** A text cell that stores what is typed when editing finishes; the owner says how, and shows its refusal. */
    component EditCell: TextField {
        id: cell
        /** The value as the project holds it. */
        property string stored
        /** Stores the text; returns "" or why not. */
        property var store: null
        /** Where the refusal is shown. */
        property Label errorLabel
        text: stored
        selectByMouse: true
        onStoredChanged: if (!activeFocus) text = stored
        // A long text shows from its start, not scrolled to the cursor at its end.
        onTextChanged: if (!activeFocus) cursorPosition = 0
        onEditingFinished: {
            if (text === stored)
                return
            const error = cell.store ? cell.store(text) : ""
            if (cell.errorLabel)
                cell.errorLabel.text = error
            if (error === "")
                text = Qt.binding(() => cell.stored)
        }
        Keys.onEscapePressed: text = stored
    }
    component ErrorLine: Label {
        Layout.fillWidth: true
        Layout.maximumWidth: page.viewWidth
        visible: text !== ""
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
    }
    component Caption: Label {
        textFormat: Text.PlainText
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.alignment: Qt.AlignBottom
    }

    Label {
        visible: !client.hasClient
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.mutedText
        text: qsTr("This project has no client history yet. Add the association's name below to start one.")
    }

    // ---- the association ----
    SectionTitle { text: qsTr("Association") }
    GridLayout {
        columns: 4
        columnSpacing: Theme.gap
        rowSpacing: Theme.gapSmall
        Label { textFormat: Text.PlainText; text: qsTr("Name (English)") }
        EditCell {
            objectName: "assocNameEn"
            Layout.preferredWidth: 280
            stored: client.profile.nameEn ?? ""
            errorLabel: profileError
            store: t => client.setProfileField("nameEn", t)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Name (Chinese)") }
        EditCell {
            Layout.preferredWidth: 220
            stored: client.profile.nameZh ?? ""
            errorLabel: profileError
            store: t => client.setProfileField("nameZh", t)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Series") }
        EditCell {
            Layout.preferredWidth: 120
            stored: client.profile.series ?? ""
            errorLabel: profileError
            store: t => client.setProfileField("series", t)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Every (years)") }
        EditCell {
            Layout.preferredWidth: 60
            horizontalAlignment: Text.AlignRight
            stored: client.profile.frequency ?? ""
            placeholderText: qsTr("unknown")
            errorLabel: profileError
            store: t => client.setProfileField("frequency", t)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Rotation") }
        PlainComboBox {
            id: patternBox
            Layout.preferredWidth: 160
            readonly property var keys: ["continental", "fixed", "none", "other"]
            model: [qsTr("between continents"), qsTr("fixed place"), qsTr("none"), qsTr("other")]
            currentIndex: Math.max(0, patternBox.keys.indexOf(client.profile.pattern ?? "none"))
            onActivated: index => profileError.text = client.setProfileField("pattern", patternBox.keys[index])
        }
        Label { textFormat: Text.PlainText; text: qsTr("Regions in order") }
        EditCell {
            Layout.preferredWidth: 220
            stored: client.profile.regions ?? ""
            placeholderText: "europe, americas, asia_pacific"
            errorLabel: profileError
            store: t => client.setProfileField("regions", t)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Preferred month") }
        EditCell {
            Layout.preferredWidth: 60
            horizontalAlignment: Text.AlignRight
            stored: client.profile.month ?? ""
            placeholderText: qsTr("unknown")
            errorLabel: profileError
            store: t => client.setProfileField("month", t)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Source (URL)") }
        EditCell {
            Layout.preferredWidth: 220
            stored: client.profile.source ?? ""
            placeholderText: "https://"
            errorLabel: profileError
            store: t => client.setProfileField("source", t)
        }
    }
    ErrorLine { id: profileError; objectName: "profileError" }

    // ---- rules ----
    SectionTitle { text: qsTr("Rules of the association") }
    GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gapSmall
        Label { textFormat: Text.PlainText; text: qsTr("The member fee is below the non-member fee") }
        PlainComboBox {
            Layout.preferredWidth: 140
            model: [qsTr("not stated"), qsTr("no"), qsTr("yes")]
            currentIndex: (client.rules.memberFee ?? -1) + 1
            onActivated: index => rulesError.text = client.setRule("memberFee", index - 1)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Visa-free entry for every delegate is required") }
        PlainComboBox {
            Layout.preferredWidth: 140
            model: [qsTr("not stated"), qsTr("no"), qsTr("yes")]
            currentIndex: (client.rules.visaFree ?? -1) + 1
            onActivated: index => rulesError.text = client.setRule("visaFree", index - 1)
        }
    }
    Repeater {
        model: client.rules.other ?? []
        delegate: RowLayout {
            id: ruleRow
            required property var modelData
            required property int index
            spacing: Theme.gapSmall
            EditCell {
                Layout.preferredWidth: 300
                stored: ruleRow.modelData.zh
                placeholderText: qsTr("Chinese")
                errorLabel: rulesError
                store: t => client.setOtherRule(ruleRow.index, t, ruleRow.modelData.en)
            }
            EditCell {
                Layout.preferredWidth: 420
                stored: ruleRow.modelData.en
                placeholderText: qsTr("English")
                errorLabel: rulesError
                store: t => client.setOtherRule(ruleRow.index, ruleRow.modelData.zh, t)
            }
            Button {
                text: "✕"
                implicitWidth: 30
                Accessible.name: qsTr("Delete rule")
                onClicked: rulesError.text = client.removeOtherRule(ruleRow.index)
            }
        }
    }
    RowLayout {
        spacing: Theme.gapSmall
        TextField { id: newRule; Layout.preferredWidth: 300; placeholderText: qsTr("Another rule") }
        Button {
            text: qsTr("Add rule")
            enabled: newRule.text.trim() !== ""
            onClicked: {
                rulesError.text = client.addOtherRule(newRule.text)
                if (rulesError.text === "")
                    newRule.text = ""
            }
        }
    }
    ErrorLine { id: rulesError }

    // ---- past editions ----
    SectionTitle { text: qsTr("Past editions") }
    RowLayout {
        spacing: Theme.gapSmall
        Caption { Layout.preferredWidth: 60; text: qsTr("Year") }
        Caption { Layout.preferredWidth: 104; text: qsTr("City") }
        Caption { Layout.preferredWidth: 50; text: qsTr("Country") }
        Caption { Layout.preferredWidth: 96; text: qsTr("Format") }
        Caption { Layout.preferredWidth: 70; text: qsTr("Total"); horizontalAlignment: Text.AlignRight }
        Caption { Layout.preferredWidth: 70; text: qsTr("Members"); horizontalAlignment: Text.AlignRight }
        Caption { Layout.preferredWidth: 70; text: qsTr("Non-members"); horizontalAlignment: Text.AlignRight }
        Caption { Layout.preferredWidth: 70; text: qsTr("Students"); horizontalAlignment: Text.AlignRight }
        Caption { Layout.preferredWidth: 70; text: qsTr("Exhibitors"); horizontalAlignment: Text.AlignRight }
        Caption { Layout.preferredWidth: 70; text: qsTr("Online"); horizontalAlignment: Text.AlignRight }
        Caption { Layout.preferredWidth: 46; text: qsTr("≈ Est.") }
        Caption { Layout.preferredWidth: 76; text: qsTr("As of") }
    }
    Repeater {
        id: editionRows
        objectName: "editionRows"
        model: client.editions
        delegate: RowLayout {
            id: edition
            required property var modelData
            required property int index
            spacing: Theme.gapSmall
            function store(key: string, text: string): string { return client.setEditionField(edition.index, key, text) }
            EditCell {
                objectName: "editionYear_" + edition.index
                Layout.preferredWidth: 60
                stored: edition.modelData.year
                errorLabel: editionError
                store: t => edition.store("year", t)
            }
            EditCell {
                Layout.preferredWidth: 104
                stored: edition.modelData.city
                errorLabel: editionError
                store: t => edition.store("city", t)
            }
            EditCell {
                Layout.preferredWidth: 50
                stored: edition.modelData.country
                errorLabel: editionError
                store: t => edition.store("country", t)
            }
            PlainComboBox {
                id: formatBox
                Layout.preferredWidth: 96
                readonly property var keys: ["onsite", "hybrid", "online"]
                model: [qsTr("on site"), qsTr("hybrid"), qsTr("online")]
                currentIndex: formatBox.keys.indexOf(edition.modelData.format)
                onActivated: index => editionError.text = edition.store("format", formatBox.keys[index])
            }
            Repeater {
                model: ["total", "member", "non_member", "student", "exhibitor", "online"]
                delegate: EditCell {
                    id: factCell
                    required property string modelData
                    objectName: "edition_" + edition.index + "_" + modelData
                    Layout.preferredWidth: 70
                    horizontalAlignment: Text.AlignRight
                    font.italic: edition.modelData.estimate
                    stored: edition.modelData[factCell.modelData]
                    errorLabel: editionError
                    store: t => edition.store(factCell.modelData, t)
                }
            }
            CheckBox {
                Layout.preferredWidth: 46
                checked: edition.modelData.estimate
                Accessible.name: qsTr("Estimate")
                onToggled: editionError.text = edition.store("estimate", checked ? "true" : "false")
            }
            EditCell {
                Layout.preferredWidth: 76
                stored: edition.modelData.asOf
                errorLabel: editionError
                store: t => edition.store("asOf", t)
            }
            MoveButtons {
                objectName: "moveEdition_" + edition.index
                canMoveUp: edition.index > 0
                canMoveDown: edition.index < client.editions.length - 1
                onMoved: delta => editionError.text = client.moveEdition(edition.index, delta)
            }
            Button {
                text: "…"
                Accessible.name: qsTr("Details")
                implicitWidth: 30
                onClicked: details.row = edition.index
            }
            Button {
                objectName: "deleteEdition_" + edition.index
                text: "✕"
                Accessible.name: qsTr("Delete edition")
                implicitWidth: 30
                onClicked: editionError.text = client.removeEdition(edition.index)
            }
            // Last in the row, so the buttons of every row line up.
            UnsourcedTag {
                objectName: "editionUnsourced_" + edition.index
                visible: edition.modelData.unsourced
            }
        }
    }
    ErrorLine { id: editionError; objectName: "editionError" }
    RowLayout {
        spacing: Theme.gapSmall
        TextField { id: newYear; objectName: "newEditionYear"; Layout.preferredWidth: 70; placeholderText: qsTr("Year") }
        TextField { id: newCity; objectName: "newEditionCity"; Layout.preferredWidth: 160; placeholderText: qsTr("City") }
        Button {
            objectName: "addEdition"
            text: qsTr("Add edition")
            onClicked: {
                editionError.text = client.addEdition(newYear.text, newCity.text)
                if (editionError.text === "") {
                    newYear.text = ""
                    newCity.text = ""
                }
            }
        }
        Button {
            objectName: "importEditions"
            text: qsTr("Import from CSV…")
            onClicked: editionImport.chooseFile()
        }
    }
    CsvImportDialog {
        id: editionImport
        objectName: "editionImportDialog"
        parent: Overlay.overlay
        chooseTitle: qsTr("Import past editions from CSV")
        fileTitle: qsTr("Import past editions from %1")
        hint: qsTr("Choose a UTF-8 CSV file with a header row: year, city_en or city_zh, then columns such as country, region, format, total, member, fee_member_early, sponsorship, source, as_of, estimate, basis. Empty cells are unknown.")
        importer: EditionImportController { project: ProjectController }
    }
    // The selected edition's other facts: source, basis, the other categories, the registration pace.
    ColumnLayout {
        id: details
        property int row: -1
        readonly property var edition: row >= 0 && row < client.editions.length ? client.editions[row] : null
        visible: details.edition !== null
        spacing: Theme.gapSmall
        function store(key: string, text: string): string { return client.setEditionField(details.row, key, text) }
        Label {
            textFormat: Text.PlainText
            font.bold: true
            text: details.edition ? qsTr("Edition %1, %2").arg(details.edition.year).arg(details.edition.city) : ""
        }
        GridLayout {
            columns: 4
            columnSpacing: Theme.gap
            rowSpacing: Theme.gapSmall
            Label { textFormat: Text.PlainText; text: qsTr("Source (URL)") }
            EditCell {
                Layout.preferredWidth: 300
                stored: details.edition ? details.edition.source : ""
                placeholderText: "https://"
                errorLabel: detailsError
                store: t => details.store("source", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Basis of the estimate") }
            EditCell {
                Layout.preferredWidth: 300
                stored: details.edition ? details.edition.basis : ""
                errorLabel: detailsError
                store: t => details.store("basis", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Region") }
            EditCell {
                objectName: "editionRegion"
                Layout.preferredWidth: 160
                stored: details.edition ? details.edition.region : ""
                placeholderText: qsTr("e.g. Europe")
                errorLabel: detailsError
                store: t => details.store("region", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Currency of fees and sponsorship") }
            EditCell {
                Layout.preferredWidth: 70
                stored: details.edition ? details.edition.currency : ""
                placeholderText: "USD"
                errorLabel: detailsError
                store: t => details.store("currency", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("Satisfaction scale (best score)") }
            EditCell {
                Layout.preferredWidth: 70
                horizontalAlignment: Text.AlignRight
                stored: details.edition ? details.edition.satisfactionScale : ""
                errorLabel: detailsError
                store: t => details.store("satisfactionScale", t)
            }
            Item { Layout.columnSpan: 2; Layout.preferredHeight: 1 }
            Label { textFormat: Text.PlainText; text: qsTr("Registrations (days before: registered)") }
            EditCell {
                Layout.preferredWidth: 300
                Layout.columnSpan: 3
                stored: details.edition ? details.edition.pace : ""
                placeholderText: "365: 120; 180: 640; 30: 1,500"
                errorLabel: detailsError
                store: t => details.store("pace", t)
            }
        }
        // The edition's other figures: an empty cell is unknown.
        Flow {
            Layout.fillWidth: true
            Layout.maximumWidth: page.viewWidth
            spacing: Theme.gapSmall
            Repeater {
                model: [
                    { key: "accompanying", label: qsTr("Accompanying persons") },
                    { key: "press", label: qsTr("Press") },
                    { key: "fee.member_early", label: qsTr("Fee: member, early") },
                    { key: "fee.member_late", label: qsTr("Fee: member, late") },
                    { key: "fee.non_member_early", label: qsTr("Fee: non-member, early") },
                    { key: "fee.non_member_late", label: qsTr("Fee: non-member, late") },
                    { key: "fee.student", label: qsTr("Fee: student") },
                    { key: "fee.online", label: qsTr("Fee: online") },
                    { key: "abstracts_submitted", label: qsTr("Abstracts submitted") },
                    { key: "abstracts_accepted", label: qsTr("Abstracts accepted") },
                    { key: "exhibition_m2", label: qsTr("Exhibition area (m²)") },
                    { key: "sponsorship", label: qsTr("Sponsorship income") },
                    { key: "satisfaction", label: qsTr("Satisfaction score") }
                ]
                delegate: RowLayout {
                    id: factItem
                    required property var modelData
                    width: 330
                    spacing: Theme.gapSmall
                    Label {
                        textFormat: Text.PlainText
                        text: factItem.modelData.label
                        Layout.preferredWidth: 200
                        elide: Text.ElideRight
                    }
                    EditCell {
                        objectName: "editionFact_" + factItem.modelData.key
                        Layout.preferredWidth: 110
                        horizontalAlignment: Text.AlignRight
                        stored: details.edition ? (details.edition[factItem.modelData.key] ?? "") : ""
                        placeholderText: qsTr("unknown")
                        errorLabel: detailsError
                        store: t => details.store(factItem.modelData.key, t)
                    }
                }
            }
        }
        ErrorLine { id: detailsError; objectName: "detailsError" }
    }

    // ---- fixed programme ----
    SectionTitle { text: qsTr("Fixed programme (traditions)") }
    Caption {
        Layout.fillWidth: true
        Layout.maximumWidth: page.viewWidth
        text: qsTr("A mandatory element excludes every venue that cannot hold it; the reason is shown under the element.")
    }
    Repeater {
        model: client.programme
        delegate: ColumnLayout {
            id: element
            required property var modelData
            required property int index
            spacing: Theme.gapTiny
            function store(key: string, text: string): string { return client.setProgrammeField(element.index, key, text) }
            RowLayout {
                spacing: Theme.gapSmall
                PlainComboBox {
                    Layout.preferredWidth: 150
                    model: client.kinds
                    textRole: "name"
                    currentIndex: client.kinds.findIndex(k => k.key === element.modelData.kind)
                    onActivated: index => programmeError.text = element.store("kind", client.kinds[index].key)
                }
                EditCell {
                    Layout.preferredWidth: 240
                    stored: element.modelData.name
                    errorLabel: programmeError
                    store: t => element.store("name", t)
                }
                EditCell {
                    objectName: "programmeSeats_" + element.index
                    Layout.preferredWidth: 70
                    horizontalAlignment: Text.AlignRight
                    stored: element.modelData.seats
                    placeholderText: qsTr("seats")
                    errorLabel: programmeError
                    store: t => element.store("seats", t)
                }
                PlainComboBox {
                    Layout.preferredWidth: 130
                    model: client.layouts
                    textRole: "name"
                    currentIndex: Math.max(0, client.layouts.findIndex(k => k.key === element.modelData.layout))
                    onActivated: index => programmeError.text = element.store("layout", client.layouts[index].key)
                }
                EditCell {
                    Layout.preferredWidth: 70
                    horizontalAlignment: Text.AlignRight
                    stored: element.modelData.banquetSeats
                    placeholderText: qsTr("banquet")
                    errorLabel: programmeError
                    store: t => element.store("banquetSeats", t)
                }
                CheckBox {
                    text: qsTr("mandatory")
                    checked: element.modelData.mandatory
                    onToggled: programmeError.text = element.store("mandatory", checked ? "true" : "false")
                }
                CheckBox {
                    text: qsTr("no parallel sessions")
                    checked: element.modelData.noParallel
                    onToggled: programmeError.text = element.store("noParallel", checked ? "true" : "false")
                }
                MoveButtons {
                    objectName: "moveProgramme_" + element.index
                    canMoveUp: element.index > 0
                    canMoveDown: element.index < client.programme.length - 1
                    onMoved: delta => programmeError.text = client.moveProgrammeElement(element.index, delta)
                }
                Button {
                    text: "✕"
                    Accessible.name: qsTr("Delete programme element")
                    implicitWidth: 30
                    onClicked: programmeError.text = client.removeProgrammeElement(element.index)
                }
            }
            RowLayout {
                Layout.leftMargin: 150 + Theme.gapSmall
                spacing: Theme.gapSmall
                CheckBox {
                    objectName: "programmeAtVenue_" + element.index
                    text: qsTr("at the congress venue")
                    checked: element.modelData.atVenue
                    onToggled: programmeError.text = element.store("atVenue", checked ? "true" : "false")
                }
                Label { textFormat: Text.PlainText; text: qsTr("online / hybrid:") }
                EditCell {
                    objectName: "programmeOnline_" + element.index
                    Layout.preferredWidth: 220
                    stored: element.modelData.online
                    placeholderText: qsTr("how it is held online")
                    errorLabel: programmeError
                    store: t => element.store("online", t)
                }
                EditCell {
                    Layout.preferredWidth: 180
                    stored: element.modelData.source
                    placeholderText: qsTr("Source (URL)")
                    errorLabel: programmeError
                    store: t => element.store("source", t)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.maximumWidth: page.viewWidth
                Layout.leftMargin: 150 + Theme.gapSmall
                visible: text !== ""
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.caution
                text: element.modelData.excludes === "" ? "" : qsTr("Excludes: %1").arg(element.modelData.excludes)
            }
        }
    }
    ErrorLine { id: programmeError; objectName: "programmeError" }
    RowLayout {
        spacing: Theme.gapSmall
        PlainComboBox { id: newKind; Layout.preferredWidth: 150; model: client.kinds; textRole: "name" }
        TextField { id: newElement; Layout.preferredWidth: 240; placeholderText: qsTr("Name") }
        Button {
            text: qsTr("Add element")
            onClicked: {
                programmeError.text = client.addProgrammeElement(client.kinds[newKind.currentIndex].key, newElement.text)
                if (programmeError.text === "")
                    newElement.text = ""
            }
        }
    }

    // ---- local culture ----
    SectionTitle { text: qsTr("Local culture for the social programme") }
    Repeater {
        model: client.culture
        delegate: RowLayout {
            id: culture
            required property var modelData
            required property int index
            spacing: Theme.gapSmall
            function store(key: string, text: string): string { return client.setCultureField(culture.index, key, text) }
            EditCell {
                Layout.preferredWidth: 240
                stored: culture.modelData.name
                errorLabel: cultureError
                store: t => culture.store("name", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("cost") }
            EditCell {
                Layout.preferredWidth: 100
                horizontalAlignment: Text.AlignRight
                font.italic: culture.modelData.estimate
                stored: culture.modelData.cost
                placeholderText: qsTr("unknown")
                errorLabel: cultureError
                store: t => culture.store("cost", t)
            }
            EditCell {
                Layout.preferredWidth: 56
                stored: culture.modelData.currency
                errorLabel: cultureError
                store: t => culture.store("currency", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("capacity") }
            EditCell {
                Layout.preferredWidth: 70
                horizontalAlignment: Text.AlignRight
                stored: culture.modelData.capacity
                placeholderText: qsTr("unknown")
                errorLabel: cultureError
                store: t => culture.store("capacity", t)
            }
            Label { textFormat: Text.PlainText; text: qsTr("at") }
            PlainComboBox {
                id: attachBox
                Layout.preferredWidth: 200
                readonly property var options: [{ key: "", name: qsTr("(none)") }, ...client.programme.map(e => ({ key: e.id, name: e.name }))]
                model: attachBox.options
                textRole: "name"
                currentIndex: Math.max(0, attachBox.options.findIndex(o => o.key === culture.modelData.programmeId))
                onActivated: index => cultureError.text = culture.store("programme", attachBox.options[index].key)
            }
            MoveButtons {
                objectName: "moveCulture_" + culture.index
                canMoveUp: culture.index > 0
                canMoveDown: culture.index < client.culture.length - 1
                onMoved: delta => cultureError.text = client.moveCultureElement(culture.index, delta)
            }
            Button {
                text: "✕"
                Accessible.name: qsTr("Delete local-culture element")
                implicitWidth: 30
                onClicked: cultureError.text = client.removeCultureElement(culture.index)
            }
            UnsourcedTag {
                objectName: "cultureUnsourced_" + culture.index
                visible: culture.modelData.unsourced
            }
        }
    }
    ErrorLine { id: cultureError }
    RowLayout {
        spacing: Theme.gapSmall
        TextField { id: newCulture; Layout.preferredWidth: 240; placeholderText: qsTr("Name") }
        Button {
            text: qsTr("Add culture element")
            onClicked: {
                cultureError.text = client.addCultureElement(newCulture.text)
                if (cultureError.text === "")
                    newCulture.text = ""
            }
        }
    }
}
