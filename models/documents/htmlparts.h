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

namespace vb {

/** Escapes & < > " ' for HTML. */
[[nodiscard]] std::string htmlEscape(std::string_view s);

} // namespace vb

namespace vb::html {

/** A horizontal bar of `width` pixels as a two-cell table (QTextDocument draws cell widths and colours). */
inline std::string bar(double fraction, const char *colour, int width = 160)
{
    const int w = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0));
    const std::string open = "<table width=\"" + std::to_string(width) + "\" cellspacing=\"0\" cellpadding=\"0\"><tr>";
    if (w <= 0)
        return open + "<td bgcolor=\"#dddddd\">&nbsp;</td></tr></table>";
    if (w >= 100)
        return open + "<td bgcolor=\"" + colour + "\">&nbsp;</td></tr></table>";
    return open + "<td width=\"" + std::to_string(w) + "%\" bgcolor=\"" + colour + "\">&nbsp;</td><td bgcolor=\"#dddddd\">&nbsp;</td></tr></table>";
}

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
