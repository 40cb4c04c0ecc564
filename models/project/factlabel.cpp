// SPDX-License-Identifier: GPL-3.0-or-later
#include "factlabel.h"

#include "messages.h"

#include <array>

namespace vb {

namespace {
struct Label {
    const char *id;
    MsgId name;
    const char *unit; ///< a code of units.h (unitText), "" for an amount (its currency says it)
};
constexpr std::array<Label, 8> kLabels{{
    {"plenary_seats", "fact.plenary_seats", "seats"},
    {"meeting_rooms", "fact.meeting_rooms", "rooms"},
    {"exhibition_m2", "fact.exhibition_m2", "m²"},
    {"exhibition_booths", "fact.exhibition_booths", "booths"},
    {"hotel_rooms_nearby", "fact.hotel_rooms_nearby", "rooms"},
    {"airport_minutes", "fact.airport_minutes", "min"},
    {"venue_rental", "fact.venue_rental", ""},
    {"banquet_seats", "fact.banquet_seats", "seats"},
}};
} // namespace

std::string factLabel(const Project &p, std::string_view id, Lang lang)
{
    if (const auto *c = p.criterion(id))
        return c->name.get(lang);
    for (const auto &l : kLabels)
        if (id == l.id)
            return tr(lang, l.name);
    return std::string(id);
}

std::string factUnit(const Project &p, std::string_view id)
{
    if (const auto *c = p.criterion(id))
        return c->unit;
    for (const auto &l : kLabels)
        if (id == l.id)
            return l.unit;
    return {};
}

} // namespace vb
