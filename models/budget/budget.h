// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** Money in whole TWD (the base currency). Amounts are never floating point; see docs/budget.md for rounding. */
using Money = std::int64_t;

/** Budget categories (T1.2, docs/sources.md#budget). */
enum class CostCategory { Venue, FoodBeverage, AvProduction, Streaming, Accommodation, Transport, Speakers, Marketing, Registration, Staffing, InsurancePermits, Other };
inline constexpr int kCategoryCount = 12;
[[nodiscard]] const char *categoryKey(CostCategory c); ///< "venue", "fnb", "av_production", ...
[[nodiscard]] std::optional<CostCategory> parseCategory(std::string_view key);
[[nodiscard]] const char *categoryName(CostCategory c, Lang l);

/** What the quantity of a line is multiplied by (its driver). */
enum class QuantityBasis { Fixed, PerAttendee, PerOnsiteAttendee, PerOnlineAttendee, PerDay, PerAttendeeDay, PerRoomNight, PerM2 };
[[nodiscard]] const char *basisKey(QuantityBasis b);
[[nodiscard]] std::optional<QuantityBasis> parseBasis(std::string_view key);
[[nodiscard]] const char *basisName(QuantityBasis b, Lang l);

enum class QuoteStatus { Estimate, Quoted, Confirmed };
[[nodiscard]] const char *statusKey(QuoteStatus s);
[[nodiscard]] std::optional<QuoteStatus> parseStatus(std::string_view key);

/** Business-tax treatment of a line: 未稅 (tax added), 含稅 (amount already includes tax), exempt. */
enum class TaxTreatment { Excluded, Included, Exempt };
[[nodiscard]] const char *taxKey(TaxTreatment t);
[[nodiscard]] std::optional<TaxTreatment> parseTax(std::string_view key);

/** One instalment of a payment schedule: percent (basis points) of the line due on a date. */
struct Payment {
    std::string due; ///< YYYY-MM-DD
    int shareBp = 10000;
    bool operator==(const Payment &) const = default;
};

/** Formats a line or revenue item applies to, as a bit set (1 << int(EventFormat)). */
using FormatMask = unsigned;
inline constexpr FormatMask kAllFormatsMask = 7;
[[nodiscard]] inline bool appliesTo(FormatMask m, EventFormat f) { return (m >> static_cast<int>(f)) & 1u; }

struct BudgetLine {
    std::string id;
    CostCategory category = CostCategory::Other;
    LocalizedText description;
    std::string vendor;
    std::int64_t unitCostCents = 0; ///< unit cost in hundredths of `currency`
    std::string currency = "TWD";
    QuantityBasis basis = QuantityBasis::Fixed;
    std::int64_t quantityHundredths = 100; ///< quantity × 100 (two decimals)
    /** Contract minimums (guarantees, attrition): the units (quantity × driver) and the amount (in `currency`, as
     *  entered) the line costs at least, whatever the attendance. Hundredths. */
    std::optional<std::int64_t> minimumUnitsHundredths;
    std::optional<std::int64_t> minimumAmountCents;
    FormatMask formats = kAllFormatsMask;
    QuoteStatus status = QuoteStatus::Estimate;
    bool serviceCharge = false;
    TaxTreatment tax = TaxTreatment::Excluded;
    std::vector<Payment> payments; ///< empty = 100 % on the first event day
    std::string note;
    bool operator==(const BudgetLine &) const = default;
};

enum class RevenueType { Registration, Sponsorship, Exhibition, Subsidy, Other };
inline constexpr int kRevenueTypeCount = 5;
[[nodiscard]] const char *revenueTypeKey(RevenueType t);
[[nodiscard]] std::optional<RevenueType> parseRevenueType(std::string_view key);
[[nodiscard]] const char *revenueTypeName(RevenueType t, Lang l);

/** A revenue item. Registration: fee × round(audience × share). Others: amount × quantity. */
struct RevenueItem {
    std::string id;
    RevenueType type = RevenueType::Other;
    LocalizedText name;
    std::int64_t amount = 0; ///< fee or unit price, whole units of currency
    std::string currency = "TWD";
    std::int64_t quantity = 1;     ///< packages, booths or m² (not registration)
    std::string unit;              ///< exhibition: "booth" or "m2"
    bool onlineAudience = false;   ///< registration: share of online (true) or on-site (false) attendees
    int shareBp = 0;               ///< registration: share of the audience in basis points
    FormatMask formats = kAllFormatsMask;
    std::vector<Payment> receipts; ///< empty = 100 % on the first event day
    std::optional<std::string> source;
    std::string note;
    bool operator==(const RevenueItem &) const = default;
};

/** How much the client quote shows: one row per cost category, or each budget line under its category. */
enum class QuoteDetail { Categories, Lines };

/** One issued quote version (v1, v2, …); totals are frozen when it is issued. */
struct QuoteVersion {
    int version = 1;
    std::string issued; ///< YYYY-MM-DD
    EventFormat format = EventFormat::Onsite;
    int markupBp = 0;   ///< added to cost (markup); margin = markup / (1 + markup)
    int discountBp = 0; ///< on the quoted subtotal
    std::string validUntil;
    LocalizedText paymentTerms;
    LocalizedText changeNote; ///< what the author says changed (shown to the client in the change list)
    QuoteDetail detail = QuoteDetail::Categories;
    std::optional<Money> frozenNet;
    std::optional<Money> frozenTax;
    std::optional<Money> frozenTotal;
    bool operator==(const QuoteVersion &) const = default;
};

/** The "budget" section (costs, settings, quote versions) plus the "revenue" section. In a Project the two are
 *  kept apart (Budget with its revenue empty, and Revenue); budgetOf() puts them together. */
struct Budget {
    static constexpr std::string_view kSectionKey = "budget";
    int contingencyBp = 1000; ///< 0–3000
    int managementFeeBp = 0;
    int serviceChargeBp = 1000;
    int taxBp = 500;
    /** The organiser (the client who receives the revenue) is registered for business tax (營業登記): fees,
     *  sponsorship and exhibition income are taxable sales priced with the tax inside (營業稅法 §32), and the
     *  input tax of the costs is credited against it (§15), so the result compares revenue and cost before tax.
     *  false (default): tax is a cost and revenue is what is received (docs/budget.md#tax-basis). */
    bool organiserTaxRegistered = false;
    bool taxOnContingency = true;           ///< business tax on the contingency (it buys taxable lines)
    bool taxOnManagementFee = true;         ///< business tax on the management fee (the PCO's taxable service)
    bool managementFeeOnContingency = true; ///< the fee is charged on the contingency too, spent or not
    std::array<int, 3> scenarioPercent{80, 100, 115}; ///< pessimistic, likely, optimistic attendance
    std::optional<Money> exposureCeiling;
    std::string note;
    std::vector<BudgetLine> lines;
    std::vector<RevenueItem> revenue;
    std::string revenueNote;
    std::vector<QuoteVersion> quotes;
    bool operator==(const Budget &) const = default;
};

/** The "revenue" section as the project keeps it. */
struct Revenue {
    static constexpr std::string_view kSectionKey = "revenue";
    std::vector<RevenueItem> items;
    std::string note;
    bool operator==(const Revenue &) const = default;
};

/** The budget of a project (its "budget" and "revenue" sections together); empty when it has neither. */
[[nodiscard]] Budget budgetOf(const Project &p);
[[nodiscard]] bool hasBudget(const Project &p);
/** Puts b in the project's "budget" and "revenue" sections. */
void setBudget(Project &p, const Budget &b);

} // namespace vb
