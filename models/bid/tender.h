// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Taiwan 最有利標 tender scoring: 總評分法, 序位法 and 評分單價法 with the tie-break rules of 最有利標評選辦法
// §14 / §15-1 and the conventions the law leaves open as explicit settings (docs/bids.md,
// docs/sources.md#procurement-arithmetic). All comparisons are exact: scores are kept in hundredths (integers),
// ranks in halves.

#include "jsonreader.h"
#include "project.h"
#include "text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vb::tender {

/** The three evaluation methods. */
enum class Method { Total, Rank, UnitPrice }; ///< 總評分法, 序位法, 評分單價法

/** (a) How one member's equal totals become ranks. */
enum class RankTies { SharedBest, Averaged, Dense }; ///< 1,1,3 · 1.5,1.5,3 · 1,1,2
/** (b) When the pass mark fails a bidder. */
enum class PassRule {
    Average,              ///< the attending members' average total is below the pass mark
    MajorityBelowFails,   ///< more than half of the attending members score below it
    MajorityPassRequired, ///< fewer than a majority (> half) of the attending members score at or above it
};
/** (c) What happens to a failing bidder under 序位法. */
enum class FailPolicy { RankThenDrop, DropBeforeRank };
/** The tie-break rule the tender documents chose (§14: re-evaluation or heaviest item; §15-1 adds most firsts). */
enum class TieRule { ReEvaluation, HeaviestItem, MostFirsts };

enum class ItemKind { Other, Price, Presentation };

struct Item {
    std::string id;
    LocalizedText name;
    std::int64_t points = 0; ///< 配分, whole points
    ItemKind kind = ItemKind::Other;
    bool operator==(const Item &) const = default;
};

/** The committee's decision to strike one member's result (採購評選委員會審議規則 §6): the member attended and
 *  still counts for the quorum and the outside-expert share; only his scores leave the evaluation. */
struct Struck {
    std::string reason; ///< the committee's reason, as minuted
    std::string date;   ///< the decision date, YYYY-MM-DD
    bool operator==(const Struck &) const = default;
};

struct Member {
    std::string id;
    std::string name;
    bool outsideExpert = false; ///< 外聘專家學者
    bool attending = true;
    std::optional<Struck> struck; ///< his result struck by the committee (審議規則 §6); attendance unchanged
    bool operator==(const Member &) const = default;
    /** His scores count: attending and not struck. */
    [[nodiscard]] bool counted() const { return attending && !struck; }
};

/** The committee's confirming vote on the first-ranked bidder (審議規則 §9: a majority of the attending members). */
struct Confirmation {
    std::string bidder;            ///< the bidder the resolution confirms
    std::int64_t votesFor = 0;
    std::int64_t votesAgainst = 0;
    std::string date;              ///< YYYY-MM-DD
    bool operator==(const Confirmation &) const = default;
};

struct Bidder {
    std::string id;
    std::string name;
    std::optional<std::int64_t> price; ///< quoted price (whole currency units), needed by 評分單價法
    bool operator==(const Bidder &) const = default;
};

struct Settings {
    RankTies rankTies = RankTies::SharedBest;
    PassRule passRule = PassRule::Average;
    FailPolicy failPolicy = FailPolicy::RankThenDrop;
    TieRule tieRule = TieRule::HeaviestItem;
    std::optional<std::string> heaviestItem; ///< chosen when several items share the highest points
    bool operator==(const Settings &) const = default;
};

/** One member's item scores for one bidder; scoresH[k] = score on item k in hundredths. */
struct ScoreSheet {
    std::string member;
    std::string bidder;
    std::vector<std::optional<std::int64_t>> scoresH; ///< #items
    bool operator==(const ScoreSheet &) const = default;
};

struct Tender {
    static constexpr std::string_view kSectionKey = "tender";
    LocalizedText title;
    Method method = Method::Rank;             ///< the method the tender documents use
    std::optional<std::int64_t> passMarkH;    ///< 及格分數 in hundredths
    Settings settings;
    std::vector<Item> items;
    std::vector<Member> members;
    std::vector<Bidder> bidders;
    std::vector<ScoreSheet> scores;
    std::vector<ScoreSheet> reEvaluation;     ///< recorded new round for tied bidders (never simulated)
    std::vector<std::string> lot;             ///< bidder ids in the order a recorded lot drew them
    std::optional<Confirmation> confirmation; ///< the committee's confirming vote (審議規則 §9)
    std::string note;
    bool operator==(const Tender &) const = default;
};

/** How a method's first place was decided. */
enum class Decision { Clear, TieRule, ReEvaluation, Lot, NeedsReEvaluation, NeedsLot, NoBidder, NotApplicable };

/** Why a method does not apply. */
enum class NotApplicable { None, PriceScored, NoPriceOrScore };

/** What separated the bidders tied at the top. */
enum class TieBasis {
    None,            ///< no tie, or nothing could be compared (re-evaluation pending)
    HeaviestItem,    ///< summed score on the item with the most points (§14 (2), §15-1 (2)); values in hundredths
    FirstPlaces,     ///< first places (§15-1 (3)); values are counts
    ReEvalTotal,     ///< re-evaluation, 總評分法: summed totals; values in hundredths
    ReEvalRankSum,   ///< re-evaluation, 序位法: rank sums among the tied; values are rank × 2
    ReEvalUnitPrice, ///< re-evaluation, 評分單價法: price ÷ summed totals; values are the summed totals in hundredths
};

struct TieBreak {
    TieRule rule = TieRule::HeaviestItem;  ///< the rule the tender documents chose
    TieBasis basis = TieBasis::None;
    std::vector<std::size_t> bidders;      ///< the tied bidders, in bidder order
    std::vector<std::int64_t> values;      ///< per tied bidder, the basis value (see TieBasis)
    bool lotUsed = false;                  ///< the recorded lot decided (part of) the order
};

struct MethodResult {
    Method method = Method::Total;
    bool applicable = true;
    NotApplicable notApplicable = NotApplicable::None;   ///< why not (評分單價法 when price is scored, or a price is missing)
    std::optional<std::size_t> notApplicableBidder;      ///< NoPriceOrScore: the first passing bidder without one
    std::vector<int> ranks;              ///< #bidders competition rank on the method's key, 0 = not ranked (failed)
    /** #bidders: ranks with the tied first place ordered by the tie-break (1, 2 …); equal where still undecided. */
    std::vector<int> decidedRanks;
    std::optional<std::size_t> winner;   ///< bidder index
    std::vector<std::size_t> tiedAtTop;  ///< bidders sharing the best key (size > 1 when a tie rule was needed)
    Decision decision = Decision::NoBidder;
    TieBreak tieBreak;                   ///< what decided the tie (basis None when there was none)
    /** 序位法: the bidders holding most first places and how many (reported even while a re-evaluation is pending). */
    std::vector<std::size_t> mostFirsts;
    int mostFirstsCount = 0;
    /** 序位法: the winner is ranked first by more than half of the attending members (審議規則 §9 majority). */
    bool winnerHasMajorityOfFirsts = false;
    /** 序位法: the bidder with the most first places when that is not the winner (rank-sum win against most firsts). */
    std::optional<std::size_t> mostFirstsOther;
};

struct BidderResult {
    std::int64_t totalH = 0;             ///< sum over counted members of their totals (hundredths)
    double average = 0.0;                ///< totalH / 100 / #counted
    bool passes = true;
    int membersBelowPass = 0;
    std::vector<std::int64_t> memberTotalsH; ///< per attending member (Evaluation::attending), his total (hundredths)
    std::vector<int> memberRanks2;       ///< per attending member, rank × 2; 0 = not ranked (dropped before ranking, or struck)
    std::optional<int> rankSum2;         ///< 序位法 rank sum × 2 (nullopt when dropped before ranking)
    int firstPlaces = 0;                 ///< members ranking this bidder 1 (exactly)
    std::int64_t heaviestItemH = 0;      ///< summed score on the heaviest item
    std::optional<double> unitPrice;     ///< price ÷ average total (display only; comparisons cross-multiply)
};

/** A convention value that would change a method's winner. */
struct SettingEffect {
    std::string setting;                 ///< "rank_ties", "pass_rule", "fail_policy"
    std::string value;                   ///< the alternative value
    Method method = Method::Total;
    std::optional<std::size_t> winner;   ///< the winner with that value
    Decision decision = Decision::NoBidder;
};

/** The confirming vote against the attending members (審議規則 §9). */
struct ConfirmationResult {
    bool carried = false;                ///< votes for > half of the attending members
    bool matchesWinner = false;          ///< it confirms the winner of the tender's method
};

struct Evaluation {
    std::vector<std::size_t> attending;  ///< member indices (a struck member still attends)
    std::vector<std::size_t> counted;    ///< attending members whose results count (not struck)
    std::optional<ConfirmationResult> confirmation;
    std::optional<std::size_t> heaviestItem;
    std::vector<BidderResult> bidders;
    MethodResult total, rank, unitPrice;
    std::vector<Diagnostic> setupWarnings;
    std::vector<SettingEffect> settingEffects;
    [[nodiscard]] const MethodResult &of(Method m) const { return m == Method::Total ? total : m == Method::Rank ? rank : unitPrice; }
};

/** Checks the setup (§10, §16/§17, committee rules, heaviest-item choice), its messages in language l.
 *  Errors make evaluate() refuse. */
[[nodiscard]] std::vector<Diagnostic> checkSetup(const Tender &t, const std::string &path = "/tender", Lang l = Lang::En);

/** One bidder's average score per item over the attending members (nullopt where no attending member scored it). */
[[nodiscard]] std::vector<std::optional<double>> itemAverages(const Tender &t, std::size_t bidder);

/** A self-scoring bid team's standing on one evaluation item: our average against the best competitor's. */
struct ItemMargin {
    std::size_t item = 0;
    std::optional<double> ours;
    std::optional<double> best;              ///< the best competitor's average on this item
    std::optional<std::size_t> bestBidder;
    [[nodiscard]] std::optional<double> margin() const { return ours && best ? std::optional(*ours - *best) : std::nullopt; }
};
/** Our margin on every item, in the tender's item order. */
[[nodiscard]] std::vector<ItemMargin> itemMargins(const Tender &t, std::size_t ours);

/** Evaluates all three methods with t.settings (no setting-effect search). */
[[nodiscard]] Evaluation evaluateWith(const Tender &t);
/** evaluateWith() plus the setup warnings (in language l) and every alternative convention value that changes a winner. */
[[nodiscard]] Evaluation evaluate(const Tender &t, Lang l = Lang::En);

/** Members' rank × 2 of the given totals under a convention (higher total = better = rank 1). */
[[nodiscard]] std::vector<int> memberRanks2(const std::vector<std::int64_t> &totals, RankTies ties);

/** a/pa < b/pb exactly for positive quotients price ÷ score: price_a × score_b < price_b × score_a. */
[[nodiscard]] bool unitPriceLess(std::int64_t priceA, std::int64_t scoreA, std::int64_t priceB, std::int64_t scoreB);

[[nodiscard]] const char *methodKey(Method m);     ///< "total", "rank", "unit_price"
[[nodiscard]] const char *rankTiesKey(RankTies r); ///< "shared_best", "averaged", "dense"
[[nodiscard]] const char *passRuleKey(PassRule r); ///< "average", "majority_below_fails", "majority_pass_required"
[[nodiscard]] const char *failPolicyKey(FailPolicy f); ///< "rank_then_drop", "drop_before_rank"
[[nodiscard]] const char *tieRuleKey(TieRule r);   ///< "re_evaluation", "heaviest_item", "most_firsts"
[[nodiscard]] const char *decisionKey(Decision d); ///< "clear", "tie_rule", "re_evaluation", "lot", "needs_re_evaluation", ...
[[nodiscard]] const char *itemKindKey(ItemKind k);

// ---- texts in the user's language (message catalogue), the same in venuebid-cli and the tender page ----
[[nodiscard]] std::string methodText(Lang l, Method m);         ///< "序位法 (rank sum)" / "序位法"
[[nodiscard]] std::string decisionText(Lang l, Decision d);     ///< "clear" → "一次評定" …
[[nodiscard]] std::string rankTiesText(Lang l, RankTies r);
[[nodiscard]] std::string passRuleText(Lang l, PassRule r);
[[nodiscard]] std::string failPolicyText(Lang l, FailPolicy f);
[[nodiscard]] std::string tieRuleText(Lang l, TieRule r, Method m);  ///< with the article that allows it for m
[[nodiscard]] std::string notApplicableText(Lang l, const Tender &t, const MethodResult &m);
/** The conventions applied, one line each: rank_ties, pass_rule (with the pass mark), fail_policy, tie_rule. */
[[nodiscard]] std::vector<std::string> conventionLines(Lang l, const Tender &t, const Evaluation &e);
/** How the tie at the top was settled: the rule, each tied bidder's value, the lot; empty without a tie. */
[[nodiscard]] std::string tieBreakText(Lang l, const Tender &t, const Evaluation &e, const MethodResult &m);
/** 序位法: who holds most first places, "乙 (3 of 5)"; empty when nobody holds one. */
[[nodiscard]] std::string mostFirstsText(Lang l, const Tender &t, const Evaluation &e);
/** A struck member's line: name, the committee's reason and date (審議規則 §6). */
[[nodiscard]] std::string struckText(Lang l, const Member &m);
/** The confirming vote (審議規則 §9) with its outcome; empty when none is recorded. */
[[nodiscard]] std::string confirmationText(Lang l, const Tender &t, const Evaluation &e);
/** A convention value that changes a winner, in words: the setting, its value, the method and the winner. */
[[nodiscard]] std::string settingEffectText(Lang l, const Tender &t, const SettingEffect &s);
/** A rank × 2 as text: "1", "1.5". */
[[nodiscard]] std::string halfText(int twice);

// ---- project-file section "tender" (models/bid/tenderio.cpp) ----
void readTenderJson(JsonReader &r, const json::value &v, const std::string &path, Tender &t);
[[nodiscard]] json::value tenderJson(const Tender &t);
[[nodiscard]] bool hasTender(const Project &p);
/** The "tender" section of p (an empty Tender when absent). */
[[nodiscard]] Tender tenderOf(const Project &p);

void readTenderSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeTenderSection(const Project &p);
/** Puts t in as the project's "tender" section. */
void setTender(Project &p, const Tender &t);
void validateTenderSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);


// ---- score sheets in progress and the tender page's edits (models/bid/tenderedit.cpp) ----

/** What an attending member has not scored yet: a whole sheet (noSheet) or some items of it. */
struct MissingScores {
    std::size_t member = 0;           ///< index into members
    std::size_t bidder = 0;           ///< index into bidders
    bool noSheet = false;             ///< no sheet at all for this bidder
    std::vector<std::size_t> items;   ///< item indices without a score (every item when noSheet)
    bool operator==(const MissingScores &) const = default;
};
/** Every attending member's missing scores, member by member, bidder by bidder (empty when every sheet is complete).
 *  The evaluation counts a missing score as 0, so its results are provisional until this is empty. */
[[nodiscard]] std::vector<MissingScores> missingScores(const Tender &t);
/** One missing-scores entry in words: "委員甲 has not yet scored 甲公司 on: Presentation." */
[[nodiscard]] std::string missingText(Lang l, const Tender &t, const MissingScores &m);

/** Each edit changes the project's "tender" section (there must be one) and returns its problems in language l, with
 *  the JSON pointer of the value at fault (a page shows the message only). The checks are the file's: the entry's own
 *  (a name, kept by the file in both languages, points 1 … 10^9, scores 0 … the item's points with two decimals), then the section written and read back
 *  (tenderio.cpp), then checkSetup's errors (an item needed, an attending member needed, the heaviest item chosen
 *  when several share the most points). On an error p is unchanged. Ids are made from names (vb::idFromName). */
[[nodiscard]] std::vector<Diagnostic> setTenderMethod(Project &p, Method m, Lang l);
/** Appends an item (it.id is ignored); every score sheet gets it unscored. */
[[nodiscard]] std::vector<Diagnostic> addTenderItem(Project &p, Item it, Lang l, std::string *newId = nullptr);
/** Replaces item `index`'s name, points and kind (its id and scores are kept; a score above the new points is refused). */
[[nodiscard]] std::vector<Diagnostic> setTenderItem(Project &p, std::size_t index, Item it, Lang l);
/** Deletes item `index` and its scores from every sheet (and the heaviest-item choice when it was this item). */
[[nodiscard]] std::vector<Diagnostic> removeTenderItem(Project &p, std::size_t index, Lang l);
/** Moves item `index` delta places (clamped to the ends; none and no change at the first or last place); every score
 *  sheet's scores (first round and re-evaluation) move with their item, so no score and no result changes. */
[[nodiscard]] std::vector<Diagnostic> moveTenderItem(Project &p, std::size_t index, int delta, Lang l);
/** Starts the project's tender (it has none yet) with the least its evaluation needs (checkSetup): its title (a name in
 *  one language stands for both), method, first evaluation item and first attending committee member. Bidders and
 *  further items and members are added after. */
[[nodiscard]] std::vector<Diagnostic> startTender(Project &p, LocalizedText title, Method m, Item firstItem, const std::string &firstMember,
                                                  bool outsideExpert, Lang l);
/** Appends a bidder (a firm whose proposal is evaluated) with its quoted price when known (whole currency units, ≥ 0;
 *  評分單價法 needs it); its score sheets start empty. */
[[nodiscard]] std::vector<Diagnostic> addTenderBidder(Project &p, const std::string &name, std::optional<std::int64_t> price, Lang l,
                                                      std::string *newId = nullptr);
/** Deletes bidder `index`, its score sheets and its place in a recorded lot. */
[[nodiscard]] std::vector<Diagnostic> removeTenderBidder(Project &p, std::size_t index, Lang l);
/** Moves bidder `index` delta places, as moveTenderItem (sheets and the lot name bidders by id). */
[[nodiscard]] std::vector<Diagnostic> moveTenderBidder(Project &p, std::size_t index, int delta, Lang l);
/** Appends an attending committee member; his sheets start empty. */
[[nodiscard]] std::vector<Diagnostic> addTenderMember(Project &p, const std::string &name, bool outsideExpert, Lang l,
                                                      std::string *newId = nullptr);
/** Deletes member `index` and his score sheets (first round and re-evaluation). */
[[nodiscard]] std::vector<Diagnostic> removeTenderMember(Project &p, std::size_t index, Lang l);
/** Moves member `index` delta places, as moveTenderItem (sheets name members by id). */
[[nodiscard]] std::vector<Diagnostic> moveTenderMember(Project &p, std::size_t index, int delta, Lang l);
/** Sets member memberId's sheet for bidder bidderId: scores[k] is his score on item k in points (nullopt = not yet
 *  scored); a sheet may be incomplete. */
[[nodiscard]] std::vector<Diagnostic> setScoreSheet(Project &p, std::string_view memberId, std::string_view bidderId,
                                                    const std::vector<std::optional<double>> &scores, Lang l);

} // namespace vb::tender
