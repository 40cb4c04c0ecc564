// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vb::cli {

/** venuebid-cli budget PROJECT [--format json|table] [--lang en|zh-TW] [--out FILE.xlsx|.csv] [--bench N [--bench-lines K]] */
int cmdBudget(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/** venuebid-cli quote PROJECT [--version N] [--lang en|zh-TW] --out FILE.pdf|.xlsx|.odt|.html */
int cmdQuote(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
