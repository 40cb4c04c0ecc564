// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vb {

/** The two languages VenueBid speaks; documents and messages come in both. */
enum class Lang { ZhTW, En };

/** Parses "en", "zh-TW" or "zh_TW" (case-insensitive); nullopt otherwise. */
[[nodiscard]] std::optional<Lang> parseLang(std::string_view s);
[[nodiscard]] const char *langCode(Lang l); ///< "zh-TW" or "en"

/** A text in Traditional Chinese and English. */
struct LocalizedText {
    std::string zh;
    std::string en;
    /** The text in l, falling back to the other language when empty. */
    [[nodiscard]] const std::string &get(Lang l) const;
    bool operator==(const LocalizedText &) const = default;
};

} // namespace vb
