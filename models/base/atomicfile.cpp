// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace vb {

namespace {

std::string dirOf(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string sysError(const char *what, const std::string &file)
{
    return std::string(what) + " '" + file + "': " + std::strerror(errno);
}

// Writes all of content to fd (EINTR retried); calls onStep after each write. False with errno set on failure.
bool writeAll(int fd, std::string_view content, const AtomicWriteFaults &faults)
{
    std::size_t written = 0;
    while (written < content.size()) {
        std::size_t chunk = std::min(content.size() - written, faults.maxChunk);
        if (written + chunk > faults.failAfterBytes)
            chunk = faults.failAfterBytes > written ? faults.failAfterBytes - written : 0;
        if (chunk == 0) {
            errno = ENOSPC;
            return false;
        }
        const ssize_t n = ::write(fd, content.data() + written, chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += static_cast<std::size_t>(n);
        if (faults.onStep)
            faults.onStep(AtomicWriteStep::Writing);
    }
    return true;
}

// Copies src to dst whole or not at all (used for the .bak when hard links are not possible): the copy is written
// to a temp file in the same folder, flushed and renamed over dst, so a crash never leaves a partial .bak.
bool copyFileAtomically(const std::string &src, const std::string &dst)
{
    std::string content, error;
    if (!readWholeFile(src, content, error))
        return false;
    std::string tmpl = dst + ".tmp-XXXXXX";
    const int fd = mkstemp(tmpl.data());
    if (fd < 0)
        return false;
    const bool ok = writeAll(fd, content, {}) && ::fsync(fd) == 0 && ::fchmod(fd, 0644) == 0;
    ::close(fd);
    if (!ok || ::rename(tmpl.c_str(), dst.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmpl.c_str());
        errno = saved;
        return false;
    }
    return true;
}

// When this process started, as far as a save can tell: the models library is initialised before main. A fork
// inherits it (its saves are the parent's), which is what the crash tests rely on.
const std::chrono::system_clock::time_point kProcessStart = std::chrono::system_clock::now();

// True for the six characters mkstemp puts in place of "XXXXXX".
bool isMkstempSuffix(std::string_view s)
{
    return s.size() == 6
        && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

} // namespace

int removeStaleTemporaries(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    const std::string dir = dirOf(path);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.empty())
        return 0;
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return 0;
    const std::string prefixes[] = {name + ".tmp-", name + ".bak.tmp-"};
    std::vector<std::string> stale;
    while (const dirent *e = ::readdir(d)) {
        const std::string_view entry(e->d_name);
        const bool ours = std::any_of(std::begin(prefixes), std::end(prefixes), [&](const std::string &p) {
            return entry.size() == p.size() + 6 && entry.substr(0, p.size()) == p && isMkstempSuffix(entry.substr(p.size()));
        });
        if (!ours)
            continue;
        const std::string full = dir + "/" + std::string(entry);
        struct stat st {};
        if (::lstat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
            continue; // never a link or a folder that happens to have such a name
        const auto written = std::chrono::system_clock::time_point(std::chrono::duration_cast<std::chrono::system_clock::duration>(
            std::chrono::seconds(st.st_mtim.tv_sec) + std::chrono::nanoseconds(st.st_mtim.tv_nsec)));
        if (written < kProcessStart)
            stale.push_back(full);
    }
    ::closedir(d);
    int removed = 0;
    for (const auto &f : stale)
        removed += ::unlink(f.c_str()) == 0 ? 1 : 0;
    return removed;
}

std::string writeFileAtomically(const std::string &path, std::string_view content, bool keepBackup,
                                const AtomicWriteFaults &faults)
{
    const auto step = [&](AtomicWriteStep st) {
        if (faults.onStep)
            faults.onStep(st);
    };
    struct stat st {};
    if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return "cannot save to '" + path + "': it is a folder";
    const std::string dir = dirOf(path);
    // A save killed before its rename left its temporary (and maybe a .bak copy's) behind: tidy them up now.
    (void)removeStaleTemporaries(path);
    std::string tmpl = path + ".tmp-XXXXXX";
    const int fd = mkstemp(tmpl.data());
    if (fd < 0)
        return sysError("cannot create a temporary file in folder", dir);
    step(AtomicWriteStep::TempCreated);

    if (!writeAll(fd, content, faults)) {
        const std::string err = sysError("cannot write", tmpl);
        ::close(fd);
        ::unlink(tmpl.c_str());
        return err;
    }
    if (::fsync(fd) != 0) {
        const std::string err = sysError("cannot flush", tmpl);
        ::close(fd);
        ::unlink(tmpl.c_str());
        return err;
    }
    // Keep the permissions of the file being replaced.
    if (stat(path.c_str(), &st) == 0)
        ::fchmod(fd, st.st_mode & 07777);
    else
        ::fchmod(fd, 0644);
    ::close(fd);
    step(AtomicWriteStep::TempFlushed);

    if (keepBackup && ::access(path.c_str(), F_OK) == 0) {
        const std::string bak = path + ".bak";
        // A moment without a .bak is harmless: path still holds the previous content until the rename below.
        ::unlink(bak.c_str());
        step(AtomicWriteStep::BackupRemoved);
        if (::link(path.c_str(), bak.c_str()) != 0 && !copyFileAtomically(path, bak)) {
            const std::string err = sysError("cannot keep the previous version as", bak);
            ::unlink(tmpl.c_str());
            return err;
        }
        step(AtomicWriteStep::BackupKept);
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string err = sysError("cannot replace", path);
        ::unlink(tmpl.c_str());
        return err;
    }
    step(AtomicWriteStep::Renamed);
    // The rename (and the .bak link) reach the disk only with the folder: without this, a power cut right after
    // the save could bring back the old name. The save has happened by then, so a folder that cannot be flushed
    // (some file systems refuse fsync on folders) does not turn it into a failure.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    step(AtomicWriteStep::FolderFlushed);
    return {};
}

bool readWholeFile(const std::string &path, std::string &content, std::string &error)
{
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        error = sysError("cannot open", path);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = "cannot open '" + path + "': it is a folder";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = sysError("cannot open", path);
        return false;
    }
    // Read into a string of the file's size (a stringstream copied a 20 MB project twice while growing).
    content.assign(static_cast<std::size_t>(st.st_size), '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        error = sysError("cannot read", path);
        return false;
    }
    // A file that grew since stat (or a pipe that reports size 0): read the rest as well.
    std::ostringstream rest;
    if (in.peek() != std::char_traits<char>::eof()) {
        rest << in.rdbuf();
        content += rest.str();
    }
    return true;
}

} // namespace vb
