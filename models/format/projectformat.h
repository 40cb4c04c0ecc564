// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The whole project file format: the core of project/projectio.h with every section the feature layers define
// (budget, revenue, formats, scenarios, sustainability, inspections, ahp, tender, destinations, bid_book,
// received_quotes). This is the composition point: a new section is registered here.

#include "projectio.h"

#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** Every known section, in the order they are written. */
[[nodiscard]] SectionCodecs projectSections();

/** Reads and validates project JSON text with every section. Reports all problems, not only the first. */
[[nodiscard]] LoadResult readProject(std::string_view text, std::string fileName = {});
[[nodiscard]] LoadResult readProject(std::string_view text, std::string fileName, Lang lang);
/** Reads a *.venuebid.json file with every section; lang: the language of the catalogued messages. */
[[nodiscard]] LoadResult loadProjectFile(const std::string &path, Lang lang = Lang::En);
/** Serialises a project with every section (keys in documented order, unknown sections last). */
[[nodiscard]] std::string writeProject(const Project &p);
/** Saves atomically with every section (see project/projectio.h). */
[[nodiscard]] SaveResult saveProjectFile(const Project &p, const std::string &path);
/** The rules readProject applies after parsing, every section's included. */
[[nodiscard]] std::vector<Diagnostic> validateProject(const Project &p, Lang lang = Lang::En);
/** Every unsourced fact of p, every section's included, in file order (project/provenance.h). */
[[nodiscard]] std::vector<UnsourcedFact> unsourcedFacts(const Project &p);

} // namespace vb
