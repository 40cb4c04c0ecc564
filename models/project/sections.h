// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"

#include <span>
#include <string>
#include <string_view>

namespace vb {

/** Optional top-level sections that later parts of VenueBid add to the project file (budget, scenarios, tender, ...).
 *  Each has a reader (fills the Project, reports problems through the JsonReader) and a writer. Sections not in
 *  this table are kept verbatim in Project::extraSections, so an older VenueBid never loses them. */
struct SectionCodec {
    const char *key;
    /** Reads value (at JSON pointer path) into p. */
    void (*read)(JsonReader &r, const json::value &value, const std::string &path, Project &p);
    /** Writes the section, or returns null when the project has none (the key is then omitted). */
    json::value (*write)(const Project &p);
    /** Semantic checks across sections, after everything was read (may be null). */
    void (*validate)(const Project &p, std::vector<Diagnostic> &out);
};

/** The stored JSON text of a top-level section (sections are kept verbatim in Project::extraSections and parsed by
 *  their domain code on demand), or null when the project has none. */
[[nodiscard]] const std::string *rawSection(const Project &p, std::string_view key);

/** A section kept verbatim, parsed by its domain reader (problems are ignored here: the file was validated on
 *  load); an empty T when the project has none. */
template<typename T, typename Read>
[[nodiscard]] T parseSection(const Project &p, std::string_view key, Read read)
{
    T out;
    JsonReader r;
    if (const auto *raw = rawSection(p, key))
        if (auto parsed = parseJson(*raw); parsed.value)
            read(r, *parsed.value, "/" + std::string(key), out);
    return out;
}

/** SectionCodec::read of a verbatim section: checks it with the domain reader, then keeps its text. */
template<typename T, typename Read>
void keepSection(JsonReader &r, const json::value &v, const std::string &path, Project &p, std::string_view key, Read read)
{
    T checked;
    read(r, v, path, checked);
    p.extraSections.emplace_back(std::string(key), toPrettyJson(v));
}

/** SectionCodec::write of a verbatim section: null, the text is written back from extraSections. */
[[nodiscard]] json::value writtenVerbatim(const Project &p);

/** Replaces (or adds) the stored JSON text of a top-level section. */
void storeSection(Project &p, const std::string &key, const json::value &v);

/** A table of section codecs, in the order the sections are written. */
using SectionCodecs = std::span<const SectionCodec>;

} // namespace vb
