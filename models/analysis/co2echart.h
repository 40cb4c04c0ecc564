// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CO2e per format as a chart, from the same computeCo2e() as `venuebid-cli co2e` and the documents' CO2e table
// (svgchart.h).

#include "analysis.h"
#include "svgchart.h"

#include <optional>

namespace vb {

/** Tonnes of CO2e by part (flights, local transport, hotel nights, online participation) and the known total, one
 *  bar per format in the formats' colours. A part a format does not know is NaN: no bar and no label (never a 0 that
 *  reads as "no emissions"). nullopt when the project has no sustainability section. */
[[nodiscard]] std::optional<svg::BarChart> co2eChart(const Project &p, Lang l);

} // namespace vb
