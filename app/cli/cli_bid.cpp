// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli tender / destinations / quotes: 最有利標 scoring and the destination comparison (docs/bids.md).
#include "cli_bid.h"

#include "cli.h"
#include "table.h"

#include "destinations.h"
#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "projectformat.h"
#include "bidbook.h"
#include "budgetcalc.h"
#include "quotereview.h"
#include "venueranking.h"
#include "tender.h"

#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

namespace json = boost::json;

namespace vb::cli {

namespace {

/** Common arguments: PROJECT [--format json|table] [--lang en|zh-TW]. */
struct Common {
    std::string file, format;
    Lang lang = Lang::En;
};

std::optional<Common> parseCommon(const std::vector<std::string> &argv, std::ostream &err, const char *usage, const char *name)
{
    Args a(argv, err, usage);
    Common c;
    c.format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail(std::string(name) + " takes exactly one PROJECT file");
    if (a.ok() && c.format != "table" && c.format != "json")
        a.fail("unknown --format '" + c.format + "': expected json or table");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return std::nullopt;
    c.file = pos[0];
    c.lang = *lang;
    return c;
}

/** A rank × 2 as a JSON number: 3 for 6, 1.5 for 3. */
json::value half(int twice)
{
    if (twice % 2 == 0)
        return twice / 2;
    return twice / 2.0;
}

json::value hundredths(std::int64_t h)
{
    if (h % 100 == 0)
        return h / 100;
    return static_cast<double>(h) / 100.0;
}

json::value idOrNull(const tender::Tender &t, std::optional<std::size_t> b)
{
    if (!b)
        return nullptr;
    return json::value(t.bidders[*b].id);
}

const char *tieBasisKey(tender::TieBasis b)
{
    switch (b) {
    case tender::TieBasis::None: return "none";
    case tender::TieBasis::HeaviestItem: return "heaviest_item_sum";
    case tender::TieBasis::FirstPlaces: return "first_places";
    case tender::TieBasis::ReEvalTotal: return "re_evaluation_total_sum";
    case tender::TieBasis::ReEvalRankSum: return "re_evaluation_rank_sum";
    case tender::TieBasis::ReEvalUnitPrice: return "re_evaluation_total_sum";
    }
    return "";
}

json::object methodJson(const tender::Tender &t, const tender::Evaluation &e, const tender::MethodResult &m, Lang l)
{
    json::object o{{"method", tender::methodKey(m.method)}, {"applicable", m.applicable}, {"winner", idOrNull(t, m.winner)},
                   {"decided_by", tender::decisionKey(m.decision)}, {"decided_by_text", tender::decisionText(l, m.decision)}};
    json::array tied;
    if (m.tiedAtTop.size() > 1)
        for (auto b : m.tiedAtTop)
            tied.emplace_back(t.bidders[b].id);
    o["tied"] = std::move(tied);
    // The decided order: the tied first place ordered by the tie-break (1, 2 …), the others by the method.
    json::object decided;
    for (std::size_t b = 0; b < t.bidders.size(); ++b) {
        const int r = b < m.decidedRanks.size() ? m.decidedRanks[b] : 0;
        decided[t.bidders[b].id] = r > 0 ? json::value(r) : json::value(nullptr);
    }
    o["decided_ranks"] = std::move(decided);
    if (m.tiedAtTop.size() > 1) {
        const auto &tb = m.tieBreak;
        json::object values;
        for (std::size_t g = 0; tb.basis != tender::TieBasis::None && g < tb.bidders.size() && g < tb.values.size(); ++g) {
            const auto v = tb.values[g];
            json::value shown = tb.basis == tender::TieBasis::FirstPlaces ? json::value(v)
                                : tb.basis == tender::TieBasis::ReEvalRankSum ? half(static_cast<int>(v))
                                                                               : hundredths(v);
            values[t.bidders[tb.bidders[g]].id] = std::move(shown);
        }
        o["tie_break"] = json::object{{"rule", tender::tieRuleKey(tb.rule)},
                                      {"rule_text", tender::tieRuleText(l, tb.rule, m.method)},
                                      {"compared_on", tieBasisKey(tb.basis)},
                                      {"values", std::move(values)},
                                      {"lot_used", tb.lotUsed},
                                      {"text", tender::tieBreakText(l, t, e, m)}};
    } else {
        o["tie_break"] = nullptr;
    }
    if (!m.applicable)
        o["reason"] = tender::notApplicableText(l, t, m);
    if (m.method == tender::Method::Rank) {
        o["winner_has_majority_of_first_places"] = m.winnerHasMajorityOfFirsts;
        o["most_first_places_other"] = idOrNull(t, m.mostFirstsOther);
        json::array most;
        for (auto b : m.mostFirsts)
            most.emplace_back(t.bidders[b].id);
        o["most_first_places"] = json::object{{"bidders", std::move(most)}, {"count", m.mostFirstsCount}, {"of", e.counted.size()}};
    }
    return o;
}

json::array diagnosticsJson(const std::vector<Diagnostic> &ds)
{
    json::array out;
    for (const auto &d : ds)
        out.push_back(json::object{{"severity", d.severity == Diagnostic::Severity::Error ? "error" : "warning"}, {"path", d.path}, {"message", d.message}});
    return out;
}

} // namespace

int cmdTender(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    const auto c = parseCommon(argv, err, "tender PROJECT [--format json|table] [--lang en|zh-TW]", "tender");
    if (!c)
        return UsageError;
    auto p = loadProjectOrReport(c->file, err);
    if (!p)
        return InputError;
    if (!tender::hasTender(*p)) {
        err << c->file << ": no \"tender\" section (docs/project-format.md §14.2)\n";
        return InputError;
    }
    const tender::Tender t = tender::tenderOf(*p);
    const Lang l = c->lang;
    const tender::Evaluation e = tender::evaluate(t, l);
    std::int64_t totalPoints = 0;
    for (const auto &it : t.items)
        totalPoints += it.points;
    // Our bid (bid_book.tender_bidder): the self-scored margin on each item against the best competitor.
    std::optional<std::size_t> ours;
    if (const auto b = bid::bidBookOf(*p).tenderBidder)
        for (std::size_t i = 0; i < t.bidders.size(); ++i)
            if (t.bidders[i].id == *b)
                ours = i;
    const auto margins = ours ? tender::itemMargins(t, *ours) : std::vector<tender::ItemMargin>{};
    const auto optional2 = [](const std::optional<double> &x) { return x ? json::value(std::round(*x * 100.0) / 100.0) : json::value(nullptr); };

    if (c->format == "json") {
        json::object root;
        root["project"] = c->file;
        root["method"] = tender::methodKey(t.method);
        root["pass_mark"] = t.passMarkH ? hundredths(*t.passMarkH) : json::value(nullptr);
        json::object settings{{"rank_ties", tender::rankTiesKey(t.settings.rankTies)},
                              {"pass_rule", tender::passRuleKey(t.settings.passRule)},
                              {"fail_policy", tender::failPolicyKey(t.settings.failPolicy)},
                              {"tie_rule", tender::tieRuleKey(t.settings.tieRule)},
                              {"heaviest_item", e.heaviestItem ? json::value(t.items[*e.heaviestItem].id) : json::value(nullptr)}};
        root["settings"] = std::move(settings);
        json::array items;
        for (const auto &it : t.items)
            items.push_back(json::object{{"id", it.id}, {"name", it.name.get(l)}, {"points", it.points}, {"kind", tender::itemKindKey(it.kind)},
                                         {"weight_percent", totalPoints > 0 ? 100.0 * static_cast<double>(it.points) / static_cast<double>(totalPoints) : 0.0}});
        root["items"] = std::move(items);
        json::array attending, counted, struck;
        for (auto a : e.attending)
            attending.emplace_back(t.members[a].id);
        for (auto a : e.counted)
            counted.emplace_back(t.members[a].id);
        for (const auto &m : t.members)
            if (m.struck)
                struck.push_back(json::object{{"member", m.id}, {"attending", m.attending}, {"reason", m.struck->reason}, {"date", m.struck->date},
                                              {"rule", tr(l, "tender.struck_rule")}});
        root["attending_members"] = std::move(attending);
        root["counted_members"] = std::move(counted);
        root["struck_members"] = std::move(struck);
        json::array bidders;
        for (std::size_t b = 0; b < t.bidders.size(); ++b) {
            const auto &br = e.bidders[b];
            json::object o;
            o["id"] = t.bidders[b].id;
            o["name"] = t.bidders[b].name;
            o["price"] = t.bidders[b].price ? json::value(*t.bidders[b].price) : json::value(nullptr);
            o["total"] = br.average;
            o["total_sum"] = hundredths(br.totalH);
            o["passes"] = br.passes;
            o["members_below_pass_mark"] = br.membersBelowPass;
            json::array mt;
            for (auto h : br.memberTotalsH)
                mt.push_back(hundredths(h));
            o["member_totals"] = std::move(mt);
            json::array mr;
            for (int r2 : br.memberRanks2)
                mr.push_back(r2 > 0 ? half(r2) : json::value(nullptr));
            o["member_ranks"] = std::move(mr);
            o["rank_sum"] = br.rankSum2 ? half(*br.rankSum2) : json::value(nullptr);
            o["first_places"] = br.firstPlaces;
            o["heaviest_item_sum"] = hundredths(br.heaviestItemH);
            o["unit_price"] = br.unitPrice ? json::value(*br.unitPrice) : json::value(nullptr);
            const int rank = e.of(t.method).ranks.empty() ? 0 : e.of(t.method).ranks[b];
            o["rank"] = rank > 0 ? json::value(rank) : json::value(nullptr);
            json::object ranks;
            for (auto m : {tender::Method::Total, tender::Method::Rank, tender::Method::UnitPrice}) {
                const auto &mr2 = e.of(m);
                const int r = mr2.ranks.empty() ? 0 : mr2.ranks[b];
                ranks[tender::methodKey(m)] = r > 0 ? json::value(r) : json::value(nullptr);
            }
            o["ranks"] = std::move(ranks);
            const auto &dm = e.of(t.method).decidedRanks;
            const int decided = b < dm.size() ? dm[b] : 0;
            o["decided_rank"] = decided > 0 ? json::value(decided) : json::value(nullptr);
            bidders.push_back(std::move(o));
        }
        root["bidders"] = std::move(bidders);
        root["winner"] = idOrNull(t, e.of(t.method).winner);
        root["winners"] = json::object{
            {"total", methodJson(t, e, e.total, l)}, {"rank", methodJson(t, e, e.rank, l)}, {"unit_price", methodJson(t, e, e.unitPrice, l)}};
        json::array conventions;
        for (const auto &line : tender::conventionLines(l, t, e))
            conventions.emplace_back(line);
        root["conventions"] = std::move(conventions);
        if (t.confirmation && e.confirmation)
            root["confirmation"] = json::object{{"bidder", t.confirmation->bidder},
                                                {"for", t.confirmation->votesFor},
                                                {"against", t.confirmation->votesAgainst},
                                                {"date", t.confirmation->date},
                                                {"attending", e.attending.size()},
                                                {"carried", e.confirmation->carried},
                                                {"confirms_winner", e.confirmation->matchesWinner},
                                                {"rule", tr(l, "tender.confirm_rule")},
                                                {"text", tender::confirmationText(l, t, e)}};
        else
            root["confirmation"] = nullptr;
        root["setup_warnings"] = diagnosticsJson(e.setupWarnings);
        json::array effects;
        for (const auto &s : e.settingEffects)
            effects.push_back(json::object{{"setting", s.setting}, {"value", s.value}, {"method", tender::methodKey(s.method)},
                                           {"winner", idOrNull(t, s.winner)}, {"decided_by", tender::decisionKey(s.decision)}});
        root["settings_changing_winner"] = std::move(effects);
        root["ours"] = ours ? json::value(t.bidders[*ours].id) : json::value(nullptr);
        json::array im;
        for (const auto &m : margins)
            im.push_back(json::object{{"item", t.items[m.item].id}, {"ours", optional2(m.ours)}, {"best", optional2(m.best)},
                                      {"best_bidder", m.bestBidder ? json::value(t.bidders[*m.bestBidder].id) : json::value(nullptr)},
                                      {"margin", optional2(m.margin())}});
        root["item_margins"] = std::move(im);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }

    const LangText tx{l};
    const auto name = [&](std::optional<std::size_t> b) { return b ? t.bidders[*b].name : std::string("-"); };
    if (const auto title = t.title.get(l); !title.empty())
        out << title << "\n\n";
    // 評分總表: one row per attending member, one column per bidder: his total and, in brackets, his rank.
    out << tx("cli.tender.sheet_title") << "\n";
    {
        std::vector<std::string> header{tx("cli.tender.header_member")};
        std::vector<std::size_t> right;
        for (std::size_t b = 0; b < t.bidders.size(); ++b) {
            header.push_back(t.bidders[b].name);
            right.push_back(b + 1);
        }
        std::vector<std::vector<std::string>> sheet{header};
        bool anyExpert = false;
        for (std::size_t a = 0; a < e.attending.size(); ++a) {
            const auto &m = t.members[e.attending[a]];
            std::string who = m.outsideExpert ? tx("cli.tender.member_expert", {m.name}) : m.name;
            anyExpert |= m.outsideExpert;
            if (m.struck)
                who = tx("cli.tender.member_struck", {who});
            std::vector<std::string> row{who};
            for (std::size_t b = 0; b < t.bidders.size(); ++b) {
                const auto &br = e.bidders[b];
                const std::int64_t h = a < br.memberTotalsH.size() ? br.memberTotalsH[a] : 0;
                const int r2 = a < br.memberRanks2.size() ? br.memberRanks2[a] : 0;
                row.push_back(formatFixed(static_cast<double>(h) / 100.0, 2) + (r2 > 0 ? " (" + tender::halfText(r2) + ")" : " (-)"));
            }
            sheet.push_back(std::move(row));
        }
        out << renderTable(sheet, right);
        if (anyExpert)
            out << tx("cli.tender.expert_note") << "\n";
        std::int64_t experts = 0;
        for (auto a : e.attending)
            experts += t.members[a].outsideExpert;
        out << tx("cli.tender.attendance", {std::to_string(t.members.size()), std::to_string(e.attending.size()), std::to_string(experts),
                                            std::to_string(e.counted.size())})
            << "\n";
        for (const auto &m : t.members)
            if (m.struck)
                out << tender::struckText(l, m) << "\n";
    }
    // Result by bidder; 評分單價法 adds the price and price ÷ score columns.
    const bool unitPriceColumns = t.method == tender::Method::UnitPrice || e.unitPrice.applicable;
    const auto &decided = e.of(t.method).decidedRanks;
    out << "\n" << tx("cli.tender.summary_title", {tender::methodText(l, t.method)}) << "\n";
    std::vector<std::string> header{tx("cli.tender.header_bidder"), tx("cli.tender.header_average_total"), tx("cli.tender.header_rank_sum"),
                                    tx("cli.tender.header_first_places"), tx("cli.tender.header_passes")};
    std::vector<std::size_t> right{1, 2, 3};
    if (unitPriceColumns) {
        header.push_back(tx("cli.tender.header_price"));
        header.push_back(tx("cli.tender.header_unit_price"));
        right.push_back(5);
        right.push_back(6);
    }
    header.push_back(tx("cli.tender.header_rank"));
    right.push_back(header.size() - 1);
    std::vector<std::vector<std::string>> rows{header};
    for (std::size_t b = 0; b < t.bidders.size(); ++b) {
        const auto &br = e.bidders[b];
        std::vector<std::string> row{t.bidders[b].name, formatFixed(br.average, 2), br.rankSum2 ? formatFixed(*br.rankSum2 / 2.0, 1) : "-",
                                     std::to_string(br.firstPlaces), br.passes ? tx("cli.tender.passes_yes") : tx("cli.tender.passes_no")};
        if (unitPriceColumns) {
            row.push_back(t.bidders[b].price ? groupThousands(*t.bidders[b].price) : "-");
            row.push_back(br.unitPrice ? formatGroupedFixed(*br.unitPrice, 2) : "-");
        }
        const int r = b < decided.size() ? decided[b] : 0;
        row.push_back(r > 0 ? std::to_string(r) : "-");
        rows.push_back(std::move(row));
    }
    out << renderTable(rows, right);
    out << "\n" << tx("cli.tender.total_score_winner", {name(e.total.winner), tender::decisionText(l, e.total.decision)}) << "\n";
    if (const auto tie = tender::tieBreakText(l, t, e, e.total); !tie.empty())
        out << "  " << tie << "\n";
    out << tx("cli.tender.rank_sum_winner", {name(e.rank.winner), tender::decisionText(l, e.rank.decision)}) << "\n";
    if (const auto tie = tender::tieBreakText(l, t, e, e.rank); !tie.empty())
        out << "  " << tie << "\n";
    if (const auto most = tender::mostFirstsText(l, t, e); !most.empty())
        out << "  " << most << "\n";
    out << tx("cli.tender.unit_price_winner", {e.unitPrice.applicable ? tx("cli.tender.winner_decided", {name(e.unitPrice.winner), tender::decisionText(l, e.unitPrice.decision)})
                                                                      : tx("cli.tender.not_applicable", {tender::notApplicableText(l, t, e.unitPrice)})})
        << "\n";
    if (const auto tie = tender::tieBreakText(l, t, e, e.unitPrice); !tie.empty())
        out << "  " << tie << "\n";
    out << (t.confirmation ? tender::confirmationText(l, t, e) : std::string(tx("cli.tender.no_confirmation"))) << "\n";
    out << "\n" << tr(l, "tender.conventions.title") << "\n";
    for (const auto &line : tender::conventionLines(l, t, e))
        out << "  " << line << "\n";
    for (const auto &d : e.setupWarnings)
        out << tx("cli.tender.setup_check", {d.path, d.message}) << "\n";
    for (const auto &s : e.settingEffects)
        out << tender::settingEffectText(l, t, s) << "\n";
    if (ours) {
        out << "\n" << tx("cli.tender.our_margins", {t.bidders[*ours].name}) << "\n";
        for (const auto &m : margins)
            out << "  "
                << tx("cli.tender.item_margin", {t.items[m.item].name.get(l), m.ours ? formatFixed(*m.ours, 2) : "-", m.best ? formatFixed(*m.best, 2) : "-",
                                                  name(m.bestBidder), m.margin() ? formatSignedFixed(*m.margin(), 2) : std::string("-")})
                << "\n";
    }
    return Ok;
}

int cmdDestinations(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    const auto c = parseCommon(argv, err, "destinations PROJECT [--format json|table] [--lang en|zh-TW]", "destinations");
    if (!c)
        return UsageError;
    auto p = loadProjectOrReport(c->file, err);
    if (!p)
        return InputError;
    if (!destinations::hasDestinations(*p)) {
        err << c->file << ": no \"destinations\" section (docs/project-format.md §14.1)\n";
        return InputError;
    }
    const auto cmp = destinations::destinationsOf(*p);
    const auto r = destinations::compare(cmp);
    const Lang l = c->lang;
    if (r.score.ranks.empty()) {
        err << c->file << ": the destinations section has nothing to compare\n";
        return InputError;
    }
    if (c->format == "json") {
        json::object root;
        root["project"] = c->file;
        root["method"] = mcda::methodName(r.score.method);
        root["normalization"] = mcda::normalizationName(r.score.normalization);
        root["ours"] = cmp.ours;
        json::array crit;
        for (std::size_t j = 0; j < cmp.criteria.size(); ++j) {
            const auto &k = cmp.criteria[j];
            crit.push_back(json::object{{"id", k.id}, {"name", k.name.get(l)}, {"group", destinations::groupKey(k.group)},
                                        {"direction", k.direction == Direction::Benefit ? "benefit" : "cost"},
                                        {"weight", r.score.weights(static_cast<Eigen::Index>(j))}, {"unit", k.unit}, {"controllable", k.controllable}});
        }
        root["criteria"] = std::move(crit);
        json::array dests;
        for (std::size_t i = 0; i < cmp.destinations.size(); ++i) {
            const auto &d = cmp.destinations[i];
            json::object values;
            for (std::size_t j = 0; j < cmp.criteria.size(); ++j)
                values[cmp.criteria[j].id] = d.values[j].value.value_or(0.0);
            dests.push_back(json::object{{"id", d.id}, {"name", d.name.get(l)}, {"venue", d.venue ? json::value(*d.venue) : json::value(nullptr)},
                                         {"ours", i == r.ours}, {"score", r.score.scores(static_cast<Eigen::Index>(i))}, {"rank", r.score.ranks[i]},
                                         {"values", std::move(values)}});
        }
        root["destinations"] = std::move(dests);
        root["we_win"] = r.weWin;
        json::array per;
        for (const auto &o : r.outcomes)
            per.push_back(json::object{{"criterion", cmp.criteria[o.criterion].id}, {"ours", o.ours},
                                       {"best_competitor", cmp.destinations[o.bestCompetitor].id}, {"best_value", o.best},
                                       {"outcome", destinations::outcomeKey(o.outcome)}, {"rank", o.rank}});
        root["per_criterion"] = std::move(per);
        json::array changes;
        for (const auto &w : r.changes) {
            json::object o{{"criterion", cmp.criteria[w.criterion].id}, {"from", w.from},
                           {"threshold", w.threshold ? json::value(*w.threshold) : json::value(nullptr)},
                           {"suggested", w.suggested ? json::value(*w.suggested) : json::value(nullptr)}, {"exact", w.exact}, {"verified", w.verified}};
            if (w.suggested) {
                o["change"] = w.change;
                o["relative_change"] = std::isfinite(w.relativeChange) ? json::value(w.relativeChange) : json::value(nullptr);
            } else {
                o["reason"] = destinations::whyText(w, Lang::En); // the JSON keeps one language, as its keys
            }
            changes.push_back(std::move(o));
        }
        root["what_it_takes"] = std::move(changes);
        root["smallest_change"] = r.smallest ? json::value(cmp.criteria[r.changes[*r.smallest].criterion].id) : json::value(nullptr);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }
    const LangText tx{l};
    std::vector<std::vector<std::string>> rows{{tx("cli.destinations.header_rank"), tx("cli.destinations.header_destination"),
                                                tx("cli.destinations.header_score")}};
    std::vector<std::size_t> order(cmp.destinations.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return r.score.ranks[a] < r.score.ranks[b]; });
    for (auto i : order)
        rows.push_back({std::to_string(r.score.ranks[i]), cmp.destinations[i].name.get(l) + (i == r.ours ? " *" : ""),
                        scoreText(r.score.method, r.score.scores(static_cast<Eigen::Index>(i)))});
    out << renderTable(rows, {0, 2});
    for (const auto &o : r.outcomes)
        out << cmp.criteria[o.criterion].name.get(l) << ": " << destinations::outcomeKey(o.outcome) << " (" << formatShortest(o.ours) << " vs "
            << cmp.destinations[o.bestCompetitor].name.get(l) << " " << formatShortest(o.best) << ")\n";
    for (const auto &w : r.changes)
        out << tx("cli.destinations.to_win", {cmp.criteria[w.criterion].name.get(l),
                                              w.suggested ? formatShortest(w.from) + " → " + formatShortest(*w.suggested) : destinations::whyText(w, l)})
            << "\n";
    return Ok;
}

int cmdQuotes(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    const auto c = parseCommon(argv, err, "quotes PROJECT [--format json|table] [--lang en|zh-TW]", "quotes");
    if (!c)
        return UsageError;
    auto p = loadProjectOrReport(c->file, err);
    if (!p)
        return InputError;
    if (!quotes::hasReview(*p)) {
        err << c->file << ": no \"received_quotes\" section (docs/project-format.md §14.3)\n";
        return InputError;
    }
    const auto rv = quotes::reviewOf(*p);
    const auto r = quotes::review(*p, rv);
    const Lang l = c->lang;
    // rank and score of quote i, when it was scored
    const auto scoredAt = [&](std::size_t i) -> std::optional<Eigen::Index> {
        for (std::size_t k = 0; k < r.scored.size(); ++k)
            if (r.scored[k] == i && !r.score.ranks.empty())
                return static_cast<Eigen::Index>(k);
        return std::nullopt;
    };
    if (c->format == "json") {
        json::object root;
        root["project"] = c->file;
        root["currency"] = p->meta.currency;
        root["attendees"] = r.attendees;
        root["tax_percent"] = hundredths(rv.taxBp);
        root["method"] = mcda::methodName(rv.method);
        if (!r.score.ranks.empty())
            root["normalization"] = mcda::normalizationName(r.score.normalization);
        json::array inc;
        for (const auto &x : rv.inclusions)
            inc.push_back(json::object{{"id", x.id}, {"name", x.name.get(l)}, {"estimate", x.estimate}});
        root["inclusions"] = std::move(inc);
        json::array crit;
        for (std::size_t j = 0; j < rv.criteria.size(); ++j) {
            const auto &k = rv.criteria[j];
            json::object o{{"id", k.id}, {"name", k.name.get(l)}, {"measure", quotes::measureKey(k.measure)},
                           {"direction", r.problem.directions[j] == Direction::Benefit ? "benefit" : "cost"}};
            o["weight"] = r.score.weights.size() > 0 ? json::value(r.score.weights(static_cast<Eigen::Index>(j))) : json::value(k.weight);
            crit.push_back(std::move(o));
        }
        root["criteria"] = std::move(crit);
        json::array qs;
        for (std::size_t i = 0; i < rv.quotes.size(); ++i) {
            const auto &q = rv.quotes[i];
            const auto &n = r.quotes[i];
            json::array missing, imputed;
            for (auto k : n.missing)
                missing.push_back(json::value(rv.inclusions[k].id));
            for (auto j : n.imputed)
                imputed.push_back(json::value(rv.criteria[j].id));
            json::object o{{"id", q.id}, {"supplier", q.supplier}, {"venue", q.venue ? json::value(*q.venue) : json::value(nullptr)},
                           {"currency", q.currency}, {"amount", hundredths(q.amountCents)}, {"tax", taxKey(q.tax)},
                           {"service_charge", quotes::serviceChargeKey(q.service)},
                           {"fx_rate", n.fxRate ? json::value(*n.fxRate) : json::value(nullptr)}};
            if (n.fxRate) {
                o["quoted"] = n.quoted;
                o["pre_tax"] = n.preTax;
                o["service_charge_added"] = n.serviceCharge;
                o["business_tax"] = n.tax;
                o["total"] = n.total;
                o["missing_estimate"] = n.missingEstimate;
                o["comparable"] = n.comparable;
                o["per_attendee"] = n.perAttendee;
            }
            o["missing"] = std::move(missing);
            o["scope"] = n.scope;
            o["imputed"] = std::move(imputed);
            if (const auto k = scoredAt(i)) {
                o["score"] = r.score.scores(*k);
                o["rank"] = r.score.ranks[static_cast<std::size_t>(*k)];
            } else {
                o["score"] = nullptr;
                o["rank"] = nullptr;
            }
            qs.push_back(std::move(o));
        }
        root["quotes"] = std::move(qs);
        root["best"] = r.best ? json::value(rv.quotes[*r.best].id) : json::value(nullptr);
        root["cheapest"] = r.cheapest ? json::value(rv.quotes[*r.cheapest].id) : json::value(nullptr);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }
    const LangText tx{l};
    std::vector<std::vector<std::string>> rows{{tx("cli.quotes.header_rank"), tx("cli.quotes.header_quote"), tx("cli.quotes.header_quoted"),
                                                tx("cli.quotes.header_tax_service_incl"), tx("cli.quotes.header_missing_items"),
                                                tx("cli.quotes.header_comparable"), tx("cli.quotes.header_per_attendee"), tx("cli.quotes.header_score")}};
    std::vector<std::size_t> order(rv.quotes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto rankOf = [&](std::size_t i) { const auto k = scoredAt(i); return k ? r.score.ranks[static_cast<std::size_t>(*k)] : 1 << 30; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rankOf(a) < rankOf(b); });
    for (auto i : order) {
        const auto &q = rv.quotes[i];
        const auto &n = r.quotes[i];
        const auto k = scoredAt(i);
        const std::string quoted = q.currency + " " + formatGroupedHundredths(q.amountCents);
        if (!n.fxRate) {
            rows.push_back({"–", q.supplier, quoted, tx("cli.quotes.no_fx_rate"), "", "", "", ""});
            continue;
        }
        rows.push_back({k ? std::to_string(r.score.ranks[static_cast<std::size_t>(*k)]) : "–", q.supplier, quoted, groupThousands(n.total),
                        n.missingEstimate ? groupThousands(n.missingEstimate) : "", groupThousands(n.comparable), groupThousands(n.perAttendee),
                        k ? scoreText(r.score.method, r.score.scores(*k)) : ""});
    }
    out << renderTable(rows, {0, 3, 4, 5, 6, 7});
    out << tx("cli.quotes.per_attendee_basis", {formatCount(r.attendees), methodTitle(rv.method, l)}) << "\n";
    for (std::size_t i = 0; i < rv.quotes.size(); ++i)
        for (auto k : r.quotes[i].missing)
            out << tx("cli.quotes.missing_inclusion", {rv.quotes[i].supplier, rv.inclusions[k].name.get(l), groupThousands(rv.inclusions[k].estimate)})
                << "\n";
    return Ok;
}

} // namespace vb::cli
