// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectformat.h"

#include "ahpjudgements.h"
#include "analysis.h"
#include "bidbook.h"
#include "budgetio.h"
#include "client.h"
#include "deal.h"
#include "destinations.h"
#include "quotereview.h"
#include "tender.h"

namespace vb {

namespace {
// Every section of the feature layers, in the order a file writes them (its codec lives next to its domain code).
// A new section is one line here.
constexpr SectionCodec kSections[] = {
    {"budget", readBudgetSection, writeBudgetSection, validateBudgetSection, nullptr},                                    // budget/budgetio.cpp
    {"revenue", readRevenueSection, writeRevenueSection, nullptr, nullptr},                                               // budget/budgetio.cpp
    {"formats", readFormatsSection, writeFormatsSection, validateAnalysisSections, unsourcedFormats},                     // analysis/analysisio.cpp
    {"scenarios", readScenariosSection, writeScenariosSection, nullptr, nullptr},                                         // analysis/analysisio.cpp
    {"sustainability", readSustainabilitySection, writeSustainabilitySection, nullptr, unsourcedSustainability},          // analysis/analysisio.cpp
    {"inspections", readInspectionsSection, writeInspectionsSection, nullptr, nullptr},                                   // analysis/analysisio.cpp
    {"ahp", readAhpSection, writeAhpSection, validateAhpSection, nullptr},                                                // venues/ahpjudgements.cpp
    {"tender", tender::readTenderSection, tender::writeTenderSection, tender::validateTenderSection, nullptr},            // bid/tenderio.cpp
    {"destinations", destinations::readDestinationsSection, destinations::writeDestinationsSection,
     destinations::validateDestinationsSection, destinations::unsourcedDestinations},                                     // bid/destinations.cpp
    {"bid_book", bid::readBidBookSection, bid::writeBidBookSection, bid::validateBidBookSection, nullptr},                // bid/bidbook.cpp
    {"received_quotes", quotes::readReviewSection, quotes::writeReviewSection, quotes::validateReviewSection, nullptr},   // bid/quotereview.cpp
    {"client", readClientSection, writeClientSection, validateClientSection, unsourcedClient},                            // client/clientio.cpp
    {"negotiation", deal::readNegotiationSection, deal::writeNegotiationSection, deal::validateNegotiationSection, nullptr}, // deal/dealio.cpp
    {"contract", deal::readContractSection, deal::writeContractSection, deal::validateContractSection, nullptr},          // deal/dealio.cpp
};
} // namespace

SectionCodecs projectSections()
{
    return SectionCodecs(kSections);
}

LoadResult readProject(std::string_view text, std::string fileName)
{
    return readProject(text, std::move(fileName), projectSections());
}

LoadResult readProject(std::string_view text, std::string fileName, Lang lang)
{
    return readProject(text, std::move(fileName), projectSections(), lang);
}

LoadResult loadProjectFile(const std::string &path, Lang lang)
{
    return loadProjectFile(path, projectSections(), lang);
}

std::string writeProject(const Project &p)
{
    return writeProject(p, projectSections());
}

SaveResult saveProjectFile(const Project &p, const std::string &path)
{
    return saveProjectFile(p, path, projectSections());
}

std::vector<Diagnostic> validateProject(const Project &p, Lang lang)
{
    return validateProject(p, projectSections(), lang);
}

std::vector<UnsourcedFact> unsourcedFacts(const Project &p)
{
    return unsourcedFacts(p, projectSections());
}

} // namespace vb
