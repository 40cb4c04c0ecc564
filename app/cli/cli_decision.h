// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

/** venuebid-cli format-decision (T1.3 P1.3.3): the recommended format, how each format holds the fixed programme,
 *  and the fallback plan per risk (models/venues/formatdecision.h). */
namespace vb::cli {

int cmdFormatDecision(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
