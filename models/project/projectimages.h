// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project's images (meta.images) as the documents use them.

#include "diagnostic.h"
#include "imageinfo.h"
#include "project.h"

#include <vector>

namespace vb {

/** One error per image that is missing, unreadable, not a PNG or JPEG by its first bytes, or without a size, at
 *  /meta/images/N/path, naming the file as the project gives it and where it was looked for. */
[[nodiscard]] std::vector<Diagnostic> checkProjectImages(const Project &p, Lang lang);

/** An image of the project that can be shown, with its size in pixels. */
struct ShownImage {
    const ProjectImage *image = nullptr;
    ImageInfo info;
};
/** The images of that role ("logo" or "cover") that pass checkProjectImages, in the file's order. */
[[nodiscard]] std::vector<ShownImage> projectImages(const Project &p, std::string_view role);

} // namespace vb
