// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the bid and decision pages (bidcharts.h).
#include "bidcharts.h"

#include "ahpjudgements.h"
#include "bidbook.h"
#include "destinations.h"
#include "messages.h"
#include "numbers.h"
#include "quotereview.h"
#include "venueranking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vb {

namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN(); // not drawn (svg::barChartSvg skips it)
}

svg::BarChart tenderMarginChart(const Project &p, const tender::Tender &t, Lang l)
{
    const LangText tx{l};
    svg::BarChart c;
    const auto ours = bid::ourBidder(p, t);
    if (!ours)
        return c;
    const std::string oursName = t.bidders[*ours].name;
    c.title = tx("chart.tender.title", {oursName});
    svg::BarSeries us{tx("chart.tender.ours", {oursName}), svg::kFormatColours[0], {}};
    svg::BarSeries best{tx("bid.best_competitor"), svg::kFormatColours[2], {}};
    double sum = 0;
    bool anyMargin = false;
    for (const auto &m : tender::itemMargins(t, *ours)) {
        const auto &item = t.items[m.item];
        c.categories.push_back(tx("chart.tender.item", {item.name.get(l), groupThousands(item.points)}));
        us.values.push_back(m.ours ? *m.ours : kNone);
        best.values.push_back(m.best ? *m.best : kNone);
        if (const auto d = m.margin()) {
            sum += *d;
            anyMargin = true;
        }
    }
    c.series = {std::move(us), std::move(best)};
    c.valueText = [](double v) { return formatFixed(v, 2); };
    c.note = tx("chart.tender.note", {anyMargin ? formatSignedFixed(sum, 2) : std::string("–")});
    return c;
}

svg::BarChart ahpPriorityChart(const std::vector<std::string> &criteria, const std::vector<double> &weights, double lambdaMax, double cr,
                               bool consistent, Lang l)
{
    const LangText tx{l};
    svg::BarChart c;
    c.title = tx("chart.ahp.title");
    svg::BarSeries s{tx("chart.ahp.series"), svg::kFormatColours[0], {}};
    for (std::size_t i = 0; i < criteria.size() && i < weights.size(); ++i) {
        c.categories.push_back(criteria[i]);
        s.values.push_back(weights[i] * 100.0);
    }
    c.series = {std::move(s)};
    c.valueText = [](double v) { return formatPercentPoints(v, 1); };
    c.note = tx("chart.ahp.note", {formatFixed(lambdaMax, 4), formatFixed(std::max(0.0, cr), 3),
                                   consistent ? tx("chart.ahp.consistent") : tx("chart.ahp.inconsistent")});
    return c;
}

svg::BarChart ahpPriorityChart(const Project &p, Lang l)
{
    const auto j = hasAhpJudgements(p) ? ahpJudgementsOf(p).alignedTo(p) : std::nullopt;
    if (!j || j->evaluators.empty())
        return {};
    std::vector<Eigen::MatrixXd> matrices;
    for (const auto &e : j->evaluators)
        matrices.push_back(e.pairwise);
    const Eigen::MatrixXd A = j->group && matrices.size() > 1 ? mcda::aggregateGeometric(matrices) : matrices.front();
    const auto r = mcda::ahpPriorities(A, mcda::PriorityMethod::Eigenvector); // as the page computes them
    std::vector<std::string> names;
    for (const auto &id : j->criteria)
        for (const auto &c : p.criteria)
            if (c.id == id)
                names.push_back(c.name.get(l));
    std::vector<double> w(r.weights.data(), r.weights.data() + r.weights.size());
    return ahpPriorityChart(names, w, r.lambdaMax, r.cr, r.consistent, l);
}

svg::BarChart destinationChart(const Project &p, Lang l)
{
    const LangText tx{l};
    svg::BarChart c;
    if (!destinations::hasDestinations(p))
        return c;
    const auto cmp = destinations::destinationsOf(p);
    const auto r = destinations::compare(cmp);
    if (cmp.destinations.size() < 2 || r.score.ranks.size() != cmp.destinations.size())
        return c;
    // Best rank first, ties in file order: the order of `venuebid-cli destinations`.
    std::vector<std::size_t> order(cmp.destinations.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return r.score.ranks[a] < r.score.ranks[b]; });
    c.title = tx("chart.destinations.title");
    svg::BarSeries s{tx("chart.destinations.series"), svg::kFormatColours[0], {}};
    for (const auto i : order) {
        c.categories.push_back(cmp.destinations[i].name.get(l));
        // Drawn on the scale the tables print (scoreText): points of 100 for WSM, WPM and TOPSIS.
        s.values.push_back(r.score.scores(static_cast<Eigen::Index>(i)) * scoreScale(r.score.method));
        c.colours.push_back(i == r.ours ? kOursColour : "");
    }
    c.series = {std::move(s)};
    const std::string oursName = cmp.destinations[r.ours].name.get(l);
    c.marks = {{tx("chart.destinations.ours"), kOursColour}};
    c.valueText = [m = r.score.method](double v) { return scaledScoreText(m, v); };
    c.note = tx("chart.destinations.note", {methodTitle(cmp.method, l),
                                            mcda::higherIsBetter(cmp.method) ? tx("chart.higher_is_better") : tx("chart.lower_is_better"),
                                            oursName, std::to_string(r.score.ranks[r.ours]), std::to_string(cmp.destinations.size())});
    return c;
}

svg::BarChart quoteChart(const Project &p, Lang l)
{
    const LangText tx{l};
    svg::BarChart c;
    if (!quotes::hasReview(p))
        return c;
    const auto rv = quotes::reviewOf(p);
    const auto r = quotes::review(p, rv);
    if (rv.quotes.empty())
        return c;
    // The review's price measure: the total when it weighs the total and not the price per attendee.
    bool anyPerAttendee = false, anyTotal = false;
    for (const auto &k : rv.criteria) {
        anyPerAttendee = anyPerAttendee || k.measure == quotes::Measure::PricePerAttendee;
        anyTotal = anyTotal || k.measure == quotes::Measure::Total;
    }
    const bool perAttendee = anyPerAttendee || !anyTotal;
    c.title = tx("chart.quotes.title");
    svg::BarSeries s{perAttendee ? tx("chart.quotes.per_attendee") : tx("chart.quotes.total"), kOtherQuoteColour, {}};
    std::string notDrawn;
    for (const auto i : quotes::listingOrder(r)) {
        const auto &n = r.quotes[i];
        c.categories.push_back(rv.quotes[i].supplier);
        if (!n.fxRate) {
            s.values.push_back(kNone);
            notDrawn += (notDrawn.empty() ? "" : tx("text.list_separator")) + rv.quotes[i].supplier;
        } else {
            s.values.push_back(static_cast<double>(perAttendee ? n.perAttendee : n.comparable));
        }
        const bool cheapest = r.cheapest && *r.cheapest == i, best = r.best && *r.best == i;
        c.colours.push_back(best ? kBestColour : cheapest ? kCheapestColour : "");
    }
    c.series = {std::move(s)};
    if (r.best)
        c.marks.push_back({tx("chart.quotes.best"), kBestColour});
    if (r.cheapest && r.cheapest != r.best)
        c.marks.push_back({tx("chart.quotes.cheapest"), kCheapestColour});
    c.valueText = [](double v) { return groupThousands(static_cast<Money>(std::llround(v))); };
    const std::string cheapestName = r.cheapest ? rv.quotes[*r.cheapest].supplier : std::string("–");
    const std::string bestName = r.best ? rv.quotes[*r.best].supplier : std::string("–");
    c.note = perAttendee ? tx("chart.quotes.note_per_attendee", {p.meta.currency, formatCount(r.attendees), cheapestName, bestName})
                         : tx("chart.quotes.note_total", {p.meta.currency, cheapestName, bestName});
    if (!notDrawn.empty())
        c.note += tx("chart.quotes.not_drawn", {notDrawn});
    return c;
}

} // namespace vb
