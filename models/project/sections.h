// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"
#include "provenance.h"

#include <span>
#include <string>
#include <string_view>

namespace vb {

/** How the file layer reads, writes and checks one top-level section that a feature layer defines (budget,
 *  scenarios, tender, ...): the reader puts the typed section into Project::sections (reporting problems through
 *  the JsonReader), the writer makes its JSON. format/projectformat.cpp lists them all. Sections no codec knows are
 *  kept verbatim in Project::unknownSections, so an older VenueBid never loses them. */
struct SectionCodec {
    const char *key;
    /** Reads value (at JSON pointer path) into p.sections. */
    void (*read)(JsonReader &r, const json::value &value, const std::string &path, Project &p);
    /** Writes the section, or returns null when the project has none (the key is then omitted). */
    json::value (*write)(const Project &p);
    /** Semantic checks across sections, after everything was read (may be null). */
    void (*validate)(const Project &p, std::vector<Diagnostic> &out, Lang lang);
    /** Appends the section's unsourced facts (provenance.h) in file order (may be null: the section has no facts). */
    void (*unsourced)(const Project &p, std::vector<UnsourcedFact> &out);
};

/** A table of section codecs, in the order the sections are written. */
using SectionCodecs = std::span<const SectionCodec>;

/** Every unsourced fact of p in file order: the core's (coreUnsourcedFacts), then each section's in the codecs'
 *  order, which is the order a file is written in. */
[[nodiscard]] std::vector<UnsourcedFact> unsourcedFacts(const Project &p, SectionCodecs codecs);

} // namespace vb
