// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

namespace vb {

std::string substitute(std::string_view text, std::initializer_list<std::string_view> args)
{
    std::string out;
    out.reserve(text.size() + 16 * args.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto k = static_cast<std::size_t>(text[i + 1] - '1');
            if (k < args.size()) {
                out += *(args.begin() + k);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string tr(Lang lang, MsgId id, std::initializer_list<std::string_view> args)
{
    return substitute(id.text(lang), args);
}

std::span<const Message> messageTable(Lang lang)
{
    if (lang == Lang::ZhTW)
        return kChineseMessages;
    return kEnglishMessages;
}

} // namespace vb
