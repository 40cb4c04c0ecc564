// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vb {

/** 128-bit intermediate for money products (GCC/Clang extension; no overflow for any realistic budget). */
__extension__ typedef __int128 Wide;

/** Rounds num / den to the nearest integer, halves away from zero (Excel's ROUND). den > 0. */
[[nodiscard]] std::int64_t roundDiv(Wide num, Wide den);

/** Attendance numbers a format's drivers use, after the scenario scaling. */
struct Drivers {
    std::int64_t onsite = 0;
    std::int64_t online = 0;
    std::int64_t days = 1;
    std::int64_t roomNights = 0;
    std::int64_t exhibitionM2 = 0;
};
/** Drivers of format f with attendance at percent % of the plan. */
[[nodiscard]] Drivers driversFor(const Project &p, EventFormat f, int percent = 100);
/** Drivers for a given attendance (a risk scenario's outcome); room-nights scale with the on-site attendance
 *  relative to the all-on-site plan, as in driversFor(). */
[[nodiscard]] Drivers driversForAttendance(const Project &p, std::int64_t onsite, std::int64_t online);
/** The count a basis multiplies the quantity by. */
[[nodiscard]] std::int64_t driverCount(QuantityBasis b, const Drivers &d);

/** One line of one format. subtotal + serviceCharge + tax = total; subtotal + serviceCharge is 未稅. */
struct LineAmounts {
    std::int64_t unitsHundredths = 0; ///< quantity × driver, × 100
    Money extended = 0;               ///< unit cost × units × fx, rounded (as entered: 含稅 for included lines)
    Money subtotal = 0;
    Money serviceCharge = 0;
    Money tax = 0;
    bool atMinimum = false; ///< the line's minimum units or amount set the cost
    [[nodiscard]] Money total() const { return subtotal + serviceCharge + tax; }
    [[nodiscard]] Money beforeTax() const { return subtotal + serviceCharge; }
};

/** Cost totals of a format. subtotal + serviceCharge + contingency + managementFee + tax = total. */
struct CostTotals {
    Money subtotal = 0;
    Money serviceCharge = 0;
    Money contingency = 0;
    Money managementFee = 0;
    Money lineTax = 0; ///< business tax of the lines
    Money tax = 0;     ///< lineTax + tax on contingency and management fee
    Money total = 0;
    [[nodiscard]] Money beforeTax() const { return total - tax; }
};

struct RevenueTotals {
    std::array<Money, kRevenueTypeCount> byType{};
    std::array<Money, kRevenueTypeCount> outputTaxByType{};
    Money total = 0;     ///< as received (含稅 where the income is a taxable sale)
    Money outputTax = 0; ///< business tax inside the taxable income; 0 unless the organiser is registered
    [[nodiscard]] Money beforeTax() const { return total - outputTax; }
};

/** Costs and revenue of one format at one attendance level. */
struct FormatBudget {
    EventFormat format = EventFormat::Onsite;
    int percent = 100;
    Drivers drivers;
    std::vector<LineAmounts> lines; ///< parallel to Budget::lines (zero for lines not in this format)
    std::vector<bool> included;     ///< the line applies to this format
    std::array<LineAmounts, kCategoryCount> categories{};
    CostTotals costs;
    std::vector<std::int64_t> revenueCounts; ///< parallel to Budget::revenue: registrations or quantity
    std::vector<Money> revenueAmounts;       ///< parallel to Budget::revenue
    RevenueTotals revenue;
    bool taxRegistered = false; ///< Budget::organiserTaxRegistered: compare before tax
    /** The cost the result compares: 未稅 when the organiser credits input tax, else 含稅. */
    [[nodiscard]] Money comparedCost() const { return taxRegistered ? costs.beforeTax() : costs.total; }
    /** The revenue the result compares: net of output tax when the organiser is registered, else as received. */
    [[nodiscard]] Money comparedRevenue() const { return revenue.beforeTax(); }
    [[nodiscard]] Money surplus() const { return comparedRevenue() - comparedCost(); }
};

/** Q = F / (P − V), with F = fixed costs not covered by fixed income (see docs/budget.md). */
struct BreakEven {
    Money fixedCosts = 0;   ///< costs at zero attendance
    Money fixedRevenue = 0; ///< revenue at zero attendance (sponsors, booths, subsidies)
    std::int64_t attendees = 0; ///< planned attendance (on site + online)
    double pricePerAttendee = 0;    ///< P
    double variablePerAttendee = 0; ///< V
    std::optional<std::int64_t> attendeesNeeded; ///< nullopt: P ≤ V, never breaks even
    std::int64_t onsite = 0;  ///< the planned mix the break-even assumes (on site, online)
    std::int64_t online = 0;
    std::int64_t payers = 0;  ///< paying attendees at the plan (the registration tiers' counts)
    /** The one fee every payer would pay for the fees alone to cover the cost (as the payer pays it: with the tax
     *  inside when the organiser is registered), rounded up to whole TWD; 0 when other income covers it; nullopt
     *  when nobody pays a fee. Before fixed income: cost ÷ payers; after: (cost − other income) ÷ payers. */
    std::optional<Money> feeBeforeFixedIncome;
    std::optional<Money> feeAfterFixedIncome;
    /** Margin of safety: planned attendees − attendeesNeeded (negative: short of break-even); nullopt with it. */
    [[nodiscard]] std::optional<std::int64_t> marginOfSafety() const
    {
        return attendeesNeeded ? std::optional<std::int64_t>(attendees - *attendeesNeeded) : std::nullopt;
    }
    /** Why there is no break-even attendance or fee: "" (there is), "no_attendees", "price_not_above_variable". */
    std::string noBreakEvenReason;
    std::string noFeeReason; ///< "" or "no_payers"
};

struct ExposureMonth {
    std::string month; ///< YYYY-MM
    Money out = 0;
    Money in = 0;
    Money cumulative = 0; ///< Σ (in − out) up to this month
};

/** Company exposure (P1.2.1): cash out before cash in, per month. */
struct Exposure {
    std::vector<ExposureMonth> months;
    Money committedBeforeRevenue = 0; ///< payments due before the first receipt month
    Money peak = 0;                   ///< largest −cumulative (≥ 0)
    std::string peakMonth;
    std::optional<Money> ceiling;
    [[nodiscard]] bool withinCeiling() const { return !ceiling || peak <= *ceiling; }
};

/** A change that raises the client's revenue, with its effect on the surplus. */
struct Lever {
    std::string key;  ///< "fee:early_bird", "sponsor:gold", "booths:booth_std", "attendance"
    std::string text; ///< described in the requested language
    Money effect = 0; ///< change of revenue − cost
};

/** One currency with a buffer or range: the rates and what the adverse end does to the likely budget. */
struct FxEffect {
    std::string currency;
    double rate = 0, low = 0, high = 0; ///< as the computation uses them (6 decimals)
    Money costChange = 0;    ///< cost (as compared) at the high rate − at the rate
    Money revenueChange = 0; ///< revenue (as compared) at the low rate − at the rate (≤ 0)
};

/** The likely budget with every currency that has a buffer or range at its adverse end: costs at the high rate,
 *  revenue at the low rate (docs/budget.md#currency). Empty when no rate has a buffer or range. */
struct FxSensitivity {
    std::vector<FxEffect> currencies;
    Money costAtAdverse = 0;    ///< cost as compared, all costs at the high rates
    Money revenueAtAdverse = 0; ///< revenue as compared, all revenue at the low rates
    Money totalAtAdverse = 0;   ///< cost incl. tax at the high rates
    [[nodiscard]] Money surplusAtAdverse() const { return revenueAtAdverse - costAtAdverse; }
};

/** Everything the budget views show for one format (likely scenario plus the other two). */
struct FormatSummary {
    FormatBudget likely;
    std::array<FormatBudget, 3> scenarios; ///< pessimistic, likely, optimistic
    BreakEven breakEven;
    std::optional<double> roiPercent; ///< nullopt when the cost is 0
    Exposure exposure;
    FxSensitivity fx;
};

struct BudgetSummary {
    std::array<FormatSummary, 3> formats; ///< index = int(EventFormat)
};

/** The revenue types that are taxable sales of a registered organiser (registration, sponsorship, exhibition). */
[[nodiscard]] bool isTaxableSale(RevenueType t);
/** Business tax inside an amount priced with the tax included: amount − ROUND(amount ÷ (1 + rate)). */
[[nodiscard]] Money taxInside(Money amount, int taxBp);
/** Paying attendees of each registration tier (parallel to items; 0 for other items and other formats): each
 *  audience (on site, online) is shared over its tiers by largest remainder, so the tiers add up to the audience
 *  × Σ shares rounded and never to more than the audience (docs/budget.md). */
[[nodiscard]] std::vector<std::int64_t> registrationCounts(const std::vector<RevenueItem> &items, EventFormat f, const Drivers &d);
/** Costs and revenue of one format at percent % of planned attendance. */
[[nodiscard]] FormatBudget computeFormat(const Project &p, const Budget &b, EventFormat f, int percent = 100);
/** Costs and revenue of format f with the given drivers (percent is only recorded). */
[[nodiscard]] FormatBudget computeFormatWith(const Project &p, const Budget &b, EventFormat f, const Drivers &drivers, int percent = 100);
/** One line in one format (exposed for the GUI and the exports). */
[[nodiscard]] LineAmounts computeLine(const Project &p, const Budget &b, const BudgetLine &line, const Drivers &d);
/** Whole-budget recompute: three formats × three scenarios, break-even, ROI, exposure. */
[[nodiscard]] BudgetSummary computeBudget(const Project &p, const Budget &b);
[[nodiscard]] BreakEven breakEven(const Project &p, const Budget &b, EventFormat f, const FormatBudget &likely);
[[nodiscard]] std::optional<double> roiPercent(Money revenue, Money cost);
[[nodiscard]] Exposure exposure(const Project &p, const Budget &b, const FormatBudget &fb);
/** Revenue levers ranked by effect, largest first. */
[[nodiscard]] std::vector<Lever> revenueLevers(const Project &p, const Budget &b, EventFormat f, Lang l);

/** The FX sensitivity of format f at the likely attendance. */
[[nodiscard]] FxSensitivity fxSensitivity(const Project &p, const Budget &b, EventFormat f, const FormatBudget &likely);
/** A rate as the computation uses it: rounded to 6 decimals (the printed rate shows every digit used). */
[[nodiscard]] double rateUsed(double rate);

/** TWD per unit of currency × 10⁶ (1 000 000 for TWD); nullopt when no rate is on file. */
[[nodiscard]] std::optional<std::int64_t> rateMicro(const Project &p, std::string_view currency);

} // namespace vb
