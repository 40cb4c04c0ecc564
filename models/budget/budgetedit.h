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
struct BudgetEditError {
    std::string field;
    std::string message;
    [[nodiscard]] bool ok() const { return message.empty(); }
};

/** Appends a line with an id made from its description (the project gets a budget when it has none). A description
 *  in one language only is used for the other too (the file needs both). */
[[nodiscard]] BudgetEditError addBudgetLine(Project &p, const BudgetLineFields &f, Lang l);
/** Replaces what a person edits of line index (its id, vendor, minimums, payments and note stay). */
[[nodiscard]] BudgetEditError setBudgetLine(Project &p, std::size_t index, const BudgetLineFields &f, Lang l);
[[nodiscard]] BudgetEditError removeBudgetLine(Project &p, std::size_t index, Lang l);
/** Sets the contingency (0–30 %), management fee (0–100 %) and service charge (0–100 %) percentages; nullopt keeps
 *  one as it is. At most two decimals (the file keeps hundredths of a percent). */
[[nodiscard]] BudgetEditError setBudgetPercents(Project &p, std::optional<double> contingency, std::optional<double> managementFee,
                                                std::optional<double> serviceCharge, Lang l);

/** The change as editSections wants it: a refusal becomes one error diagnostic with path "/budget/" + the field
 *  ("/budget/quantity"; "/budget" when no field is at fault) and the sentence as its message. */
[[nodiscard]] SectionChange budgetEditChange(std::function<BudgetEditError(Project &)> f);

/** How line index's figure in format f is made at the likely attendance, in one line of words and numbers:
 *  "3.00 × 1 (fixed) × 12,000.00 TWD = 36,000; + service charge 10 % = 3,600; + business tax 5 % = 1,980; total 41,580"
 *  (with the exchange rate for a foreign currency, the contract minimum when it applies, and the tax taken out of an
 *  amount that includes it). Every number is the one computeLine() makes; "not in this format" when the line does
 *  not apply. */
[[nodiscard]] std::string lineAudit(const Project &p, const Budget &b, std::size_t index, EventFormat f, Lang l);

} // namespace vb
