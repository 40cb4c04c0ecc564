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
        id: contractPage
        ContractPage { anchors.fill: parent }
    }

    TestCase {
        name: "Contract"
        when: windowShown

        function lateLine(con) {
            return con.owedLines.find(l => l.startsWith("Late penalty")) ?? ""
        }

        function commit(field, text) {
            field.input.text = text
            field.input.editingFinished()
        }

        function test_editLatePenalty() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(contractPage, root)
            waitForRendering(page)
            const con = findChild(page, "contractController")
            verify(con.hasContract)
            // Quote v2 as agreed: total incl. tax 38,483,496; the version box shows v2, not the first entry.
            compare(con.totalText, "38,483,496")
            tryCompare(findChild(page, "quoteVersionBox"), "currentText", "v2 · hybrid · 2027-04-15")
            // The preview is plain text: the price row as cells, no Markdown marks (##, **, table pipes).
            verify(con.preview.indexOf("36,650,949") >= 0)
            for (const mark of ["##", "**", "|"])
                verify(con.preview.indexOf(mark) < 0, mark)
            // 10 days late at 1 ‰: 38,483,496 × 0.001 = 38,483.5 → 38,483 a day, 384,830; cap 10 % = 3,848,350.
            con.computeOwed("2028-06-01", 10)
            compare(lateLine(con), "Late penalty for 10 days: 38,483 a day, 384,830 before the cap 3,848,350: 384,830")
            // 2 ‰ a day: 76,966.99 → 76,967 a day, 769,670 for 10 days.
            commit(findChild(page, "perDay"), "2")
            compare(findChild(page, "perDay").error, "")
            compare(lateLine(con), "Late penalty for 10 days: 76,967 a day, 769,670 before the cap 3,848,350: 769,670")
            ProjectController.undo()
            compare(lateLine(con), "Late penalty for 10 days: 38,483 a day, 384,830 before the cap 3,848,350: 384,830")
            // A cap above 20 % is refused in words (採購契約要項 §45), no JSON pointer.
            const cap = findChild(page, "penaltyCap")
            commit(cap, "25")
            verify(cap.error.indexOf("above 20 %") >= 0, cap.error)
            verify(cap.error.indexOf("/contract") < 0, cap.error)
        }

        function test_paymentSchedule() {
            verify(ProjectController.open(Qt.resolvedUrl("../../sample_data/taiwan-congress-2028.venuebid.json")))
            const page = createTemporaryObject(contractPage, root)
            waitForRendering(page)
            const con = findChild(page, "contractController")
            compare(con.payments.length, 3)
            compare(con.paymentSum, "100 %")
            // 30 % of 38,483,496 = 11,545,048.8 → 11,545,049.
            compare(con.payments[0].amount, "11,545,049")
            // 30 % → 20 %: the sum is 90 %, said in words, and the schedule cannot be applied.
            con.setPaymentField(0, "percent", 20)
            compare(con.paymentSum, "90 %")
            compare(con.paymentProblem, "the payment percentages add up to 90 %, expected 100 %")
            verify(con.applyPayments() !== "")
            compare(con.payments[0].percent, 20) // the refused draft stays to be corrected
            // 20 % + 60 % + 20 %: applied as one step; 20 % of the total = 7,696,699.2 → 7,696,699.
            con.setPaymentField(1, "percent", 60)
            compare(con.applyPayments(), "")
            compare(con.payments[0].amount, "7,696,699")
            verify(!con.paymentsDirty)
            ProjectController.undo()
            compare(con.payments[0].amount, "11,545,049")
        }
    }
}
