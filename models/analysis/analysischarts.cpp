// SPDX-License-Identifier: GPL-3.0-or-later
// The scenarios page's charts (analysischarts.h).
#include "analysischarts.h"

#include "messages.h"
#include "numbers.h"

namespace vb {

svg::RiskMatrix riskMatrixChart(const std::vector<Scenario> &scenarios, Lang l)
{
    svg::RiskMatrix m;
    m.title = tr(l, "chart.risk.title");
    m.xLabel = tr(l, "chart.risk.x");
    m.yLabel = tr(l, "chart.risk.y");
    // The grades of analyseScenarios: score < 6 accept, 6–12 monitor, > 12 action.
    m.bands = {{5, "#cfe8cf", tr(l, "chart.risk.band", {riskLevelName("accept", l), "1–5"})},
               {12, "#f7e3a1", tr(l, "chart.risk.band", {riskLevelName("monitor", l), "6–12"})},
               {25, "#f2b8b0", tr(l, "chart.risk.band", {riskLevelName("action", l), "13–25"})}};
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario &s = scenarios[i];
        m.items.push_back({s.likelihood, s.impact, tr(l, "chart.risk.item", {std::to_string(i + 1), s.name.get(l), std::to_string(s.riskScore())})});
    }
    m.note = tr(l, "chart.risk.note");
    return m;
}

svg::BarChart scenarioOutcomeChart(const std::vector<Scenario> &scenarios, const ScenarioAnalysis &sa, Lang l)
{
    svg::BarChart c;
    c.title = tr(l, "chart.outcomes.title");
    c.categories.push_back(tr(l, "chart.outcomes.plan"));
    for (const auto &s : scenarios)
        c.categories.push_back(s.name.get(l));
    c.categories.push_back(tr(l, "chart.outcomes.expected"));
    for (auto f : kAllFormats) {
        const FormatExpectation &fe = sa.formats[static_cast<std::size_t>(f)];
        svg::BarSeries ser{formatName(f, l), svg::kFormatColours[static_cast<int>(f)], {fe.baseline}};
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            ser.values.push_back(i < fe.perScenario.size() ? fe.perScenario[i] : 0.0);
        ser.values.push_back(fe.expected);
        c.series.push_back(std::move(ser));
    }
    c.valueText = [](double v) { return formatGroupedFixed(v, 0); }; // as the table: whole people
    c.note = tr(l, "chart.outcomes.note");
    return c;
}

} // namespace vb
