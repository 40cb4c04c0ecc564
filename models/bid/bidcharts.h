// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts of the bid and decision pages, from the same figures as their tables and `venuebid-cli tender`, `ahp`,
// `destinations` and `quotes` (svgchart.h): the tender margin per evaluation item, the AHP priorities, the
// destination comparison and the received quotes on one basis. A chart with no categories means "nothing to draw"
// (the page hides it, venuebid-cli chart says why).

#include "project.h"
#include "svgchart.h"
#include "tender.h"

#include <string>
#include <vector>

namespace vb {

/** Our bid (bid_book.tender_bidder) against the best competitor on each evaluation item: two bars per item, our
 *  average and the best competitor's average over the counted members (tender::itemMargins), in points; each item
 *  named with its 配分. No categories without our bid among the tender's bidders. */
[[nodiscard]] svg::BarChart tenderMarginChart(const Project &p, const tender::Tender &t, Lang l);

/** The AHP priorities: one bar per criterion, its priority in % (weights are fractions summing to 1); λmax and CR
 *  with the verdict in the note. */
[[nodiscard]] svg::BarChart ahpPriorityChart(const std::vector<std::string> &criteria, const std::vector<double> &weights,
                                             double lambdaMax, double cr, bool consistent, Lang l);
/** ahpPriorityChart of the project's stored judgements (section "ahp") as the AHP page opens them and `venuebid-cli
 *  ahp` reports them: all evaluators combined in group mode, else the first, by the principal eigenvector; criteria
 *  by their names in l. No categories without judgements for the project's criteria. */
[[nodiscard]] svg::BarChart ahpPriorityChart(const Project &p, Lang l);

/** Each destination's overall score (destinations::compare), best rank first, ours in its own colour; the method
 *  and our rank in the note. No categories when the comparison cannot be scored (no competitor, no criterion). */
[[nodiscard]] svg::BarChart destinationChart(const Project &p, Lang l);

/** Each received quote on the review's basis (quotes::review): the comparable amount per attendee, or the comparable
 *  total when the review measures the price as a total; best rank first; the cheapest and the best in their own
 *  colours and named in the note. A quote without an exchange rate is not drawn (named in the note). */
[[nodiscard]] svg::BarChart quoteChart(const Project &p, Lang l);

/** The colour of our destination; of the best quote and the cheapest (the quotes page's "best" and "cheapest" marks,
 *  qml/Theme.qml success and info) and of the other quotes. */
inline constexpr const char *kOursColour = "#d98c1f";
inline constexpr const char *kBestColour = "#2e7d32";
inline constexpr const char *kCheapestColour = "#1565c0";
inline constexpr const char *kOtherQuoteColour = "#8e9fbf";

} // namespace vb
