// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace vb {

/** The steps of writeFileAtomically, in order (a crash test stops the process at each one). */
enum class AtomicWriteStep {
    TempCreated,    ///< "<path>.tmp-XXXXXX" exists, empty
    Writing,        ///< after each write() into the temp file (the file holds part of the content)
    TempFlushed,    ///< the temp file holds all the content and is on disk (fsync)
    BackupRemoved,  ///< the old "<path>.bak" is gone
    BackupKept,     ///< "<path>.bak" holds the previous content (hard link, or a flushed copy renamed into place)
    Renamed,        ///< path holds the new content
    FolderFlushed,  ///< the folder's entries are on disk (fsync of the folder)
};

/** Test seams for atomic writes: pretend the disk fills up after this many bytes (ENOSPC); call onStep after each
 *  step (a test may kill the process there); write at most maxChunk bytes per write() (more Writing steps). */
struct AtomicWriteFaults {
    std::size_t failAfterBytes = std::numeric_limits<std::size_t>::max();
    void (*onStep)(AtomicWriteStep) = nullptr;
    std::size_t maxChunk = std::numeric_limits<std::size_t>::max();
};

/** Writes content to path atomically: a temp file in the same folder is written, flushed to disk and
 *  renamed over path, then the folder is flushed. When keepBackup is set and path exists, the previous content is
 *  kept as path + ".bak" (a hard link, or else a flushed copy renamed into place, so the .bak is whole too).
 *  A process killed at any point leaves path with the old content or the new one, whole (tests/core/tst_savecrash).
 *  Returns an empty string on success, else why it failed (the previous file is then untouched). */
[[nodiscard]] std::string writeFileAtomically(const std::string &path, std::string_view content, bool keepBackup,
                                              const AtomicWriteFaults &faults = {});

/** Removes the temporaries that a save of path killed before its rename left behind ("<path>.tmp-XXXXXX" and
 *  "<path>.bak.tmp-XXXXXX", regular files only) when they were last written before this process started: no save
 *  of this process can own them, and a save still running in another process keeps writing to its temporary.
 *  writeFileAtomically calls it before each save; the GUI also when it opens a file. Returns how many it removed. */
int removeStaleTemporaries(const std::string &path);

/** Reads a whole file; returns false and sets error (with strerror text) when it cannot. */
[[nodiscard]] bool readWholeFile(const std::string &path, std::string &content, std::string &error);

} // namespace vb
