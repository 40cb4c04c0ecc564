// SPDX-License-Identifier: GPL-3.0-or-later
// The client quote (O1.2.2): budget cost per category → markup → discount → 5 % business tax.
#include "quote.h"
#include "messages.h"

#include "analysis.h"
#include "numbers.h"

#include "jsontext.h"


namespace vb {

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
        q.lines.push_back({categoryKey(cat), {categoryName(cat, Lang::ZhTW), categoryName(cat, Lang::En)}, a.beforeTax(), price(a.beforeTax(), true)});
    }
    if (fb.costs.contingency)
        q.lines.push_back({"contingency", {tr(Lang::ZhTW, "common.contingency"), tr(Lang::En, "common.contingency")}, fb.costs.contingency, price(fb.costs.contingency, true)});
    if (fb.costs.managementFee)
        q.lines.push_back({"management_fee", {tr(Lang::ZhTW, "quote.line_management_fee"), tr(Lang::En, "quote.line_management_fee")}, fb.costs.managementFee, fb.costs.managementFee});
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
