// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** Tender self-scoring under Taiwan's 最有利標 rules: the 評分總表 (each member's total and rank per bidder, struck
 *  results marked), each bidder's average, pass/fail, rank sum, price and price ÷ score, the decided rank, the winner
 *  under each method with the tie-break and the confirming vote, the conventions applied, and the setup warnings and
 *  conventions that would change the winner. */
PageScaffold {
    id: page
    description: bid.hasTender ? "" : qsTr("This project has no tender yet. Start one below: its title and method, the first evaluation item and the first committee member; bidders, items and members are added after.")

    TenderController {
        id: bid
        objectName: "bidController"
        project: ProjectController
    }

    // Starting a tender: the least its evaluation needs (an item and an attending member).
    GridLayout {
        id: startForm
        objectName: "startTenderForm"
        visible: ProjectController.loaded && !bid.hasTender
        columns: 2
        columnSpacing: Theme.gap
        Label { textFormat: Text.PlainText; text: qsTr("Tender title (English)") }
        TextField { id: startTitleEn; objectName: "startTitleEn"; Layout.preferredWidth: 360 }
        Label { textFormat: Text.PlainText; text: qsTr("Tender title (Chinese)") }
        TextField { id: startTitleZh; objectName: "startTitleZh"; Layout.preferredWidth: 360 }
        Label { textFormat: Text.PlainText; text: qsTr("Method") }
        PlainComboBox {
            id: startMethod
            objectName: "startMethod"
            Layout.preferredWidth: 360
            model: bid.methods
            textRole: "name"
            valueRole: "key"
        }
        Label { textFormat: Text.PlainText; text: qsTr("First evaluation item") }
        TextField { id: startItem; objectName: "startItem"; placeholderText: qsTr("e.g. Event plan"); Layout.preferredWidth: 360 }
        Label { textFormat: Text.PlainText; text: qsTr("Its points") }
        TextField { id: startPoints; objectName: "startPoints"; Layout.preferredWidth: 120; horizontalAlignment: Text.AlignRight }
        Label { textFormat: Text.PlainText; text: qsTr("First committee member") }
        TextField { id: startMember; objectName: "startMember"; placeholderText: qsTr("member's name"); Layout.preferredWidth: 360 }
        Item { implicitWidth: 1 }
        CheckBox { id: startExpert; objectName: "startExpert"; text: qsTr("outside expert") }
        Item { implicitWidth: 1 }
        Button {
            objectName: "startTender"
            text: qsTr("Start the tender")
            onClicked: {
                const r = bid.startTender({ titleEn: startTitleEn.text, titleZh: startTitleZh.text, method: startMethod.currentValue,
                                            itemEn: startItem.text, itemZh: "", points: startPoints.text, kind: "other",
                                            member: startMember.text, outsideExpert: startExpert.checked })
                startStatus.text = r["error"]
            }
        }
        Label {
            id: startStatus
            objectName: "startStatus"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.error
            visible: text !== ""
        }
    }

    SectionTitle {
        visible: bid.hasTender
        text: bid.tenderTitle
    }
    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Score sheet (評分總表): each member's total, his rank in brackets")
    }
    DataTable {
        objectName: "scoreSheet"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.hasTender
        model: bid.sheetRows
        columns: [{ title: qsTr("Member"), role: "name", width: 200, italic: r => r.struck,
                    color: r => r.struck ? Theme.mutedText : Theme.text },
                  ...Array.from(bid.sheetBidders, (n, i) => ({ title: n, text: r => r.cells[i], width: 190, numeric: true,
                                                               color: r => r.struck ? Theme.mutedText : Theme.text }))]
    }
    Repeater {
        model: bid.sheetNotes
        delegate: Label {
            id: note
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.mutedText
            text: note.modelData
        }
    }
    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Result by bidder (method of the tender: %1)").arg(bid.methodName)
    }
    Label {
        objectName: "provisional"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        color: Theme.warning
        visible: text !== ""
        text: bid.provisional
    }
    DataTable {
        objectName: "bidderTable"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.hasTender
        model: bid.bidders
        columns: [
            { title: qsTr("Bidder"), role: "name", width: 220 },
            { title: qsTr("Average"), role: "average", width: 90, numeric: true },
            { title: qsTr("Pass"), text: r => r.passes ? qsTr("yes") : qsTr("no"), width: 70,
              color: r => r.passes ? Theme.text : Theme.error },
            { title: qsTr("Rank (總評分法)"), text: r => r.totalRank > 0 ? String(r.totalRank) : "–", width: 130, numeric: true },
            { title: qsTr("Rank sum (序位法)"), text: r => r.rankSum + (r.seqRank > 0 ? "  (#" + r.seqRank + ")" : ""), width: 140,
              numeric: true },
            { title: qsTr("First places"), text: r => String(r.firstPlaces), width: 110, numeric: true },
            ...(bid.showUnitPrice ? [
                { title: qsTr("Price"), role: "price", width: 120, numeric: true },
                { title: qsTr("Price ÷ score"), role: "unitPrice", width: 120, numeric: true }
            ] : []),
            { title: qsTr("Decided rank"), role: "decidedRank", width: 110, numeric: true, bold: true }
        ]
    }
    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Winner by method")
    }
    Repeater {
        model: bid.tenderWinners
        delegate: Label {
            id: row2
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: row2.modelData
        }
    }
    SectionTitle {
        visible: bid.conventions.length > 0
        text: qsTr("Conventions applied")
    }
    Repeater {
        model: bid.conventions
        delegate: Label {
            id: row4
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: row4.modelData
        }
    }
    SectionTitle {
        visible: bid.tenderMargins.length > 0
        text: qsTr("Our bid (%1): margin per item").arg(bid.oursName)
    }
    DataTable {
        objectName: "marginTable"
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: bid.tenderMargins.length > 0
        model: bid.tenderMargins
        columns: [
            { title: qsTr("Evaluation item"), role: "name", width: 260 },
            { title: qsTr("Points"), role: "points", width: 70, numeric: true },
            { title: qsTr("Us"), role: "ours", width: 80, numeric: true },
            { title: qsTr("Best competitor"), text: r => r.best + "  " + r.bestName, width: 260 },
            { title: qsTr("Margin"), role: "margin", width: 90, numeric: true, bold: true,
              color: r => r.ahead ? Theme.success : Theme.error }
        ]
    }
    // Our average against the best competitor's per item, from the same margins (it carries its own title).
    ChartPanel {
        objectName: "marginChart"
        svg: bid.marginChart
        fileSuffix: "-tender-margins"
    }
    SectionTitle {
        visible: bid.tenderWarnings.length > 0
        text: qsTr("Warnings and conventions")
    }
    Repeater {
        model: bid.tenderWarnings
        delegate: Label {
            id: row3
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.warning
            text: row3.modelData
        }
    }
    // ---- set up the evaluation: the method, the items, the committee, and the score sheets ----
    SectionTitle {
        visible: bid.hasTender
        Layout.topMargin: Theme.gapLarge
        text: qsTr("Method and evaluation items")
    }
    RowLayout {
        visible: bid.hasTender
        spacing: Theme.gap
        Label { textFormat: Text.PlainText; text: qsTr("Method of the tender") }
        PlainComboBox {
            id: methodBox
            objectName: "tenderMethod"
            Layout.preferredWidth: 260
            model: bid.methods
            textRole: "name"
            currentIndex: bid.methodIndex
            onActivated: index => {
                setupStatus.text = bid.setMethod(bid.methods[index].key)
                methodBox.currentIndex = Qt.binding(() => bid.methodIndex) // refused, undone: the tender's method again
            }
        }
    }
    Repeater {
        model: bid.items
        delegate: RowLayout {
            id: itemRow
            required property var modelData
            required property int index
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: itemRow.modelData.name
                Layout.preferredWidth: 220
                elide: Text.ElideRight
            }
            TextField {
                objectName: "itemPoints_" + itemRow.modelData.id
                text: itemRow.modelData.points
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 70
                // qmllint disable unqualified
                onEditingFinished: if (text !== itemRow.modelData.points) {
                    const r = bid.setItem(itemRow.index, itemRow.modelData.nameEn, itemRow.modelData.nameZh, text, itemRow.modelData.kind)
                    setupStatus.text = r["error"]
                    if (r["error"] !== "")
                        text = itemRow.modelData.points
                }
                // qmllint enable unqualified
            }
            Label { textFormat: Text.PlainText; text: qsTr("points"); color: Theme.mutedText }
            // Up and down: each sheet's score on the item moves with it.
            MoveButtons {
                objectName: "moveItem_" + itemRow.modelData.id
                // qmllint disable unqualified
                canMoveUp: itemRow.index > 0
                canMoveDown: itemRow.index < bid.items.length - 1
                onMoved: delta => setupStatus.text = bid.moveItem(itemRow.index, delta)
                // qmllint enable unqualified
            }
            Button {
                objectName: "deleteItem_" + itemRow.modelData.id
                text: qsTr("Delete")
                // qmllint disable unqualified
                onClicked: setupStatus.text = bid.removeItem(itemRow.index)
                // qmllint enable unqualified
            }
        }
    }
    RowLayout {
        visible: bid.hasTender
        spacing: Theme.gap
        TextField { id: newItemEn; objectName: "newItemNameEn"; placeholderText: qsTr("item, in English"); Layout.preferredWidth: 180 }
        TextField { id: newItemZh; objectName: "newItemNameZh"; placeholderText: qsTr("in Chinese"); Layout.preferredWidth: 140 }
        TextField { id: newItemPoints; objectName: "newItemPoints"; placeholderText: qsTr("points"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
        PlainComboBox {
            id: newItemKind
            objectName: "newItemKind"
            Layout.preferredWidth: 150
            model: [qsTr("other item"), qsTr("price"), qsTr("presentation and Q&A")]
        }
        Button {
            objectName: "addItem"
            text: qsTr("Add item")
            enabled: (newItemEn.text.trim() !== "" || newItemZh.text.trim() !== "") && newItemPoints.text.trim() !== ""
            onClicked: {
                const r = bid.addItem(newItemEn.text, newItemZh.text, newItemPoints.text, ["other", "price", "presentation"][newItemKind.currentIndex])
                setupStatus.text = r["error"]
                if (r["error"] === "") {
                    newItemEn.text = ""
                    newItemZh.text = ""
                    newItemPoints.text = ""
                }
            }
        }
    }
    Label {
        id: setupStatus
        objectName: "setupStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }

    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Bidders")
    }
    Repeater {
        model: bid.bidderChoices
        delegate: RowLayout {
            id: bidderRow
            required property var modelData
            required property int index
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: bidderRow.modelData.name
                Layout.preferredWidth: 220
                elide: Text.ElideRight
            }
            MoveButtons {
                objectName: "moveBidder_" + bidderRow.modelData.id
                // qmllint disable unqualified
                canMoveUp: bidderRow.index > 0
                canMoveDown: bidderRow.index < bid.bidderChoices.length - 1
                onMoved: delta => bidderStatus.text = bid.moveBidder(bidderRow.index, delta)
                // qmllint enable unqualified
            }
            Button {
                objectName: "deleteBidder_" + bidderRow.modelData.id
                text: qsTr("Delete")
                // qmllint disable unqualified
                onClicked: bidderStatus.text = bid.removeBidder(bidderRow.index)
                // qmllint enable unqualified
            }
        }
    }
    RowLayout {
        visible: bid.hasTender
        spacing: Theme.gap
        TextField { id: newBidder; objectName: "newBidderName"; placeholderText: qsTr("bidder's name"); Layout.preferredWidth: 220 }
        TextField { id: newBidderPrice; objectName: "newBidderPrice"; placeholderText: qsTr("price (if known)"); Layout.preferredWidth: 140; horizontalAlignment: Text.AlignRight }
        Button {
            objectName: "addBidder"
            text: qsTr("Add bidder")
            enabled: newBidder.text.trim() !== ""
            onClicked: {
                const r = bid.addBidder(newBidder.text, newBidderPrice.text)
                bidderStatus.text = r["error"]
                if (r["error"] === "") {
                    newBidder.text = ""
                    newBidderPrice.text = ""
                }
            }
        }
    }
    Label {
        id: bidderStatus
        objectName: "bidderStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }

    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Committee")
    }
    Repeater {
        model: bid.members
        delegate: RowLayout {
            id: memberRow
            required property var modelData
            required property int index
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: memberRow.modelData.name
                Layout.preferredWidth: 220
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                color: Theme.mutedText
                Layout.preferredWidth: 160
                text: (memberRow.modelData.outsideExpert ? qsTr("outside expert") : qsTr("internal member"))
                      + (memberRow.modelData.attending ? "" : " · " + qsTr("absent"))
            }
            MoveButtons {
                objectName: "moveMember_" + memberRow.modelData.id
                // qmllint disable unqualified
                canMoveUp: memberRow.index > 0
                canMoveDown: memberRow.index < bid.members.length - 1
                onMoved: delta => memberStatus.text = bid.moveMember(memberRow.index, delta)
                // qmllint enable unqualified
            }
            Button {
                objectName: "deleteMember_" + memberRow.modelData.id
                text: qsTr("Delete")
                // qmllint disable unqualified
                onClicked: memberStatus.text = bid.removeMember(memberRow.index)
                // qmllint enable unqualified
            }
        }
    }
    RowLayout {
        visible: bid.hasTender
        spacing: Theme.gap
        TextField { id: newMember; objectName: "newMemberName"; placeholderText: qsTr("member's name"); Layout.preferredWidth: 220 }
        CheckBox {
            id: newMemberExpert
            objectName: "newMemberExpert"
            text: qsTr("outside expert")
            contentItem: Label {
                textFormat: Text.PlainText
                text: newMemberExpert.text
                leftPadding: newMemberExpert.indicator.width + newMemberExpert.spacing
                verticalAlignment: Text.AlignVCenter
            }
        }
        Button {
            objectName: "addMember"
            text: qsTr("Add member")
            enabled: newMember.text.trim() !== ""
            onClicked: {
                const r = bid.addMember(newMember.text, newMemberExpert.checked)
                memberStatus.text = r["error"]
                if (r["error"] === "") {
                    newMember.text = ""
                    newMemberExpert.checked = false
                }
            }
        }
    }
    Label {
        id: memberStatus
        objectName: "memberStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.error
        visible: text !== ""
    }

    SectionTitle {
        visible: bid.hasTender
        text: qsTr("Enter a score sheet")
    }
    ColumnLayout {
        id: sheetForm
        objectName: "sheetForm"
        visible: bid.hasTender && bid.members.length > 0 && bid.bidderChoices.length > 0
        spacing: Theme.gapSmall
        /** The scores typed, one text per item; loaded from the stored sheet when the member or bidder changes. */
        property var texts: []
        property string error: ""
        property string errorField: ""
        readonly property string memberId: sheetMember.currentIndex >= 0 && sheetMember.currentIndex < bid.members.length
                                            ? bid.members[sheetMember.currentIndex].id : ""
        readonly property string bidderId: sheetBidder.currentIndex >= 0 && sheetBidder.currentIndex < bid.bidderChoices.length
                                           ? bid.bidderChoices[sheetBidder.currentIndex].id : ""
        function load(): void {
            texts = bid.sheetScores(memberId, bidderId)
            error = ""
            errorField = ""
        }
        function save(): void {
            const r = Object(bid.setSheet(memberId, bidderId, texts)) // a plain object: qmllint knows no keys of QVariantMap
            error = r["error"]
            errorField = r["field"]
            if (r["error"] === "")
                load()
        }
        onMemberIdChanged: load()
        onBidderIdChanged: load()
        Connections {
            target: bid
            function onChanged() { sheetForm.load() }
        }

        RowLayout {
            spacing: Theme.gap
            Label { textFormat: Text.PlainText; text: qsTr("Member") }
            PlainComboBox {
                id: sheetMember
                objectName: "sheetMember"
                Layout.preferredWidth: 200
                model: bid.members
                textRole: "name"
            }
            Label { textFormat: Text.PlainText; text: qsTr("Bidder") }
            PlainComboBox {
                id: sheetBidder
                objectName: "sheetBidder"
                Layout.preferredWidth: 200
                model: bid.bidderChoices
                textRole: "name"
            }
        }
        Repeater {
            model: bid.items
            delegate: ColumnLayout {
                id: scoreRow
                required property var modelData
                required property int index
                spacing: 0
                RowLayout {
                    spacing: Theme.gap
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("%1 (of %2 points)").arg(scoreRow.modelData.name).arg(scoreRow.modelData.points)
                        Layout.preferredWidth: 260
                        elide: Text.ElideRight
                    }
                    TextField {
                        objectName: "sheetScore_" + scoreRow.modelData.id
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 80
                        placeholderText: qsTr("not yet")
                        // qmllint disable unqualified
                        text: sheetForm.texts[scoreRow.index] ?? ""
                        onTextEdited: {
                            const next = sheetForm.texts.slice()
                            next[scoreRow.index] = text
                            sheetForm.texts = next
                        }
                        // qmllint enable unqualified
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    // qmllint disable unqualified
                    Layout.maximumWidth: page.viewWidth
                    visible: text !== ""
                    text: sheetForm.errorField === scoreRow.modelData.id ? sheetForm.error : ""
                    // qmllint enable unqualified
                }
            }
        }
        Label {
            objectName: "sheetError"
            textFormat: Text.PlainText
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.maximumWidth: page.viewWidth
            visible: text !== ""
            text: sheetForm.errorField === "" ? sheetForm.error : ""
        }
        Button {
            objectName: "saveSheet"
            text: qsTr("Save score sheet")
            enabled: sheetForm.memberId !== "" && sheetForm.bidderId !== ""
            onClicked: sheetForm.save()
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: bid.hasTender && bid.missingScores.length === 0
        color: Theme.mutedText
        text: qsTr("Every attending member has scored every bidder on every item.")
    }
    Repeater {
        model: bid.missingScores
        delegate: Label {
            id: missingRow
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.warning
            text: missingRow.modelData
        }
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        wrapMode: Text.Wrap
        color: Theme.mutedText
        visible: bid.hasTender
        text: qsTr("Rules and their sources (some marked to verify): docs/bids.md. Same numbers: venuebid-cli tender PROJECT.")
    }
}
