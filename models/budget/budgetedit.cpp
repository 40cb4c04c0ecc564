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

std::string trimmed(std::string_view s)
{
    const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && ws(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && ws(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

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
    LocalizedText d{trimmed(f.description.zh), trimmed(f.description.en)};
    if (d.en.empty() && d.zh.empty())
        return {"description", tr(l, "budgetedit.description_required")};
    // Given in one language only, it stands for the other too (the file needs both, as a new project does).
    if (d.zh.empty())
        d.zh = d.en;
    if (d.en.empty())
        d.en = d.zh;
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

SectionChange budgetEditChange(std::function<BudgetEditError(Project &)> f)
{
    return [f = std::move(f)](Project &p) -> std::vector<Diagnostic> {
        const auto e = f(p);
        if (e.ok())
            return {};
        return {{Diagnostic::Severity::Error, e.field.empty() ? std::string("/budget") : "/budget/" + e.field, e.message}};
    };
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
