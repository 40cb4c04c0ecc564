// SPDX-License-Identifier: GPL-3.0-or-later
// Image headers (imageinfo.h).
#include "imageinfo.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace vb {

namespace {

unsigned byteAt(const std::string &b, std::size_t i)
{
    return static_cast<unsigned char>(b[i]);
}

unsigned be16(const std::string &b, std::size_t i)
{
    return byteAt(b, i) << 8 | byteAt(b, i + 1);
}

unsigned long be32(const std::string &b, std::size_t i)
{
    return static_cast<unsigned long>(be16(b, i)) << 16 | be16(b, i + 2);
}

ImageInfo sized(bool png, unsigned long w, unsigned long h)
{
    ImageInfo info;
    info.png = png;
    // 0 is no size; above 65,535 no logo is meant (and a JPEG cannot be).
    if (w == 0 || h == 0 || w > 65535 || h > 65535) {
        info.status = ImageInfo::Status::BadSize;
        return info;
    }
    info.status = ImageInfo::Status::Ok;
    info.width = static_cast<int>(w);
    info.height = static_cast<int>(h);
    return info;
}

} // namespace

ImageInfo imageInfoOf(const std::string &b)
{
    static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (b.size() >= 8 && std::equal(kPng, kPng + 8, b.begin(), [](unsigned char x, char y) { return x == static_cast<unsigned char>(y); })) {
        // The first chunk is IHDR: length (4), "IHDR", width (4), height (4).
        if (b.size() < 24 || b.compare(12, 4, "IHDR") != 0)
            return sized(true, 0, 0);
        return sized(true, be32(b, 16), be32(b, 20));
    }
    if (b.size() >= 3 && byteAt(b, 0) == 0xFF && byteAt(b, 1) == 0xD8 && byteAt(b, 2) == 0xFF) {
        std::size_t i = 2;
        while (i + 1 < b.size()) {
            if (byteAt(b, i) != 0xFF)
                break; // not at a marker: the file is damaged
            const unsigned m = byteAt(b, i + 1);
            if (m == 0xFF) { // fill byte
                ++i;
                continue;
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) { // markers without a length
                i += 2;
                continue;
            }
            if (i + 3 >= b.size())
                break;
            const unsigned len = be16(b, i + 2);
            // SOF0 … SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
            if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
                if (i + 8 >= b.size())
                    break;
                return sized(false, be16(b, i + 7), be16(b, i + 5));
            }
            if (len < 2)
                break;
            i += 2 + len;
        }
        return sized(false, 0, 0);
    }
    ImageInfo info;
    info.status = ImageInfo::Status::NotPngJpeg;
    return info;
}

ImageInfo readImageInfo(const std::string &path)
{
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
        ImageInfo info;
        info.status = ImageInfo::Status::NotFound;
        return info;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ImageInfo info;
        info.status = ImageInfo::Status::Unreadable;
        return info;
    }
    // A JPEG's frame size may come after large metadata segments: read up to 16 MB, enough for any logo.
    const auto size = std::filesystem::file_size(path, ec);
    std::string bytes;
    bytes.resize(ec ? 0 : static_cast<std::size_t>(std::min<std::uintmax_t>(size, 16u << 20)));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return imageInfoOf(bytes);
}

} // namespace vb
