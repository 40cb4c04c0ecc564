// SPDX-License-Identifier: GPL-3.0-or-later
#include "venueedit.h"

#include "factbasis.h"
#include "text.h"

#include <iterator>
#include <memory>

namespace vb {

std::string venueIdFromName(const Project &p, std::string_view nameEn, std::string_view nameZh)
{
    return idFromName({nameEn, nameZh}, "venue", [&](const std::string &id) { return p.venue(id) != nullptr; });
}

VenueFields venueEditorFields(const Venue &v, Lang l)
{
    VenueFields out = venueToFields(v);
    const auto localise = [&](const std::string &column, const Fact &f) {
        for (auto &[key, value] : out)
            if (key == column + "_basis")
                value = f.basisFor(l == Lang::ZhTW).value_or("");
    };
    for (const auto &[id, f] : v.attributes)
        localise(id, f);
    for (const auto &[id, f] : v.costs)
        localise("cost_" + id, f);
    return out;
}

void applyTypedBases(Venue &v, const Venue *old, Lang l)
{
    const auto apply = [&](OrderedMap<Fact> &facts, const OrderedMap<Fact> *before) {
        for (auto &[id, f] : facts) {
            const std::optional<std::string> typed = f.basis;
            setTypedBasis(f, typed, before ? findIn(*before, id) : nullptr, l);
        }
    };
    apply(v.attributes, old ? &old->attributes : nullptr);
    apply(v.costs, old ? &old->costs : nullptr);
}

EditHistory::Edit addVenueEdit(Venue v, std::size_t index, std::string label)
{
    auto venue = std::make_shared<const Venue>(std::move(v));
    const auto at = static_cast<std::ptrdiff_t>(index);
    return {std::move(label), {},
            [venue, at](Project &p) { p.venues.insert(p.venues.begin() + at, *venue); },
            [at](Project &p) { p.venues.erase(p.venues.begin() + at); }};
}

EditHistory::Edit updateVenueEdit(const Project &p, std::size_t index, Venue v, std::string label)
{
    auto before = std::make_shared<const Venue>(p.venues.at(index));
    auto after = std::make_shared<const Venue>(std::move(v));
    return {std::move(label), {},
            [after, index](Project &q) { q.venues.at(index) = *after; },
            [before, index](Project &q) { q.venues.at(index) = *before; }};
}

EditHistory::Edit removeVenueEdit(const Project &p, std::size_t index, std::string label)
{
    auto venue = std::make_shared<const Venue>(p.venues.at(index));
    const auto at = static_cast<std::ptrdiff_t>(index);
    return {std::move(label), {},
            [at](Project &q) { q.venues.erase(q.venues.begin() + at); },
            [venue, at](Project &q) { q.venues.insert(q.venues.begin() + at, *venue); }};
}

EditHistory::Edit importVenuesEdit(const Project &p, std::vector<Venue> venues, std::string label)
{
    auto added = std::make_shared<const std::vector<Venue>>(std::move(venues));
    const auto at = static_cast<std::ptrdiff_t>(p.venues.size());
    return {std::move(label), {},
            [added, at](Project &q) { q.venues.insert(q.venues.begin() + at, added->begin(), added->end()); },
            [added, at](Project &q) {
                q.venues.erase(q.venues.begin() + at, q.venues.begin() + at + static_cast<std::ptrdiff_t>(added->size()));
            }};
}

} // namespace vb
