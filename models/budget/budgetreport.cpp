// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetreport.h"

#include "jsontext.h"
#include "messages.h"
#include "numbers.h"

#include <boost/json.hpp>

#include <cmath>

namespace json = boost::json;

namespace vb {

namespace {

json::value rounded2(double x)
{
    return jsonNumber(std::round(x * 100.0) / 100.0);
}

json::object costsJson(const CostTotals &c)
{
    return json::object{{"subtotal", c.subtotal},           {"service_charge", c.serviceCharge}, {"contingency", c.contingency},
                        {"management_fee", c.managementFee}, {"tax", c.tax},                    {"total", c.total}};
}

json::object revenueTotalsJson(const RevenueTotals &r)
{
    json::object o;
    for (int t = 0; t < kRevenueTypeCount; ++t)
        o[revenueTypeKey(static_cast<RevenueType>(t))] = r.byType[static_cast<std::size_t>(t)];
    o["total"] = r.total;
    o["output_tax"] = r.outputTax;
    o["before_tax"] = r.beforeTax();
    return o;
}

} // namespace

std::vector<std::string> breakEvenNotes(const FormatSummary &fs, EventFormat f, Lang l)
{
    std::vector<std::string> out;
    const auto &be = fs.breakEven;
    static constexpr MsgId kNames[] = {"common.on_site", "common.hybrid", "common.online"};
    const std::string name = tr(l, kNames[static_cast<int>(f)]);
    if (be.noBreakEvenReason == "price_not_above_variable")
        out.push_back(tr(l, "budget_table.no_break_even.price_not_above_variable",
                         {name, formatGrouped(roundDecimals(be.pricePerAttendee, 2)), formatGrouped(roundDecimals(be.variablePerAttendee, 2))}));
    else if (be.noBreakEvenReason == "no_attendees")
        out.push_back(tr(l, "budget_table.no_break_even.no_attendees", {name}));
    if (be.noFeeReason == "no_payers")
        out.push_back(tr(l, "budget_table.no_fee.no_payers", {name}));
    if (be.onsite > 0 && be.online > 0)
        out.push_back(tr(l, "budget_table.break_even_mix", {name, formatCount(be.onsite), formatCount(be.online), formatCount(be.payers)}));
    return out;
}

std::vector<std::string> fxRateLines(const Project &p, Lang l)
{
    std::vector<std::string> out;
    const std::string unknown = tr(l, "common.unknown");
    for (const auto &r : p.meta.fxRates) {
        const std::string rate = formatShortest(rateUsed(r.rate));
        const std::string source = r.source.value_or(unknown), asOf = r.asOf.value_or(unknown);
        out.push_back(r.hasRange() ? tr(l, "budget_table.fx_range_line",
                                        {r.currency, rate, source, asOf, formatShortest(rateUsed(r.lowRate())), formatShortest(rateUsed(r.highRate()))})
                                   : tr(l, "budget_table.fx_rate_line", {r.currency, rate, source, asOf}));
    }
    return out;
}

std::vector<std::string> taxBasisText(const Budget &b, Lang l)
{
    const auto yes = [&](bool v) { return std::string(v ? tr(l, "budget_table.yes") : tr(l, "budget_table.no")); };
    return {b.organiserTaxRegistered ? tr(l, "budget_table.tax_registered", {formatGroupedHundredths(b.taxBp)})
                                     : std::string(tr(l, "budget_table.tax_not_registered")),
            tr(l, "budget_table.tax_overheads", {yes(b.taxOnContingency), yes(b.taxOnManagementFee), yes(b.managementFeeOnContingency)})};
}

json::value budgetReportJson(const Project &p, const Budget &b, const BudgetSummary &s, Lang l)
{
    json::object root;
    root["currency"] = p.meta.currency;
    root["rounding"] = "whole TWD per line, halves away from zero; see docs/budget.md";
    root["contingency_percent"] = b.contingencyBp / 100.0;
    root["management_fee_percent"] = b.managementFeeBp / 100.0;
    root["service_charge_percent"] = b.serviceChargeBp / 100.0;
    root["tax_percent"] = b.taxBp / 100.0;
    json::array basisText;
    for (const auto &t : taxBasisText(b, l))
        basisText.emplace_back(t);
    root["tax_basis"] = json::object{{"organiser_tax_registered", b.organiserTaxRegistered},
                                     {"compared", b.organiserTaxRegistered ? "before_tax" : "cost_incl_tax_vs_revenue_received"},
                                     {"tax_on_contingency", b.taxOnContingency},
                                     {"tax_on_management_fee", b.taxOnManagementFee},
                                     {"management_fee_on_contingency", b.managementFeeOnContingency},
                                     {"text", std::move(basisText)}};
    json::array fx;
    for (const auto &r : p.meta.fxRates)
        fx.push_back(json::object{{"currency", r.currency},
                                  {"rate", r.rate},
                                  {"rate_used", jsonNumber(rateUsed(r.rate))},
                                  {"source", r.source ? json::value(*r.source) : json::value(nullptr)},
                                  {"as_of", r.asOf ? json::value(*r.asOf) : json::value(nullptr)},
                                  {"buffer_percent", r.bufferPercent ? jsonNumber(*r.bufferPercent) : json::value(nullptr)},
                                  {"low", r.hasRange() ? jsonNumber(rateUsed(r.lowRate())) : json::value(nullptr)},
                                  {"high", r.hasRange() ? jsonNumber(rateUsed(r.highRate())) : json::value(nullptr)}});
    root["fx_rates"] = std::move(fx);
    json::object formats;
    static constexpr const char *kScen[] = {"pessimistic", "likely", "optimistic"};
    for (auto f : kAllFormats) {
        const auto &fs = s.formats[static_cast<int>(f)];
        const auto &lk = fs.likely;
        json::object fo;
        fo["attendance"] = json::object{{"onsite", lk.drivers.onsite}, {"online", lk.drivers.online}};
        fo["costs"] = costsJson(lk.costs);
        fo["total_before_tax"] = lk.costs.beforeTax();
        json::array cats;
        for (int c = 0; c < kCategoryCount; ++c) {
            const auto &a = lk.categories[static_cast<std::size_t>(c)];
            if (a.extended == 0 && a.total() == 0)
                continue;
            cats.push_back(json::object{{"category", categoryKey(static_cast<CostCategory>(c))},
                                        {"name", categoryName(static_cast<CostCategory>(c), l)},
                                        {"subtotal", a.subtotal}, {"service_charge", a.serviceCharge}, {"tax", a.tax},
                                        {"before_tax", a.beforeTax()}, {"total", a.total()}});
        }
        fo["categories"] = std::move(cats);
        json::array lines;
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
            if (!lk.included[i])
                continue;
            const auto &a = lk.lines[i];
            lines.push_back(json::object{{"id", b.lines[i].id}, {"units", jsonNumber(static_cast<double>(a.unitsHundredths) / 100.0)},
                                         {"extended", a.extended}, {"subtotal", a.subtotal}, {"service_charge", a.serviceCharge},
                                         {"tax", a.tax}, {"total", a.total()}, {"at_minimum", a.atMinimum}});
        }
        fo["lines"] = std::move(lines);
        fo["revenue"] = revenueTotalsJson(lk.revenue);
        json::array items;
        for (std::size_t i = 0; i < b.revenue.size(); ++i)
            if (appliesTo(b.revenue[i].formats, f))
                items.push_back(json::object{{"id", b.revenue[i].id}, {"type", revenueTypeKey(b.revenue[i].type)},
                                             {"count", lk.revenueCounts[i]}, {"amount", lk.revenueAmounts[i]}});
        fo["revenue_items"] = std::move(items);
        fo["compared_cost"] = lk.comparedCost();
        fo["compared_revenue"] = lk.comparedRevenue();
        fo["surplus"] = lk.surplus();
        const auto &be = fs.breakEven;
        json::array notes;
        for (const auto &n : breakEvenNotes(fs, f, l))
            notes.emplace_back(n);
        fo["break_even_attendees"] = be.attendeesNeeded ? json::value(*be.attendeesNeeded) : json::value(nullptr);
        fo["break_even"] = json::object{{"fixed_costs", be.fixedCosts},
                                        {"fixed_revenue", be.fixedRevenue},
                                        {"price_per_attendee", rounded2(be.pricePerAttendee)},
                                        {"variable_cost_per_attendee", rounded2(be.variablePerAttendee)},
                                        {"planned_attendees", be.attendees},
                                        {"mix", json::object{{"onsite", be.onsite}, {"online", be.online}}},
                                        {"paying_attendees", be.payers},
                                        {"fee_before_fixed_income", be.feeBeforeFixedIncome ? json::value(*be.feeBeforeFixedIncome) : json::value(nullptr)},
                                        {"fee_after_fixed_income", be.feeAfterFixedIncome ? json::value(*be.feeAfterFixedIncome) : json::value(nullptr)},
                                        {"margin_of_safety", be.marginOfSafety() ? json::value(*be.marginOfSafety()) : json::value(nullptr)},
                                        {"margin_of_safety_percent", be.marginOfSafety() && be.attendees > 0
                                                                         ? rounded2(static_cast<double>(*be.marginOfSafety()) / static_cast<double>(be.attendees) * 100.0)
                                                                         : json::value(nullptr)},
                                        {"no_break_even_reason", be.noBreakEvenReason.empty() ? json::value(nullptr) : json::value(be.noBreakEvenReason)},
                                        {"no_fee_reason", be.noFeeReason.empty() ? json::value(nullptr) : json::value(be.noFeeReason)},
                                        {"notes", notes}};
        fo["roi_percent"] = fs.roiPercent ? rounded2(*fs.roiPercent) : json::value(nullptr);
        json::object scen;
        for (int i = 0; i < 3; ++i) {
            const auto &sc = fs.scenarios[static_cast<std::size_t>(i)];
            const auto roi = roiPercent(sc.comparedRevenue(), sc.comparedCost());
            scen[kScen[i]] = json::object{{"attendance_percent", sc.percent},
                                          {"attendance", json::object{{"onsite", sc.drivers.onsite}, {"online", sc.drivers.online}}},
                                          {"costs", costsJson(sc.costs)},
                                          {"total_before_tax", sc.costs.beforeTax()},
                                          {"cost_total", sc.costs.total},
                                          {"revenue", revenueTotalsJson(sc.revenue)},
                                          {"revenue_total", sc.revenue.total},
                                          {"compared_cost", sc.comparedCost()},
                                          {"compared_revenue", sc.comparedRevenue()},
                                          {"surplus", sc.surplus()},
                                          {"roi_percent", roi ? rounded2(*roi) : json::value(nullptr)}};
        }
        fo["scenarios"] = std::move(scen);
        if (!fs.fx.currencies.empty()) {
            json::array cur;
            for (const auto &e : fs.fx.currencies)
                cur.push_back(json::object{{"currency", e.currency}, {"rate", jsonNumber(e.rate)}, {"low", jsonNumber(e.low)}, {"high", jsonNumber(e.high)},
                                           {"cost_change", e.costChange}, {"revenue_change", e.revenueChange}});
            fo["fx_sensitivity"] = json::object{{"cost_at_adverse", fs.fx.costAtAdverse},
                                                {"total_incl_tax_at_adverse", fs.fx.totalAtAdverse},
                                                {"revenue_at_adverse", fs.fx.revenueAtAdverse},
                                                {"surplus_at_adverse", fs.fx.surplusAtAdverse()},
                                                {"surplus_change", fs.fx.surplusAtAdverse() - lk.surplus()},
                                                {"currencies", std::move(cur)}};
        } else {
            fo["fx_sensitivity"] = nullptr;
        }
        const auto &ex = fs.exposure;
        json::array months;
        for (const auto &m : ex.months)
            months.push_back(json::object{{"month", m.month}, {"out", m.out}, {"in", m.in}, {"cumulative", m.cumulative}});
        fo["exposure"] = json::object{{"committed_before_revenue", ex.committedBeforeRevenue},
                                      {"peak", ex.peak},
                                      {"peak_month", ex.peakMonth},
                                      {"ceiling", ex.ceiling ? json::value(*ex.ceiling) : json::value(nullptr)},
                                      {"within_ceiling", ex.withinCeiling()},
                                      {"months", std::move(months)}};
        json::array levers;
        for (const auto &lv : revenueLevers(p, b, f, l))
            levers.push_back(json::object{{"key", lv.key}, {"text", lv.text}, {"effect", lv.effect}});
        fo["levers"] = std::move(levers);
        formats[formatKey(f)] = std::move(fo);
    }
    root["formats"] = std::move(formats);
    return root;
}

std::vector<std::vector<std::string>> budgetTableRows(const Project &, const Budget &b, const BudgetSummary &s, Lang l)
{
    std::vector<std::vector<std::string>> rows{{tr(l, "common.category"), tr(l, "common.on_site"), tr(l, "common.hybrid"), tr(l, "common.online")}};
    for (int c = 0; c < kCategoryCount; ++c) {
        std::vector<std::string> row{categoryName(static_cast<CostCategory>(c), l)};
        bool any = false;
        for (auto f : kAllFormats) {
            const auto &a = s.formats[static_cast<int>(f)].likely.categories[static_cast<std::size_t>(c)];
            any = any || a.total() != 0;
            row.push_back(groupThousands(a.beforeTax()));
        }
        if (any)
            rows.push_back(std::move(row));
    }
    const auto add = [&](MsgId label, auto get) {
        std::vector<std::string> row{tr(l, label)};
        for (auto f : kAllFormats)
            row.push_back(get(s.formats[static_cast<int>(f)]));
        rows.push_back(std::move(row));
    };
    add("common.subtotal_excl_tax", [](const FormatSummary &f) { return groupThousands(f.likely.costs.subtotal); });
    add("common.service_charge", [](const FormatSummary &f) { return groupThousands(f.likely.costs.serviceCharge); });
    add("common.contingency", [](const FormatSummary &f) { return groupThousands(f.likely.costs.contingency); });
    add("common.management_fee", [](const FormatSummary &f) { return groupThousands(f.likely.costs.managementFee); });
    add("common.total_excl_tax", [](const FormatSummary &f) { return groupThousands(f.likely.costs.beforeTax()); });
    add("common.business_tax", [](const FormatSummary &f) { return groupThousands(f.likely.costs.tax); });
    add("common.total_incl_tax", [](const FormatSummary &f) { return groupThousands(f.likely.costs.total); });
    add("common.revenue", [](const FormatSummary &f) { return groupThousands(f.likely.revenue.total); });
    if (b.organiserTaxRegistered) {
        add("budget_table.output_tax", [](const FormatSummary &f) { return groupThousands(f.likely.revenue.outputTax); });
        add("budget_table.compared_revenue", [](const FormatSummary &f) { return groupThousands(f.likely.comparedRevenue()); });
        add("budget_table.compared_cost", [](const FormatSummary &f) { return groupThousands(f.likely.comparedCost()); });
    }
    add("budget_table.surplus", [](const FormatSummary &f) { return groupThousands(f.likely.surplus()); });
    // The lines a contract minimum (units or amount) holds up at the likely attendance (the JSON's at_minimum).
    bool anyAtMinimum = false;
    for (const auto &fs : s.formats)
        for (const auto &a : fs.likely.lines)
            anyAtMinimum = anyAtMinimum || a.atMinimum;
    if (anyAtMinimum)
        add("budget_table.at_minimum", [&b](const FormatSummary &f) {
            std::string ids;
            for (std::size_t i = 0; i < b.lines.size(); ++i)
                if (f.likely.included[i] && f.likely.lines[i].atMinimum)
                    ids += (ids.empty() ? "" : ", ") + b.lines[i].id;
            return ids.empty() ? std::string("-") : ids;
        });
    if (!s.formats[0].fx.currencies.empty() || !s.formats[1].fx.currencies.empty() || !s.formats[2].fx.currencies.empty()) {
        add("budget_table.total_at_adverse_fx", [](const FormatSummary &f) { return groupThousands(f.fx.currencies.empty() ? f.likely.costs.total : f.fx.totalAtAdverse); });
        add("budget_table.surplus_at_adverse_fx",
            [](const FormatSummary &f) { return groupThousands(f.fx.currencies.empty() ? f.likely.surplus() : f.fx.surplusAtAdverse()); });
    }
    add("budget_table.break_even_attendees", [](const FormatSummary &f) {
        return f.breakEven.attendeesNeeded ? groupThousands(*f.breakEven.attendeesNeeded) : std::string("-");
    });
    add("budget_table.break_even_fee_before", [](const FormatSummary &f) {
        return f.breakEven.feeBeforeFixedIncome ? groupThousands(*f.breakEven.feeBeforeFixedIncome) : std::string("-");
    });
    add("budget_table.break_even_fee_after", [](const FormatSummary &f) {
        return f.breakEven.feeAfterFixedIncome ? groupThousands(*f.breakEven.feeAfterFixedIncome) : std::string("-");
    });
    add("budget_table.margin_of_safety", [](const FormatSummary &f) {
        const auto m = f.breakEven.marginOfSafety();
        if (!m)
            return std::string("-");
        return groupThousands(*m) + (f.breakEven.attendees > 0 ? " (" + formatPercent(static_cast<double>(*m) / static_cast<double>(f.breakEven.attendees), 1) + ")" : "");
    });
    add("budget_table.roi", [](const FormatSummary &f) {
        if (!f.roiPercent)
            return std::string("-");
        return formatFixed(*f.roiPercent, 2);
    });
    return rows;
}

} // namespace vb
