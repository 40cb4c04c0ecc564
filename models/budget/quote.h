// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetcalc.h"

#include <string>
#include <vector>

namespace vb {

/** A budget line inside a category of the quote: its cost and its share of the category's price. */
struct QuoteItem {
    std::size_t line = 0; ///< index into Budget::lines
    LocalizedText label;  ///< the line's description
    Money cost = 0;       ///< 未稅 cost in the quoted format
    Money price = 0;      ///< the category's price shared in proportion to cost (largest remainder): Σ = the category's
};

/** One line of a client quote: a cost category (or contingency / management fee) at cost and at price. */
struct QuoteLine {
    std::string key; ///< category key, "contingency" or "management_fee"
    LocalizedText label;
    Money cost = 0;  ///< 未稅 cost from the budget
    Money price = 0; ///< cost with the markup, rounded per line
    std::vector<QuoteItem> items; ///< the budget lines of a category (empty for contingency and management fee)
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

/** What changed from version index−1 to version index (terms, totals, and the author's note), one sentence each;
 *  with the markup: for the PCO (the quote page, the cost sheet). */
[[nodiscard]] std::vector<std::string> quoteChanges(const Budget &b, std::size_t index, Lang l);
/** The same as the client sees it: format, discount, validity, payment terms, the totals before and with tax and
 *  the author's note; never the markup. */
[[nodiscard]] std::vector<std::string> clientQuoteChanges(const Budget &b, std::size_t index, Lang l);

/** The quote number of a version: meta.pco.quote_prefix (else "Q" + the start date's digits), "-", the version in
 *  two digits or more: "CS-IAC2028-02", "Q20281017-01". */
[[nodiscard]] std::string quoteNumber(const Project &p, int version);

/** The next version: the last one's terms (or defaults), numbered after it, with the current totals frozen. */
[[nodiscard]] QuoteVersion nextQuoteVersion(const Project &p, const Budget &b, std::string issued);

} // namespace vb
