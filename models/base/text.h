// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
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


/** A character a reader cannot see: zero-width and other invisible format characters, unusual spaces, control
 *  characters, and the bidirectional controls (U+202A … U+202E, U+2066 … U+2069, U+200E, U+200F, U+061C) that
 *  reorder what is shown ("Trojan Source", https://trojansource.codes/). */
struct HiddenChar {
    char32_t codePoint = 0;
    std::size_t index = 0;   ///< 1-based, in characters (code points)
    bool bidi = false;       ///< a bidirectional control, not only an invisible character
    const char *name = "";   ///< its Unicode name, e.g. "ZERO WIDTH SPACE" (empty for a character without a listed name)
};

/** The first hidden character of UTF-8 text s, if any (a byte that is not UTF-8 stops the search). */
[[nodiscard]] std::optional<HiddenChar> findHiddenChar(std::string_view s);

/** s with every hidden character written as <U+XXXX>, so a message that quotes it shows where it is. With
 *  spaces false, characters that show as a blank (U+00A0, U+2000 … U+200A, U+202F, U+205F, U+3000, and tab and
 *  line breaks) stay as they are: for messages that may quote a name typed with an ideographic space. */
[[nodiscard]] std::string revealHidden(std::string_view s, bool spaces = true);

/** An identifier made from a name, for records the user names but never gives an id: ASCII letters and digits in
 *  lower case, each run of anything else one "_", at most 40 characters. The first of names that gives one is used,
 *  else fallback; an id that would start with a digit gets fallback + "_" in front. While taken(id), "_2", "_3", …
 *  is appended. "Harbour Hall (B1)" → harbour_hall_b1. */
[[nodiscard]] std::string idFromName(std::initializer_list<std::string_view> names, std::string_view fallback,
                                     const std::function<bool(const std::string &)> &taken);

/** s without the leading and trailing characters in chars (by default spaces, tabs and line breaks). */
[[nodiscard]] std::string trimmed(std::string_view s, std::string_view chars = " \t\r\n");

/** A name as a page stores it: each language trimmed, and a name typed in one language only standing for the other
 *  too (the file keeps both; a new project does the same). Both empty stays empty: the caller refuses it. */
[[nodiscard]] LocalizedText nameInBothLanguages(const LocalizedText &t);

/** "U+200B": the code point in the form of the Unicode standard (at least four hex digits). */
[[nodiscard]] std::string codePointName(char32_t c);

} // namespace vb
