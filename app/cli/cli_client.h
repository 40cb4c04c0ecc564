// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

/** venuebid-cli's client-needs commands (T1.3): the attendance forecast from the client's history. */
namespace vb::cli {

int cmdForecast(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
