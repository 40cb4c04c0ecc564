// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "ahpsection.h"
#include "analysis.h"
#include "json_text.h"
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

const std::string *rawSection(const Project &p, std::string_view key)
{
    for (const auto &[k, raw] : p.extraSections)
        if (k == key)
            return &raw;
    return nullptr;
}

json::value writtenVerbatim(const Project &)
{
    return nullptr;
}

void storeSection(Project &p, const std::string &key, const json::value &v)
{
    for (auto &[k, raw] : p.extraSections)
        if (k == key) {
            raw = toPrettyJson(v);
            return;
        }
    p.extraSections.emplace_back(key, toPrettyJson(v));
}

std::span<const SectionCodec> projectSections()
{
    return std::span<const SectionCodec>(kSections, std::size(kSections) - 1);
}

} // namespace vb
