// SPDX-License-Identifier: GPL-3.0-or-later
// Budget CSV: UTF-8 with BOM (so Excel shows Chinese), RFC 4180, CRLF, formula-injection safe.
#include "budgetexport.h"

#include "budgetreport.h"
#include "jsontext.h"
#include "numbers.h"


namespace vb {

std::string csvCell(std::string_view s)
{
    std::string v(s);
    bool numeric = !v.empty();
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (!((c >= '0' && c <= '9') || c == '.' || (i == 0 && c == '-' && v.size() > 1)))
            numeric = false;
    }
    if (!v.empty() && !numeric && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    if (v.find_first_of(",\"\r\n") != std::string::npos) {
        std::string q = "\"";
        for (char c : v) {
            if (c == '"')
                q += '"';
            q += c;
        }
        return q + "\"";
    }
    return v;
}


std::string budgetCsv(const Project &p, const Budget &b, const BudgetSummary &s, Lang l)
{
    std::string out = "\xEF\xBB\xBF"; // BOM
    // Every row has the header's 17 columns; rows given fewer are padded with empty cells.
    constexpr std::size_t kColumns = 17;
    const auto row = [&](std::initializer_list<std::string> cells) {
        bool first = true;
        for (const auto &c : cells) {
            if (!first)
                out += ',';
            out += c;
            first = false;
        }
        for (std::size_t k = cells.size(); k < kColumns; ++k)
            out += ',';
        out += "\r\n";
    };
    // at_minimum: "true" on a line whose contract minimum (units or amount) set its cost (the JSON's at_minimum).
    row({"format", "section", "category", "id", "description", "vendor", "currency", "unit_cost", "fx_rate", "basis", "quantity", "units", "subtotal",
         "service_charge", "tax", "total", "at_minimum"});
    // The tax basis first: what the result rows compare (docs/budget.md#tax-basis).
    const auto basis = taxBasisText(b, l);
    const auto flag = [&](const char *id, bool v, const std::string &text) {
        row({"", "setting", "", id, csvCell(text), "", "", "", "", "", "", "", "", "", "", v ? "true" : "false"});
    };
    flag("organiser_tax_registered", b.organiserTaxRegistered, basis[0]);
    flag("tax_on_contingency", b.taxOnContingency, basis[1]);
    flag("tax_on_management_fee", b.taxOnManagementFee, "");
    flag("management_fee_on_contingency", b.managementFeeOnContingency, "");
    // Exchange rates with every digit the computation uses, their source and date (category = as of), and the
    // range checked when the rate has a buffer or range.
    for (const auto &r : p.meta.fxRates) {
        const auto fxRow = [&](const char *id, double rate) {
            row({"", "fx_rate", csvCell(r.asOf.value_or("")), id, csvCell(r.source.value_or("")), "", csvCell(r.currency), "", formatShortest(rateUsed(rate)), "", "",
                 "", "", "", "", ""});
        };
        fxRow("rate", r.rate);
        if (r.hasRange()) {
            fxRow("low", r.lowRate());
            fxRow("high", r.highRate());
        }
    }
    for (auto f : kAllFormats) {
        const auto &fs = s.formats[static_cast<int>(f)];
        const auto &lk = fs.likely;
        const std::string fk = formatKey(f);
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
            if (!lk.included[i])
                continue;
            const auto &line = b.lines[i];
            const auto &a = lk.lines[i];
            row({fk, "line", csvCell(categoryName(line.category, l)), csvCell(line.id), csvCell(line.description.get(l)), csvCell(line.vendor),
                 csvCell(line.currency), formatShortest(static_cast<double>(line.unitCostCents) / 100.0), formatShortest(rateUsed(p.rateToBase(line.currency).value_or(0))),
                 csvCell(basisKey(line.basis)), formatShortest(static_cast<double>(line.quantityHundredths) / 100.0),
                 formatShortest(static_cast<double>(a.unitsHundredths) / 100.0), formatInteger(a.subtotal), formatInteger(a.serviceCharge), formatInteger(a.tax), formatInteger(a.total()),
                 a.atMinimum ? "true" : ""});
        }
        const auto &c = lk.costs;
        const auto total = [&](const char *id, Money sub, Money svc, Money tax, Money tot) {
            row({fk, "total", "", id, "", "", p.meta.currency, "", "", "", "", "", formatInteger(sub), formatInteger(svc), formatInteger(tax), formatInteger(tot)});
        };
        total("lines", c.subtotal, c.serviceCharge, c.lineTax, c.subtotal + c.serviceCharge + c.lineTax);
        total("contingency", c.contingency, 0, 0, c.contingency);
        total("management_fee", c.managementFee, 0, 0, c.managementFee);
        total("tax_on_contingency_and_fee", 0, 0, c.tax - c.lineTax, c.tax - c.lineTax);
        total("total", c.subtotal + c.contingency + c.managementFee, c.serviceCharge, c.tax, c.total);
        for (std::size_t i = 0; i < b.revenue.size(); ++i) {
            if (!appliesTo(b.revenue[i].formats, f))
                continue;
            const auto &it = b.revenue[i];
            row({fk, "revenue", csvCell(revenueTypeKey(it.type)), csvCell(it.id), csvCell(it.name.get(l)), "", csvCell(it.currency), formatInteger(it.amount),
                 formatShortest(rateUsed(p.rateToBase(it.currency).value_or(0))), "", "", formatInteger(lk.revenueCounts[i]), "", "", "", formatInteger(lk.revenueAmounts[i])});
        }
        row({fk, "revenue_total", "", "revenue", "", "", p.meta.currency, "", "", "", "", "", "", "", "", formatInteger(lk.revenue.total)});
        row({fk, "revenue_total", "", "output_tax", "", "", p.meta.currency, "", "", "", "", "", "", "", "", formatInteger(lk.revenue.outputTax)});
        row({fk, "result", "", "compared_revenue", "", "", p.meta.currency, "", "", "", "", "", "", "", "", formatInteger(lk.comparedRevenue())});
        row({fk, "result", "", "compared_cost", "", "", p.meta.currency, "", "", "", "", "", "", "", "", formatInteger(lk.comparedCost())});
        row({fk, "result", "", "surplus", "", "", p.meta.currency, "", "", "", "", "", "", "", "", formatInteger(lk.surplus())});
        const std::string roi = fs.roiPercent ? formatFixed(*fs.roiPercent, 2) : std::string();
        row({fk, "result", "", "roi_percent", "", "", "", "", "", "", "", "", "", "", "", roi});
        for (const auto &e : fs.fx.currencies) {
            row({fk, "fx", csvCell(e.currency), "cost_change_at_high_rate", "", "", p.meta.currency, "", formatShortest(e.high), "", "", "", "", "", "",
                 formatInteger(e.costChange)});
            row({fk, "fx", csvCell(e.currency), "revenue_change_at_low_rate", "", "", p.meta.currency, "", formatShortest(e.low), "", "", "", "", "", "",
                 formatInteger(e.revenueChange)});
        }
        if (!fs.fx.currencies.empty())
            row({fk, "fx", "", "surplus_at_adverse_fx", "", "", p.meta.currency, "", "", "", "", "", "", "", "", formatInteger(fs.fx.surplusAtAdverse())});
        // The scenarios side by side, one row per figure (category = scenario).
        static constexpr const char *kScen[] = {"pessimistic", "likely", "optimistic"};
        for (int k = 0; k < 3; ++k) {
            const auto &sc = fs.scenarios[static_cast<std::size_t>(k)];
            const auto fig = [&](const char *id, const std::string &value) {
                row({fk, "scenario", kScen[k], id, "", "", p.meta.currency, "", "", "", "", "", "", "", "", value});
            };
            fig("attendance_percent", formatInteger(sc.percent));
            fig("attendees", formatInteger(sc.drivers.onsite + sc.drivers.online));
            fig("subtotal", formatInteger(sc.costs.subtotal));
            fig("service_charge", formatInteger(sc.costs.serviceCharge));
            fig("contingency", formatInteger(sc.costs.contingency));
            fig("management_fee", formatInteger(sc.costs.managementFee));
            fig("total_before_tax", formatInteger(sc.costs.beforeTax()));
            fig("tax", formatInteger(sc.costs.tax));
            fig("total", formatInteger(sc.costs.total));
            fig("revenue", formatInteger(sc.revenue.total));
            fig("output_tax", formatInteger(sc.revenue.outputTax));
            fig("surplus", formatInteger(sc.surplus()));
            const auto roi = roiPercent(sc.comparedRevenue(), sc.comparedCost());
            fig("roi_percent", roi ? formatFixed(*roi, 2) : std::string());
        }
        const auto &be = fs.breakEven;
        const auto opt = [](const std::optional<std::int64_t> &v) { return v ? formatInteger(*v) : std::string(); };
        const auto notes = breakEvenNotes(fs, f, l);
        std::string noteText;
        for (const auto &n : notes)
            noteText += (noteText.empty() ? "" : " ") + n;
        row({fk, "result", "", "break_even_attendees", csvCell(noteText), "", "", "", "", "", "", "", "", "", "", opt(be.attendeesNeeded)});
        row({fk, "result", "", "margin_of_safety", "", "", "", "", "", "", "", "", "", "", "", opt(be.marginOfSafety())});
        row({fk, "result", "", "paying_attendees", "", "", "", "", "", "", "", "", "", "", "", formatInteger(be.payers)});
        row({fk, "result", "", "break_even_fee_before_fixed_income", "", "", p.meta.currency, "", "", "", "", "", "", "", "", opt(be.feeBeforeFixedIncome)});
        row({fk, "result", "", "break_even_fee_after_fixed_income", "", "", p.meta.currency, "", "", "", "", "", "", "", "", opt(be.feeAfterFixedIncome)});
    }
    return out;
}

} // namespace vb
