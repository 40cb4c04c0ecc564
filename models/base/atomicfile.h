// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace vb {

/** Test seam for atomic writes: pretend the disk fills up after this many bytes (ENOSPC). */
struct AtomicWriteFaults {
    std::size_t failAfterBytes = std::numeric_limits<std::size_t>::max();
};

/** Writes content to path atomically: a temp file in the same folder is written, flushed to disk and
 *  renamed over path. When keepBackup is set and path exists, the previous content is kept as path + ".bak".
 *  Returns an empty string on success, else why it failed (the previous file is then untouched). */
[[nodiscard]] std::string writeFileAtomically(const std::string &path, std::string_view content, bool keepBackup,
                                              const AtomicWriteFaults &faults = {});

/** Reads a whole file; returns false and sets error (with strerror text) when it cannot. */
[[nodiscard]] bool readWholeFile(const std::string &path, std::string &content, std::string &error);

} // namespace vb
