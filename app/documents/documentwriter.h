// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"
#include "project.h"

#include <string>

namespace vb::documents {

/** The page the document is laid out on. */
enum class PageLayout {
    A4,        ///< reports, bid books, quotes
    Slide16x9, ///< a pitch deck: 254 × 142.875 mm (10 × 5.625 in, PowerPoint's 16:9), landscape; each slide is laid out
               ///< on a 960 × 540 px page with a 34 px margin (892 × 472 px to fill) and scaled to the PDF page
};

/** Renders HTML to path, the type chosen by its extension: .pdf (A4, QPdfWriter), .odt (ODF) or .html/.htm (as is).
 *  The PDF leaves out speaker notes (html::speakerNotes); the ODT scales pictures wider than 640 px to the page.
 *  PDF and ODT need a QGuiApplication; when none exists one is created (QT_QPA_PLATFORM defaults to offscreen).
 *  Returns false with error set on failure. */
bool writeDocument(const std::string &html, const std::string &path, std::string &error, PageLayout layout = PageLayout::A4);

/** Writes the venue suitability report (suitabilityReportHtml) to path, and for a project with more venues than the
 *  report lists (suitabilityNeedsAppendix) the appendix CSV next to it (suitabilityAppendixPath), which the report
 *  cites; appendixPath receives that path, or "" when there is none. The CLI's `report --kind suitability` and the
 *  ranking page both write it here. Returns false with error set on failure. */
bool writeSuitabilityReport(const Project &p, Lang lang, mcda::Method method, const std::string &path, std::string &error,
                            std::string *appendixPath = nullptr);

} // namespace vb::documents
