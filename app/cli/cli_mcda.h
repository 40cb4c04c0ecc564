// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

/** venuebid-cli's scoring-engine commands; contract in docs/engine.md. */
namespace vb::cli {

int cmdScore(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdWeights(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdAhp(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdSmaa(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int cmdStability(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
