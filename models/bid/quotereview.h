// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Quote review: several quotes received for the same event, from venues or PCOs, normalised to one basis
// — base currency, 10 % service charge and 5 % business tax included (docs/sources.md#tax), the same inclusions (a missing
// item is flagged and priced at the project's own estimate), per attendee — and then scored with the engine like
// any other alternatives (docs/bids.md §3). The client side of the table: which quote to accept.

#include "budget.h"
#include "jsonreader.h"
#include "mcda.h"
#include "project.h"

#include <optional>
#include <string>
#include <vector>

namespace vb::quotes {

/** An item every quote must cover to be comparable, with what it would cost us if a quote leaves it out. */
struct Inclusion {
    std::string id;
    LocalizedText name;
    Money estimate = 0;               ///< base currency, 含稅 (tax and service included)
    std::optional<std::string> basis; ///< how the estimate was made
    bool operator==(const Inclusion &) const = default;
};

/** Whether a quoted amount already includes the service charge. */
enum class ServiceCharge { None, Excluded, Included };

struct ReceivedQuote {
    std::string id;
    std::string supplier;
    std::optional<std::string> venue;  ///< a venue id of the project, when the quote is for one
    std::string currency = "TWD";
    std::int64_t amountCents = 0;      ///< the quoted amount in hundredths of `currency`
    std::optional<double> fxRate;      ///< base units per unit of currency as stated on the quote; else the project's rate
    TaxTreatment tax = TaxTreatment::Excluded; ///< 未稅 / 含稅 / exempt
    ServiceCharge service = ServiceCharge::None;
    int serviceChargeBp = 1000;        ///< the rate added when the service charge is excluded
    std::vector<std::string> includes; ///< inclusion ids the quote covers
    std::vector<std::pair<std::string, double>> scores; ///< user criterion id → score
    std::string received;              ///< YYYY-MM-DD
    std::string validUntil;            ///< YYYY-MM-DD or empty
    std::optional<std::string> source; ///< document reference or URL
    std::string note;
    bool operator==(const ReceivedQuote &) const = default;
};

/** What a review criterion measures. */
enum class Measure {
    PricePerAttendee, ///< the normalised comparable total ÷ attendees (cost)
    Total,            ///< the normalised comparable total (cost)
    Scope,            ///< share of the required inclusions the quote covers, 0–1 (benefit)
    Score,            ///< the user's score in each quote's `scores` (direction as given)
};

struct Criterion {
    std::string id;
    LocalizedText name;
    Measure measure = Measure::Score;
    Direction direction = Direction::Benefit;
    double weight = 0.0;
    bool operator==(const Criterion &) const = default;
};

struct Review {
    static constexpr std::string_view kSectionKey = "received_quotes";
    std::optional<std::int64_t> attendees; ///< per-attendee basis; default: the project's expected attendance
    mcda::Method method = mcda::Method::WSM;
    int taxBp = 500;
    std::vector<Inclusion> inclusions;
    std::vector<Criterion> criteria;
    std::vector<ReceivedQuote> quotes;
    std::string note;
    bool operator==(const Review &) const = default;
};

/** One quote on the common basis. All amounts in whole base-currency units. */
struct Normalized {
    std::optional<double> fxRate;      ///< the rate used; nullopt when none is known (the quote is then not comparable)
    Money quoted = 0;                  ///< the quoted amount converted, as quoted
    Money preTax = 0;                  ///< before service charge and tax
    Money serviceCharge = 0;           ///< added (excluded on the quote) or 0
    Money tax = 0;                     ///< business tax, added or contained
    Money total = 0;                   ///< preTax + serviceCharge + tax: 含稅, service included
    std::vector<std::size_t> missing;  ///< inclusion indices the quote leaves out
    Money missingEstimate = 0;         ///< Σ estimates of the missing inclusions
    Money comparable = 0;              ///< total + missingEstimate: the same scope as every other quote
    Money perAttendee = 0;             ///< comparable ÷ attendees, rounded
    double scope = 1.0;                ///< covered inclusions ÷ required inclusions (1 when none are required)
    std::vector<std::size_t> imputed;  ///< criterion indices whose score was unknown (worst known used)
};

struct Result {
    std::int64_t attendees = 0;
    std::vector<Normalized> quotes;     ///< #quotes
    std::vector<std::size_t> scored;    ///< quote indices in the scoring (those with a known rate)
    mcda::DecisionProblem problem;      ///< scored quotes × criteria
    mcda::ScoreResult score;            ///< over `scored`
    std::optional<std::size_t> best;    ///< quote index ranked first (the lowest index among ties)
    std::optional<std::size_t> cheapest; ///< quote index with the lowest comparable total
};

/** The normalisation of one quote (exposed for tests). */
[[nodiscard]] Normalized normalize(const Project &p, const Review &r, const ReceivedQuote &q, std::int64_t attendees);

/** Normalises every quote and scores the comparable ones. */
[[nodiscard]] Result review(const Project &p, const Review &r);

/** Where quote `quote` stands in r.score (an index into its scores and ranks), or nullopt when it was not scored. */
[[nodiscard]] std::optional<std::size_t> scoredIndex(const Result &r, std::size_t quote);
/** Every quote index in the order a review lists them: best rank first, unscored quotes last, ties in file order. */
[[nodiscard]] std::vector<std::size_t> listingOrder(const Result &r);

[[nodiscard]] const char *measureKey(Measure m); ///< "price_per_attendee", "total", "scope", "score"
[[nodiscard]] const char *serviceChargeKey(ServiceCharge s); ///< "none", "excluded", "included"

// ---- project-file section "received_quotes" (docs/project-format.md §14.3) ----
void readReviewJson(JsonReader &r, const json::value &v, const std::string &path, Review &out);
[[nodiscard]] bool hasReview(const Project &p);
[[nodiscard]] Review reviewOf(const Project &p);
void readReviewSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeReviewSection(const Project &p);
/** The "received_quotes" section as JSON. */
[[nodiscard]] json::value reviewJson(const Review &rv);
void validateReviewSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);

/** Sets the user's score of one quote on a `score` criterion in the stored section (nullopt = unknown). Returns
 *  the errors with their JSON paths and leaves p unchanged when there are any. */
[[nodiscard]] std::vector<Diagnostic> setQuoteScore(Project &p, std::string_view quoteId, std::string_view criterionId, std::optional<double> score);


// ---- the quotes page's edits (one undo step each through ProjectController::editSections) ----

/** What a person enters for a received quote; the rest of the quote (venue, scores, dates, source, note, service
 *  charge rate) is kept when an existing quote is edited. */
struct QuoteEntry {
    std::string supplier;
    std::string currency = "TWD";           ///< ISO 4217; the project needs a rate for it (meta.fx_rates) unless TWD
    double amount = 0;                      ///< in `currency`, 0 … 10^13 with at most two decimals
    TaxTreatment tax = TaxTreatment::Excluded; ///< 未稅 / 含稅 / exempt
    ServiceCharge service = ServiceCharge::None;
    std::vector<std::string> includes;      ///< inclusion ids the quote covers
    bool operator==(const QuoteEntry &) const = default;
};
[[nodiscard]] QuoteEntry entryOf(const ReceivedQuote &q);
/** The amount in hundredths when it is one the file can hold (finite, 0 … 10^13, at most two decimals). */
[[nodiscard]] std::optional<std::int64_t> amountHundredths(double amount);

/** Appends a quote with an id made from the supplier's name (vb::idFromName; "quote" when the name has no Latin
 *  letter or digit). A project without the section gets one first: WSM, one criterion, price per attendee (the
 *  comparison on one basis and a ranking by price until the user adds criteria). The checks are the file's: the
 *  entry's (supplier, ISO currency with a rate, amount range, known inclusions, in words in language l, with the JSON
 *  pointer of the field), then the section written and read back, then validateReviewSection. On an error p is
 *  unchanged. *newId (when given) receives the id. Warnings (a 含稅 amount with the service charge excluded) do
 *  not stop the edit. */
[[nodiscard]] std::vector<Diagnostic> addQuote(Project &p, const QuoteEntry &e, Lang l, std::string *newId = nullptr);
/** Replaces the entered fields of quote quoteId (its id, scores and the rest are kept; a rate stated on the quote is
 *  dropped when the currency changes). Checked as addQuote. */
[[nodiscard]] std::vector<Diagnostic> setQuote(Project &p, std::string_view quoteId, const QuoteEntry &e, Lang l);
/** Deletes quote quoteId (the section stays, with its inclusions and criteria, when it was the last one). */
[[nodiscard]] std::vector<Diagnostic> removeQuote(Project &p, std::string_view quoteId, Lang l);

} // namespace vb::quotes
