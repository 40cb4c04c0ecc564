// SPDX-License-Identifier: GPL-3.0-or-later
// Options across formats: conventions in docs/analysis.md.
#include "optionsanalysis.h"

#include "messages.h"
#include "numbers.h"
#include "venueranking.h"

#include <algorithm>
#include <cmath>

namespace vb {

std::string Option::id(const Project &p) const
{
    if (!venue)
        return formatKey(format);
    return p.venues[*venue].id + "/" + formatKey(format);
}

std::string Option::label(const Project &p, Lang l) const
{
    if (!venue)
        return tr(l, "options.online_platform");
    return tr(l, "options.venue_format", {p.venues[*venue].name.get(l), formatName(format, l)});
}

std::optional<double> optionValue(const Project &p, const AnalysisData &a, const ScenarioAnalysis &sa, const Option &o,
                                  const Criterion &c)
{
    const Venue *v = o.venue ? &p.venues[*o.venue] : nullptr;
    switch (c.valueFrom) {
    case ValueFrom::Attributes:
        return v ? criterionValue(p, *v, c) : std::nullopt;
    case ValueFrom::Costs: {
        std::optional<double> total = v ? criterionValue(p, *v, c) : std::optional<double>(0.0);
        if (total && packageCriterion(p, a) == &c)
            for (const auto &[k, f] : a.formats->costs[static_cast<std::size_t>(o.format)]) {
                const auto rate = p.rateToBase(f.currency.empty() ? p.meta.currency : f.currency);
                if (!f.value || !rate)
                    return std::nullopt;
                *total += *f.value * *rate;
            }
        return total;
    }
    case ValueFrom::ByFormat:
        if (!c.byFormat)
            return std::nullopt;
        return (*c.byFormat)[static_cast<std::size_t>(o.format)];
    case ValueFrom::Attendance:
        return p.requirements.attendance(o.format).total();
    case ValueFrom::Co2e:
        if (!a.sustainability)
            return std::nullopt;
        return computeCo2e(p, *a.sustainability, o.format).knownKg;
    case ValueFrom::Risk:
        return sa.formats[static_cast<std::size_t>(o.format)].exposurePct;
    case ValueFrom::Inspection:
        if (!v)
            return std::nullopt;
        if (const auto *in = a.latestInspection(v->id))
            return in->score();
        return std::nullopt;
    }
    return std::nullopt;
}

OptionsAnalysis analyseOptions(const Project &p, mcda::Method method)
{
    OptionsAnalysis res;
    res.method = method;
    const AnalysisData a = analysisOf(p);
    const ScenarioAnalysis sa = analyseScenarios(p, a, EventFormat::Onsite);

    for (std::size_t i = 0; i < p.venues.size(); ++i) {
        const auto &v = p.venues[i];
        if (v.role != VenueRole::Candidate)
            continue;
        const auto issues = checkRequirements(p, v);
        if (std::any_of(issues.begin(), issues.end(), [](const ConstraintIssue &is) { return is.excludes; }))
            continue;
        res.options.push_back({EventFormat::Onsite, i});
        res.options.push_back({EventFormat::Hybrid, i});
    }
    res.options.push_back({EventFormat::Online, std::nullopt});

    const auto n = static_cast<Eigen::Index>(res.options.size());
    const auto m = static_cast<Eigen::Index>(p.criteria.size());
    Eigen::VectorXd w(m);
    for (Eigen::Index j = 0; j < m; ++j)
        w(j) = p.criteria[static_cast<std::size_t>(j)].weight;
    w = mcda::normalizedWeights(w);
    res.weights.assign(w.data(), w.data() + w.size());

    auto [X, imputed] = imputeWorst(res.options.size(), p.criteria, [&](std::size_t i, const Criterion &c) {
        return optionValue(p, a, sa, res.options[i], c);
    });
    std::vector<Direction> dirs;
    for (const auto &c : p.criteria)
        dirs.push_back(c.direction);
    const Eigen::MatrixXd C = mcda::normalize(X, dirs, mcda::Normalization::MaxLinear) * w.asDiagonal();

    mcda::DecisionProblem prob;
    for (const auto &o : res.options)
        prob.alternatives.push_back(o.id(p));
    for (const auto &c : p.criteria) {
        prob.criteria.push_back(c.id);
        prob.ranks.push_back(c.rank);
    }
    prob.directions = dirs;
    prob.weights = w;
    prob.X = X;
    prob.method = method;
    prob.preferences.assign(static_cast<std::size_t>(m), mcda::Preference{});
    prob.weightBounds.assign(static_cast<std::size_t>(m), std::nullopt);
    const auto scored = mcda::score(prob);
    for (Eigen::Index i = 0; i < n; ++i) {
        RankedOption ro;
        ro.option = static_cast<std::size_t>(i);
        ro.score = scored.scores(i);
        ro.rank = scored.ranks[static_cast<std::size_t>(i)];
        for (Eigen::Index j = 0; j < m; ++j) {
            ro.raw.push_back(X(i, j));
            ro.contributions.push_back(C(i, j));
        }
        ro.imputed = std::move(imputed[static_cast<std::size_t>(i)]);
        res.ranked.push_back(std::move(ro));
    }
    std::stable_sort(res.ranked.begin(), res.ranked.end(), [](const RankedOption &x, const RankedOption &y) { return x.rank < y.rank; });

    Recommendation rec;
    rec.winner = 0;
    const auto &win = res.ranked[0];
    const Option &wo = res.options[win.option];
    rec.format = wo.format;
    for (std::size_t k = 1; k < res.ranked.size(); ++k)
        if (res.options[res.ranked[k].option].format != rec.format) {
            rec.runnerUp = k;
            break;
        }
    for (Lang l : {Lang::ZhTW, Lang::En}) {
        std::string s = tr(l, "options.recommended_format", {formatName(rec.format, l)});
        const std::string method = methodShortName(res.method); // "WSM" in both languages, not the file code "wsm"
        std::string score = scoreText(res.method, win.score);
        if (!rec.runnerUp) {
            s += tr(l, "options.first_nothing_to_compare", {wo.label(p, l)});
        } else {
            const auto &ru = res.ranked[*rec.runnerUp];
            const Option &ro = res.options[ru.option];
            std::vector<std::pair<std::size_t, double>> diffs;
            for (std::size_t j = 0; j < p.criteria.size(); ++j) {
                const double d = win.contributions[j] - ru.contributions[j];
                if (d > 1e-12)
                    diffs.emplace_back(j, d);
            }
            std::stable_sort(diffs.begin(), diffs.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
            if (diffs.size() > 2)
                diffs.resize(2);
            rec.deciding = diffs;
            std::string names;
            for (std::size_t k = 0; k < diffs.size(); ++k) {
                if (k > 0)
                    names += tr(l, "options.and");
                names += tr(l, "options.criterion_margin", {p.criteria[diffs[k].first].name.get(l), scoreOutOf100(res.method) ? formatSignedFixed(diffs[k].second * 100.0, 1) : formatSignedFixed(diffs[k].second, 4)});
            }
            if (ru.rank == win.rank) {
                s += tr(l, "options.tie", {wo.label(p, l), ro.label(p, l), method, score});
            } else {
                const std::string first = wo.label(p, l), second = ro.label(p, l), secondScore = scoreText(res.method, ru.score);
                const char *secondFormat = formatName(ro.format, l);
                s += names.empty() ? tr(l, "options.ahead", {first, method, score, secondFormat, second, secondScore})
                                   : tr(l, "options.ahead_deciding", {first, method, score, secondFormat, second, secondScore, names});
            }
        }
        rec.sentence[static_cast<int>(l)] = s;
    }
    res.recommendation = std::move(rec);
    res.scenarios = analyseScenarios(p, a, res.recommendation->format);
    return res;
}

} // namespace vb
