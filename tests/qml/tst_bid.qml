// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1280
    height: 800

    BidController { id: bid }

    TestCase {
        name: "Bid"
        when: windowShown

        function test_sampleBid() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            // The same results as venuebid-cli destinations / tender on the sample (tests/cli/tst_cli_bid.cpp):
            // Taipei 4th; raising the bid subsidy to 43,000 puts it first, verified by re-scoring.
            verify(bid.hasDestinations)
            compare(bid.destinations[0].rank, 4)
            verify(bid.destinations[0].ours)
            verify(bid.destinationSummary.indexOf("43,000") >= 0, bid.destinationSummary)
            // Tender: bidder 乙 wins under 序位法 with rank sum 8 (10 / 8 / 12) and under 總評分法 with 82.80.
            verify(bid.hasTender)
            compare(bid.bidders.length, 3)
            compare(bid.bidders[1].rankSum, "8.0")
            compare(bid.bidders[1].average, "82.80")
            verify(bid.tenderWinners[1].indexOf("乙") >= 0, bid.tenderWinners[1])
        }
    }
}
