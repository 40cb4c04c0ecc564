// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

/** venuebid-cli's options analysis commands: formats, risk scenarios, CO2e; see docs/analysis.md. */
namespace vb::cli {

int cmdOptions(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdScenarios(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdCo2e(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdInspections(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
