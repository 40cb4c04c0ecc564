// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectedit.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** Undoable venue library edits (docs/venue-csv.md). Each captures what it needs to go back. */

/** A venue id made from its name, so that nobody types one: the English name (or the Chinese one when that is all
 *  there is) in lowercase ASCII letters and digits joined by '_', starting with a letter ("Harbour Hall (B1)" →
 *  "harbour_hall_b1"; "2nd Hall" → "venue_2nd_hall"; a name without any such letter or digit → "venue"), at most 40 characters, with _2, _3 … added when
 *  another venue of p has it. */
[[nodiscard]] std::string venueIdFromName(const Project &p, std::string_view nameEn, std::string_view nameZh);

/** Inserts v as venue number index (index <= venues.size()). */
[[nodiscard]] EditHistory::Edit addVenueEdit(Venue v, std::size_t index, std::string label);
/** Replaces venue index with v (v keeps nothing of the old venue). */
[[nodiscard]] EditHistory::Edit updateVenueEdit(const Project &p, std::size_t index, Venue v, std::string label);
/** Removes venue index. */
[[nodiscard]] EditHistory::Edit removeVenueEdit(const Project &p, std::size_t index, std::string label);
/** Appends venues (a CSV import): one undo step for all of them. */
[[nodiscard]] EditHistory::Edit importVenuesEdit(const Project &p, std::vector<Venue> venues, std::string label);

} // namespace vb
