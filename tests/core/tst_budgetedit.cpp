// SPDX-License-Identifier: GPL-3.0-or-later
// Budget lines and percentages edited (budget/budgetedit.h): hand-worked totals, refusals in words, the line audit.
#include "budgetedit.h"
#include "projectformat.h"

#include <QTest>

using namespace vb;

namespace {
Project minimal()
{
    auto r = loadProjectFile(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json"); // 1,000 on site, 4 days, USD 32
    if (!r.project)
        qFatal("cannot load minimal.venuebid.json");
    return *r.project;
}

BudgetLineFields lanyards()
{
    BudgetLineFields f;
    f.description = {"識別證吊繩", "Lanyards"};
    f.category = CostCategory::Registration;
    f.basis = QuantityBasis::Fixed;
    f.unitCost = 12000;
    f.quantity = 3;
    f.serviceCharge = true;
    return f;
}

RevenueItemFields earlyBird()
{
    RevenueItemFields f;
    f.name = {"早鳥報名費", "Early-bird fee"};
    f.type = RevenueType::Registration;
    f.amount = 5000;
    f.sharePercent = 80;
    return f;
}

RevenueItemFields goldSponsor()
{
    RevenueItemFields f;
    f.name = {"", "Gold sponsor"};
    f.type = RevenueType::Sponsorship;
    f.amount = 200000;
    f.quantity = 3;
    return f;
}

Money onsiteRevenue(const Project &p)
{
    return computeFormat(p, budgetOf(p), EventFormat::Onsite).revenue.total;
}

Money onsiteTotal(const Project &p)
{
    return computeFormat(p, budgetOf(p), EventFormat::Onsite).costs.total;
}
} // namespace

class TestBudgetEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addLineMovesTheTotalByItsAmount()
    {
        Project p = minimal(); // no budget yet: contingency 10 %, service charge 10 %, business tax 5 % by default
        QCOMPARE(onsiteTotal(p), Money(0));
        QVERIFY(addBudgetLine(p, lanyards(), Lang::En).ok());
        const Budget b = budgetOf(p);
        QCOMPARE(b.lines.size(), std::size_t(1));
        QCOMPARE(b.lines[0].id, std::string("lanyards"));
        // 3 × 12,000 = 36,000; + 10 % service charge 3,600 = 39,600; + 5 % tax 1,980 = 41,580 for the line.
        const auto line = computeFormat(p, b, EventFormat::Onsite).lines[0];
        QCOMPARE(line.total(), Money(41'580));
        // The budget adds 10 % contingency on 39,600 = 3,960 and its 5 % tax 198: 41,580 + 3,960 + 198 = 45,738.
        QCOMPARE(onsiteTotal(p), Money(45'738));
        QCOMPARE(lineAudit(p, b, 0, EventFormat::Onsite, Lang::En),
                 std::string("3 × 1 (fixed) × 12,000 TWD = 36,000; + service charge 10 % = 3,600; + business tax 5 % = 1,980; total 41,580"));
        // Written and read back: the same budget, no error.
        auto back = readProject(writeProject(p));
        QVERIFY(back.project);
        QVERIFY(budgetOf(*back.project) == b);
    }

    void contingencyToZeroLeavesTheLine()
    {
        Project p = minimal();
        QVERIFY(addBudgetLine(p, lanyards(), Lang::En).ok());
        QVERIFY(setBudgetPercents(p, 0.0, std::nullopt, std::nullopt, Lang::En).ok());
        QCOMPARE(onsiteTotal(p), Money(41'580)); // the line alone
        // Service charge 12.5 %: 36,000 × 12.5 % = 4,500; (36,000 + 4,500) × 5 % = 2,025; 42,525.
        QVERIFY(setBudgetPercents(p, std::nullopt, std::nullopt, 12.5, Lang::En).ok());
        QCOMPARE(onsiteTotal(p), Money(42'525));
        QCOMPARE(budgetOf(p).serviceChargeBp, 1250);
    }

    void foreignLineWithTaxInside()
    {
        Project p = minimal();
        BudgetLineFields f;
        f.description = {"", "Interpreters"};
        f.basis = QuantityBasis::PerDay;
        f.quantity = 2;
        f.unitCost = 150.5;
        f.currency = "USD";
        f.tax = TaxTreatment::Included;
        { const auto e = addBudgetLine(p, f, Lang::En); QVERIFY2(e.ok(), (e.field + ": " + e.message).c_str()); }
        // 2 × 4 days = 8 × 150.50 USD × 32 = 38,528 含稅; before tax ROUND(38,528 ÷ 1.05) = 36,693; tax 1,835.
        const Budget b = budgetOf(p);
        const auto a = computeFormat(p, b, EventFormat::Onsite).lines[0];
        QCOMPARE(a.total(), Money(38'528));
        QCOMPARE(a.tax, Money(1'835));
        QCOMPARE(lineAudit(p, b, 0, EventFormat::Onsite, Lang::En),
                 std::string("2 × 4 (per day) × 150.50 USD × 32 TWD/USD = 38,528 incl. tax; of which business tax 5 % = 1,835, "
                             "service charge 0 % = 0, subtotal 36,693"));
        // Only on site: the online budget does not have it.
        BudgetLineFields g = budgetLineFields(p, 0);
        g.formats = 1u << static_cast<int>(EventFormat::Onsite);
        QVERIFY(setBudgetLine(p, 0, g, Lang::En).ok());
        QCOMPARE(lineAudit(p, budgetOf(p), 0, EventFormat::Online, Lang::En), std::string("not in this format"));
        QCOMPARE(lineAudit(p, budgetOf(p), 0, EventFormat::Online, Lang::ZhTW), std::string("不適用此形式"));
    }

    void refusalsNameTheField()
    {
        Project p = minimal();
        QVERIFY(addBudgetLine(p, lanyards(), Lang::En).ok());
        const Project before = p;
        auto f = lanyards();
        f.quantity = -1;
        auto e = setBudgetLine(p, 0, f, Lang::En);
        QCOMPARE(e.field, std::string("quantity"));
        QCOMPARE(e.message, std::string("Quantity: a number of 0 or more, with at most two decimals; -1 is not."));
        f.quantity = 1.234;
        QCOMPARE(setBudgetLine(p, 0, f, Lang::En).message, std::string("Quantity: a number of 0 or more, with at most two decimals; 1.234 is not."));
        f = lanyards();
        f.currency = "JPY";
        e = addBudgetLine(p, f, Lang::En);
        QCOMPARE(e.field, std::string("currency"));
        QCOMPARE(e.message, std::string("Currency: the project has no exchange rate for JPY; add the rate first, or use TWD."));
        f = lanyards();
        f.description = {" ", ""};
        QCOMPARE(addBudgetLine(p, f, Lang::ZhTW).message, std::string("說明：請為此項目命名（中文或英文）。"));
        f = lanyards();
        f.formats = 0;
        QCOMPARE(addBudgetLine(p, f, Lang::En).field, std::string("formats"));
        e = setBudgetPercents(p, 35.0, std::nullopt, std::nullopt, Lang::En);
        QCOMPARE(e.field, std::string("contingency"));
        QCOMPARE(e.message, std::string("Contingency: a percentage from 0 to 30; 35 is not."));
        QVERIFY(p == before);
        // Through editSections: the refusal is an error diagnostic and nothing is recorded.
        EditHistory h;
        bool changed = true;
        const auto d = editSections(h, p, "x", "", budgetEditChange([](Project &q) { return removeBudgetLine(q, 7, Lang::En); }), &changed);
        QVERIFY(!changed);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].message, std::string("There is no such budget line."));
    }

    void deleteIsOneUndoStep()
    {
        Project p = minimal();
        QVERIFY(addBudgetLine(p, lanyards(), Lang::En).ok());
        auto second = lanyards();
        second.description = {"", "Lanyards"}; // the same name: the id gets _2
        { const auto e = addBudgetLine(p, second, Lang::En); QVERIFY2(e.ok(), (e.field + ": " + e.message).c_str()); }
        QCOMPARE(budgetOf(p).lines[1].id, std::string("lanyards_2"));
        QCOMPARE(budgetOf(p).lines[1].description.zh, std::string("Lanyards")); // the file needs both languages
        QVERIFY(readProject(writeProject(p)).project);
        QCOMPARE(onsiteTotal(p), Money(2 * 45'738));
        EditHistory h;
        const Project before = p;
        bool changed = false;
        QVERIFY(editSections(h, p, "delete", "", budgetEditChange([](Project &q) { return removeBudgetLine(q, 0, Lang::En); }), &changed).empty());
        QVERIFY(changed);
        QCOMPARE(onsiteTotal(p), Money(45'738));
        QVERIFY(h.undo(p));
        QVERIFY(p == before);
    }

    void moveIsWithinTheCategoryAndOneUndoStep()
    {
        // Three lines, two of them catering: [A fnb, B venue, C fnb]. The table shows them by category (catering: A, C;
        // venue: B), so "up" on C swaps it with A, the previous catering line, and B stays where it is.
        Project p = minimal();
        const auto line = [](const char *name, CostCategory c) {
            auto f = lanyards();
            f.description = {"", name};
            f.category = c;
            return f;
        };
        QVERIFY(addBudgetLine(p, line("Coffee", CostCategory::FoodBeverage), Lang::En).ok());
        QVERIFY(addBudgetLine(p, line("Hall", CostCategory::Venue), Lang::En).ok());
        QVERIFY(addBudgetLine(p, line("Lunch", CostCategory::FoodBeverage), Lang::En).ok());
        const auto ids = [](const Project &q) {
            std::string s;
            for (const auto &l : budgetOf(q).lines)
                s += (s.empty() ? "" : ",") + l.id;
            return s;
        };
        QCOMPARE(ids(p), std::string("coffee,hall,lunch"));
        const Money total = onsiteTotal(p); // 3 × 45,738: a move changes no figure
        QCOMPARE(total, Money(3 * 45'738));

        EditHistory h;
        const Project before = p;
        bool changed = false;
        QVERIFY(editSections(h, p, "move", "", budgetEditChange([](Project &q) { return moveBudgetLine(q, 2, -1, Lang::En); }), &changed).empty());
        QVERIFY(changed);
        QCOMPARE(ids(p), std::string("lunch,hall,coffee"));
        QCOMPARE(onsiteTotal(p), total);
        QCOMPARE(h.size(), std::size_t(1));
        QVERIFY(h.undo(p));
        QVERIFY(p == before);
        QVERIFY(h.redo(p));
        QCOMPARE(ids(p), std::string("lunch,hall,coffee"));

        // Lunch is now the first catering line and Hall the only venue line: up (and down) changes nothing and
        // records no step; nor does down on Coffee, the last catering line.
        const std::pair<std::size_t, int> ends[] = {{0, -1}, {1, -1}, {1, 1}, {2, 1}};
        for (const auto &[index, delta] : ends) {
            const auto d = editSections(h, p, "move", "", budgetEditChange([&](Project &q) { return moveBudgetLine(q, index, delta, Lang::En); }), &changed);
            QVERIFY(d.empty());
            QVERIFY(!changed);
        }
        QCOMPARE(h.size(), std::size_t(1));
        QCOMPARE(ids(p), std::string("lunch,hall,coffee"));
        // Down on Lunch: back behind Coffee, again over Hall.
        QVERIFY(moveBudgetLine(p, 0, 1, Lang::En).ok());
        QCOMPARE(ids(p), std::string("coffee,hall,lunch"));
        // The order is what the file keeps.
        auto back = readProject(writeProject(p));
        QVERIFY(back.project);
        QCOMPARE(ids(*back.project), std::string("coffee,hall,lunch"));
        QCOMPARE(moveBudgetLine(p, 3, -1, Lang::En).message, std::string("There is no such budget line."));
    }

    void revenueItemsMoveInTheList()
    {
        // The revenue page lists the items in file order: [early bird, gold sponsor] → down on the first swaps them.
        Project p = minimal();
        QVERIFY(addRevenueItem(p, earlyBird(), Lang::En).ok());
        QVERIFY(addRevenueItem(p, goldSponsor(), Lang::En).ok());
        const Money revenue = onsiteRevenue(p); // 4,600,000 (revenueItemsAddUp), whatever the order
        QCOMPARE(revenue, Money(4'600'000));
        EditHistory h;
        const Project before = p;
        bool changed = false;
        QVERIFY(editSections(h, p, "move", "", budgetEditChange([](Project &q) { return moveRevenueItem(q, 0, 1, Lang::En); }), &changed).empty());
        QVERIFY(changed);
        QCOMPARE(budgetOf(p).revenue[0].id, std::string("gold_sponsor"));
        QCOMPARE(budgetOf(p).revenue[1].id, std::string("early_bird_fee"));
        QCOMPARE(onsiteRevenue(p), revenue);
        // At the ends: nothing, no step.
        (void)editSections(h, p, "move", "", budgetEditChange([](Project &q) { return moveRevenueItem(q, 1, 1, Lang::En); }), &changed);
        QVERIFY(!changed);
        (void)editSections(h, p, "move", "", budgetEditChange([](Project &q) { return moveRevenueItem(q, 0, -1, Lang::En); }), &changed);
        QVERIFY(!changed);
        QCOMPARE(h.size(), std::size_t(1));
        QVERIFY(h.undo(p));
        QVERIFY(p == before);
        QCOMPARE(moveRevenueItem(p, 2, -1, Lang::En).message, std::string("There is no such revenue item."));
    }

    void revenueItemsAddUp()
    {
        Project p = minimal(); // 1,000 attendees on site; the organiser is not registered for tax: revenue as received
        QCOMPARE(onsiteRevenue(p), Money(0));
        { const auto e = addRevenueItem(p, earlyBird(), Lang::En); QVERIFY2(e.ok(), e.message.c_str()); }
        // 80 % of 1,000 on-site attendees = 800 × 5,000 = 4,000,000.
        QCOMPARE(onsiteRevenue(p), Money(4'000'000));
        { const auto e = addRevenueItem(p, goldSponsor(), Lang::En); QVERIFY2(e.ok(), e.message.c_str()); }
        // + 3 packages × 200,000 = 600,000: 4,600,000.
        QCOMPARE(onsiteRevenue(p), Money(4'600'000));
        const Budget b = budgetOf(p);
        QCOMPARE(b.revenue[0].id, std::string("early_bird_fee"));
        QCOMPARE(b.revenue[1].id, std::string("gold_sponsor"));
        QCOMPARE(b.revenue[1].name.zh, std::string("Gold sponsor")); // one language stands for both
        QCOMPARE(b.revenue[0].shareBp, 8000);
        // Read back from the written file: the same items.
        auto back = readProject(writeProject(p));
        QVERIFY(back.project);
        QVERIFY(budgetOf(*back.project).revenue == b.revenue);
        // The fields as the editor shows them, then changed: the fee to 6,000 gives 800 × 6,000 + 600,000 = 5,400,000.
        auto f = revenueItemFields(p, 0);
        QCOMPARE(f.amount, 5000.0);
        QCOMPARE(f.sharePercent, 80.0);
        f.amount = 6000;
        QVERIFY(setRevenueItem(p, 0, f, Lang::En).ok());
        QCOMPARE(onsiteRevenue(p), Money(5'400'000));
        QCOMPARE(budgetOf(p).revenue[0].id, std::string("early_bird_fee")); // the id stays
        // Deleted through editSections: one undo step.
        EditHistory h;
        const Project before = p;
        bool changed = false;
        QVERIFY(editSections(h, p, "delete", "", budgetEditChange([](Project &q) { return removeRevenueItem(q, 1, Lang::En); }), &changed).empty());
        QVERIFY(changed);
        QCOMPARE(onsiteRevenue(p), Money(4'800'000));
        QVERIFY(h.undo(p));
        QVERIFY(p == before);
    }

    void quoteVersionFreezesTheBudgetAsItIsNow()
    {
        Project p = minimal();
        QVERIFY(addBudgetLine(p, lanyards(), Lang::En).ok());
        auto f = nextQuoteVersionFields(p, "2027-05-01");
        QCOMPARE(f.issued, std::string("2027-05-01"));
        QCOMPARE(f.validUntil, std::string("2027-05-01")); // the first version: valid from the day it is issued
        QVERIFY(!f.paymentTerms.zh.empty());
        // Refusals name their field, in words.
        f.validUntil = "2027-04-30";
        auto e = addQuoteVersion(p, f, Lang::En);
        QCOMPARE(e.field, std::string("valid_until"));
        QCOMPARE(e.message, std::string("Valid until: 2027-04-30 is before the day the quote is issued (2027-05-01)."));
        f.validUntil = "2027-02-30";
        QCOMPARE(addQuoteVersion(p, f, Lang::ZhTW).message, std::string("有效期限：請填日期，例如 2027-05-31；「2027-02-30」不是日期。"));
        f.validUntil = "2027-06-30";
        f.markupPercent = 1200;
        QCOMPARE(addQuoteVersion(p, f, Lang::En).field, std::string("markup"));
        f.markupPercent = 10;
        f.paymentTerms = {};
        QCOMPARE(addQuoteVersion(p, f, Lang::En).field, std::string("payment_terms"));
        QVERIFY(budgetOf(p).quotes.empty());
        f.paymentTerms = {"", "30 days after the event"};
        QVERIFY(addQuoteVersion(p, f, Lang::En).ok());
        const Budget b = budgetOf(p);
        QCOMPARE(b.quotes.size(), std::size_t(1));
        const auto &v = b.quotes[0];
        QCOMPARE(v.version, 1);
        QCOMPARE(v.markupBp, 1000);
        QCOMPARE(v.paymentTerms.zh, std::string("30 days after the event")); // one language stands for both
        // Registration 39,600 and contingency 3,960 before tax (addLineMovesTheTotalByItsAmount), each + 10 % markup:
        // 43,560 + 4,356 = 47,916; business tax 5 % = 2,395.8 → 2,396; 50,312 with tax, frozen in the version.
        QCOMPARE(v.frozenNet, std::optional<Money>(47'916));
        QCOMPARE(v.frozenTax, std::optional<Money>(2'396));
        QCOMPARE(v.frozenTotal, std::optional<Money>(50'312));
        // The next version starts from this one's terms.
        const auto g = nextQuoteVersionFields(p, "2027-05-08");
        QCOMPARE(g.markupPercent, 10.0);
        QCOMPARE(g.validUntil, std::string("2027-06-30"));
        QCOMPARE(g.paymentTerms.en, std::string("30 days after the event"));
    }

    void revenueRefusalsNameTheField()
    {
        Project p = minimal();
        QVERIFY(addRevenueItem(p, earlyBird(), Lang::En).ok());
        const Project before = p;
        auto f = earlyBird();
        f.sharePercent = 120;
        auto e = addRevenueItem(p, f, Lang::En);
        QCOMPARE(e.field, std::string("share"));
        QCOMPARE(e.message, std::string("Share of the audience: a percentage from 0 to 100, with at most two decimals; 120 is not."));
        f = goldSponsor();
        f.quantity = 2.5;
        e = addRevenueItem(p, f, Lang::ZhTW);
        QCOMPARE(e.field, std::string("quantity"));
        QCOMPARE(e.message, std::string("數量：0 以上的整數（方案、攤位或平方公尺）；2.5 不符。"));
        f = goldSponsor();
        f.amount = 199999.5;
        e = addRevenueItem(p, f, Lang::En);
        QCOMPARE(e.field, std::string("amount"));
        QCOMPARE(e.message, std::string("Amount: a whole amount of 0 or more; 199999.5 is not."));
        f.type = RevenueType::Registration;
        f.amount = -1;
        QCOMPARE(addRevenueItem(p, f, Lang::En).message, std::string("Fee: a whole amount of 0 or more; -1 is not."));
        f = goldSponsor();
        f.name = {" ", "\t"};
        QCOMPARE(addRevenueItem(p, f, Lang::En).field, std::string("name"));
        f = goldSponsor();
        f.source = "ftp://example.org/prospectus";
        e = addRevenueItem(p, f, Lang::En);
        QCOMPARE(e.field, std::string("source"));
        QCOMPARE(e.message, std::string("Source: a web address starting with http:// or https://; \"ftp://example.org/prospectus\" is not."));
        f = goldSponsor();
        f.currency = "JPY";
        QCOMPARE(addRevenueItem(p, f, Lang::En).field, std::string("currency"));
        f = goldSponsor();
        f.formats = 0;
        QCOMPARE(addRevenueItem(p, f, Lang::En).field, std::string("formats"));
        QCOMPARE(removeRevenueItem(p, 5, Lang::En).message, std::string("There is no such revenue item."));
        QVERIFY(p == before);
        // A unit other than booth or m² is refused for an exhibition; for another type the unit is dropped.
        f = goldSponsor();
        f.type = RevenueType::Exhibition;
        f.unit = "table";
        QCOMPARE(addRevenueItem(p, f, Lang::En).field, std::string("unit"));
        f.type = RevenueType::Sponsorship;
        QVERIFY(addRevenueItem(p, f, Lang::En).ok());
        QCOMPARE(budgetOf(p).revenue.back().unit, std::string());
    }
};

QTEST_GUILESS_MAIN(TestBudgetEdit)
#include "tst_budgetedit.moc"
