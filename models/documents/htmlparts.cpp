// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlparts.h"

#include "messages.h"
#include "projectimages.h"
#include "svgchart.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

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

std::string images(const Project &p, Lang lang, std::string_view role, int maxWidth, int maxHeight, bool inlineOnly)
{
    const auto shown = projectImages(p, role);
    if (shown.empty())
        return {};
    std::string out = inlineOnly ? "" : "<p align=\"center\">", captions;
    for (const auto &s : shown) {
        const double scale = std::min({1.0, static_cast<double>(maxWidth) / s.info.width, static_cast<double>(maxHeight) / s.info.height});
        const int w = std::max(1, static_cast<int>(std::lround(s.info.width * scale)));
        const int h = std::max(1, static_cast<int>(std::lround(s.info.height * scale)));
        std::error_code ec;
        const auto file = std::filesystem::absolute(s.image->resolved.empty() ? s.image->path : s.image->resolved, ec).lexically_normal();
        out += (&s == &shown.front() ? "" : "&nbsp;&nbsp;&nbsp;") + std::string("<img src=\"file://") + htmlEscape(file.generic_string()) + "\" width=\""
            + std::to_string(w) + "\" height=\"" + std::to_string(h) + "\">";
        if (s.image->caption && !s.image->caption->get(lang).empty())
            captions += "<p class=\"note\" align=\"center\">" + htmlEscape(s.image->caption->get(lang)) + "</p>";
    }
    return inlineOnly ? out : out + "</p>" + captions;
}

std::string letterheadHtml(const Project &p, const std::vector<Lang> &langs)
{
    const auto *c = letterhead(p);
    if (!c || langs.empty())
        return {};
    // f in each language (escaped), joined by sep; a text the same in both is written once.
    const auto join = [&](const auto &f, const std::string &sep) {
        std::string out, first;
        for (Lang l : langs) {
            const std::string t = f(l);
            if (t.empty() || t == first)
                continue;
            out += (out.empty() ? "" : sep) + htmlEscape(t);
            if (first.empty())
                first = t;
        }
        return out;
    };
    const auto text = [&](const LocalizedText &t, const std::string &sep) { return join([&t](Lang l) { return t.get(l); }, sep); };
    const auto label = [&](MsgId id) { return join([id](Lang l) { return std::string(tr(l, id)); }, " "); };
    std::string h = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>";
    h += "<span style=\"font-size:14pt;font-weight:bold\">" + text(c->name, "</span><br><span style=\"font-size:11pt;font-weight:bold\">") + "</span>";
    if (!c->address.zh.empty() || !c->address.en.empty())
        h += "<br><span style=\"font-size:9pt\">" + text(c->address, "<br>") + "</span>";
    std::vector<std::string> contact;
    if (!c->taxId.empty())
        contact.push_back(label("quote.doc.tax_id") + " " + htmlEscape(c->taxId));
    if (!c->phone.empty())
        contact.push_back(label("quote.doc.phone") + " " + htmlEscape(c->phone));
    if (!c->email.empty())
        contact.push_back(label("quote.doc.email") + " " + htmlEscape(c->email));
    if (!contact.empty()) {
        h += "<br><span style=\"font-size:9pt\">";
        for (std::size_t i = 0; i < contact.size(); ++i)
            h += (i ? " · " : "") + contact[i];
        h += "</span>";
    }
    h += "</td></tr></table><hr>"; // no inline "margin": a client document shows no such word (tst_cli_deal)
    return h;
}

std::string speakerNotes(Lang lang, const std::string &escapedText)
{
    return std::string(kNotesBegin) + "<p class=\"notes\"><b>" + tr(lang, "deck.notes.label") + "</b>" + escapedText + "</p>" + std::string(kNotesEnd);
}

std::string withoutSpeakerNotes(std::string_view h)
{
    std::string out;
    out.reserve(h.size());
    std::size_t pos = 0;
    for (;;) {
        const std::size_t begin = h.find(kNotesBegin, pos);
        if (begin == std::string_view::npos)
            break;
        const std::size_t end = h.find(kNotesEnd, begin + kNotesBegin.size());
        out.append(h.substr(pos, begin - pos));
        if (end == std::string_view::npos) // an unclosed block: drop the rest rather than show notes on a slide
            return out;
        pos = end + kNotesEnd.size();
    }
    out.append(h.substr(pos));
    return out;
}

} // namespace html

} // namespace vb
