// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ahp.h"
#include "mcda.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** Readers for the decision-matrix and AHP interop files (format: docs/engine.md). */
namespace vb::mcda {

/** What a decision-matrix file is read for: scoring needs `method` and every `weight`; the others do not. */
enum class ReadPurpose { Score, Weights, Smaa };

template<typename T>
struct ReadResult {
    std::optional<T> value;
    std::string error;                 ///< "line 3, column 17: ..." or "matrix[1][2]: expected a number"
    std::vector<std::string> warnings; ///< e.g. unknown keys (ignored)
    [[nodiscard]] bool ok() const { return value.has_value(); }
};

/** Limits checked while reading, before any work. */
inline constexpr std::size_t kMaxAlternatives = 1'000'000;
inline constexpr std::size_t kMaxCriteria = 1'000;
inline constexpr std::size_t kMaxCells = 50'000'000;
inline constexpr double kMaxMagnitude = 1e100; ///< larger raw values could overflow sums and squares

[[nodiscard]] ReadResult<DecisionProblem> readDecisionProblem(std::string_view text, ReadPurpose purpose = ReadPurpose::Score);
[[nodiscard]] ReadResult<AhpProblem> readAhpProblem(std::string_view text);



} // namespace vb::mcda
