// SPDX-License-Identifier: GPL-3.0-or-later
// Revenue levers (P1.2.4): what raises the client's surplus most, each effect computed, then ranked.
#include "budgetcalc.h"

#include <algorithm>

namespace vb {

std::vector<Lever> revenueLevers(const Project &p, const Budget &b, EventFormat f, Lang l)
{
    const bool zh = l == Lang::ZhTW;
    const int likelyPercent = b.scenarioPercent[1];
    const auto base = computeFormat(p, b, f, likelyPercent);
    std::vector<Lever> out;
    for (std::size_t i = 0; i < b.revenue.size(); ++i) {
        const auto &it = b.revenue[i];
        if (!appliesTo(it.formats, f))
            continue;
        const std::int64_t rate = rateMicro(p, it.currency).value_or(0);
        const std::int64_t count = base.revenueCounts[i];
        const std::string &name = it.name.get(l);
        switch (it.type) {
        case RevenueType::Registration: {
            if (count == 0)
                break;
            // Fee +10 % for the same number of registrations.
            const Money after = roundDiv(static_cast<Wide>(it.amount) * count * rate * 110, static_cast<Wide>(1'000'000) * 100);
            out.push_back({"fee:" + it.id,
                           zh ? "「" + name + "」報名費調高 10%（" + std::to_string(count) + " 人）"
                              : "Raise the " + name + " fee by 10 % (" + std::to_string(count) + " registrations)",
                           after - base.revenueAmounts[i]});
            break;
        }
        case RevenueType::Sponsorship:
            out.push_back({"sponsor:" + it.id, zh ? "多賣一個「" + name + "」贊助方案" : "Sell one more " + name + " package",
                           roundDiv(static_cast<Wide>(it.amount) * rate, 1'000'000)});
            break;
        case RevenueType::Exhibition: {
            const std::int64_t extra = std::max<std::int64_t>(1, roundDiv(static_cast<Wide>(it.quantity) * 10, 100));
            const std::string unit = it.unit == "m2" ? (zh ? " m²" : " m²") : (zh ? " 個攤位" : " booths");
            out.push_back({"booths:" + it.id, zh ? "「" + name + "」多賣 " + std::to_string(extra) + unit : "Sell " + std::to_string(extra) + unit + " more of " + name,
                           roundDiv(static_cast<Wide>(it.amount) * extra * rate, 1'000'000)});
            break;
        }
        case RevenueType::Subsidy:
        case RevenueType::Other:
            break;
        }
    }
    // Ten per cent more attendees: more registrations, but also more per-head costs.
    const auto more = computeFormat(p, b, f, likelyPercent + likelyPercent / 10);
    out.push_back({"attendance", zh ? "出席人數增加 10%（報名收入增加，人頭成本也增加）" : "10 % more attendees (more registrations, more per-head costs)",
                   more.surplus() - base.surplus()});
    std::stable_sort(out.begin(), out.end(), [](const Lever &a, const Lever &c) { return a.effect > c.effect; });
    return out;
}

} // namespace vb
