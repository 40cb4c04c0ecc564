// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking's charts (rankingcharts.h).
#include "rankingcharts.h"

#include "messages.h"
#include "numbers.h"

namespace vb {

namespace {

/** s cut to about 30 narrow characters (a CJK character counts two) with "…", so that a long venue name stays
 *  inside the chart's label column (a third of its width); the table above the chart has the full name. */
std::string shortLabel(const std::string &s)
{
    constexpr int kMax = 30;
    int width = 0;
    std::size_t cut = std::string::npos;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        width += len >= 3 ? 2 : 1;
        if (width > kMax - 1 && cut == std::string::npos)
            cut = i;
        i += len;
    }
    return width <= kMax ? s : s.substr(0, cut) + "…";
}

} // namespace

svg::BarChart venueScoreChart(const Project &p, const VenueRanking &r, Lang l, std::size_t maxVenues)
{
    svg::BarChart c;
    c.title = tr(l, "chart.scores.title", {methodTitle(r.method, l)});
    svg::BarSeries s{tr(l, "chart.scores.series"), svg::kFormatColours[0], {}};
    const std::size_t n = std::min(maxVenues, r.ranked.size());
    for (std::size_t k = 0; k < n; ++k) {
        const auto &rv = r.ranked[k];
        c.categories.push_back(shortLabel(std::to_string(rv.rank) + ". " + p.venues[rv.venue].name.get(l)));
        s.values.push_back(rv.score * scoreScale(r.method)); // the scale the tables print (scoreText)
    }
    c.series.push_back(std::move(s));
    c.valueText = [m = r.method](double v) { return scaledScoreText(m, v); };
    c.note = r.method == mcda::Method::VIKOR ? tr(l, "chart.scores.note_lower") : tr(l, "chart.scores.note_higher");
    if (n < r.ranked.size())
        c.note += std::string(" ") + tr(l, "chart.scores.note_top", {groupThousands(static_cast<long long>(n)), groupThousands(static_cast<long long>(r.ranked.size()))});
    return c;
}

svg::BarChart criterionWeightChart(const Project &p, const VenueRanking &r, Lang l)
{
    svg::BarChart c;
    c.title = tr(l, "chart.weights.title");
    svg::BarSeries s{tr(l, "chart.weights.series"), svg::kFormatColours[0], {}};
    for (std::size_t j = 0; j < p.criteria.size() && j < r.weights.size(); ++j) {
        c.categories.push_back(p.criteria[j].name.get(l));
        s.values.push_back(r.weights[j] * 100.0);
    }
    c.series.push_back(std::move(s));
    c.valueText = [](double v) { return formatFixed(v, 1) + " %"; };
    c.note = tr(l, "chart.weights.note");
    return c;
}

} // namespace vb
