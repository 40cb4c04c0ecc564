// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenarios page's charts, from the same figures as its table and `venuebid-cli scenarios` (svgchart.h).

#include "analysis.h"
#include "svgchart.h"

namespace vb {

/** The risk scenarios in a 5 × 5 likelihood × impact matrix, numbered in the order of the table ("1 = Typhoon
 *  (score 12)"); cells coloured by score as the table grades it: below 6 accept, 6–12 monitor, above 12 action. */
[[nodiscard]] svg::RiskMatrix riskMatrixChart(const std::vector<Scenario> &scenarios, Lang l);

/** Attendance (on site + online) of each format: with no scenario (the plan), in each scenario, and the expected
 *  attendance, one bar per format in the formats' colours; the numbers of the scenario table (sa.formats). */
[[nodiscard]] svg::BarChart scenarioOutcomeChart(const std::vector<Scenario> &scenarios, const ScenarioAnalysis &sa, Lang l);

} // namespace vb
