// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vb::cli {

/** venuebid-cli tender PROJECT [--format json|table] [--lang en|zh-TW]: 最有利標 results of the "tender" section. */
int cmdTender(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/** venuebid-cli destinations PROJECT [--format json|table] [--lang en|zh-TW]: destination comparison and what it takes to win. */
int cmdDestinations(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/** venuebid-cli quotes PROJECT [--format json|table] [--lang en|zh-TW]: received quotes normalised and scored. */
int cmdQuotes(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace vb::cli
