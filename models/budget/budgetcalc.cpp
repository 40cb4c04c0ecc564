// SPDX-License-Identifier: GPL-3.0-or-later
// Budget arithmetic in integers (docs/budget.md): line → service charge → business tax; contingency, fee.
#include "budgetcalc.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace vb {

std::int64_t roundDiv(Wide num, Wide den)
{
    const bool neg = num < 0;
    const Wide a = neg ? -num : num;
    const Wide q = (2 * a + den) / (2 * den);
    return static_cast<std::int64_t>(neg ? -q : q);
}

std::optional<std::int64_t> rateMicro(const Project &p, std::string_view currency)
{
    const auto r = p.rateToBase(currency);
    if (!r)
        return std::nullopt;
    return std::llround(*r * 1e6);
}

Drivers driversFor(const Project &p, EventFormat f, int percent)
{
    const auto att = p.requirements.attendance(f);
    return driversForAttendance(p, roundDiv(static_cast<Wide>(att.onsite) * percent, 100), roundDiv(static_cast<Wide>(att.online) * percent, 100));
}

std::int64_t driverCount(QuantityBasis b, const Drivers &d)
{
    switch (b) {
    case QuantityBasis::Fixed: return 1;
    case QuantityBasis::PerAttendee: return d.onsite + d.online;
    case QuantityBasis::PerOnsiteAttendee: return d.onsite;
    case QuantityBasis::PerOnlineAttendee: return d.online;
    case QuantityBasis::PerDay: return d.days;
    case QuantityBasis::PerAttendeeDay: return d.onsite * d.days;
    case QuantityBasis::PerRoomNight: return d.roomNights;
    case QuantityBasis::PerM2: return d.exhibitionM2;
    }
    return 0;
}

LineAmounts computeLine(const Project &p, const Budget &b, const BudgetLine &line, const Drivers &d)
{
    LineAmounts a;
    a.unitsHundredths = line.quantityHundredths * driverCount(line.basis, d);
    // A minimum (guarantee, attrition) holds whatever the attendance: the units first, then the amount.
    if (line.minimumUnitsHundredths && a.unitsHundredths < *line.minimumUnitsHundredths) {
        a.unitsHundredths = *line.minimumUnitsHundredths;
        a.atMinimum = true;
    }
    const std::int64_t rate = rateMicro(p, line.currency).value_or(0);
    // cents × hundredths × micro-rate → whole TWD: divide by 100 × 100 × 10⁶, rounded once.
    a.extended = roundDiv(static_cast<Wide>(line.unitCostCents) * a.unitsHundredths * rate, static_cast<Wide>(100'000'000) * 100);
    if (line.minimumAmountCents) {
        const Money floor = roundDiv(static_cast<Wide>(*line.minimumAmountCents) * rate, 100'000'000);
        if (a.extended < floor) {
            a.extended = floor;
            a.atMinimum = true;
        }
    }
    const std::int64_t sc = line.serviceCharge ? b.serviceChargeBp : 0;
    switch (line.tax) {
    case TaxTreatment::Excluded:
    case TaxTreatment::Exempt:
        a.subtotal = a.extended;
        a.serviceCharge = roundDiv(static_cast<Wide>(a.subtotal) * sc, 10000);
        a.tax = line.tax == TaxTreatment::Exempt ? 0 : roundDiv(static_cast<Wide>(a.subtotal + a.serviceCharge) * b.taxBp, 10000);
        break;
    case TaxTreatment::Included: {
        // The entered amount is 含稅: take the tax out first, then the service charge; the rest is the subtotal.
        const Money pre = roundDiv(static_cast<Wide>(a.extended) * 10000, 10000 + b.taxBp);
        a.subtotal = roundDiv(static_cast<Wide>(pre) * 10000, 10000 + sc);
        a.serviceCharge = pre - a.subtotal;
        a.tax = a.extended - pre;
        break;
    }
    }
    return a;
}

Drivers driversForAttendance(const Project &p, std::int64_t onsite, std::int64_t online)
{
    const auto &req = p.requirements;
    Drivers d;
    d.onsite = onsite;
    d.online = online;
    d.days = req.days;
    const std::int64_t rn = req.roomNights.value_or(0);
    const std::int64_t ref = req.attendance(EventFormat::Onsite).onsite;
    d.roomNights = ref > 0 ? roundDiv(static_cast<Wide>(rn) * d.onsite, ref) : 0;
    d.exhibitionM2 = std::llround(req.exhibitionM2.value_or(0.0));
    return d;
}

bool isTaxableSale(RevenueType t)
{
    return t == RevenueType::Registration || t == RevenueType::Sponsorship || t == RevenueType::Exhibition;
}

Money taxInside(Money amount, int taxBp)
{
    return amount - roundDiv(static_cast<Wide>(amount) * 10000, 10000 + taxBp);
}

std::vector<std::int64_t> registrationCounts(const std::vector<RevenueItem> &items, EventFormat f, const Drivers &d)
{
    std::vector<std::int64_t> counts(items.size(), 0);
    for (const bool online : {false, true}) {
        const std::int64_t audience = online ? d.online : d.onsite;
        std::vector<std::size_t> tiers;
        Wide shares = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto &it = items[i];
            if (it.type == RevenueType::Registration && it.onlineAudience == online && appliesTo(it.formats, f) && it.shareBp > 0) {
                tiers.push_back(i);
                shares += it.shareBp;
            }
        }
        if (tiers.empty() || audience <= 0)
            continue;
        // Quota of tier i = audience × shareᵢ / den: den = 100 % while the shares add up to at most 100 %, else
        // their sum (the shares are then read as proportions of the whole audience). Payers in all = the audience
        // × Σ shares, rounded, never more than the audience.
        const Wide den = std::max<Wide>(10000, shares);
        const std::int64_t payers = std::min<std::int64_t>(audience, roundDiv(static_cast<Wide>(audience) * shares, 10000));
        std::int64_t given = 0;
        std::vector<Wide> remainder(tiers.size());
        for (std::size_t k = 0; k < tiers.size(); ++k) {
            const Wide quota = static_cast<Wide>(audience) * items[tiers[k]].shareBp;
            counts[tiers[k]] = static_cast<std::int64_t>(quota / den);
            remainder[k] = quota % den;
            given += counts[tiers[k]];
        }
        // Largest remainder (Hamilton): the people left go one each to the largest remainders; equal remainders
        // go in the order of the tiers in the file.
        std::vector<std::size_t> order(tiers.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) { return remainder[a] > remainder[c]; });
        for (std::size_t k = 0; k < order.size() && given < payers; ++k, ++given)
            ++counts[tiers[order[k]]];
    }
    return counts;
}

FormatBudget computeFormat(const Project &p, const Budget &b, EventFormat f, int percent)
{
    return computeFormatWith(p, b, f, driversFor(p, f, percent), percent);
}

FormatBudget computeFormatWith(const Project &p, const Budget &b, EventFormat f, const Drivers &drivers, int percent)
{
    FormatBudget fb;
    fb.taxRegistered = b.organiserTaxRegistered;
    fb.format = f;
    fb.percent = percent;
    fb.drivers = drivers;
    fb.lines.resize(b.lines.size());
    fb.included.resize(b.lines.size());
    auto &c = fb.costs;
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        const auto &line = b.lines[i];
        if (!appliesTo(line.formats, f))
            continue;
        fb.included[i] = true;
        const auto a = computeLine(p, b, line, fb.drivers);
        fb.lines[i] = a;
        auto &cat = fb.categories[static_cast<int>(line.category)];
        cat.unitsHundredths += a.unitsHundredths;
        cat.extended += a.extended;
        cat.subtotal += a.subtotal;
        cat.serviceCharge += a.serviceCharge;
        cat.tax += a.tax;
        c.subtotal += a.subtotal;
        c.serviceCharge += a.serviceCharge;
        c.lineTax += a.tax;
    }
    c.contingency = roundDiv(static_cast<Wide>(c.subtotal + c.serviceCharge) * b.contingencyBp, 10000);
    c.managementFee = roundDiv(static_cast<Wide>(c.subtotal + c.serviceCharge + (b.managementFeeOnContingency ? c.contingency : 0)) * b.managementFeeBp, 10000);
    const Money taxed = (b.taxOnContingency ? c.contingency : 0) + (b.taxOnManagementFee ? c.managementFee : 0);
    c.tax = c.lineTax + roundDiv(static_cast<Wide>(taxed) * b.taxBp, 10000);
    c.total = c.subtotal + c.serviceCharge + c.contingency + c.managementFee + c.tax;

    fb.revenueCounts.resize(b.revenue.size());
    fb.revenueAmounts.resize(b.revenue.size());
    const auto payers = registrationCounts(b.revenue, f, fb.drivers);
    for (std::size_t i = 0; i < b.revenue.size(); ++i) {
        const auto &it = b.revenue[i];
        if (!appliesTo(it.formats, f))
            continue;
        std::int64_t count = it.quantity;
        if (it.type == RevenueType::Registration)
            count = payers[i];
        const std::int64_t rate = rateMicro(p, it.currency).value_or(0);
        const Money amount = roundDiv(static_cast<Wide>(it.amount) * count * rate, 1'000'000);
        fb.revenueCounts[i] = count;
        fb.revenueAmounts[i] = amount;
        fb.revenue.byType[static_cast<int>(it.type)] += amount;
        fb.revenue.total += amount;
        if (b.organiserTaxRegistered && isTaxableSale(it.type)) {
            const Money t = taxInside(amount, b.taxBp);
            fb.revenue.outputTax += t;
            fb.revenue.outputTaxByType[static_cast<int>(it.type)] += t;
        }
    }
    return fb;
}

std::optional<double> roiPercent(Money revenue, Money cost)
{
    if (cost <= 0)
        return std::nullopt;
    return static_cast<double>(revenue - cost) / static_cast<double>(cost) * 100.0;
}

BreakEven breakEven(const Project &p, const Budget &b, EventFormat f, const FormatBudget &likely)
{
    BreakEven be;
    const auto zero = computeFormat(p, b, f, 0);
    be.fixedCosts = zero.comparedCost();
    be.fixedRevenue = zero.comparedRevenue();
    be.attendees = likely.drivers.onsite + likely.drivers.online;
    const Money dC = likely.comparedCost() - zero.comparedCost();
    const Money dR = likely.comparedRevenue() - zero.comparedRevenue();
    const Money fNet = be.fixedCosts - be.fixedRevenue;
    if (be.attendees > 0) {
        be.pricePerAttendee = static_cast<double>(dR) / static_cast<double>(be.attendees);
        be.variablePerAttendee = static_cast<double>(dC) / static_cast<double>(be.attendees);
    }
    if (fNet <= 0)
        be.attendeesNeeded = 0;
    else if (be.attendees > 0 && dR > dC) // Q = F / (P − V) = F × N / (ΔR − ΔC), rounded up to whole people
        be.attendeesNeeded = static_cast<std::int64_t>((static_cast<Wide>(fNet) * be.attendees + (dR - dC) - 1) / (dR - dC));
    else
        be.noBreakEvenReason = be.attendees > 0 ? "price_not_above_variable" : "no_attendees";
    be.onsite = likely.drivers.onsite;
    be.online = likely.drivers.online;
    // The break-even fee: cost ÷ paying attendees, before and after the income that is not a fee.
    for (std::size_t i = 0; i < b.revenue.size(); ++i)
        if (b.revenue[i].type == RevenueType::Registration)
            be.payers += likely.revenueCounts[i];
    constexpr auto reg = static_cast<std::size_t>(RevenueType::Registration);
    const Money fees = likely.revenue.byType[reg] - likely.revenue.outputTaxByType[reg];
    const Money otherIncome = likely.comparedRevenue() - fees;
    const auto feeFor = [&](Money need) -> Money {
        if (need <= 0)
            return 0;
        // need ÷ payers, with the tax put back inside when the organiser is registered, rounded up.
        const Wide num = static_cast<Wide>(need) * (10000 + (b.organiserTaxRegistered ? b.taxBp : 0));
        const Wide den = static_cast<Wide>(be.payers) * 10000;
        return static_cast<Money>((num + den - 1) / den);
    };
    if (be.payers > 0) {
        be.feeBeforeFixedIncome = feeFor(likely.comparedCost());
        be.feeAfterFixedIncome = feeFor(likely.comparedCost() - otherIncome);
    } else {
        be.noFeeReason = "no_payers";
    }
    return be;
}

namespace {
void schedule(std::map<std::string, std::pair<Money, Money>> &months, const std::vector<Payment> &plan, const std::string &eventDay, Money total,
              bool out)
{
    if (total == 0)
        return;
    if (plan.empty()) {
        auto &m = months[eventDay.substr(0, 7)];
        (out ? m.first : m.second) += total;
        return;
    }
    Money left = total;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        // Every instalment is rounded; the last takes the remainder so the schedule adds up to the total.
        const Money part = i + 1 == plan.size() ? left : roundDiv(static_cast<Wide>(total) * plan[i].shareBp, 10000);
        left -= part;
        auto &m = months[plan[i].due.substr(0, 7)];
        (out ? m.first : m.second) += part;
    }
}
} // namespace

Exposure exposure(const Project &p, const Budget &b, const FormatBudget &fb)
{
    Exposure e;
    e.ceiling = b.exposureCeiling;
    std::map<std::string, std::pair<Money, Money>> months; // YYYY-MM → (out, in)
    const std::string &day = p.requirements.startDate.size() >= 7 ? p.requirements.startDate : std::string("0000-00-00");
    Money lineTotals = 0;
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        if (!fb.included[i])
            continue;
        schedule(months, b.lines[i].payments, day, fb.lines[i].total(), true);
        lineTotals += fb.lines[i].total();
    }
    schedule(months, {}, day, fb.costs.total - lineTotals, true); // contingency, fee and their tax: at the event
    for (std::size_t i = 0; i < b.revenue.size(); ++i)
        schedule(months, b.revenue[i].receipts, day, fb.revenueAmounts[i], false);
    Money cum = 0;
    bool revenueSeen = false;
    for (const auto &[month, flow] : months) {
        if (flow.second > 0)
            revenueSeen = true;
        if (!revenueSeen)
            e.committedBeforeRevenue += flow.first;
        cum += flow.second - flow.first;
        e.months.push_back({month, flow.first, flow.second, cum});
        if (-cum > e.peak) {
            e.peak = -cum;
            e.peakMonth = month;
        }
    }
    return e;
}

double rateUsed(double rate)
{
    return static_cast<double>(std::llround(rate * 1e6)) / 1e6;
}

FxSensitivity fxSensitivity(const Project &p, const Budget &b, EventFormat f, const FormatBudget &likely)
{
    FxSensitivity fx;
    // The project with other exchange rates, made once: everything but the venues, which a budget never reads (a
    // venue library of 10,000 venues was copied here 4 times per format and currency on every budget recompute).
    Project q;
    q.schemaVersion = p.schemaVersion;
    q.meta = p.meta;
    q.requirements = p.requirements;
    q.criteria = p.criteria;
    q.sections = p.sections;
    const auto at = [&](const std::string &only, bool highEnd) { // the project with one (or every, "") currency moved
        q.meta.fxRates = p.meta.fxRates;
        for (auto &r : q.meta.fxRates)
            if (r.hasRange() && (only.empty() || r.currency == only))
                r.rate = highEnd ? r.highRate() : r.lowRate();
        return computeFormatWith(q, b, f, likely.drivers, likely.percent);
    };
    for (const auto &r : p.meta.fxRates) {
        if (!r.hasRange())
            continue;
        FxEffect e;
        e.currency = r.currency;
        e.rate = rateUsed(r.rate);
        e.low = rateUsed(r.lowRate());
        e.high = rateUsed(r.highRate());
        e.costChange = at(r.currency, true).comparedCost() - likely.comparedCost();
        e.revenueChange = at(r.currency, false).comparedRevenue() - likely.comparedRevenue();
        fx.currencies.push_back(std::move(e));
    }
    if (fx.currencies.empty())
        return fx;
    const auto high = at({}, true);
    fx.costAtAdverse = high.comparedCost();
    fx.totalAtAdverse = high.costs.total;
    fx.revenueAtAdverse = at({}, false).comparedRevenue();
    return fx;
}

BudgetSummary computeBudget(const Project &p, const Budget &b)
{
    BudgetSummary s;
    for (auto f : kAllFormats) {
        auto &fs = s.formats[static_cast<int>(f)];
        for (int i = 0; i < 3; ++i)
            fs.scenarios[i] = computeFormat(p, b, f, b.scenarioPercent[i]);
        fs.likely = fs.scenarios[1];
        fs.breakEven = breakEven(p, b, f, fs.likely);
        fs.roiPercent = roiPercent(fs.likely.comparedRevenue(), fs.likely.comparedCost());
        fs.exposure = exposure(p, b, fs.likely);
        fs.fx = fxSensitivity(p, b, f, fs.likely);
    }
    return s;
}

} // namespace vb
