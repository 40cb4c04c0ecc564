// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of the negotiation and contract pages (dealedit.h): typed checks in the user's language, then the file
// reader's own checks (write the section, read it back) and the project's (checkNegotiation / checkContract).
#include "dealedit.h"

#include "messages.h"
#include "numbers.h"

#include <algorithm>

namespace vb::deal {

namespace {

constexpr Money kMaxAmount = 10'000'000'000'000;

using Diags = std::vector<Diagnostic>;

Diagnostic error(std::string path, std::string message)
{
    return Diagnostic{Diagnostic::Severity::Error, std::move(path), std::move(message)};
}

void checkAmount(Diags &out, const std::string &path, std::optional<Money> m, Lang lang)
{
    if (m && (*m < 0 || *m > kMaxAmount))
        out.push_back(error(path, tr(lang, "deal.edit.amount_range", {groupThousands(*m)})));
}

void checkPercent(Diags &out, const std::string &path, int bp, int maxBp, Lang lang)
{
    if (bp < 0 || bp > maxBp)
        out.push_back(error(path, tr(lang, "deal.edit.percent_range", {formatPercentBp(maxBp), formatPercentBp(bp)})));
}

void checkPermille(Diags &out, const std::string &path, int hundredths, Lang lang)
{
    if (hundredths < 0 || hundredths > 100'000)
        out.push_back(error(path, tr(lang, "deal.edit.permille_range", {formatGroupedHundredths(hundredths) + " \u2030"})));
}

void checkCount(Diags &out, const std::string &path, std::int64_t v, std::int64_t lo, std::int64_t hi, Lang lang)
{
    if (v < lo || v > hi)
        out.push_back(error(path, tr(lang, "deal.edit.count_range", {std::to_string(lo), groupThousands(hi), std::to_string(v)})));
}

/** A required date: empty or not a calendar day is an error. */
void checkDate(Diags &out, const std::string &path, const std::string &d, Lang lang, bool required = true)
{
    if (d.empty()) {
        if (required)
            out.push_back(error(path, tr(lang, "deal.edit.date_missing")));
    } else if (!isDate(d)) {
        out.push_back(error(path, tr(lang, "deal.edit.bad_date", {d})));
    }
}

bool emptyText(const LocalizedText &t)
{
    return t.zh.empty() && t.en.empty();
}

std::string rowPath(const std::string &list, std::size_t i)
{
    return list + "/" + std::to_string(i);
}

/** The section as the file reader sees it: written by dealio.cpp and read back. Reader errors are structural (a
 *  value the file cannot hold); they keep their pointer, their words come from the catalogue. */
template<typename T>
Diags readBack(const T &section, Lang lang)
{
    Project tmp;
    tmp.sections.set(section);
    JsonReader r;
    Project back;
    const std::string key(T::kSectionKey);
    if constexpr (std::is_same_v<T, Negotiation>)
        readNegotiationSection(r, writeNegotiationSection(tmp), "/" + key, back);
    else
        readContractSection(r, writeContractSection(tmp), "/" + key, back);
    Diags out;
    for (const auto &d : r.errors())
        out.push_back(error(d.path, tr(lang, "deal.edit.invalid")));
    return out;
}

/** Puts section into p when neither the typed checks (pre), the reader nor the project's check finds an error;
 *  returns every diagnostic (the warnings of an accepted edit too). On an error p is left as it was. */
template<typename T>
Diags apply(Project &p, T section, Diags pre, Lang lang)
{
    if (std::any_of(pre.begin(), pre.end(), [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }))
        return pre;
    if (auto read = readBack(section, lang); !read.empty())
        return read;
    const auto kept = p.sections.share(T::kSectionKey);
    p.sections.set(std::move(section));
    Diags all;
    if constexpr (std::is_same_v<T, Negotiation>)
        all = checkNegotiation(p, lang);
    else
        all = checkContract(p, lang);
    if (std::any_of(all.begin(), all.end(), [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }))
        p.sections.put(std::string(T::kSectionKey), kept);
    return all;
}

Diags noNegotiation(Lang lang)
{
    return {error("/negotiation", tr(lang, "deal.edit.no_negotiation"))};
}

Diags noContract(Lang lang)
{
    return {error("/contract", tr(lang, "deal.edit.no_contract"))};
}

Diags noRow(const std::string &list, std::size_t index, Lang lang)
{
    return {error(rowPath(list, index), tr(lang, "deal.edit.no_row", {std::to_string(index + 1)}))};
}

void checkRound(Diags &out, const std::string &path, const Round &r, Lang lang)
{
    checkDate(out, path + "/date", r.date, lang);
    checkAmount(out, path + "/offer", r.offer, lang);
}

} // namespace

// ── negotiation ──

NegotiationTerms termsOf(const Negotiation &n)
{
    return NegotiationTerms{n.format, n.feeModel, n.minMarginBp, n.targetMarginBp, n.batna, n.clientReservation, n.opening, n.governmentTender, n.roundLimit};
}

std::vector<Diagnostic> startNegotiation(Project &p, Lang lang)
{
    if (hasNegotiation(p))
        return {};
    Negotiation n;
    if (hasBudget(p) && !budgetOf(p).quotes.empty())
        n.format = budgetOf(p).quotes.front().format;
    return apply(p, std::move(n), {}, lang);
}

std::vector<Diagnostic> setNegotiationTerms(Project &p, const NegotiationTerms &t, Lang lang)
{
    if (!hasNegotiation(p))
        return noNegotiation(lang);
    Diags pre;
    const std::string np = "/negotiation";
    checkPercent(pre, np + "/min_margin_percent", t.minMarginBp, 9999, lang);
    checkPercent(pre, np + "/target_margin_percent", t.targetMarginBp, 9999, lang);
    checkAmount(pre, np + "/batna", t.batna, lang);
    checkAmount(pre, np + "/client_reservation_estimate", t.clientReservation, lang);
    checkAmount(pre, np + "/opening_price", t.opening, lang);
    if (t.roundLimit)
        checkCount(pre, np + "/round_limit", *t.roundLimit, 1, 1000, lang);
    Negotiation n = negotiationOf(p);
    n.format = t.format;
    n.feeModel = t.feeModel;
    n.minMarginBp = t.minMarginBp;
    n.targetMarginBp = t.targetMarginBp;
    n.batna = t.batna;
    n.clientReservation = t.clientReservation;
    n.opening = t.opening;
    n.governmentTender = t.governmentTender;
    n.roundLimit = t.roundLimit;
    return apply(p, std::move(n), std::move(pre), lang);
}

std::vector<Diagnostic> setConcession(Project &p, std::size_t index, const Concession &c, Lang lang)
{
    if (!hasNegotiation(p))
        return noNegotiation(lang);
    Negotiation n = negotiationOf(p);
    const std::string list = "/negotiation/concessions";
    if (index > n.concessions.size())
        return noRow(list, index, lang);
    Diags pre;
    checkAmount(pre, rowPath(list, index) + "/amount", c.amount, lang);
    if (index == n.concessions.size())
        n.concessions.push_back(c);
    else
        n.concessions[index] = c;
    return apply(p, std::move(n), std::move(pre), lang);
}

std::vector<Diagnostic> removeConcession(Project &p, std::size_t index, Lang lang)
{
    if (!hasNegotiation(p))
        return noNegotiation(lang);
    Negotiation n = negotiationOf(p);
    if (index >= n.concessions.size())
        return noRow("/negotiation/concessions", index, lang);
    n.concessions.erase(n.concessions.begin() + static_cast<std::ptrdiff_t>(index));
    return apply(p, std::move(n), {}, lang);
}

std::vector<Diagnostic> setRound(Project &p, std::size_t index, const Round &r, Lang lang)
{
    if (!hasNegotiation(p))
        return noNegotiation(lang);
    Negotiation n = negotiationOf(p);
    const std::string list = "/negotiation/rounds";
    if (index > n.rounds.size())
        return noRow(list, index, lang);
    Diags pre;
    checkRound(pre, rowPath(list, index), r, lang);
    if (index == n.rounds.size())
        n.rounds.push_back(r);
    else
        n.rounds[index] = r;
    return apply(p, std::move(n), std::move(pre), lang);
}

std::vector<Diagnostic> removeRound(Project &p, std::size_t index, Lang lang)
{
    if (!hasNegotiation(p))
        return noNegotiation(lang);
    Negotiation n = negotiationOf(p);
    if (index >= n.rounds.size())
        return noRow("/negotiation/rounds", index, lang);
    n.rounds.erase(n.rounds.begin() + static_cast<std::ptrdiff_t>(index));
    return apply(p, std::move(n), {}, lang);
}

// ── contract ──

ContractTerms termsOf(const Contract &c)
{
    return ContractTerms{c.governmentClient, c.client, c.contractor, c.event, c.quoteVersion, c.performanceBondBp, c.latePenalty, c.stampDuty, c.court, c.gdpr};
}

std::vector<Diagnostic> startContract(Project &p, Lang lang)
{
    if (hasContract(p))
        return {};
    Contract c;
    if (hasBudget(p) && !budgetOf(p).quotes.empty())
        c.quoteVersion = static_cast<int>(budgetOf(p).quotes.size());
    return apply(p, std::move(c), {}, lang);
}

std::vector<Diagnostic> setContractTerms(Project &p, const ContractTerms &t, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Diags pre;
    const std::string cp = "/contract";
    checkCount(pre, cp + "/quote_version", t.quoteVersion, 1, 1000, lang);
    checkPercent(pre, cp + "/performance_bond_percent", t.performanceBondBp, 10000, lang);
    checkPermille(pre, cp + "/late_penalty/per_day_permille", t.latePenalty.perDayHundredthsPermille, lang);
    checkPercent(pre, cp + "/late_penalty/cap_percent", t.latePenalty.capBp, 10000, lang);
    checkPermille(pre, cp + "/late_penalty/partial_permille", t.latePenalty.partialHundredthsPermille, lang);
    Contract c = contractOf(p);
    c.governmentClient = t.governmentClient;
    c.client = t.client;
    c.contractor = t.contractor;
    c.event = t.event;
    c.quoteVersion = t.quoteVersion;
    c.performanceBondBp = t.performanceBondBp;
    c.latePenalty = t.latePenalty;
    c.stampDuty = t.stampDuty;
    c.court = t.court;
    c.gdpr = t.gdpr;
    return apply(p, std::move(c), std::move(pre), lang);
}

std::vector<Diagnostic> setContractStatus(Project &p, ContractStatus status, const std::string &date, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Contract c = contractOf(p);
    Diags pre;
    if (status == ContractStatus::Draft) {
        c.agreed.reset();
        c.signedDate.reset();
    } else {
        checkDate(pre, status == ContractStatus::Signed ? "/contract/signed_date" : "/contract/agreed/date", date, lang);
        // Agreeing records what the agreed version costs now; signing keeps what was agreed (or records it now).
        if (status == ContractStatus::Agreed || !c.agreed) {
            const ContractPrice price = contractPrice(p, budgetOf(p), c);
            c.agreed = Agreed{date, price.beforeTax, price.tax, price.total};
        }
        if (status == ContractStatus::Signed)
            c.signedDate = date;
        else
            c.signedDate.reset();
    }
    c.status = status;
    return apply(p, std::move(c), std::move(pre), lang);
}

std::vector<Diagnostic> setPayments(Project &p, const std::vector<PaymentMilestone> &payments, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Diags pre;
    for (std::size_t i = 0; i < payments.size(); ++i) {
        const std::string mp = rowPath("/contract/payments", i);
        if (emptyText(payments[i].milestone))
            pre.push_back(error(mp + "/milestone", tr(lang, "deal.edit.name_missing")));
        checkPercent(pre, mp + "/percent", payments[i].shareBp, 10000, lang);
        checkDate(pre, mp + "/due", payments[i].due, lang);
    }
    Contract c = contractOf(p);
    c.payments = payments;
    return apply(p, std::move(c), std::move(pre), lang);
}

std::vector<Diagnostic> setScale(Project &p, bool cancellation, const std::vector<ScaleRow> &rows, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Diags pre;
    const std::string list = cancellation ? "/contract/cancellation" : "/contract/postponement";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        checkCount(pre, rowPath(list, i) + "/min_days_before", rows[i].minDaysBefore, 0, 100'000, lang);
        checkPercent(pre, rowPath(list, i) + "/percent", rows[i].percentBp, 10000, lang);
    }
    Contract c = contractOf(p);
    (cancellation ? c.cancellation : c.postponement) = rows;
    return apply(p, std::move(c), std::move(pre), lang);
}

std::vector<Diagnostic> setSignatory(Project &p, std::size_t index, const Signatory &s, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Contract c = contractOf(p);
    const std::string list = "/contract/signatories";
    if (index > c.signatories.size())
        return noRow(list, index, lang);
    Diags pre;
    if (s.name.empty())
        pre.push_back(error(rowPath(list, index) + "/name", tr(lang, "deal.edit.name_missing")));
    checkDate(pre, rowPath(list, index) + "/date", s.date, lang, false);
    if (index == c.signatories.size())
        c.signatories.push_back(s);
    else
        c.signatories[index] = s;
    return apply(p, std::move(c), std::move(pre), lang);
}

std::vector<Diagnostic> removeSignatory(Project &p, std::size_t index, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Contract c = contractOf(p);
    if (index >= c.signatories.size())
        return noRow("/contract/signatories", index, lang);
    c.signatories.erase(c.signatories.begin() + static_cast<std::ptrdiff_t>(index));
    return apply(p, std::move(c), {}, lang);
}

std::vector<Diagnostic> setClause(Project &p, const Clause &cl, Lang lang)
{
    if (!hasContract(p))
        return noContract(lang);
    Contract c = contractOf(p);
    const auto it = std::find_if(c.clauses.begin(), c.clauses.end(), [&](const Clause &x) { return x.id == cl.id; });
    if (emptyText(cl.text)) {
        if (it != c.clauses.end())
            c.clauses.erase(it);
    } else if (it != c.clauses.end()) {
        *it = cl;
    } else {
        c.clauses.push_back(cl);
    }
    return apply(p, std::move(c), {}, lang);
}

} // namespace vb::deal
