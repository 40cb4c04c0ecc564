// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the three file readers: decision matrix, AHP and the project file (docs/FUZZING.md).
// Boost.JSON is compiled header-only into the target (fuzz/boost_json.cpp) so its parser is instrumented too.
#include "mcda.h"
#include "matrixfile.h"
#include "projectformat.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    using namespace vb::mcda;
    for (auto purpose : {ReadPurpose::Score, ReadPurpose::Weights}) {
        const auto r = readDecisionProblem(text, purpose);
        if (r.ok() && r.value->X.size() <= 4096) {
            // Whatever the reader accepts must score without NaN.
            const auto s = score(*r.value);
            if (purpose == ReadPurpose::Score && !s.scores.allFinite())
                __builtin_trap();
        }
    }
    const auto a = readAhpProblem(text);
    if (a.ok()) {
        const auto r = solveAhp(*a.value);
        if (!r.criteria.weights.allFinite())
            __builtin_trap();
    }
    (void)vb::readProject(text, "fuzz.json");
    return 0;
}
