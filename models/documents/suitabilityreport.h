// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"
#include "methodcomparison.h"
#include "project.h"
#include "venueranking.h"

#include <string>

namespace vb {

/** The venue suitability report (場地適用性評估報告, O1.1.1) as one HTML document in the given language:
 *  requirements, method and weights, ranking with score bars, where the methods agree, weight sensitivity,
 *  the recommended format, risks and contingency, CO2e, inspection findings and the source of every fact.
 *  Every number comes from the same functions as the GUI and venuebid-cli; all user text is escaped.
 *  Rendered to PDF/ODT/HTML by app/documents. */
[[nodiscard]] std::string suitabilityReportHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM,
                                                const std::string &appendixName = {});

/** What the report and its appendix both show: the ranking under the report's method and the comparison of the four
 *  methods (WSM, TOPSIS, VIKOR, PROMETHEE II), computed once for both (10,000 venues: each is a ranking of them all). */
struct SuitabilityInputs {
    VenueRanking ranking;
    MethodComparison comparison;
};
[[nodiscard]] SuitabilityInputs suitabilityInputs(const Project &p, mcda::Method method = mcda::Method::WSM);
/** The report from inputs computed by suitabilityInputs(p, method): the same document. */
[[nodiscard]] std::string suitabilityReportHtml(const Project &p, Lang lang, mcda::Method method, const std::string &appendixName,
                                                const SuitabilityInputs &inputs);

/** The body of the report lists at most this many venues (ranking, excluded, method comparison, sources of facts);
 *  a project with more venues (a venue library of 10,000) gets the full tables in the appendix CSV. */
inline constexpr std::size_t kSuitabilityBodyVenues = 50;
/** True when p has more venues than the body lists: write suitabilityAppendixCsv() with the report and pass its file
 *  name to suitabilityReportHtml(), which cites it. */
[[nodiscard]] bool suitabilityNeedsAppendix(const Project &p);
/** The appendix file next to a report: "dir/name-venues.csv" for "dir/name.pdf". */
[[nodiscard]] std::string suitabilityAppendixPath(const std::string &reportPath);
/** The appendix: every ranked venue (best first) then every excluded one, one row each: rank, id, name, city, score
 *  under the report's method, status, rank under each method of the comparison, unknown facts, why excluded.
 *  Headers in lang; scores formatted as in the report; RFC 4180 quoting. */
[[nodiscard]] std::string suitabilityAppendixCsv(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);
/** The appendix from inputs computed by suitabilityInputs(p, method): the same file. */
[[nodiscard]] std::string suitabilityAppendixCsv(const Project &p, Lang lang, mcda::Method method, const SuitabilityInputs &inputs);

/** The risk scenarios with their contingency plan (fallback format, decision date) and the expected attendance per
 *  format, as an HTML fragment; shared by the suitability report and the bid book. */
[[nodiscard]] std::string contingencyHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);
/** CO2e per format with what is not included, as an HTML fragment. */
[[nodiscard]] std::string co2eHtml(const Project &p, Lang lang);

} // namespace vb
