// SPDX-License-Identifier: GPL-3.0-or-later
// The project's images (projectimages.h).
#include "projectimages.h"

#include "messages.h"

namespace vb {

std::vector<Diagnostic> checkProjectImages(const Project &p, Lang lang)
{
    std::vector<Diagnostic> out;
    for (std::size_t i = 0; i < p.meta.images.size(); ++i) {
        const auto &img = p.meta.images[i];
        if (img.path.empty())
            continue; // the reader has said so
        const std::string at = "/meta/images/" + std::to_string(i) + "/path";
        const std::string where = img.resolved.empty() ? img.path : img.resolved;
        switch (readImageInfo(where).status) {
        case ImageInfo::Status::Ok: break;
        case ImageInfo::Status::NotFound: out.push_back({Diagnostic::Severity::Error, at, tr(lang, "image.not_found", {img.path, where})}); break;
        case ImageInfo::Status::Unreadable: out.push_back({Diagnostic::Severity::Error, at, tr(lang, "image.unreadable", {img.path, where})}); break;
        case ImageInfo::Status::NotPngJpeg: out.push_back({Diagnostic::Severity::Error, at, tr(lang, "image.not_png_jpeg", {img.path, where})}); break;
        case ImageInfo::Status::BadSize: out.push_back({Diagnostic::Severity::Error, at, tr(lang, "image.bad_size", {img.path, where})}); break;
        }
    }
    return out;
}

std::vector<ShownImage> projectImages(const Project &p, std::string_view role)
{
    std::vector<ShownImage> out;
    for (const auto &img : p.meta.images) {
        if (img.role != role || img.path.empty())
            continue;
        const auto info = readImageInfo(img.resolved.empty() ? img.path : img.resolved);
        if (info.ok())
            out.push_back({&img, info});
    }
    return out;
}

} // namespace vb
