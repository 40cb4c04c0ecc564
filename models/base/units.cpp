// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include "messages.h"

namespace vb {

std::string unitText(std::string_view unit, Lang lang)
{
    // The codes the sample projects and the templates use; "1-10" with a hyphen as people type it, "1–10" with the
    // en dash as the templates write it.
    struct Known {
        std::string_view code;
        MsgId id;
    };
    static constexpr Known kKnown[] = {
        {"seats", "unit.seats"},
        {"rooms", "unit.rooms"},
        {"people", "unit.people"},
        {"min", "unit.min"},
        {"index 1-10", "unit.index_1_10"},
        {"index 1–10", "unit.index_1_10"},
        {"1-10", "unit.scale_1_10"},
        {"1–10", "unit.scale_1_10"},
        {"1-5", "unit.scale_1_5"},
        {"1–5", "unit.scale_1_5"},
        {"thousand TWD", "unit.thousand_twd"},
        {"USD per room-night", "unit.usd_per_room_night"},
        {"USD per delegate", "unit.usd_per_delegate"},
        {"booth", "unit.booths"},
        {"booths", "unit.booths"},
    };
    for (const auto &k : kKnown)
        if (unit == k.code)
            return tr(lang, k.id);
    return std::string(unit);
}

std::span<const std::string_view> knownUnits()
{
    static constexpr std::string_view kUnits[] = {"seats", "rooms", "people", "booths", "min", "m²", "%", "TWD", "thousand TWD",
                                                  "USD per room-night", "USD per delegate", "kg CO2e", "index 1–10", "1–10", "1–5"};
    return kUnits;
}

} // namespace vb
