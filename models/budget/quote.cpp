// SPDX-License-Identifier: GPL-3.0-or-later
// The client quote (O1.2.2): budget cost per category → markup → discount → 5 % business tax.
#include "quote.h"
#include "messages.h"

#include "analysis.h"
#include "numbers.h"

#include "jsontext.h"

#include <algorithm>


namespace vb {

namespace {

/** Shares the category's price over its lines in proportion to their cost, by largest remainder (ties to the earlier
 *  line), so the lines add up to the category's price exactly: the quote's rounding stays per category. */
void shareByCost(QuoteLine &line)
{
    if (line.items.empty() || line.cost == 0)
        return;
    Money given = 0;
    std::vector<std::pair<Wide, std::size_t>> remainders;
    for (std::size_t k = 0; k < line.items.size(); ++k) {
        const Wide num = static_cast<Wide>(line.price) * line.items[k].cost;
        Wide quotient = num / line.cost, rest = num % line.cost;
        if (rest < 0) { // floor for a negative share (a credit line)
            quotient -= 1;
            rest += line.cost;
        }
        line.items[k].price = static_cast<Money>(quotient);
        given += line.items[k].price;
        remainders.push_back({rest, k});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; given < line.price && k < remainders.size(); ++k, ++given)
        line.items[remainders[k].second].price += 1;
}

} // namespace

Quote computeQuote(const Project &p, const Budget &b, const QuoteVersion &terms)
{
    Quote q;
    q.terms = terms;
    const auto fb = computeFormat(p, b, terms.format, b.scenarioPercent[1]);
    const auto price = [&](Money cost, bool markup) {
        return markup ? roundDiv(static_cast<Wide>(cost) * (10000 + terms.markupBp), 10000) : cost;
    };
    for (int c = 0; c < kCategoryCount; ++c) {
        const auto &a = fb.categories[static_cast<std::size_t>(c)];
        if (a.beforeTax() == 0)
            continue;
        const auto cat = static_cast<CostCategory>(c);
        QuoteLine line{categoryKey(cat), {categoryName(cat, Lang::ZhTW), categoryName(cat, Lang::En)}, a.beforeTax(), price(a.beforeTax(), true), {}};
        for (std::size_t i = 0; i < b.lines.size(); ++i)
            if (b.lines[i].category == cat && fb.included[i] && fb.lines[i].beforeTax() != 0)
                line.items.push_back({i, b.lines[i].description, fb.lines[i].beforeTax(), 0});
        shareByCost(line);
        q.lines.push_back(std::move(line));
    }
    if (fb.costs.contingency)
        q.lines.push_back({"contingency", {tr(Lang::ZhTW, "common.contingency"), tr(Lang::En, "common.contingency")}, fb.costs.contingency, price(fb.costs.contingency, true), {}});
    if (fb.costs.managementFee)
        q.lines.push_back({"management_fee", {tr(Lang::ZhTW, "quote.line_management_fee"), tr(Lang::En, "quote.line_management_fee")}, fb.costs.managementFee, fb.costs.managementFee, {}});
    for (const auto &l : q.lines) {
        q.cost += l.cost;
        q.subtotal += l.price;
    }
    q.discount = roundDiv(static_cast<Wide>(q.subtotal) * terms.discountBp, 10000);
    q.beforeTax = q.subtotal - q.discount;
    q.tax = roundDiv(static_cast<Wide>(q.beforeTax) * b.taxBp, 10000);
    q.total = q.beforeTax + q.tax;
    return q;
}


std::vector<std::string> quoteChanges(const Budget &b, std::size_t index, Lang l)
{
    std::vector<std::string> out;
    if (index >= b.quotes.size())
        return out;
    const auto &cur = b.quotes[index];
    if (index == 0) {
        out.push_back(tr(l, "quote.first_version"));
    } else {
        const auto &prev = b.quotes[index - 1];
        if (prev.format != cur.format)
            out.push_back(tr(l, "quote.format") + std::string(formatName(prev.format, l)) + " → " + formatName(cur.format, l));
        if (prev.markupBp != cur.markupBp)
            out.push_back(tr(l, "quote.markup") + formatPercentBp(prev.markupBp, BasisPointStyle::Document) + " → " + formatPercentBp(cur.markupBp, BasisPointStyle::Document));
        if (prev.discountBp != cur.discountBp)
            out.push_back(tr(l, "quote.discount") + formatPercentBp(prev.discountBp, BasisPointStyle::Document) + " → " + formatPercentBp(cur.discountBp, BasisPointStyle::Document));
        if (prev.validUntil != cur.validUntil)
            out.push_back(tr(l, "quote.valid_until") + prev.validUntil + " → " + cur.validUntil);
        if (prev.paymentTerms != cur.paymentTerms)
            out.push_back(tr(l, "quote.payment_terms_changed"));
        if (prev.frozenTotal && cur.frozenTotal && *prev.frozenTotal != *cur.frozenTotal) {
            const Money d = *cur.frozenTotal - *prev.frozenTotal;
            out.push_back(tr(l, "quote.total_incl_tax") + groupThousands(*prev.frozenTotal) + " → " + groupThousands(*cur.frozenTotal) + " ("
                          + (d > 0 ? "+" : "") + groupThousands(d) + ")");
        }
    }
    if (!cur.changeNote.get(l).empty())
        out.push_back(cur.changeNote.get(l));
    return out;
}

std::vector<std::string> clientQuoteChanges(const Budget &b, std::size_t index, Lang l)
{
    std::vector<std::string> out;
    if (index >= b.quotes.size())
        return out;
    const auto &cur = b.quotes[index];
    if (index == 0) {
        out.push_back(tr(l, "quote.first_version"));
    } else {
        const auto &prev = b.quotes[index - 1];
        if (prev.format != cur.format)
            out.push_back(tr(l, "quote.format") + std::string(formatName(prev.format, l)) + " → " + formatName(cur.format, l));
        if (prev.discountBp != cur.discountBp)
            out.push_back(tr(l, "quote.discount") + formatPercentBp(prev.discountBp, BasisPointStyle::Document) + " → " + formatPercentBp(cur.discountBp, BasisPointStyle::Document));
        if (prev.validUntil != cur.validUntil)
            out.push_back(tr(l, "quote.valid_until") + prev.validUntil + " → " + cur.validUntil);
        if (prev.paymentTerms != cur.paymentTerms)
            out.push_back(tr(l, "quote.payment_terms_changed"));
        const auto change = [&](MsgId id, std::optional<Money> was, std::optional<Money> now) {
            if (!was || !now || *was == *now)
                return;
            const Money d = *now - *was;
            out.push_back(tr(l, id) + groupThousands(*was) + " → " + groupThousands(*now) + " (" + (d > 0 ? "+" : "") + groupThousands(d) + ")");
        };
        change("quote.total_excl_tax", prev.frozenNet, cur.frozenNet);
        change("quote.total_incl_tax", prev.frozenTotal, cur.frozenTotal);
    }
    if (!cur.changeNote.get(l).empty())
        out.push_back(cur.changeNote.get(l));
    return out;
}

std::string quoteNumber(const Project &p, int version)
{
    std::string prefix;
    if (const auto *c = letterhead(p); c && !c->quotePrefix.empty()) {
        prefix = c->quotePrefix;
    } else {
        prefix = "Q";
        for (char ch : p.requirements.startDate)
            if (ch >= '0' && ch <= '9')
                prefix += ch;
    }
    const std::string v = std::to_string(version);
    return prefix + "-" + (v.size() < 2 ? "0" + v : v);
}

QuoteVersion nextQuoteVersion(const Project &p, const Budget &b, std::string issued)
{
    QuoteVersion v;
    if (!b.quotes.empty()) {
        v = b.quotes.back();
        v.changeNote = {};
    } else {
        v.paymentTerms = {"簽約時付 50%，會議結束後 30 日內付清餘款", "50 % on signing, balance within 30 days after the event"};
        v.validUntil = issued;
    }
    v.version = static_cast<int>(b.quotes.size()) + 1;
    v.issued = std::move(issued);
    const Quote q = computeQuote(p, b, v);
    v.frozenNet = q.beforeTax;
    v.frozenTax = q.tax;
    v.frozenTotal = q.total;
    return v;
}

} // namespace vb
