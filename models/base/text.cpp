// SPDX-License-Identifier: GPL-3.0-or-later
#include "text.h"

#include <algorithm>
#include <cctype>

namespace vb {

std::optional<Lang> parseLang(std::string_view s)
{
    std::string k;
    for (char c : s)
        k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (k == "en" || k == "en-us" || k == "en_us" || k == "en-gb" || k == "en_gb")
        return Lang::En;
    if (k == "zh-tw" || k == "zh_tw" || k == "zh-hant" || k == "zh_hant_tw")
        return Lang::ZhTW;
    return std::nullopt;
}

const char *langCode(Lang l)
{
    return l == Lang::ZhTW ? "zh-TW" : "en";
}

const std::string &LocalizedText::get(Lang l) const
{
    const std::string &first = l == Lang::ZhTW ? zh : en;
    return first.empty() ? (l == Lang::ZhTW ? en : zh) : first;
}

} // namespace vb
