// SPDX-License-Identifier: GPL-3.0-or-later
// 最有利標 evaluation: 總評分法, 序位法, 評分單價法, tie-break rules and the open conventions (docs/bids.md).
#include "tender.h"

#include "messages.h"
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

std::vector<Diagnostic> checkSetup(const Tender &t, const std::string &path, Lang l)
{
    std::vector<Diagnostic> out;
    const auto warn = [&](std::string p, std::string m) { out.push_back({Diagnostic::Severity::Warning, std::move(p), std::move(m)}); };
    const auto error = [&](std::string p, std::string m) { out.push_back({Diagnostic::Severity::Error, std::move(p), std::move(m)}); };
    const auto n2s = [](std::int64_t v) { return std::to_string(v); };
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
        error(join(path, "items"), tr(l, "tender.check.no_items"));
        return out;
    }
    const auto pct = [&](std::int64_t p) { return formatShortest(static_cast<double>(p) * 100.0 / static_cast<double>(total)) + " %"; };
    if (price > 0 && (5 * price < total || 2 * price > total))
        warn(join(path, "items"), tr(l, "tender.check.price_weight", {pct(price), n2s(total)}));
    if (5 * presentation > total)
        warn(join(path, "items"), tr(l, "tender.check.presentation_weight", {pct(presentation)}));
    if (t.method == Method::UnitPrice && price > 0)
        warn(join(path, "method"), tr(l, "tender.check.unit_price_with_price"));
    if (t.method != Method::Rank && t.settings.tieRule == TieRule::MostFirsts)
        warn(join(join(path, "settings"), "tie_rule"), tr(l, "tender.check.most_firsts_not_rank"));
    const auto n = static_cast<std::int64_t>(t.members.size());
    std::int64_t experts = 0, attending = 0, expertsAttending = 0;
    for (const auto &m : t.members) {
        experts += m.outsideExpert;
        attending += m.attending;
        expertsAttending += m.outsideExpert && m.attending;
    }
    if (n < 5)
        warn(join(path, "members"), tr(l, "tender.check.few_members", {n2s(n)}));
    if (3 * experts < n)
        warn(join(path, "members"), tr(l, "tender.check.few_experts", {n2s(experts), n2s(n)}));
    if (attending > 0 && (expertsAttending < 2 || 3 * expertsAttending < attending))
        warn(join(path, "members"), tr(l, "tender.check.few_experts_attending", {n2s(expertsAttending), n2s(attending)}));
    if (attending == 0)
        error(join(path, "members"), tr(l, "tender.check.no_attending"));
    std::int64_t counted = 0;
    for (std::size_t i = 0; i < t.members.size(); ++i) {
        counted += t.members[i].counted();
        if (t.members[i].struck && !t.members[i].attending)
            warn(join(join(join(path, "members"), i), "struck"), tr(l, "tender.check.struck_absent", {t.members[i].id}));
    }
    if (attending > 0 && counted == 0)
        error(join(path, "members"), tr(l, "tender.check.all_struck"));
    if (t.confirmation && t.confirmation->votesFor + t.confirmation->votesAgainst > attending)
        warn(join(join(path, "confirmation"), "for"),
             tr(l, "tender.check.votes_exceed", {n2s(t.confirmation->votesFor + t.confirmation->votesAgainst), n2s(attending)}));
    if (t.passMarkH && *t.passMarkH > total * 100)
        warn(join(path, "pass_mark"), tr(l, "tender.check.pass_mark_high", {formatShortest(static_cast<double>(*t.passMarkH) / 100.0), n2s(total)}));
    std::vector<std::string> heaviest;
    for (const auto &it : t.items)
        if (it.points == maxPoints)
            heaviest.push_back(it.id);
    if (heaviest.size() > 1 && t.settings.tieRule == TieRule::HeaviestItem) {
        std::string ids;
        for (const auto &h : heaviest)
            ids += (ids.empty() ? "" : ", ") + h;
        if (!t.settings.heaviestItem)
            error(join(join(path, "settings"), "heaviest_item"), tr(l, "tender.check.heaviest_needed", {ids, n2s(maxPoints)}));
        else if (std::find(heaviest.begin(), heaviest.end(), *t.settings.heaviestItem) == heaviest.end())
            error(join(join(path, "settings"), "heaviest_item"), tr(l, "tender.check.heaviest_expected", {ids, *t.settings.heaviestItem}));
    } else if (t.settings.heaviestItem && (heaviest.size() != 1 || heaviest[0] != *t.settings.heaviestItem) && heaviest.size() == 1) {
        warn(join(join(path, "settings"), "heaviest_item"), tr(l, "tender.check.heaviest_ignored", {heaviest[0]}));
    }
    // Sheets in progress: the evaluation counts a missing score as 0 until it is entered.
    for (const auto &m : missingScores(t))
        warn(join(path, "scores"), missingText(l, t, m));
    return out;
}

namespace {

struct TieOutcome {
    std::optional<std::size_t> winner;
    Decision decision = Decision::NeedsLot;
    TieBreak tieBreak;
    std::vector<int> positions; ///< per group member, 1-based competition position after the tie-break
};

/** Breaks a tie among group (bidder order) for method m: the rule the tender chose, then the recorded lot. */
TieOutcome breakTie(const Tender &t, Method m, const std::vector<std::size_t> &group, const Evaluation &e)
{
    TieOutcome o;
    o.tieBreak.rule = t.settings.tieRule;
    o.tieBreak.bidders = group;
    const std::size_t nb = t.bidders.size();
    std::vector<std::int64_t> value(nb, 0);
    Better cmp = [](std::size_t, std::size_t) { return 0; };
    const auto higher = [&](std::size_t a, std::size_t b) { return value[a] > value[b] ? -1 : value[a] < value[b] ? 1 : 0; };
    const auto lower = [&](std::size_t a, std::size_t b) { return value[a] < value[b] ? -1 : value[a] > value[b] ? 1 : 0; };
    switch (t.settings.tieRule) {
    case TieRule::HeaviestItem:
        if (e.heaviestItem) {
            o.tieBreak.basis = TieBasis::HeaviestItem;
            for (auto b : group)
                value[b] = e.bidders[b].heaviestItemH;
            cmp = higher;
        }
        break;
    case TieRule::MostFirsts:
        if (m == Method::Rank) { // §14 has no most-firsts rule: the other methods go straight to the lot
            o.tieBreak.basis = TieBasis::FirstPlaces;
            for (auto b : group)
                value[b] = e.bidders[b].firstPlaces;
            cmp = higher;
        }
        break;
    case TieRule::ReEvaluation: {
        if (t.reEvaluation.empty()) {
            o.decision = Decision::NeedsReEvaluation;
            o.positions.assign(group.size(), 1);
            return o;
        }
        const Sheets s = sheetsOf(t, t.reEvaluation, e.counted);
        if (m == Method::Rank) {
            const auto sums = rankSums2(s, group, nb, t.settings.rankTies);
            o.tieBreak.basis = TieBasis::ReEvalRankSum;
            for (auto b : group)
                value[b] = sums[b];
            cmp = lower;
        } else if (m == Method::Total) {
            o.tieBreak.basis = TieBasis::ReEvalTotal;
            for (auto b : group)
                value[b] = sumTotals(s, b);
            cmp = higher;
        } else {
            o.tieBreak.basis = TieBasis::ReEvalUnitPrice;
            for (auto b : group)
                value[b] = sumTotals(s, b);
            cmp = [&](std::size_t a, std::size_t b) {
                const auto pa = t.bidders[a].price.value_or(0), pb = t.bidders[b].price.value_or(0);
                if (unitPriceLess(pa, value[a], pb, value[b]))
                    return -1;
                if (unitPriceLess(pb, value[b], pa, value[a]))
                    return 1;
                return 0;
            };
        }
        break;
    }
    }
    for (auto b : group)
        o.tieBreak.values.push_back(value[b]);
    // Then the lot: a bidder drawn earlier goes first; one the lot did not draw comes after those it did.
    const auto lotIndex = [&](std::size_t b) {
        const auto it = std::find(t.lot.begin(), t.lot.end(), t.bidders[b].id);
        return static_cast<std::size_t>(it - t.lot.begin());
    };
    const Better withLot = [&](std::size_t a, std::size_t b) {
        if (const int c = cmp(a, b); c != 0)
            return c;
        const auto la = lotIndex(a), lb = lotIndex(b);
        return la < lb ? -1 : la > lb ? 1 : 0;
    };
    const auto byRule = competitionRanks(nb, group, cmp);
    const auto byLot = competitionRanks(nb, group, withLot);
    const auto firsts = [&](const std::vector<int> &r) {
        return std::count_if(group.begin(), group.end(), [&](std::size_t b) { return r[b] == 1; });
    };
    for (auto b : group) {
        o.positions.push_back(byLot[b]);
        o.tieBreak.lotUsed |= byLot[b] != byRule[b];
    }
    const auto firstOf = [&](const std::vector<int> &r) {
        for (auto b : group)
            if (r[b] == 1)
                return b;
        return group[0];
    };
    if (firsts(byRule) == 1) {
        o.winner = firstOf(byRule);
        o.decision = t.settings.tieRule == TieRule::ReEvaluation ? Decision::ReEvaluation : Decision::TieRule;
    } else if (firsts(byLot) == 1) {
        o.winner = firstOf(byLot);
        o.decision = Decision::Lot;
    } else {
        o.decision = Decision::NeedsLot;
    }
    return o;
}

void decide(const Tender &t, MethodResult &r, const std::vector<std::size_t> &cand, const Better &cmp, const Evaluation &e)
{
    r.ranks = competitionRanks(t.bidders.size(), cand, cmp);
    r.decidedRanks = r.ranks;
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
    auto o = breakTie(t, r.method, r.tiedAtTop, e);
    r.winner = o.winner;
    r.decision = o.decision;
    r.tieBreak = std::move(o.tieBreak);
    for (std::size_t g = 0; g < r.tiedAtTop.size(); ++g)
        r.decidedRanks[r.tiedAtTop[g]] = o.positions[g];
}

} // namespace

Evaluation evaluateWith(const Tender &t)
{
    Evaluation e;
    for (std::size_t i = 0; i < t.members.size(); ++i) {
        if (t.members[i].attending)
            e.attending.push_back(i);
        if (t.members[i].counted())
            e.counted.push_back(i);
    }
    const auto n = static_cast<std::int64_t>(e.counted.size());
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

    const Sheets s = sheetsOf(t, t.scores, e.counted);
    const Sheets shown = sheetsOf(t, t.scores, e.attending); // the 評分總表 shows a struck member's totals too
    const std::size_t nb = t.bidders.size();
    e.bidders.resize(nb);
    std::vector<std::size_t> passing, all(nb);
    std::iota(all.begin(), all.end(), std::size_t{0});
    for (std::size_t b = 0; b < nb; ++b) {
        auto &br = e.bidders[b];
        br.totalH = sumTotals(s, b);
        for (const auto &row : shown.totals)
            br.memberTotalsH.push_back(row[b]);
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
        e.bidders[b].firstPlaces = firsts[b];
        // perMember is per counted member; the sheet is per attending member, 0 for a struck one.
        auto &mr = e.bidders[b].memberRanks2;
        mr.assign(e.attending.size(), 0);
        for (std::size_t a = 0, c = 0; a < e.attending.size() && c < e.counted.size(); ++a)
            if (e.attending[a] == e.counted[c])
                mr[a] = perMember[b][c++];
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
    for (auto b : rankedGroup) {
        const int f = e.bidders[b].firstPlaces;
        if (f == 0 || f < e.rank.mostFirstsCount)
            continue;
        if (f > e.rank.mostFirstsCount)
            e.rank.mostFirsts.clear();
        e.rank.mostFirsts.push_back(b);
        e.rank.mostFirstsCount = f;
    }
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
        e.unitPrice.notApplicable = NotApplicable::PriceScored;
    } else {
        std::vector<std::size_t> cand;
        for (auto b : passing) {
            if ((!t.bidders[b].price || e.bidders[b].totalH <= 0) && e.unitPrice.applicable) {
                e.unitPrice.applicable = false;
                e.unitPrice.notApplicable = NotApplicable::NoPriceOrScore;
                e.unitPrice.notApplicableBidder = b;
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
        e.unitPrice.decidedRanks.assign(nb, 0);
        e.unitPrice.decision = Decision::NotApplicable;
    }
    if (t.confirmation) {
        const auto &c = *t.confirmation;
        const auto w = e.of(t.method).winner;
        e.confirmation = ConfirmationResult{2 * c.votesFor > static_cast<std::int64_t>(e.attending.size()),
                                            w && t.bidders[*w].id == c.bidder};
    }
    return e;
}

Evaluation evaluate(const Tender &t, Lang l)
{
    Evaluation e = evaluateWith(t);
    e.setupWarnings = checkSetup(t, "/tender", l);
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
            const bool attending = std::any_of(t.members.begin(), t.members.end(), [&](const Member &m) { return m.id == s.member && m.counted(); });
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

// ---- texts (message catalogue) ----

std::string halfText(int twice)
{
    return twice % 2 == 0 ? std::to_string(twice / 2) : std::to_string(twice / 2) + ".5";
}

std::string methodText(Lang l, Method m)
{
    switch (m) {
    case Method::Total: return tr(l, "tender.method.total");
    case Method::Rank: return tr(l, "tender.method.rank");
    case Method::UnitPrice: return tr(l, "tender.method.unit_price");
    }
    return {};
}

std::string decisionText(Lang l, Decision d)
{
    switch (d) {
    case Decision::Clear: return tr(l, "tender.decision.clear");
    case Decision::TieRule: return tr(l, "tender.decision.tie_rule");
    case Decision::ReEvaluation: return tr(l, "tender.decision.re_evaluation");
    case Decision::Lot: return tr(l, "tender.decision.lot");
    case Decision::NeedsReEvaluation: return tr(l, "tender.decision.needs_re_evaluation");
    case Decision::NeedsLot: return tr(l, "tender.decision.needs_lot");
    case Decision::NoBidder: return tr(l, "tender.decision.no_bidder");
    case Decision::NotApplicable: return tr(l, "tender.decision.not_applicable");
    }
    return {};
}

std::string rankTiesText(Lang l, RankTies r)
{
    switch (r) {
    case RankTies::SharedBest: return tr(l, "tender.rank_ties.shared_best");
    case RankTies::Averaged: return tr(l, "tender.rank_ties.averaged");
    case RankTies::Dense: return tr(l, "tender.rank_ties.dense");
    }
    return {};
}

std::string passRuleText(Lang l, PassRule r)
{
    switch (r) {
    case PassRule::Average: return tr(l, "tender.pass_rule.average");
    case PassRule::MajorityBelowFails: return tr(l, "tender.pass_rule.majority_below_fails");
    case PassRule::MajorityPassRequired: return tr(l, "tender.pass_rule.majority_pass_required");
    }
    return {};
}

std::string failPolicyText(Lang l, FailPolicy f)
{
    return f == FailPolicy::RankThenDrop ? tr(l, "tender.fail_policy.rank_then_drop") : tr(l, "tender.fail_policy.drop_before_rank");
}

namespace {
/** The article that allows tie rules for method m: §15-1 for 序位法, §14 for the others. */
const char *tieArticle(Lang l, Method m)
{
    return m == Method::Rank ? tr(l, "tender.article.15_1") : tr(l, "tender.article.14");
}

std::string heaviestName(Lang l, const Tender &t, const Evaluation &e)
{
    return e.heaviestItem ? t.items[*e.heaviestItem].name.get(l) : std::string("-");
}

std::string joinNames(Lang l, const Tender &t, const std::vector<std::size_t> &bidders)
{
    std::string out;
    for (auto b : bidders)
        out += (out.empty() ? "" : tr(l, "tender.list_separator")) + t.bidders[b].name;
    return out;
}
} // namespace

std::string tieRuleText(Lang l, TieRule r, Method m)
{
    switch (r) {
    case TieRule::ReEvaluation: return tr(l, "tender.tie_rule.re_evaluation", {tieArticle(l, m)});
    case TieRule::HeaviestItem: return tr(l, "tender.tie_rule.heaviest_item", {tieArticle(l, m)});
    case TieRule::MostFirsts:
        return m == Method::Rank ? tr(l, "tender.tie_rule.most_firsts", {tieArticle(l, m)}) : tr(l, "tender.tie_rule.most_firsts_not_here");
    }
    return {};
}

std::string notApplicableText(Lang l, const Tender &t, const MethodResult &m)
{
    switch (m.notApplicable) {
    case NotApplicable::None: return {};
    case NotApplicable::PriceScored: return tr(l, "tender.not_applicable.price_scored");
    case NotApplicable::NoPriceOrScore:
        return tr(l, "tender.not_applicable.no_price_or_score", {m.notApplicableBidder ? t.bidders[*m.notApplicableBidder].name : std::string("-")});
    }
    return {};
}

std::vector<std::string> conventionLines(Lang l, const Tender &t, const Evaluation &e)
{
    std::vector<std::string> out;
    out.push_back(tr(l, "tender.conventions.rank_ties", {rankTiesText(l, t.settings.rankTies)}));
    out.push_back(t.passMarkH ? tr(l, "tender.conventions.pass_rule", {passRuleText(l, t.settings.passRule), formatGroupedHundredths(*t.passMarkH)})
                              : tr(l, "tender.conventions.no_pass_mark"));
    out.push_back(tr(l, "tender.conventions.fail_policy", {failPolicyText(l, t.settings.failPolicy)}));
    std::string rule = tieRuleText(l, t.settings.tieRule, t.method);
    if (t.settings.tieRule == TieRule::HeaviestItem)
        rule += tr(l, "tender.conventions.heaviest_item", {heaviestName(l, t, e)});
    out.push_back(tr(l, "tender.conventions.tie_rule", {rule}));
    return out;
}

std::string tieBreakText(Lang l, const Tender &t, const Evaluation &e, const MethodResult &m)
{
    if (m.tiedAtTop.size() < 2)
        return {};
    std::string out = tr(l, "tender.tie.tied", {joinNames(l, t, m.tiedAtTop)});
    const auto &tb = m.tieBreak;
    if (tb.basis != TieBasis::None) {
        std::string basis;
        switch (tb.basis) {
        case TieBasis::None: break;
        case TieBasis::HeaviestItem: basis = tr(l, "tender.tie.basis.heaviest_item", {heaviestName(l, t, e)}); break;
        case TieBasis::FirstPlaces: basis = tr(l, "tender.tie.basis.first_places"); break;
        case TieBasis::ReEvalTotal: basis = tr(l, "tender.tie.basis.re_eval_total"); break;
        case TieBasis::ReEvalRankSum: basis = tr(l, "tender.tie.basis.re_eval_rank_sum"); break;
        case TieBasis::ReEvalUnitPrice: basis = tr(l, "tender.tie.basis.re_eval_unit_price"); break;
        }
        std::string values;
        for (std::size_t g = 0; g < tb.bidders.size() && g < tb.values.size(); ++g) {
            const auto b = tb.bidders[g];
            const auto v = tb.values[g];
            std::string shown;
            switch (tb.basis) {
            case TieBasis::FirstPlaces: shown = std::to_string(v); break;
            case TieBasis::ReEvalRankSum: shown = halfText(static_cast<int>(v)); break;
            case TieBasis::ReEvalUnitPrice:
                shown = v > 0 && t.bidders[b].price && !e.counted.empty()
                            ? formatGrouped(static_cast<double>(*t.bidders[b].price) * 100.0 * static_cast<double>(e.counted.size()) / static_cast<double>(v))
                            : std::string("-");
                break;
            default: shown = formatFixed(static_cast<double>(v) / 100.0, 2); break;
            }
            values += (values.empty() ? "" : tr(l, "tender.list_separator")) + tr(l, "tender.tie.value", {t.bidders[b].name, shown});
        }
        out += tr(l, "tender.tie.compared", {basis, tieArticle(l, m.method), values});
    }
    if (tb.lotUsed || m.decision == Decision::Lot) {
        std::vector<std::size_t> drawn;
        for (const auto &id : t.lot)
            for (auto b : m.tiedAtTop)
                if (t.bidders[b].id == id)
                    drawn.push_back(b);
        out += tr(l, "tender.tie.lot", {joinNames(l, t, drawn)});
    }
    if (m.winner) {
        std::vector<std::pair<int, std::size_t>> order;
        for (auto b : m.tiedAtTop)
            order.emplace_back(m.decidedRanks[b], b);
        std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        std::string places;
        for (const auto &[pos, b] : order)
            places += (places.empty() ? "" : tr(l, "tender.list_separator")) + tr(l, "tender.tie.place", {std::to_string(pos), t.bidders[b].name});
        out += tr(l, "tender.tie.order", {places});
    } else {
        out += " " + decisionText(l, m.decision);
    }
    return out;
}

std::string settingEffectText(Lang l, const Tender &t, const SettingEffect &s)
{
    std::string setting = s.setting, value = s.value;
    if (s.setting == "rank_ties") {
        setting = tr(l, "tender.setting.rank_ties");
        for (auto v : {RankTies::SharedBest, RankTies::Averaged, RankTies::Dense})
            if (s.value == rankTiesKey(v))
                value = rankTiesText(l, v);
    } else if (s.setting == "pass_rule") {
        setting = tr(l, "tender.setting.pass_rule");
        for (auto v : {PassRule::Average, PassRule::MajorityBelowFails, PassRule::MajorityPassRequired})
            if (s.value == passRuleKey(v))
                value = passRuleText(l, v);
    } else if (s.setting == "fail_policy") {
        setting = tr(l, "tender.setting.fail_policy");
        for (auto v : {FailPolicy::RankThenDrop, FailPolicy::DropBeforeRank})
            if (s.value == failPolicyKey(v))
                value = failPolicyText(l, v);
    }
    return tr(l, "tender.setting_effect", {setting, value, methodText(l, s.method), s.winner ? t.bidders[*s.winner].name : std::string("-")});
}

std::string mostFirstsText(Lang l, const Tender &t, const Evaluation &e)
{
    if (e.rank.mostFirsts.empty())
        return {};
    return tr(l, "tender.most_firsts", {joinNames(l, t, e.rank.mostFirsts), std::to_string(e.rank.mostFirstsCount), std::to_string(e.counted.size())});
}

std::string struckText(Lang l, const Member &m)
{
    if (!m.struck)
        return {};
    return tr(l, "tender.struck", {m.name, m.struck->date, m.struck->reason});
}

std::string confirmationText(Lang l, const Tender &t, const Evaluation &e)
{
    if (!t.confirmation || !e.confirmation)
        return {};
    const auto &c = *t.confirmation;
    std::string who = c.bidder;
    for (const auto &b : t.bidders)
        if (b.id == c.bidder)
            who = b.name;
    const std::string n = std::to_string(e.attending.size());
    const std::string yes = std::to_string(c.votesFor), no = std::to_string(c.votesAgainst);
    std::string out = e.confirmation->carried ? tr(l, "tender.confirm.carried", {c.date, yes, no, n, who})
                                              : tr(l, "tender.confirm.not_carried", {c.date, yes, no, n, who});
    const auto w = e.of(t.method).winner;
    if (!e.confirmation->matchesWinner)
        out += tr(l, "tender.confirm.other_bidder", {w ? t.bidders[*w].name : std::string("-")});
    return out;
}

} // namespace vb::tender
