// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Budget lines and the budget's percentages edited on the budget page, and the audit of a line: how its figure is
// made, as a person checks it in a spreadsheet. Each edit checks what the file reader checks (budgetio.cpp: the
// section is written and read back, then the project's checks run) and either changes the project or leaves it as
// it was and returns the reason: one sentence in the requested language, no JSON pointer. Ids are made from names.

#include "budgetcalc.h"
#include "projectedit.h"

#include <cstddef>
#include <optional>
#include <string>

namespace vb {

/** What a person edits of a budget line (the id, vendor, minimums, payments and note are kept or left empty). */
struct BudgetLineFields {
    LocalizedText description;
    CostCategory category = CostCategory::Other;
    QuantityBasis basis = QuantityBasis::Fixed;
    double unitCost = 0;  ///< in `currency`, at most two decimals
    double quantity = 1;  ///< at most two decimals
    std::string currency = "TWD";
    QuoteStatus status = QuoteStatus::Estimate;
    FormatMask formats = kAllFormatsMask;
    bool serviceCharge = false;
    TaxTreatment tax = TaxTreatment::Excluded;
};

/** The fields of line `index` of p's budget (defaults when there is none). */
[[nodiscard]] BudgetLineFields budgetLineFields(const Project &p, std::size_t index);

/** A refusal: the field at fault ("description", "quantity", "unit_cost", "currency", "formats", "contingency",
 *  "management_fee", "service_charge" or "") and the sentence. An empty message: the change was made. */
using BudgetEditError = EditRefusal;

/** Appends a line with an id made from its description (the project gets a budget when it has none). A description
 *  in one language only is used for the other too (the file needs both). */
[[nodiscard]] BudgetEditError addBudgetLine(Project &p, const BudgetLineFields &f, Lang l);
/** Replaces what a person edits of line index (its id, vendor, minimums, payments and note stay). */
[[nodiscard]] BudgetEditError setBudgetLine(Project &p, std::size_t index, const BudgetLineFields &f, Lang l);
[[nodiscard]] BudgetEditError removeBudgetLine(Project &p, std::size_t index, Lang l);
/** Moves line index delta places among the lines of its category (the tables show the lines by category, so "up"
 *  swaps it with the previous line of the same category); clamped at the first and last of them, where it changes
 *  nothing and returns "". */
[[nodiscard]] BudgetEditError moveBudgetLine(Project &p, std::size_t index, int delta, Lang l);
/** Sets the contingency (0–30 %), management fee (0–100 %) and service charge (0–100 %) percentages; nullopt keeps
 *  one as it is. At most two decimals (the file keeps hundredths of a percent). */
[[nodiscard]] BudgetEditError setBudgetPercents(Project &p, std::optional<double> contingency, std::optional<double> managementFee,
                                                std::optional<double> serviceCharge, Lang l);

/** What a person edits of a revenue item (its id, receipts and note are kept). Registration: fee × the share of the
 *  on-site or online audience; the other types: amount × quantity. */
struct RevenueItemFields {
    LocalizedText name;
    RevenueType type = RevenueType::Registration;
    double amount = 0;        ///< fee or unit price, whole units of `currency`
    std::string currency = "TWD";
    double quantity = 1;      ///< packages, booths or m² (not registration); a whole number
    std::string unit;         ///< exhibition: "booth", "m2" or ""
    bool onlineAudience = false; ///< registration: of the online (true) or on-site (false) attendees
    double sharePercent = 0;  ///< registration: 0–100, at most two decimals
    FormatMask formats = kAllFormatsMask;
    std::string source;       ///< optional http(s) URL
};

/** The fields of revenue item index (defaults when there is none). */
[[nodiscard]] RevenueItemFields revenueItemFields(const Project &p, std::size_t index);
/** Appends a revenue item with an id made from its name. A name in one language only is used for the other too.
 *  Refusals name the field: "name", "amount", "quantity", "share", "currency", "unit", "formats", "source". */
[[nodiscard]] BudgetEditError addRevenueItem(Project &p, const RevenueItemFields &f, Lang l);
/** Replaces what a person edits of item index (its id, receipts and note stay). */
[[nodiscard]] BudgetEditError setRevenueItem(Project &p, std::size_t index, const RevenueItemFields &f, Lang l);
[[nodiscard]] BudgetEditError removeRevenueItem(Project &p, std::size_t index, Lang l);
/** Moves item index delta places in the list (the revenue page lists the items in file order); clamped at the ends,
 *  where it changes nothing and returns "". */
[[nodiscard]] BudgetEditError moveRevenueItem(Project &p, std::size_t index, int delta, Lang l);

/** What a person sets when issuing a new quote version (the totals are frozen from the budget as it is now). */
struct QuoteVersionFields {
    std::string issued;           ///< YYYY-MM-DD
    EventFormat format = EventFormat::Onsite;
    double markupPercent = 0;     ///< 0–1000, at most two decimals
    double discountPercent = 0;   ///< 0–100, at most two decimals
    std::string validUntil;       ///< YYYY-MM-DD, not before `issued`
    LocalizedText paymentTerms;   ///< one language is used for the other too
    LocalizedText changeNote;     ///< optional; shown to the client in the change list
    QuoteDetail detail = QuoteDetail::Categories;
};

/** The next version's fields: the last version's terms (or the defaults of the first), issued `today`, with a
 *  validity that is not before it. */
[[nodiscard]] QuoteVersionFields nextQuoteVersionFields(const Project &p, const std::string &today);
/** Appends version n+1 with these terms and the budget's current totals frozen in it (nextQuoteVersion). Refusals
 *  name the field: "issued", "valid_until", "markup", "discount", "payment_terms". */
[[nodiscard]] BudgetEditError addQuoteVersion(Project &p, const QuoteVersionFields &f, Lang l);

/** The change as editSections wants it: refusalChange("budget", f) ("/budget/quantity"). */
[[nodiscard]] SectionChange budgetEditChange(std::function<BudgetEditError(Project &)> f);

/** How line index's figure in format f is made at the likely attendance, in one line of words and numbers:
 *  "3.00 × 1 (fixed) × 12,000.00 TWD = 36,000; + service charge 10 % = 3,600; + business tax 5 % = 1,980; total 41,580"
 *  (with the exchange rate for a foreign currency, the contract minimum when it applies, and the tax taken out of an
 *  amount that includes it). Every number is the one computeLine() makes; "not in this format" when the line does
 *  not apply. */
[[nodiscard]] std::string lineAudit(const Project &p, const Budget &b, std::size_t index, EventFormat f, Lang l);

} // namespace vb
