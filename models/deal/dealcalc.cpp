// SPDX-License-Identifier: GPL-3.0-or-later
// Negotiation and contract arithmetic (docs/deal.md). Money is whole TWD; products go through Wide and roundDiv.
#include "deal.h"

#include "bidbook.h"
#include "numbers.h"

#include <algorithm>
#include <chrono>

namespace vb::deal {

namespace {

Diagnostic diag(Diagnostic::Severity s, std::string path, std::string message)
{
    return Diagnostic{s, std::move(path), std::move(message)};
}

std::string money(Money m)
{
    return groupThousands(m);
}

std::string bp(int v)
{
    return formatPercentBp(v);
}

/** Serial day number of a valid YYYY-MM-DD date. */
std::optional<std::int64_t> dayNumber(const std::string &s)
{
    if (!isDate(s))
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day d{year(std::stoi(s.substr(0, 4))), month(static_cast<unsigned>(std::stoi(s.substr(5, 2)))),
                           day(static_cast<unsigned>(std::stoi(s.substr(8, 2))))};
    return sys_days(d).time_since_epoch().count();
}

} // namespace

std::optional<std::int64_t> daysBetween(const std::string &a, const std::string &b)
{
    const auto da = dayNumber(a), db = dayNumber(b);
    if (!da || !db)
        return std::nullopt;
    return *db - *da;
}

// ── negotiation ──

Money priceForMargin(Money cost, int marginBp)
{
    const Wide num = static_cast<Wide>(cost) * 10000;
    const Wide den = 10000 - std::clamp(marginBp, 0, 9999);
    return static_cast<Money>((num + den - 1) / den); // cost ≥ 0: the ceiling
}

Money taxOn(Money price, int taxBp)
{
    return roundDiv(static_cast<Wide>(price) * taxBp, 10000);
}

NegotiationPlan planNegotiation(const Project &p, const Budget &b, const Negotiation &n)
{
    NegotiationPlan plan;
    plan.format = n.format;
    plan.taxBp = b.taxBp;
    // The cost base is the quote's (computeQuote): every cost line with its service charge, the contingency and the
    // management fee, before tax, at the likely attendance.
    const FormatBudget fb = computeFormat(p, b, n.format, b.scenarioPercent[1]);
    plan.cost = fb.costs.beforeTax();
    plan.floor = priceForMargin(plan.cost, n.minMarginBp);
    plan.target = priceForMargin(plan.cost, n.targetMarginBp);
    for (const auto &c : n.concessions)
        plan.concessions += c.amount;
    plan.opening = n.opening.value_or(plan.target + plan.concessions);
    plan.batna = n.batna;
    plan.clientReservation = n.clientReservation;
    plan.walkAway = std::max(plan.floor, n.batna.value_or(0));
    plan.hasZone = n.clientReservation && *n.clientReservation >= plan.walkAway;
    Money price = plan.opening;
    const auto step = [&](Money concession) {
        Step s;
        s.concession = concession;
        s.price = price;
        s.margin = price > 0 ? static_cast<double>(price - plan.cost) / static_cast<double>(price) : 0.0;
        s.tax = taxOn(price, b.taxBp);
        s.withTax = price + s.tax;
        s.belowFloor = price < plan.floor;
        plan.steps.push_back(s);
    };
    step(0);
    for (const auto &c : n.concessions) {
        price -= c.amount;
        step(c.amount);
    }
    for (const auto &t : n.tradeOffs) {
        TradeOffRow row;
        row.line = t.line;
        row.note = t.note;
        for (std::size_t i = 0; i < b.lines.size(); ++i)
            if (b.lines[i].id == t.line) {
                row.found = true;
                row.label = b.lines[i].description;
                row.cost = i < fb.lines.size() && fb.included[i] ? fb.lines[i].beforeTax() : 0;
            }
        plan.tradeOffs.push_back(row);
    }
    return plan;
}

std::vector<Diagnostic> checkNegotiation(const Project &p, Lang lang)
{
    std::vector<Diagnostic> out;
    if (!hasNegotiation(p))
        return out;
    const Negotiation n = negotiationOf(p);
    const std::string np = "/negotiation";
    if (n.targetMarginBp < n.minMarginBp)
        out.push_back(diag(Diagnostic::Severity::Error, np + "/target_margin_percent",
                           tr(lang, "negotiation.check.target_below_min", {bp(n.targetMarginBp), bp(n.minMarginBp)})));
    for (std::size_t i = 0; i < n.tradeOffs.size(); ++i) {
        bool found = false;
        for (const auto &l : budgetOf(p).lines)
            found |= l.id == n.tradeOffs[i].line;
        if (!found && !n.tradeOffs[i].line.empty())
            out.push_back(diag(Diagnostic::Severity::Error, np + "/trade_offs/" + std::to_string(i) + "/line",
                               tr(lang, "negotiation.check.unknown_line", {n.tradeOffs[i].line})));
    }
    for (std::size_t i = 1; i < n.concessions.size(); ++i)
        if (n.concessions[i].amount > n.concessions[i - 1].amount)
            out.push_back(diag(Diagnostic::Severity::Warning, np + "/concessions/" + std::to_string(i) + "/amount",
                               tr(lang, "negotiation.check.step_increasing",
                                  {std::to_string(i + 1), money(n.concessions[i].amount), money(n.concessions[i - 1].amount)})));
    for (std::size_t i = 1; i < n.rounds.size(); ++i)
        if (n.rounds[i].date < n.rounds[i - 1].date)
            out.push_back(diag(Diagnostic::Severity::Warning, np + "/rounds/" + std::to_string(i) + "/date",
                               tr(lang, "negotiation.check.round_order", {n.rounds[i].date, n.rounds[i - 1].date})));
    if (n.governmentTender && n.roundLimit && static_cast<int>(n.rounds.size()) > *n.roundLimit)
        out.push_back(diag(Diagnostic::Severity::Error, np + "/rounds",
                           tr(lang, "negotiation.check.rounds_over_limit", {std::to_string(n.rounds.size()), std::to_string(*n.roundLimit)})));
    if (n.governmentTender && !n.roundLimit)
        out.push_back(diag(Diagnostic::Severity::Warning, np + "/round_limit", tr(lang, "negotiation.check.tender_no_limit")));
    if (!hasBudget(p)) {
        out.push_back(diag(Diagnostic::Severity::Error, np + "/format", tr(lang, "negotiation.check.no_budget")));
        return out;
    }
    const NegotiationPlan plan = planNegotiation(p, budgetOf(p), n);
    for (std::size_t i = 1; i < plan.steps.size(); ++i)
        if (plan.steps[i].belowFloor)
            out.push_back(diag(Diagnostic::Severity::Error, np + "/concessions/" + std::to_string(i - 1) + "/amount",
                               tr(lang, "negotiation.check.step_below_floor",
                                  {std::to_string(i), money(plan.steps[i].price), money(plan.floor), bp(n.minMarginBp)})));
    if (n.batna && *n.batna > plan.floor)
        out.push_back(diag(Diagnostic::Severity::Warning, np + "/batna", tr(lang, "negotiation.check.floor_below_batna", {money(plan.floor), money(*n.batna)})));
    if (n.clientReservation && !plan.hasZone)
        out.push_back(diag(Diagnostic::Severity::Warning, np + "/client_reservation_estimate",
                           tr(lang, "negotiation.check.no_zone", {money(*n.clientReservation), money(plan.walkAway)})));
    return out;
}

// ── contract ──

LocalizedText eventNameOf(const Project &p, const Contract &c)
{
    if (!c.event.zh.empty() || !c.event.en.empty())
        return c.event;
    if (bid::hasBidBook(p))
        if (const auto congress = bid::bidBookOf(p).congress)
            return *congress;
    return p.meta.title;
}

ContractPrice contractPrice(const Project &p, const Budget &b, const Contract &c)
{
    ContractPrice cp;
    cp.version = c.quoteVersion;
    if (c.quoteVersion < 1 || static_cast<std::size_t>(c.quoteVersion) > b.quotes.size())
        return cp;
    cp.found = true;
    cp.quote = computeQuote(p, b, b.quotes[static_cast<std::size_t>(c.quoteVersion - 1)]);
    cp.format = cp.quote.terms.format;
    cp.beforeTax = cp.quote.beforeTax;
    cp.tax = cp.quote.tax;
    cp.total = cp.quote.total;
    return cp;
}

std::vector<PaymentDue> paymentSchedule(const Contract &c, Money total, const std::string &onDate)
{
    std::vector<PaymentDue> out;
    Money assigned = 0;
    for (std::size_t i = 0; i < c.payments.size(); ++i) {
        const auto &m = c.payments[i];
        PaymentDue d;
        d.milestone = m.milestone;
        d.shareBp = m.shareBp;
        d.due = m.due;
        // Each share rounded half up; the last milestone takes what is left, so the schedule adds up to the total.
        d.amount = i + 1 == c.payments.size() ? total - assigned : roundDiv(static_cast<Wide>(total) * m.shareBp, 10000);
        assigned += d.amount;
        d.dueByDate = !onDate.empty() && !m.due.empty() && m.due <= onDate;
        out.push_back(d);
    }
    return out;
}

ScaleFee scaleFee(const std::vector<ScaleRow> &scale, Money base, const std::string &eventStart, const std::string &onDate)
{
    ScaleFee f;
    f.daysBefore = daysBetween(onDate, eventStart);
    if (!f.daysBefore)
        return f;
    for (std::size_t i = 0; i < scale.size(); ++i)
        if (scale[i].minDaysBefore <= *f.daysBefore && (!f.row || scale[i].minDaysBefore > scale[*f.row].minDaysBefore))
            f.row = i;
    if (!f.row)
        return f;
    f.percentBp = scale[*f.row].percentBp;
    f.fee = roundDiv(static_cast<Wide>(base) * f.percentBp, 10000);
    return f;
}

LatePenalty latePenalty(const LatePenaltyTerms &t, Money total, std::int64_t days)
{
    LatePenalty lp;
    // ‰ kept in hundredths: total × rate ÷ 100 ÷ 1000.
    lp.daily = roundDiv(static_cast<Wide>(total) * t.perDayHundredthsPermille, 100000);
    lp.uncapped = lp.daily * std::max<std::int64_t>(days, 0);
    lp.cap = roundDiv(static_cast<Wide>(total) * t.capBp, 10000);
    lp.capped = lp.uncapped > lp.cap;
    lp.amount = std::min(lp.uncapped, lp.cap);
    return lp;
}

Money partialDelayDaily(const LatePenaltyTerms &t, Money total, Money part)
{
    const Money partDaily = roundDiv(static_cast<Wide>(part) * t.partialHundredthsPermille, 100000);
    return std::min(partDaily, latePenalty(t, total, 1).daily);
}

Money stampDutyOn(StampDuty s, Money amount)
{
    return s == StampDuty::Chenglan ? roundDiv(amount, 1000) : 0;
}

std::vector<Difference> contractDifferences(const Project &p, const Budget &b, const Contract &c)
{
    std::vector<Difference> out;
    if (c.status == ContractStatus::Draft || !c.agreed)
        return out;
    const ContractPrice cp = contractPrice(p, b, c);
    if (!cp.found)
        return out;
    const auto diff = [&](const char *key, Money agreed, Money now) {
        if (agreed != now)
            out.push_back(Difference{key, agreed, now});
    };
    diff("before_tax", c.agreed->beforeTax, cp.beforeTax);
    diff("tax", c.agreed->tax, cp.tax);
    diff("total", c.agreed->total, cp.total);
    return out;
}

AmountsOwed amountsOwed(const Project &p, const std::string &onDate, std::int64_t lateDays)
{
    AmountsOwed o;
    const Contract c = contractOf(p);
    const Budget b = budgetOf(p);
    o.price = contractPrice(p, b, c);
    o.schedule = paymentSchedule(c, o.price.total, onDate);
    for (const auto &d : o.schedule)
        if (d.dueByDate)
            o.dueBy += d.amount;
    // The scales apply to the price before tax; the penalty and the stamp duty to the total.
    o.cancellation = scaleFee(c.cancellation, o.price.beforeTax, p.requirements.startDate, onDate);
    o.postponement = scaleFee(c.postponement, o.price.beforeTax, p.requirements.startDate, onDate);
    o.late = latePenalty(c.latePenalty, o.price.total, lateDays);
    o.stampDuty = stampDutyOn(c.stampDuty, o.price.total);
    o.differences = contractDifferences(p, b, c);
    return o;
}

std::vector<Diagnostic> checkContract(const Project &p, Lang lang)
{
    std::vector<Diagnostic> out;
    if (!hasContract(p))
        return out;
    const Contract c = contractOf(p);
    const std::string cp = "/contract";
    const auto E = Diagnostic::Severity::Error;
    const auto W = Diagnostic::Severity::Warning;
    const Budget b = budgetOf(p);
    if (c.quoteVersion < 1 || static_cast<std::size_t>(c.quoteVersion) > b.quotes.size())
        out.push_back(diag(E, cp + "/quote_version", tr(lang, "contract.check.no_quote_version", {std::to_string(c.quoteVersion)})));
    // Payments: shares add up to 100 %, due between signing and the end of the event.
    if (!c.payments.empty()) {
        std::int64_t sum = 0;
        for (const auto &m : c.payments)
            sum += m.shareBp;
        if (sum != 10000)
            out.push_back(diag(E, cp + "/payments", tr(lang, "contract.check.payments_sum", {bp(static_cast<int>(sum))})));
    } else if (c.status != ContractStatus::Draft) {
        out.push_back(diag(W, cp + "/payments", tr(lang, "contract.check.no_payments")));
    }
    const std::string signing = c.signedDate ? *c.signedDate : c.agreed ? c.agreed->date : std::string();
    for (std::size_t i = 0; i < c.payments.size(); ++i) {
        const auto &due = c.payments[i].due;
        const std::string path = cp + "/payments/" + std::to_string(i) + "/due";
        if (due.empty())
            continue;
        if (!signing.empty() && due < signing)
            out.push_back(diag(E, path, tr(lang, "contract.check.due_before_signing", {due, signing})));
        if (!p.requirements.endDate.empty() && due > p.requirements.endDate)
            out.push_back(diag(W, path, tr(lang, "contract.check.due_after_event", {due, p.requirements.endDate})));
    }
    // Late penalty (採購契約要項 §45: a per-day amount or rate, at most 20 % of the price).
    if (c.latePenalty.perDayHundredthsPermille <= 0)
        out.push_back(diag(E, cp + "/late_penalty/per_day_permille", tr(lang, "contract.check.per_day_not_positive")));
    if (c.latePenalty.capBp > 2000)
        out.push_back(diag(E, cp + "/late_penalty/cap_percent", tr(lang, "contract.check.cap_over_20", {bp(c.latePenalty.capBp)})));
    if (c.latePenalty.capBp == 0)
        out.push_back(diag(W, cp + "/late_penalty/cap_percent", tr(lang, "contract.check.cap_zero")));
    if (c.performanceBondBp > 1000)
        out.push_back(diag(W, cp + "/performance_bond_percent", tr(lang, "contract.check.bond_over_10", {bp(c.performanceBondBp)})));
    // Scales: closer to the event never costs less (sorted by days before, descending, the percent never falls).
    const auto checkScale = [&](const std::vector<ScaleRow> &scale, const char *key) {
        std::vector<std::size_t> order(scale.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b2) { return scale[a].minDaysBefore > scale[b2].minDaysBefore; });
        for (std::size_t k = 1; k < order.size(); ++k) {
            const auto &far = scale[order[k - 1]], &near = scale[order[k]];
            const std::string path = cp + "/" + key + "/" + std::to_string(order[k]);
            if (near.minDaysBefore == far.minDaysBefore)
                out.push_back(diag(E, path + "/min_days_before", tr(lang, "contract.check.scale_duplicate_days", {std::to_string(near.minDaysBefore)})));
            else if (near.percentBp < far.percentBp)
                out.push_back(diag(E, path + "/percent",
                                   tr(lang, "contract.check.scale_not_monotonic",
                                      {bp(near.percentBp), std::to_string(near.minDaysBefore), bp(far.percentBp), std::to_string(far.minDaysBefore)})));
        }
    };
    checkScale(c.cancellation, "cancellation");
    checkScale(c.postponement, "postponement");
    // Status and dates.
    if (c.status != ContractStatus::Draft && !c.agreed)
        out.push_back(diag(E, cp + "/agreed", tr(lang, "contract.check.agreed_without_amounts")));
    if (c.status == ContractStatus::Signed && !c.signedDate)
        out.push_back(diag(E, cp + "/signed_date", tr(lang, "contract.check.signed_without_date")));
    if (c.signedDate && c.agreed && *c.signedDate < c.agreed->date)
        out.push_back(diag(E, cp + "/signed_date", tr(lang, "contract.check.signed_before_agreed", {*c.signedDate, c.agreed->date})));
    if (c.forceMajeure.switchTo) {
        for (std::size_t i = 0; i < b.quotes.size(); ++i)
            if (static_cast<int>(i) + 1 == c.quoteVersion && b.quotes[i].format == *c.forceMajeure.switchTo)
                out.push_back(diag(W, cp + "/force_majeure/switch_to", tr(lang, "contract.check.switch_same_format")));
    }
    // Once agreed, a budget or quote that no longer gives the agreed amounts is listed, never silently changed.
    for (const auto &d : contractDifferences(p, b, c))
        out.push_back(diag(W, cp + "/agreed/" + d.key, tr(lang, "contract.check.differs", {money(d.agreed), money(d.now), std::to_string(c.quoteVersion)})));
    return out;
}

} // namespace vb::deal
