// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quote.h"

#include <cstddef>
#include <string>

namespace vb {

/** The languages of a quote document: one, or both (繁中 then English on every label, as a bilingual quote). */
enum class QuoteLangs { En, ZhTW, Both };

/** The client quote (報價單) of version versionIndex: the PCO's letterhead (meta.pco), quote number, client, event,
 *  the prices per category or per budget line (QuoteVersion::detail), discount, 未稅 total, business tax, 含稅 total
 *  (also in Chinese capital numerals), terms, what changed since the last version, and the signature and stamp
 *  block. Prices only: no cost, markup or margin. All user text is escaped. */
[[nodiscard]] std::string quoteHtml(const Project &p, const Budget &b, const Quote &q, std::size_t versionIndex,
                                    QuoteLangs langs = QuoteLangs::Both);

/** The PCO's internal cost sheet of the same version: per budget line and in total the cost, markup, price and
 *  margin, the discount, the internal change list (with the markup) and whether the budget changed since the
 *  version was issued. Titled internal (內部資料). */
[[nodiscard]] std::string quoteCostSheetHtml(const Project &p, const Budget &b, const Quote &q, std::size_t versionIndex,
                                             QuoteLangs langs = QuoteLangs::Both);

/** The client-facing name of the event: the contract's name for it, else the bid book's congress, else meta.title
 *  (deal::eventNameOf), so the quote and the contract name the event alike. */
[[nodiscard]] LocalizedText quoteEventName(const Project &p);

} // namespace vb
