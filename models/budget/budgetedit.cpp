// SPDX-License-Identifier: GPL-3.0-or-later
// Budget line and percentage edits with the reader's checks, and the line audit (budgetedit.h).
#include "budgetedit.h"

#include "budgetio.h"
#include "jsonreader.h"
#include "messages.h"
#include "numbers.h"
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
    Budget b = budgetOf(p);
    BudgetLine line;
    if (auto e = checkFields(p, f, l, line); !e.ok())
        return e;
    line.id = idFromName({line.description.en, line.description.zh}, "line", [&](const std::string &id) {
        return std::any_of(b.lines.begin(), b.lines.end(), [&](const BudgetLine &x) { return x.id == id; });
    });
    b.lines.push_back(std::move(line));
    return store(p, b, l);
}

BudgetEditError setBudgetLine(Project &p, std::size_t index, const BudgetLineFields &f, Lang l)
{
    Budget b = budgetOf(p);
    if (index >= b.lines.size())
        return {"", tr(l, "budgetedit.no_line")};
    BudgetLine line = b.lines[index];
    if (auto e = checkFields(p, f, l, line); !e.ok())
        return e;
    b.lines[index] = std::move(line);
    return store(p, b, l);
}

BudgetEditError removeBudgetLine(Project &p, std::size_t index, Lang l)
{
    Budget b = budgetOf(p);
    if (index >= b.lines.size())
        return {"", tr(l, "budgetedit.no_line")};
    b.lines.erase(b.lines.begin() + static_cast<std::ptrdiff_t>(index));
    return store(p, b, l);
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
    Budget b = budgetOf(p);
    RevenueItem item;
    if (auto e = checkRevenueFields(p, f, l, item); !e.ok())
        return e;
    item.id = idFromName({item.name.en, item.name.zh}, "revenue", [&](const std::string &id) {
        return std::any_of(b.revenue.begin(), b.revenue.end(), [&](const RevenueItem &x) { return x.id == id; });
    });
    b.revenue.push_back(std::move(item));
    return storeRevenue(p, b, l);
}

BudgetEditError setRevenueItem(Project &p, std::size_t index, const RevenueItemFields &f, Lang l)
{
    Budget b = budgetOf(p);
    if (index >= b.revenue.size())
        return {"", tr(l, "revenueedit.no_item")};
    RevenueItem item = b.revenue[index];
    if (auto e = checkRevenueFields(p, f, l, item); !e.ok())
        return e;
    b.revenue[index] = std::move(item);
    return storeRevenue(p, b, l);
}

BudgetEditError removeRevenueItem(Project &p, std::size_t index, Lang l)
{
    Budget b = budgetOf(p);
    if (index >= b.revenue.size())
        return {"", tr(l, "revenueedit.no_item")};
    b.revenue.erase(b.revenue.begin() + static_cast<std::ptrdiff_t>(index));
    return storeRevenue(p, b, l);
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
