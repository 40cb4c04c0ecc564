// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ranking's charts, from the same numbers as the ranking and weight tables (svgchart.h): the venue scores and
// the criterion weights, each bar as long as its value on one scale that starts at 0.

#include "svgchart.h"
#include "venueranking.h"

namespace vb {

/** One bar per ranked venue, best first, at most maxVenues of them (the note then says how many are ranked): the
 *  score under r.method, labelled as formatScore() prints it. VIKOR's Q is drawn as it is (lower is better, the
 *  note says so); PROMETHEE II's net flow may be negative and is then drawn left of the zero line. */
[[nodiscard]] svg::BarChart venueScoreChart(const Project &p, const VenueRanking &r, Lang l, std::size_t maxVenues = 15);

/** One bar per criterion, in the project's order: its normalised weight in percent (r.weights × 100), labelled
 *  with one decimal as the weight table prints it. */
[[nodiscard]] svg::BarChart criterionWeightChart(const Project &p, const VenueRanking &r, Lang l);

} // namespace vb
