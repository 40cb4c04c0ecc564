// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small HTML building blocks shared by the generated documents (suitability report, bid book, pitch deck, tender
// outline). The documents are rendered by QTextDocument (app/documents), which understands a subset of HTML 4 and
// CSS: tables with widths and colours, page-break-before, no flex or SVG.

#include "project.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** Escapes & < > " ' for HTML. */
[[nodiscard]] std::string htmlEscape(std::string_view s);

} // namespace vb

namespace vb::html {

/** A horizontal bar drawn with block characters, `cells` wide: the coloured part is fraction × cells to the nearest
 *  eighth of a cell (█ and ▏▎▍▌▋▊▉), the rest is grey. Text, not a nested table: QTextDocument sized nested tables
 *  by their content, so every bar came out the same few pixels wide, and a table per row also made long reports slow
 *  to lay out. The block elements are in the documents' CJK fonts (they are in Big5). */
inline std::string bar(double fraction, const char *colour, int cells = 16)
{
    static constexpr const char *kPartial[8] = {"", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"};
    const double f = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    const long eighths = std::lround(f * cells * 8);
    const long full = eighths / 8, part = eighths % 8;
    std::string out = "<span style=\"white-space:nowrap;font-size:7pt\"><span style=\"color:" + std::string(colour) + "\">";
    for (long k = 0; k < full; ++k)
        out += "\u2588";
    out += kPartial[part];
    out += "</span><span style=\"color:#dddddd\">";
    for (long k = full + (part > 0 ? 1 : 0); k < cells; ++k)
        out += "\u2588";
    return out + "</span></span>";
}

/** Marks the first row of every table whose first row holds only <th> cells as its header (<thead>), so that
 *  QTextDocument repeats it at the top of each page the table continues on. */
[[nodiscard]] std::string withRepeatedHeaders(std::string_view html);

/** The project's images of one role ("logo" or "cover", meta.images) that can be shown, as one centred paragraph of
 *  <img src="file://…" width height> tags, each scaled to fit maxWidth × maxHeight pixels with its proportions kept (never
 *  enlarged); a cover picture's caption (escaped) in a note under it. Empty when there is none. With inlineOnly, the
 *  <img> tags alone (no paragraph, no caption), to stand in a line of text. */
[[nodiscard]] std::string images(const Project &p, Lang lang, std::string_view role, int maxWidth, int maxHeight, bool inlineOnly = false);

/** The letterhead of the client documents (quote, contract, bid book cover): the PCO's name, address, 統一編號,
 *  phone and email (meta.pco), in the languages `langs` (繁中 first when both; a text the same in both is written
 *  once), with a rule under it. Empty when the project has no letterhead. All text escaped. */
[[nodiscard]] std::string letterheadHtml(const Project &p, const std::vector<Lang> &langs);

/** Speaker notes of a slide: a marked block that the HTML and ODT keep and the PDF drops (withoutSpeakerNotes), so
 *  the slides show only what the audience sees. `escapedText` is escaped by the caller. */
[[nodiscard]] std::string speakerNotes(Lang lang, const std::string &escapedText);
/** html without its speaker-note blocks (everything from each kNotesBegin to its kNotesEnd). */
[[nodiscard]] std::string withoutSpeakerNotes(std::string_view html);
inline constexpr std::string_view kNotesBegin = "<!--vb:notes-->";
inline constexpr std::string_view kNotesEnd = "<!--/vb:notes-->";

/** The common head: UTF-8, title (escaped by the caller), the CJK font that survives pdftotext, and the table style. */
inline std::string head(const std::string &escapedTitle, const std::string &extraCss = {})
{
    return "<html><head><meta charset=\"utf-8\"><title>" + escapedTitle
        + "</title><style>body{font-family:'WenQuanYi Zen Hei','Noto Sans CJK TC',sans-serif;font-size:10pt} h1{font-size:18pt} "
          "h2{font-size:13pt;margin-top:14pt} table.t{border-collapse:collapse} table.t td,table.t th{border:1px solid #999;padding:3px} "
          "th{background:#eeeeee} .note{color:#666666;font-size:8pt} .todo{color:#b26a00}"
        + extraCss + "</style></head><body>";
}

} // namespace vb::html
