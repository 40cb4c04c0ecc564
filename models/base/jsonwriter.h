// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"
#include "text.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace vb {

/** The JSON of the base types, as every section of the project file writes them. */
[[nodiscard]] boost::json::value textJson(const LocalizedText &t); ///< {"zh-TW": …, "en": …}
[[nodiscard]] boost::json::value optString(const std::optional<std::string> &s); ///< the string, or null
/** A fact: {"value": …} or, for money, {"amount": …, "currency": …}, then source, as_of, estimate, basis, note
 *  when set. */
[[nodiscard]] boost::json::value factJson(const Fact &f, bool money);
/** An amount kept in hundredths as the file writes it: 1500 → 15, 1250 → 12.5. */
[[nodiscard]] boost::json::value hundredthsJson(std::int64_t h);
/** An object of facts keyed by their ids, in order. */
[[nodiscard]] boost::json::value factsJson(const OrderedMap<Fact> &facts, bool money);

} // namespace vb
