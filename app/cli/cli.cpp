// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "cli_budget.h"
#include "cli_chart.h"
#include "cli_mcda.h"
#include "cli_analysis.h"
#include "cli_bid.h"
#include "cli_client.h"
#include "cli_decision.h"
#include "clientbrief.h"
#include "cli_deal.h"

#include "jsontext.h"
#include "numbers.h"
#include "methodcomparison.h"
#include "documentwriter.h"
#include "biddocuments.h"
#include "projectimages.h"
#include "suitabilityreport.h"
#include "tender.h"
#include "sensitivity.h"
#include "smaa.h"
#include "matrixfile.h"
#include "messages.h"
#include "projectformat.h"
#include "table.h"
#include "venueranking.h"

#include <boost/json.hpp>

#include <algorithm>
#include <exception>
#include <span>

namespace json = boost::json;

namespace vb::cli {

std::optional<Project> loadProjectOrReport(const std::string &file, std::ostream &err, bool printWarnings, Lang lang)
{
    auto r = loadProjectFile(file, lang);
    if (!r.ok() || printWarnings)
        for (const auto &m : r.messages())
            err << m << "\n";
    if (!r.ok())
        err << tr(lang, "cli.load.not_loaded", {file, std::to_string(r.errorCount())}) << "\n";
    return std::move(r.project);
}

Args::Args(const std::vector<std::string> &args, std::ostream &err, const char *usage)
    : m_args(args)
    , m_used(args.size(), false)
    , m_err(err)
    , m_usage(usage)
{
}

std::optional<Lang> Args::checkLang(const std::string &value)
{
    const auto l = parseLang(value);
    if (m_ok && !l)
        fail("unknown --lang '" + value + "': expected en, zh-TW or zh_TW");
    return l;
}

std::optional<mcda::Method> Args::checkMethod(const std::string &value)
{
    const auto m = mcda::parseMethod(value);
    if (m_ok && !m)
        fail("unknown --method '" + value + "': expected wsm, wpm, topsis, vikor or promethee2");
    return m;
}

std::optional<std::uint64_t> parseWholeOption(std::string_view text)
{
    NumberRules rules = defaultRules(NumberKind::Count);
    rules.limit = 1e15; // the commands check their own, lower, limits and say them (e.g. --samples)
    const auto n = parseNumber(text, rules);
    if (!n.ok())
        return std::nullopt;
    return static_cast<std::uint64_t>(n.whole);
}

void Args::fail(const std::string &message)
{
    if (m_ok)
        m_err << "venuebid-cli: " << message << "\nusage: venuebid-cli " << m_usage << "\n";
    m_ok = false;
}

std::string Args::option(const std::string &name, const std::string &def)
{
    std::string value = def;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == name) {
            m_used[i] = true;
            if (i + 1 >= m_args.size()) {
                fail(name + " needs a value");
                return def;
            }
            m_used[i + 1] = true;
            value = m_args[++i];
        } else if (m_args[i].starts_with(name + "=")) {
            m_used[i] = true;
            value = m_args[i].substr(name.size() + 1);
        }
    }
    return value;
}

bool Args::flag(const std::string &name)
{
    bool found = false;
    for (std::size_t i = 0; i < m_args.size(); ++i)
        if (m_args[i] == name) {
            m_used[i] = true;
            found = true;
        }
    return found;
}

std::vector<std::string> Args::positionals()
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_args[i].size() > 1 && m_args[i][0] == '-')
            fail("unknown option " + m_args[i]);
        else
            out.push_back(m_args[i]);
    }
    return out;
}

namespace {

/** True (and the reason on err, naming the criterion by its JSON pointer) when the ranking's scores are not finite. */
bool notFinite(const std::string &file, const Project &p, const VenueRanking &r, Lang lang, std::ostream &err)
{
    if (!r.notFinite)
        return false;
    err << file << ": /criteria/" << *r.notFinite << ": " << notFiniteMessage(p, r, lang) << "\n";
    return true;
}

/** True (and each problem on err, as the loader words them) when an image of meta.images is missing, unreadable or
 *  not a PNG or JPEG: checked where the file is used, not when it is read, so a project saved elsewhere still opens. */
bool badImages(const std::string &file, const Project &p, Lang lang, std::ostream &err)
{
    const auto problems = checkProjectImages(p, lang);
    for (const auto &d : problems)
        err << file << ": " << tr(lang, "diag.error") << ": " << d.path << ": " << d.message << "\n";
    return !problems.empty();
}

int cmdValidate(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "validate PROJECT [--lang en|zh-TW] [--quiet]");
    const bool quiet = a.flag("--quiet");
    const std::string langArg = a.option("--lang", "en");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("validate takes exactly one PROJECT file");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err, true, *lang);
    if (!p || badImages(pos[0], *p, *lang, err))
        return InputError;
    // Unsourced facts are allowed (a source and a date are optional at entry) but named, as warnings: the file is valid.
    const auto unsourced = unsourcedFacts(*p);
    for (const auto &u : unsourced)
        err << pos[0] << ": " << tr(*lang, "diag.warning") << ": " << u.path << ": "
            << tr(*lang, "cli.validate.unsourced", {u.ownerName.get(*lang), u.label.get(*lang), missingText(u.missing, *lang)}) << "\n";
    if (!quiet) {
        out << tr(*lang, "cli.validate.valid",
                  {pos[0], std::to_string(p->schemaVersion), formatCount(static_cast<std::int64_t>(p->criteria.size())),
                   formatCount(static_cast<std::int64_t>(p->venues.size()))})
            << "\n";
        if (!unsourced.empty())
            out << tr(*lang, "cli.validate.unsourced_count", {pos[0], formatCount(static_cast<std::int64_t>(unsourced.size()))}) << "\n";
    }
    return Ok;
}

int cmdRank(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "rank PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--format table|json|csv] [--lang en|zh-TW] [--include-competitors]");
    const std::string methodArg = a.option("--method", "wsm");
    const std::string format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    const bool competitors = a.flag("--include-competitors");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("rank takes exactly one PROJECT file");
    if (a.ok() && format != "table" && format != "json" && format != "csv")
        a.fail("unknown --format '" + format + "': expected table, json or csv");
    const auto lang = a.checkLang(langArg);
    const auto method = a.checkMethod(methodArg);
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err, false, *lang);
    if (!p)
        return InputError;
    const auto r = rankVenues(*p, RankingOptions{competitors, *method});
    const Lang l = *lang;
    if (notFinite(pos[0], *p, r, l, err))
        return InputError;

    if (format == "json") {
        json::object root;
        root["project"] = pos[0];
        root["method"] = mcda::methodName(r.method);
        root["normalization"] = mcda::normalizationName(mcda::effectiveNormalization(r.method, std::nullopt));
        root["higher_is_better"] = mcda::higherIsBetter(r.method);
        root["unknown_policy"] = "worst";
        json::array crit;
        for (std::size_t j = 0; j < p->criteria.size(); ++j) {
            const auto &c = p->criteria[j];
            crit.push_back(json::object{{"id", c.id}, {"name", c.name.get(l)}, {"direction", c.direction == Direction::Benefit ? "benefit" : "cost"},
                                        {"weight", r.weights[j]}});
        }
        root["criteria"] = std::move(crit);
        json::array ranking;
        for (const auto &rv : r.ranked) {
            const auto &v = p->venues[rv.venue];
            json::object contributions;
            for (std::size_t j = 0; j < p->criteria.size(); ++j)
                contributions[p->criteria[j].id] = rv.contributions[j];
            json::array imputed(rv.imputedCriteria.begin(), rv.imputedCriteria.end());
            json::array warnings;
            for (const auto &w : rv.warnings)
                warnings.emplace_back(describe(w, l));
            ranking.push_back(json::object{{"id", v.id}, {"name", v.name.get(l)}, {"city", v.city.get(l)}, {"score", rv.score}, {"rank", rv.rank},
                                           {"contributions", std::move(contributions)}, {"imputed", std::move(imputed)}, {"warnings", std::move(warnings)}});
        }
        root["ranking"] = std::move(ranking);
        json::array excluded;
        for (const auto &e : r.excluded) {
            const auto &v = p->venues[e.venue];
            json::array reasons;
            for (const auto &why : e.reasons)
                reasons.emplace_back(describe(why, l));
            excluded.push_back(json::object{{"id", v.id}, {"name", v.name.get(l)}, {"reasons", std::move(reasons)}});
        }
        root["excluded"] = std::move(excluded);
        json::array notRanked;
        for (auto i : r.notRanked)
            notRanked.emplace_back(p->venues[i].id);
        root["not_ranked"] = std::move(notRanked);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }

    if (format == "csv") {
        out << "rank,id,name,score,status,reasons\n";
        for (const auto &rv : r.ranked) {
            const auto &v = p->venues[rv.venue];
            out << rv.rank << "," << csvField(v.id) << "," << csvField(v.name.get(l)) << "," << formatScore(rv.score) << ",ranked,\n";
        }
        for (const auto &e : r.excluded) {
            const auto &v = p->venues[e.venue];
            std::string reasons;
            for (const auto &why : e.reasons)
                reasons += (reasons.empty() ? "" : tr(l, "text.list_separator")) + describe(why, l);
            out << "," << csvField(v.id) << "," << csvField(v.name.get(l)) << ",,excluded," << csvField(reasons) << "\n";
        }
        return Ok;
    }

    const LangText t{l};
    std::vector<std::vector<std::string>> rows{{t("cli.rank.header_rank"), t("cli.rank.header_venue"), t("cli.rank.header_city"), t("cli.rank.header_score")}};
    for (const auto &rv : r.ranked) {
        const auto &v = p->venues[rv.venue];
        rows.push_back({std::to_string(rv.rank), v.name.get(l), v.city.get(l), scoreText(r.method, rv.score)});
    }
    out << renderTable(rows, {0, 3});
    if (!r.excluded.empty()) {
        out << "\n" << t("cli.rank.excluded") << "\n";
        for (const auto &e : r.excluded) {
            std::string reasons;
            for (const auto &why : e.reasons)
                reasons += (reasons.empty() ? "" : tr(l, "text.list_separator")) + describe(why, l);
            out << "  " << p->venues[e.venue].name.get(l) << ": " << reasons << "\n";
        }
    }
    if (!r.notRanked.empty())
        out << "\n" << t("cli.rank.not_ranked", {std::to_string(r.notRanked.size())}) << "\n";
    return Ok;
}

int cmdCompare(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "compare PROJECT [--format table|json] [--lang en|zh-TW] [--include-competitors]");
    const std::string format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    const bool competitors = a.flag("--include-competitors");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("compare takes exactly one PROJECT file");
    if (a.ok() && format != "table" && format != "json")
        a.fail("unknown --format '" + format + "': expected table or json");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err, false, *lang);
    if (!p)
        return InputError;
    for (auto m : {mcda::Method::WSM, mcda::Method::TOPSIS, mcda::Method::VIKOR, mcda::Method::PROMETHEE2})
        if (notFinite(pos[0], *p, rankVenues(*p, RankingOptions{competitors, m}), *lang, err))
            return InputError;
    const auto c = compareMethods(*p, competitors);
    if (format == "json") {
        json::object root;
        json::array methods;
        for (auto m : c.methods)
            methods.emplace_back(mcda::methodName(m));
        root["methods"] = std::move(methods);
        json::array venues;
        for (std::size_t i = 0; i < c.venues.size(); ++i) {
            json::object ranks;
            for (std::size_t k = 0; k < c.methods.size(); ++k)
                ranks[mcda::methodName(c.methods[k])] = c.ranks[i][k];
            venues.push_back(json::object{{"id", p->venues[c.venues[i]].id}, {"name", p->venues[c.venues[i]].name.get(*lang)},
                                          {"ranks", std::move(ranks)}, {"unanimous", static_cast<bool>(c.unanimous[i])}});
        }
        root["venues"] = std::move(venues);
        json::object winners;
        for (std::size_t k = 0; k < c.methods.size(); ++k)
            winners[mcda::methodName(c.methods[k])] = c.winners[k] < p->venues.size() ? p->venues[c.winners[k]].id : "";
        root["winners"] = std::move(winners);
        root["same_winner"] = c.sameWinner();
        json::array tau;
        for (const auto &row : c.tau)
            tau.emplace_back(json::array(row.begin(), row.end()));
        root["kendall_tau_b"] = std::move(tau);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }
    std::vector<std::vector<std::string>> rows{{tr(*lang, "cli.compare.header_venue")}};
    for (auto m : c.methods)
        rows[0].push_back(mcda::methodName(m));
    rows[0].push_back("");
    for (std::size_t i = 0; i < c.venues.size(); ++i) {
        std::vector<std::string> r{p->venues[c.venues[i]].name.get(*lang)};
        for (int rank : c.ranks[i])
            r.push_back(std::to_string(rank));
        r.push_back(c.unanimous[i] ? "" : tr(*lang, "cli.compare.methods_disagree"));
        rows.push_back(std::move(r));
    }
    std::vector<std::size_t> right;
    for (std::size_t k = 1; k <= c.methods.size(); ++k)
        right.push_back(k);
    out << renderTable(rows, right);
    return Ok;
}

int cmdSensitivity(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "sensitivity PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--top-k K] [--samples K] [--seed S] [--threads N] [--lang en|zh-TW]");
    const std::string methodArg = a.option("--method", "wsm");
    const std::string samplesArg = a.option("--samples", "0");
    const std::string seedArg = a.option("--seed", "1");
    const std::string threadsArg = a.option("--threads");
    const std::string langArg = a.option("--lang", "en");
    const std::string topArg = a.option("--top-k");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("sensitivity takes exactly one PROJECT file");
    std::uint64_t topK = 0; // absent: every venue that passes the must-haves
    if (!topArg.empty()) {
        topK = parseWholeOption(topArg).value_or(0);
        if (a.ok() && topK < 2)
            a.fail("--top-k expects a whole number ≥ 2, got '" + topArg + "'");
    }
    const auto method = a.checkMethod(methodArg);
    a.checkLang(langArg); // validated like everywhere; the JSON output names criteria by id
    const auto samplesRead = parseWholeOption(samplesArg), seedRead = parseWholeOption(seedArg);
    if (!samplesRead || !seedRead)
        a.fail("--samples and --seed take whole numbers");
    const std::uint64_t samples = samplesRead.value_or(0), seed = seedRead.value_or(1);
    std::uint64_t threads = 0; // absent: every core
    if (!threadsArg.empty()) {
        threads = parseWholeOption(threadsArg).value_or(0);
        if (a.ok() && (threads == 0 || threads > 256))
            a.fail("--threads expects a whole number from 1 to 256, got '" + threadsArg + "'");
    }
    if (a.ok() && samples > mcda::kMaxSmaaSamples)
        a.fail("--samples " + samplesArg + " is above the limit of " + std::to_string(mcda::kMaxSmaaSamples));
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err, false, parseLang(langArg).value_or(Lang::En));
    if (!p)
        return InputError;
    const auto r = rankVenues(*p, RankingOptions{false, *method});
    if (notFinite(pos[0], *p, r, parseLang(langArg).value_or(Lang::En), err))
        return InputError;
    json::object root;
    root["method"] = mcda::methodName(r.method);
    if (r.rows.size() < 2) {
        err << pos[0] << ": fewer than two venues pass the must-haves; nothing to analyse\n";
        return InputError;
    }
    const auto n = static_cast<std::uint64_t>(r.rows.size());
    if (topK == 0 && n > static_cast<std::uint64_t>(mcda::kMaxSensitivityAlternatives)) {
        err << pos[0] << ": " << n << " venues pass the must-haves, more than " << mcda::kMaxSensitivityAlternatives
            << " for a sensitivity analysis of all of them; use --top-k K to analyse the K best (e.g. --top-k 100)\n";
        return InputError;
    }
    // The venues analysed: all of them, or the K best as a problem of their own (mcda::topAlternatives).
    const auto top = topK > 0 ? std::optional(mcda::topAlternatives(r.problem, static_cast<Eigen::Index>(std::min(topK, n))))
                              : std::nullopt;
    const mcda::DecisionProblem &problem = top ? top->problem : r.problem;
    const auto venueAt = [&](int row) -> const std::string & {
        const int whole = top ? top->rows[static_cast<std::size_t>(row)] : row;
        return p->venues[r.rows[static_cast<std::size_t>(whole)]].id;
    };
    if (top)
        root["top_k"] = json::object{{"k", top->rows.size()}, {"of", n},
                                     {"note", "the k best venues under the current weights, analysed as a problem of their own; "
                                              "a venue ranked below them is not considered"}};
    else
        root["top_k"] = nullptr;
    json::array alts;
    for (Eigen::Index i = 0; i < problem.X.rows(); ++i)
        alts.emplace_back(venueAt(static_cast<int>(i)));
    root["alternatives"] = std::move(alts);
    const auto s = mcda::weightStability(problem);
    root["winner"] = venueAt(s.winner);
    root["exact"] = s.exact;
    json::array crit;
    for (const auto &c : s.criteria) {
        json::object o{{"criterion", p->criteria[static_cast<std::size_t>(c.criterion)].id}, {"weight", c.weight},
                       {"top_interval", json::array{c.topLower, c.topUpper}}, {"ranking_interval", json::array{c.rankLower, c.rankUpper}}};
        auto flip = [&](const std::optional<mcda::WeightFlip> &f) -> json::value {
            if (!f)
                return nullptr;
            return json::object{{"weight", f->weight}, {"change", f->change}, {"new_winner", venueAt(f->newWinner)}};
        };
        o["lower_flip"] = flip(c.lowerFlip);
        o["upper_flip"] = flip(c.upperFlip);
        crit.push_back(std::move(o));
    }
    root["criteria"] = std::move(crit);
    if (s.smallestCriterion && s.smallestFlip)
        root["smallest_flip"] = json::object{{"criterion", p->criteria[static_cast<std::size_t>(*s.smallestCriterion)].id},
                                             {"weight", s.smallestFlip->weight}, {"change", s.smallestFlip->change},
                                             {"new_winner", venueAt(s.smallestFlip->newWinner)}};
    else
        root["smallest_flip"] = nullptr;
    if (samples > 0) {
        mcda::SmaaOptions opt;
        opt.samples = samples;
        opt.seed = seed;
        opt.threads = static_cast<int>(threads); // 0 (the default): every core; the result is the same on any number
        const auto res = mcda::smaa(problem, opt);
        if (!res.error.empty()) {
            err << pos[0] << ": " << res.error << "\n";
            return InputError;
        }
        json::array acc, central;
        for (Eigen::Index i = 0; i < res.rankAcceptability.rows(); ++i) {
            json::array row, cw;
            for (Eigen::Index k = 0; k < res.rankAcceptability.cols(); ++k)
                row.emplace_back(res.rankAcceptability(i, k));
            for (Eigen::Index j = 0; j < res.centralWeights.cols(); ++j)
                cw.emplace_back(res.centralWeights(i, j));
            acc.emplace_back(std::move(row));
            central.emplace_back(std::move(cw));
        }
        json::array conf;
        for (Eigen::Index i = 0; i < res.confidence.size(); ++i)
            conf.emplace_back(res.confidence(i));
        root["smaa"] = json::object{{"samples", res.samples}, {"seed", seed}, {"rank_acceptability", std::move(acc)},
                                    {"central_weights", std::move(central)}, {"confidence_factors", std::move(conf)}};
    }
    out << toPrettyJson(root) << "\n";
    return Ok;
}

int cmdReport(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "report PROJECT --kind suitability|bid|bid-internal|deck|tender-outline|contract|negotiation|client-brief [--lang en|zh-TW|both] [--method M] [--allow-warnings] --out FILE.pdf|.odt|.html");
    const std::string kind = a.option("--kind", "");
    const std::string langArg = a.option("--lang", "en");
    const std::string methodArg = a.option("--method", "wsm");
    const std::string outFile = a.option("--out", "");
    const bool allowWarnings = a.flag("--allow-warnings");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("report takes exactly one PROJECT file");
    const bool deal = kind == "contract" || kind == "negotiation";
    const bool brief = kind == "client-brief";
    const auto bidDoc = bid::parseBidDocument(kind);
    if (a.ok() && kind != "suitability" && !bidDoc && !deal && !brief)
        a.fail("unknown --kind '" + kind + "': expected suitability, bid, bid-internal, deck, tender-outline, contract, negotiation or client-brief");
    if (a.ok() && langArg == "both" && !deal && !brief)
        a.fail("--lang both is for --kind contract, negotiation and client-brief");
    const auto lang = a.checkLang((deal || brief) && langArg == "both" ? std::string("zh-TW") : langArg);
    const auto method = a.checkMethod(methodArg);
    const auto dot = outFile.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : outFile.substr(dot);
    if (a.ok() && ext != ".pdf" && ext != ".odt" && ext != ".html")
        a.fail("--out must name a .pdf, .odt or .html file");
    if (a.ok() && allowWarnings && !deal)
        a.fail("--allow-warnings is for --kind contract and negotiation");
    if (!a.ok())
        return UsageError;
    if (deal)
        return reportDeal(pos[0], kind, langArg, outFile, allowWarnings, out, err);
    auto p = loadProjectOrReport(pos[0], err, false, *lang);
    if (!p)
        return InputError;
    if (brief) {
        if (!clientOf(*p)) {
            err << pos[0] << ": no \"client\" section: the client brief is drawn from the client's history and programme\n";
            return InputError;
        }
        const auto langs = langArg == "both" ? documents::BriefLangs::Both : *lang == Lang::ZhTW ? documents::BriefLangs::ZhTW : documents::BriefLangs::En;
        std::string error;
        if (!documents::writeDocument(documents::clientBriefHtml(*p, langs), outFile, error)) {
            err << "venuebid-cli: " << error << "\n";
            return InputError;
        }
        out << outFile << "\n";
        return Ok;
    }
    if (badImages(pos[0], *p, *lang, err)) // the covers show them
        return InputError;
    if (kind == "tender-outline" && !tender::hasTender(*p)) {
        err << pos[0] << ": no \"tender\" section: the outline maps the proposal to the tender's evaluation items\n";
        return InputError;
    }
    if (kind != "tender-outline" && notFinite(pos[0], *p, rankVenues(*p, RankingOptions{false, *method}), *lang, err))
        return InputError;
    if (kind == "suitability") {
        std::string error, appendix;
        if (!documents::writeSuitabilityReport(*p, *lang, *method, outFile, error, &appendix)) {
            err << "venuebid-cli: " << error << "\n";
            return InputError;
        }
        out << outFile << "\n";
        if (!appendix.empty())
            out << appendix << "\n";
        return Ok;
    }
    const std::string html = bid::bidDocumentHtml(*bidDoc, *p, *lang, *method);
    std::string error;
    if (!documents::writeDocument(html, outFile, error, kind == "deck" ? documents::PageLayout::Slide16x9 : documents::PageLayout::A4)) {
        err << "venuebid-cli: " << error << "\n";
        return InputError;
    }
    out << outFile << "\n";
    return Ok;
}

const Command kCommands[] = {
    {"validate", "validate PROJECT [--lang en|zh-TW] [--quiet]",
     "check a project file; exit 0 valid (facts without a source or as-of date as warnings), 1 invalid (errors on stderr, in the language of --lang)", cmdValidate},
    {"rank", "rank PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--format table|json|csv] [--lang en|zh-TW] [--include-competitors]",
     "rank the venues after the must-have filter (default: weighted sum)", cmdRank},
    {"compare", "compare PROJECT [--format table|json] [--lang en|zh-TW] [--include-competitors]",
     "rank the venues with WSM, TOPSIS, VIKOR and PROMETHEE II: where the methods agree (Kendall tau-b)", cmdCompare},
    {"report", "report PROJECT --kind suitability|bid|bid-internal|deck|tender-outline|contract|negotiation [--lang en|zh-TW|both] [--method M] [--allow-warnings] --out FILE.pdf|.odt|.html",
     "documents in one language: the venue suitability report (場地適用性評估報告), the bid book (競標企劃書) and the 16:9 pitch deck for "
     "the client, the bid team's internal annex (destination and venue rankings, what it would take to win, tender margins), "
     "the 服務建議書 outline of the tender; the contract (契約書, from the agreed quote) and the internal negotiation sheet, "
     "also both languages side by side; the client brief (客戶需求分析報告: background, history and chart, traditions, forecast, "
     "format decision, fallback plan; no costs), also both languages one after the other", cmdReport},
    {"sensitivity", "sensitivity PROJECT [--method M] [--top-k K] [--samples K] [--seed S] [--threads N]",
     "weight stability of the project's ranking, the smallest change that flips the winner, and SMAA-2 when --samples > 0", cmdSensitivity},
    {"score", "score FILE [--bench N]", "score a decision matrix (wsm, wpm, topsis, vikor, promethee2); JSON on stdout", cmdScore},
    {"weights", "weights FILE --method equal|roc|rank_sum|entropy|critic|std", "derive criteria weights from a decision matrix", cmdWeights},
    {"ahp", "ahp FILE|PROJECT [--evaluator NAME]", "AHP priorities, consistency (lambda_max, CI, CR) and hierarchy scores; for a project, its AHP page judgements", cmdAhp},
    {"smaa", "smaa FILE [--samples K] [--seed S] [--top-k k] [--order] [--threads N] [--bench N]",
     "SMAA-2 rank acceptability, central weights and confidence factors", cmdSmaa},
    {"stability", "stability FILE", "weight-stability intervals per criterion and the smallest change that flips the winner", cmdStability},
    {"budget", "budget PROJECT [--format json|table] [--audit] [--lang en|zh-TW] [--out FILE.xlsx|.csv] [--bench N [--bench-lines K]]",
     "per-format budgets (未稅/含稅), revenue, break-even, ROI and levers; XLSX with live formulas or CSV", cmdBudget},
    {"quote", "quote PROJECT [--version N] [--lang en|zh-TW|both] [--cost-sheet] --out FILE.pdf|.odt|.html (--cost-sheet also .xlsx)",
     "the client quote of a version (prices only; letterhead, signature and stamp block), bilingual by default; with "
     "--cost-sheet the PCO's internal cost sheet (cost, markup, price, margin)", cmdQuote},
    {"chart", "chart PROJECT --kind budget|break-even|risk-matrix|scenarios|tender|ahp|destinations|quotes [--event-format onsite|hybrid|online] [--lang en|zh-TW] --out FILE.svg|.png",
     "a page's chart as the GUI draws it, SVG or PNG: budget (the likely costs by category per format), break-even (cost "
     "and revenue of --event-format, default onsite, against attendance, with the break-even marked), risk-matrix (the "
     "scenarios by likelihood × impact), scenarios (each format's attendance per risk scenario), tender (our average "
     "and the best competitor's per evaluation item), ahp (the AHP page's priorities with CR), destinations (each "
     "destination's score, ours marked), quotes (the received quotes per attendee or in total, the cheapest and the best marked)", cmdChart},
    {"options", "options PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--format table|json] [--lang en|zh-TW]",
     "rank venue x format options (on-site, hybrid, online) and recommend a format, with the deciding criteria", cmdOptions},
    {"scenarios", "scenarios PROJECT [--format json|table] [--lang en|zh-TW]",
     "risk scenarios: expected attendance per format, risk scores (1-25) and the contingency plan", cmdScenarios},
    {"co2e", "co2e PROJECT [--format json|table] [--lang en|zh-TW]", "CO2e per format (flights both legs, hotel, online), with the missing parts", cmdCo2e},
    {"inspections", "inspections PROJECT [--format json|table] [--lang en|zh-TW]", "site inspection checklists and their scores", cmdInspections},
    {"forecast", "forecast PROJECT [--method linear|loglinear|moving_average|pickup_additive|pickup_multiplicative] [--format json|table] [--lang en|zh-TW]",
     "attendance forecast from the client's past editions: trends with 95 % prediction intervals, moving average, registration pickup; "
     "the proposed low / likely / high scenarios", cmdForecast},
    {"format-decision", "format-decision PROJECT [--method wsm|wpm|topsis|vikor|promethee2] [--format json|table] [--lang en|zh-TW]",
     "the recommended format and its deciding reasons, how each format holds the fixed programme, and the fallback plan per risk "
     "(trigger, decision date, cost of switching)", cmdFormatDecision},
    {"tender", "tender PROJECT [--format json|table] [--lang en|zh-TW]",
     "最有利標: 總評分法, 序位法 and 評分單價法 with tie rules, setup checks and the settings that change the winner", cmdTender},
    {"destinations", "destinations PROJECT [--format json|table] [--lang en|zh-TW]",
     "compare our destination with competitor cities, criterion by criterion, and what it would take to win", cmdDestinations},
    {"quotes", "quotes PROJECT [--format json|table] [--lang en|zh-TW]",
     "received quotes on one basis (TWD, tax and service included, same inclusions, per attendee), scored", cmdQuotes},
    {"negotiation", "negotiation PROJECT [--format json|table] [--lang en|zh-TW]",
     "price floor, target and opening from the budget of the chosen format, the zone of agreement, the concession plan and the log", cmdNegotiation},
    {"contract", "contract PROJECT --on YYYY-MM-DD [--late-days N] [--format json|table] [--lang en|zh-TW]",
     "the contract's amounts owed on a date: payments due, the cancellation fee, the late penalty (capped), stamp duty, differences since agreed",
     cmdContract},
};

void printUsage(std::ostream &os)
{
    os << "usage: venuebid-cli COMMAND [ARGS]\n       venuebid-cli --version | --help\n\ncommands:\n";
    for (const auto &c : kCommands)
        os << "  " << c.usage << "\n      " << c.summary << "\n";
    os << "\nexit codes: 0 success, 1 invalid input (message on stderr), 2 usage error\n";
}

} // namespace

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        if (args.empty()) {
            printUsage(err);
            return UsageError;
        }
        if (args[0] == "--version" || args[0] == "-V") {
            out << "venuebid-cli " << VENUEBID_VERSION << "\n";
            return Ok;
        }
        if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            printUsage(out);
            return Ok;
        }
        for (const auto &c : kCommands)
            if (args[0] == c.name)
                return c.fn(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
        err << "venuebid-cli: unknown command '" << args[0] << "'\n";
        printUsage(err);
        return UsageError;
    } catch (const std::exception &e) {
        // Nothing should throw past the commands; if it does, say so plainly instead of aborting.
        err << "venuebid-cli: internal error: " << e.what() << "\n";
        return InputError;
    }
}

} // namespace vb::cli
