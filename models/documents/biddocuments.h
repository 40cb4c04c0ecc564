// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bid documents (T1.5): the bid book (競標企劃書, O1.5.1), the 16:9 pitch deck for the presentation
// (P1.5.2) and, for a tender, the 服務建議書 outline mapped to the evaluation items. HTML in one language, rendered
// to PDF/ODT/HTML by app/documents. Every number comes from the same functions as venuebid-cli rank, budget,
// destinations, tender, scenarios and co2e; all user text is escaped.

#include "mcda.h"
#include "project.h"

#include <string>

namespace vb::bid {

/** The bid book: a title page, the contents, and the 13 chapters of docs/sources.md#bidding, each with the user's narrative
 *  and the project's tables (ranking, venue facts with sources, budget and break-even, destination comparison,
 *  subsidies, CO2e, hybrid plan, risks and contingency). A chapter without narrative says so. */
[[nodiscard]] std::string bidBookHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The pitch deck: one 16:9 slide per page (page-break-before), large type, the bid's key numbers. Render with
 *  the slide page layout (documents::PageLayout::Slide16x9). */
[[nodiscard]] std::string pitchDeckHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The 服務建議書 outline for the project's tender: one chapter per evaluation item (評選項目) in order of points,
 *  with its 配分 and share, what the committee looks for, and — when the bid book names our bidder — our
 *  self-scored average against the best competitor's on that item. Includes the setup checks (§10, §16/§17). */
[[nodiscard]] std::string tenderOutlineHtml(const Project &p, Lang lang);

} // namespace vb::bid
