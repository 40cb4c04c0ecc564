// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX through libxlsxwriter with live formulas: a client edits a quantity or the attendance in Excel and
// every total follows. Cached values are our own integer results, so a reader that does not recalculate
// shows the same numbers as venuebid-cli budget --format json.
#include "budgetexport.h"
#include "budgetreport.h"
#include "messages.h"

#include <xlsxwriter.h>

#include <algorithm>
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

void text(lxw_worksheet *ws, int row, int col, const std::string &s, lxw_format *fmt = nullptr)
{
    worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), s.c_str(), fmt);
}

void number(lxw_worksheet *ws, int row, int col, double v, lxw_format *fmt = nullptr)
{
    worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v, fmt);
}

std::string driverFormula(QuantityBasis b)
{
    // Settings rows (0-based): 6 on-site, 7 online, 8 days, 9 room-nights, 10 exhibition m².
    switch (b) {
    case QuantityBasis::Fixed: return "=1";
    case QuantityBasis::PerAttendee: return "=" + abs(6, 1) + "+" + abs(7, 1);
    case QuantityBasis::PerOnsiteAttendee: return "=" + abs(6, 1);
    case QuantityBasis::PerOnlineAttendee: return "=" + abs(7, 1);
    case QuantityBasis::PerDay: return "=" + abs(8, 1);
    case QuantityBasis::PerAttendeeDay: return "=" + abs(6, 1) + "*" + abs(8, 1);
    case QuantityBasis::PerRoomNight: return "=" + abs(9, 1);
    case QuantityBasis::PerM2: return "=" + abs(10, 1);
    }
    return "=0";
}

void budgetSheet(lxw_workbook *wb, const Formats &fm, const Project &p, const Budget &b, const FormatSummary &fs, EventFormat f, Lang l)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName(f, l));
    const auto &lk = fs.likely;
    const auto &d = lk.drivers;
    text(ws, 0, 0, tr(l, "xlsx.sheet_title", {p.meta.title.get(l), sheetName(f, l)}), fm.bold);
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
    text(ws, 2, 3, tr(l, "xlsx.fx_rates"), fm.bold);
    int fxRow = 3;
    for (const auto &r : p.meta.fxRates)
        text(ws, fxRow++, 3, r.currency + " " + std::to_string(r.rate).substr(0, 8) + " " + r.source.value_or("") + " " + r.asOf.value_or(""));

    const int hdr = 12;
    const MsgId head[] = {"xlsx.id", "common.category", "xlsx.item", "xlsx.vendor", "xlsx.currency", "xlsx.unit_cost", "xlsx.fx_rate", "xlsx.basis",
                          "xlsx.driver", "xlsx.quantity", "xlsx.units", "xlsx.amount", "xlsx.service_1_0", "xlsx.tax", "common.subtotal_excl_tax",
                          "common.service_charge", "common.business_tax", "xlsx.line_total_incl_tax"};
    for (int c = 0; c < 18; ++c)
        text(ws, hdr, c, tr(l, head[c]), fm.header);
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
        number(ws, row, 6, p.rateToBase(line.currency).value_or(0));
        text(ws, row, 7, basisName(line.basis, l));
        formulaNum(ws, row, 8, driverFormula(line.basis), static_cast<double>(driverCount(line.basis, d)), nullptr);
        number(ws, row, 9, static_cast<double>(line.quantityHundredths) / 100.0);
        formulaNum(ws, row, 10, "=" + R(8) + "*" + R(9), static_cast<double>(a.unitsHundredths) / 100.0, nullptr);
        formulaNum(ws, row, 11, "=ROUND(" + R(5) + "*" + R(6) + "*" + R(10) + ",0)", static_cast<double>(a.extended), fm.money);
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
    for (std::size_t i = 0; i < b.revenue.size(); ++i) {
        const auto &it = b.revenue[i];
        if (!appliesTo(it.formats, f))
            continue;
        text(ws, row, 0, it.id);
        text(ws, row, 1, revenueTypeName(it.type, l));
        text(ws, row, 2, it.name.get(l));
        text(ws, row, 3, it.currency);
        number(ws, row, 4, static_cast<double>(it.amount), fm.money);
        number(ws, row, 5, p.rateToBase(it.currency).value_or(0));
        if (it.type == RevenueType::Registration) {
            number(ws, row, 6, bpFraction(it.shareBp), fm.pct);
            const std::string R = std::to_string(row + 1);
            const auto at = [&](std::string s2) {
                for (auto pos = s2.find("%R"); pos != std::string::npos; pos = s2.find("%R"))
                    s2.replace(pos, 2, R);
                return s2;
            };
            const std::string n = abs(it.onlineAudience ? 7 : 6, 1);
            const std::string shares = at(groupShares);
            text(ws, row, 9, it.onlineAudience ? "online" : "onsite");
            std::int64_t sharesBp = 0;
            for (const auto &other : b.revenue)
                if (other.type == RevenueType::Registration && other.onlineAudience == it.onlineAudience && appliesTo(other.formats, f))
                    sharesBp += other.shareBp;
            const double quota = static_cast<double>(it.onlineAudience ? d.online : d.onsite) * bpFraction(it.shareBp) /
                                 std::max(1.0, static_cast<double>(sharesBp) / 10000.0);
            formulaNum(ws, row, 10, at("=" + n + "*G%R/MAX(1," + shares + ")"), quota, nullptr);
            const std::string frac = at("(K%R-INT(K%R))");
            const std::string fracs = "(" + range(10, rFirst, rLastItem) + "-INT(" + range(10, rFirst, rLastItem) + "))";
            std::string ahead = "SUMPRODUCT((" + range(9, rFirst, rLastItem) + at("=J%R)*(") + fracs + ">" + frac + "))";
            if (row > rFirst)
                ahead += "+SUMPRODUCT((" + range(9, rFirst, row - 1) + at("=J%R)*((") + range(10, rFirst, row - 1) + "-INT(" + range(10, rFirst, row - 1) +
                         "))=" + frac + "))";
            const std::string left = "MIN(" + n + ",ROUND(" + n + "*" + shares + ",0))-SUMPRODUCT((" + range(9, rFirst, rLastItem) + at("=J%R)*INT(") +
                                     range(10, rFirst, rLastItem) + "))";
            formulaNum(ws, row, 7, at("=INT(K%R)+IF(") + ahead + "<" + left + ",1,0)", static_cast<double>(lk.revenueCounts[i]), nullptr);
        } else {
            number(ws, row, 7, static_cast<double>(it.quantity));
        }
        formulaNum(ws, row, 8, "=ROUND(" + cell(row, 4) + "*" + cell(row, 5) + "*" + cell(row, 7) + ",0)", static_cast<double>(lk.revenueAmounts[i]), fm.money);
        // Output tax inside a taxable sale (priced with the tax inside, 營業稅法 §32), when the organiser is registered.
        const Money outTax = b.organiserTaxRegistered && isTaxableSale(it.type) ? taxInside(lk.revenueAmounts[i], b.taxBp) : 0;
        formulaNum(ws, row, 11,
                   isTaxableSale(it.type) ? "=IF(" + registered + "=1," + cell(row, 8) + "-ROUND(" + cell(row, 8) + "/(1+" + tax + "),0),0)" : std::string("=0"),
                   static_cast<double>(outTax), fm.money);
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
    int note = rRoi + 2;
    for (const auto &t : taxBasisText(b, l))
        text(ws, note++, 0, t);

    worksheet_set_column(ws, 0, 0, 18, nullptr);
    worksheet_set_column(ws, 1, 1, 16, nullptr);
    worksheet_set_column(ws, 2, 2, 34, nullptr);
    worksheet_set_column(ws, 3, 13, 11, nullptr);
    worksheet_set_column(ws, 14, 17, 16, nullptr);
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(hdr + 1), 0);
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
