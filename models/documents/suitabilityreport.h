// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"
#include "project.h"

#include <string>

namespace vb {

/** The venue suitability report (場地適用性評估報告, O1.1.1) as one HTML document in the given language:
 *  requirements, method and weights, ranking with score bars, where the methods agree, weight sensitivity,
 *  the recommended format, risks and contingency, CO2e, inspection findings and the source of every fact.
 *  Every number comes from the same functions as the GUI and venuebid-cli; all user text is escaped.
 *  Rendered to PDF/ODT/HTML by app/documents. */
[[nodiscard]] std::string suitabilityReportHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);

/** The risk scenarios with their contingency plan (fallback format, decision date) and the expected attendance per
 *  format, as an HTML fragment; shared by the suitability report and the bid book. */
[[nodiscard]] std::string contingencyHtml(const Project &p, Lang lang, mcda::Method method = mcda::Method::WSM);
/** CO2e per format with what is not included, as an HTML fragment. */
[[nodiscard]] std::string co2eHtml(const Project &p, Lang lang);

} // namespace vb
