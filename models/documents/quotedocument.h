// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quote.h"

#include <cstddef>
#include <string>

namespace vb {

/** The quote as a bilingual (繁中 / English) HTML document; all user text is escaped. */
[[nodiscard]] std::string quoteHtml(const Project &p, const Budget &b, const Quote &q, std::size_t versionIndex);

} // namespace vb
