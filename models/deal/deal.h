// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// T1.4 negotiation and contract (docs/deal.md): the price floor, target and concession plan from the budget of the
// chosen format, the negotiation log, and the contract drawn from the agreed quote version (payment schedule, late
// penalty, cancellation scale, stamp duty, what no longer matches once agreed). Amounts are whole TWD (vb::Money).

#include "budgetcalc.h"
#include "jsonreader.h"
#include "quote.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vb::deal {

// ───────────────────────────────────────────── Negotiation ─────────────────────────────────────────────

/** How the PCO is paid: a setting, not an assumption (no public typical percentage was found). */
enum class FeeModel { Fixed, PerCapita, Percent, Mixed };
enum class Party { Us, Client };
enum class RoundStatus { Open, Countered, Accepted, Rejected };

/** One planned concession: the amount the price comes down by at this step (before tax). */
struct Concession {
    Money amount = 0;
    std::string note;
    bool operator==(const Concession &) const = default;
};

/** Something that costs us little and is worth more to the client, from a budget line. */
struct TradeOff {
    std::string line; ///< a budget line id
    std::string note;
    bool operator==(const TradeOff &) const = default;
};

/** One round of the negotiation log. */
struct Round {
    std::string date; ///< YYYY-MM-DD
    Party party = Party::Us;
    Money offer = 0;  ///< the price offered, before tax
    std::string given;
    std::string received;
    RoundStatus status = RoundStatus::Open;
    bool operator==(const Round &) const = default;
};

struct Negotiation {
    static constexpr std::string_view kSectionKey = "negotiation";
    EventFormat format = EventFormat::Onsite; ///< the format whose budget is negotiated
    FeeModel feeModel = FeeModel::Fixed;
    int minMarginBp = 800;     ///< the margin below which we walk away (of the price)
    int targetMarginBp = 1500; ///< the margin we aim at
    std::optional<Money> batna;              ///< our best alternative, as a price before tax
    std::optional<Money> clientReservation;  ///< the client's estimated ceiling, before tax
    std::optional<Money> opening;            ///< the price actually opened at; default target + Σ concessions
    std::vector<Concession> concessions;
    std::vector<TradeOff> tradeOffs;
    bool governmentTender = false;           ///< 最有利標 negotiation (採購法 §56): rounds limited and recorded
    std::optional<int> roundLimit;
    std::vector<Round> rounds;
    std::string note;
    bool operator==(const Negotiation &) const = default;
};

[[nodiscard]] const char *feeModelKey(FeeModel m);
[[nodiscard]] const char *partyKey(Party p);
[[nodiscard]] const char *roundStatusKey(RoundStatus s);

/** One step of the concession plan: step 0 is the opening price. */
struct Step {
    Money concession = 0;
    Money price = 0;   ///< before tax
    double margin = 0; ///< (price − cost) ÷ price
    Money tax = 0;
    Money withTax = 0;
    bool belowFloor = false;
};

struct TradeOffRow {
    std::string line;
    LocalizedText label; ///< the line's description (empty when the id is unknown)
    bool found = false;
    Money cost = 0;      ///< the line's cost before tax in the negotiated format
    std::string note;
};

/** The negotiation computed from the budget (docs/deal.md#negotiation). */
struct NegotiationPlan {
    EventFormat format = EventFormat::Onsite;
    Money cost = 0;    ///< the full cost before tax of the format (lines, service, contingency, management fee)
    int taxBp = 500;
    Money floor = 0;   ///< ⌈cost ÷ (1 − minimum margin)⌉
    Money target = 0;  ///< ⌈cost ÷ (1 − target margin)⌉
    Money concessions = 0;
    Money opening = 0; ///< Negotiation::opening, else target + Σ concessions
    std::optional<Money> batna;
    std::optional<Money> clientReservation;
    Money walkAway = 0; ///< max(floor, BATNA)
    bool hasZone = false; ///< the client's ceiling is at or above our walk-away price (false when it is unknown)
    std::vector<Step> steps; ///< opening, then after each concession
    std::vector<TradeOffRow> tradeOffs;
};

/** The whole-TWD price that gives margin bp of the price on cost, rounded up: ⌈cost × 10000 ÷ (10000 − bp)⌉. */
[[nodiscard]] Money priceForMargin(Money cost, int marginBp);
/** Business tax on a price before tax, rounded half up. */
[[nodiscard]] Money taxOn(Money price, int taxBp);
[[nodiscard]] NegotiationPlan planNegotiation(const Project &p, const Budget &b, const Negotiation &n);
/** The plan's problems with their JSON pointers: a step below the floor (error), increasing steps, a floor below
 *  the BATNA, no zone, too many rounds, a target below the minimum. */
[[nodiscard]] std::vector<Diagnostic> checkNegotiation(const Project &p, Lang lang);

// ───────────────────────────────────────────── Contract ─────────────────────────────────────────────

enum class ContractStatus { Draft, Agreed, Signed };
enum class StampDuty { Chenglan, Weiren, None }; ///< 承攬 (1 ‰), 委任 (not taxable), none
enum class Remedy { Reduce, Reschedule, SwitchFormat, Credit, Terminate };
inline constexpr int kRemedyCount = 5;

struct PaymentMilestone {
    LocalizedText milestone;
    int shareBp = 0;
    std::string due; ///< YYYY-MM-DD
    bool operator==(const PaymentMilestone &) const = default;
};

/** A row of a cancellation or postponement scale: from min_days_before days before the event, percent of the price. */
struct ScaleRow {
    int minDaysBefore = 0;
    int percentBp = 0;
    bool operator==(const ScaleRow &) const = default;
};

struct LatePenaltyTerms {
    int perDayHundredthsPermille = 100;  ///< 1 ‰ per day of the total price (勞務採購契約範本)
    int capBp = 2000;                    ///< at most 20 % (採購契約要項 §45)
    int partialHundredthsPermille = 300; ///< 3 ‰ of a delayed part that does not hold up the rest
    bool operator==(const LatePenaltyTerms &) const = default;
};

struct HotelBlock {
    std::int64_t roomNights = 0;
    int attritionBp = 2000; ///< the share of the block that may go unused without damages
    int cutoffDays = 30;
    bool operator==(const HotelBlock &) const = default;
};

struct FnbGuarantee {
    int daysBefore = 3;
    int oversetBp = 500;
    bool operator==(const FnbGuarantee &) const = default;
};

struct ForceMajeure {
    int inadvisableBp = 5000; ///< "inadvisable" when at least this share of the attendees cancel
    std::vector<Remedy> remedies{Remedy::Reduce, Remedy::Reschedule, Remedy::SwitchFormat};
    std::optional<EventFormat> switchTo; ///< the format a switch goes to, priced from its budget
    bool operator==(const ForceMajeure &) const = default;
};

struct Signatory {
    Party party = Party::Client; ///< Client = 甲方/機關, Us = 乙方/廠商
    std::string name;
    std::string title;
    std::string date;
    bool operator==(const Signatory &) const = default;
};

/** A clause in the user's words: one with the id of a built-in article adds to that article, others follow. */
struct Clause {
    std::string id;
    LocalizedText title;
    LocalizedText text;
    bool operator==(const Clause &) const = default;
};

/** The amounts recorded when the contract was agreed (the difference list compares the budget with them). */
struct Agreed {
    std::string date;
    Money beforeTax = 0;
    Money tax = 0;
    Money total = 0;
    bool operator==(const Agreed &) const = default;
};

struct Contract {
    static constexpr std::string_view kSectionKey = "contract";
    bool governmentClient = false; ///< 機關/廠商 instead of 甲方/乙方
    LocalizedText client;          ///< 甲方 (empty: the project's client)
    LocalizedText contractor;      ///< 乙方
    LocalizedText event;           ///< the event as the contract names it (empty: the bid book's congress, else the title)
    ContractStatus status = ContractStatus::Draft;
    int quoteVersion = 1;          ///< the quote version the contract is drawn from
    std::optional<Agreed> agreed;
    std::optional<std::string> signedDate;
    std::vector<Signatory> signatories;
    std::vector<PaymentMilestone> payments;
    int performanceBondBp = 0; ///< none by default for 勞務 (採購法 §30)
    LatePenaltyTerms latePenalty;
    std::vector<ScaleRow> cancellation;
    std::vector<ScaleRow> postponement;
    std::optional<HotelBlock> hotelBlock;
    std::optional<FnbGuarantee> fnbGuarantee;
    ForceMajeure forceMajeure;
    bool gdpr = false;             ///< EU attendees register: GDPR Art. 28 processor terms
    LocalizedText court;           ///< the court of first instance
    StampDuty stampDuty = StampDuty::Chenglan;
    std::vector<Clause> clauses;
    std::string note;
    bool operator==(const Contract &) const = default;
};

/** The event's name in the contract: Contract::event, else the bid book's congress, else the project title. */
[[nodiscard]] LocalizedText eventNameOf(const Project &p, const Contract &c);

[[nodiscard]] const char *contractStatusKey(ContractStatus s);
[[nodiscard]] const char *stampDutyKey(StampDuty s);
[[nodiscard]] const char *remedyKey(Remedy r);

/** The price of the contract: the agreed quote version computed from the current budget. */
struct ContractPrice {
    bool found = false; ///< the quote version exists
    int version = 0;
    EventFormat format = EventFormat::Onsite;
    Money beforeTax = 0;
    Money tax = 0;
    Money total = 0;
    Quote quote;
};
[[nodiscard]] ContractPrice contractPrice(const Project &p, const Budget &b, const Contract &c);

struct PaymentDue {
    LocalizedText milestone;
    int shareBp = 0;
    std::string due;
    Money amount = 0; ///< of the total incl. tax; the last milestone takes the rounding remainder
    bool dueByDate = false;
};
/** The schedule's amounts of total, marking those due on or before onDate (empty: none marked). */
[[nodiscard]] std::vector<PaymentDue> paymentSchedule(const Contract &c, Money total, const std::string &onDate);

struct ScaleFee {
    std::optional<std::int64_t> daysBefore; ///< nullopt: a date is not valid
    std::optional<std::size_t> row;         ///< the row that applies (nullopt: none, the fee is 0)
    int percentBp = 0;
    Money fee = 0;
};
/** The fee of a scale on onDate: the row with the largest min_days_before ≤ the days before eventStart. */
[[nodiscard]] ScaleFee scaleFee(const std::vector<ScaleRow> &scale, Money base, const std::string &eventStart, const std::string &onDate);

struct LatePenalty {
    Money daily = 0;    ///< ROUND(total × per-day ‰)
    Money uncapped = 0; ///< days × daily
    Money cap = 0;      ///< ROUND(total × cap %)
    Money amount = 0;   ///< min(uncapped, cap)
    bool capped = false;
};
[[nodiscard]] LatePenalty latePenalty(const LatePenaltyTerms &t, Money total, std::int64_t days);
/** A delayed part that does not hold up the rest: ROUND(part × partial ‰) a day, at most the daily whole amount. */
[[nodiscard]] Money partialDelayDaily(const LatePenaltyTerms &t, Money total, Money part);
/** 印花稅 on the contract amount: 1 ‰ (rounded half up) for a 承攬 contract (印花稅法 §7), 0 otherwise. */
[[nodiscard]] Money stampDutyOn(StampDuty s, Money amount);
/** Days from a to b (b − a) for two valid YYYY-MM-DD dates. */
[[nodiscard]] std::optional<std::int64_t> daysBetween(const std::string &a, const std::string &b);

/** One amount that no longer matches the agreed contract. */
struct Difference {
    std::string key; ///< "before_tax", "tax", "total"
    Money agreed = 0;
    Money now = 0;
};
/** Once agreed: the agreed amounts that the current budget and quote no longer give. */
[[nodiscard]] std::vector<Difference> contractDifferences(const Project &p, const Budget &b, const Contract &c);

/** What the contract makes owed on a date: the payments due by then, the cancellation and postponement fee if it
 *  happened that day, the late penalty for lateDays days, the stamp duty and the differences from the agreed amounts
 *  (venuebid-cli contract --on DATE --late-days N, and the contract page's box). */
struct AmountsOwed {
    ContractPrice price;
    std::vector<PaymentDue> schedule;
    Money dueBy = 0; ///< the sum of the milestones due on or before the date
    ScaleFee cancellation;
    ScaleFee postponement;
    LatePenalty late;
    Money stampDuty = 0;
    std::vector<Difference> differences;
};
[[nodiscard]] AmountsOwed amountsOwed(const Project &p, const std::string &onDate, std::int64_t lateDays);

/** The contract's problems with their JSON pointers (payments, dates, scales, penalty, bond, status). */
[[nodiscard]] std::vector<Diagnostic> checkContract(const Project &p, Lang lang);

// ───────────────────────────────────────────── Sections ─────────────────────────────────────────────

[[nodiscard]] bool hasNegotiation(const Project &p);
[[nodiscard]] Negotiation negotiationOf(const Project &p);
[[nodiscard]] bool hasContract(const Project &p);
[[nodiscard]] Contract contractOf(const Project &p);

void readNegotiationSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeNegotiationSection(const Project &p);
void validateNegotiationSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);
void readContractSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeContractSection(const Project &p);
void validateContractSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);

} // namespace vb::deal
