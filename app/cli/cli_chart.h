// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vb::cli {

/** venuebid-cli chart PROJECT --kind budget|break-even|risk-matrix|scenarios|tender|ahp|destinations|quotes [--event-format F] [--lang en|zh-TW]
 *  --out FILE.svg|.png: a page's chart, the same drawing. */
int cmdChart(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
