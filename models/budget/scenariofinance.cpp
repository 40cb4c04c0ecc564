// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofinance.h"

#include "budgetcalc.h"

#include <cmath>

namespace vb {

std::array<FormatFinance, 3> expectedFinance(const Project &p, const Budget &b, const AnalysisData &a)
{
    std::array<FormatFinance, 3> out;
    double psum = 0.0;
    for (const auto &s : a.scenarios)
        psum += s.probability;
    for (auto f : kAllFormats) {
        auto &ff = out[static_cast<std::size_t>(f)];
        ff.format = f;
        ff.baseline = computeFormat(p, b, f).surplus();
        double expected = (1.0 - psum) * static_cast<double>(ff.baseline);
        for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
            const auto o = outcome(p, f, &a.scenarios[i]);
            const auto d = driversForAttendance(p, std::llround(o.onsite), std::llround(o.online));
            const Money surplus = computeFormatWith(p, b, f, d).surplus();
            ff.perScenario.push_back(surplus);
            expected += a.scenarios[i].probability * static_cast<double>(surplus);
            if (ff.worstScenario < 0 || surplus < ff.perScenario[static_cast<std::size_t>(ff.worstScenario)])
                ff.worstScenario = static_cast<int>(i);
        }
        ff.expected = expected;
    }
    return out;
}

} // namespace vb
