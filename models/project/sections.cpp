// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "jsontext.h"

namespace vb {

const std::string *rawSection(const Project &p, std::string_view key)
{
    for (const auto &[k, raw] : p.extraSections)
        if (k == key)
            return &raw;
    return nullptr;
}

json::value writtenVerbatim(const Project &)
{
    return nullptr;
}

void storeSection(Project &p, const std::string &key, const json::value &v)
{
    for (auto &[k, raw] : p.extraSections)
        if (k == key) {
            raw = toPrettyJson(v);
            return;
        }
    p.extraSections.emplace_back(key, toPrettyJson(v));
}

} // namespace vb
