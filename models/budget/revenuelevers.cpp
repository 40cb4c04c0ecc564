// SPDX-License-Identifier: GPL-3.0-or-later
// Revenue levers (P1.2.4): what raises the client's surplus most, each effect computed, then ranked.
#include "budgetcalc.h"
#include "messages.h"

#include <algorithm>

namespace vb {

std::vector<Lever> revenueLevers(const Project &p, const Budget &b, EventFormat f, Lang l)
{
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
                           tr(l, "levers.raise_fee", {name, std::to_string(count)}),
                           after - base.revenueAmounts[i]});
            break;
        }
        case RevenueType::Sponsorship:
            out.push_back({"sponsor:" + it.id, tr(l, "levers.sponsor_more", {name}),
                           roundDiv(static_cast<Wide>(it.amount) * rate, 1'000'000)});
            break;
        case RevenueType::Exhibition: {
            const std::int64_t extra = std::max<std::int64_t>(1, roundDiv(static_cast<Wide>(it.quantity) * 10, 100));
            const auto what = tr(l, it.unit == "m2" ? MsgId("levers.more_m2") : MsgId("levers.more_booths"), {name, std::to_string(extra)});
            out.push_back({"booths:" + it.id, what,
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
    out.push_back({"attendance", tr(l, "levers.10_more_attendees_more_registrations"),
                   more.surplus() - base.surplus()});
    std::stable_sort(out.begin(), out.end(), [](const Lever &a, const Lever &c) { return a.effect > c.effect; });
    return out;
}

} // namespace vb
