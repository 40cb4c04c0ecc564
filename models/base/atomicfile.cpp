// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

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

// Copies src to dst (used for the .bak when hard links are not possible).
bool copyFile(const std::string &src, const std::string &dst)
{
    std::ifstream in(src, std::ios::binary);
    std::ofstream out(dst, std::ios::binary | std::ios::trunc);
    if (!in || !out)
        return false;
    out << in.rdbuf();
    return static_cast<bool>(out);
}

} // namespace

std::string writeFileAtomically(const std::string &path, std::string_view content, bool keepBackup,
                                const AtomicWriteFaults &faults)
{
    struct stat st {};
    if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return "cannot save to '" + path + "': it is a folder";
    const std::string dir = dirOf(path);
    std::string tmpl = path + ".tmp-XXXXXX";
    const int fd = mkstemp(tmpl.data());
    if (fd < 0)
        return sysError("cannot create a temporary file in folder", dir);

    std::size_t written = 0;
    while (written < content.size()) {
        std::size_t chunk = content.size() - written;
        if (written + chunk > faults.failAfterBytes)
            chunk = faults.failAfterBytes > written ? faults.failAfterBytes - written : 0;
        ssize_t n = -1;
        if (chunk == 0) {
            errno = ENOSPC;
        } else {
            n = ::write(fd, content.data() + written, chunk);
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string err = sysError("cannot write", tmpl);
            ::close(fd);
            ::unlink(tmpl.c_str());
            return err;
        }
        written += static_cast<std::size_t>(n);
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

    if (keepBackup && ::access(path.c_str(), F_OK) == 0) {
        const std::string bak = path + ".bak";
        ::unlink(bak.c_str());
        if (::link(path.c_str(), bak.c_str()) != 0 && !copyFile(path, bak)) {
            const std::string err = sysError("cannot keep the previous version as", bak);
            ::unlink(tmpl.c_str());
            return err;
        }
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string err = sysError("cannot replace", path);
        ::unlink(tmpl.c_str());
        return err;
    }
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
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
