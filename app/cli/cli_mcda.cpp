// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_mcda.h"

#include "cli.h"

#include "ahpjudgements.h"
#include "atomicfile.h"
#include "jsontext.h"
#include "matrixfile.h"
#include "weights.h"
#include "sensitivity.h"
#include "smaa.h"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

namespace json = boost::json;

namespace vb::cli {

namespace {

using namespace vb::mcda;

json::array toArray(const Eigen::Ref<const Eigen::VectorXd> &v)
{
    json::array a;
    a.reserve(static_cast<std::size_t>(v.size()));
    for (Eigen::Index i = 0; i < v.size(); ++i)
        a.emplace_back(v(i));
    return a;
}

json::array toRows(const Eigen::Ref<const Eigen::MatrixXd> &M)
{
    json::array rows;
    rows.reserve(static_cast<std::size_t>(M.rows()));
    for (Eigen::Index i = 0; i < M.rows(); ++i)
        rows.emplace_back(toArray(M.row(i).transpose()));
    return rows;
}

json::array toArray(const std::vector<int> &v)
{
    return json::array(v.begin(), v.end());
}

json::array toArray(const std::vector<std::string> &v)
{
    json::array a;
    for (const auto &s : v)
        a.emplace_back(s);
    return a;
}

/** Reads FILE as text; on failure reports it and returns nullopt. */
std::optional<std::string> readText(const std::string &file, std::ostream &err)
{
    std::string text, error;
    if (!readWholeFile(file, text, error)) {
        err << "venuebid-cli: " << error << "\n";
        return std::nullopt;
    }
    return text;
}

template<typename T>
std::optional<T> reportRead(ReadResult<T> r, const std::string &file, std::ostream &err)
{
    if (!r.ok()) {
        err << file << ": " << r.error << "\n";
        return std::nullopt;
    }
    for (const auto &w : r.warnings)
        err << file << ": warning: " << w << "\n";
    return std::move(r.value);
}

std::optional<DecisionProblem> loadDecision(const std::string &file, ReadPurpose purpose, std::ostream &err)
{
    const auto text = readText(file, err);
    if (!text)
        return std::nullopt;
    return reportRead(readDecisionProblem(*text, purpose), file, err);
}

/** --bench N: 0 when absent; nullopt (usage reported) when malformed. */
std::optional<std::uint64_t> benchRuns(Args &a)
{
    const auto s = a.option("--bench");
    if (s.empty())
        return 0;
    const auto n = parseWholeOption(s);
    if (!n || *n < 1 || *n > 1'000'000) {
        a.fail("--bench expects a whole number of runs from 1 to 1000000, got '" + s + "'");
        return std::nullopt;
    }
    return n;
}

json::object bench(std::uint64_t runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    ms.reserve(runs);
    for (std::uint64_t k = 0; k < runs; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : 0.5 * (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]);
    return json::object{{"runs", runs}, {"median_ms", median}, {"min_ms", ms.front()}};
}

std::optional<std::string> onePositional(Args &a, const char *cmd)
{
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail(std::string(cmd) + " takes exactly one FILE");
    if (!a.ok())
        return std::nullopt;
    return pos[0];
}

} // namespace

int cmdScore(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "score FILE [--bench N]");
    const auto runs = benchRuns(a);
    const auto file = onePositional(a, "score");
    if (!runs || !file)
        return UsageError;
    const auto p = loadDecision(*file, ReadPurpose::Score, err);
    if (!p)
        return InputError;
    if (p->method == Method::PROMETHEE2 && p->X.rows() > 3000) {
        err << *file << ": matrix: promethee2 compares every pair of alternatives; at most 3000 alternatives, found " << p->X.rows() << "\n";
        return InputError;
    }
    auto s = score(*p);
    if (s.promethee && s.promethee->pi.size() == 0) {
        // Above kPrometheeMatrixMaxAlternatives score() gives the flows only; this command prints π, so it takes the
        // pairwise computation (at most 3000 alternatives, above).
        s.promethee = promethee2(p->X, p->directions, s.weights, p->preferences);
        s.scores = s.promethee->phi;
        s.ranks = fastCompetitionRanks(s.scores, true);
    }
    json::object root;
    root["method"] = methodName(s.method);
    root["normalization"] = normalizationName(s.normalization);
    root["criteria"] = toArray(p->criteria);
    root["weights"] = toArray(s.weights);
    root["alternatives"] = toArray(p->alternatives);
    root["scores"] = toArray(s.scores);
    root["ranks"] = toArray(s.ranks);
    json::object details;
    if (s.topsis) {
        details["d_plus"] = toArray(s.topsis->dPlus);
        details["d_minus"] = toArray(s.topsis->dMinus);
    }
    if (s.vikor) {
        details["S"] = toArray(s.vikor->S);
        details["R"] = toArray(s.vikor->R);
        details["Q"] = toArray(s.vikor->Q);
        details["v"] = p->v;
        details["acceptable_advantage"] = s.vikor->acceptableAdvantage;
        details["acceptable_stability"] = s.vikor->acceptableStability;
        details["compromise_set"] = toArray(s.vikor->compromiseSet);
    }
    if (s.promethee) {
        details["phi_plus"] = toArray(s.promethee->phiPlus);
        details["phi_minus"] = toArray(s.promethee->phiMinus);
        details["pi"] = toRows(s.promethee->pi);
    }
    root["details"] = std::move(details);
    if (*runs > 0) {
        volatile double sink = 0;
        root["bench"] = bench(*runs, [&] { sink = sink + score(*p).scores(0); });
    }
    out << toPrettyJson(root) << "\n";
    return Ok;
}

int cmdWeights(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "weights FILE --method equal|roc|rank_sum|entropy|critic|std");
    const auto method = a.option("--method");
    const auto file = onePositional(a, "weights");
    std::optional<WeightMethod> wm;
    for (auto m : {WeightMethod::Equal, WeightMethod::ROC, WeightMethod::RankSum, WeightMethod::Entropy, WeightMethod::CRITIC, WeightMethod::StdDev})
        if (method == weightMethodName(m))
            wm = m;
    if (a.ok() && method.empty())
        a.fail("weights needs --method: equal, roc, rank_sum, entropy, critic or std");
    else if (a.ok() && !wm)
        a.fail("unknown --method '" + method + "': expected equal, roc, rank_sum, entropy, critic or std");
    if (!a.ok() || !file)
        return UsageError;
    const auto p = loadDecision(*file, ReadPurpose::Weights, err);
    if (!p)
        return InputError;
    if (*wm == WeightMethod::Entropy)
        for (Eigen::Index i = 0; i < p->X.rows(); ++i)
            for (Eigen::Index j = 0; j < p->X.cols(); ++j)
                if (p->X(i, j) < 0) {
                    err << *file << ": matrix[" << i << "][" << j << "]: entropy weights need non-negative values, found " << formatShortest(p->X(i, j))
                        << "\n";
                    return InputError;
                }
    const auto w = computeWeights(*p, *wm);
    json::object root{{"method", weightMethodName(*wm)}, {"criteria", toArray(p->criteria)}, {"weights", toArray(w)}};
    out << toPrettyJson(root) << "\n";
    return Ok;
}

int cmdAhp(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "ahp FILE|PROJECT [--evaluator NAME]");
    const std::string evaluator = a.option("--evaluator", "");
    const auto file = onePositional(a, "ahp");
    if (!file)
        return UsageError;
    const auto text = readText(*file, err);
    if (!text)
        return InputError;
    std::optional<AhpProblem> p;
    if (text->find("\"venuebid.project\"") != std::string::npos) {
        // A project: the judgements of its AHP page (section "ahp"), all evaluators combined in group mode, else the
        // named (default: first) evaluator — what the page shows.
        const auto project = loadProjectOrReport(*file, err);
        if (!project)
            return InputError;
        const auto j = hasAhpJudgements(*project) ? ahpJudgementsOf(*project).alignedTo(*project) : std::nullopt;
        if (!j) {
            err << *file << ": no AHP judgements for the project's criteria (section \"ahp\", docs/project-format.md §12.5)\n";
            return InputError;
        }
        p = j->problem();
        if (!j->group || !evaluator.empty()) {
            std::size_t k = 0;
            if (!evaluator.empty()) {
                const auto it = std::find(p->evaluators.begin(), p->evaluators.end(), evaluator);
                if (it == p->evaluators.end()) {
                    err << *file << ": no evaluator \"" << evaluator << "\" in /ahp/evaluators\n";
                    return InputError;
                }
                k = static_cast<std::size_t>(it - p->evaluators.begin());
            }
            p->pairwise = {p->pairwise[k]};
            p->evaluators.clear();
        }
    } else {
        if (!evaluator.empty()) {
            err << "venuebid-cli: --evaluator applies to a project file\n";
            return UsageError;
        }
        p = reportRead(readAhpProblem(*text), *file, err);
        if (!p)
            return InputError;
    }
    const auto r = solveAhp(*p);
    json::object root;
    root["priority_method"] = priorityMethodName(p->method);
    root["criteria"] = toArray(p->criteria);
    root["weights"] = toArray(r.criteria.weights);
    root["lambda_max"] = r.criteria.lambdaMax;
    root["CI"] = r.criteria.ci;
    root["CR"] = r.criteria.cr;
    root["RI"] = r.criteria.ri;
    root["RI_source"] = "Saaty random index for n = " + std::to_string(p->criteria.size());
    root["consistent"] = r.criteria.consistent;
    if (!p->evaluators.empty()) {
        root["evaluators"] = toArray(p->evaluators);
        root["aggregated_pairwise"] = toRows(r.pairwise);
    }
    if (r.suggestion) {
        const auto &s = *r.suggestion;
        root["suggestion"] = json::object{{"row", s.row},
                                          {"column", s.column},
                                          {"judgement", p->criteria[static_cast<std::size_t>(s.row)] + " vs " + p->criteria[static_cast<std::size_t>(s.column)]},
                                          {"current", s.current},
                                          {"suggested", s.suggested},
                                          {"CR_after", s.crAfter}};
    } else if (!r.criteria.consistent) {
        root["suggestion"] = nullptr;
    }
    if (!p->alternativePairwise.empty()) {
        root["alternatives"] = toArray(p->alternatives);
        json::array local;
        for (std::size_t c = 0; c < r.local.size(); ++c)
            local.push_back(json::object{{"criterion", p->criteria[c]},
                                         {"priorities", toArray(r.local[c].weights)},
                                         {"lambda_max", r.local[c].lambdaMax},
                                         {"CI", r.local[c].ci},
                                         {"CR", r.local[c].cr},
                                         {"RI", r.local[c].ri},
                                         {"consistent", r.local[c].consistent}});
        root["local_priorities"] = std::move(local);
        root["scores"] = toArray(r.scores);
        root["ranks"] = toArray(r.ranks);
    }
    out << toPrettyJson(root) << "\n";
    return Ok;
}

int cmdSmaa(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "smaa FILE [--samples K] [--seed S] [--top-k k] [--order] [--threads N] [--bench N]");
    const auto samplesArg = a.option("--samples", "10000");
    const auto threadsArg = a.option("--threads");
    const auto seedArg = a.option("--seed", "1");
    const auto topArg = a.option("--top-k");
    const bool order = a.flag("--order");
    const auto runs = benchRuns(a);
    const auto file = onePositional(a, "smaa");
    const auto samples = parseWholeOption(samplesArg), seed = parseWholeOption(seedArg);
    const auto topK = topArg.empty() ? std::optional<std::uint64_t>(0) : parseWholeOption(topArg);
    if (a.ok() && (!samples || *samples == 0))
        a.fail("--samples expects a whole number ≥ 1, got '" + samplesArg + "'");
    if (a.ok() && !seed)
        a.fail("--seed expects a whole number ≥ 0, got '" + seedArg + "'");
    if (a.ok() && (!topK || (!topArg.empty() && *topK == 0)))
        a.fail("--top-k expects a whole number ≥ 1, got '" + topArg + "'");
    const auto threads = threadsArg.empty() ? std::optional<std::uint64_t>(0) : parseWholeOption(threadsArg);
    if (a.ok() && (!threads || (!threadsArg.empty() && (*threads == 0 || *threads > 256))))
        a.fail("--threads expects a whole number from 1 to 256, got '" + threadsArg + "'");
    if (!a.ok() || !runs || !file)
        return UsageError;
    // Limits that need no file come first, so an absurd request is refused at once.
    if (*samples > kMaxSmaaSamples) {
        err << "venuebid-cli: --samples " << *samples << " is above the limit of " << kMaxSmaaSamples << "; refused before any work\n";
        return InputError;
    }
    const auto p = loadDecision(*file, ReadPurpose::Smaa, err);
    if (!p)
        return InputError;
    SmaaOptions o;
    o.samples = *samples;
    o.seed = *seed;
    o.topK = static_cast<int>(std::min<std::uint64_t>(*topK, static_cast<std::uint64_t>(p->X.rows())));
    o.importanceOrder = order;
    o.threads = static_cast<int>(*threads); // 0: every core; the result is the same on any number
    if (o.topK == 0 && p->X.rows() > kMaxFullAcceptabilityAlternatives) {
        err << *file << ": " << p->X.rows() << " alternatives: the full rank-acceptability matrix is limited to " << kMaxFullAcceptabilityAlternatives
            << "; use --top-k\n";
        return InputError;
    }
    const auto r = smaa(*p, o);
    if (!r.error.empty()) {
        err << *file << ": " << r.error << "\n";
        return InputError;
    }
    json::object root;
    root["method"] = methodName(p->method);
    root["normalization"] = normalizationName(effectiveNormalization(p->method, p->normalization));
    root["samples"] = r.samples;
    root["seed"] = *seed;
    if (o.topK > 0)
        root["top_k"] = o.topK;
    else
        root["top_k"] = nullptr;
    root["weight_constraints"] = std::string(order ? "importance_order" : "none") +
                                 (std::any_of(p->weightBounds.begin(), p->weightBounds.end(), [](const auto &b) { return b.has_value(); }) ? "+bounds" : "");
    root["criteria"] = toArray(p->criteria);
    root["alternatives"] = toArray(p->alternatives);
    root["rank_acceptability"] = toRows(r.rankAcceptability);
    root["central_weights"] = toRows(r.centralWeights);
    root["confidence_factors"] = toArray(r.confidence);
    if (*runs > 0) {
        volatile double sink = 0;
        root["bench"] = bench(*runs, [&] { sink = sink + smaa(*p, o).confidence.sum(); });
    }
    out << toPrettyJson(root) << "\n";
    return Ok;
}

int cmdStability(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "stability FILE");
    const auto file = onePositional(a, "stability");
    if (!file)
        return UsageError;
    const auto p = loadDecision(*file, ReadPurpose::Score, err);
    if (!p)
        return InputError;
    // Non-WSM methods re-score up to ~4 × 250 times per criterion.
    const double perScore = static_cast<double>(p->X.rows()) * static_cast<double>(p->X.cols()) *
                            (p->method == Method::PROMETHEE2 ? static_cast<double>(p->X.rows()) : 1.0);
    if (p->method != Method::WSM && perScore * 1000.0 * static_cast<double>(p->X.cols()) > 1e10) {
        err << *file << ": matrix: too large for " << methodName(p->method) << " stability analysis (about " << formatShortest(perScore * 1000.0 * p->X.cols())
            << " operations, limit 1e10); use wsm or fewer alternatives\n";
        return InputError;
    }
    const auto r = weightStability(*p);
    const auto name = [&](int i) { return p->alternatives[static_cast<std::size_t>(i)]; };
    const auto flipJson = [&](const std::optional<WeightFlip> &f) -> json::value {
        if (!f)
            return nullptr;
        return json::object{{"weight", f->weight}, {"change", f->change}, {"new_winner", name(f->newWinner)}, {"new_winner_index", f->newWinner}};
    };
    json::object root;
    root["method"] = methodName(p->method);
    root["normalization"] = normalizationName(effectiveNormalization(p->method, p->normalization));
    root["exact"] = r.exact;
    root["winner"] = name(r.winner);
    root["winner_index"] = r.winner;
    json::array crit;
    for (const auto &c : r.criteria) {
        std::optional<WeightFlip> nearest = c.lowerFlip;
        if (c.upperFlip && (!nearest || std::abs(c.upperFlip->change) < std::abs(nearest->change)))
            nearest = c.upperFlip;
        crit.push_back(json::object{{"criterion", p->criteria[static_cast<std::size_t>(c.criterion)]},
                                    {"weight", c.weight},
                                    {"top_interval", json::array{c.topLower, c.topUpper}},
                                    {"ranking_interval", json::array{c.rankLower, c.rankUpper}},
                                    {"flip", flipJson(nearest)},
                                    {"lower_flip", flipJson(c.lowerFlip)},
                                    {"upper_flip", flipJson(c.upperFlip)}});
    }
    root["criteria"] = std::move(crit);
    if (r.smallestFlip) {
        auto f = flipJson(r.smallestFlip).as_object();
        f["criterion"] = p->criteria[static_cast<std::size_t>(*r.smallestCriterion)];
        root["smallest_change"] = std::move(f);
    } else {
        root["smallest_change"] = nullptr;
    }
    out << toPrettyJson(root) << "\n";
    return Ok;
}

} // namespace vb::cli
