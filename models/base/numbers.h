// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbers a user types and numbers VenueBid prints: one parser (parseNumber) and one set of formatters.
// Pure C++20, no Qt, and independent of the C locale (the GUI runs with setlocale(LC_ALL, "") in force, so
// printf/strtod would print and read "0,5" under a comma-decimal locale; these functions never do).
// The accepted forms and the rule for ambiguous separators: docs/numbers.md.

#include "text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb {


// ───────────────────────────────────────────── Parsing ─────────────────────────────────────────────

/** What a field holds: decides the accepted forms, the defaults of NumberRules and the words of the messages. */
enum class NumberKind {
    Count,   ///< a whole number ≥ 0 (seats, rooms, attendees), at most 1,000,000,000
    Integer, ///< a whole number, -1,000,000,000 … 1,000,000,000
    Decimal, ///< a number, -1e15 … 1e15; "12.5 %" reads as 0.125
    Money,   ///< whole TWD (vb::Money) ≥ 0, at most 1e13; "NT$ 1,200", "TWD 1,200", "1,200 元"; "1,200.00" is 1200
    Percent, ///< percent points, with or without the sign: "12.5" and "12.5 %" both read as 0.125; 0 … 1,000 %
};

/** Why a text was refused. The ids are stable: the UI builds its translated sentence from the id and NumberError::args. */
enum class NumberErrorId {
    Empty,           ///< nothing but spaces
    NotANumber,      ///< letters, a second sign, a misplaced separator, an exponent ("1e5"), "inf", a "%" or a currency
                     ///< where the kind has none
    Ambiguous,       ///< "1,234" where decimals are allowed; args[1]: the thousands reading ("1234"), args[2]: the
                     ///< decimal reading ("1.234")
    BadGrouping,     ///< thousand separators not in groups of three, or of two kinds ("1,23,456", "1 234,567.8")
    NotWhole,        ///< decimals where the kind is whole ("1.5" seats, "NT$ 12.50")
    TooManyDecimals, ///< more decimals than NumberRules::maxDecimals; args[1]: the limit ("2")
    Negative,        ///< below zero where NumberRules::allowNegative is false
    TooLarge,        ///< above NumberRules::limit; args[1]: the limit as printed ("1,000,000,000", "TWD 10,000,000,000,000", "1,000 %")
    TooSmall,        ///< below -NumberRules::limit; args[1]: the limit as printed ("-1,000,000,000")
    WrongCurrency,   ///< Money in another currency; args[1]: what was typed for it ("USD", "US$", "€")
};

/** The stable key of an error id, e.g. "not-whole": what QML sees as errorId. */
[[nodiscard]] const char *numberErrorKey(NumberErrorId id);

struct NumberError {
    NumberErrorId id = NumberErrorId::NotANumber;
    std::vector<std::string> args; ///< args[0]: the text as typed, without surrounding spaces; more per id (NumberErrorId)
    std::string message;           ///< one English sentence: "\"1.5\" is not a whole number: expected a whole number of 0 or more."
    bool operator==(const NumberError &) const = default;
};

/** The limits a field puts on a number; defaultRules(kind) gives each kind's. */
struct NumberRules {
    NumberKind kind = NumberKind::Decimal;
    bool allowNegative = true;
    double limit = 1e15;  ///< the largest magnitude accepted, inclusive, as typed (a Percent's in points: 1000 = 1,000 %)
    int maxDecimals = -1; ///< decimals accepted, trailing zeros not counted; -1: any. Whole kinds ignore it (NotWhole).
};

/** Count: ≥ 0, ≤ 1e9 · Integer: ±1e9 · Decimal: ±1e15 · Money: ≥ 0, ≤ 1e13 · Percent: ≥ 0, ≤ 1,000 %. */
[[nodiscard]] NumberRules defaultRules(NumberKind kind);

/** The outcome of parseNumber: a value, or an error. */
struct ParsedNumber {
    double value = 0.0;        ///< the number; a Percent, and a Decimal typed with "%", as a fraction (12.5 % → 0.125).
                               ///< Never NaN, never ±inf, never -0.0. The nearest double to the decimal typed.
    std::int64_t whole = 0;    ///< Count, Integer, Money: the exact whole number (value == whole)
    std::string canonical;     ///< the number typed, in plain C form before any percent scaling, trailing fraction
                               ///< zeros dropped: "1.234.567,50" → "1234567.5", "−0" → "0", "１２％" → "12"
    bool percentSign = false;  ///< a "%" or "％" was typed
    std::optional<NumberError> error;
    [[nodiscard]] bool ok() const { return !error; }
};

/**
 * Reads what a user typed into a number field. Accepts surrounding spaces; thousand separators "," "." and spaces
 * (also U+00A0, U+202F, U+2009, U+3000) in both conventions ("1,234,567.5", "1.234.567,5", "1 234 567,5");
 * full-width digits and punctuation of a Chinese IME ("１２，３４５．６", "－５", "１２％"), "。" as a decimal point;
 * a leading "-", "+", "−" (U+2212) or "－"; a trailing "%" for Decimal and Percent; "NT$", "$", "TWD", "NTD",
 * "新臺幣", "新台幣" before and "元", "TWD", "NTD" after a Money amount. Never NaN or infinity, never an exponent.
 *
 * A single "," or "." followed by exactly three digits after 1–3 digits ("1,234", "12.500") is a thousands
 * separator for the whole kinds; for Decimal and Percent the "." is the decimal point (1.234) and the "," is refused
 * as Ambiguous. Every other case has one reading: docs/numbers.md lists them.
 */
[[nodiscard]] ParsedNumber parseNumber(std::string_view text, NumberKind kind);
[[nodiscard]] ParsedNumber parseNumber(std::string_view text, const NumberRules &rules);

/** What a field expects in English words, as the messages say it: "a whole number of 0 or more", "a percentage". */
[[nodiscard]] std::string expectedWords(const NumberRules &rules);

// ──────────────────────────────────────────── Formatting ────────────────────────────────────────────
// "." is the decimal point and "," groups thousands in both languages; a percent sign follows a space ("12.5 %").

/** How formatFixed rounds the exact binary value of x at the last decimal kept. The two differ only on exact ties
 *  (0.125, 2.5, 0.25) and on -0.0; a negative value that rounds to zero keeps its sign in both (-0.004 → "-0.00"). */
enum class Rounding {
    HalfEven,         ///< as std::printf("%.*f") in the "C" locale: 0.125 → "0.12", 2.5 → "2", -0.0 → "-0.00",
                      ///< NaN → "nan" or "-nan" (CLI tables, CSV, documents)
    HalfAwayFromZero, ///< as QString::number(x, 'f', d): 0.125 → "0.13", 2.5 → "3", -0.0 → "0.00", NaN → "nan" (GUI)
};

/** x with exactly `decimals` decimals (clamped to 0…40), no grouping: formatFixed(1234.5, 2) == "1234.50". */
[[nodiscard]] std::string formatFixed(double x, int decimals, Rounding rounding = Rounding::HalfEven);
/** std::round(x · 10^decimals) / 10^decimals: ties of the scaled product away from zero (vb::roundTo). */
[[nodiscard]] double roundDecimals(double x, int decimals);
/** formatFixed(roundDecimals(x, decimals), decimals, rounding): 0.125 → "0.13" either way; -0.04 → "-0.0" / "0.0". */
[[nodiscard]] std::string formatRounded(double x, int decimals, Rounding rounding = Rounding::HalfEven);
/** "+" before x ≥ 0 (also before -0.0: "+-0.00" with HalfEven), then formatFixed: "+0.25", "-1.50". */
[[nodiscard]] std::string formatSignedFixed(double x, int decimals, Rounding rounding = Rounding::HalfEven);
/** A method score with 4 decimals: "0.9400". */
[[nodiscard]] std::string formatScore(double score, Rounding rounding = Rounding::HalfEven);

/** A whole number for machines (CSV), no grouping: "1234567", "-5". */
[[nodiscard]] std::string formatInteger(std::int64_t n);
/** Thousands grouped: "1,234,567", "-1,234", "0". */
[[nodiscard]] std::string groupThousands(std::int64_t n);
/** A count of people, seats, rooms: groupThousands. */
[[nodiscard]] std::string formatCount(std::int64_t n);
/** Thousands grouped, at most 2 decimals with a trailing zero dropped: 1500 → "1,500",
 *  2.5 → "2.5", 1234.567 → "1,234.57", 0.999 → "1"; a negative value that shows as 0 keeps "-" (-0.001 → "-0"). */
[[nodiscard]] std::string formatGrouped(double x);
/** formatFixed with the whole part's thousands grouped: formatGroupedFixed(25000, 2) == "25,000.00",
 *  formatGroupedFixed(-1234.567, 1) == "-1,234.6"; NaN and ±inf as formatFixed. */
[[nodiscard]] std::string formatGroupedFixed(double x, int decimals, Rounding rounding = Rounding::HalfEven);
/** Hundredths as a grouped number, trailing zeros dropped: 1250 → "12.5", 123456 → "1,234.56",
 *  5 → "0.05", -50 → "-0.5". */
[[nodiscard]] std::string formatGroupedHundredths(std::int64_t hundredths);
/** The shortest text that reads back to x, never an exponent for whole values below 9e15:
 *  0.1 → "0.1", 1500 → "1500", 2.5e-07 → "2.5e-07", NaN and ±inf → "null". */
[[nodiscard]] std::string formatShortest(double x);

/** The name of a currency in a language: "TWD" in Traditional Chinese is "新臺幣"; every other code is itself. */
[[nodiscard]] std::string currencyLabel(std::string_view code, Lang lang);
/** Whole money with its currency before it: formatAmount(1234567, "TWD") == "TWD 1,234,567"; no currency: "1,234,567". */
[[nodiscard]] std::string formatAmount(std::int64_t money, std::string_view currency);
/** The same with the currency's name in the language: (1234567, "TWD", ZhTW) → "新臺幣 1,234,567". */
[[nodiscard]] std::string formatAmount(std::int64_t money, std::string_view currency, Lang lang);
/** A whole number in the capital numerals of contracts and cheques (大寫): 壹貳參肆伍陸柒捌玖, 拾佰仟 inside a group
 *  of four digits, 萬 億 兆 京 after a group. Rules (docs/numbers.md#amount-in-words): a leading ten keeps its 壹
 *  (10 → "壹拾", as banks require); one 零 stands for each run of zeros between two non-zero digits, also across a
 *  group (100010 → "壹拾萬零壹拾", 10001000 → "壹仟萬零壹仟"); trailing zeros and empty groups are not written
 *  (10000 → "壹萬"); 0 → "零"; a negative number starts with "負". */
[[nodiscard]] std::string chineseCapitalNumeral(std::int64_t n);
/** A TWD amount in words as a contract writes it: "新臺幣" + chineseCapitalNumeral + "元整":
 *  100010 → "新臺幣壹拾萬零壹拾元整", 0 → "新臺幣零元整". */
[[nodiscard]] std::string formatAmountInChineseWords(std::int64_t money);
/** A venue fact's amount (a double, maybe converted): (currency + " ") + formatGrouped: "USD 1,234.5". */
[[nodiscard]] std::string formatFactAmount(double value, std::string_view currency);

/** A fraction as a percentage: formatPercent(0.125, 1) == "12.5 %" (formats fraction × 100). */
[[nodiscard]] std::string formatPercent(double fraction, int decimals, Rounding rounding = Rounding::HalfEven);
/** Percent points as a percentage: formatPercentPoints(57.094, 2) == "57.09 %". */
[[nodiscard]] std::string formatPercentPoints(double points, int decimals, Rounding rounding = Rounding::HalfEven);

/** How a percentage kept in basis points (hundredths of a percent) is printed. */
enum class BasisPointStyle {
    Grouped,  ///< trailing zeros dropped, thousands grouped: 1250 → "12.5 %", 100000 → "1,000 %" (the budget and quote pages)
    Document, ///< whole, else exactly two decimals, no grouping: 1250 → "12.50 %", 100000 → "1000 %" (the quote document)
};
[[nodiscard]] std::string formatPercentBp(std::int64_t basisPoints, BasisPointStyle style = BasisPointStyle::Grouped);
/** A change as whole percent with its sign: 0.12 → "+12 %", -0.05 → "-5 %", 0.004 → "0 %" (rounded by roundDecimals). */
[[nodiscard]] std::string formatPercentChange(double fraction, Rounding rounding = Rounding::HalfAwayFromZero);

} // namespace vb
