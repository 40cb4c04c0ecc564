// SPDX-License-Identifier: GPL-3.0-or-later
// 最有利標 evaluation: 總評分法, 序位法, 評分單價法, tie-break rules and the open conventions (docs/bids.md).
#include "tender.h"

#include "numbers.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace vb::tender {

namespace {

using Better = std::function<int(std::size_t, std::size_t)>; ///< <0: a better, 0: equal, >0: b better

/** Competition ranks (1 = best) of the candidates under cmp; 0 for bidders that are not candidates. */
std::vector<int> competitionRanks(std::size_t nBidders, const std::vector<std::size_t> &cand, const Better &cmp)
{
    std::vector<int> ranks(nBidders, 0);
    for (auto a : cand) {
        int better = 0;
        for (auto b : cand)
            if (b != a && cmp(b, a) < 0)
                ++better;
        ranks[a] = better + 1;
    }
    return ranks;
}

struct Sheets {
    /** totals[a][b]: attending member a's total for bidder b (hundredths); item[a][b][k]. */
    std::vector<std::vector<std::int64_t>> totals;
    std::vector<std::vector<std::vector<std::int64_t>>> items;
};

Sheets sheetsOf(const Tender &t, const std::vector<ScoreSheet> &sheets, const std::vector<std::size_t> &attending)
{
    Sheets s;
    s.totals.assign(attending.size(), std::vector<std::int64_t>(t.bidders.size(), 0));
    s.items.assign(attending.size(), std::vector<std::vector<std::int64_t>>(t.bidders.size(), std::vector<std::int64_t>(t.items.size(), 0)));
    for (const auto &sh : sheets) {
        std::optional<std::size_t> a, b;
        for (std::size_t i = 0; i < attending.size(); ++i)
            if (t.members[attending[i]].id == sh.member)
                a = i;
        for (std::size_t j = 0; j < t.bidders.size(); ++j)
            if (t.bidders[j].id == sh.bidder)
                b = j;
        if (!a || !b)
            continue;
        for (std::size_t k = 0; k < t.items.size() && k < sh.scoresH.size(); ++k) {
            const auto v = sh.scoresH[k].value_or(0);
            s.items[*a][*b][k] = v;
            s.totals[*a][*b] += v;
        }
    }
    return s;
}

/** Rank sums × 2 of the bidders in group, each attending member ranking only the group. */
std::vector<int> rankSums2(const Sheets &s, const std::vector<std::size_t> &group, std::size_t nBidders, RankTies ties,
                           std::vector<std::vector<int>> *perMember = nullptr, std::vector<int> *firsts = nullptr)
{
    std::vector<int> sums(nBidders, 0);
    if (perMember)
        perMember->assign(nBidders, std::vector<int>(s.totals.size(), 0));
    if (firsts)
        firsts->assign(nBidders, 0);
    for (std::size_t a = 0; a < s.totals.size(); ++a) {
        std::vector<std::int64_t> totals;
        for (auto b : group)
            totals.push_back(s.totals[a][b]);
        const auto r2 = memberRanks2(totals, ties);
        for (std::size_t g = 0; g < group.size(); ++g) {
            sums[group[g]] += r2[g];
            if (perMember)
                (*perMember)[group[g]][a] = r2[g];
            if (firsts && r2[g] == 2)
                ++(*firsts)[group[g]];
        }
    }
    return sums;
}

std::int64_t sumTotals(const Sheets &s, std::size_t b)
{
    std::int64_t sum = 0;
    for (const auto &row : s.totals)
        sum += row[b];
    return sum;
}

} // namespace

std::vector<int> memberRanks2(const std::vector<std::int64_t> &totals, RankTies ties)
{
    std::vector<int> out(totals.size(), 0);
    for (std::size_t i = 0; i < totals.size(); ++i) {
        int greater = 0, equal = 0;
        std::vector<std::int64_t> distinctGreater;
        for (std::size_t j = 0; j < totals.size(); ++j) {
            if (totals[j] > totals[i]) {
                ++greater;
                if (std::find(distinctGreater.begin(), distinctGreater.end(), totals[j]) == distinctGreater.end())
                    distinctGreater.push_back(totals[j]);
            } else if (totals[j] == totals[i]) {
                ++equal; // includes i itself
            }
        }
        switch (ties) {
        case RankTies::SharedBest: out[i] = 2 * (greater + 1); break;
        case RankTies::Averaged: out[i] = 2 * greater + equal + 1; break; // mean of positions greater+1 .. greater+equal
        case RankTies::Dense: out[i] = 2 * (static_cast<int>(distinctGreater.size()) + 1); break;
        }
    }
    return out;
}

bool unitPriceLess(std::int64_t priceA, std::int64_t scoreA, std::int64_t priceB, std::int64_t scoreB)
{
    __extension__ using Wide = __int128; // prices up to 1e13 times scores up to 1e9 hundredths overflow int64
    return static_cast<Wide>(priceA) * scoreB < static_cast<Wide>(priceB) * scoreA;
}

std::vector<Diagnostic> checkSetup(const Tender &t, const std::string &path)
{
    std::vector<Diagnostic> out;
    const auto warn = [&](std::string p, std::string m) { out.push_back({Diagnostic::Severity::Warning, std::move(p), std::move(m)}); };
    const auto error = [&](std::string p, std::string m) { out.push_back({Diagnostic::Severity::Error, std::move(p), std::move(m)}); };
    std::int64_t total = 0, price = 0, presentation = 0, maxPoints = 0;
    for (const auto &it : t.items) {
        total += it.points;
        if (it.kind == ItemKind::Price)
            price += it.points;
        if (it.kind == ItemKind::Presentation)
            presentation += it.points;
        maxPoints = std::max(maxPoints, it.points);
    }
    if (t.items.empty() || total <= 0) {
        error(join(path, "items"), "expected at least one evaluation item with points > 0");
        return out;
    }
    const auto pct = [&](std::int64_t p) { return formatShortest(static_cast<double>(p) * 100.0 / static_cast<double>(total)) + " %"; };
    if (price > 0 && (5 * price < total || 2 * price > total))
        warn(join(path, "items"), "price weighs " + pct(price) + " of " + std::to_string(total)
                                      + " points; when price is scored it must weigh 20-50 % (評選辦法 §16/§17, verify)");
    if (5 * presentation > total)
        warn(join(path, "items"), "presentation and Q&A weigh " + pct(presentation) + "; at most 20 % (評選辦法 §10)");
    if (t.method == Method::UnitPrice && price > 0)
        warn(join(path, "method"), "評分單價法 needs price not scored, but an item of kind price is present (評選辦法 §13)");
    if (t.method != Method::Rank && t.settings.tieRule == TieRule::MostFirsts)
        warn(join(join(path, "settings"), "tie_rule"), "most_firsts is a 序位法 rule (§15-1); 總評分法 and 評分單價法 allow "
                                                        "re-evaluation or the heaviest item (§14), then a lot");
    const auto n = static_cast<std::int64_t>(t.members.size());
    std::int64_t experts = 0, attending = 0, expertsAttending = 0;
    for (const auto &m : t.members) {
        experts += m.outsideExpert;
        attending += m.attending;
        expertsAttending += m.outsideExpert && m.attending;
    }
    if (n < 5)
        warn(join(path, "members"), "the committee has " + std::to_string(n) + " members; at least 5 (組織準則, verify)");
    if (3 * experts < n)
        warn(join(path, "members"), std::to_string(experts) + " of " + std::to_string(n) + " members are outside experts; at least 1/3 (組織準則, verify)");
    if (attending > 0 && (expertsAttending < 2 || 3 * expertsAttending < attending))
        warn(join(path, "members"), std::to_string(expertsAttending) + " outside experts among " + std::to_string(attending)
                                        + " attending members; a meeting needs at least 2 and at least 1/3 (審議規則, verify)");
    if (attending == 0)
        error(join(path, "members"), "no attending member: nothing to evaluate");
    if (t.passMarkH && *t.passMarkH > total * 100)
        warn(join(path, "pass_mark"), "the pass mark " + formatShortest(static_cast<double>(*t.passMarkH) / 100.0) + " is above the "
                                          + std::to_string(total) + " points available");
    std::vector<std::string> heaviest;
    for (const auto &it : t.items)
        if (it.points == maxPoints)
            heaviest.push_back(it.id);
    if (heaviest.size() > 1 && t.settings.tieRule == TieRule::HeaviestItem) {
        std::string ids;
        for (const auto &h : heaviest)
            ids += (ids.empty() ? "" : ", ") + h;
        if (!t.settings.heaviestItem)
            error(join(join(path, "settings"), "heaviest_item"), "items " + ids + " share the highest points (" + std::to_string(maxPoints)
                                                                     + "); the tie rule 'heaviest_item' needs one chosen here (the law is silent)");
        else if (std::find(heaviest.begin(), heaviest.end(), *t.settings.heaviestItem) == heaviest.end())
            error(join(join(path, "settings"), "heaviest_item"), "expected one of " + ids + ", found \"" + *t.settings.heaviestItem + "\"");
    } else if (t.settings.heaviestItem && (heaviest.size() != 1 || heaviest[0] != *t.settings.heaviestItem) && heaviest.size() == 1) {
        warn(join(join(path, "settings"), "heaviest_item"), "ignored: the item with the most points is " + heaviest[0]);
    }
    return out;
}

namespace {

/** Breaks a tie among group for method m. Returns the winner or nullopt, with the decision. */
std::pair<std::optional<std::size_t>, Decision> breakTie(const Tender &t, Method m, std::vector<std::size_t> group, const Evaluation &e,
                                                         const std::vector<std::size_t> &attending)
{
    const auto lot = [&](std::vector<std::size_t> g) -> std::pair<std::optional<std::size_t>, Decision> {
        for (const auto &id : t.lot)
            for (auto b : g)
                if (t.bidders[b].id == id)
                    return {b, Decision::Lot};
        return {std::nullopt, Decision::NeedsLot};
    };
    const auto keepBest = [&](const std::function<std::int64_t(std::size_t)> &key) {
        std::int64_t best = key(group[0]);
        for (auto b : group)
            best = std::max(best, key(b));
        std::erase_if(group, [&](std::size_t b) { return key(b) != best; });
    };
    switch (t.settings.tieRule) {
    case TieRule::HeaviestItem:
        if (!e.heaviestItem)
            return lot(group);
        keepBest([&](std::size_t b) { return e.bidders[b].heaviestItemH; });
        if (group.size() == 1)
            return {group[0], Decision::TieRule};
        return lot(group);
    case TieRule::MostFirsts:
        if (m != Method::Rank)
            return lot(group); // §14 has no most-firsts rule
        keepBest([&](std::size_t b) { return e.bidders[b].firstPlaces; });
        if (group.size() == 1)
            return {group[0], Decision::TieRule};
        return lot(group);
    case TieRule::ReEvaluation: {
        if (t.reEvaluation.empty())
            return {std::nullopt, Decision::NeedsReEvaluation};
        const Sheets s = sheetsOf(t, t.reEvaluation, attending);
        if (m == Method::Rank) {
            const auto sums = rankSums2(s, group, t.bidders.size(), t.settings.rankTies);
            keepBest([&](std::size_t b) { return -static_cast<std::int64_t>(sums[b]); });
        } else if (m == Method::Total) {
            keepBest([&](std::size_t b) { return sumTotals(s, b); });
        } else {
            std::vector<std::size_t> best{group[0]};
            for (std::size_t i = 1; i < group.size(); ++i) {
                const auto b = group[i];
                const auto a = best[0];
                const auto pa = t.bidders[a].price.value_or(0), pb = t.bidders[b].price.value_or(0);
                if (unitPriceLess(pb, sumTotals(s, b), pa, sumTotals(s, a)))
                    best = {b};
                else if (!unitPriceLess(pa, sumTotals(s, a), pb, sumTotals(s, b)))
                    best.push_back(b);
            }
            group = best;
        }
        if (group.size() == 1)
            return {group[0], Decision::ReEvaluation};
        return lot(group);
    }
    }
    return lot(group);
}

void decide(const Tender &t, MethodResult &r, const std::vector<std::size_t> &cand, const Better &cmp, const Evaluation &e)
{
    r.ranks = competitionRanks(t.bidders.size(), cand, cmp);
    r.tiedAtTop.clear();
    for (auto b : cand)
        if (r.ranks[b] == 1)
            r.tiedAtTop.push_back(b);
    if (r.tiedAtTop.empty()) {
        r.decision = Decision::NoBidder;
        return;
    }
    if (r.tiedAtTop.size() == 1) {
        r.winner = r.tiedAtTop[0];
        r.decision = Decision::Clear;
        return;
    }
    std::tie(r.winner, r.decision) = breakTie(t, r.method, r.tiedAtTop, e, e.attending);
}

} // namespace

Evaluation evaluateWith(const Tender &t)
{
    Evaluation e;
    for (std::size_t i = 0; i < t.members.size(); ++i)
        if (t.members[i].attending)
            e.attending.push_back(i);
    const auto n = static_cast<std::int64_t>(e.attending.size());
    std::int64_t maxPoints = -1;
    std::vector<std::size_t> heaviest;
    for (std::size_t k = 0; k < t.items.size(); ++k) {
        if (t.items[k].points > maxPoints) {
            maxPoints = t.items[k].points;
            heaviest.clear();
        }
        if (t.items[k].points == maxPoints)
            heaviest.push_back(k);
    }
    if (heaviest.size() == 1)
        e.heaviestItem = heaviest[0];
    else if (t.settings.heaviestItem)
        for (auto k : heaviest)
            if (t.items[k].id == *t.settings.heaviestItem)
                e.heaviestItem = k;

    const Sheets s = sheetsOf(t, t.scores, e.attending);
    const std::size_t nb = t.bidders.size();
    e.bidders.resize(nb);
    std::vector<std::size_t> passing, all(nb);
    std::iota(all.begin(), all.end(), std::size_t{0});
    for (std::size_t b = 0; b < nb; ++b) {
        auto &br = e.bidders[b];
        br.totalH = sumTotals(s, b);
        br.average = n > 0 ? static_cast<double>(br.totalH) / 100.0 / static_cast<double>(n) : 0.0;
        if (e.heaviestItem)
            for (std::size_t a = 0; a < s.items.size(); ++a)
                br.heaviestItemH += s.items[a][b][*e.heaviestItem];
        if (t.passMarkH) {
            for (std::size_t a = 0; a < s.totals.size(); ++a)
                br.membersBelowPass += s.totals[a][b] < *t.passMarkH;
            const std::int64_t below = br.membersBelowPass, above = n - below;
            switch (t.settings.passRule) {
            case PassRule::Average: br.passes = br.totalH >= *t.passMarkH * n; break;
            case PassRule::MajorityBelowFails: br.passes = !(2 * below > n); break;
            case PassRule::MajorityPassRequired: br.passes = 2 * above > n; break;
            }
        }
        if (br.passes)
            passing.push_back(b);
        if (t.bidders[b].price && br.totalH > 0)
            br.unitPrice = static_cast<double>(*t.bidders[b].price) / br.average;
    }

    // 序位法: members rank everyone (rank then drop) or the passing bidders only (drop before rank).
    const auto &rankedGroup = t.settings.failPolicy == FailPolicy::RankThenDrop ? all : passing;
    std::vector<std::vector<int>> perMember;
    std::vector<int> firsts;
    const auto sums = rankSums2(s, rankedGroup, nb, t.settings.rankTies, &perMember, &firsts);
    for (auto b : rankedGroup) {
        e.bidders[b].rankSum2 = sums[b];
        e.bidders[b].memberRanks2 = perMember[b];
        e.bidders[b].firstPlaces = firsts[b];
    }
    for (auto b : all)
        if (e.bidders[b].memberRanks2.empty())
            e.bidders[b].memberRanks2.assign(e.attending.size(), 0);

    e.total.method = Method::Total;
    decide(t, e.total, passing, [&](std::size_t a, std::size_t b) {
        return e.bidders[a].totalH > e.bidders[b].totalH ? -1 : e.bidders[a].totalH < e.bidders[b].totalH ? 1 : 0;
    }, e);

    e.rank.method = Method::Rank;
    decide(t, e.rank, passing, [&](std::size_t a, std::size_t b) { return sums[a] < sums[b] ? -1 : sums[a] > sums[b] ? 1 : 0; }, e);
    if (e.rank.winner) {
        const auto w = *e.rank.winner;
        e.rank.winnerHasMajorityOfFirsts = 2 * static_cast<std::int64_t>(e.bidders[w].firstPlaces) > n;
        std::optional<std::size_t> most;
        for (auto b : rankedGroup)
            if (!most || e.bidders[b].firstPlaces > e.bidders[*most].firstPlaces)
                most = b;
        if (most && *most != w && e.bidders[*most].firstPlaces > e.bidders[w].firstPlaces)
            e.rank.mostFirstsOther = most;
    }

    e.unitPrice.method = Method::UnitPrice;
    bool priceScored = std::any_of(t.items.begin(), t.items.end(), [](const Item &it) { return it.kind == ItemKind::Price; });
    if (priceScored) {
        e.unitPrice.applicable = false;
        e.unitPrice.notApplicable = "price is scored as an item; 評分單價法 needs price not scored (§13)";
    } else {
        std::vector<std::size_t> cand;
        for (auto b : passing) {
            if ((!t.bidders[b].price || e.bidders[b].totalH <= 0) && e.unitPrice.applicable) {
                e.unitPrice.applicable = false;
                e.unitPrice.notApplicable = "bidder " + t.bidders[b].id + " has no price or no score";
            }
            cand.push_back(b);
        }
        if (e.unitPrice.applicable)
            decide(t, e.unitPrice, cand, [&](std::size_t a, std::size_t b) {
                const auto pa = *t.bidders[a].price, pb = *t.bidders[b].price;
                if (unitPriceLess(pa, e.bidders[a].totalH, pb, e.bidders[b].totalH))
                    return -1;
                if (unitPriceLess(pb, e.bidders[b].totalH, pa, e.bidders[a].totalH))
                    return 1;
                return 0;
            }, e);
    }
    if (!e.unitPrice.applicable) {
        e.unitPrice.ranks.assign(nb, 0);
        e.unitPrice.decision = Decision::NotApplicable;
    }
    return e;
}

Evaluation evaluate(const Tender &t)
{
    Evaluation e = evaluateWith(t);
    e.setupWarnings = checkSetup(t);
    const auto compare = [&](const std::string &setting, const std::string &value, const Tender &alt) {
        const Evaluation o = evaluateWith(alt);
        for (auto m : {Method::Total, Method::Rank, Method::UnitPrice}) {
            const auto &base = e.of(m), &other = o.of(m);
            if (!base.applicable)
                continue;
            if (base.winner != other.winner)
                e.settingEffects.push_back({setting, value, m, other.winner, other.decision});
        }
    };
    for (auto v : {RankTies::SharedBest, RankTies::Averaged, RankTies::Dense})
        if (v != t.settings.rankTies) {
            Tender alt = t;
            alt.settings.rankTies = v;
            compare("rank_ties", rankTiesKey(v), alt);
        }
    if (t.passMarkH)
        for (auto v : {PassRule::Average, PassRule::MajorityBelowFails, PassRule::MajorityPassRequired})
            if (v != t.settings.passRule) {
                Tender alt = t;
                alt.settings.passRule = v;
                compare("pass_rule", passRuleKey(v), alt);
            }
    for (auto v : {FailPolicy::RankThenDrop, FailPolicy::DropBeforeRank})
        if (v != t.settings.failPolicy) {
            Tender alt = t;
            alt.settings.failPolicy = v;
            compare("fail_policy", failPolicyKey(v), alt);
        }
    return e;
}

const char *methodKey(Method m)
{
    switch (m) {
    case Method::Total: return "total";
    case Method::Rank: return "rank";
    case Method::UnitPrice: return "unit_price";
    }
    return "";
}
const char *rankTiesKey(RankTies r)
{
    switch (r) {
    case RankTies::SharedBest: return "shared_best";
    case RankTies::Averaged: return "averaged";
    case RankTies::Dense: return "dense";
    }
    return "";
}
const char *passRuleKey(PassRule r)
{
    switch (r) {
    case PassRule::Average: return "average";
    case PassRule::MajorityBelowFails: return "majority_below_fails";
    case PassRule::MajorityPassRequired: return "majority_pass_required";
    }
    return "";
}
const char *failPolicyKey(FailPolicy f) { return f == FailPolicy::RankThenDrop ? "rank_then_drop" : "drop_before_rank"; }
const char *tieRuleKey(TieRule r)
{
    switch (r) {
    case TieRule::ReEvaluation: return "re_evaluation";
    case TieRule::HeaviestItem: return "heaviest_item";
    case TieRule::MostFirsts: return "most_firsts";
    }
    return "";
}
const char *decisionKey(Decision d)
{
    switch (d) {
    case Decision::Clear: return "clear";
    case Decision::TieRule: return "tie_rule";
    case Decision::ReEvaluation: return "re_evaluation";
    case Decision::Lot: return "lot";
    case Decision::NeedsReEvaluation: return "needs_re_evaluation";
    case Decision::NeedsLot: return "needs_lot";
    case Decision::NoBidder: return "no_bidder";
    case Decision::NotApplicable: return "not_applicable";
    }
    return "";
}
const char *itemKindKey(ItemKind k)
{
    switch (k) {
    case ItemKind::Other: return "other";
    case ItemKind::Price: return "price";
    case ItemKind::Presentation: return "presentation";
    }
    return "";
}

std::vector<std::optional<double>> itemAverages(const Tender &t, std::size_t bidder)
{
    std::vector<std::optional<double>> out(t.items.size());
    if (bidder >= t.bidders.size())
        return out;
    for (std::size_t k = 0; k < t.items.size(); ++k) {
        std::int64_t sum = 0;
        int n = 0;
        for (const auto &s : t.scores) {
            if (s.bidder != t.bidders[bidder].id || k >= s.scoresH.size() || !s.scoresH[k])
                continue;
            const bool attending = std::any_of(t.members.begin(), t.members.end(), [&](const Member &m) { return m.id == s.member && m.attending; });
            if (!attending)
                continue;
            sum += *s.scoresH[k];
            ++n;
        }
        if (n > 0)
            out[k] = static_cast<double>(sum) / 100.0 / n;
    }
    return out;
}

std::vector<ItemMargin> itemMargins(const Tender &t, std::size_t ours)
{
    std::vector<ItemMargin> out;
    const auto us = itemAverages(t, ours);
    std::vector<std::vector<std::optional<double>>> others(t.bidders.size());
    for (std::size_t b = 0; b < t.bidders.size(); ++b)
        if (b != ours)
            others[b] = itemAverages(t, b);
    for (std::size_t k = 0; k < t.items.size(); ++k) {
        ItemMargin m;
        m.item = k;
        m.ours = k < us.size() ? us[k] : std::nullopt;
        for (std::size_t b = 0; b < t.bidders.size(); ++b)
            if (b != ours && others[b][k] && (!m.best || *others[b][k] > *m.best)) {
                m.best = others[b][k];
                m.bestBidder = b;
            }
        out.push_back(m);
    }
    return out;
}

} // namespace vb::tender
