// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <optional>

namespace vb {

/** The value a venue has on file for criterion c: its attribute (value_from "attributes") or its cost converted to
 *  the base currency (value_from "costs"); nullopt when unknown, without an exchange rate, or for a computed
 *  source (venues/venueranking.h criterionValue() covers those). */
[[nodiscard]] std::optional<double> recordedValue(const Project &p, const Venue &v, const Criterion &c);

/** Sum of a venue's costs in the base currency; nullopt when any cost is unknown or has no rate, or when it has none. */
[[nodiscard]] std::optional<double> venueCostTotal(const Project &p, const Venue &v);

} // namespace vb
