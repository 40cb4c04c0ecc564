// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectformat.h"

#include "ahpjudgements.h"
#include "analysis.h"
#include "bidbook.h"
#include "budgetio.h"
#include "destinations.h"
#include "quotereview.h"
#include "tender.h"

namespace vb {

namespace {
// Each later part registers its section here (its codec lives next to its domain code).
constexpr SectionCodec kSections[] = {
    {"budget", readBudgetSection, writeBudgetSection, validateBudgetSection},   // models/budget_io.cpp
    {"revenue", readRevenueSection, writeBudgetSection, nullptr},               // models/budget_io.cpp
    {"formats", readFormatsSection, writeAnalysisSection, validateAnalysisSections}, // models/analysis_io.cpp
    {"scenarios", readScenariosSection, writeAnalysisSection, nullptr},               // models/analysis_io.cpp
    {"sustainability", readSustainabilitySection, writeAnalysisSection, nullptr},     // models/analysis_io.cpp
    {"inspections", readInspectionsSection, writeAnalysisSection, nullptr},           // models/analysis_io.cpp
    {"ahp", readAhpSection, writtenVerbatim, validateAhpSection},                     // models/ahpsection.cpp
    {"tender", tender::readTenderSection, writtenVerbatim, tender::validateTenderSection}, // models/tender_io.cpp
    {"destinations", destinations::readDestinationsSection, writtenVerbatim,
     destinations::validateDestinationsSection}, // models/destinations.cpp
    {"bid_book", bid::readBidBookSection, writtenVerbatim, bid::validateBidBookSection}, // models/bidbook.cpp
    {"received_quotes", quotes::readReviewSection, writtenVerbatim, quotes::validateReviewSection}, // models/quotereview.cpp
    {nullptr, nullptr, nullptr, nullptr}, // sentinel keeps the array non-empty; skipped below
};
} // namespace

SectionCodecs projectSections()
{
    return SectionCodecs(kSections, std::size(kSections) - 1);
}

LoadResult readProject(std::string_view text, std::string fileName)
{
    return readProject(text, std::move(fileName), projectSections());
}

LoadResult loadProjectFile(const std::string &path)
{
    return loadProjectFile(path, projectSections());
}

std::string writeProject(const Project &p)
{
    return writeProject(p, projectSections());
}

SaveResult saveProjectFile(const Project &p, const std::string &path)
{
    return saveProjectFile(p, path, projectSections());
}

std::vector<Diagnostic> validateProject(const Project &p)
{
    return validateProject(p, projectSections());
}

} // namespace vb
