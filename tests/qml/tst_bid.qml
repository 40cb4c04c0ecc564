// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1280
    height: 800

    // One controller per page, each handed the open project.
    DestinationsController {
        id: destinations
        project: ProjectController
    }
    TenderController {
        id: tender
        project: ProjectController
    }
    QuoteReviewController {
        id: quotes
        project: ProjectController
    }

    Component {
        id: quotesPage
        QuotesPage { anchors.fill: parent }
    }

    Component {
        id: tenderPage
        TenderPage { anchors.fill: parent }
    }

    Component {
        id: destinationsPage
        DestinationsPage { anchors.fill: parent }
    }

    Component {
        id: bidPage
        BidPage { anchors.fill: parent }
    }

    TestCase {
        name: "Bid"
        when: windowShown

        function test_sampleBid() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            // The same results as venuebid-cli destinations / tender on the sample (tests/cli/tst_cli_bid.cpp):
            // Taipei 4th; raising the bid subsidy to 43,000 puts it first, verified by re-scoring.
            verify(destinations.hasDestinations)
            compare(destinations.destinations[0].rank, 4)
            verify(destinations.destinations[0].ours)
            verify(destinations.destinationSummary.indexOf("43,000") >= 0, destinations.destinationSummary)
            // Tender: bidder 乙 wins under 序位法 with rank sum 8 (10 / 8 / 12) and under 總評分法 with 82.80.
            verify(tender.hasTender)
            compare(tender.bidders.length, 3)
            compare(tender.bidders[1].rankSum, "8.0")
            compare(tender.bidders[1].average, "82.80")
            verify(tender.tenderWinners[1].indexOf("乙") >= 0, tender.tenderWinners[1])
        }

        function test_tenderScoreSheet() {
            // tests/data/bid/tender-committee (docs/bids.md): 評分單價法, 委員己 struck, 甲 and 乙 tied at 25,000 per
            // point (2,000,000 ÷ 80 = 2,100,000 ÷ 84), 乙 first on the heaviest item (168 > 160), vote 5 to 1.
            verify(ProjectController.open(Qt.resolvedUrl("../data/bid/tender-committee.venuebid.json")))
            verify(tender.hasTender)
            compare(tender.sheetBidders.length, 3)
            compare(tender.sheetRows.length, 6)                 // the struck member still attends
            compare(tender.sheetRows[0].cells[1], "84.00 (1)")  // m1: 乙 84, ranked 1
            compare(tender.sheetRows[5].struck, true)
            compare(tender.sheetRows[5].cells[0], "100.00 (–)") // his totals shown, no rank
            verify(tender.showUnitPrice)
            compare(tender.bidders[0].unitPrice, "25,000.00")   // 2,000,000 ÷ 80, grouped as venuebid-cli prints it
            compare(tender.bidders[1].unitPrice, "25,000.00")   // 2,100,000 ÷ 84
            compare(tender.bidders[1].decidedRank, "1")
            compare(tender.bidders[0].decidedRank, "2")
            compare(tender.bidders[2].decidedRank, "–")        // 丙 fails the pass mark (65 < 70)
            compare(tender.conventions.length, 4)
            verify(tender.tenderWinners.some(l => l.indexOf("160.00") >= 0 && l.indexOf("168.00") >= 0), tender.tenderWinners.join("\n"))
            verify(tender.tenderWinners.some(l => l.indexOf("5 for, 1 against") >= 0), tender.tenderWinners.join("\n"))
        }

        function test_editTheTender() {
            // tests/data/bid/tender-committee: 評分單價法; a and b tied at 25,000 per point (2,000,000 ÷ 80 and
            // 2,100,000 ÷ 84), b first on the heaviest item.
            verify(ProjectController.open(Qt.resolvedUrl("../data/bid/tender-committee.venuebid.json")))
            const page = createTemporaryObject(tenderPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            compare(ctl.items.length, 3)
            compare(ctl.provisional, "")
            compare(ctl.bidders[0].unitPrice, "25,000.00")
            compare(ctl.bidders[1].decidedRank, "1")

            // A presentation item of 10 points, typed into the page: every sheet lacks it (6 members × 3 bidders).
            findChild(page, "newItemNameEn").text = "Presentation"
            findChild(page, "newItemNameZh").text = "簡報"
            findChild(page, "newItemPoints").text = "10"
            findChild(page, "addItem").clicked()
            compare(findChild(page, "setupStatus").text, "")
            compare(ctl.items.length, 4)
            compare(ctl.items[3].id, "presentation")
            compare(ctl.missingScores.length, 18)
            compare(ctl.missingScores[0], "委員甲 has not yet scored 甲公司 on: Presentation.")
            compare(ctl.provisional, "Provisional: 18 score sheets are incomplete, and a missing score counts as 0 until it is entered.")

            // m1–m5 give a 8 and b 6 on it: a averages 80 + 8 = 88.00, b 84 + 6 = 90.00; price per point
            // a 2,000,000 ÷ 88 = 22,727.27 < b 2,100,000 ÷ 90 = 23,333.33, so a is now first.
            const a = [["32", "24", "24"], ["34", "23", "23"], ["30", "25", "25"], ["33", "24", "23"], ["31", "24", "25"]]
            const b = [["34", "25", "25"], ["33", "26", "25"], ["35", "24", "25"], ["32", "26", "26"], ["34", "25", "25"]]
            for (let m = 0; m < 5; ++m) {
                compare(ctl.setSheet("m" + (m + 1), "a", a[m].concat(["8"])).error, "")
                compare(ctl.setSheet("m" + (m + 1), "b", b[m].concat(["6"])).error, "")
            }
            compare(ctl.bidders[0].average, "88.00")
            compare(ctl.bidders[1].average, "90.00")
            compare(ctl.bidders[0].unitPrice, "22,727.27")
            compare(ctl.bidders[1].unitPrice, "23,333.33")
            compare(ctl.bidders[0].decidedRank, "1")
            compare(ctl.missingScores.length, 8) // c's presentation from m1–m5, and the struck m6's three sheets

            // The score-sheet form: m1 on c, 11 of 10 points is refused in words next to the item.
            findChild(page, "sheetMember").currentIndex = 0
            findChild(page, "sheetBidder").currentIndex = 2
            const field = findChild(page, "sheetScore_presentation")
            compare(field.text, "")
            compare(findChild(page, "sheetScore_plan").text, "26")
            field.text = "11"
            field.textEdited()
            findChild(page, "saveSheet").clicked()
            compare(findChild(page, "sheetForm").error,
                    "A score on Presentation is a number from 0 to the item's 10 points with at most two decimals; 11 is not.")
            field.text = "7"
            field.textEdited()
            findChild(page, "saveSheet").clicked()
            compare(findChild(page, "sheetForm").error, "")
            compare(ctl.missingScores.length, 7)

            // Each edit is one undo step: 12 back to the file as it was.
            for (let i = 0; i < 12; ++i)
                ProjectController.undo()
            compare(ctl.items.length, 3)
            compare(ctl.bidders[0].unitPrice, "25,000.00")
            compare(ctl.bidders[1].decidedRank, "1")
            compare(ctl.provisional, "")
            verify(!ProjectController.canUndo)

            // The method, and a committee member added and deleted.
            compare(ctl.setMethod("total"), "")
            compare(ctl.methodIndex, 0)
            compare(ctl.addMember("委員庚", true).error, "")
            compare(ctl.members.length, 7)
            compare(ctl.missingScores.length, 3)
            compare(ctl.missingScores[0], "委員庚 has not yet scored 甲公司.")
            compare(ctl.removeMember(6), "")
            compare(ctl.members.length, 6)
            compare(ctl.addMember("  ", false).error, "The member's name is needed.")
        }

        function test_moveAnItemWithItsScores() {
            // The sample: items team, plan, management, price, presentation; m1 gave a 18 on team and 26 on plan.
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(tenderPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            const averages = ctl.bidders.map(b => b.average)
            const ranks = ctl.bidders.map(b => b.decidedRank)
            verify(!findChild(page, "moveItem_team_up").enabled)
            verify(!findChild(page, "moveItem_presentation_down").enabled)
            findChild(page, "moveItem_plan_up").clicked()
            compare(findChild(page, "setupStatus").text, "")
            compare(ctl.items[0].id, "plan")
            compare(ctl.items[1].id, "team")
            // m1's sheet on a shows each score at its item's new place, and no result changes.
            findChild(page, "sheetMember").currentIndex = 0
            findChild(page, "sheetBidder").currentIndex = 0
            compare(findChild(page, "sheetScore_plan").text, "26")
            compare(findChild(page, "sheetScore_team").text, "18")
            compare(ctl.bidders.map(b => b.average), averages)
            compare(ctl.bidders.map(b => b.decidedRank), ranks)
            // One undo step.
            verify(ProjectController.canUndo)
            ProjectController.undo()
            compare(ctl.items[0].id, "team")
            verify(!ProjectController.canUndo)
        }

        function test_exportFormatsOfEveryKind() {
            // The pitch deck is offered as ODT too (its ODT carries the speaker notes, tst_bidbook_controller),
            // like the bid book, the internal annex and the 服務建議書 outline: PDF, ODT and HTML for each.
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(bidPage, root)
            waitForRendering(page)
            const dialog = findChild(page, "bidExportDialog")
            verify(dialog)
            for (const kind of ["deck", "bid", "bid-internal", "tender-outline"]) {
                page.exportKind = kind
                compare(dialog.nameFilters.length, 3, kind)
                verify(dialog.nameFilters.some(f => f.indexOf("*.odt") >= 0), kind + ": " + dialog.nameFilters.join(" | "))
                verify(dialog.nameFilters.some(f => f.indexOf("*.pdf") >= 0), kind)
                verify(dialog.nameFilters.some(f => f.indexOf("*.html") >= 0), kind)
            }
        }

        function test_offerTheSuggestion() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(destinationsPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            compare(ctl.destinations[0].rank, 4)
            // "Offer this" on the subsidy: 16,700 → 43,000 (the verified suggestion) makes Taipei first.
            findChild(page, "applyChange_subsidy").clicked()
            compare(findChild(page, "offerStatus").text, "")
            compare(ctl.destinations[0].rank, 1)
            compare(ctl.destinationSummary, "We rank first.")
            verify(ProjectController.modified)
            ProjectController.undo()
            compare(ctl.destinations[0].rank, 4)
            // Typing our offer: a registration fee of "abc" is refused with the reason, in words.
            compare(ctl.setOurValue("registration_fee", "abc"), "Expected a number, found \"abc\".")
            // A criterion the page does not have (not reachable by typing): refused without a JSON path.
            compare(ctl.setOurValue("no_such", "1"), "unknown criterion \"no_such\"")
        }

        function test_startATender() {
            // minimal.venuebid.json has no tender: the form starts one, then bidders and a second member are added.
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(tenderPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            verify(!ctl.hasTender)
            verify(findChild(page, "startTenderForm").visible)
            findChild(page, "startTitleEn").text = "PCO services 2030"
            findChild(page, "startItem").text = "Plan"
            findChild(page, "startPoints").text = "abc"
            findChild(page, "startMember").text = "委員甲"
            findChild(page, "startTender").clicked()
            compare(findChild(page, "startStatus").text, "Expected a whole number of 0 or more, found \"abc\".")
            verify(!ctl.hasTender)
            findChild(page, "startPoints").text = "60"
            findChild(page, "startTender").clicked()
            compare(findChild(page, "startStatus").text, "")
            verify(ctl.hasTender)
            compare(ctl.tenderTitle, "PCO services 2030")
            compare(ctl.items.length, 1)
            compare(ctl.items[0].nameZh, "Plan") // one language stands for both
            compare(ctl.addBidder("甲公司", "1,000,000").error, "")
            compare(ctl.addBidder("乙公司", "").error, "")
            compare(ctl.addBidder("丙公司", "-5").field, "price")
            compare(ctl.bidderChoices.length, 2)
            compare(ctl.removeBidder(1), "")
            compare(ctl.bidderChoices.length, 1)
            ProjectController.undo()
            compare(ctl.bidderChoices.length, 2)
        }

        function test_buildAComparisonOnThePage() {
            // minimal.venuebid.json has no destination comparison: criteria first, then our destination and a competitor.
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            const page = createTemporaryObject(destinationsPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            verify(!ctl.hasDestinations)
            verify(!findChild(page, "addDestination").enabled)
            mouseClick(findChild(page, "addComparisonCriterion"))
            const dialog = findChild(page, "destinationEditor")
            tryCompare(dialog, "opened", true)
            dialog.setField("nameEn", "Subsidy")
            dialog.setField("group", "financial")
            dialog.setField("weight", 1)
            mouseClick(findChild(dialog, "saveDestinationButton"))
            tryCompare(dialog, "visible", false)
            compare(ctl.criterionEntries.length, 1)
            compare(ctl.criterionEntries[0].detail, "financial · higher is better · weight 1")
            // Our destination: where the value comes from may be left out (it is kept unsourced), but a date or a
            // source that is given must be one.
            waitForRendering(page)
            verify(findChild(page, "addDestination").enabled)
            mouseClick(findChild(page, "addDestination"))
            tryCompare(dialog, "opened", true)
            dialog.setField("nameEn", "Taipei")
            dialog.setValue(0, "50,000")
            dialog.setField("asOf", "Nov 2026")
            mouseClick(findChild(dialog, "saveDestinationButton"))
            compare(findChild(dialog, "destAsOfError").text, "As of: a date YYYY, YYYY-MM or YYYY-MM-DD; \"Nov 2026\" is not.")
            dialog.setField("asOf", "")
            dialog.setField("source", "example.org/offers")
            mouseClick(findChild(dialog, "saveDestinationButton"))
            compare(findChild(dialog, "destSourceError").text, "Source: a web address starting with http:// or https://; \"example.org/offers\" is not.")
            dialog.setField("source", "")
            mouseClick(findChild(dialog, "saveDestinationButton"))
            tryCompare(dialog, "visible", false)
            // Stored unsourced: the page tags it with the criterion's name.
            compare(ctl.destinationEntries[0].unsourced, "Subsidy")
            verify(findChild(page, "destinationUnsourced0").visible)
            // A competitor with a value that is not a number: refused under the value, in words.
            mouseClick(findChild(page, "addDestination"))
            tryCompare(dialog, "opened", true)
            dialog.setField("nameEn", "Seoul")
            dialog.setValue(0, "forty thousand")
            dialog.setField("asOf", "2026")
            dialog.setField("basis", "reported by the host")
            mouseClick(findChild(dialog, "saveDestinationButton"))
            compare(dialog.errorField, "value:subsidy")
            compare(dialog.error, "Subsidy: Expected a number, found \"forty thousand\".")
            dialog.setValue(0, "40000")
            mouseClick(findChild(dialog, "saveDestinationButton"))
            tryCompare(dialog, "visible", false)
            // 50,000 against 40,000, more is better: Taipei first.
            verify(ctl.hasDestinations)
            compare(ctl.destinationEntries.length, 2)
            verify(ctl.destinationEntries[0].ours)
            compare(ctl.destinations[0].rank, 1)
            compare(ctl.destinationSummary, "We rank first.")
            // Deleting our destination is refused; the competitor goes, and one undo brings it back.
            compare(ctl.removeDestination(0), "Our own destination cannot be deleted; the comparison is about it.")
            compare(ctl.removeDestination(1), "")
            compare(ctl.destinationEntries.length, 1)
            // One destination is no comparison: the page stops scoring.
            verify(!ctl.hasDestinations)
            ProjectController.undo()
            compare(ctl.destinationEntries.length, 2)
            verify(ctl.hasDestinations)
        }

        function test_scoreAQuote() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(quotesPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            compare(ctl.quotes[3].id, "hyatt_package")
            compare(ctl.quotes[3].score, "86.2") // WSM 0.8623 as points of 100
            // The Grand Hyatt's unknown hybrid score (counted as the worst known, 4) becomes 5:
            // 0.5 × 18.9/20.223 + 0.1 × 0.75 + 0.2 × 4/5 + 0.2 × 5/5 = 0.4673 + 0.075 + 0.16 + 0.2 = 0.9023, still 4th.
            const field = findChild(page, "score_hyatt_package_hybrid")
            field.text = "5"
            field.editingFinished()
            compare(findChild(page, "quoteStatus").text, "")
            compare(ctl.quotes[3].score, "90.2") // 0.9023 as points of 100
            compare(ctl.quotes[3].notes.length, 1) // only the missing exhibition space is left to note
            compare(ctl.setQuoteScore("kec_package", "experience", "abc"), "Expected a number, found \"abc\".")
            verify(ctl.setQuoteScore("kec_package", "price", "3").indexOf("unknown criterion") >= 0)
            ProjectController.undo()
            compare(ctl.quotes[3].score, "86.2") // WSM 0.8623 as points of 100
        }

        function quoteOf(ctl, supplier) {
            return ctl.quotes.find(q => q.supplier === supplier)
        }

        function test_addEditDeleteAQuote() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(quotesPage, root)
            waitForRendering(page)
            const ctl = findChild(page, "bidController")
            compare(ctl.quotes.length, 4)
            compare(ctl.currencies[0], "TWD")
            // A quote of 20,000,000 TWD 未稅 covering the venue and the AV, typed into the form: tax 5 % = 1,000,000,
            // total 21,000,000; the exhibition space and catering it leaves out are added at the sample's estimates,
            // 1,512,000 + 9,563,400 = 11,075,400; comparable 32,075,400; per attendee 32,075,400 / 1,800 = 17,819.67.
            findChild(page, "quoteSupplier").text = "Harbour Hall"
            findChild(page, "quoteAmount").text = "abc"
            for (const id of ["venue", "av"]) {
                const box = findChild(page, "quoteIncludes_" + id)
                box.checked = true
                box.toggled()
            }
            findChild(page, "saveQuote").clicked()
            // Refused in words next to the amount; nothing added.
            compare(findChild(page, "quoteAmountError").text, "Expected a number, found \"abc\".")
            compare(ctl.quotes.length, 4)
            findChild(page, "quoteAmount").text = "20,000,000"
            findChild(page, "saveQuote").clicked()
            compare(findChild(page, "quoteAmountError").text, "")
            compare(ctl.quotes.length, 5)
            let q = quoteOf(ctl, "Harbour Hall")
            compare(q.id, "harbour_hall")
            compare(q.total, "21,000,000")
            compare(q.missing, "11,075,400")
            compare(q.comparable, "32,075,400")
            compare(q.perAttendee, "17,820")
            verify(q.score !== "")
            compare(findChild(page, "quoteSupplier").text, "") // the form is ready for the next quote

            // Edit: 10,000,000 含稅 → 10,000,000 × 100 / 105 = 9,523,810 + tax 476,190 = 10,000,000; comparable
            // 10,000,000 + 11,075,400 = 21,075,400; per attendee 21,075,400 / 1,800 = 11,708.56 → 11,709.
            findChild(page, "editQuote_harbour_hall").clicked()
            compare(findChild(page, "quoteAmount").text, "20,000,000")
            findChild(page, "quoteAmount").text = "10,000,000"
            findChild(page, "quoteTax").currentIndex = 1
            findChild(page, "saveQuote").clicked()
            compare(findChild(page, "quoteFormError").text, "")
            q = quoteOf(ctl, "Harbour Hall")
            compare(q.quoted, "TWD 10,000,000")
            compare(q.total, "10,000,000")
            compare(q.comparable, "21,075,400")
            compare(q.perAttendee, "11,709")
            // Each edit is one undo step.
            ProjectController.undo()
            compare(quoteOf(ctl, "Harbour Hall").comparable, "32,075,400")
            ProjectController.undo()
            compare(ctl.quotes.length, 4)
            verify(quoteOf(ctl, "Harbour Hall") === undefined)

            // Delete a quote, and undo.
            findChild(page, "deleteQuote_kec_package").clicked()
            compare(findChild(page, "quoteStatus").text, "")
            compare(ctl.quotes.length, 3)
            ProjectController.undo()
            compare(ctl.quotes.length, 4)

            // A currency without a rate is refused in words, naming no JSON path.
            const r = ctl.addQuote("Seoul Hall", "1000", "JPY", "excluded", "none", [])
            compare(r.field, "currency")
            compare(r.error, "The project has no exchange rate for JPY: add it to the project's exchange rates, or enter the quote in a currency that has one.")
            compare(ctl.quotes.length, 4)
        }

        function test_sampleQuotes() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            // The same numbers as venuebid-cli quotes on the sample: the USD turnkey offer ranks first, KEC is the
            // cheapest on the same scope, TICC is priced up by the exhibition space it leaves out.
            verify(quotes.hasQuotes)
            compare(quotes.quotes.length, 4)
            compare(quotes.quotes[0].rank, "1")
            compare(quotes.quotes[0].quoted, "USD 640,000")
            compare(quotes.quotes[0].comparable, "20,480,000")
            compare(quotes.quotes[0].score, "96.1") // WSM 0.9614 as points of 100
            verify(quotes.quotes[0].best)
            verify(quotes.quotes[1].cheapest)
            compare(quotes.quotes[1].perAttendee, "10,500")
            compare(quotes.quotes[2].total, "18,480,000")
            compare(quotes.quotes[2].missing, "1,512,000")
            compare(quotes.quotes[2].comparable, "19,992,000")
            compare(quotes.quotes[2].notes.length, 1)
            verify(quotes.quotes[2].notes[0].indexOf("1,512,000") >= 0, quotes.quotes[2].notes[0])
            compare(quotes.quotes[3].notes.length, 2)
            verify(quotes.quoteBasis.indexOf("1,800") >= 0, quotes.quoteBasis)
            // A project without a "received_quotes" section: the page shows its message, no rows.
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            verify(!quotes.hasQuotes)
            compare(quotes.quotes.length, 0)
        }
    }
}
