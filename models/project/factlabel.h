// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <string>

namespace vb {

/** Display name of a venue fact id: the criterion's name when a criterion has that id, else a built-in
 *  bilingual label for the standard attribute ids, else the id itself. */
[[nodiscard]] std::string factLabel(const Project &p, std::string_view id, Lang lang);

/** The unit code of a venue fact id: the criterion's unit when a criterion has that id, else the unit of the standard
 *  attribute ("plenary_seats" → "seats", "airport_minutes" → "min", "exhibition_m2" → "m²"), else "". Show it with
 *  quantityText (units.h). */
[[nodiscard]] std::string factUnit(const Project &p, std::string_view id);

} // namespace vb
