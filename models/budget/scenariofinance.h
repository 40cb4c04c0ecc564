// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Each format's expected financial result over the risk scenarios (P1.1.3): the budget's surplus
// (revenue − cost, 含稅) recomputed at each scenario's attendance, weighted by the scenario probabilities like the
// expected attendance (docs/analysis.md). Fixed costs stay: a venue that closes is still paid; only what scales
// with attendance (catering, registration fees, room-nights, per-attendee platform seats) follows.

#include "analysis.h"
#include "budget.h"

#include <array>
#include <vector>

namespace vb {

struct FormatFinance {
    EventFormat format = EventFormat::Onsite;
    Money baseline = 0;              ///< surplus when no scenario happens (the likely budget)
    std::vector<Money> perScenario;  ///< surplus in each scenario (same order as AnalysisData::scenarios)
    double expected = 0.0;           ///< Σ pₛ·surplusₛ + (1 − Σ pₛ)·baseline
    int worstScenario = -1;          ///< index of the scenario with the lowest surplus (−1: none)
    [[nodiscard]] Money worst() const { return worstScenario < 0 ? baseline : perScenario[static_cast<std::size_t>(worstScenario)]; }
};

/** The expected surplus of each format (index = int(EventFormat)) over the project's scenarios. */
[[nodiscard]] std::array<FormatFinance, 3> expectedFinance(const Project &p, const Budget &b, const AnalysisData &a);

} // namespace vb
