// SPDX-License-Identifier: GPL-3.0-or-later
#include "text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

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


namespace {

/** Decodes one UTF-8 character at s[i]; returns its length (0 when the bytes there are not UTF-8). */
std::size_t decodeUtf8(std::string_view s, std::size_t i, char32_t &c)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char b0 = b(0);
    std::size_t n = 0;
    if (b0 < 0x80) {
        c = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        c = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        c = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        c = b0 & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (b(k) & 0x3F);
    }
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF))
        return 0; // overlong, beyond Unicode, or a UTF-16 surrogate
    return n;
}

struct Named {
    char32_t cp;
    const char *name;
    bool bidi;
};

// Names from the Unicode Character Database (https://www.unicode.org/Public/UCD/latest/ucd/UnicodeData.txt).
constexpr Named kNamed[] = {
    {0x00A0, "NO-BREAK SPACE", false},        {0x00AD, "SOFT HYPHEN", false},
    {0x034F, "COMBINING GRAPHEME JOINER", false}, {0x061C, "ARABIC LETTER MARK", true},
    {0x115F, "HANGUL CHOSEONG FILLER", false}, {0x1160, "HANGUL JUNGSEONG FILLER", false},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR", false}, {0x200B, "ZERO WIDTH SPACE", false},
    {0x200C, "ZERO WIDTH NON-JOINER", false}, {0x200D, "ZERO WIDTH JOINER", false},
    {0x200E, "LEFT-TO-RIGHT MARK", true},     {0x200F, "RIGHT-TO-LEFT MARK", true},
    {0x2028, "LINE SEPARATOR", false},        {0x2029, "PARAGRAPH SEPARATOR", false},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING", true}, {0x202B, "RIGHT-TO-LEFT EMBEDDING", true},
    {0x202C, "POP DIRECTIONAL FORMATTING", true}, {0x202D, "LEFT-TO-RIGHT OVERRIDE", true},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE", true}, {0x202F, "NARROW NO-BREAK SPACE", false},
    {0x205F, "MEDIUM MATHEMATICAL SPACE", false}, {0x2060, "WORD JOINER", false},
    {0x2061, "FUNCTION APPLICATION", false},  {0x2062, "INVISIBLE TIMES", false},
    {0x2063, "INVISIBLE SEPARATOR", false},   {0x2064, "INVISIBLE PLUS", false},
    {0x2066, "LEFT-TO-RIGHT ISOLATE", true},  {0x2067, "RIGHT-TO-LEFT ISOLATE", true},
    {0x2068, "FIRST STRONG ISOLATE", true},   {0x2069, "POP DIRECTIONAL ISOLATE", true},
    {0x3000, "IDEOGRAPHIC SPACE", false},     {0x3164, "HANGUL FILLER", false},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE", false}, {0xFFA0, "HALFWIDTH HANGUL FILLER", false},
};

std::optional<HiddenChar> classify(char32_t c)
{
    for (const auto &n : kNamed)
        if (n.cp == c)
            return HiddenChar{c, 0, n.bidi, n.name};
    // Control characters, other spaces, deprecated format characters, variation selectors and tags: no name listed here.
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2000 && c <= 0x200A) || (c >= 0x206A && c <= 0x206F)
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF))
        return HiddenChar{c, 0, false, ""};
    return std::nullopt;
}

} // namespace

std::string codePointName(char32_t c)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

std::optional<HiddenChar> findHiddenChar(std::string_view s)
{
    std::size_t index = 0;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = 0;
        const std::size_t n = decodeUtf8(s, i, c);
        if (n == 0)
            return std::nullopt;
        ++index;
        if (auto h = classify(c)) {
            h->index = index;
            return h;
        }
        i += n;
    }
    return std::nullopt;
}

namespace {
bool showsAsBlank(char32_t c)
{
    return c == 0x09 || c == 0x0A || c == 0x0D || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F
        || c == 0x3000;
}
} // namespace

std::string revealHidden(std::string_view s, bool spaces)
{
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = 0;
        const std::size_t n = decodeUtf8(s, i, c);
        if (n == 0) {
            out.append(s.substr(i));
            break;
        }
        if (classify(c) && (spaces || !showsAsBlank(c)))
            out += "<" + codePointName(c) + ">";
        else
            out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

std::string idFromName(std::initializer_list<std::string_view> names, std::string_view fallback,
                       const std::function<bool(const std::string &)> &taken)
{
    const auto slug = [](std::string_view name) {
        std::string out;
        bool gap = false;
        for (const char ch : name) {
            const auto c = static_cast<unsigned char>(ch);
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            const bool digit = c >= '0' && c <= '9';
            if (!letter && !digit) {
                gap = !out.empty();
                continue;
            }
            if (gap)
                out += '_';
            gap = false;
            out += static_cast<char>(letter && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        return out;
    };
    std::string base;
    for (const auto name : names) {
        base = slug(name);
        if (!base.empty())
            break;
    }
    const std::string prefix = slug(fallback).empty() ? std::string("item") : slug(fallback);
    if (base.empty())
        base = prefix;
    else if (base.front() >= '0' && base.front() <= '9') // an id starts with a letter
        base = prefix + "_" + base;
    if (base.size() > 40)
        base.resize(40);
    while (!base.empty() && base.back() == '_')
        base.pop_back();
    std::string id = base;
    for (int n = 2; taken && taken(id); ++n)
        id = base + "_" + std::to_string(n);
    return id;
}

std::string trimmed(std::string_view s, std::string_view chars)
{
    const auto b = s.find_first_not_of(chars);
    if (b == std::string_view::npos)
        return {};
    return std::string(s.substr(b, s.find_last_not_of(chars) - b + 1));
}

LocalizedText nameInBothLanguages(const LocalizedText &t)
{
    LocalizedText out{trimmed(t.zh), trimmed(t.en)};
    if (out.zh.empty())
        out.zh = out.en;
    if (out.en.empty())
        out.en = out.zh;
    return out;
}

} // namespace vb
