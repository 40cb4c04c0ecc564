// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlparts.h"

#include "svgchart.h"

namespace vb {

std::string htmlEscape(std::string_view s)
{
    return svg::escape(s); // the same five characters, in HTML as in SVG
}

namespace html {

std::string withRepeatedHeaders(std::string_view h)
{
    std::string out;
    out.reserve(h.size() + 256);
    std::size_t pos = 0;
    for (;;) {
        const std::size_t table = h.find("<table", pos);
        if (table == std::string_view::npos)
            break;
        const std::size_t tagEnd = h.find('>', table);
        if (tagEnd == std::string_view::npos)
            break;
        out.append(h.substr(pos, tagEnd + 1 - pos));
        pos = tagEnd + 1;
        // Only a header row right after the tag: "<tr><th…" up to its "</tr>", with no <td> and no nested table.
        if (h.substr(pos, 7) != "<tr><th")
            continue;
        const std::size_t rowEnd = h.find("</tr>", pos);
        if (rowEnd == std::string_view::npos)
            continue;
        const std::string_view row = h.substr(pos, rowEnd + 5 - pos);
        if (row.find("<td") != std::string_view::npos || row.find("<table") != std::string_view::npos)
            continue;
        out += "<thead>";
        out.append(row);
        out += "</thead>";
        pos = rowEnd + 5;
    }
    out.append(h.substr(pos));
    return out;
}

} // namespace html

} // namespace vb
