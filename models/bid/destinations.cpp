// SPDX-License-Identifier: GPL-3.0-or-later
// Destination comparison and "what it would take to win" (docs/bids.md), and the "destinations" section.
#include "destinations.h"

#include "jsonwriter.h"

#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "sections.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace vb::destinations {

std::optional<std::size_t> Comparison::oursIndex() const
{
    for (std::size_t i = 0; i < destinations.size(); ++i)
        if (destinations[i].id == ours)
            return i;
    return std::nullopt;
}

mcda::DecisionProblem Comparison::problem() const
{
    mcda::DecisionProblem p;
    const auto m = destinations.size(), n = criteria.size();
    p.method = method;
    p.X.resize(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
    p.weights.resize(static_cast<Eigen::Index>(n));
    for (std::size_t j = 0; j < n; ++j) {
        p.criteria.push_back(criteria[j].id);
        p.directions.push_back(criteria[j].direction);
        p.weights(static_cast<Eigen::Index>(j)) = criteria[j].weight;
        p.ranks.emplace_back();
        p.preferences.emplace_back();
        p.weightBounds.emplace_back();
    }
    for (std::size_t i = 0; i < m; ++i) {
        p.alternatives.push_back(destinations[i].id);
        for (std::size_t j = 0; j < n; ++j)
            p.X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j))
                = j < destinations[i].values.size() ? destinations[i].values[j].value.value_or(0.0) : 0.0;
    }
    return p;
}

namespace {

bool firstAlone(const mcda::ScoreResult &s, std::size_t o)
{
    if (s.ranks.empty() || s.ranks[o] != 1)
        return false;
    return std::count(s.ranks.begin(), s.ranks.end(), 1) == 1;
}

/** WSM with max_linear normalisation: the exact value of our x_j at which we tie the best competitor. */
std::optional<double> wsmThreshold(const mcda::DecisionProblem &p, std::size_t o, std::size_t j, bool &impossible)
{
    impossible = false;
    const auto J = static_cast<Eigen::Index>(j);
    const auto O = static_cast<Eigen::Index>(o);
    const Eigen::VectorXd w = mcda::effectiveWeights(p);
    const Eigen::MatrixXd R = mcda::normalize(p.X, p.directions, mcda::Normalization::MaxLinear);
    const Eigen::VectorXd S = mcda::wsm(R, w);
    const double wj = w(J);
    if (!(wj > 0)) {
        impossible = true;
        return std::nullopt;
    }
    const auto rest = [&](Eigen::Index k) { return S(k) - wj * R(k, J); };
    double maxS = -INFINITY, extreme = p.directions[j] == Direction::Benefit ? -INFINITY : INFINITY;
    for (Eigen::Index k = 0; k < p.X.rows(); ++k) {
        if (k == O)
            continue;
        maxS = std::max(maxS, S(k));
        extreme = p.directions[j] == Direction::Benefit ? std::max(extreme, p.X(k, J)) : std::min(extreme, p.X(k, J));
    }
    if (!(extreme > 0)) // a zero column max (benefit) or min (cost) is a degenerate normalisation: use bisection
        return std::nullopt;
    const double Ro = rest(O);
    if (p.directions[j] == Direction::Benefit) {
        // Regime 1, x <= M: r = x/M, the competitors unchanged: Ro + wj·x/M = maxS.
        const double t1 = extreme * (maxS - Ro) / wj;
        if (t1 <= extreme)
            return t1;
        // Regime 2, x > M: our r = 1, theirs x_kj/x: Ro + wj > R_k + wj·x_kj/x for every k.
        double t = extreme;
        for (Eigen::Index k = 0; k < p.X.rows(); ++k) {
            if (k == O)
                continue;
            const double gap = Ro + wj - rest(k);
            if (gap <= 0) {
                impossible = true;
                return std::nullopt;
            }
            t = std::max(t, wj * p.X(k, J) / gap);
        }
        return t;
    }
    // Cost, regime 1, x >= m: r = m/x: Ro + wj·m/x = maxS.
    if (maxS - Ro > 0) {
        const double t1 = extreme * wj / (maxS - Ro);
        if (t1 >= extreme)
            return t1;
    }
    // Regime 2, x < m: our r = 1, theirs x/x_kj: Ro + wj > R_k + wj·x/x_kj for every k.
    double t = extreme;
    for (Eigen::Index k = 0; k < p.X.rows(); ++k) {
        if (k == O)
            continue;
        const double gap = Ro + wj - rest(k);
        if (gap <= 0) {
            impossible = true;
            return std::nullopt;
        }
        t = std::min(t, gap * p.X(k, J) / wj);
    }
    if (t <= 0) {
        impossible = true;
        return std::nullopt;
    }
    return t;
}

} // namespace

bool winsWith(const Comparison &c, std::size_t j, double value)
{
    const auto o = c.oursIndex();
    if (!o)
        return false;
    auto p = c.problem();
    p.X(static_cast<Eigen::Index>(*o), static_cast<Eigen::Index>(j)) = value;
    return firstAlone(mcda::score(p), *o);
}

WinChange whatItTakes(const Comparison &c, std::size_t j)
{
    WinChange w;
    w.criterion = j;
    const auto o = c.oursIndex();
    if (!o)
        return w;
    const auto &crit = c.criteria[j];
    const bool benefit = crit.direction == Direction::Benefit;
    const auto p = c.problem();
    w.from = p.X(static_cast<Eigen::Index>(*o), static_cast<Eigen::Index>(j));
    const double step = crit.step > 0 ? crit.step : 1.0;
    const double dir = benefit ? 1.0 : -1.0;
    // The furthest value allowed: the limit, else (cost) zero, else (benefit) far out.
    double range = 0;
    for (Eigen::Index k = 0; k < p.X.rows(); ++k)
        range = std::max(range, std::abs(p.X(k, static_cast<Eigen::Index>(j))));
    const double far = crit.limit ? *crit.limit : benefit ? w.from + 1000.0 * std::max({range, std::abs(w.from), step}) : 0.0;

    bool impossible = false;
    if (c.method == mcda::Method::WSM && mcda::effectiveNormalization(c.method, std::nullopt) == mcda::Normalization::MaxLinear) {
        w.threshold = wsmThreshold(p, *o, j, impossible);
        w.exact = w.threshold.has_value();
    }
    if (!w.exact && !impossible) {
        // Bisection on the value (the margin is monotone in our own value for these normalisations; the result is verified).
        if (winsWith(c, j, far)) {
            double lo = w.from, hi = far; // lo loses, hi wins
            for (int it = 0; it < 200 && std::abs(hi - lo) > 1e-9 * std::max(1.0, std::abs(hi)); ++it) {
                const double mid = 0.5 * (lo + hi);
                (winsWith(c, j, mid) ? hi : lo) = mid;
            }
            w.threshold = lo;
        } else {
            impossible = true;
        }
    }
    if (!w.threshold) {
        w.whyNot = crit.limit ? WinChange::WhyNot::NoneUpToLimit : WinChange::WhyNot::NoneAlone;
        return w;
    }
    // Next step strictly beyond the threshold, then verify by re-scoring (a few more steps absorb rounding).
    double s = benefit ? std::ceil(*w.threshold / step) * step : std::floor(*w.threshold / step) * step;
    if (dir * (s - *w.threshold) <= 0)
        s += dir * step;
    for (int tries = 0; tries < 5 && !winsWith(c, j, s); ++tries)
        s += dir * step;
    if ((crit.limit && dir * (s - *crit.limit) > 0) || (!benefit && s <= 0)) {
        w.whyNot = crit.limit ? WinChange::WhyNot::BeyondLimit : WinChange::WhyNot::NotPositive;
        w.needed = s;
        w.limit = crit.limit.value_or(0.0);
        return w;
    }
    w.verified = winsWith(c, j, s);
    if (!w.verified) {
        w.whyNot = WinChange::WhyNot::RescoreFails;
        w.needed = s;
        return w;
    }
    w.suggested = s;
    w.change = s - w.from;
    w.relativeChange = w.from != 0 ? std::abs(w.change) / std::abs(w.from) : std::numeric_limits<double>::infinity();
    return w;
}

std::string whyText(const WinChange &w, Lang lang)
{
    switch (w.whyNot) {
    case WinChange::WhyNot::None: return {};
    case WinChange::WhyNot::NoneUpToLimit: return tr(lang, "dest.why.none_up_to_limit");
    case WinChange::WhyNot::NoneAlone: return tr(lang, "dest.why.none_alone");
    case WinChange::WhyNot::BeyondLimit: return tr(lang, "dest.why.beyond_limit", {formatGrouped(w.needed), formatGrouped(w.limit)});
    case WinChange::WhyNot::NotPositive: return tr(lang, "dest.why.not_positive");
    case WinChange::WhyNot::RescoreFails: return tr(lang, "dest.why.rescore_fails", {formatGrouped(w.needed)});
    }
    return {};
}

Result compare(const Comparison &c)
{
    Result r;
    const auto o = c.oursIndex();
    if (!o || c.destinations.empty() || c.criteria.empty())
        return r;
    r.ours = *o;
    const auto p = c.problem();
    r.score = mcda::score(p);
    r.weWin = firstAlone(r.score, *o);
    for (std::size_t j = 0; j < c.criteria.size(); ++j) {
        const auto J = static_cast<Eigen::Index>(j);
        const bool benefit = c.criteria[j].direction == Direction::Benefit;
        CriterionOutcome co;
        co.criterion = j;
        co.ours = p.X(static_cast<Eigen::Index>(*o), J);
        bool first = true;
        for (std::size_t k = 0; k < c.destinations.size(); ++k) {
            if (k == *o)
                continue;
            const double v = p.X(static_cast<Eigen::Index>(k), J);
            if (first || (benefit ? v > co.best : v < co.best)) {
                co.best = v;
                co.bestCompetitor = k;
                first = false;
            }
            if (benefit ? v > co.ours : v < co.ours)
                ++co.rank;
        }
        co.outcome = first || co.ours == co.best ? Outcome::Tie : (benefit ? co.ours > co.best : co.ours < co.best) ? Outcome::Win : Outcome::Lose;
        r.outcomes.push_back(co);
    }
    if (!r.weWin) {
        for (std::size_t j = 0; j < c.criteria.size(); ++j) {
            if (!c.criteria[j].controllable)
                continue;
            r.changes.push_back(whatItTakes(c, j));
            const auto &w = r.changes.back();
            if (w.verified && (!r.smallest || w.relativeChange < r.changes[*r.smallest].relativeChange))
                r.smallest = r.changes.size() - 1;
        }
    }
    return r;
}

const char *groupKey(Group g)
{
    switch (g) {
    case Group::Logistical: return "logistical";
    case Group::Financial: return "financial";
    case Group::Objectives: return "objectives";
    case Group::Political: return "political";
    }
    return "";
}

const char *outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Win: return "win";
    case Outcome::Tie: return "tie";
    case Outcome::Lose: return "lose";
    }
    return "";
}

// ---- the "destinations" section ----

std::optional<Group> parseGroup(std::string_view s)
{
    for (auto g : kAllGroups)
        if (s == groupKey(g))
            return g;
    return std::nullopt;
}

const char *groupName(Group g, Lang l)
{
    switch (g) {
    case Group::Logistical: return tr(l, "destinations.group.logistical");
    case Group::Financial: return tr(l, "destinations.group.financial");
    case Group::Objectives: return tr(l, "destinations.group.objectives");
    case Group::Political: return tr(l, "destinations.group.political");
    }
    return "";
}

void readDestinationsJson(JsonReader &r, const json::value &v, const std::string &path, Comparison &c)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    c.ours = r.string(*o, "ours", path, false, true).value_or(""); // needed once there are destinations (below)
    if (auto m = r.string(*o, "method", path, false)) {
        if (auto pm = mcda::parseMethod(*m))
            c.method = *pm;
        else
            r.error(join(path, "method"), tr(r.lang, "read.method", {*m}));
    }
    c.note = r.string(*o, "note", path, false).value_or("");
    std::set<std::string> ids;
    if (const auto *cv = r.member(*o, "criteria", path, true, tr(r.lang, "read.expect.criteria_array"))) {
        const std::string cp = join(path, "criteria");
        if (!cv->is_array())
            r.error(cp, tr(r.lang, "read.not_array", {kindName(*cv, r.lang)}));
        else
            for (std::size_t i = 0; i < cv->get_array().size(); ++i) {
                const std::string ip = join(cp, i);
                const auto *io = r.object(cv->get_array()[i], ip);
                if (!io)
                    continue;
                Criterion k;
                k.id = r.string(*io, "id", ip, true, true).value_or("");
                if (!k.id.empty() && (!isId(k.id) || !ids.insert(k.id).second))
                    r.idError(join(ip, "id"), k.id, tr(r.lang, "read.unique_id", {k.id}));
                k.name = r.localized(*io, "name", ip, true).value_or(LocalizedText{});
                const auto g = r.string(*io, "group", ip, true, true).value_or("");
                if (auto pg = parseGroup(g))
                    k.group = *pg;
                else if (!g.empty())
                    r.error(join(ip, "group"), tr(r.lang, "dest.r.group", {g}));
                const auto d = r.string(*io, "direction", ip, true, true).value_or("benefit");
                if (d == "cost")
                    k.direction = Direction::Cost;
                else if (d != "benefit")
                    r.error(join(ip, "direction"), tr(r.lang, "read.benefit_cost", {d}));
                k.weight = r.number(*io, "weight", ip, true, 0.0).value_or(0.0);
                k.unit = r.string(*io, "unit", ip, false).value_or("");
                k.controllable = r.boolean(*io, "controllable", ip).value_or(false);
                k.step = r.number(*io, "step", ip, false, 0.0).value_or(1.0);
                if (k.step <= 0) {
                    r.error(join(ip, "step"), tr(r.lang, "dest.r.step"));
                    k.step = 1.0;
                }
                k.limit = r.number(*io, "limit", ip, false, -INFINITY, true);
                k.source = r.string(*io, "source", ip, false, false, true);
                if (k.source && !isUrl(*k.source))
                    r.error(join(ip, "source"), tr(r.lang, "read.source_url", {*k.source}));
                r.unknownKeys(*io, ip, {"id", "name", "group", "direction", "weight", "unit", "controllable", "step", "limit", "source"});
                c.criteria.push_back(std::move(k));
            }
    }
    double sum = 0;
    for (const auto &k : c.criteria)
        sum += k.weight;
    if (!c.criteria.empty() && !(sum > 0))
        r.error(join(path, "criteria"), tr(r.lang, "read.weights_positive"));
    std::set<std::string> dids;
    if (const auto *dv = r.member(*o, "destinations", path, true, tr(r.lang, "read.expect.destinations"))) {
        const std::string dp = join(path, "destinations");
        if (!dv->is_array())
            r.error(dp, tr(r.lang, "read.not_array", {kindName(*dv, r.lang)}));
        else
            for (std::size_t i = 0; i < dv->get_array().size(); ++i) {
                const std::string ip = join(dp, i);
                const auto *io = r.object(dv->get_array()[i], ip);
                if (!io)
                    continue;
                Destination d;
                d.id = r.string(*io, "id", ip, true, true).value_or("");
                if (!d.id.empty() && (!isId(d.id) || !dids.insert(d.id).second))
                    r.idError(join(ip, "id"), d.id, tr(r.lang, "read.unique_id", {d.id}));
                d.name = r.localized(*io, "name", ip, true).value_or(LocalizedText{});
                d.venue = r.string(*io, "venue", ip, false, true, true);
                d.values.resize(c.criteria.size());
                if (const auto *vv = r.member(*io, "values", ip, true, tr(r.lang, "read.expect.dest_values"))) {
                    const std::string vp = join(ip, "values");
                    if (const auto *vo = r.object(*vv, vp)) {
                        for (const auto &kv : *vo) {
                            std::optional<std::size_t> j;
                            for (std::size_t q = 0; q < c.criteria.size(); ++q)
                                if (c.criteria[q].id == kv.key())
                                    j = q;
                            if (!j) {
                                r.error(join(vp, kv.key()), tr(r.lang, "dest.r.unknown_criterion", {std::string(kv.key())}));
                                continue;
                            }
                            d.values[*j] = r.fact(kv.value(), join(vp, kv.key()), false);
                        }
                        for (std::size_t q = 0; q < c.criteria.size(); ++q) {
                            const auto *f = vo->if_contains(c.criteria[q].id);
                            if (!f)
                                r.error(join(vp, c.criteria[q].id), tr(r.lang, "dest.r.value_missing"));
                            else if (!d.values[q].value && f->is_object())
                                r.error(join(join(vp, c.criteria[q].id), "value"),
                                        tr(r.lang, "dest.r.value_number"));
                        }
                    }
                }
                r.unknownKeys(*io, ip, {"id", "name", "venue", "values"});
                c.destinations.push_back(std::move(d));
            }
    }
    if (c.ours.empty() && !c.destinations.empty())
        r.error(join(path, "ours"), tr(r.lang, "dest.r.ours_missing"));
    else if (!c.ours.empty() && !c.oursIndex())
        r.error(join(path, "ours"), tr(r.lang, "dest.r.ours_unknown", {c.ours}));
    if (c.destinations.size() < 2 && !c.destinations.empty())
        r.warning(join(path, "destinations"), tr(r.lang, "dest.r.two"));
    r.unknownKeys(*o, path, {"ours", "method", "note", "criteria", "destinations"});
}

json::value destinationsJson(const Comparison &c)
{
    json::object o;
    if (!c.ours.empty()) // none before the first destination is added
        o["ours"] = c.ours;
    o["method"] = mcda::methodName(c.method);
    if (!c.note.empty())
        o["note"] = c.note;
    json::array criteria;
    for (const auto &k : c.criteria) {
        json::object ko{{"id", k.id}, {"name", textJson(k.name)}, {"group", groupKey(k.group)},
                        {"direction", k.direction == Direction::Cost ? "cost" : "benefit"}, {"weight", jsonNumber(k.weight)}};
        if (!k.unit.empty())
            ko["unit"] = k.unit;
        if (k.controllable)
            ko["controllable"] = true;
        if (k.step != 1.0)
            ko["step"] = jsonNumber(k.step);
        if (k.limit)
            ko["limit"] = jsonNumber(*k.limit);
        if (k.source)
            ko["source"] = *k.source;
        criteria.push_back(std::move(ko));
    }
    o["criteria"] = std::move(criteria);
    json::array destinations;
    for (const auto &d : c.destinations) {
        json::object dobj{{"id", d.id}, {"name", textJson(d.name)}};
        if (d.venue)
            dobj["venue"] = *d.venue;
        json::object values;
        for (std::size_t j = 0; j < c.criteria.size() && j < d.values.size(); ++j)
            values[c.criteria[j].id] = factJson(d.values[j], false);
        dobj["values"] = std::move(values);
        destinations.push_back(std::move(dobj));
    }
    o["destinations"] = std::move(destinations);
    return o;
}

bool hasDestinations(const Project &p)
{
    return p.sections.get<Comparison>() != nullptr;
}

Comparison destinationsOf(const Project &p)
{
    const auto *c = p.sections.get<Comparison>();
    return c ? *c : Comparison{};
}

void readDestinationsSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Comparison c;
    readDestinationsJson(r, v, path, c);
    p.sections.set(std::move(c));
}

json::value writeDestinationsSection(const Project &p)
{
    const auto *c = p.sections.get<Comparison>();
    return c ? destinationsJson(*c) : json::value(nullptr);
}

void validateDestinationsSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    if (!hasDestinations(p))
        return;
    const Comparison c = destinationsOf(p);
    for (std::size_t i = 0; i < c.destinations.size(); ++i) {
        const auto &v = c.destinations[i].venue;
        if (!v)
            continue;
        const bool known = std::any_of(p.venues.begin(), p.venues.end(), [&](const Venue &x) { return x.id == *v; });
        if (!known)
            out.push_back({Diagnostic::Severity::Error, "/destinations/destinations/" + std::to_string(i) + "/venue",
                           tr(lang, "read.v.unknown_venue", {*v})});
    }
}

std::vector<Diagnostic> setOurValue(Project &p, std::string_view criterionId, double value, const std::string &basis, const std::string &asOf)
{
    const auto *stored = p.sections.get<Comparison>();
    if (!stored)
        return {{Diagnostic::Severity::Error, "/destinations", "the project has no destination comparison"}};
    Comparison edited = *stored;
    const auto ours = edited.oursIndex();
    if (!ours)
        return {{Diagnostic::Severity::Error, "/destinations/ours", "no destination with the id of ours"}};
    const auto k = std::find_if(edited.criteria.begin(), edited.criteria.end(), [&](const Criterion &x) { return x.id == criterionId; });
    if (k == edited.criteria.end())
        return {{Diagnostic::Severity::Error, "/destinations/destinations/" + std::to_string(*ours) + "/values/" + std::string(criterionId),
                 "unknown criterion \"" + std::string(criterionId) + "\""}};
    Fact f;
    f.value = value;
    f.estimate = true;
    f.basis = basis;
    f.asOf = asOf;
    edited.destinations[*ours].values[static_cast<std::size_t>(k - edited.criteria.begin())] = std::move(f);
    // The section's rules as the reader applies them (an estimate needs a basis and a date).
    JsonReader r;
    Comparison check;
    readDestinationsJson(r, destinationsJson(edited), "/destinations", check);
    auto errors = r.errors();
    if (errors.empty())
        p.sections.set(std::move(edited));
    return errors;
}

void unsourcedDestinations(const Project &p, std::vector<UnsourcedFact> &out)
{
    const auto *c = p.sections.get<Comparison>();
    if (!c)
        return;
    for (std::size_t i = 0; i < c->destinations.size(); ++i) {
        const Destination &d = c->destinations[i];
        for (std::size_t k = 0; k < d.values.size() && k < c->criteria.size(); ++k) {
            const Criterion &crit = c->criteria[k];
            if (d.values[k].unsourced())
                addIfUnsourced(out, d.values[k],
                               {"destinations", "/destinations/destinations/" + std::to_string(i) + "/values/" + crit.id, d.id, d.name, crit.id,
                                crit.name, MissingProvenance::None});
        }
    }
}

} // namespace vb::destinations
