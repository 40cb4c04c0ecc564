// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include "messages.h"
#include "numbers.h"

#include <utility>

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

std::string quantityText(double value, std::string_view unit, Lang lang)
{
    const std::string v = formatGrouped(value);
    // The scales read as a score out of their top: "index 1-10", "1–10" → out of 10; "1-5" → out of 5.
    static constexpr std::pair<std::string_view, std::string_view> kScales[] = {
        {"index 1-10", "10"}, {"index 1–10", "10"}, {"1-10", "10"}, {"1–10", "10"}, {"1-5", "5"}, {"1–5", "5"}};
    for (const auto &[code, top] : kScales)
        if (unit == code)
            return tr(lang, "unit.out_of", {v, std::string(top)});
    if (unit.empty())
        return v;
    return v + " " + unitText(unit, lang);
}

std::span<const std::string_view> knownUnits()
{
    static constexpr std::string_view kUnits[] = {"seats", "rooms", "people", "booths", "min", "m²", "%", "TWD", "thousand TWD",
                                                  "USD per room-night", "USD per delegate", "kg CO2e", "index 1–10", "1–10", "1–5"};
    return kUnits;
}

} // namespace vb
