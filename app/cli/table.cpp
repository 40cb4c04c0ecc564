// SPDX-License-Identifier: GPL-3.0-or-later
#include "table.h"

#include "budgetexport.h"

#include <algorithm>
#include <cstdint>

namespace vb::cli {

namespace {

bool isWide(std::uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

} // namespace

std::size_t displayWidth(std::string_view s)
{
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0 && i + 3 < s.size()) {
            cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) | ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6)
                | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
            len = 4;
        } else if (c >= 0xE0 && i + 2 < s.size()) {
            cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            len = 3;
        } else if (c >= 0xC0 && i + 1 < s.size()) {
            cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            len = 2;
        }
        w += isWide(cp) ? 2 : 1;
        i += len;
    }
    return w;
}

std::string renderTable(const std::vector<std::vector<std::string>> &rows, const std::vector<std::size_t> &rightAligned)
{
    std::vector<std::size_t> widths;
    for (const auto &r : rows) {
        widths.resize(std::max(widths.size(), r.size()), 0);
        for (std::size_t c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(r[c]));
    }
    std::string out;
    for (std::size_t ri = 0; ri < rows.size(); ++ri) {
        const auto &r = rows[ri];
        std::string line;
        for (std::size_t c = 0; c < r.size(); ++c) {
            const std::size_t pad = widths[c] - displayWidth(r[c]);
            const bool right = std::find(rightAligned.begin(), rightAligned.end(), c) != rightAligned.end();
            if (c)
                line += "  ";
            if (right)
                line.append(pad, ' ');
            line += r[c];
            if (!right && c + 1 < r.size())
                line.append(pad, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
        if (ri == 0) {
            std::size_t total = 0;
            for (std::size_t c = 0; c < widths.size(); ++c)
                total += widths[c] + (c ? 2 : 0);
            out += std::string(total, '-') + "\n";
        }
    }
    return out;
}

std::string csvField(std::string_view s)
{
    return csvCell(s); // one formula-injection rule for every CSV VenueBid writes (models/documents/budgetcsv.cpp)
}

} // namespace vb::cli
