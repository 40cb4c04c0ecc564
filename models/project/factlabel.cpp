// SPDX-License-Identifier: GPL-3.0-or-later
#include "factlabel.h"

#include <array>

namespace vb {

namespace {
struct Label {
    const char *id;
    const char *zh;
    const char *en;
};
constexpr std::array<Label, 8> kLabels{{
    {"plenary_seats", "主會場座位數", "Plenary seats"},
    {"meeting_rooms", "會議室數", "Meeting rooms"},
    {"exhibition_m2", "展覽面積 (m²)", "Exhibition (m²)"},
    {"exhibition_booths", "標準攤位數", "Standard booths"},
    {"hotel_rooms_nearby", "鄰近飯店客房", "Hotel rooms nearby"},
    {"airport_minutes", "機場交通 (分鐘)", "Airport (minutes)"},
    {"venue_rental", "場地租金", "Venue rental"},
    {"banquet_seats", "宴會座位", "Banquet seats"},
}};
} // namespace

std::string factLabel(const Project &p, std::string_view id, Lang lang)
{
    if (const auto *c = p.criterion(id))
        return c->name.get(lang);
    for (const auto &l : kLabels)
        if (id == l.id)
            return lang == Lang::ZhTW ? l.zh : l.en;
    return std::string(id);
}

} // namespace vb
