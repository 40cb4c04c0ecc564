// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

namespace vb {

namespace {
// Each later part registers its section here (its codec lives next to its domain code).
constexpr SectionCodec kSections[] = {
    {nullptr, nullptr, nullptr, nullptr}, // sentinel keeps the array non-empty; skipped below
};
} // namespace

std::span<const SectionCodec> projectSections()
{
    return std::span<const SectionCodec>(kSections, std::size(kSections) - 1);
}

} // namespace vb
