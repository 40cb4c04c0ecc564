// SPDX-License-Identifier: GPL-3.0-or-later
// The "tender" section of the project file (docs/project-format.md §14.2).
#include "tender.h"

#include "jsontext.h"
#include "jsonwriter.h"
#include "sections.h"

#include <cmath>
#include <set>

namespace vb::tender {

namespace {

template<typename E>
struct Key {
    E value;
    const char *key;
};
constexpr Key<Method> kMethods[] = {{Method::Total, "total"}, {Method::Rank, "rank"}, {Method::UnitPrice, "unit_price"}};
constexpr Key<RankTies> kRankTies[] = {{RankTies::SharedBest, "shared_best"}, {RankTies::Averaged, "averaged"}, {RankTies::Dense, "dense"}};
constexpr Key<PassRule> kPassRules[] = {{PassRule::Average, "average"},
                                        {PassRule::MajorityBelowFails, "majority_below_fails"},
                                        {PassRule::MajorityPassRequired, "majority_pass_required"}};
constexpr Key<FailPolicy> kFailPolicies[] = {{FailPolicy::RankThenDrop, "rank_then_drop"}, {FailPolicy::DropBeforeRank, "drop_before_rank"}};
constexpr Key<TieRule> kTieRules[] = {{TieRule::ReEvaluation, "re_evaluation"}, {TieRule::HeaviestItem, "heaviest_item"}, {TieRule::MostFirsts, "most_firsts"}};
constexpr Key<ItemKind> kKinds[] = {{ItemKind::Other, "other"}, {ItemKind::Price, "price"}, {ItemKind::Presentation, "presentation"}};

template<typename E, std::size_t N>
E choice(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, const Key<E> (&table)[N], E def)
{
    auto s = r.string(o, key, path, false);
    if (!s)
        return def;
    std::string choices;
    for (const auto &k : table) {
        if (*s == k.key)
            return k.value;
        choices += (choices.empty() ? "" : ", ") + std::string(k.key);
    }
    r.error(join(path, key), tr(r.lang, "read.one_of", {choices, *s}));
    return def;
}

/** A non-negative number with at most two decimals, in hundredths. */
std::optional<std::int64_t> hundredths(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, bool required)
{
    auto d = r.number(o, key, path, required, 0.0);
    if (!d)
        return std::nullopt;
    if (*d > 1e9) {
        r.error(join(path, key), tr(r.lang, "read.number_max", {"1000000000", formatShortest(*d)}));
        return std::nullopt;
    }
    const double scaled = *d * 100.0;
    if (std::abs(scaled - std::round(scaled)) > 1e-6) {
        r.error(join(path, key), tr(r.lang, "read.two_decimals", {formatShortest(*d)}));
        return std::nullopt;
    }
    return std::llround(scaled);
}

template<typename T, typename F>
std::vector<T> readArray(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, bool required, F f)
{
    std::vector<T> out;
    const auto *v = r.member(o, key, path, required, tr(r.lang, "read.expect.array"));
    if (!v)
        return out;
    const std::string p = join(path, key);
    if (!v->is_array()) {
        r.error(p, tr(r.lang, "read.not_array", {kindName(*v, r.lang)}));
        return out;
    }
    const auto &a = v->get_array();
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string ip = join(p, i);
        if (const auto *io = r.object(a[i], ip))
            out.push_back(f(*io, ip));
    }
    return out;
}

void checkIds(JsonReader &r, const std::vector<std::string> &ids, const std::string &path)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string p = join(join(path, i), "id");
        if (!isId(ids[i]))
            r.idError(p, ids[i], tr(r.lang, "read.p.id", {ids[i]}));
        else if (!seen.insert(ids[i]).second)
            r.error(p, tr(r.lang, "read.duplicate_id", {ids[i]}));
    }
}

std::vector<ScoreSheet> readSheets(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, const Tender &t)
{
    return readArray<ScoreSheet>(r, o, key, path, false, [&](const json::object &so, const std::string &sp) {
        ScoreSheet s;
        s.member = r.string(so, "member", sp, true, true).value_or("");
        s.bidder = r.string(so, "bidder", sp, true, true).value_or("");
        bool memberKnown = false, bidderKnown = false;
        for (const auto &m : t.members)
            memberKnown |= m.id == s.member;
        for (const auto &b : t.bidders)
            bidderKnown |= b.id == s.bidder;
        if (!s.member.empty() && !memberKnown)
            r.error(join(sp, "member"), tr(r.lang, "tender.r.unknown_member", {s.member}));
        if (!s.bidder.empty() && !bidderKnown)
            r.error(join(sp, "bidder"), tr(r.lang, "tender.r.unknown_bidder_in", {s.bidder}));
        s.scoresH.assign(t.items.size(), std::nullopt);
        const auto *iv = r.member(so, "items", sp, true, tr(r.lang, "read.expect.item_scores"));
        const std::string ip = join(sp, "items");
        if (iv) {
            if (const auto *io = r.object(*iv, ip)) {
                for (const auto &kv : *io) {
                    std::optional<std::size_t> k;
                    for (std::size_t i = 0; i < t.items.size(); ++i)
                        if (t.items[i].id == kv.key())
                            k = i;
                    if (!k) {
                        r.error(join(ip, kv.key()), tr(r.lang, "tender.r.unknown_item", {std::string(kv.key())}));
                        continue;
                    }
                    auto h = hundredths(r, *io, kv.key(), ip, true);
                    if (h && *h > t.items[*k].points * 100) {
                        r.error(join(ip, kv.key()), tr(r.lang, "tender.r.score_max", {std::to_string(t.items[*k].points), formatShortest(static_cast<double>(*h) / 100.0)}));
                        h.reset();
                    }
                    s.scoresH[*k] = h;
                }
                // An item without a score is a sheet in progress: missingScores() and checkSetup() say so.
            }
        }
        r.unknownKeys(so, sp, {"member", "bidder", "items"});
        return s;
    });
}

json::array sheetsJson(const Tender &t, const std::vector<ScoreSheet> &sheets)
{
    json::array out;
    for (const auto &s : sheets) {
        json::object items;
        for (std::size_t k = 0; k < t.items.size() && k < s.scoresH.size(); ++k)
            if (s.scoresH[k])
                items[t.items[k].id] = hundredthsJson(*s.scoresH[k]);
        out.push_back(json::object{{"member", s.member}, {"bidder", s.bidder}, {"items", std::move(items)}});
    }
    return out;
}

} // namespace

void readTenderJson(JsonReader &r, const json::value &v, const std::string &path, Tender &t)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    t.title = r.localized(*o, "title", path, false).value_or(LocalizedText{});
    t.method = choice(r, *o, "method", path, kMethods, Method::Rank);
    t.passMarkH = hundredths(r, *o, "pass_mark", path, false);
    if (const auto *sv = o->if_contains("settings")) {
        const std::string sp = join(path, "settings");
        if (const auto *so = r.object(*sv, sp)) {
            t.settings.rankTies = choice(r, *so, "rank_ties", sp, kRankTies, RankTies::SharedBest);
            t.settings.passRule = choice(r, *so, "pass_rule", sp, kPassRules, PassRule::Average);
            t.settings.failPolicy = choice(r, *so, "fail_policy", sp, kFailPolicies, FailPolicy::RankThenDrop);
            t.settings.tieRule = choice(r, *so, "tie_rule", sp, kTieRules, TieRule::HeaviestItem);
            t.settings.heaviestItem = r.string(*so, "heaviest_item", sp, false, true, true);
            r.unknownKeys(*so, sp, {"rank_ties", "pass_rule", "fail_policy", "tie_rule", "heaviest_item"});
        }
    }
    t.items = readArray<Item>(r, *o, "items", path, true, [&](const json::object &io, const std::string &ip) {
        Item it;
        it.id = r.string(io, "id", ip, true, true).value_or("");
        it.name = r.localized(io, "name", ip, true).value_or(LocalizedText{});
        it.points = r.integer(io, "points", ip, true, 1).value_or(0);
        it.kind = choice(r, io, "kind", ip, kKinds, ItemKind::Other);
        r.unknownKeys(io, ip, {"id", "name", "points", "kind"});
        return it;
    });
    t.members = readArray<Member>(r, *o, "members", path, true, [&](const json::object &mo, const std::string &mp) {
        Member m;
        m.id = r.string(mo, "id", mp, true, true).value_or("");
        m.name = r.string(mo, "name", mp, true, true).value_or("");
        m.outsideExpert = r.boolean(mo, "outside_expert", mp).value_or(false);
        m.attending = r.boolean(mo, "attending", mp).value_or(true);
        if (const auto *sv = mo.if_contains("struck")) {
            // 審議規則 §6: the committee struck his result; he still attends (quorum, outside experts).
            const std::string sp = join(mp, "struck");
            if (const auto *so = r.object(*sv, sp)) {
                Struck st;
                st.reason = r.string(*so, "reason", sp, true, true).value_or("");
                st.date = r.date(*so, "date", sp, true).value_or("");
                r.unknownKeys(*so, sp, {"reason", "date"});
                m.struck = std::move(st);
            }
        }
        r.unknownKeys(mo, mp, {"id", "name", "outside_expert", "attending", "struck"});
        return m;
    });
    t.bidders = readArray<Bidder>(r, *o, "bidders", path, true, [&](const json::object &bo, const std::string &bp) {
        Bidder b;
        b.id = r.string(bo, "id", bp, true, true).value_or("");
        b.name = r.string(bo, "name", bp, true, true).value_or("");
        b.price = r.integer(bo, "price", bp, false, 1);
        r.unknownKeys(bo, bp, {"id", "name", "price"});
        return b;
    });
    {
        std::vector<std::string> ids;
        for (const auto &i : t.items)
            ids.push_back(i.id);
        checkIds(r, ids, join(path, "items"));
        ids.clear();
        for (const auto &m : t.members)
            ids.push_back(m.id);
        checkIds(r, ids, join(path, "members"));
        ids.clear();
        for (const auto &b : t.bidders)
            ids.push_back(b.id);
        checkIds(r, ids, join(path, "bidders"));
    }
    t.scores = readSheets(r, *o, "scores", path, t);
    t.reEvaluation = readSheets(r, *o, "re_evaluation", path, t);
    // A member scores a bidder at most once. A sheet not yet entered is a sheet in progress (missingScores, checkSetup).
    for (const auto &m : t.members) {
        if (!m.attending)
            continue;
        for (const auto &b : t.bidders) {
            int count = 0;
            for (const auto &s : t.scores)
                count += s.member == m.id && s.bidder == b.id;
            if (count > 1)
                r.error(join(path, "scores"), tr(r.lang, "tender.r.scored_twice", {m.id, b.id, std::to_string(count)}));
        }
    }
    if (const auto *lv = o->if_contains("lot")) {
        const std::string lp = join(path, "lot");
        if (!lv->is_array()) {
            r.error(lp, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.draw"), kindName(*lv, r.lang)}));
        } else {
            const auto &a = lv->get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (!a[i].is_string()) {
                    r.error(join(lp, i), tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.bidder_id"), kindName(a[i], r.lang)}));
                    continue;
                }
                std::string id(a[i].get_string());
                bool known = false;
                for (const auto &b : t.bidders)
                    known |= b.id == id;
                if (!known)
                    r.error(join(lp, i), tr(r.lang, "tender.r.unknown_bidder", {id}));
                t.lot.push_back(id);
            }
        }
    }
    if (const auto *cv = o->if_contains("confirmation")) {
        // 審議規則 §9: the committee's resolution confirming the first-ranked bidder.
        const std::string cp = join(path, "confirmation");
        if (const auto *co = r.object(*cv, cp)) {
            Confirmation c;
            c.bidder = r.string(*co, "bidder", cp, true, true).value_or("");
            bool known = false;
            for (const auto &b : t.bidders)
                known |= b.id == c.bidder;
            if (!c.bidder.empty() && !known)
                r.error(join(cp, "bidder"), tr(r.lang, "tender.r.unknown_bidder_in", {c.bidder}));
            c.votesFor = r.integer(*co, "for", cp, true, 0).value_or(0);
            c.votesAgainst = r.integer(*co, "against", cp, true, 0).value_or(0);
            c.date = r.date(*co, "date", cp, true).value_or("");
            r.unknownKeys(*co, cp, {"bidder", "for", "against", "date"});
            t.confirmation = std::move(c);
        }
    }
    t.note = r.string(*o, "note", path, false).value_or("");
    r.unknownKeys(*o, path,
                  {"title", "method", "pass_mark", "settings", "items", "members", "bidders", "scores", "re_evaluation", "lot", "confirmation", "note"});
}

json::value tenderJson(const Tender &t)
{
    json::object o;
    if (!t.title.zh.empty() || !t.title.en.empty())
        o["title"] = json::object{{"zh-TW", t.title.zh}, {"en", t.title.en}};
    o["method"] = methodKey(t.method);
    if (t.passMarkH)
        o["pass_mark"] = hundredthsJson(*t.passMarkH);
    json::object s{{"rank_ties", rankTiesKey(t.settings.rankTies)},
                   {"pass_rule", passRuleKey(t.settings.passRule)},
                   {"fail_policy", failPolicyKey(t.settings.failPolicy)},
                   {"tie_rule", tieRuleKey(t.settings.tieRule)}};
    if (t.settings.heaviestItem)
        s["heaviest_item"] = *t.settings.heaviestItem;
    o["settings"] = std::move(s);
    json::array items, members, bidders;
    for (const auto &it : t.items)
        items.push_back(json::object{{"id", it.id}, {"name", json::object{{"zh-TW", it.name.zh}, {"en", it.name.en}}}, {"points", it.points},
                                     {"kind", itemKindKey(it.kind)}});
    for (const auto &m : t.members) {
        json::object mo{{"id", m.id}, {"name", m.name}, {"outside_expert", m.outsideExpert}, {"attending", m.attending}};
        if (m.struck)
            mo["struck"] = json::object{{"reason", m.struck->reason}, {"date", m.struck->date}};
        members.push_back(std::move(mo));
    }
    for (const auto &b : t.bidders) {
        json::object bo{{"id", b.id}, {"name", b.name}};
        if (b.price)
            bo["price"] = *b.price;
        bidders.push_back(std::move(bo));
    }
    o["items"] = std::move(items);
    o["members"] = std::move(members);
    o["bidders"] = std::move(bidders);
    o["scores"] = sheetsJson(t, t.scores);
    if (!t.reEvaluation.empty())
        o["re_evaluation"] = sheetsJson(t, t.reEvaluation);
    if (!t.lot.empty())
        o["lot"] = json::array(t.lot.begin(), t.lot.end());
    if (t.confirmation)
        o["confirmation"] = json::object{{"bidder", t.confirmation->bidder},
                                         {"for", t.confirmation->votesFor},
                                         {"against", t.confirmation->votesAgainst},
                                         {"date", t.confirmation->date}};
    if (!t.note.empty())
        o["note"] = t.note;
    return o;
}

bool hasTender(const Project &p)
{
    return p.sections.get<Tender>() != nullptr;
}

Tender tenderOf(const Project &p)
{
    const auto *t = p.sections.get<Tender>();
    return t ? *t : Tender{};
}

void setTender(Project &p, const Tender &t)
{
    p.sections.set(t);
}

void readTenderSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Tender t;
    readTenderJson(r, v, path, t);
    p.sections.set(std::move(t));
}

json::value writeTenderSection(const Project &p)
{
    const auto *t = p.sections.get<Tender>();
    return t ? tenderJson(*t) : json::value(nullptr);
}

void validateTenderSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    if (!hasTender(p))
        return;
    const Tender t = tenderOf(p);
    for (auto &d : checkSetup(t, "/tender", lang))
        out.push_back(std::move(d));
}

} // namespace vb::tender
