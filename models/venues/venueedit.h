// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectedit.h"

#include <cstddef>
#include <vector>

namespace vb {

/** Undoable venue library edits (docs/venue-csv.md). Each captures what it needs to go back. */

/** Inserts v as venue number index (index <= venues.size()). */
[[nodiscard]] EditHistory::Edit addVenueEdit(Venue v, std::size_t index, std::string label);
/** Replaces venue index with v (v keeps nothing of the old venue). */
[[nodiscard]] EditHistory::Edit updateVenueEdit(const Project &p, std::size_t index, Venue v, std::string label);
/** Removes venue index. */
[[nodiscard]] EditHistory::Edit removeVenueEdit(const Project &p, std::size_t index, std::string label);
/** Appends venues (a CSV import): one undo step for all of them. */
[[nodiscard]] EditHistory::Edit importVenuesEdit(const Project &p, std::vector<Venue> venues, std::string label);

} // namespace vb
