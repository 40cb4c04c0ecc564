// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "mcda.h"
#include "project.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vb {

/** Options across formats (T1.1 P1.1.1): every candidate venue held on site and hybrid, plus online, ranked together;
 *  the recommended format and the criteria that decide it. Conventions: docs/analysis.md. */

struct Option {
    EventFormat format = EventFormat::Onsite;
    std::optional<std::size_t> venue; ///< index into Project::venues; none for online
    [[nodiscard]] std::string id(const Project &p) const; ///< "ticc/onsite", "ticc/hybrid", "online"
    [[nodiscard]] std::string label(const Project &p, Lang l) const; ///< "TICC (hybrid)"
};

/** The value a criterion takes for an option; nullopt when unknown. */
[[nodiscard]] std::optional<double> optionValue(const Project &p, const AnalysisData &a, const ScenarioAnalysis &sa,
                                                const Option &o, const Criterion &c);

struct RankedOption {
    std::size_t option = 0; ///< index into OptionsAnalysis::options
    double score = 0.0;
    int rank = 0;
    std::vector<double> raw;            ///< per criterion, after imputation
    std::vector<double> contributions;  ///< wⱼ rᵢⱼ with max_linear normalisation (used to explain margins)
    std::vector<std::string> imputed;   ///< criteria whose unknown value was replaced by the worst known
};

struct Recommendation {
    EventFormat format = EventFormat::Onsite;
    std::size_t winner = 0;                    ///< index into ranked
    std::optional<std::size_t> runnerUp;       ///< best-ranked option of another format (index into ranked)
    std::vector<std::pair<std::size_t, double>> deciding; ///< criterion index and its share of the margin, largest first
    std::string sentence[2];                   ///< index static_cast<int>(Lang): zh-TW, en
    [[nodiscard]] const std::string &text(Lang l) const { return sentence[static_cast<int>(l)]; }
};

struct OptionsAnalysis {
    mcda::Method method = mcda::Method::WSM;
    std::vector<Option> options;
    std::vector<double> weights; ///< normalised
    std::vector<RankedOption> ranked; ///< best first
    std::optional<Recommendation> recommendation;
    ScenarioAnalysis scenarios; ///< with the recommended format as the planned one
};


/** Options = every candidate venue passing the must-haves, on site and hybrid, plus online; ranked with method. */
[[nodiscard]] OptionsAnalysis analyseOptions(const Project &p, mcda::Method method = mcda::Method::WSM);

} // namespace vb
