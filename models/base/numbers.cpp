// SPDX-License-Identifier: GPL-3.0-or-later
// One parser for what a user types and one set of formatters (numbers.h). The rules: docs/numbers.md.
#include "numbers.h"

#include "text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace vb {

// ───────────────────────────────────────────── Formatting ─────────────────────────────────────────────

namespace {

constexpr int kMaxDecimals = 40;

/** std::to_chars in fixed notation: the same text as printf("%.*f") in the "C" locale, whatever the locale. */
std::string toCharsFixed(double x, int decimals)
{
    std::array<char, 400> buf{}; // 309 digits of DBL_MAX, the point, kMaxDecimals + 1 decimals and the sign
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed, decimals);
    return std::string(buf.data(), r.ptr);
}

/** Whether |x| · 10^decimals lies exactly halfway between two integers (x finite and non-zero). With x = m · 2^e,
 *  m odd: x · 10^d = m · 5^d · 2^(e+d) and m · 5^d is odd, so the fraction is exactly ½ iff e + d == -1. */
bool isExactTie(double x, int decimals)
{
    int e = 0;
    const double m = std::frexp(std::abs(x), &e); // |x| = m · 2^e, m in [0.5, 1)
    auto mantissa = static_cast<std::uint64_t>(std::ldexp(m, 53));
    e -= 53;
    while ((mantissa & 1u) == 0) {
        mantissa >>= 1;
        ++e;
    }
    return e + decimals == -1;
}

/** Adds one unit in the last place to the digits of s (a sign and a point are skipped): "-0.9" → "-1.0". */
std::string incrementLastDigit(std::string s)
{
    std::size_t i = s.size();
    while (i > 0) {
        --i;
        if (s[i] == '.')
            continue;
        if (s[i] == '-')
            break;
        if (s[i] != '9') {
            ++s[i];
            return s;
        }
        s[i] = '0';
        if (i == 0 || s[i - 1] == '-') {
            s.insert(i, 1, '1');
            return s;
        }
    }
    s.insert(s.empty() || s[0] != '-' ? 0 : 1, 1, '1');
    return s;
}

std::string digitsGrouped(std::uint64_t magnitude)
{
    const std::string digits = std::to_string(magnitude);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::uint64_t magnitudeOf(std::int64_t n)
{
    return n < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
}

} // namespace

std::string formatFixed(double x, int decimals, Rounding rounding)
{
    decimals = std::clamp(decimals, 0, kMaxDecimals);
    if (rounding == Rounding::HalfAwayFromZero) {
        if (std::isnan(x))
            return "nan";
        if (std::isinf(x))
            return x < 0 ? "-inf" : "inf";
        if (x == 0.0)
            x = 0.0; // QString::number prints -0.0 without its sign
        else if (isExactTie(x, decimals)) {
            // The exact value has decimals + 1 decimals ending in 5: print them all, drop the 5, round away from zero.
            std::string s = toCharsFixed(x, decimals + 1);
            s.pop_back();
            if (decimals == 0)
                s.pop_back(); // the point
            return incrementLastDigit(std::move(s));
        }
    }
    return toCharsFixed(x, decimals);
}

double roundDecimals(double x, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(x * f) / f;
}

std::string formatRounded(double x, int decimals, Rounding rounding)
{
    return formatFixed(roundDecimals(x, decimals), decimals, rounding);
}

std::string formatSignedFixed(double x, int decimals, Rounding rounding)
{
    return (x >= 0 ? "+" : "") + formatFixed(x, decimals, rounding);
}

std::string formatScore(double score, Rounding rounding)
{
    return formatFixed(score, 4, rounding);
}

std::string formatInteger(std::int64_t n)
{
    return std::to_string(n); // integers: no locale in std::to_string
}

std::string groupThousands(std::int64_t n)
{
    return (n < 0 ? "-" : "") + digitsGrouped(magnitudeOf(n));
}

std::string formatCount(std::int64_t n)
{
    return groupThousands(n);
}

std::string formatGroupedFixed(double x, int decimals, Rounding rounding)
{
    const std::string f = formatFixed(x, decimals, rounding);
    const std::size_t start = !f.empty() && f[0] == '-' ? 1 : 0;
    std::size_t end = f.find('.');
    if (end == std::string::npos)
        end = f.size();
    for (std::size_t i = start; i < end; ++i)
        if (f[i] < '0' || f[i] > '9')
            return f; // nan, inf
    std::string out = f.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        if (i > start && (end - i) % 3 == 0)
            out += ',';
        out += f[i];
    }
    return out + f.substr(end);
}

std::string formatGrouped(double x)
{
    if (!std::isfinite(x))
        return formatFixed(x, 0);
    const bool neg = x < 0;
    const double a = std::abs(x);
    const double whole = std::floor(a);
    std::string out = whole < 0x1p63 ? digitsGrouped(static_cast<std::uint64_t>(whole)) : [&] {
        // Beyond int64: every digit of the (whole) double, grouped.
        const std::string d = toCharsFixed(whole, 0);
        std::string g;
        for (std::size_t i = 0; i < d.size(); ++i) {
            if (i > 0 && (d.size() - i) % 3 == 0)
                g += ',';
            g += d[i];
        }
        return g;
    }();
    const double frac = a - whole;
    if (frac > 0.005) {
        const long long cents = std::llround(frac * 100);
        if (cents >= 100)
            return formatGrouped(neg ? -(whole + 1) : whole + 1);
        out += '.';
        out += static_cast<char>('0' + cents / 10);
        if (cents % 10)
            out += static_cast<char>('0' + cents % 10);
    }
    return neg ? "-" + out : out;
}

std::string formatGroupedHundredths(std::int64_t h)
{
    const std::int64_t units = h / 100;
    const auto frac = static_cast<int>(magnitudeOf(h) % 100);
    std::string s = groupThousands(units);
    if (frac == 0)
        return s;
    if (h < 0 && units == 0)
        s = "-" + s;
    if (frac % 10 == 0)
        return s + "." + std::to_string(frac / 10);
    return s + (frac < 10 ? ".0" : ".") + std::to_string(frac);
}

std::string formatShortest(double x)
{
    if (!std::isfinite(x))
        return "null";
    if (x == 0.0)
        return "0";
    if (std::abs(x) < 9.0e15 && x == std::trunc(x))
        return std::to_string(static_cast<long long>(x));
    std::array<char, 64> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x);
    return std::string(buf.data(), r.ptr);
}

std::string currencyLabel(std::string_view code, Lang lang)
{
    if (lang == Lang::ZhTW && code == "TWD")
        return "新臺幣";
    return std::string(code);
}

std::string formatAmount(std::int64_t money, std::string_view currency)
{
    return currency.empty() ? groupThousands(money) : std::string(currency) + " " + groupThousands(money);
}

std::string formatAmount(std::int64_t money, std::string_view currency, Lang lang)
{
    return formatAmount(money, currencyLabel(currency, lang));
}

std::string chineseCapitalNumeral(std::int64_t n)
{
    // The capital numerals (大寫數字) of Taiwanese banks and contracts: 壹 … 玖, 拾佰仟, 萬億; a leading 拾 keeps its
    // 壹 ("壹拾", https://vamst.com/post-81322654/); one 零 for a run of zeros between digits and 元整 after a whole
    // amount (the cheque-writing rules listed at https://rr78.com/Digital-Case-Conversion/). Units past 億 follow the
    // Taiwanese scale: 兆 = 10^12, 京 = 10^16 (教育部重編國語辭典修訂本, "兆").
    static constexpr const char *kDigits[] = {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"};
    static constexpr const char *kSmall[] = {"", "拾", "佰", "仟"};
    static constexpr const char *kGroups[] = {"", "萬", "億", "兆", "京"};
    if (n == 0)
        return kDigits[0];
    std::string out = n < 0 ? "負" : "";
    // The magnitude as unsigned, so INT64_MIN has one too.
    std::uint64_t m = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    int digits[20] = {};
    int count = 0;
    while (m > 0) {
        digits[count++] = static_cast<int>(m % 10);
        m /= 10;
    }
    bool wrote = false, pendingZero = false, groupHasDigit = false;
    for (int i = count - 1; i >= 0; --i) {
        const int d = digits[i];
        if (d == 0) {
            pendingZero = wrote;
        } else {
            if (pendingZero)
                out += kDigits[0];
            pendingZero = false;
            out += kDigits[d];
            out += kSmall[i % 4];
            wrote = groupHasDigit = true;
        }
        if (i % 4 == 0) {
            if (groupHasDigit)
                out += kGroups[i / 4];
            groupHasDigit = false;
        }
    }
    return out;
}

std::string formatAmountInChineseWords(std::int64_t money)
{
    return "新臺幣" + chineseCapitalNumeral(money) + "元整";
}

std::string formatFactAmount(double value, std::string_view currency)
{
    return (currency.empty() ? std::string() : std::string(currency) + " ") + formatGrouped(value);
}

std::string formatPercent(double fraction, int decimals, Rounding rounding)
{
    return formatFixed(fraction * 100.0, decimals, rounding) + " %";
}

std::string formatPercentPoints(double points, int decimals, Rounding rounding)
{
    return formatFixed(points, decimals, rounding) + " %";
}

std::string formatPercentBp(std::int64_t bp, BasisPointStyle style)
{
    if (style == BasisPointStyle::Grouped)
        return formatGroupedHundredths(bp) + " %";
    const std::uint64_t m = magnitudeOf(bp);
    std::string s = (bp < 0 ? "-" : "") + std::to_string(m / 100);
    if (m % 100 != 0) {
        const auto frac = static_cast<unsigned>(m % 100);
        s += '.';
        s += static_cast<char>('0' + frac / 10);
        s += static_cast<char>('0' + frac % 10);
    }
    return s + " %";
}

std::string formatPercentChange(double fraction, Rounding rounding)
{
    const double points = roundDecimals(fraction * 100.0, 0);
    return (points > 0 ? "+" : "") + formatFixed(points, 0, rounding) + " %";
}

// ───────────────────────────────────────────── Parsing ─────────────────────────────────────────────

namespace {

constexpr char32_t kIdeographicPoint = 0xE000; // "。" and "｡" after normalising: a decimal point, never a group separator

bool isSpaceCode(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F
        || c == 0x3000 || c == 0xFEFF;
}

/** Decodes UTF-8; false on a malformed sequence. */
bool decodeUtf8(std::string_view s, std::u32string &out)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int len = 0;
        char32_t c = 0;
        if (b < 0x80) {
            len = 1;
            c = b;
        } else if ((b & 0xE0) == 0xC0) {
            len = 2;
            c = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            len = 3;
            c = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            len = 4;
            c = b & 0x07;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(len) > s.size())
            return false;
        for (int k = 1; k < len; ++k) {
            const auto cb = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cb & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (cb & 0x3F);
        }
        static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < kMin[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        out.push_back(c);
        i += static_cast<std::size_t>(len);
    }
    return true;
}

std::string encodeUtf8(std::u32string_view s)
{
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

/** Full-width ASCII to ASCII, the minus sign to '-', every space to ' ', the ideographic full stop to a decimal point. */
char32_t normalise(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFF01 + 0x21;
    if (c == 0x2212)
        return '-';
    if (c == 0x3002 || c == 0xFF61)
        return kIdeographicPoint;
    if (c == 0xFFE5)
        return 0xA5; // full-width yen sign
    if (isSpaceCode(c))
        return ' ';
    return c;
}

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char32_t upper(char32_t c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }
bool isWholeKind(NumberKind k) { return k == NumberKind::Count || k == NumberKind::Integer || k == NumberKind::Money; }

/** Whether t starts (or, with atEnd, ends) with word, ASCII letters compared case-insensitively. */
bool hasAffix(std::u32string_view t, std::u32string_view word, bool atEnd)
{
    if (t.size() < word.size())
        return false;
    const auto part = atEnd ? t.substr(t.size() - word.size()) : t.substr(0, word.size());
    for (std::size_t i = 0; i < word.size(); ++i)
        if (upper(part[i]) != word[i])
            return false;
    return true;
}

void trimSpaces(std::u32string_view &t)
{
    while (!t.empty() && t.front() == ' ')
        t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ')
        t.remove_suffix(1);
}

// The New Taiwan dollar as people write it, longest first so that "NT$" is not read as "$".
constexpr std::u32string_view kTwdPrefixes[] = {U"新臺幣", U"新台幣", U"NT$", U"NTD", U"TWD", U"$"};
constexpr std::u32string_view kTwdSuffixes[] = {U"新臺幣", U"新台幣", U"TWD", U"NTD", U"元"};

/** Another currency at the start or end of t: a three-letter code ("USD"), letters and a dollar sign ("US$", "S$"),
 *  or "€", "£", "¥"; what was typed for it, else empty. */
std::u32string foreignCurrency(std::u32string_view t, bool atEnd)
{
    if (t.empty())
        return {};
    const char32_t edge = atEnd ? t.back() : t.front();
    if (edge == 0x20AC || edge == 0xA3 || edge == 0xA5)
        return std::u32string(1, edge);
    const auto at = [&](std::size_t k) { return atEnd ? t[t.size() - 1 - k] : t[k]; };
    std::size_t n = 0;
    while (n < t.size() && (isAsciiLetter(at(n)) || at(n) == '$'))
        ++n;
    const auto run = atEnd ? t.substr(t.size() - n) : t.substr(0, n);
    const auto letters = static_cast<std::size_t>(std::count_if(run.begin(), run.end(), isAsciiLetter));
    const bool code = letters == 3 && run.size() == 3;
    const bool dollar = run.size() >= 2 && run.size() <= 4 && run.back() == '$' && letters == run.size() - 1;
    return code || dollar ? std::u32string(run) : std::u32string();
}

std::string limitText(const NumberRules &rules, bool negative)
{
    std::string n = formatGrouped(rules.limit);
    if (negative)
        n = "-" + n;
    switch (rules.kind) {
    case NumberKind::Money: return "TWD " + n;
    case NumberKind::Percent: return n + " %";
    default: return n;
    }
}

std::string englishMessage(const NumberError &e, const NumberRules &rules)
{
    const std::string what = expectedWords(rules);
    const std::string q = "\"" + e.args.at(0) + "\"";
    switch (e.id) {
    case NumberErrorId::Empty: return "Expected " + what + "; the field is empty.";
    case NumberErrorId::NotANumber: return "Expected " + what + ", found " + q + ".";
    case NumberErrorId::Ambiguous:
        return q + " is ambiguous: the comma may separate thousands (" + e.args.at(1) + ") or decimals (" + e.args.at(2)
            + "); type " + e.args.at(1) + " or " + e.args.at(2) + ".";
    case NumberErrorId::BadGrouping:
        return q + " has thousand separators in the wrong places: digits are grouped in threes, as in 1,234,567.";
    case NumberErrorId::NotWhole: return q + " is not a whole number: expected " + what + ".";
    case NumberErrorId::TooManyDecimals: return q + " has more than " + e.args.at(1) + " decimals.";
    case NumberErrorId::Negative: return q + " is negative: expected " + what + ".";
    case NumberErrorId::TooLarge: return q + " is too large: expected at most " + e.args.at(1) + ".";
    case NumberErrorId::TooSmall: return q + " is too small: expected at least " + e.args.at(1) + ".";
    case NumberErrorId::WrongCurrency: return q + " is in " + e.args.at(1) + ": expected " + what + ".";
    }
    return q;
}

ParsedNumber fail(const NumberRules &rules, NumberErrorId id, const std::string &typed, std::vector<std::string> more = {})
{
    ParsedNumber r;
    NumberError e;
    e.id = id;
    e.args.push_back(typed);
    for (auto &a : more)
        e.args.push_back(std::move(a));
    e.message = englishMessage(e, rules);
    r.error = std::move(e);
    return r;
}

/** The body of a number: digit runs and the single separators between them ("1,234.5" → runs 1|234|5, seps ,|.). */
struct Pieces {
    std::vector<std::string> runs; ///< runs[0] may be empty when the body starts with a decimal point (".5")
    std::vector<char32_t> seps;    ///< seps[i] separates runs[i] and runs[i + 1]
};

bool isSeparator(char32_t c) { return c == ',' || c == '.' || c == ' ' || c == kIdeographicPoint; }

std::optional<Pieces> split(std::u32string_view body)
{
    Pieces p;
    p.runs.emplace_back();
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char32_t c = body[i];
        if (isDigit(c)) {
            p.runs.back() += static_cast<char>(c);
        } else if (isSeparator(c)) {
            if (p.runs.back().empty() && !(i == 0 && c != ' '))
                return std::nullopt; // two separators in a row, or a space first
            p.seps.push_back(c);
            p.runs.emplace_back();
        } else {
            return std::nullopt;
        }
    }
    if (p.runs.back().empty())
        return std::nullopt; // ends with a separator (or is empty)
    if (p.runs.front().empty() && p.seps.size() != 1)
        return std::nullopt; // ".5" is fine, ".5.3" and ".500,1" are not
    return p;
}

} // namespace

const char *numberErrorKey(NumberErrorId id)
{
    switch (id) {
    case NumberErrorId::Empty: return "empty";
    case NumberErrorId::NotANumber: return "not-a-number";
    case NumberErrorId::Ambiguous: return "ambiguous";
    case NumberErrorId::BadGrouping: return "bad-grouping";
    case NumberErrorId::NotWhole: return "not-whole";
    case NumberErrorId::TooManyDecimals: return "too-many-decimals";
    case NumberErrorId::Negative: return "negative";
    case NumberErrorId::TooLarge: return "too-large";
    case NumberErrorId::TooSmall: return "too-small";
    case NumberErrorId::WrongCurrency: return "wrong-currency";
    }
    return "not-a-number";
}

NumberRules defaultRules(NumberKind kind)
{
    switch (kind) {
    case NumberKind::Count: return {kind, false, 1e9, 0};
    case NumberKind::Integer: return {kind, true, 1e9, 0};
    case NumberKind::Decimal: return {kind, true, 1e15, -1};
    case NumberKind::Money: return {kind, false, 1e13, 0};
    case NumberKind::Percent: return {kind, false, 1000, -1};
    }
    return {};
}

std::string expectedWords(const NumberRules &rules)
{
    switch (rules.kind) {
    case NumberKind::Count: return "a whole number of 0 or more";
    case NumberKind::Integer: return rules.allowNegative ? "a whole number" : "a whole number of 0 or more";
    case NumberKind::Decimal: return rules.allowNegative ? "a number" : "a number of 0 or more";
    case NumberKind::Money: return "a whole amount in TWD";
    case NumberKind::Percent: return rules.allowNegative ? "a percentage" : "a percentage of 0 or more";
    }
    return "a number";
}

ParsedNumber parseNumber(std::string_view text, NumberKind kind)
{
    return parseNumber(text, defaultRules(kind));
}

ParsedNumber parseNumber(std::string_view text, const NumberRules &rules)
{
    const NumberKind kind = rules.kind;
    std::u32string raw;
    if (!decodeUtf8(text, raw)) {
        std::string_view t = text;
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
            t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
            t.remove_suffix(1);
        return fail(rules, NumberErrorId::NotANumber, std::string(t));
    }
    // The text as typed, for the messages: surrounding spaces dropped, the characters kept (full width stays full width).
    std::size_t first = 0, last = raw.size();
    while (first < last && isSpaceCode(raw[first]))
        ++first;
    while (last > first && isSpaceCode(raw[last - 1]))
        --last;
    const std::string typed = encodeUtf8(std::u32string_view(raw).substr(first, last - first));
    if (first == last)
        return fail(rules, NumberErrorId::Empty, typed);

    std::u32string norm;
    norm.reserve(last - first);
    for (std::size_t i = first; i < last; ++i)
        norm.push_back(normalise(raw[i]));
    std::u32string_view t = norm;

    // A trailing percent sign.
    bool percent = false;
    if (t.back() == '%') {
        percent = true;
        t.remove_suffix(1);
        trimSpaces(t);
    }
    // A sign, a currency before the amount (the sign may come before or after it), a currency after it.
    int sign = 0;
    const auto takeSign = [&] {
        if (sign == 0 && !t.empty() && (t.front() == '-' || t.front() == '+')) {
            sign = t.front() == '-' ? -1 : 1;
            t.remove_prefix(1);
            trimSpaces(t);
        }
    };
    takeSign();
    bool twd = false;
    std::u32string foreign;
    for (auto prefix : kTwdPrefixes)
        if (hasAffix(t, prefix, false)) {
            twd = true;
            t.remove_prefix(prefix.size());
            trimSpaces(t);
            takeSign();
            break;
        }
    for (auto suffix : kTwdSuffixes)
        if (hasAffix(t, suffix, true)) {
            twd = true;
            t.remove_suffix(suffix.size());
            trimSpaces(t);
            break;
        }
    if (!twd) {
        if (foreign = foreignCurrency(t, false); !foreign.empty()) {
            t.remove_prefix(foreign.size());
            trimSpaces(t);
            takeSign();
        } else if (foreign = foreignCurrency(t, true); !foreign.empty()) {
            t.remove_suffix(foreign.size());
            trimSpaces(t);
        }
    }
    auto pieces = t.empty() ? std::nullopt : split(t);
    if (!pieces)
        return fail(rules, NumberErrorId::NotANumber, typed);
    if (!foreign.empty()) {
        if (kind != NumberKind::Money)
            return fail(rules, NumberErrorId::NotANumber, typed);
        std::u32string code;
        for (char32_t c : foreign)
            code += upper(c);
        return fail(rules, NumberErrorId::WrongCurrency, typed, {encodeUtf8(code)});
    }
    if ((twd && kind != NumberKind::Money) || (percent && (isWholeKind(kind))))
        return fail(rules, NumberErrorId::NotANumber, typed);

    // Which separator is the decimal point and which groups thousands (docs/numbers.md).
    const auto &runs = pieces->runs;
    const auto &seps = pieces->seps;
    const auto count = [&](char32_t c) { return std::count(seps.begin(), seps.end(), c); };
    const auto nComma = count(','), nDot = count('.'), nSpace = count(' '), nIdeo = count(kIdeographicPoint);
    std::optional<std::size_t> decimalAt; // index into seps
    if (nIdeo > 1)
        return fail(rules, NumberErrorId::NotANumber, typed);
    if (nIdeo == 1) {
        if (seps.back() != kIdeographicPoint)
            return fail(rules, NumberErrorId::NotANumber, typed);
        decimalAt = seps.size() - 1;
    } else if (nComma > 0 && nDot > 0) {
        // Both marks: the last one is the decimal point, once, and the other one groups thousands before it.
        const char32_t mark = seps.back();
        if (mark == ' ' || std::count(seps.begin(), seps.end(), mark) != 1)
            return fail(rules, NumberErrorId::BadGrouping, typed);
        decimalAt = seps.size() - 1;
    } else if (nComma + nDot == 1) {
        const char32_t mark = nComma ? U',' : U'.';
        const auto at = static_cast<std::size_t>(std::find(seps.begin(), seps.end(), mark) - seps.begin());
        if (nSpace > 0) {
            // Spaces group thousands, so the one mark is the decimal point: "1 234,5", "1 234.5".
            if (at != seps.size() - 1)
                return fail(rules, NumberErrorId::BadGrouping, typed);
            decimalAt = at;
        } else {
            const std::string &before = runs[0], &after = runs[1];
            const bool groupShaped = !before.empty() && before.size() <= 3 && before[0] != '0' && after.size() == 3;
            if (!groupShaped || (!isWholeKind(kind) && mark == '.'))
                decimalAt = at;
            else if (!isWholeKind(kind))
                return fail(rules, NumberErrorId::Ambiguous, typed,
                            {(sign < 0 ? "-" : "") + before + after, (sign < 0 ? "-" : "") + before + "." + after});
            // else: a whole kind reads "1,234" and "1.234" as 1234
        }
    }
    if (runs[0].empty() && !decimalAt)
        return fail(rules, NumberErrorId::NotANumber, typed); // " 5" cannot start with a space here; ",5" etc. need a point
    // The integer part's groups: one kind of separator, 1–3 digits first (not starting with 0), then threes.
    const std::size_t intRuns = decimalAt ? *decimalAt + 1 : runs.size();
    if (intRuns > 1) {
        const char32_t group = seps[0];
        for (std::size_t i = 0; i + 1 < intRuns; ++i)
            if (seps[i] != group)
                return fail(rules, NumberErrorId::BadGrouping, typed);
        if (runs[0].size() > 3 || runs[0][0] == '0')
            return fail(rules, NumberErrorId::BadGrouping, typed);
        for (std::size_t i = 1; i < intRuns; ++i)
            if (runs[i].size() != 3)
                return fail(rules, NumberErrorId::BadGrouping, typed);
    }
    std::string intDigits;
    for (std::size_t i = 0; i < intRuns; ++i)
        intDigits += runs[i];
    std::string fracDigits = decimalAt ? runs.back() : std::string();
    intDigits.erase(0, std::min(intDigits.find_first_not_of('0'), intDigits.size()));
    while (!fracDigits.empty() && fracDigits.back() == '0')
        fracDigits.pop_back();
    const bool isZero = intDigits.empty() && fracDigits.empty();
    const bool negative = sign < 0 && !isZero;

    ParsedNumber r;
    r.percentSign = percent;
    r.canonical = (negative ? "-" : "") + (intDigits.empty() ? std::string("0") : intDigits) + (fracDigits.empty() ? "" : "." + fracDigits);

    if (negative && !rules.allowNegative)
        return fail(rules, NumberErrorId::Negative, typed);
    if (isWholeKind(kind) && !fracDigits.empty())
        return fail(rules, NumberErrorId::NotWhole, typed);
    if (rules.maxDecimals >= 0 && fracDigits.size() > static_cast<std::size_t>(rules.maxDecimals))
        return fail(rules, NumberErrorId::TooManyDecimals, typed, {std::to_string(rules.maxDecimals)});

    // The magnitude as typed (a percentage in points), against the limit.
    double typedValue = 0;
    const auto rc = std::from_chars(r.canonical.data(), r.canonical.data() + r.canonical.size(), typedValue);
    // Out of range below the smallest double ("0.000…0001" with 400 zeros) is 0, the nearest double; above it, too large.
    const bool huge = (rc.ec == std::errc::result_out_of_range && !intDigits.empty()) || !std::isfinite(typedValue);
    if (huge || std::abs(typedValue) > rules.limit)
        return fail(rules, negative ? NumberErrorId::TooSmall : NumberErrorId::TooLarge, typed, {limitText(rules, negative)});

    if (isWholeKind(kind)) {
        std::int64_t w = 0;
        std::from_chars(intDigits.data(), intDigits.data() + intDigits.size(), w); // ≤ limit ≤ 1e15: fits
        r.whole = negative ? -w : w;
        r.value = static_cast<double>(r.whole);
    } else if (kind == NumberKind::Percent || percent) {
        const std::string scaled = r.canonical + "e-2"; // the nearest double to the decimal ÷ 100, not the rounded points ÷ 100
        std::from_chars(scaled.data(), scaled.data() + scaled.size(), r.value);
    } else {
        r.value = typedValue;
    }
    if (r.value == 0.0)
        r.value = 0.0; // never -0.0
    return r;
}

} // namespace vb
