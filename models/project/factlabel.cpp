// SPDX-License-Identifier: GPL-3.0-or-later
#include "factlabel.h"

#include "messages.h"

#include <array>

namespace vb {

namespace {
struct Label {
    const char *id;
    MsgId name;
};
constexpr std::array<Label, 8> kLabels{{
    {"plenary_seats", "fact.plenary_seats"},
    {"meeting_rooms", "fact.meeting_rooms"},
    {"exhibition_m2", "fact.exhibition_m2"},
    {"exhibition_booths", "fact.exhibition_booths"},
    {"hotel_rooms_nearby", "fact.hotel_rooms_nearby"},
    {"airport_minutes", "fact.airport_minutes"},
    {"venue_rental", "fact.venue_rental"},
    {"banquet_seats", "fact.banquet_seats"},
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

} // namespace vb
