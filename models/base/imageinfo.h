// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a document needs to know of an image file before it shows it: that it is there, that it is a PNG or a JPEG
// (by its first bytes, not by its name), and its size in pixels.

#include <string>

namespace vb {

struct ImageInfo {
    enum class Status { Ok, NotFound, Unreadable, NotPngJpeg, BadSize };
    Status status = Status::NotFound;
    bool png = false; ///< PNG (true) or JPEG (false), when status is Ok
    int width = 0;    ///< pixels
    int height = 0;
    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

/** Reads the header of the file at path: PNG (signature 89 50 4E 47 0D 0A 1A 0A, then IHDR's width and height) or
 *  JPEG (FF D8 FF, then the first SOFn marker's height and width). Any other content is NotPngJpeg. */
[[nodiscard]] ImageInfo readImageInfo(const std::string &path);
/** The same from the file's bytes. */
[[nodiscard]] ImageInfo imageInfoOf(const std::string &bytes);

} // namespace vb
