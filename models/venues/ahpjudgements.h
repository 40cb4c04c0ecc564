// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project's AHP judgements: the pairwise matrices of each evaluator on the AHP page, kept in the
// project file (section "ahp", docs/project-format.md §12.5) so a reopened project shows the same judgements, CR
// and weights, and venuebid-cli ahp PROJECT reproduces them.

#include "ahp.h"
#include "jsonreader.h"
#include "project.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace vb {

struct AhpJudgements {
    static constexpr std::string_view kSectionKey = "ahp";
    std::vector<std::string> criteria; ///< criterion ids, the order of the matrices' rows
    mcda::PriorityMethod method = mcda::PriorityMethod::Eigenvector;
    bool group = false;                ///< the editor combines the evaluators (element-wise geometric mean)
    struct Evaluator {
        std::string name;
        Eigen::MatrixXd pairwise;      ///< reciprocal, positive, 1 on the diagonal, entries within 1/9–9
    };
    std::vector<Evaluator> evaluators;

    /** The judgements reordered to the project's criteria order; nullopt when the criteria are not the same set. */
    [[nodiscard]] std::optional<AhpJudgements> alignedTo(const Project &p) const;
    /** As an AHP problem for mcda::solveAhp (criteria ids as names; one matrix, or all evaluators when group). */
    [[nodiscard]] mcda::AhpProblem problem() const;
    [[nodiscard]] bool operator==(const AhpJudgements &other) const;
};

[[nodiscard]] bool hasAhpJudgements(const Project &p);
[[nodiscard]] AhpJudgements ahpJudgementsOf(const Project &p);
void setAhpJudgements(Project &p, const AhpJudgements &j);

void readAhpSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeAhpSection(const Project &p);
/** The "ahp" section as JSON. */
[[nodiscard]] json::value ahpJson(const AhpJudgements &j);
void validateAhpSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);

} // namespace vb
