// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX through libxlsxwriter with live formulas: a client edits a quantity or the attendance in Excel and
// every total follows. Cached values are our own integer results, so a reader that does not recalculate
// shows the same numbers as venuebid-cli budget --format json.
#include "budgetexport.h"
#include "budgetreport.h"
#include "messages.h"
#include "numbers.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>

namespace vb {

namespace {

std::string cell(int row, int col) // 0-based → "B7"
{
    std::string c;
    int n = col + 1;
    while (n > 0) {
        c.insert(c.begin(), static_cast<char>('A' + (n - 1) % 26));
        n = (n - 1) / 26;
    }
    return c + std::to_string(row + 1);
}

std::string abs(int row, int col)
{
    const std::string c = cell(row, col);
    const auto digit = c.find_first_of("0123456789");
    return "$" + c.substr(0, digit) + "$" + c.substr(digit);
}

struct Formats {
    lxw_format *bold = nullptr;
    lxw_format *money = nullptr;
    lxw_format *moneyBold = nullptr;
    lxw_format *pct = nullptr;
    lxw_format *header = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "#,##0");
    f.moneyBold = workbook_add_format(wb);
    format_set_num_format(f.moneyBold, "#,##0");
    format_set_bold(f.moneyBold);
    f.pct = workbook_add_format(wb);
    format_set_num_format(f.pct, "0.00%");
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE4EE);
    format_set_text_wrap(f.header);
    return f;
}

const char *sheetName(EventFormat f, Lang l)
{
    static constexpr MsgId kNames[] = {"common.on_site", "common.hybrid", "common.online"};
    return tr(l, kNames[static_cast<int>(f)]);
}

double bpFraction(int bp)
{
    return static_cast<double>(bp) / 10000.0;
}

void formulaNum(lxw_worksheet *ws, int row, int col, const std::string &formula, double value, lxw_format *fmt)
{
    worksheet_write_formula_num(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), formula.c_str(), fmt, value);
}

/** A formula whose result is "-" when VenueBid has no value (no break-even, nobody pays a fee): the cached result
 *  is then that text, so a reader that does not recalculate shows what one that does would. */
void formulaOpt(lxw_worksheet *ws, int row, int col, const std::string &formula, std::optional<double> value, lxw_format *fmt)
{
    if (value)
        worksheet_write_formula_num(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), formula.c_str(), fmt, *value);
    else
        worksheet_write_formula_str(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), formula.c_str(), fmt, "-");
}

void text(lxw_worksheet *ws, int row, int col, const std::string &s, lxw_format *fmt = nullptr)
{
    worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), s.c_str(), fmt);
}

void number(lxw_worksheet *ws, int row, int col, double v, lxw_format *fmt = nullptr)
{
    worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v, fmt);
}

/** The cells a driver formula reads: attendance on site and online, days, room-nights, exhibition m². */
struct DriverCells {
    std::string onsite, online, days, roomNights, m2;
};

std::string driverExpr(QuantityBasis b, const DriverCells &c)
{
    switch (b) {
    case QuantityBasis::Fixed: return "1";
    case QuantityBasis::PerAttendee: return "(" + c.onsite + "+" + c.online + ")";
    case QuantityBasis::PerOnsiteAttendee: return c.onsite;
    case QuantityBasis::PerOnlineAttendee: return c.online;
    case QuantityBasis::PerDay: return c.days;
    case QuantityBasis::PerAttendeeDay: return "(" + c.onsite + "*" + c.days + ")";
    case QuantityBasis::PerRoomNight: return c.roomNights;
    case QuantityBasis::PerM2: return c.m2;
    }
    return "0";
}

std::string driverFormula(QuantityBasis b)
{
    // Settings rows (0-based): 6 on-site, 7 online, 8 days, 9 room-nights, 10 exhibition m².
    switch (b) {
    case QuantityBasis::Fixed: return "=1";
    case QuantityBasis::PerAttendee: return "=" + abs(6, 1) + "+" + abs(7, 1);
    case QuantityBasis::PerAttendeeDay: return "=" + abs(6, 1) + "*" + abs(8, 1);
    default: return "=" + driverExpr(b, {abs(6, 1), abs(7, 1), abs(8, 1), abs(9, 1), abs(10, 1)});
    }
}

void budgetSheet(lxw_workbook *wb, const Formats &fm, const Project &p, const Budget &b, const FormatSummary &fs, EventFormat f, Lang l)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName(f, l));
    const auto &lk = fs.likely;
    const auto &d = lk.drivers;
    text(ws, 0, 0, tr(l, "xlsx.sheet_title", {p.meta.title.get(l), sheetName(f, l)}), fm.bold);
    text(ws, 1, 0, tr(l, "xlsx.amounts_in", {currencyLabel(p.meta.currency, l)}));
    // Settings: the cells the formulas refer to.
    const std::int64_t rnBase = p.requirements.roomNights.value_or(0);
    const std::int64_t rnRef = p.requirements.attendance(EventFormat::Onsite).onsite;
    struct Setting {
        MsgId label;
        double value;
        lxw_format *fmt;
    } settings[] = {
        {"xlsx.service_charge", bpFraction(b.serviceChargeBp), fm.pct},
        {"xlsx.business_tax", bpFraction(b.taxBp), fm.pct},
        {"xlsx.contingency", bpFraction(b.contingencyBp), fm.pct},
        {"xlsx.management_fee", bpFraction(b.managementFeeBp), fm.pct},
        {"xlsx.on_site_attendees", static_cast<double>(d.onsite), nullptr},
        {"xlsx.online_attendees", static_cast<double>(d.online), nullptr},
        {"xlsx.days", static_cast<double>(d.days), nullptr},
        {"xlsx.room_nights", static_cast<double>(d.roomNights), nullptr},
        {"xlsx.exhibition_m", static_cast<double>(d.exhibitionM2), nullptr},
    };
    for (int i = 0; i < 9; ++i) {
        text(ws, 2 + i, 0, tr(l, settings[i].label));
        if (i == 7 && rnRef > 0) // room-nights follow the on-site attendance
            formulaNum(ws, 2 + i, 1, "=ROUND(" + std::to_string(rnBase) + "*" + abs(6, 1) + "/" + std::to_string(rnRef) + ",0)", settings[i].value, nullptr);
        else
            number(ws, 2 + i, 1, settings[i].value, settings[i].fmt);
    }
    // The tax basis (1 = yes): the formulas of the contingency, fee, tax and result below read these cells.
    const struct {
        MsgId label;
        bool on;
    } flags[] = {{"xlsx.organiser_tax_registered", b.organiserTaxRegistered},
                 {"xlsx.tax_on_contingency", b.taxOnContingency},
                 {"xlsx.tax_on_management_fee", b.taxOnManagementFee},
                 {"xlsx.management_fee_on_contingency", b.managementFeeOnContingency}};
    for (int i = 0; i < 4; ++i) {
        text(ws, 2 + i, 14, tr(l, flags[i].label));
        number(ws, 2 + i, 17, flags[i].on ? 1 : 0);
    }
    const std::string registered = abs(2, 17), taxCont = abs(3, 17), taxFee = abs(4, 17), feeOnCont = abs(5, 17);
    // Exchange rates: every digit the computation uses, the range checked, the source and its date.
    text(ws, 2, 3, tr(l, "xlsx.fx_rates"), fm.bold);
    text(ws, 2, 4, tr(l, "xlsx.fx_rate"), fm.header);
    text(ws, 2, 5, tr(l, "xlsx.fx_low"), fm.header);
    text(ws, 2, 6, tr(l, "xlsx.fx_high"), fm.header);
    text(ws, 2, 7, tr(l, "common.as_of"), fm.header);
    text(ws, 2, 8, tr(l, "xlsx.fx_source"), fm.header);
    // The lines and the revenue read their rate from this table (live), and the adverse-rate columns its low and high.
    std::map<std::string, int> fxRowOf;
    int fxRow = 3;
    for (const auto &r : p.meta.fxRates) {
        text(ws, fxRow, 3, r.currency);
        number(ws, fxRow, 4, rateUsed(r.rate));
        if (r.hasRange()) {
            if (r.bufferPercent && !r.low && !r.high) { // ± buffer around the rate: follows an edited rate
                const std::string buf = formatShortest(*r.bufferPercent);
                formulaNum(ws, fxRow, 5, "=ROUND(" + abs(fxRow, 4) + "*(1-" + buf + "/100),6)", rateUsed(r.lowRate()), nullptr);
                formulaNum(ws, fxRow, 6, "=ROUND(" + abs(fxRow, 4) + "*(1+" + buf + "/100),6)", rateUsed(r.highRate()), nullptr);
            } else {
                number(ws, fxRow, 5, rateUsed(r.lowRate()));
                number(ws, fxRow, 6, rateUsed(r.highRate()));
            }
        }
        text(ws, fxRow, 7, r.asOf.value_or(""));
        text(ws, fxRow, 8, r.source.value_or(""));
        fxRowOf[r.currency] = fxRow;
        ++fxRow;
    }
    // The rate of a currency as a cell: the table's rate, low (col 5) or high (col 6) end; "" when not in the table.
    const auto rateCell = [&](const std::string &currency, int col) -> std::string {
        const auto it = fxRowOf.find(currency);
        if (it == fxRowOf.end())
            return {};
        if (col != 4) {
            const auto &r = p.meta.fxRates[static_cast<std::size_t>(it->second - 3)];
            if (!r.hasRange())
                col = 4;
        }
        return abs(it->second, col);
    };
    const auto rateNumberOrFormula = [&](int row, int col, const std::string &currency) {
        const std::string ref = rateCell(currency, 4);
        const double v = rateUsed(p.rateToBase(currency).value_or(0));
        if (ref.empty())
            number(ws, row, col, v);
        else
            formulaNum(ws, row, col, "=" + ref, v, nullptr);
    };

    // Scenarios (pessimistic, likely, optimistic) and zero attendance: attendance in % of the plan, and the drivers
    // that follow from it; the case columns beside the lines and the revenue, and the case table below, read these.
    static constexpr MsgId kScenNames[] = {"xlsx.pessimistic", "xlsx.likely", "xlsx.optimistic", "xlsx.zero_attendance"};
    const auto plan = p.requirements.attendance(f);
    constexpr int kScenCol = 19; // T: labels; U, V, W: the scenarios; X: zero attendance
    text(ws, 2, kScenCol, tr(l, "xlsx.scenarios"), fm.bold);
    text(ws, 3, kScenCol, tr(l, "xlsx.attendance_percent_of_plan"));
    text(ws, 4, kScenCol, tr(l, "xlsx.on_site_attendees"));
    text(ws, 5, kScenCol, tr(l, "xlsx.online_attendees"));
    text(ws, 6, kScenCol, tr(l, "xlsx.room_nights"));
    // The cases computed beside the lines and the revenue: the three scenarios, zero attendance (the break-even's
    // fixed costs and income), then, when a rate has a buffer or range, every such rate at its adverse end (costs at
    // the high rate, revenue at the low rate) and each such currency alone (its cost and revenue change).
    // The cached values are VenueBid's own results for the same case.
    enum class Rates { Plan, AdverseAll, AdverseOne };
    struct Case {
        std::string name;
        DriverCells cells;
        FormatBudget cost; ///< the case's costs (lines) as VenueBid computes them
        FormatBudget rev;  ///< the case's revenue
        Rates rates = Rates::Plan;
        std::string currency; ///< AdverseOne: the currency moved
    };
    std::vector<Case> cases;
    const FormatBudget zero = computeFormat(p, b, f, 0);
    for (int k = 0; k < 4; ++k) {
        const int col = kScenCol + 1 + k;
        const FormatBudget &sk = k < 3 ? fs.scenarios[static_cast<std::size_t>(k)] : zero;
        const auto &sd = sk.drivers;
        text(ws, 2, col, tr(l, kScenNames[k]), fm.header);
        number(ws, 3, col, sk.percent);
        formulaNum(ws, 4, col, "=ROUND(" + std::to_string(plan.onsite) + "*" + abs(3, col) + "/100,0)", static_cast<double>(sd.onsite), nullptr);
        formulaNum(ws, 5, col, "=ROUND(" + std::to_string(plan.online) + "*" + abs(3, col) + "/100,0)", static_cast<double>(sd.online), nullptr);
        formulaNum(ws, 6, col,
                   rnRef > 0 ? "=ROUND(" + std::to_string(rnBase) + "*" + abs(4, col) + "/" + std::to_string(rnRef) + ",0)" : std::string("=0"),
                   static_cast<double>(sd.roomNights), nullptr);
        cases.push_back({tr(l, kScenNames[k]), {abs(4, col), abs(5, col), abs(8, 1), abs(6, col), abs(10, 1)}, sk, sk, Rates::Plan, {}});
    }
    if (!fs.fx.currencies.empty()) {
        const auto moved = [&](const std::string &only, bool highEnd) { // as budgetcalc's fxSensitivity computes it
            Project q = p;
            for (auto &r : q.meta.fxRates)
                if (r.hasRange() && (only.empty() || r.currency == only))
                    r.rate = highEnd ? r.highRate() : r.lowRate();
            return computeFormatWith(q, b, f, lk.drivers, lk.percent);
        };
        const DriverCells likelyCells = cases[1].cells;
        cases.push_back({tr(l, "xlsx.adverse_fx_all"), likelyCells, moved({}, true), moved({}, false), Rates::AdverseAll, {}});
        for (const auto &e : fs.fx.currencies)
            cases.push_back({tr(l, "xlsx.adverse_fx_one", {e.currency}), likelyCells, moved(e.currency, true), moved(e.currency, false), Rates::AdverseOne,
                             e.currency});
    }
    const int nCases = static_cast<int>(cases.size());
    constexpr int kZeroCase = 3, kAdverseCase = 4;
    // The rate a case applies to an amount in currency cur (ownRate: the row's own rate cell); costs take the high
    // end, revenue the low end.
    const auto caseRate = [&](const Case &c, const std::string &cur, const std::string &ownRate, bool cost) {
        if (c.rates == Rates::Plan || (c.rates == Rates::AdverseOne && cur != c.currency))
            return ownRate;
        const std::string ref = rateCell(cur, cost ? 6 : 5);
        return ref.empty() ? ownRate : ref;
    };
    // Each case's columns beside the lines (amount, subtotal, service, tax) and the revenue (quota, count, amount,
    // output tax): 4 columns from column V + 4k (columns S and T hold a line's minimum units and amount).
    constexpr int kBlockCol = 21;
    const auto scenBlock = [&](int k) { return kBlockCol + 4 * k; };

    const int hdr = 12;
    const MsgId head[] = {"xlsx.id", "common.category", "xlsx.item", "xlsx.vendor", "xlsx.currency", "xlsx.unit_cost", "xlsx.fx_rate", "xlsx.basis",
                          "xlsx.driver", "xlsx.quantity", "xlsx.units", "xlsx.amount", "xlsx.service_1_0", "xlsx.tax", "common.subtotal_excl_tax",
                          "common.service_charge", "common.business_tax", "xlsx.line_total_incl_tax", "xlsx.minimum_units", "xlsx.minimum_amount"};
    for (int c = 0; c < 20; ++c)
        text(ws, hdr, c, tr(l, head[c]), fm.header);
    static constexpr MsgId kLineScenHead[] = {"xlsx.amount", "common.subtotal_excl_tax", "common.service_charge", "common.business_tax"};
    for (int k = 0; k < nCases; ++k)
        for (int c = 0; c < 4; ++c)
            text(ws, hdr, scenBlock(k) + c, cases[static_cast<std::size_t>(k)].name + " · " + tr(l, kLineScenHead[c]), fm.header);
    int row = hdr + 1;
    const int first = row;
    const std::string sc = abs(2, 1), tax = abs(3, 1), cont = abs(4, 1), fee = abs(5, 1);
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        if (!lk.included[i])
            continue;
        const auto &line = b.lines[i];
        const auto &a = lk.lines[i];
        const auto R = [&](int col) { return cell(row, col); };
        text(ws, row, 0, line.id);
        text(ws, row, 1, categoryName(line.category, l));
        text(ws, row, 2, line.description.get(l));
        text(ws, row, 3, line.vendor);
        text(ws, row, 4, line.currency);
        number(ws, row, 5, static_cast<double>(line.unitCostCents) / 100.0);
        rateNumberOrFormula(row, 6, line.currency);
        text(ws, row, 7, basisName(line.basis, l));
        formulaNum(ws, row, 8, driverFormula(line.basis), static_cast<double>(driverCount(line.basis, d)), nullptr);
        number(ws, row, 9, static_cast<double>(line.quantityHundredths) / 100.0);
        // A contract minimum (guarantee, attrition) holds whatever the attendance: MAX with the minimum units (column
        // S), then with the minimum amount (column T, in the line's currency) at the rate applied.
        if (line.minimumUnitsHundredths)
            number(ws, row, 18, static_cast<double>(*line.minimumUnitsHundredths) / 100.0);
        if (line.minimumAmountCents)
            number(ws, row, 19, static_cast<double>(*line.minimumAmountCents) / 100.0, fm.money);
        const auto atLeastUnits = [&](const std::string &units) { return line.minimumUnitsHundredths ? "MAX(" + units + "," + R(18) + ")" : units; };
        const auto atLeastAmount = [&](const std::string &amount, const std::string &rate) {
            return line.minimumAmountCents ? "MAX(" + amount + ",ROUND(" + R(19) + "*" + rate + ",0))" : amount;
        };
        formulaNum(ws, row, 10, "=" + atLeastUnits(R(8) + "*" + R(9)), static_cast<double>(a.unitsHundredths) / 100.0, nullptr);
        formulaNum(ws, row, 11, "=" + atLeastAmount("ROUND(" + R(5) + "*" + R(6) + "*" + R(10) + ",0)", R(6)), static_cast<double>(a.extended), fm.money);
        number(ws, row, 12, line.serviceCharge ? 1 : 0);
        text(ws, row, 13, taxKey(line.tax));
        const std::string inc = R(13) + "=\"included\"";
        const std::string pre = "ROUND(" + R(11) + "/(1+" + tax + "),0)";
        formulaNum(ws, row, 14, "=IF(" + inc + ",ROUND(" + pre + "/(1+" + sc + "*" + R(12) + "),0)," + R(11) + ")", static_cast<double>(a.subtotal), fm.money);
        formulaNum(ws, row, 15, "=IF(" + inc + "," + pre + "-" + R(14) + ",ROUND(" + R(14) + "*" + sc + "*" + R(12) + ",0))",
                   static_cast<double>(a.serviceCharge), fm.money);
        formulaNum(ws, row, 16, "=IF(" + inc + "," + R(11) + "-" + R(14) + "-" + R(15) + ",IF(" + R(13) + "=\"exempt\",0,ROUND((" + R(14) + "+" + R(15) + ")*" + tax + ",0)))",
                   static_cast<double>(a.tax), fm.money);
        formulaNum(ws, row, 17, "=" + R(14) + "+" + R(15) + "+" + R(16), static_cast<double>(a.total()), fm.money);
        for (int k = 0; k < nCases; ++k) {
            const int c0 = scenBlock(k);
            const auto &cs = cases[static_cast<std::size_t>(k)];
            const auto &sa = cs.cost.lines[i];
            const std::string amt = R(c0), sub = R(c0 + 1), svc = R(c0 + 2);
            const std::string rate = caseRate(cs, line.currency, R(6), true);
            // The scenarios and zero attendance recompute the units from their drivers; the rate cases keep the plan's.
            const std::string units = cs.rates == Rates::Plan ? atLeastUnits(R(9) + "*" + driverExpr(line.basis, cs.cells)) : R(10);
            formulaNum(ws, row, c0, "=" + atLeastAmount("ROUND(" + R(5) + "*" + rate + "*" + units + ",0)", rate), static_cast<double>(sa.extended), fm.money);
            const std::string spre = "ROUND(" + amt + "/(1+" + tax + "),0)";
            formulaNum(ws, row, c0 + 1, "=IF(" + inc + ",ROUND(" + spre + "/(1+" + sc + "*" + R(12) + "),0)," + amt + ")", static_cast<double>(sa.subtotal), fm.money);
            formulaNum(ws, row, c0 + 2, "=IF(" + inc + "," + spre + "-" + sub + ",ROUND(" + sub + "*" + sc + "*" + R(12) + ",0))",
                       static_cast<double>(sa.serviceCharge), fm.money);
            formulaNum(ws, row, c0 + 3,
                       "=IF(" + inc + "," + amt + "-" + sub + "-" + svc + ",IF(" + R(13) + "=\"exempt\",0,ROUND((" + sub + "+" + svc + ")*" + tax + ",0)))",
                       static_cast<double>(sa.tax), fm.money);
        }
        ++row;
    }
    const int last = row - 1;
    const auto sum = [&](int col) {
        return last >= first ? "SUM(" + cell(first, col) + ":" + cell(last, col) + ")" : std::string("0");
    };
    ++row;
    const auto &c = lk.costs;
    const int rSub = row, rSvc = row + 1, rCont = row + 2, rFee = row + 3, rNet = row + 4, rTax = row + 5, rTot = row + 6;
    const auto B = [&](int r) { return cell(r, 17); };
    const auto label = [&](int r, MsgId id, bool bold) { text(ws, r, 16, tr(l, id), bold ? fm.bold : nullptr); };
    label(rSub, "common.subtotal_excl_tax", false);
    formulaNum(ws, rSub, 17, "=" + sum(14), static_cast<double>(c.subtotal), fm.money);
    label(rSvc, "common.service_charge", false);
    formulaNum(ws, rSvc, 17, "=" + sum(15), static_cast<double>(c.serviceCharge), fm.money);
    label(rCont, "common.contingency", false);
    formulaNum(ws, rCont, 17, "=ROUND((" + B(rSub) + "+" + B(rSvc) + ")*" + cont + ",0)", static_cast<double>(c.contingency), fm.money);
    label(rFee, "common.management_fee", false);
    formulaNum(ws, rFee, 17, "=ROUND((" + B(rSub) + "+" + B(rSvc) + "+" + B(rCont) + "*" + feeOnCont + ")*" + fee + ",0)", static_cast<double>(c.managementFee),
               fm.money);
    label(rNet, "common.total_excl_tax", true);
    formulaNum(ws, rNet, 17, "=" + B(rSub) + "+" + B(rSvc) + "+" + B(rCont) + "+" + B(rFee), static_cast<double>(c.beforeTax()), fm.moneyBold);
    label(rTax, "common.business_tax", false);
    formulaNum(ws, rTax, 17, "=" + sum(16) + "+ROUND((" + B(rCont) + "*" + taxCont + "+" + B(rFee) + "*" + taxFee + ")*" + tax + ",0)",
               static_cast<double>(c.tax), fm.money);
    label(rTot, "common.total_incl_tax", true);
    formulaNum(ws, rTot, 17, "=" + B(rNet) + "+" + B(rTax), static_cast<double>(c.total), fm.moneyBold);

    // Category subtotals (SUMIF over the category column).
    row = rTot + 2;
    text(ws, row, 0, tr(l, "xlsx.category_subtotals"), fm.bold);
    text(ws, row, 14, tr(l, "xlsx.excl_tax"), fm.header);
    text(ws, row, 17, tr(l, "xlsx.incl_tax"), fm.header);
    ++row;
    for (int k = 0; k < kCategoryCount; ++k) {
        const auto &a = lk.categories[static_cast<std::size_t>(k)];
        if (a.total() == 0 && a.extended == 0)
            continue;
        const std::string name = categoryName(static_cast<CostCategory>(k), l);
        text(ws, row, 1, name);
        const std::string crit = cell(row, 1);
        const auto sumif = [&](int col) {
            return last >= first ? "SUMIF(" + abs(first, 1) + ":" + abs(last, 1) + "," + crit + "," + abs(first, col) + ":" + abs(last, col) + ")"
                                 : std::string("0");
        };
        formulaNum(ws, row, 14, "=" + sumif(14) + "+" + sumif(15), static_cast<double>(a.beforeTax()), fm.money);
        formulaNum(ws, row, 17, "=" + sumif(17), static_cast<double>(a.total()), fm.money);
        ++row;
    }

    // Revenue.
    row += 1;
    text(ws, row, 0, tr(l, "common.revenue"), fm.bold);
    ++row;
    const MsgId revenueHead[] = {"xlsx.id", "xlsx.type", "xlsx.item", "xlsx.currency", "xlsx.revenue_amount", "xlsx.fx_rate", "xlsx.share", "xlsx.count",
                                 "xlsx.total", "xlsx.audience", "xlsx.quota", "xlsx.output_tax"};
    for (int k = 0; k < 12; ++k)
        text(ws, row, k, tr(l, revenueHead[k]), fm.header);
    ++row;
    const int rFirst = row;
    int rLastItem = rFirst - 1;
    for (std::size_t i = 0; i < b.revenue.size(); ++i)
        if (appliesTo(b.revenue[i].formats, f))
            ++rLastItem;
    // Registration counts by largest remainder (docs/budget.md), live: column J holds the tier's audience, K its
    // quota = audience × share (÷ Σ shares when they exceed 100 %); the count is INT(quota), plus one for the
    // tiers whose fraction ranks within the people left over (equal fractions: the earlier row first).
    const auto range = [&](int col, int from, int to) { return abs(from, col) + ":" + abs(to, col); };
    const std::string groupShares = "SUMIF(" + range(9, rFirst, rLastItem) + ",J%R," + range(6, rFirst, rLastItem) + ")";
    for (int k = 0; k < nCases; ++k) {
        static constexpr MsgId kRevScenHead[] = {"xlsx.quota", "xlsx.count", "xlsx.total", "xlsx.output_tax"};
        for (int c = 0; c < 4; ++c)
            text(ws, rFirst - 1, scenBlock(k) + c, cases[static_cast<std::size_t>(k)].name + " · " + tr(l, kRevScenHead[c]), fm.header);
    }
    for (std::size_t i = 0; i < b.revenue.size(); ++i) {
        const auto &it = b.revenue[i];
        if (!appliesTo(it.formats, f))
            continue;
        text(ws, row, 0, it.id);
        text(ws, row, 1, revenueTypeName(it.type, l));
        text(ws, row, 2, it.name.get(l));
        text(ws, row, 3, it.currency);
        number(ws, row, 4, static_cast<double>(it.amount), fm.money);
        rateNumberOrFormula(row, 5, it.currency);
        const std::string R = std::to_string(row + 1);
        const auto at = [&](std::string s2) {
            for (auto pos = s2.find("%R"); pos != std::string::npos; pos = s2.find("%R"))
                s2.replace(pos, 2, R);
            return s2;
        };
        // Registration counts by largest remainder, live: INT(quota), plus one for the tiers whose fraction ranks
        // within the people left over (equal fractions: the earlier row first). n: the audience cell, q: the quota column.
        const auto countFormula = [&](const std::string &n, int q) {
            const std::string qc = cell(row, q);
            const std::string shares = at(groupShares);
            const std::string frac = "(" + qc + "-INT(" + qc + "))";
            const std::string fracs = "(" + range(q, rFirst, rLastItem) + "-INT(" + range(q, rFirst, rLastItem) + "))";
            std::string ahead = "SUMPRODUCT((" + range(9, rFirst, rLastItem) + at("=J%R)*(") + fracs + ">" + frac + "))";
            if (row > rFirst)
                ahead += "+SUMPRODUCT((" + range(9, rFirst, row - 1) + at("=J%R)*((") + range(q, rFirst, row - 1) + "-INT(" + range(q, rFirst, row - 1) +
                         "))=" + frac + "))";
            const std::string left = "MIN(" + n + ",ROUND(" + n + "*" + shares + ",0))-SUMPRODUCT((" + range(9, rFirst, rLastItem) + at("=J%R)*INT(") +
                                     range(q, rFirst, rLastItem) + "))";
            return "=INT(" + qc + ")+IF(" + ahead + "<" + left + ",1,0)";
        };
        std::int64_t sharesBp = 0;
        for (const auto &other : b.revenue)
            if (other.type == RevenueType::Registration && other.onlineAudience == it.onlineAudience && appliesTo(other.formats, f))
                sharesBp += other.shareBp;
        const double sharesDiv = std::max(1.0, static_cast<double>(sharesBp) / 10000.0);
        const auto quotaFormula = [&](const std::string &n) { return at("=" + n + "*G%R/MAX(1," + groupShares + ")"); };
        if (it.type == RevenueType::Registration) {
            number(ws, row, 6, bpFraction(it.shareBp), fm.pct);
            const std::string n = abs(it.onlineAudience ? 7 : 6, 1);
            text(ws, row, 9, it.onlineAudience ? "online" : "onsite");
            const double quota = static_cast<double>(it.onlineAudience ? d.online : d.onsite) * bpFraction(it.shareBp) / sharesDiv;
            formulaNum(ws, row, 10, quotaFormula(n), quota, nullptr);
            formulaNum(ws, row, 7, countFormula(n, 10), static_cast<double>(lk.revenueCounts[i]), nullptr);
        } else {
            number(ws, row, 7, static_cast<double>(it.quantity));
        }
        formulaNum(ws, row, 8, "=ROUND(" + cell(row, 4) + "*" + cell(row, 5) + "*" + cell(row, 7) + ",0)", static_cast<double>(lk.revenueAmounts[i]), fm.money);
        // Output tax inside a taxable sale (priced with the tax inside, 營業稅法 §32), when the organiser is registered.
        const Money outTax = b.organiserTaxRegistered && isTaxableSale(it.type) ? taxInside(lk.revenueAmounts[i], b.taxBp) : 0;
        const auto outTaxFormula = [&](int amountCol) {
            return isTaxableSale(it.type) ? "=IF(" + registered + "=1," + cell(row, amountCol) + "-ROUND(" + cell(row, amountCol) + "/(1+" + tax + "),0),0)"
                                          : std::string("=0");
        };
        formulaNum(ws, row, 11, outTaxFormula(8), static_cast<double>(outTax), fm.money);
        for (int k = 0; k < nCases; ++k) {
            const int c0 = scenBlock(k);
            const auto &cs = cases[static_cast<std::size_t>(k)];
            const auto &sk = cs.rev;
            const auto &cells = cs.cells;
            if (it.type == RevenueType::Registration && cs.rates == Rates::Plan) {
                const std::string n = it.onlineAudience ? cells.online : cells.onsite;
                const double quota = static_cast<double>(it.onlineAudience ? sk.drivers.online : sk.drivers.onsite) * bpFraction(it.shareBp) / sharesDiv;
                formulaNum(ws, row, c0, quotaFormula(n), quota, nullptr);
                formulaNum(ws, row, c0 + 1, countFormula(n, c0), static_cast<double>(sk.revenueCounts[i]), nullptr);
            } else {
                formulaNum(ws, row, c0 + 1, "=" + cell(row, 7), static_cast<double>(sk.revenueCounts[i]), nullptr);
            }
            formulaNum(ws, row, c0 + 2, "=ROUND(" + cell(row, 4) + "*" + caseRate(cs, it.currency, cell(row, 5), false) + "*" + cell(row, c0 + 1) + ",0)",
                       static_cast<double>(sk.revenueAmounts[i]), fm.money);
            const Money skTax = b.organiserTaxRegistered && isTaxableSale(it.type) ? taxInside(sk.revenueAmounts[i], b.taxBp) : 0;
            formulaNum(ws, row, c0 + 3, outTaxFormula(c0 + 2), static_cast<double>(skTax), fm.money);
        }
        ++row;
    }
    const int rLast = row - 1;
    const int rRev = row + 1, rOut = row + 2, rCmpRev = row + 3, rCmpCost = row + 4, rSur = row + 5, rRoi = row + 6;
    const auto colSum = [&](int col) { return rLast >= rFirst ? "=SUM(" + cell(rFirst, col) + ":" + cell(rLast, col) + ")" : std::string("=0"); };
    text(ws, rRev, 7, tr(l, "xlsx.revenue_total"), fm.bold);
    formulaNum(ws, rRev, 8, colSum(8), static_cast<double>(lk.revenue.total), fm.moneyBold);
    text(ws, rOut, 7, tr(l, "budget_table.output_tax"));
    formulaNum(ws, rOut, 8, colSum(11), static_cast<double>(lk.revenue.outputTax), fm.money);
    text(ws, rCmpRev, 7, tr(l, "budget_table.compared_revenue"));
    formulaNum(ws, rCmpRev, 8, "=" + cell(rRev, 8) + "-" + cell(rOut, 8), static_cast<double>(lk.comparedRevenue()), fm.money);
    text(ws, rCmpCost, 7, tr(l, "budget_table.compared_cost"));
    formulaNum(ws, rCmpCost, 8, "=IF(" + registered + "=1," + cell(rNet, 17) + "," + cell(rTot, 17) + ")", static_cast<double>(lk.comparedCost()), fm.money);
    text(ws, rSur, 7, tr(l, "budget_table.surplus"), fm.bold);
    formulaNum(ws, rSur, 8, "=" + cell(rCmpRev, 8) + "-" + cell(rCmpCost, 8), static_cast<double>(lk.surplus()), fm.moneyBold);
    text(ws, rRoi, 7, "ROI");
    formulaNum(ws, rRoi, 8, "=IF(" + cell(rCmpCost, 8) + ">0," + cell(rSur, 8) + "/" + cell(rCmpCost, 8) + ",0)", fs.roiPercent ? *fs.roiPercent / 100.0 : 0.0,
               fm.pct);

    // Break-even (docs/budget.md): fee per payer before and after the other income, attendance, margin of safety.
    // Live from the cells above; the costs and income at zero attendance come from that case's column below.
    const auto &be = fs.breakEven;
    const int rBe = rRoi + 2;
    text(ws, rBe, 7, tr(l, "xlsx.break_even"), fm.bold);
    const std::string regRows = "(" + range(9, rFirst, std::max(rFirst, rLastItem)) + "<>\"\")";
    const auto put = [&](int r, MsgId label, const std::string &formula, std::optional<double> value, lxw_format *fmt) {
        text(ws, r, 7, tr(l, label));
        formulaOpt(ws, r, 8, formula, value, fmt);
    };
    const auto opt = [](const std::optional<std::int64_t> &v) { return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt; };
    const int rPayers = rBe + 1, rFees = rBe + 2, rFeeBefore = rBe + 3, rFeeAfter = rBe + 4, rFixC = rBe + 5, rFixR = rBe + 6, rN = rBe + 7, rP = rBe + 8,
              rV = rBe + 9, rQ = rBe + 10, rMargin = rBe + 11;
    const bool anyRevenue = rLastItem >= rFirst;
    put(rPayers, "xlsx.paying_attendees", anyRevenue ? "=SUMPRODUCT(" + regRows + "*" + range(7, rFirst, rLastItem) + ")" : "=0",
        static_cast<double>(be.payers), nullptr);
    put(rFees, "xlsx.fee_income_compared",
        anyRevenue ? "=SUMPRODUCT(" + regRows + "*(" + range(8, rFirst, rLastItem) + "-" + range(11, rFirst, rLastItem) + "))" : "=0",
        static_cast<double>(lk.revenue.byType[0] - lk.revenue.outputTaxByType[0]), fm.money);
    const std::string gross = "(1+" + tax + "*" + registered + ")";
    const std::string P = cell(rPayers, 8);
    put(rFeeBefore, "budget_table.break_even_fee_before", "=IF(" + P + ">0,MAX(0,ROUNDUP(" + cell(rCmpCost, 8) + "*" + gross + "/" + P + ",0)),\"-\")",
        opt(be.feeBeforeFixedIncome), fm.money);
    put(rFeeAfter, "budget_table.break_even_fee_after",
        "=IF(" + P + ">0,MAX(0,ROUNDUP((" + cell(rCmpCost, 8) + "-(" + cell(rCmpRev, 8) + "-" + cell(rFees, 8) + "))*" + gross + "/" + P + ",0)),\"-\")",
        opt(be.feeAfterFixedIncome), fm.money);
    put(rN, "xlsx.planned_attendees", "=" + abs(6, 1) + "+" + abs(7, 1), static_cast<double>(be.attendees), nullptr);
    const std::string N = cell(rN, 8);
    put(rP, "xlsx.revenue_per_attendee", "=IF(" + N + ">0,(" + cell(rCmpRev, 8) + "-" + cell(rFixR, 8) + ")/" + N + ",0)", be.pricePerAttendee, fm.money);
    put(rV, "xlsx.variable_cost_per_attendee", "=IF(" + N + ">0,(" + cell(rCmpCost, 8) + "-" + cell(rFixC, 8) + ")/" + N + ",0)", be.variablePerAttendee,
        fm.money);
    const std::string Fn = "(" + cell(rFixC, 8) + "-" + cell(rFixR, 8) + ")";
    put(rQ, "budget_table.break_even_attendees",
        "=IF(" + Fn + "<=0,0,IF(AND(" + N + ">0," + cell(rP, 8) + ">" + cell(rV, 8) + "),ROUNDUP(" + Fn + "/(" + cell(rP, 8) + "-" + cell(rV, 8) + "),0),\"-\"))",
        opt(be.attendeesNeeded), nullptr);
    put(rMargin, "budget_table.margin_of_safety", "=IF(ISNUMBER(" + cell(rQ, 8) + ")," + N + "-" + cell(rQ, 8) + ",\"-\")",
        opt(be.marginOfSafety()), nullptr);
    // The scenarios side by side (the same figures as the JSON "scenarios"), live from the scenario columns.
    const int rSc = rMargin + 2;
    text(ws, rSc, 7, tr(l, "xlsx.scenarios"), fm.bold);
    static constexpr MsgId kScenRows[] = {"xlsx.attendees", "common.subtotal_excl_tax", "common.service_charge", "common.contingency", "common.management_fee",
                                          "common.total_excl_tax", "common.business_tax", "common.total_incl_tax", "xlsx.revenue_total",
                                          "budget_table.output_tax", "budget_table.compared_revenue", "budget_table.compared_cost", "budget_table.surplus",
                                          "budget_table.roi"};
    for (int r = 0; r < 14; ++r)
        text(ws, rSc + 1 + r, 7, tr(l, kScenRows[r]));
    const auto caseCol = [](int k) { return 8 + k; };
    const auto caseCell = [&](int k, int r) { return cell(rSc + 1 + r, caseCol(k)); };
    for (int k = 0; k < nCases; ++k) {
        const int col = caseCol(k);
        const int c0 = scenBlock(k);
        const auto &cs = cases[static_cast<std::size_t>(k)];
        const auto &sc2 = cs.cost.costs;
        const auto &rv = cs.rev.revenue;
        text(ws, rSc, col, cs.name, fm.header);
        const auto S = [&](int r) { return caseCell(k, r); };
        const auto lineSum = [&](int c) { return last >= first ? "SUM(" + cell(first, c) + ":" + cell(last, c) + ")" : std::string("0"); };
        const auto revSum = [&](int c) { return anyRevenue ? "SUM(" + cell(rFirst, c) + ":" + cell(rLastItem, c) + ")" : std::string("0"); };
        const auto &cells = cs.cells;
        formulaNum(ws, rSc + 1, col, "=" + cells.onsite + "+" + cells.online, static_cast<double>(cs.cost.drivers.onsite + cs.cost.drivers.online), nullptr);
        formulaNum(ws, rSc + 2, col, "=" + lineSum(c0 + 1), static_cast<double>(sc2.subtotal), fm.money);
        formulaNum(ws, rSc + 3, col, "=" + lineSum(c0 + 2), static_cast<double>(sc2.serviceCharge), fm.money);
        formulaNum(ws, rSc + 4, col, "=ROUND((" + S(1) + "+" + S(2) + ")*" + cont + ",0)", static_cast<double>(sc2.contingency), fm.money);
        formulaNum(ws, rSc + 5, col, "=ROUND((" + S(1) + "+" + S(2) + "+" + S(3) + "*" + feeOnCont + ")*" + fee + ",0)", static_cast<double>(sc2.managementFee),
                   fm.money);
        formulaNum(ws, rSc + 6, col, "=" + S(1) + "+" + S(2) + "+" + S(3) + "+" + S(4), static_cast<double>(sc2.beforeTax()), fm.money);
        formulaNum(ws, rSc + 7, col, "=" + lineSum(c0 + 3) + "+ROUND((" + S(3) + "*" + taxCont + "+" + S(4) + "*" + taxFee + ")*" + tax + ",0)",
                   static_cast<double>(sc2.tax), fm.money);
        formulaNum(ws, rSc + 8, col, "=" + S(5) + "+" + S(6), static_cast<double>(sc2.total), fm.moneyBold);
        formulaNum(ws, rSc + 9, col, "=" + revSum(c0 + 2), static_cast<double>(rv.total), fm.money);
        formulaNum(ws, rSc + 10, col, "=" + revSum(c0 + 3), static_cast<double>(rv.outputTax), fm.money);
        formulaNum(ws, rSc + 11, col, "=" + S(8) + "-" + S(9), static_cast<double>(cs.rev.comparedRevenue()), fm.money);
        formulaNum(ws, rSc + 12, col, "=IF(" + registered + "=1," + S(5) + "," + S(7) + ")", static_cast<double>(cs.cost.comparedCost()), fm.money);
        formulaNum(ws, rSc + 13, col, "=" + S(10) + "-" + S(11), static_cast<double>(cs.rev.comparedRevenue() - cs.cost.comparedCost()), fm.moneyBold);
        const auto roi = roiPercent(cs.rev.comparedRevenue(), cs.cost.comparedCost());
        formulaNum(ws, rSc + 14, col, "=IF(" + S(11) + ">0," + S(12) + "/" + S(11) + ",0)", roi ? *roi / 100.0 : 0.0, fm.pct);
    }
    // The break-even's costs and income at zero attendance: the zero-attendance column's compared cost and revenue.
    text(ws, rFixC, 7, tr(l, "xlsx.fixed_costs_at_zero"));
    formulaNum(ws, rFixC, 8, "=" + caseCell(kZeroCase, 11), static_cast<double>(be.fixedCosts), fm.money);
    text(ws, rFixR, 7, tr(l, "xlsx.fixed_income_at_zero"));
    formulaNum(ws, rFixR, 8, "=" + caseCell(kZeroCase, 10), static_cast<double>(be.fixedRevenue), fm.money);
    int note = rSc + 16;
    if (!fs.fx.currencies.empty()) { // live from the adverse-rate columns of the case table
        text(ws, note, 7, tr(l, "xlsx.fx_adverse"), fm.bold);
        text(ws, note + 1, 7, tr(l, "budget_table.total_at_adverse_fx"));
        formulaNum(ws, note + 1, 8, "=" + caseCell(kAdverseCase, 7), static_cast<double>(fs.fx.totalAtAdverse), fm.money);
        text(ws, note + 2, 7, tr(l, "budget_table.surplus_at_adverse_fx"));
        formulaNum(ws, note + 2, 8, "=" + caseCell(kAdverseCase, 12), static_cast<double>(fs.fx.surplusAtAdverse()), fm.money);
        note += 3;
        for (std::size_t j = 0; j < fs.fx.currencies.size(); ++j) {
            const auto &e = fs.fx.currencies[j];
            const int k = kAdverseCase + 1 + static_cast<int>(j);
            text(ws, note, 7, e.currency);
            formulaNum(ws, note, 8, "=" + caseCell(k, 11) + "-" + caseCell(1, 11), static_cast<double>(e.costChange), fm.money);
            formulaNum(ws, note, 9, "=" + caseCell(k, 10) + "-" + caseCell(1, 10), static_cast<double>(e.revenueChange), fm.money);
            ++note;
        }
        ++note;
    }
    for (const auto &t : taxBasisText(b, l))
        text(ws, note++, 0, t);
    for (const auto &t : breakEvenNotes(fs, f, l))
        text(ws, note++, 0, t);

    worksheet_set_column(ws, 0, 0, 18, nullptr);
    worksheet_set_column(ws, 1, 1, 16, nullptr);
    worksheet_set_column(ws, 2, 2, 34, nullptr);
    // H (the basis of a line) also holds the labels of the revenue, break-even and FX summaries, and Q the labels of
    // the totals: wide enough for the longest label in either language, so that none is cut by the number beside it.
    worksheet_set_column(ws, 3, 6, 11, nullptr);
    worksheet_set_column(ws, 7, 7, 30, nullptr);
    worksheet_set_column(ws, 8, 13, 11, nullptr);
    worksheet_set_column(ws, 14, 15, 16, nullptr);
    worksheet_set_column(ws, 16, 16, 26, nullptr);
    worksheet_set_column(ws, 17, 17, 16, nullptr);
    worksheet_set_column(ws, 18, 19, 12, nullptr);
    worksheet_set_column(ws, 20, static_cast<lxw_col_t>(scenBlock(nCases) - 1), 13, nullptr);
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(hdr + 1), 0);
    // Printed: A4 landscape, columns A–T (lines with their minimums, totals, revenue, break-even, the case table with
    // each case's attendees) one page wide, so no column is split across pages; the scenario percentages (U–X) and
    // the case columns beside the lines are working cells for the formulas and stay on screen.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_print_area(ws, 0, 0, static_cast<lxw_row_t>(note), 19);
    worksheet_fit_to_pages(ws, 1, 0);
}

std::string finish(lxw_workbook *wb, const std::string &path)
{
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        return "cannot write " + path + ": " + lxw_strerror(e);
    return {};
}

} // namespace

std::string writeBudgetXlsx(const Project &p, const Budget &b, const BudgetSummary &s, Lang l, const std::string &path)
{
    lxw_workbook *wb = workbook_new(path.c_str());
    if (!wb)
        return "cannot create " + path;
    const Formats fm = makeFormats(wb);
    for (auto f : kAllFormats)
        budgetSheet(wb, fm, p, b, s.formats[static_cast<int>(f)], f, l);
    return finish(wb, path);
}

std::string writeQuoteXlsx(const Project &p, const Budget &b, const Quote &q, Lang l, const std::string &path)
{
    lxw_workbook *wb = workbook_new(path.c_str());
    if (!wb)
        return "cannot create " + path;
    const Formats fm = makeFormats(wb);
    const std::string sheet = std::string(tr(l, "xlsx.quote_v")) + std::to_string(q.terms.version);
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet.c_str());
    text(ws, 0, 0, tr(l, "xlsx.quotation_v") + std::to_string(q.terms.version) + " — " + p.meta.title.get(l), fm.bold);
    text(ws, 2, 0, tr(l, "xlsx.markup"));
    number(ws, 2, 1, bpFraction(q.terms.markupBp), fm.pct);
    text(ws, 3, 0, tr(l, "xlsx.discount"));
    number(ws, 3, 1, bpFraction(q.terms.discountBp), fm.pct);
    text(ws, 4, 0, tr(l, "xlsx.business_tax"));
    number(ws, 4, 1, bpFraction(b.taxBp), fm.pct);
    text(ws, 5, 0, tr(l, "xlsx.valid_until"));
    text(ws, 5, 1, q.terms.validUntil);
    const int hdr = 7;
    text(ws, hdr, 0, tr(l, "xlsx.item"), fm.header);
    text(ws, hdr, 1, tr(l, "xlsx.cost_excl_tax"), fm.header);
    text(ws, hdr, 2, tr(l, "xlsx.price_excl_tax"), fm.header);
    int row = hdr + 1;
    const int first = row;
    for (const auto &line : q.lines) {
        text(ws, row, 0, line.label.get(l));
        number(ws, row, 1, static_cast<double>(line.cost), fm.money);
        const std::string f = line.key == "management_fee" ? "=" + cell(row, 1) : "=ROUND(" + cell(row, 1) + "*(1+" + abs(2, 1) + "),0)";
        formulaNum(ws, row, 2, f, static_cast<double>(line.price), fm.money);
        ++row;
    }
    const int last = row - 1;
    const int rSub = row + 1, rDisc = row + 2, rNet = row + 3, rTax = row + 4, rTot = row + 5;
    text(ws, rSub, 1, tr(l, "xlsx.subtotal"));
    formulaNum(ws, rSub, 2, last >= first ? "=SUM(" + cell(first, 2) + ":" + cell(last, 2) + ")" : "=0", static_cast<double>(q.subtotal), fm.money);
    text(ws, rDisc, 1, tr(l, "xlsx.discount"));
    formulaNum(ws, rDisc, 2, "=ROUND(" + cell(rSub, 2) + "*" + abs(3, 1) + ",0)", static_cast<double>(q.discount), fm.money);
    text(ws, rNet, 1, tr(l, "xlsx.total_excl_tax"), fm.bold);
    formulaNum(ws, rNet, 2, "=" + cell(rSub, 2) + "-" + cell(rDisc, 2), static_cast<double>(q.beforeTax), fm.moneyBold);
    text(ws, rTax, 1, tr(l, "common.business_tax"));
    formulaNum(ws, rTax, 2, "=ROUND(" + cell(rNet, 2) + "*" + abs(4, 1) + ",0)", static_cast<double>(q.tax), fm.money);
    text(ws, rTot, 1, tr(l, "xlsx.total_incl_tax"), fm.bold);
    formulaNum(ws, rTot, 2, "=" + cell(rNet, 2) + "+" + cell(rTax, 2), static_cast<double>(q.total), fm.moneyBold);
    text(ws, rTot + 2, 0, tr(l, "xlsx.payment_terms") + q.terms.paymentTerms.get(l));
    worksheet_set_column(ws, 0, 0, 30, nullptr);
    worksheet_set_column(ws, 1, 2, 18, nullptr);
    return finish(wb, path);
}

} // namespace vb
