// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: negotiationPage
        NegotiationPage { anchors.fill: parent }
    }

    TestCase {
        name: "Negotiation"
        when: windowShown

        function commit(field, text) {
            field.input.text = text
            field.input.editingFinished()
        }

        function test_editMargin() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(negotiationPage, root)
            waitForRendering(page)
            const neg = findChild(page, "negotiationController")
            verify(neg.hasNegotiation)
            // The sample's hybrid cost before tax is TWD 34,006,036 (venuebid-cli negotiation): floor at 5 % =
            // ⌈34,006,036 ÷ 0.95⌉ = ⌈35,795,827.4⌉ = 35,795,828; target at 10 % = ⌈37,784,484.4⌉ = 37,784,485.
            compare(neg.floorText, "35,795,828")
            compare(neg.targetText, "37,784,485")
            compare(neg.zoneState, "zone")
            // Minimum margin 5 % → 6 %: floor = ⌈34,006,036 ÷ 0.94⌉ = ⌈36,176,634.04⌉ = 36,176,635.
            commit(findChild(page, "negMinMargin"), "6")
            compare(findChild(page, "termStatus").text, "")
            compare(neg.floorText, "36,176,635")
            verify(ProjectController.modified)
            ProjectController.undo()
            compare(neg.floorText, "35,795,828")
        }

        function test_stepBelowFloorIsRefused() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(negotiationPage, root)
            waitForRendering(page)
            const neg = findChild(page, "negotiationController")
            // Opening at 37,000,000: − 1,200,000 = 35,800,000 (above the floor 35,795,828), − 600,000 = 35,200,000
            // below it: refused, in words, and the opening stays target + concessions = 37,784,485 + 2,100,000.
            const opening = findChild(page, "negOpening")
            commit(opening, "37000000")
            verify(opening.error.indexOf("step 2 brings the price to 35,200,000, below the floor 35,795,828") >= 0, opening.error)
            verify(opening.error.indexOf("/negotiation") < 0, opening.error)
            compare(neg.openingText, "39,884,485")
            // A round is added, then undone.
            compare(neg.rounds.length, 3)
            compare(neg.setRound(3, { date: "2027-04-20", party: "client", offer: 36650949, given: "", received: "", status: "accepted" }), "")
            compare(neg.rounds.length, 4)
            compare(neg.rounds[3].offerText, "36,650,949")
            ProjectController.undo()
            compare(neg.rounds.length, 3)
        }
    }
}
