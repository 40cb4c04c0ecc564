// SPDX-License-Identifier: GPL-3.0-or-later
// Budget line and percentage edits with the reader's checks, and the line audit (budgetedit.h).
#include "budgetedit.h"

#include "budgetio.h"
#include "jsonreader.h"
#include "listmove.h"
#include "messages.h"
#include "numbers.h"
#include "quote.h"
#include "text.h"

#include <algorithm>
#include <cmath>

namespace vb {

namespace {

/** x × 100 as a whole number when x ≥ 0, at most max and has at most two decimals. */
std::optional<std::int64_t> hundredthsOf(double x, double max)
{
    if (!std::isfinite(x) || x < 0 || x > max)
        return std::nullopt;
    const double h = x * 100.0;
    const double r = std::round(h);
    if (std::abs(h - r) > 1e-6 * std::max(1.0, std::abs(h)))
        return std::nullopt;
    return static_cast<std::int64_t>(r);
}

/** A number as typed back to the person: shortest form. */
std::string shown(double x)
{
    return std::isfinite(x) ? formatShortest(x) : std::string("–");
}

/** The reader's verdict on b: written as the file writes it and read back, then the project's checks. */
bool readsBack(const Project &p, const Budget &b)
{
    JsonReader r;
    Budget back;
    readBudgetJson(r, budgetJson(b), "/budget", back);
    if (!r.errors().empty())
        return false;
    Project q;
    q.meta = p.meta;
    q.requirements = p.requirements;
    setBudget(q, b);
    std::vector<Diagnostic> d;
    validateBudgetSection(q, d);
    return std::none_of(d.begin(), d.end(), [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; });
}

BudgetEditError checkFields(const Project &p, const BudgetLineFields &f, Lang l, BudgetLine &out)
{
    const LocalizedText d = nameInBothLanguages(f.description);
    if (d.en.empty())
        return {"description", tr(l, "budgetedit.description_required")};
    const auto q = hundredthsOf(f.quantity, 1e9);
    if (!q)
        return {"quantity", tr(l, "budgetedit.quantity", {shown(f.quantity)})};
    const auto c = hundredthsOf(f.unitCost, 1e13);
    if (!c)
        return {"unit_cost", tr(l, "budgetedit.unit_cost", {shown(f.unitCost)})};
    if (!p.rateToBase(f.currency))
        return {"currency", tr(l, "budgetedit.currency", {f.currency})};
    if ((f.formats & kAllFormatsMask) == 0)
        return {"formats", tr(l, "budgetedit.formats")};
    out.description = d;
    out.category = f.category;
    out.basis = f.basis;
    out.quantityHundredths = *q;
    out.unitCostCents = *c;
    out.currency = f.currency;
    out.status = f.status;
    out.formats = f.formats & kAllFormatsMask;
    out.serviceCharge = f.serviceCharge;
    out.tax = f.tax;
    return {};
}

/** The reader's verdict on b's revenue: the "revenue" section written and read back, then the project's checks. */
bool revenueReadsBack(const Project &p, const Budget &b)
{
    JsonReader r;
    Budget back;
    readRevenueJson(r, revenueSectionJson(b), "/revenue", back);
    return r.errors().empty() && readsBack(p, b);
}

/** x as a whole number when it is one, from 0 to max. */
std::optional<std::int64_t> wholeOf(double x, double max)
{
    if (!std::isfinite(x) || x < 0 || x > max || x != std::floor(x))
        return std::nullopt;
    return static_cast<std::int64_t>(x);
}

BudgetEditError checkRevenueFields(const Project &p, const RevenueItemFields &f, Lang l, RevenueItem &out)
{
    const LocalizedText n = nameInBothLanguages(f.name);
    if (n.en.empty())
        return {"name", tr(l, "revenueedit.name_required")};
    const bool registration = f.type == RevenueType::Registration;
    const auto amount = wholeOf(f.amount, 1e13);
    if (!amount)
        return {"amount", registration ? tr(l, "revenueedit.fee", {shown(f.amount)}) : tr(l, "revenueedit.amount", {shown(f.amount)})};
    if (!p.rateToBase(f.currency))
        return {"currency", tr(l, "budgetedit.currency", {f.currency})};
    std::optional<std::int64_t> quantity = 1;
    std::optional<std::int64_t> share = 0;
    if (registration) {
        share = hundredthsOf(f.sharePercent, 100);
        if (!share)
            return {"share", tr(l, "revenueedit.share", {shown(f.sharePercent)})};
    } else {
        quantity = wholeOf(f.quantity, 1e9);
        if (!quantity)
            return {"quantity", tr(l, "revenueedit.quantity", {shown(f.quantity)})};
    }
    const std::string unit = f.type == RevenueType::Exhibition ? f.unit : std::string();
    if (!unit.empty() && unit != "booth" && unit != "m2")
        return {"unit", tr(l, "revenueedit.unit")};
    if ((f.formats & kAllFormatsMask) == 0)
        return {"formats", tr(l, "revenueedit.formats")};
    const std::string source = trimmed(f.source);
    if (!source.empty() && !isUrl(source))
        return {"source", tr(l, "revenueedit.source", {source})};
    out.name = n;
    out.type = f.type;
    out.amount = *amount;
    out.currency = f.currency;
    out.quantity = *quantity;
    out.unit = unit;
    out.onlineAudience = registration && f.onlineAudience;
    out.shareBp = static_cast<int>(*share);
    out.formats = f.formats & kAllFormatsMask;
    out.source = source.empty() ? std::nullopt : std::optional<std::string>(source);
    return {};
}

BudgetEditError storeRevenue(Project &p, const Budget &b, Lang l)
{
    if (!revenueReadsBack(p, b))
        return {"", tr(l, "deal.edit.invalid")};
    setBudget(p, b);
    return {};
}

BudgetEditError store(Project &p, const Budget &b, Lang l)
{
    if (!readsBack(p, b))
        return {"", tr(l, "deal.edit.invalid")};
    setBudget(p, b);
    return {};
}

std::string percentText(int bp)
{
    return formatPercentPoints(bp / 100.0, bp % 100 == 0 ? 0 : 2);
}

std::string hundredthsText(std::int64_t h)
{
    return formatGroupedFixed(static_cast<double>(h) / 100.0, h % 100 == 0 ? 0 : 2);
}

std::string money(Money m)
{
    return formatAmount(m, "");
}

/** A list of the budget that the page edits item by item (the budget lines, the revenue items): where it lives, how
 *  an item's id is made from its name, how a person's fields are checked into an item, and how the budget is stored. */
template <class Item, class Fields>
struct ItemList {
    std::vector<Item> Budget::*items;
    LocalizedText Item::*name;
    const char *idPrefix;
    MsgId missing; ///< "there is no such item"
    BudgetEditError (*check)(const Project &, const Fields &, Lang, Item &);
    BudgetEditError (*store)(Project &, const Budget &, Lang);
};

const ItemList<BudgetLine, BudgetLineFields> kLines{&Budget::lines, &BudgetLine::description, "line", "budgetedit.no_line", checkFields, store};
const ItemList<RevenueItem, RevenueItemFields> kRevenue{&Budget::revenue, &RevenueItem::name, "revenue", "revenueedit.no_item",
                                                         checkRevenueFields, storeRevenue};

template <class Item, class Fields>
BudgetEditError addItem(const ItemList<Item, Fields> &k, Project &p, const Fields &f, Lang l)
{
    Budget b = budgetOf(p);
    auto &items = b.*k.items;
    Item item;
    if (auto e = k.check(p, f, l, item); !e.ok())
        return e;
    const LocalizedText &name = item.*k.name;
    item.id = idFromName({name.en, name.zh}, k.idPrefix, [&](const std::string &id) {
        return std::any_of(items.begin(), items.end(), [&](const Item &x) { return x.id == id; });
    });
    items.push_back(std::move(item));
    return k.store(p, b, l);
}

/** Replaces what a person edits of item index; the rest of the item (its id, …) stays. */
template <class Item, class Fields>
BudgetEditError setItem(const ItemList<Item, Fields> &k, Project &p, std::size_t index, const Fields &f, Lang l)
{
    Budget b = budgetOf(p);
    auto &items = b.*k.items;
    if (index >= items.size())
        return {"", tr(l, k.missing)};
    Item item = items[index];
    if (auto e = k.check(p, f, l, item); !e.ok())
        return e;
    items[index] = std::move(item);
    return k.store(p, b, l);
}

template <class Item, class Fields>
BudgetEditError removeItem(const ItemList<Item, Fields> &k, Project &p, std::size_t index, Lang l)
{
    Budget b = budgetOf(p);
    auto &items = b.*k.items;
    if (index >= items.size())
        return {"", tr(l, k.missing)};
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
    return k.store(p, b, l);
}

/** Moves item index delta places among the items same() groups with it; stores nothing when it cannot move. */
template <class Item, class Fields, class Same>
BudgetEditError moveItem(const ItemList<Item, Fields> &k, Project &p, std::size_t index, int delta, Lang l, Same same)
{
    Budget b = budgetOf(p);
    switch (moveInGroup(b.*k.items, index, delta, same)) {
    case ListMove::NoSuchItem: return {"", tr(l, k.missing)};
    case ListMove::Unchanged: return {};
    case ListMove::Moved: break;
    }
    return k.store(p, b, l);
}

} // namespace

BudgetLineFields budgetLineFields(const Project &p, std::size_t index)
{
    const Budget b = budgetOf(p);
    BudgetLineFields f;
    if (index >= b.lines.size())
        return f;
    const auto &x = b.lines[index];
    f.description = x.description;
    f.category = x.category;
    f.basis = x.basis;
    f.unitCost = static_cast<double>(x.unitCostCents) / 100.0;
    f.quantity = static_cast<double>(x.quantityHundredths) / 100.0;
    f.currency = x.currency;
    f.status = x.status;
    f.formats = x.formats;
    f.serviceCharge = x.serviceCharge;
    f.tax = x.tax;
    return f;
}

BudgetEditError addBudgetLine(Project &p, const BudgetLineFields &f, Lang l)
{
    return addItem(kLines, p, f, l);
}

BudgetEditError setBudgetLine(Project &p, std::size_t index, const BudgetLineFields &f, Lang l)
{
    return setItem(kLines, p, index, f, l);
}

BudgetEditError removeBudgetLine(Project &p, std::size_t index, Lang l)
{
    return removeItem(kLines, p, index, l);
}

BudgetEditError moveBudgetLine(Project &p, std::size_t index, int delta, Lang l)
{
    return moveItem(kLines, p, index, delta, l, [](const BudgetLine &a, const BudgetLine &b) { return a.category == b.category; });
}

BudgetEditError setBudgetPercents(Project &p, std::optional<double> contingency, std::optional<double> managementFee,
                                  std::optional<double> serviceCharge, Lang l)
{
    Budget b = budgetOf(p);
    struct Setting {
        std::optional<double> value;
        double max;
        const char *field;
        MsgId name;
        int *target;
    };
    const Setting settings[] = {
        {contingency, 30, "contingency", "common.contingency", &b.contingencyBp},
        {managementFee, 100, "management_fee", "budgetedit.management_fee", &b.managementFeeBp},
        {serviceCharge, 100, "service_charge", "common.service_charge", &b.serviceChargeBp},
    };
    for (const auto &s : settings) {
        if (!s.value)
            continue;
        const auto h = hundredthsOf(*s.value, s.max);
        if (!h)
            return {s.field, tr(l, "budgetedit.percent_range", {tr(l, s.name), formatShortest(s.max), shown(*s.value)})};
        *s.target = static_cast<int>(*h);
    }
    return store(p, b, l);
}

RevenueItemFields revenueItemFields(const Project &p, std::size_t index)
{
    const Budget b = budgetOf(p);
    RevenueItemFields f;
    f.currency = p.meta.currency;
    if (index >= b.revenue.size())
        return f;
    const auto &x = b.revenue[index];
    f.name = x.name;
    f.type = x.type;
    f.amount = static_cast<double>(x.amount);
    f.currency = x.currency;
    f.quantity = static_cast<double>(x.quantity);
    f.unit = x.unit;
    f.onlineAudience = x.onlineAudience;
    f.sharePercent = static_cast<double>(x.shareBp) / 100.0;
    f.formats = x.formats;
    f.source = x.source.value_or("");
    return f;
}

BudgetEditError addRevenueItem(Project &p, const RevenueItemFields &f, Lang l)
{
    return addItem(kRevenue, p, f, l);
}

BudgetEditError setRevenueItem(Project &p, std::size_t index, const RevenueItemFields &f, Lang l)
{
    return setItem(kRevenue, p, index, f, l);
}

BudgetEditError removeRevenueItem(Project &p, std::size_t index, Lang l)
{
    return removeItem(kRevenue, p, index, l);
}

BudgetEditError moveRevenueItem(Project &p, std::size_t index, int delta, Lang l)
{
    return moveItem(kRevenue, p, index, delta, l, [](const RevenueItem &, const RevenueItem &) { return true; });
}

QuoteVersionFields nextQuoteVersionFields(const Project &p, const std::string &today)
{
    const QuoteVersion v = nextQuoteVersion(p, budgetOf(p), today);
    QuoteVersionFields f;
    f.issued = v.issued;
    f.format = v.format;
    f.markupPercent = static_cast<double>(v.markupBp) / 100.0;
    f.discountPercent = static_cast<double>(v.discountBp) / 100.0;
    f.validUntil = v.validUntil < today ? today : v.validUntil;
    f.paymentTerms = v.paymentTerms;
    f.detail = v.detail;
    return f;
}

BudgetEditError addQuoteVersion(Project &p, const QuoteVersionFields &f, Lang l)
{
    Budget b = budgetOf(p);
    const std::string issued = trimmed(f.issued), validUntil = trimmed(f.validUntil);
    if (!isDate(issued))
        return {"issued", tr(l, "quoteedit.date", {tr(l, "quoteedit.issued"), issued})};
    if (!isDate(validUntil))
        return {"valid_until", tr(l, "quoteedit.date", {tr(l, "quoteedit.valid_until"), validUntil})};
    if (validUntil < issued)
        return {"valid_until", tr(l, "quoteedit.valid_before_issued", {validUntil, issued})};
    const auto markup = hundredthsOf(f.markupPercent, 1000);
    if (!markup)
        return {"markup", tr(l, "budgetedit.percent_range", {tr(l, "quoteedit.markup"), "1,000", shown(f.markupPercent)})};
    const auto discount = hundredthsOf(f.discountPercent, 100);
    if (!discount)
        return {"discount", tr(l, "budgetedit.percent_range", {tr(l, "quoteedit.discount"), "100", shown(f.discountPercent)})};
    const LocalizedText terms = nameInBothLanguages(f.paymentTerms);
    if (terms.en.empty())
        return {"payment_terms", tr(l, "quoteedit.payment_terms_required")};
    QuoteVersion v = nextQuoteVersion(p, b, issued);
    v.format = f.format;
    v.markupBp = static_cast<int>(*markup);
    v.discountBp = static_cast<int>(*discount);
    v.validUntil = validUntil;
    v.paymentTerms = terms;
    v.changeNote = nameInBothLanguages(f.changeNote);
    v.detail = f.detail;
    // The totals the client is quoted: the budget as it is now, with these terms (nextQuoteVersion froze the last
    // version's terms).
    const Quote q = computeQuote(p, b, v);
    v.frozenNet = q.beforeTax;
    v.frozenTax = q.tax;
    v.frozenTotal = q.total;
    b.quotes.push_back(std::move(v));
    return store(p, b, l);
}

SectionChange budgetEditChange(std::function<BudgetEditError(Project &)> f)
{
    return refusalChange("budget", std::move(f));
}

std::string lineAudit(const Project &p, const Budget &b, std::size_t index, EventFormat f, Lang l)
{
    if (index >= b.lines.size())
        return {};
    const BudgetLine &line = b.lines[index];
    if (!appliesTo(line.formats, f))
        return tr(l, "audit.not_in_format");
    const Drivers d = driversFor(p, f, 100);
    const LineAmounts a = computeLine(p, b, line, d);
    const std::string units = tr(l, "audit.units", {hundredthsText(line.quantityHundredths), formatGrouped(static_cast<double>(driverCount(line.basis, d))),
                                                    basisName(line.basis, l)});
    const std::string cost = hundredthsText(line.unitCostCents);
    const auto rate = rateMicro(p, line.currency).value_or(0);
    const std::string price = rate == 1'000'000 ? cost + " " + line.currency
                                                : tr(l, "audit.price_fx", {cost, line.currency, formatShortest(static_cast<double>(rate) / 1e6)});
    const std::string extended = a.atMinimum ? tr(l, "audit.minimum", {money(a.extended)}) : money(a.extended);
    const std::string sc = percentText(line.serviceCharge ? b.serviceChargeBp : 0);
    const std::string tax = percentText(b.taxBp);
    switch (line.tax) {
    case TaxTreatment::Included:
        return tr(l, "audit.included", {units, price, extended, tax, money(a.tax), sc, money(a.serviceCharge), money(a.subtotal)});
    case TaxTreatment::Exempt:
        return line.serviceCharge ? tr(l, "audit.exempt", {units, price, extended, sc, money(a.serviceCharge), money(a.total())})
                                  : tr(l, "audit.exempt_no_sc", {units, price, extended, money(a.total())});
    case TaxTreatment::Excluded:
        break;
    }
    return line.serviceCharge ? tr(l, "audit.excluded", {units, price, extended, sc, money(a.serviceCharge), tax, money(a.tax), money(a.total())})
                              : tr(l, "audit.excluded_no_sc", {units, price, extended, tax, money(a.tax), money(a.total())});
}

} // namespace vb
