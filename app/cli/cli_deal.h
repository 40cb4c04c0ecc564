// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vb::cli {

/** venuebid-cli negotiation PROJECT [--format json|table] [--lang en|zh-TW]: floor, target, opening, zone, steps, log. */
int cmdNegotiation(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/** venuebid-cli contract PROJECT --on DATE [--late-days N] [--format json|table] [--lang en|zh-TW]: amounts owed on a date. */
int cmdContract(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/** report --kind contract|negotiation: the document in en, zh-TW or both (side by side); refuses warnings unless
 *  allowWarnings, which lists them on the first page. */
int reportDeal(const std::string &file, const std::string &kind, const std::string &langArg, const std::string &outFile, bool allowWarnings,
               std::ostream &out, std::ostream &err);

} // namespace vb::cli
