// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsontext.h"
#include "jsonreader.h"
#include "project.h"
#include "sections.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** Outcome of reading a project: the project when there were no errors, plus every diagnostic. */
struct LoadResult {
    std::string file; ///< file name used in messages ("" for in-memory text)
    std::optional<Project> project;
    std::optional<JsonSyntaxError> syntax;
    std::vector<Diagnostic> diagnostics; ///< errors and warnings, in document order
    std::string ioError;                 ///< the file could not be read
    Lang lang = Lang::En;                ///< the language the messages were read in (also of "error"/"warning")

    [[nodiscard]] bool ok() const { return project.has_value(); }
    [[nodiscard]] std::size_t errorCount() const;
    /** Every problem as "file:line:column: error: message" or "file: warning: /path: message", one per line, with
     *  "error"/"warning" in lang (錯誤/警告 in zh-TW, as GCC does under a Chinese locale). */
    [[nodiscard]] std::vector<std::string> messages() const;
};

// The file layer knows the core of the format (meta, requirements, criteria, venues); the sections of the feature
// layers come in as `codecs`. The whole format, every section included, is format/projectformat.h.

/** Reads and validates project JSON text. Reports all problems, not only the first. */
[[nodiscard]] LoadResult readProject(std::string_view text, std::string fileName, SectionCodecs codecs, Lang lang = Lang::En);

/** Reads a *.venuebid.json file. lang: the language of the messages that come from the message catalogue. */
[[nodiscard]] LoadResult loadProjectFile(const std::string &path, SectionCodecs codecs, Lang lang = Lang::En);

/** Serialises a project as pretty-printed JSON (keys in documented order, unknown sections last). */
[[nodiscard]] std::string writeProject(const Project &p, SectionCodecs codecs);

/** Result of an atomic save. */
struct SaveResult {
    bool ok = false;
    std::string error; ///< why it failed; the previous file is untouched then
};

/** Saves atomically: writes "<path>.tmp-XXXXXX" in the same folder, flushes it, keeps the old file as
 *  "<path>.bak", then renames the temp file over path. On failure the old file is intact. Temporaries that a
 *  killed save of path left behind before this process started are removed first (removeStaleTemporaries). */
[[nodiscard]] SaveResult saveProjectFile(const Project &p, const std::string &path, SectionCodecs codecs);

/** Semantic validation of an in-memory project (the same rules readProject applies after parsing); the messages
 *  that are in the catalogue come in lang. */
[[nodiscard]] std::vector<Diagnostic> validateProject(const Project &p, SectionCodecs codecs, Lang lang = Lang::En);

} // namespace vb
