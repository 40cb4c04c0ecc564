// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuefacts.h"

namespace vb {

std::optional<double> recordedValue(const Project &p, const Venue &v, const Criterion &c)
{
    if (c.valueFrom == ValueFrom::Costs) {
        const Fact *f = v.cost(c.id);
        if (!f || !f->value)
            return std::nullopt;
        const auto rate = p.rateToBase(f->currency.empty() ? p.meta.currency : f->currency);
        if (!rate)
            return std::nullopt;
        return *f->value * *rate;
    }
    const Fact *f = v.attribute(c.id);
    if (!f || !f->value)
        return std::nullopt;
    return f->value;
}

std::optional<double> venueCostTotal(const Project &p, const Venue &v)
{
    if (v.costs.empty())
        return std::nullopt;
    double total = 0;
    for (const auto &[id, f] : v.costs) {
        if (!f.value)
            return std::nullopt;
        const auto rate = p.rateToBase(f.currency.empty() ? p.meta.currency : f.currency);
        if (!rate)
            return std::nullopt;
        total += *f.value * *rate;
    }
    return total;
}

} // namespace vb
