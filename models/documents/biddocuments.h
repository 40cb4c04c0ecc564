// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bid documents (T1.5): the bid book (競標企劃書, O1.5.1), the 16:9 pitch deck for the presentation
// (P1.5.2) and, for a tender, the 服務建議書 outline mapped to the evaluation items. HTML in one language, rendered
// to PDF/ODT/HTML by app/documents. Every number comes from the same functions as venuebid-cli rank, budget,
// destinations, tender, scenarios and co2e; all user text is escaped.

#include "budgetcalc.h"
#include "mcda.h"
#include "project.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb::bid {

/** Who a document is for. A client document (the bid book, the pitch deck) shows what the client should see: our
 *  offer and our strengths with their units, the proposed venue's facts, the budget; never a rank, a competitor's
 *  score, "behind", what it would take to win, a method's code name (WSM, TOPSIS) or a tool. An internal document
 *  (the annex, the 服務建議書 outline with its self-scored margins) keeps the competitive analysis and says on its
 *  cover that it is internal. */
enum class Audience { Client, Internal };

/** The bid documents of `venuebid-cli report --kind bid|deck|tender-outline|bid-internal` and the bid page's exports. */
enum class BidDocument { Book, Deck, TenderOutline, InternalAnnex };

[[nodiscard]] Audience audienceOf(BidDocument d);
/** "bid", "deck", "tender-outline", "bid-internal" (the --kind names); nullopt for anything else. */
[[nodiscard]] std::optional<BidDocument> parseBidDocument(std::string_view kind);
/** The document's HTML (the tender outline needs a tender: tender::hasTender). */
[[nodiscard]] std::string bidDocumentHtml(BidDocument d, const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The bid book, a client document: a cover, the contents, and the 13 chapters of docs/sources.md#bidding, each on a
 *  new page with the user's narrative and the project's tables (key facts, our strengths as a destination, the
 *  proposed venue's facts, budget and break-even with a chart of the proposed format's costs, subsidies, CO2e, hybrid
 *  plan, risks and contingency), then the sources the tables cite by note number. A chapter without narrative says so. */
[[nodiscard]] std::string bidBookHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The internal annex the bid team keeps: the destination ranking and scores, ahead/level/behind per criterion
 *  against the best competitor, what it would take to win, the format recommendation with its scores, the venue
 *  ranking with its method and, with a tender and our bidder, the self-scored margin per evaluation item. */
[[nodiscard]] std::string bidInternalHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The pitch deck, a client document: one 16:9 slide per page (page-break-before), large type, the bid's key numbers. Render with
 *  the slide page layout (documents::PageLayout::Slide16x9). */
[[nodiscard]] std::string pitchDeckHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The 服務建議書 outline for the project's tender (internal: it shows our margins): one chapter per evaluation item (評選項目) in order of points,
 *  with its 配分 and share, what the committee looks for, and — when the bid book names our bidder — our
 *  self-scored average against the best competitor's on that item. Includes the setup checks (§10, §16/§17). */
[[nodiscard]] std::string tenderOutlineHtml(const Project &p, Lang lang);

} // namespace vb::bid
