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
        id: budgetPage
        BudgetPage { anchors.fill: parent }
    }
    Component {
        id: quotePage
        QuotePage { anchors.fill: parent }
    }
    Component {
        id: revenuePage
        RevenuePage { anchors.fill: parent }
    }

    TestCase {
        name: "BudgetEdit"
        when: windowShown

        function init() {
            // 1,000 attendees on site, 4 days, USD at 32; no budget yet (contingency 10 %, service charge 10 %, tax 5 %).
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
        }

        function lanyards() {
            return { descriptionEn: "Lanyards", descriptionZh: "識別證吊繩", category: "registration", basis: "fixed", unitCost: 12000,
                     quantity: 3, currency: "TWD", status: "quoted", onsite: true, hybrid: true, online: true, serviceCharge: true, tax: "excluded" }
        }

        function test_addLineThenUndo() {
            const page = createTemporaryObject(budgetPage, root)
            waitForRendering(page)
            verify(!BudgetController.hasBudget)
            compare(BudgetController.addLine(lanyards()), ({}))
            verify(BudgetController.hasBudget)
            // 3 × 12,000 = 36,000 + 10 % service charge 3,600 + 5 % tax 1,980 = 41,580; contingency 10 % of 39,600 =
            // 3,960 with its 5 % tax 198: 45,738 on site.
            compare(BudgetController.formats[0].costTotal, "45,738")
            compare(BudgetController.lineAudit(0, 0),
                    "3 × 1 (fixed) × 12,000 TWD = 36,000; + service charge 10 % = 3,600; + business tax 5 % = 1,980; total 41,580")
            // Selecting the line shows the same audit on the page.
            page.selectedLine = 0
            waitForRendering(page)
            compare(findChild(page, "lineAudit0").text.indexOf("total 41,580") > 0, true)
            // Contingency 0 %: the line alone.
            compare(BudgetController.setPercents({ contingency: 0 }), ({}))
            compare(BudgetController.formats[0].costTotal, "41,580")
            ProjectController.undo()
            compare(BudgetController.formats[0].costTotal, "45,738")
            ProjectController.undo()
            verify(!BudgetController.hasBudget)
        }

        function test_refusalNextToTheField() {
            const page = createTemporaryObject(budgetPage, root)
            waitForRendering(page)
            mouseClick(findChild(page, "addBudgetLine"))
            const dialog = findChild(page, "budgetLineDialog")
            tryCompare(dialog, "opened", true)
            const f = lanyards()
            for (const k in f)
                dialog.setField(k, f[k])
            dialog.setField("quantity", -2)
            mouseClick(findChild(dialog, "saveLineButton"))
            const error = findChild(dialog, "lineQuantityError")
            verify(error.visible)
            compare(error.text, "Quantity: a number of 0 or more, with at most two decimals; -2 is not.")
            verify(!BudgetController.hasBudget)
            dialog.setField("quantity", 2)
            mouseClick(findChild(dialog, "saveLineButton"))
            tryCompare(dialog, "visible", false)
            // 2 × 12,000 = 24,000 + 2,400 + 1,320 = 27,720; contingency 2,640 + tax 132: 30,492.
            compare(BudgetController.formats[0].costTotal, "30,492")
            // Delete it again: one undo step brings it back.
            page.selectedLine = 0
            mouseClick(findChild(page, "deleteBudgetLine"))
            compare(BudgetController.lineCount, 0)
            ProjectController.undo()
            compare(BudgetController.lineCount, 1)
            compare(BudgetController.formats[0].costTotal, "30,492")
        }

        function test_moveLineWithTheButtons() {
            // Coffee (catering), Hall (venue), Lunch (catering): the table shows them by category, so Lunch moves up
            // past Hall to Coffee's place, and the selection follows it.
            const page = createTemporaryObject(budgetPage, root)
            waitForRendering(page)
            for (const [name, category] of [["Coffee", "fnb"], ["Hall", "venue"], ["Lunch", "fnb"]]) {
                const f = lanyards()
                f.descriptionEn = name
                f.descriptionZh = ""
                f.category = category
                compare(BudgetController.addLine(f), ({}))
            }
            page.selectedLine = 2
            waitForRendering(page)
            const up = findChild(page, "moveBudgetLine_up"), down = findChild(page, "moveBudgetLine_down")
            verify(up.enabled)
            verify(!down.enabled) // Lunch is the last catering line
            mouseClick(up)
            compare(page.selectedLine, 0)
            compare(BudgetController.lineFields(0).descriptionEn, "Lunch")
            compare(BudgetController.lineFields(1).descriptionEn, "Hall")
            compare(BudgetController.lineFields(2).descriptionEn, "Coffee")
            verify(!up.enabled)
            verify(down.enabled)
            // Hall, the only venue line, cannot move either way.
            page.selectedLine = 1
            verify(!up.enabled && !down.enabled)
            // One undo step puts Lunch back; one more removes the third line added.
            ProjectController.undo()
            compare(BudgetController.lineFields(0).descriptionEn, "Coffee")
            compare(BudgetController.lineFields(2).descriptionEn, "Lunch")
            ProjectController.undo()
            compare(BudgetController.lineCount, 2)
        }

        function test_moveRevenueItemWithTheButtons() {
            const page = createTemporaryObject(revenuePage, root)
            waitForRendering(page)
            for (const name of ["Early-bird fee", "Late fee"])
                compare(BudgetController.addRevenue({ nameEn: name, nameZh: "", type: "registration", amount: 5000, currency: "TWD",
                                                      onlineAudience: false, share: 10, onsite: true, hybrid: true, online: true }), ({}))
            page.selectedItem = 0
            const up = findChild(page, "moveRevenueItem_up"), down = findChild(page, "moveRevenueItem_down")
            verify(!up.enabled)
            verify(down.enabled)
            mouseClick(down)
            compare(findChild(page, "revenueStatus").text, "")
            compare(page.selectedItem, 1) // the selection follows the item
            compare(BudgetController.revenueFields(0).nameEn, "Late fee")
            compare(BudgetController.revenueFields(1).nameEn, "Early-bird fee")
            verify(up.enabled && !down.enabled)
            ProjectController.undo()
            compare(BudgetController.revenueFields(0).nameEn, "Early-bird fee")
        }

        function test_revenueItemThroughTheDialog() {
            const page = createTemporaryObject(revenuePage, root)
            waitForRendering(page)
            mouseClick(findChild(page, "addRevenueItem"))
            const dialog = findChild(page, "revenueItemDialog")
            tryCompare(dialog, "opened", true)
            const f = { nameEn: "Early-bird fee", nameZh: "", type: "registration", amount: 5000, currency: "TWD", onlineAudience: false,
                        share: 120, onsite: true, hybrid: true, online: true }
            for (const k in f)
                dialog.setField(k, f[k])
            mouseClick(findChild(dialog, "saveRevenueButton"))
            const error = findChild(dialog, "revenueShareError")
            verify(error.visible)
            compare(error.text, "Share of the audience: a percentage from 0 to 100, with at most two decimals; 120 is not.")
            verify(!BudgetController.hasBudget)
            dialog.setField("share", 80)
            mouseClick(findChild(dialog, "saveRevenueButton"))
            tryCompare(dialog, "visible", false)
            // 80 % of the 1,000 on-site attendees pay 5,000: 800 × 5,000 = 4,000,000.
            compare(BudgetController.formats[0].revenueTotal, "4,000,000")
            // Change it: select the row, then the fee 6,000 gives 4,800,000.
            waitForRendering(page)
            mouseClick(findChild(page, "revenueRow0"))
            compare(page.selectedItem, 0)
            mouseClick(findChild(page, "editRevenueItem"))
            tryCompare(dialog, "opened", true)
            compare(dialog.fields.nameZh, "Early-bird fee") // one language stands for both
            dialog.setField("amount", 6000)
            mouseClick(findChild(dialog, "saveRevenueButton"))
            tryCompare(dialog, "visible", false)
            compare(BudgetController.formats[0].revenueTotal, "4,800,000")
            // Delete, then undo: the item is back.
            mouseClick(findChild(page, "deleteRevenueItem"))
            compare(BudgetController.formats[0].revenueTotal, "0")
            ProjectController.undo()
            compare(BudgetController.formats[0].revenueTotal, "4,800,000")
        }

        function test_quoteVersionThroughTheDialog() {
            compare(BudgetController.addLine(lanyards()), ({}))
            const page = createTemporaryObject(quotePage, root)
            waitForRendering(page)
            verify(findChild(page, "noQuoteVersions").visible)
            mouseClick(findChild(page, "newQuoteVersion"))
            const dialog = findChild(page, "quoteVersionDialog")
            tryCompare(dialog, "opened", true)
            dialog.setField("issued", "2027-05-01")
            dialog.setField("validUntil", "2027-04-30")
            dialog.setField("markup", 10)
            mouseClick(findChild(dialog, "issueQuoteButton"))
            const error = findChild(dialog, "quoteValidUntilError")
            verify(error.visible)
            compare(error.text, "Valid until: 2027-04-30 is before the day the quote is issued (2027-05-01).")
            compare(BudgetController.quotes.count, 0)
            dialog.setField("validUntil", "2027-06-30")
            mouseClick(findChild(dialog, "issueQuoteButton"))
            tryCompare(dialog, "visible", false)
            compare(BudgetController.quotes.count, 1)
            // The binding follows the model: the "no versions" line goes away.
            verify(!findChild(page, "noQuoteVersions").visible)
            // 39,600 + 3,960 before tax, + 10 % markup = 47,916; + 5 % tax 2,396 = 50,312 (tst_budgetedit).
            compare(BudgetController.quotes.data(BudgetController.quotes.index(0, 0), QuoteVersionModel.TotalRole), "50,312")
            ProjectController.undo()
            compare(BudgetController.quotes.count, 0)
            verify(findChild(page, "noQuoteVersions").visible)
        }

        function test_breakEvenChartOnTheBudgetPage() {
            // The sample: a budget with revenue in every format.
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(budgetPage, root)
            waitForRendering(page)
            // Behind its tab, in the height the page has (it was under the table, out of reach at 1366 × 768).
            const panel = findChild(page, "breakEvenChart")
            verify(!panel.visible)
            findChild(page, "budgetTabs").currentIndex = 2
            tryCompare(panel, "visible", true)
            verify(!findChild(page, "budgetTable").visible)
            const view = findChild(page, "breakEvenView")
            verify(view.mapToItem(page, 0, 0).y + view.height <= page.height + 1)
            verify(view.height > 300)
            const chart = findChild(panel, "chart")
            compare(chart.chartSize.width, 640)
            tryVerify(() => chart.height > 200, 2000, "chart height " + chart.height)
            // The chart marks the break-even the revenue page's on-site card states, and the plan of 1,800 people.
            verify(BudgetController.formats[0].breakEven !== "")
            verify(chart.svg.indexOf(">break-even " + BudgetController.formats[0].breakEven + " people<") >= 0, chart.svg)
            verify(chart.svg.indexOf(">planned 1,800 people<") >= 0)
            verify(chart.svg.indexOf("Break-even, on-site") >= 0)
            // The hybrid format: 1,400 on site and 800 online, 2,200 planned.
            findChild(page, "breakEvenFormat").currentIndex = 1
            verify(chart.svg.indexOf("Break-even, hybrid") >= 0)
            verify(chart.svg.indexOf(">planned 2,200 people<") >= 0)
            verify(chart.svg.indexOf(">break-even " + BudgetController.formats[1].breakEven + " people<") >= 0)
            // Online: sponsors and booths cover the fixed costs, the break-even is 0 (the card says so too), and the
            // note says why the lines do not cross.
            findChild(page, "breakEvenFormat").currentIndex = 2
            compare(BudgetController.formats[2].breakEven, "0")
            verify(chart.svg.indexOf(">break-even 0 people<") >= 0)
            verify(chart.svg.indexOf("covers the fixed costs") >= 0)
        }
    }
}
