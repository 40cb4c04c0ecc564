// SPDX-License-Identifier: GPL-3.0-or-later
#include "venueranking.h"

#include "analysis.h"
#include "client.h"

#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "mcda.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <numeric>

namespace vb {

namespace {

/** The day after a YYYY-MM-DD date. */
std::string nextDay(const std::string &d)
{
    using namespace std::chrono;
    const year_month_day ymd(year(std::stoi(d.substr(0, 4))), month(static_cast<unsigned>(std::stoi(d.substr(5, 2)))),
                             day(static_cast<unsigned>(std::stoi(d.substr(8, 2)))));
    const year_month_day n(sys_days(ymd) + days(1));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(n.year()), static_cast<unsigned>(n.month()), static_cast<unsigned>(n.day()));
    return buf;
}

const char *requirementName(Requirement r, Lang lang)
{
    switch (r) {
    case Requirement::PlenarySeats: return tr(lang, "requirement.plenary_seats");
    case Requirement::BreakoutRooms: return tr(lang, "requirement.meeting_rooms");
    case Requirement::ExhibitionM2: return tr(lang, "requirement.exhibition_area");
    case Requirement::RoomNights: return tr(lang, "requirement.hotel_room_nights");
    case Requirement::Dates: return tr(lang, "requirement.availability");
    case Requirement::BudgetCeiling: return tr(lang, "requirement.venue_costs");
    }
    return "";
}

} // namespace

std::string describe(const ConstraintIssue &issue, Lang lang)
{
    const char *name = requirementName(issue.requirement, lang);
    const std::string req = formatGrouped(issue.required);
    const std::string act = issue.actual ? formatGrouped(*issue.actual) : std::string("?");
    const bool money = issue.requirement == Requirement::BudgetCeiling;
    const std::string cur = money ? currencyLabel("TWD", lang) + " " : std::string();
    switch (issue.kind) {
    case ConstraintIssue::Kind::Below:
        return tr(lang, "constraint.below", {name, act, req});
    case ConstraintIssue::Kind::OverBudget:
        return tr(lang, "constraint.over_budget", {name, cur + act, cur + req});
    case ConstraintIssue::Kind::Unknown:
        if (issue.requirement == Requirement::Dates)
            return tr(lang, "constraint.dates_unknown");
        if (money)
            return tr(lang, "constraint.costs_unknown", {cur + req});
        return tr(lang, "constraint.unknown", {name, req});
    case ConstraintIssue::Kind::Unavailable:
        return tr(lang, "constraint.unavailable");
    case ConstraintIssue::Kind::Tentative:
        return tr(lang, "constraint.tentative");
    case ConstraintIssue::Kind::NoRate:
        return tr(lang, "constraint.no_rate");
    case ConstraintIssue::Kind::Programme: {
        // "gala dinner 1,400 banquet seats > 1,000 available"
        const std::string what = issue.elementName.get(lang).empty() ? issue.element : issue.elementName.get(lang);
        const char *seats = layoutName(issue.layout, lang);
        if (!issue.actual)
            return tr(lang, "constraint.programme_unknown", {what, req, seats});
        return tr(lang, "constraint.programme_below", {what, req, seats, act});
    }
    }
    return {};
}

std::optional<double> criterionValue(const Project &p, const Venue &v, const Criterion &c)
{
    if (c.valueFrom != ValueFrom::Attributes && c.valueFrom != ValueFrom::Costs)
        return computedVenueValue(p, v, c); // format-dependent sources (analysis/analysis.cpp)
    return recordedValue(p, v, c);
}


std::vector<ConstraintIssue> checkRequirements(const Project &p, const Venue &v)
{
    std::vector<ConstraintIssue> out;
    const auto &q = p.requirements;
    auto capacity = [&](Requirement r, std::optional<double> required, const char *attribute) {
        if (!required || *required <= 0)
            return;
        const Fact *f = v.attribute(attribute);
        ConstraintIssue issue{r, ConstraintIssue::Kind::Below, *required, std::nullopt, false, {}, {}, {}};
        if (!f || !f->value) {
            issue.kind = ConstraintIssue::Kind::Unknown;
            out.push_back(issue);
        } else if (*f->value < *required) {
            issue.actual = f->value;
            issue.excludes = q.isMustHave(r);
            out.push_back(issue);
        }
    };
    capacity(Requirement::PlenarySeats, q.plenarySeats ? std::optional<double>(*q.plenarySeats) : std::nullopt, "plenary_seats");
    capacity(Requirement::BreakoutRooms, q.breakoutRooms ? std::optional<double>(*q.breakoutRooms) : std::nullopt, "meeting_rooms");
    capacity(Requirement::ExhibitionM2, q.exhibitionM2, "exhibition_m2");

    // Room-nights: adjacent inventory × event days is an upper bound on what the block could get (project-format.md §5).
    if (q.roomNights && *q.roomNights > 0) {
        ConstraintIssue issue{Requirement::RoomNights, ConstraintIssue::Kind::Unknown, static_cast<double>(*q.roomNights), std::nullopt, false, {}, {}, {}};
        const Fact *f = v.attribute("hotel_rooms_nearby");
        if (!f || !f->value) {
            out.push_back(issue);
        } else if (*f->value * q.days < *q.roomNights) {
            issue.kind = ConstraintIssue::Kind::Below;
            issue.actual = *f->value * q.days;
            issue.excludes = q.isMustHave(Requirement::RoomNights);
            out.push_back(issue);
        }
    }

    if (!q.startDate.empty() && !q.endDate.empty()) {
        // Pass when the available periods together cover every event day; fail when an unavailable period
        // overlaps; anything else (tentative, unknown, gaps) cannot be verified.
        bool unavailable = false, tentative = false;
        std::vector<const AvailabilityPeriod *> open;
        for (const auto &a : v.availability) {
            if (a.to < q.startDate || a.from > q.endDate)
                continue;
            if (a.status == Availability::Unavailable)
                unavailable = true;
            else if (a.status == Availability::Tentative)
                tentative = true;
            else if (a.status == Availability::Available)
                open.push_back(&a);
        }
        std::sort(open.begin(), open.end(), [](auto *x, auto *y) { return x->from < y->from; });
        std::string coveredTo; // last covered day so far (dates compare as strings in YYYY-MM-DD)
        bool covered = !open.empty() && open.front()->from <= q.startDate;
        for (const auto *a : open) {
            if (!covered)
                break;
            if (!coveredTo.empty() && a->from > nextDay(coveredTo))
                covered = false;
            else if (a->to > coveredTo)
                coveredTo = a->to;
        }
        covered = covered && coveredTo >= q.endDate;
        if (unavailable || !covered) {
            const auto kind = unavailable ? ConstraintIssue::Kind::Unavailable
                                          : (tentative ? ConstraintIssue::Kind::Tentative : ConstraintIssue::Kind::Unknown);
            out.push_back({Requirement::Dates, kind, 0.0, std::nullopt, unavailable && q.isMustHave(Requirement::Dates), {}, {}, {}});
        }
    }

    if (q.budgetCeiling) {
        // The known costs are a lower bound: once they exceed the ceiling the venue fails, unknowns or not.
        const double ceiling = static_cast<double>(*q.budgetCeiling);
        ConstraintIssue issue{Requirement::BudgetCeiling, ConstraintIssue::Kind::Unknown, ceiling, std::nullopt, false, {}, {}, {}};
        double known = 0;
        bool complete = !v.costs.empty();
        for (const auto &[id, f] : v.costs) {
            const auto rate = p.rateToBase(f.currency.empty() ? p.meta.currency : f.currency);
            if (f.value && rate)
                known += *f.value * *rate;
            else
                complete = false;
        }
        if (known > ceiling) {
            issue.kind = ConstraintIssue::Kind::OverBudget;
            issue.actual = known;
            issue.excludes = q.isMustHave(Requirement::BudgetCeiling);
            out.push_back(issue);
        } else if (!complete) {
            out.push_back(issue);
        }
    }

    // The fixed programme the client keeps (T1.3): each element held at the venue needs its seats in its layout and
    // its banquet seats. A mandatory element that does not fit excludes the venue; an unknown size cannot be checked.
    if (const auto *client = clientOf(p)) {
        for (const auto &e : client->programme) {
            if (!e.atVenue)
                continue;
            auto need = [&](std::optional<int> seats, const std::string &layout) {
                if (!seats || layout.empty())
                    return;
                ConstraintIssue issue{Requirement::PlenarySeats, ConstraintIssue::Kind::Programme, static_cast<double>(*seats), std::nullopt, false, {}, {}, {}};
                issue.element = e.id;
                issue.elementName = e.name;
                issue.layout = layout;
                const Fact *f = v.attribute(layoutAttribute(layout));
                if (!f || !f->value) {
                    out.push_back(issue);
                } else if (*f->value < *seats) {
                    issue.actual = f->value;
                    issue.excludes = e.mandatory;
                    out.push_back(issue);
                }
            };
            need(e.seats, e.layout);
            need(e.banquetSeats, "banquet");
        }
    }
    return out;
}

ImputedMatrix imputeWorst(std::size_t rows, const std::vector<Criterion> &criteria,
                          const std::function<std::optional<double>(std::size_t row, const Criterion &c)> &value)
{
    const auto n = static_cast<Eigen::Index>(rows);
    const auto m = static_cast<Eigen::Index>(criteria.size());
    ImputedMatrix out{Eigen::MatrixXd(n, m), std::vector<std::vector<std::string>>(rows)};
    std::vector<std::optional<double>> col(rows);
    for (Eigen::Index j = 0; j < m; ++j) {
        const auto &c = criteria[static_cast<std::size_t>(j)];
        std::optional<double> worst;
        for (std::size_t i = 0; i < rows; ++i) {
            col[i] = value(i, c);
            if (col[i])
                worst = !worst ? *col[i] : (c.direction == Direction::Benefit ? std::min(*worst, *col[i]) : std::max(*worst, *col[i]));
        }
        for (std::size_t i = 0; i < rows; ++i) {
            if (!col[i])
                out.imputed[i].push_back(c.id);
            out.X(static_cast<Eigen::Index>(i), j) = col[i] ? *col[i] : worst.value_or(0.0);
        }
    }
    return out;
}

VenueRanking rankVenues(const Project &p, const RankingOptions &options)
{
    VenueRanking res;
    res.method = options.method;
    const auto m = static_cast<Eigen::Index>(p.criteria.size());
    Eigen::VectorXd w(m);
    for (Eigen::Index j = 0; j < m; ++j)
        w(j) = p.criteria[static_cast<std::size_t>(j)].weight;
    w = mcda::normalizedWeights(w);
    res.weights.assign(w.data(), w.data() + w.size());

    std::vector<std::size_t> candidates;
    std::vector<std::vector<ConstraintIssue>> warnings;
    for (std::size_t i = 0; i < p.venues.size(); ++i) {
        const auto &v = p.venues[i];
        if (v.role == VenueRole::Competitor && !options.includeCompetitors) {
            res.notRanked.push_back(i);
            continue;
        }
        auto issues = checkRequirements(p, v);
        std::vector<ConstraintIssue> hard, soft;
        for (auto &is : issues)
            (is.excludes ? hard : soft).push_back(is);
        if (!hard.empty()) {
            res.excluded.push_back({i, std::move(hard)});
        } else {
            candidates.push_back(i);
            warnings.push_back(std::move(soft));
        }
    }
    const auto n = static_cast<Eigen::Index>(candidates.size());
    if (n == 0)
        return res;

    auto [X, imputed] = imputeWorst(candidates.size(), p.criteria, [&](std::size_t i, const Criterion &c) {
        return criterionValue(p, p.venues[candidates[i]], c);
    });
    std::vector<Direction> dirs;
    for (const auto &c : p.criteria)
        dirs.push_back(c.direction);
    const Eigen::MatrixXd R = mcda::normalize(X, dirs, mcda::Normalization::MaxLinear);
    const Eigen::MatrixXd C = R * w.asDiagonal();

    res.rows = candidates;
    auto &prob = res.problem;
    for (auto idx : candidates)
        prob.alternatives.push_back(p.venues[idx].id);
    for (const auto &c : p.criteria) {
        prob.criteria.push_back(c.id);
        prob.ranks.push_back(c.rank);
    }
    prob.directions = dirs;
    prob.weights = w;
    prob.X = X;
    prob.method = options.method;
    prob.preferences.assign(static_cast<std::size_t>(m), mcda::Preference{});
    prob.weightBounds.assign(static_cast<std::size_t>(m), std::nullopt);
    const auto scored = mcda::score(prob);
    if (!scored.finite()) {
        res.notFinite = scored.notFinite.value_or(0);
        return res;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        RankedVenue rv;
        rv.venue = candidates[static_cast<std::size_t>(i)];
        rv.score = scored.scores(i);
        rv.rank = scored.ranks[static_cast<std::size_t>(i)];
        rv.contributions.assign(m, 0.0);
        for (Eigen::Index j = 0; j < m; ++j)
            rv.contributions[static_cast<std::size_t>(j)] = C(i, j);
        rv.imputedCriteria = std::move(imputed[static_cast<std::size_t>(i)]);
        rv.warnings = std::move(warnings[static_cast<std::size_t>(i)]);
        res.ranked.push_back(std::move(rv));
    }
    std::stable_sort(res.ranked.begin(), res.ranked.end(), [](const RankedVenue &a, const RankedVenue &b) { return a.rank < b.rank; });
    return res;
}

std::string notFiniteMessage(const Project &p, const VenueRanking &r, Lang lang)
{
    if (!r.notFinite || *r.notFinite >= p.criteria.size())
        return {};
    const std::size_t j = *r.notFinite;
    const auto &c = p.criteria[j];
    // blameCriterion names a criterion whose weight is not finite before any whose values are too far apart.
    if (j < r.weights.size() && !std::isfinite(r.weights[j]))
        return tr(lang, "finite.weight_not_finite", {c.name.get(lang), c.id});
    return tr(lang, "finite.scores_not_finite", {c.name.get(lang), c.id, methodShortName(r.method)});
}

const char *methodTitle(mcda::Method m, Lang lang)
{
    switch (m) {
    case mcda::Method::WSM: return tr(lang, "method.wsm");
    case mcda::Method::WPM: return tr(lang, "method.wpm");
    case mcda::Method::TOPSIS: return tr(lang, "method.topsis");
    case mcda::Method::VIKOR: return tr(lang, "method.vikor");
    case mcda::Method::PROMETHEE2: return tr(lang, "method.promethee2");
    }
    return mcda::methodName(m);
}

bool scoreOutOf100(mcda::Method m)
{
    return m == mcda::Method::WSM || m == mcda::Method::WPM || m == mcda::Method::TOPSIS;
}

double scoreScale(mcda::Method m)
{
    return scoreOutOf100(m) ? 100.0 : 1.0;
}

std::string scaledScoreText(mcda::Method m, double scaled)
{
    return scoreOutOf100(m) ? formatFixed(scaled, 1) : formatScore(scaled);
}

std::string scoreText(mcda::Method m, double score)
{
    return scaledScoreText(m, score * scoreScale(m));
}

const char *methodShortName(mcda::Method m)
{
    switch (m) {
    case mcda::Method::WSM: return "WSM";
    case mcda::Method::WPM: return "WPM";
    case mcda::Method::TOPSIS: return "TOPSIS";
    case mcda::Method::VIKOR: return "VIKOR";
    case mcda::Method::PROMETHEE2: return "PROMETHEE II";
    }
    return mcda::methodName(m);
}

void rescoreVenues(const Project &p, VenueRanking &r, mcda::Method method)
{
    if (r.ranked.size() != r.rows.size()) { // the last scores were not finite: start again from the project
        r = rankVenues(p, RankingOptions{false, method});
        return;
    }
    r.method = method;
    r.notFinite.reset();
    const auto m = static_cast<Eigen::Index>(p.criteria.size());
    Eigen::VectorXd w(m);
    for (Eigen::Index j = 0; j < m; ++j)
        w(j) = p.criteria[static_cast<std::size_t>(j)].weight;
    w = mcda::normalizedWeights(w);
    r.weights.assign(w.data(), w.data() + w.size());
    const auto n = static_cast<Eigen::Index>(r.rows.size());
    if (n == 0)
        return;
    auto &prob = r.problem;
    prob.weights = w;
    prob.method = method;
    for (std::size_t j = 0; j < p.criteria.size() && j < prob.ranks.size(); ++j)
        prob.ranks[j] = p.criteria[j].rank;
    // As rankVenues: contributions from the max-linear matrix, then the venues in problem-row order, stably sorted
    // by rank (so ties keep the file order).
    const Eigen::MatrixXd R = mcda::normalize(prob.X, prob.directions, mcda::Normalization::MaxLinear);
    const auto scored = mcda::score(prob);
    if (!scored.finite()) { // as rankVenues: no venue is shown with a score that is not a number
        r.notFinite = scored.notFinite.value_or(0);
        r.ranked.clear();
        return;
    }
    std::vector<std::size_t> rowOf(p.venues.size(), 0);
    for (std::size_t i = 0; i < r.rows.size(); ++i)
        rowOf[r.rows[i]] = i;
    std::vector<RankedVenue> byRow(r.ranked.size());
    for (auto &rv : r.ranked) {
        const std::size_t i = rowOf[rv.venue];
        rv.score = scored.scores(static_cast<Eigen::Index>(i));
        rv.rank = scored.ranks[i];
        for (Eigen::Index j = 0; j < m && static_cast<std::size_t>(j) < rv.contributions.size(); ++j)
            rv.contributions[static_cast<std::size_t>(j)] = R(static_cast<Eigen::Index>(i), j) * w(j);
        byRow[i] = std::move(rv);
    }
    r.ranked = std::move(byRow);
    std::stable_sort(r.ranked.begin(), r.ranked.end(), [](const RankedVenue &a, const RankedVenue &b) { return a.rank < b.rank; });
}

} // namespace vb
