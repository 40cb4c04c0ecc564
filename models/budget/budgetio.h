// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"
#include "jsonreader.h"

#include <string>
#include <vector>

namespace vb {

/** Reads the "budget" section (settings, lines, quote versions) into b, reporting problems through r. */
void readBudgetJson(JsonReader &r, const json::value &v, const std::string &path, Budget &b);
/** Reads the "revenue" section (items) into b. */
void readRevenueJson(JsonReader &r, const json::value &v, const std::string &path, Budget &b);
/** The "budget" section of b, keys in documented order. */
[[nodiscard]] json::value budgetJson(const Budget &b);
/** The "revenue" section of b. */
[[nodiscard]] json::value revenueSectionJson(const Budget &b);

/** Section codec functions (format/projectformat.cpp). */
void readBudgetSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
void readRevenueSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeBudgetSection(const Project &p);
[[nodiscard]] json::value writeRevenueSection(const Project &p);
void validateBudgetSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);

} // namespace vb
