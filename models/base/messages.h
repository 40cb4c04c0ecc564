// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The message catalogue of models/ and the command-line tool (app/cli): every heading, label and sentence a generated
// document, report or CLI command shows, by id, once per language. The texts live in one table per language,
// messages_en.h and messages_zh_TW.h, so a translator edits one file; the GUI (app/, qml/) uses Qt Linguist instead.
//
//   tr(lang, "suitability.title")                      → "Venue suitability report" / "場地適用性評估報告"
//   tr(lang, "bid.keyfacts.days", {std::to_string(n)}) → "%1 days" with %1 replaced
//
// An id is checked when the code is compiled: a call with an id missing from either table does not build, and the
// static_asserts below refuse two tables whose ids or placeholders (%1 … %9) differ. tst_messages checks the same
// at run time and names the id at fault.

#include "text.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace vb {

/** One entry of a language's table: the stable id and the text in that language. */
struct Message {
    const char *id;   ///< "suitability.title": the document, then what the text is
    const char *text; ///< a literal, so tr() can hand out a C string that lives as long as the program
};

} // namespace vb

#include "messages_en.h"
#include "messages_zh_TW.h"

namespace vb {

namespace messages::detail {

inline constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);

template<std::size_t N>
consteval std::size_t find(const Message (&table)[N], std::string_view id)
{
    for (std::size_t i = 0; i < N; ++i)
        if (std::string_view(table[i].id) == id)
            return i;
    return kNotFound;
}

/** The placeholders a text uses, as bits: %1 → bit 1 … %9 → bit 9. One pass through a pointer, without a
 *  string_view's length pass and checked indexing: at 1,300 messages those tripled the constant-evaluation steps of
 *  tablesAgree and went past GCC's -fconstexpr-ops-limit. */
constexpr unsigned placeholders(const char *text)
{
    unsigned bits = 0;
    for (const char *p = text; *p != '\0'; ++p)
        if (*p == '%' && p[1] >= '1' && p[1] <= '9')
            bits |= 1u << (p[1] - '0');
    return bits;
}

/** FNV-1a (64 bits) of a C string, read through a pointer. */
constexpr std::uint64_t hashOf(const char *s)
{
    std::uint64_t h = 14695981039346656037ull;
    for (; *s != '\0'; ++s)
        h = (h ^ static_cast<unsigned char>(*s)) * 1099511628211ull;
    return h;
}

constexpr bool sameText(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

/** Both tables hold the same ids, each once, with the same placeholders and no empty text. Linear-logarithmic, so
 *  that the check stays far below the compiler's constexpr operation limit as the tables grow (a quadratic search
 *  of each id in both tables passed GCC's -fconstexpr-ops-limit at 570 ids and failed at 740). The ids are sorted
 *  by their hashes, not as text: ids share long prefixes ("suitability."), and sorting 1,300 of them as text twice
 *  went past the limit; neighbours and pairs are still compared as text, so the answer is exact (two ids of one
 *  table with the same 64-bit hash would only make the check refuse the tables). */
consteval bool tablesAgree()
{
    constexpr auto nEn = std::size(kEnglishMessages), nZh = std::size(kChineseMessages);
    if (nEn != nZh)
        return false;
    std::array<std::pair<std::uint64_t, std::size_t>, nEn> en{}, zh{};
    for (std::size_t i = 0; i < nEn; ++i) {
        en[i] = {hashOf(kEnglishMessages[i].id), i};
        zh[i] = {hashOf(kChineseMessages[i].id), i};
    }
    std::sort(en.begin(), en.end());
    std::sort(zh.begin(), zh.end());
    for (std::size_t k = 0; k < nEn; ++k) {
        const Message &e = kEnglishMessages[en[k].second];
        const Message &z = kChineseMessages[zh[k].second];
        // The same id at the same place of both sorted lists, and never the same id twice in a row.
        if (en[k].first != zh[k].first || !sameText(e.id, z.id))
            return false;
        if (k > 0 && en[k].first == en[k - 1].first)
            return false;
        if (placeholders(e.text) != placeholders(z.text) || e.text[0] == '\0' || z.text[0] == '\0')
            return false;
    }
    return true;
}

} // namespace messages::detail

static_assert(messages::detail::tablesAgree(),
              "messages_en.h and messages_zh_TW.h must hold the same ids, each once, with the same placeholders %1 … %9 and no empty text "
              "(tst_messages names the id at fault)");

/** A message id checked at compile time: MsgId("suitability.title") does not build when the id is in no table. */
class MsgId
{
public:
    consteval MsgId(const char *id) // NOLINT(google-explicit-constructor): tr(lang, "id") is the point
        : m_en(messages::detail::find(kEnglishMessages, id))
        , m_zh(messages::detail::find(kChineseMessages, id))
    {
        if (m_en == messages::detail::kNotFound || m_zh == messages::detail::kNotFound)
            throw "unknown message id: add it to messages_en.h and messages_zh_TW.h"; // a compile error in consteval
    }
    [[nodiscard]] const char *id() const { return kEnglishMessages[m_en].id; }
    [[nodiscard]] const char *text(Lang lang) const
    {
        return lang == Lang::ZhTW ? kChineseMessages[m_zh].text : kEnglishMessages[m_en].text;
    }

private:
    std::size_t m_en;
    std::size_t m_zh;
};

/** The text of a message in a language (a C string, so it joins a std::string with + and streams with <<). */
[[nodiscard]] inline const char *tr(Lang lang, MsgId id)
{
    return id.text(lang);
}

/** The text with %1 … %9 replaced by args[0] … args[8] (a placeholder without an argument stays as it is; a "%"
 *  not followed by 1–9 is kept: "12 %"). The arguments are inserted as they are, not escaped. */
[[nodiscard]] std::string tr(Lang lang, MsgId id, std::initializer_list<std::string_view> args);

/** The texts of one language, for code that prints many: const LangText t{lang}; t("suitability.title"). */
struct LangText {
    Lang lang;
    const char *operator()(MsgId id) const { return id.text(lang); }
    std::string operator()(MsgId id, std::initializer_list<std::string_view> args) const { return tr(lang, id, args); }
};

/** Replaces %1 … %9 in text by args (as tr does); for the tests and the few texts built at run time. */
[[nodiscard]] std::string substitute(std::string_view text, std::initializer_list<std::string_view> args);

/** A language's whole table, in the order of its file: for the tests and for tools. */
[[nodiscard]] std::span<const Message> messageTable(Lang lang);

} // namespace vb
