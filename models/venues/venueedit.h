// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectedit.h"
#include "venuecsv.h"

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

/** The venue editor's fields of v for a person working in l: venueToFields, with each fact's estimate basis in l
 *  (Fact::basisFor: the Chinese text in zh-TW when the fact has one, else the one text). */
[[nodiscard]] VenueFields venueEditorFields(const Venue &v, Lang l);
/** The bases of v's facts as typed in the editor in l (venueFromFields put the typed text in Fact::basis), each laid
 *  over the same fact of old by setTypedBasis (factbasis.h): the typed text in l, the other language keeps old's
 *  text or, when old has none, the same text. old is nullptr for a new venue. */
void applyTypedBases(Venue &v, const Venue *old, Lang l);

/** Inserts v as venue number index (index <= venues.size()). */
[[nodiscard]] EditHistory::Edit addVenueEdit(Venue v, std::size_t index, std::string label);
/** Replaces venue index with v (v keeps nothing of the old venue). */
[[nodiscard]] EditHistory::Edit updateVenueEdit(const Project &p, std::size_t index, Venue v, std::string label);
/** Removes venue index. */
[[nodiscard]] EditHistory::Edit removeVenueEdit(const Project &p, std::size_t index, std::string label);
/** Appends venues (a CSV import): one undo step for all of them. */
[[nodiscard]] EditHistory::Edit importVenuesEdit(const Project &p, std::vector<Venue> venues, std::string label);

} // namespace vb
