// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include <algorithm>

namespace vb {

const SectionData *SectionTable::find(std::string_view key) const
{
    for (const auto &[k, d] : m_items)
        if (k == key)
            return d.get();
    return nullptr;
}

std::shared_ptr<const SectionData> SectionTable::share(std::string_view key) const
{
    for (const auto &[k, d] : m_items)
        if (k == key)
            return d;
    return nullptr;
}

void SectionTable::put(std::string key, std::shared_ptr<const SectionData> data)
{
    if (!data) {
        erase(key);
        return;
    }
    for (auto &[k, d] : m_items)
        if (k == key) {
            d = std::move(data);
            return;
        }
    m_items.emplace_back(std::move(key), std::move(data));
}

void SectionTable::erase(std::string_view key)
{
    std::erase_if(m_items, [&](const auto &kv) { return kv.first == key; });
}

bool SectionTable::operator==(const SectionTable &other) const
{
    if (m_items.size() != other.m_items.size())
        return false;
    return std::all_of(m_items.begin(), m_items.end(), [&](const auto &kv) {
        const SectionData *o = other.find(kv.first);
        return o && (o == kv.second.get() || kv.second->equals(*o));
    });
}

} // namespace vb
