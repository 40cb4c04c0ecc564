// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetcalc.h"

#include <string>
#include <vector>

namespace vb {

/** One line of a client quote: a cost category (or contingency / management fee) at cost and at price. */
struct QuoteLine {
    std::string key; ///< category key, "contingency" or "management_fee"
    LocalizedText label;
    Money cost = 0;  ///< 未稅 cost from the budget
    Money price = 0; ///< cost with the markup, rounded per line
};

/** A client quote (O1.2.2) computed from the budget with one version's terms. */
struct Quote {
    QuoteVersion terms;
    std::vector<QuoteLine> lines;
    Money cost = 0;      ///< Σ line cost (未稅)
    Money subtotal = 0;  ///< Σ line price
    Money discount = 0;
    Money beforeTax = 0; ///< subtotal − discount (未稅)
    Money tax = 0;
    Money total = 0;     ///< 含稅
    [[nodiscard]] Money margin() const { return beforeTax - cost; }
    /** The version was issued with other totals than the current budget gives. */
    [[nodiscard]] bool changedSinceIssued() const { return terms.frozenTotal && *terms.frozenTotal != total; }
};

/** The quote of terms.format from the budget (likely scenario). */
[[nodiscard]] Quote computeQuote(const Project &p, const Budget &b, const QuoteVersion &terms);

/** What changed from version index−1 to version index (terms, totals, and the author's note), one sentence each. */
[[nodiscard]] std::vector<std::string> quoteChanges(const Budget &b, std::size_t index, Lang l);

/** The next version: the last one's terms (or defaults), numbered after it, with the current totals frozen. */
[[nodiscard]] QuoteVersion nextQuoteVersion(const Project &p, const Budget &b, std::string issued);

} // namespace vb
