// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "fact.h"
#include "jsontext.h"
#include "messages.h"
#include "text.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vb {

namespace json = boost::json;

/** The largest magnitude of a number in a project file: the largest a number field accepts (NumberKind::Decimal,
 *  numbers.h). Within it every computation stays finite: a product of twenty such numbers, a sum of a million of
 *  their squares, a difference of two of them are all far below the largest double (about 1.8e308). */
inline constexpr double kMaxFileMagnitude = 1e15;

/** The diagnostic of a number outside ±kMaxFileMagnitude (also ±inf, which is what "1e400" parses to), in words. */
inline std::string outOfRangeMessage(double d, Lang lang = Lang::En)
{
    const std::string limit = formatGrouped(kMaxFileMagnitude);
    return std::isfinite(d) ? tr(lang, "finite.too_large", {formatShortest(d), limit}) : tr(lang, "finite.beyond_double", {limit});
}

inline std::string pointerToken(std::string_view key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

inline std::string join(const std::string &path, std::string_view key)
{
    return path + "/" + pointerToken(key);
}

inline std::string join(const std::string &path, std::size_t index)
{
    return path + "/" + std::to_string(index);
}

/** What a JSON value is, in words, for "expected X, found Y" ("the integer 5" / "整數 5"). */
inline std::string kindName(const json::value &v, Lang lang = Lang::En)
{
    switch (v.kind()) {
    case json::kind::null: return tr(lang, "read.kind.null");
    case json::kind::bool_: return tr(lang, "read.kind.boolean");
    case json::kind::int64:
    case json::kind::uint64: return tr(lang, "read.kind.integer", {json::serialize(v)});
    case json::kind::double_: return tr(lang, "read.kind.number", {formatShortest(v.get_double())});
    case json::kind::string: {
        std::string s(v.get_string());
        if (s.size() > 40)
            s = s.substr(0, 37) + "...";
        return tr(lang, "read.kind.string", {s});
    }
    case json::kind::array: return tr(lang, "read.kind.array");
    case json::kind::object: return tr(lang, "read.kind.object");
    }
    return tr(lang, "read.kind.value");
}

inline bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/** YYYY-MM-DD with a real calendar day. */
inline bool isDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !isDigits(s.substr(0, 4)) || !isDigits(s.substr(5, 2))
        || !isDigits(s.substr(8, 2)))
        return false;
    const int y = std::stoi(std::string(s.substr(0, 4)));
    const int m = std::stoi(std::string(s.substr(5, 2)));
    const int d = std::stoi(std::string(s.substr(8, 2)));
    if (m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
inline bool isAsOf(std::string_view s)
{
    if (s.size() == 4)
        return isDigits(s);
    if (s.size() == 7)
        return isDigits(s.substr(0, 4)) && s[4] == '-' && isDigits(s.substr(5, 2)) && std::stoi(std::string(s.substr(5, 2))) >= 1
            && std::stoi(std::string(s.substr(5, 2))) <= 12;
    return isDate(s);
}

inline bool isId(std::string_view s)
{
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z'))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

inline bool isUrl(std::string_view s)
{
    return s.starts_with("http://") || s.starts_with("https://");
}

/** Walks a JSON tree, converting values and collecting every problem with its JSON pointer path.
 *  Shared by the project reader and the readers of later sections (budget, scenarios, ...). */
class JsonReader
{
public:
    std::vector<Diagnostic> diags;
    /** The language of the messages that come from the message catalogue (the newer ones; the rest are English). */
    Lang lang = Lang::En;

    /** The errors among diags (warnings left out): what makes an edit or a file invalid. */
    [[nodiscard]] std::vector<Diagnostic> errors() const
    {
        std::vector<Diagnostic> out;
        for (const auto &d : diags)
            if (d.severity == Diagnostic::Severity::Error)
                out.push_back(d);
        return out;
    }

    /** An id that is not valid: names an invisible or bidirectional control character in it by its code point (it
     *  would not show in the message), or else reports `otherwise`. */
    void idError(std::string path, std::string_view id, std::string otherwise)
    {
        if (const auto h = findHiddenChar(id)) {
            const std::string what = codePointName(h->codePoint) + (*h->name ? std::string(" ") + h->name : std::string());
            error(std::move(path), tr(lang, h->bidi ? MsgId("read.id_bidi_char") : MsgId("read.id_hidden_char"),
                                      {revealHidden(id), what, std::to_string(h->index)}));
        } else {
            error(std::move(path), std::move(otherwise));
        }
    }

    /** Every diagnostic shows invisible and bidirectional control characters as <U+XXXX>, in its pointer and its
     *  message (there, blanks such as U+3000 stay): a pointer or message that echoes a bad id (a fact under it, a
     *  reference to it) must not print the hidden character raw, where it would vanish or reorder the line. */
    /** Adds a diagnostic made elsewhere (a validator), its hidden characters shown like the reader's own. */
    void push(Diagnostic d) { add(d.severity, std::move(d.path), std::move(d.message)); }
    void error(std::string path, std::string msg) { add(Diagnostic::Severity::Error, std::move(path), std::move(msg)); }
    void warning(std::string path, std::string msg) { add(Diagnostic::Severity::Warning, std::move(path), std::move(msg)); }

    const json::object *object(const json::value &v, const std::string &path)
    {
        if (!v.is_object()) {
            error(path, tr(lang, "read.not_object", {kindName(v, lang)}));
            return nullptr;
        }
        return &v.get_object();
    }

    const json::value *member(const json::object &o, std::string_view key, const std::string &path, bool required, std::string_view expected)
    {
        const auto *v = o.if_contains(key);
        if (!v && required)
            error(join(path, key), tr(lang, "read.missing", {std::string(expected)}));
        return v;
    }

    void unknownKeys(const json::object &o, const std::string &path, std::initializer_list<std::string_view> known)
    {
        for (const auto &kv : o) {
            if (std::find(known.begin(), known.end(), kv.key()) == known.end())
                warning(join(path, kv.key()), tr(lang, "read.unknown_key"));
        }
    }

    std::optional<std::string> string(const json::object &o, std::string_view key, const std::string &path, bool required,
                                      bool nonEmpty = false, bool nullable = false)
    {
        const auto *v = member(o, key, path, required, tr(lang, nonEmpty ? MsgId("read.expect.nonempty_string") : MsgId("read.expect.string")));
        if (!v)
            return std::nullopt;
        if (v->is_null() && nullable)
            return std::nullopt;
        if (!v->is_string()) {
            error(join(path, key), tr(lang, nullable ? MsgId("read.not_string_or_null") : MsgId("read.not_string"), {kindName(*v, lang)}));
            return std::nullopt;
        }
        std::string s(v->get_string());
        if (nonEmpty && s.empty())
            error(join(path, key), tr(lang, "read.empty_string"));
        return s;
    }

    std::optional<double> number(const json::object &o, std::string_view key, const std::string &path, bool required,
                                 double min = -INFINITY, bool nullable = false)
    {
        const auto *v = member(o, key, path, required, tr(lang, "read.expect.number"));
        if (!v)
            return std::nullopt;
        if (v->is_null() && nullable)
            return std::nullopt;
        if (!v->is_number()) {
            error(join(path, key), tr(lang, nullable ? MsgId("read.not_number_or_null") : MsgId("read.not_number"), {kindName(*v, lang)}));
            return std::nullopt;
        }
        const double d = v->to_number<double>();
        if (!std::isfinite(d) || std::abs(d) > kMaxFileMagnitude) { // 1e400 parses to infinity
            error(join(path, key), outOfRangeMessage(d, lang));
            return std::nullopt;
        }
        if (d < min) {
            error(join(path, key), tr(lang, "read.number_min", {formatShortest(min), formatShortest(d)}));
            return std::nullopt;
        }
        return d;
    }

    /** A non-negative amount with at most two decimals (money, percentages), returned in hundredths. */
    std::optional<std::int64_t> hundredths(const json::object &o, std::string_view key, const std::string &path, bool required,
                                           double max = 1e13)
    {
        auto d = number(o, key, path, required, 0.0);
        if (!d)
            return std::nullopt;
        const double scaled = *d * 100.0;
        if (*d > max) {
            error(join(path, key), tr(lang, "read.number_max", {formatShortest(max), formatShortest(*d)}));
            return std::nullopt;
        }
        if (std::abs(scaled - std::round(scaled)) > 1e-6) {
            error(join(path, key), tr(lang, "read.two_decimals", {formatShortest(*d)}));
            return std::nullopt;
        }
        return std::llround(scaled);
    }

    std::optional<std::int64_t> integer(const json::object &o, std::string_view key, const std::string &path, bool required,
                                        std::int64_t min)
    {
        const auto *v = member(o, key, path, required, tr(lang, "read.expect.integer_min", {std::to_string(min)}));
        if (!v)
            return std::nullopt;
        std::optional<std::int64_t> r;
        // An integral double converts exactly when it lies in [-2^63, 2^63) (9223372036854775808.0 is 2^63).
        const auto outOfRange = [&](const std::string &found) {
            error(join(path, key), tr(lang, "read.integer_out_of_range", {std::to_string(min), std::to_string(INT64_MAX), found}));
        };
        if (v->is_int64()) {
            r = v->get_int64();
        } else if (v->is_uint64()) {
            if (v->get_uint64() > static_cast<std::uint64_t>(INT64_MAX)) {
                outOfRange(std::to_string(v->get_uint64()));
                return std::nullopt;
            }
            r = static_cast<std::int64_t>(v->get_uint64());
        } else if (v->is_double() && !std::isfinite(v->get_double())) {
            error(join(path, key), outOfRangeMessage(v->get_double(), lang));
            return std::nullopt;
        } else if (v->is_double() && v->get_double() == std::trunc(v->get_double())) {
            const double d = v->get_double();
            if (d < -9223372036854775808.0 || d >= 9223372036854775808.0) {
                outOfRange(formatShortest(d));
                return std::nullopt;
            }
            r = static_cast<std::int64_t>(d);
        }
        if (!r) {
            error(join(path, key), tr(lang, "read.integer_min", {std::to_string(min), kindName(*v, lang)}));
            return std::nullopt;
        }
        if (*r < min) {
            error(join(path, key), tr(lang, "read.integer_min", {std::to_string(min), std::to_string(*r)}));
            return std::nullopt;
        }
        return r;
    }

    std::optional<int> smallInt(const json::object &o, std::string_view key, const std::string &path, bool required, int min)
    {
        auto v = integer(o, key, path, required, min);
        if (!v)
            return std::nullopt;
        if (*v > 1'000'000'000) {
            error(join(path, key), tr(lang, "read.integer_max", {"1000000000", std::to_string(*v)}));
            return std::nullopt;
        }
        return static_cast<int>(*v);
    }

    std::optional<bool> boolean(const json::object &o, std::string_view key, const std::string &path)
    {
        const auto *v = o.if_contains(key);
        if (!v)
            return std::nullopt;
        if (!v->is_bool()) {
            error(join(path, key), tr(lang, "read.not_boolean", {kindName(*v, lang)}));
            return std::nullopt;
        }
        return v->get_bool();
    }

    std::optional<LocalizedText> localized(const json::object &o, std::string_view key, const std::string &path, bool required)
    {
        const auto *v = member(o, key, path, required, tr(lang, "read.expect.localized"));
        if (!v)
            return std::nullopt;
        const std::string p = join(path, key);
        if (!v->is_object()) {
            error(p, tr(lang, "read.not_localized", {kindName(*v, lang)}));
            return std::nullopt;
        }
        const auto &lo = v->get_object();
        LocalizedText t;
        t.zh = string(lo, "zh-TW", p, true, true).value_or("");
        t.en = string(lo, "en", p, true, true).value_or("");
        unknownKeys(lo, p, {"zh-TW", "en"});
        return t;
    }

    std::optional<std::string> date(const json::object &o, std::string_view key, const std::string &path, bool required)
    {
        auto s = string(o, key, path, required);
        if (s && !isDate(*s)) {
            error(join(path, key), tr(lang, "read.date_format", {*s}));
            return std::nullopt;
        }
        return s;
    }

    std::optional<std::string> asOf(const json::object &o, std::string_view key, const std::string &path, bool required)
    {
        auto s = string(o, key, path, required, false, true);
        if (s && !isAsOf(*s)) {
            error(join(path, key), tr(lang, "read.as_of_format", {*s}));
            return std::nullopt;
        }
        return s;
    }

    Fact fact(const json::value &v, const std::string &path, bool money)
    {
        Fact f;
        const auto *o = object(v, path);
        if (!o)
            return f;
        const char *valueKey = money ? "amount" : "value";
        if (!o->contains(valueKey))
            error(join(path, valueKey), tr(lang, "read.missing", {tr(lang, "read.expect.number_or_null")}));
        else
            f.value = number(*o, valueKey, path, false, money ? 0.0 : -INFINITY, true);
        if (money && f.value && *f.value != std::trunc(*f.value)) {
            error(join(path, valueKey), tr(lang, "read.whole_amount", {formatShortest(*f.value)}));
            f.value.reset();
        }
        if (money) {
            auto c = string(*o, "currency", path, true, true);
            if (c && (c->size() != 3 || !std::all_of(c->begin(), c->end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })))
                error(join(path, "currency"), tr(lang, "read.currency_code", {*c}));
            f.currency = c.value_or("");
        }
        f.source = string(*o, "source", path, false, false, true);
        if (f.source && !isUrl(*f.source))
            error(join(path, "source"), tr(lang, "read.source_url", {*f.source}));
        f.asOf = asOf(*o, "as_of", path, false);
        f.estimate = boolean(*o, "estimate", path).value_or(false);
        // The basis: one text, or {"zh-TW": …, "en": …} like a name (a document then shows its reader's language).
        if (const auto *b = o->if_contains("basis"); b && b->is_object()) {
            if (auto t = localized(*o, "basis", path, false)) {
                f.basis = t->en.empty() ? t->zh : t->en;
                f.basisZh = t->zh.empty() ? t->en : t->zh;
            }
        } else {
            f.basis = string(*o, "basis", path, false, false, true);
        }
        f.note = string(*o, "note", path, false, false, true);
        // The source and the as-of date are optional: a known value without them is unsourced (Fact::missing), listed
        // by unsourcedFacts (project/provenance.h), not refused. An estimate still says how it was made.
        if (f.value && f.estimate && (!f.basis || f.basis->empty()))
            error(join(path, "basis"), tr(lang, "read.estimate_no_basis"));
        if (money)
            unknownKeys(*o, path, {"amount", "currency", "source", "as_of", "estimate", "basis", "note"});
        else
            unknownKeys(*o, path, {"value", "source", "as_of", "estimate", "basis", "note"});
        return f;
    }

    OrderedMap<Fact> facts(const json::object &o, std::string_view key, const std::string &path, bool money)
    {
        OrderedMap<Fact> out;
        const auto *v = o.if_contains(key);
        if (!v)
            return out;
        const std::string p = join(path, key);
        const auto *fo = object(*v, p);
        if (!fo)
            return out;
        out.reserve(fo->size()); // 10,000 venues × 25 facts: growing the vector was a quarter of loading
        for (const auto &kv : *fo) {
            const std::string fp = join(p, kv.key());
            if (!isId(kv.key()))
                idError(fp, kv.key(), tr(lang, "read.fact_id"));
            out.emplace_back(std::string(kv.key()), fact(kv.value(), fp, money));
        }
        return out;
    }

private:
    void add(Diagnostic::Severity severity, std::string path, std::string msg)
    {
        if (findHiddenChar(path))
            path = revealHidden(path);
        if (findHiddenChar(msg))
            msg = revealHidden(msg, false); // a quoted name may hold an ideographic space on purpose
        diags.push_back({severity, std::move(path), std::move(msg)});
    }
};


} // namespace vb
