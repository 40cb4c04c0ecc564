// SPDX-License-Identifier: GPL-3.0-or-later
// CO2e per format as a chart (co2echart.h).
#include "co2echart.h"

#include "messages.h"
#include "numbers.h"

#include <cmath>

namespace vb {

std::optional<svg::BarChart> co2eChart(const Project &p, Lang l)
{
    const auto a = analysisOf(p);
    if (!a.sustainability)
        return std::nullopt;
    svg::BarChart c;
    c.title = tr(l, "chart.co2e.title");
    c.categories = {tr(l, "chart.co2e.flights"), tr(l, "chart.co2e.ground"), tr(l, "chart.co2e.hotel"), tr(l, "chart.co2e.virtual"),
                    tr(l, "chart.co2e.total")};
    const auto tonnes = [](const std::optional<double> &kg) { return kg ? *kg / 1000.0 : std::nan(""); };
    for (auto f : kAllFormats) {
        const auto r = computeCo2e(p, *a.sustainability, f);
        c.series.push_back({formatName(f, l), svg::kFormatColours[static_cast<int>(f)],
                            {r.flightsKg / 1000.0, tonnes(r.groundKg), tonnes(r.hotelKg), tonnes(r.virtualKg), r.knownKg / 1000.0}});
    }
    c.valueText = [](double t) { return formatGroupedFixed(t, 1); };
    c.note = tr(l, "chart.co2e.note");
    return c;
}

} // namespace vb
