// SPDX-License-Identifier: GPL-3.0-or-later
// The one parser of typed numbers and the one set of formatters (models/base/numbers.h).
//  - parse*: every accepted form and every refusal, with hand-written values, ids, arguments and sentences.
//  - format*: hand-written outputs, including the rounding of ties, -0.0 and grouping.
//  - legacy*: every formatting helper the code has today (copied verbatim below where it is file-local, called where
//    it is public) against the numbers.h function it is to delegate to, over many values: the switch is byte-identical.
// Runs a second time under de_DE.UTF-8 (tst_numbers_de_DE), where printf would print "0,5".
#include "numbers.h"

#include "analysis.h"     // vb::roundTo
#include "budgetcalc.h"   // vb::Money, vb::Wide
#include "project.h"      // vb::Lang

#include <QString>
#include <QTest>

#include <clocale>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <locale.h>
#include <optional>
#include <random>

using namespace vb;

Q_DECLARE_METATYPE(vb::NumberKind)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/** The "C" numeric locale for this thread while in scope: the legacy helpers use printf, which follows the locale. */
class CLocaleScope
{
public:
    CLocaleScope()
        : m_c(newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr)))
        , m_old(uselocale(m_c))
    {
    }
    ~CLocaleScope()
    {
        uselocale(m_old);
        freelocale(m_c);
    }
    CLocaleScope(const CLocaleScope &) = delete;
    CLocaleScope &operator=(const CLocaleScope &) = delete;

private:
    locale_t m_c;
    locale_t m_old;
};

// ───────────── The helpers as they are today (main at ad7998e), verbatim; the file and line they come from ─────────────
namespace legacy {

// models/budget/budgetcalc.cpp (vb::formatMoney, replaced by groupThousands; its old body, to compare byte for byte)
std::string formatMoney(Money m)
{
    std::string digits = std::to_string(m < 0 ? -static_cast<Wide>(m) > INT64_MAX ? 0 : -m : m);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[static_cast<std::size_t>(i)];
        if ((n - 1 - i) % 3 == 0 && i != n - 1)
            out += ',';
    }
    return m < 0 ? "-" + out : out;
}

// models/budget/budgetcalc.cpp (vb::formatHundredths, replaced by formatGroupedHundredths; its old body)
std::string formatHundredths(std::int64_t h)
{
    std::string s = formatMoney(h / 100);
    const std::int64_t frac = (h < 0 ? -h : h) % 100;
    if (frac == 0)
        return s;
    if (h < 0 && h / 100 == 0)
        s = "-" + s;
    s += frac % 10 == 0 ? "." + std::to_string(frac / 10) : (frac < 10 ? ".0" : ".") + std::to_string(frac);
    return s;
}

// models/base/digits.cpp (vb::groupDigits, replaced by formatGrouped; its old body)
std::string groupDigits(double x)
{
    const bool neg = x < 0;
    double a = std::abs(x);
    const double whole = std::floor(a);
    std::string digits = std::to_string(static_cast<long long>(whole));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    const double frac = a - whole;
    if (frac > 0.005) {
        const long long cents = std::llround(frac * 100);
        if (cents >= 100)
            return groupDigits(neg ? -(whole + 1) : whole + 1);
        out += '.';
        out += static_cast<char>('0' + cents / 10);
        if (cents % 10)
            out += static_cast<char>('0' + cents % 10);
    }
    return neg ? "-" + out : out;
}

// models/base/jsontext.cpp (vb::formatNumber, replaced by formatShortest; its old body)
std::string formatNumber(double x)
{
    if (!std::isfinite(x))
        return "null";
    if (x == 0.0)
        return "0";
    if (std::abs(x) < 9.0e15 && x == std::trunc(x))
        return std::to_string(static_cast<long long>(x));
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}

// models/analysis/analysis.cpp:15, models/documents/htmlparts.h:23 (vb::html::fixed), app/cli/cli_bid.cpp:68
std::string fixed(double x, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    return buf;
}

// models/analysis/analysis.cpp:22
std::string signedFixed(double x, int decimals)
{
    return (x >= 0 ? "+" : "") + fixed(x, decimals);
}

// app/cli/cli_analysis.cpp:21
std::string fixedRounded(double x, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, roundTo(x, decimals));
    return buf;
}

// app/cli/cli.cpp:204 (the lambda "score")
std::string score(double s)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", s);
    return std::string(buf);
}

// models/budget/budgetreport.cpp:167, models/documents/budgetcsv.cpp:90 (ROI)
std::string roi(double r)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", r);
    return std::string(buf);
}

// models/budget/quote.cpp:59
std::string quotePct(int bp)
{
    char buf[32];
    if (bp % 100 == 0)
        std::snprintf(buf, sizeof buf, "%d %%", bp / 100);
    else
        std::snprintf(buf, sizeof buf, "%d.%02d %%", bp / 100, bp % 100);
    return buf;
}

// models/documents/budgetcsv.cpp:35
std::string num(std::int64_t x)
{
    return std::to_string(x);
}

// models/documents/biddocuments.cpp:54
std::string money(Money m, const std::string &currency)
{
    return currency + " " + formatMoney(m);
}

// models/bid/tender.cpp:142 (the lambda "pct"), given p * 100 / total
std::string tenderPct(double x)
{
    return formatNumber(x) + " %";
}

// models/venues/venueranking.cpp:84 (describe: the currency before an amount), models/documents/suitabilityreport.cpp:232,
// models/documents/biddocuments.cpp:221, app/venuetablemodel.cpp:131 (a fact's amount)
std::string describeAmount(double x, Lang lang)
{
    const std::string cur = lang == Lang::ZhTW ? "新臺幣 " : "TWD ";
    return cur + groupDigits(x);
}
std::string factAmount(double v, const std::string &currency)
{
    return (currency.empty() ? "" : currency + " ") + groupDigits(v);
}

// app/budgetcontroller.cpp:26, app/bidcontroller.cpp:32, app/quoteversionmodel.cpp:33 (the lambda "money")
QString qmoney(Money m)
{
    return QString::fromStdString(formatMoney(m));
}

// app/budgetcontroller.cpp:31
QString qpercent(const std::optional<double> &x)
{
    return x ? QString::number(*x, 'f', 2) + QStringLiteral(" %") : QStringLiteral("–");
}

// app/budgetcontroller.cpp:133, app/quoteversionmodel.cpp:34 (the lambda "pct")
QString qpctBp(int bp)
{
    return QString::fromStdString(formatHundredths(bp)) + QStringLiteral(" %");
}

// app/bidcontroller.cpp:27; app/rankingmodel.cpp:57 ('f', 4), app/inspectioncontroller.cpp:29 ('f', 2),
// app/ahpcontroller.cpp:129 ('f', 3)
QString qnum(double x, int decimals)
{
    return QString::number(x, 'f', decimals);
}

// app/sensitivitycontroller.cpp:20
QString qpct(double w)
{
    return QString::number(w * 100.0, 'f', 1) + QStringLiteral(" %");
}

// app/scenariocontroller.cpp:22
QString qfixed(double x, int decimals)
{
    return QString::number(vb::roundTo(x, decimals), 'f', decimals);
}

// app/scenariocontroller.cpp:24
QString qpercentChange(double change)
{
    const double pct = vb::roundTo(change * 100.0, 0);
    return (pct > 0 ? QStringLiteral("+") : QString()) + QString::number(pct, 'f', 0) + QStringLiteral(" %");
}

// app/bidcontroller.cpp:139 (a tender margin)
QString qmargin(double m)
{
    return (m >= 0 ? QStringLiteral("+") : QString()) + qnum(m, 2);
}

} // namespace legacy

/** Doubles where formatting goes wrong if it can: ties at every decimal, values near .005, signed zeros, magnitudes
 *  from 1e-9 to 1e15, and random ones. The same every run (fixed seed). */
std::vector<double> sampleDoubles()
{
    std::vector<double> v{0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.0625, 0.25, 0.005, 0.0051, -0.004, -0.005,
                          0.004, 0.995, 0.9951, 0.999, 0.996, 1.005, 2.675, 0.045, 99.95, 123456789.125, 1e15, -1e15,
                          1e15 + 0.5, 5e-324, 1e-9, -1e-9, 57.094, 33.333333333333336, 0.94, 0.8, 0.75, 1234567.891};
    for (int j = 0; j <= 12; ++j)
        for (int k = -600; k <= 600; ++k)
            v.push_back(std::ldexp(static_cast<double>(k), -j)); // every tie at up to 12 decimals in this range
    for (int k = -20000; k <= 20000; k += 7) {
        v.push_back(k / 100.0);
        v.push_back(k / 1000.0);
        v.push_back(k / 10000.0);
    }
    std::mt19937_64 g(20280101);
    std::uniform_real_distribution<double> mag(-9.0, 15.0), unit(0.0, 1.0);
    for (int i = 0; i < 20000; ++i) {
        const double x = std::pow(10.0, mag(g)) * (unit(g) < 0.3 ? -1.0 : 1.0);
        v.push_back(x);
        v.push_back(std::round(x * 100.0) / 100.0);
    }
    return v;
}

std::vector<std::int64_t> sampleIntegers()
{
    std::vector<std::int64_t> v{0, 1, -1, 5, -5, 9, 10, 50, -50, 99, 100, -100, 101, 999, 1000, -1000, 1005, 1050, 9999, 10000,
                                99999, 100000, -100000, 999999, 1000000, 1234567, -1234567, 10'000'000'000'000,
                                std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min() + 1};
    for (std::int64_t k = -3000; k <= 3000; ++k)
        v.push_back(k);
    std::mt19937_64 g(7);
    for (int i = 0; i < 20000; ++i) {
        const int digits = static_cast<int>(g() % 19);
        auto x = static_cast<std::int64_t>(g() % static_cast<std::uint64_t>(std::pow(10.0, digits) + 1));
        v.push_back(g() % 3 == 0 ? -x : x);
    }
    return v;
}

} // namespace

class TestNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Under tst_numbers_de_DE the C locale really is comma-decimal (QCoreApplication called setlocale(LC_ALL, "")):
        // every hand-written "." below then proves that the formatters and the parser ignore the locale.
        if (qEnvironmentVariableIsSet("VENUEBID_EXPECT_COMMA_LOCALE"))
            QCOMPARE(std::localeconv()->decimal_point[0], ',');
    }

    // ───────────────────────────────────────── Parsing: accepted ─────────────────────────────────────────

    void parseAccepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<NumberKind>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("canonical");
        const auto C = NumberKind::Count, I = NumberKind::Integer, D = NumberKind::Decimal, M = NumberKind::Money,
                   P = NumberKind::Percent;
        // Plain numbers and surrounding spaces.
        QTest::newRow("count 0") << "0" << C << 0.0 << "0";
        QTest::newRow("count spaces") << "  42  " << C << 42.0 << "42";
        QTest::newRow("count tab newline") << "\t7\n" << C << 7.0 << "7";
        QTest::newRow("count nbsp around") << QString::fromUtf8("\u00a012\u202f") << C << 12.0 << "12";
        QTest::newRow("count ideographic spaces around") << QString::fromUtf8("\u3000１２\u3000") << C << 12.0 << "12";
        QTest::newRow("count leading zeros") << "007" << C << 7.0 << "7";
        QTest::newRow("count plus") << "+12" << C << 12.0 << "12";
        QTest::newRow("count minus zero") << "-0" << C << 0.0 << "0";
        QTest::newRow("count limit") << "1000000000" << C << 1e9 << "1000000000";
        QTest::newRow("count limit grouped") << "1,000,000,000" << C << 1e9 << "1000000000";
        // Thousand separators, both conventions.
        QTest::newRow("count comma group") << "1,500" << C << 1500.0 << "1500";
        QTest::newRow("count comma groups") << "12,345,678" << C << 12345678.0 << "12345678";
        QTest::newRow("count dot groups") << "12.345.678" << C << 12345678.0 << "12345678";
        QTest::newRow("count one dot group is thousands") << "1.500" << C << 1500.0 << "1500";
        QTest::newRow("count space groups") << "1 234 567" << C << 1234567.0 << "1234567";
        QTest::newRow("count nbsp group") << QString::fromUtf8("1\u00a0234") << C << 1234.0 << "1234";
        QTest::newRow("count narrow nbsp groups") << QString::fromUtf8("1\u202f234\u202f567") << C << 1234567.0 << "1234567";
        QTest::newRow("count thin space group") << QString::fromUtf8("1\u2009234") << C << 1234.0 << "1234";
        QTest::newRow("count ideographic space group") << QString::fromUtf8("1\u3000234") << C << 1234.0 << "1234";
        QTest::newRow("count zero decimals") << "1,500.00" << C << 1500.0 << "1500";
        QTest::newRow("count zero decimals comma") << "1.500,00" << C << 1500.0 << "1500";
        QTest::newRow("count point zero") << "1500.0" << C << 1500.0 << "1500";
        QTest::newRow("count space groups point zeros") << "1 234.000" << C << 1234.0 << "1234";
        // Full width (a Chinese IME).
        QTest::newRow("count full-width") << "１５００" << C << 1500.0 << "1500";
        QTest::newRow("count full-width comma") << "１，５００" << C << 1500.0 << "1500";
        QTest::newRow("count full-width dot group") << "１．５００" << C << 1500.0 << "1500";
        QTest::newRow("count full-width plus") << "＋３" << C << 3.0 << "3";
        // Integer: signs.
        QTest::newRow("integer minus") << "-5" << I << -5.0 << "-5";
        QTest::newRow("integer minus sign U+2212") << QString::fromUtf8("\u22125") << I << -5.0 << "-5";
        QTest::newRow("integer full-width minus") << "－５" << I << -5.0 << "-5";
        QTest::newRow("integer minus space") << "- 5" << I << -5.0 << "-5";
        QTest::newRow("integer minus grouped") << "-1,234" << I << -1234.0 << "-1234";
        QTest::newRow("integer minus dot group") << "-1.234" << I << -1234.0 << "-1234";
        QTest::newRow("integer plus") << "+7" << I << 7.0 << "7";
        QTest::newRow("integer lower limit") << "-1,000,000,000" << I << -1e9 << "-1000000000";
        // Decimal.
        QTest::newRow("decimal point") << "3.14" << D << 3.14 << "3.14";
        QTest::newRow("decimal half") << "0.5" << D << 0.5 << "0.5";
        QTest::newRow("decimal no integer part") << ".5" << D << 0.5 << "0.5";
        QTest::newRow("decimal comma no integer part") << ",5" << D << 0.5 << "0.5";
        QTest::newRow("decimal comma") << "0,5" << D << 0.5 << "0.5";
        QTest::newRow("decimal comma one digit") << "1,5" << D << 1.5 << "1.5";
        QTest::newRow("decimal comma two digits") << "12,25" << D << 12.25 << "12.25";
        QTest::newRow("decimal comma four digits") << "1,2345" << D << 1.2345 << "1.2345";
        QTest::newRow("decimal comma after 0") << "0,125" << D << 0.125 << "0.125";
        QTest::newRow("decimal comma after 4 digits") << "1234,567" << D << 1234.567 << "1234.567";
        QTest::newRow("decimal point three digits") << "1.234" << D << 1.234 << "1.234";
        QTest::newRow("decimal point three digits 2") << "32.125" << D << 32.125 << "32.125";
        QTest::newRow("decimal both, point last") << "1,234.5" << D << 1234.5 << "1234.5";
        QTest::newRow("decimal both, comma last") << "1.234,5" << D << 1234.5 << "1234.5";
        QTest::newRow("decimal both, comma groups") << "1,234,567.89" << D << 1234567.89 << "1234567.89";
        QTest::newRow("decimal both, dot groups") << "1.234.567,89" << D << 1234567.89 << "1234567.89";
        QTest::newRow("decimal both, three decimals") << "1,234.567" << D << 1234.567 << "1234.567";
        QTest::newRow("decimal spaces, comma") << "1 234 567,5" << D << 1234567.5 << "1234567.5";
        QTest::newRow("decimal spaces, point") << "1 234 567.5" << D << 1234567.5 << "1234567.5";
        QTest::newRow("decimal spaces, comma three") << "1 234,567" << D << 1234.567 << "1234.567";
        QTest::newRow("decimal narrow nbsp, comma") << QString::fromUtf8("1\u202f234,5") << D << 1234.5 << "1234.5";
        QTest::newRow("decimal negative grouped") << "-1,234.5" << D << -1234.5 << "-1234.5";
        QTest::newRow("decimal U+2212") << QString::fromUtf8("\u22120.5") << D << -0.5 << "-0.5";
        QTest::newRow("decimal full-width") << "１２，３４５．６７" << D << 12345.67 << "12345.67";
        QTest::newRow("decimal ideographic full stop") << "１２３。４５" << D << 123.45 << "123.45";
        QTest::newRow("decimal ideographic full stop, groups") << "1,234。5" << D << 1234.5 << "1234.5";
        QTest::newRow("decimal ideographic full stop first") << "。5" << D << 0.5 << "0.5";
        QTest::newRow("decimal trailing zeros") << "2.50" << D << 2.5 << "2.5";
        QTest::newRow("decimal zero decimals") << "0.000" << D << 0.0 << "0";
        QTest::newRow("decimal minus zero") << "-0.0" << D << 0.0 << "0";
        QTest::newRow("decimal tenth") << "0.1" << D << 0.1 << "0.1";
        QTest::newRow("decimal limit") << "1000000000000000" << D << 1e15 << "1000000000000000";
        QTest::newRow("decimal percent") << "12.5%" << D << 0.125 << "12.5";
        QTest::newRow("decimal percent space") << "12.5 %" << D << 0.125 << "12.5";
        QTest::newRow("decimal percent full-width") << "１２．５％" << D << 0.125 << "12.5";
        QTest::newRow("decimal negative percent") << "-3 %" << D << -0.03 << "-3";
        QTest::newRow("decimal below the smallest double") << "0." + QString(400, QLatin1Char('0')) + "1" << D << 0.0
                                                            << "0." + QString(400, QLatin1Char('0')) + "1";
        // Money: whole TWD, with the currency as people write it.
        QTest::newRow("money plain") << "1200" << M << 1200.0 << "1200";
        QTest::newRow("money NT$ space") << "NT$ 1,200" << M << 1200.0 << "1200";
        QTest::newRow("money NT$") << "NT$1,200" << M << 1200.0 << "1200";
        QTest::newRow("money nt$ lower case") << "nt$ 1,200" << M << 1200.0 << "1200";
        QTest::newRow("money TWD") << "TWD 1,200" << M << 1200.0 << "1200";
        QTest::newRow("money twd lower, no space") << "twd1200" << M << 1200.0 << "1200";
        QTest::newRow("money NTD") << "NTD 1,200" << M << 1200.0 << "1200";
        QTest::newRow("money dollar") << "$1,200" << M << 1200.0 << "1200";
        QTest::newRow("money full-width dollar") << "＄１，２００" << M << 1200.0 << "1200";
        QTest::newRow("money full-width NT$") << "ＮＴ＄１，２００" << M << 1200.0 << "1200";
        QTest::newRow("money yuan") << "1,200 元" << M << 1200.0 << "1200";
        QTest::newRow("money yuan no space") << "1,200元" << M << 1200.0 << "1200";
        QTest::newRow("money full-width yuan") << "１，２００元" << M << 1200.0 << "1200";
        QTest::newRow("money 新臺幣") << "新臺幣 1,200" << M << 1200.0 << "1200";
        QTest::newRow("money 新台幣 and 元") << "新台幣1,200元" << M << 1200.0 << "1200";
        QTest::newRow("money TWD after") << "1,200 TWD" << M << 1200.0 << "1200";
        QTest::newRow("money zero cents") << "NT$ 1,200.00" << M << 1200.0 << "1200";
        QTest::newRow("money dot group") << "NT$ 1.200" << M << 1200.0 << "1200";
        QTest::newRow("money dot groups") << "1.234.567" << M << 1234567.0 << "1234567";
        QTest::newRow("money spaces") << "TWD 1 234 567" << M << 1234567.0 << "1234567";
        QTest::newRow("money limit") << "10,000,000,000,000" << M << 1e13 << "10000000000000";
        QTest::newRow("money zero") << "NT$ 0" << M << 0.0 << "0";
        // Percent: the points typed, with or without the sign, as a fraction.
        QTest::newRow("percent no sign") << "12.5" << P << 0.125 << "12.5";
        QTest::newRow("percent sign space") << "12.5 %" << P << 0.125 << "12.5";
        QTest::newRow("percent sign") << "12.5%" << P << 0.125 << "12.5";
        QTest::newRow("percent comma decimal") << "12,5 %" << P << 0.125 << "12.5";
        QTest::newRow("percent full-width") << "１２．５％" << P << 0.125 << "12.5";
        QTest::newRow("percent whole") << "5" << P << 0.05 << "5";
        QTest::newRow("percent zero") << "0 %" << P << 0.0 << "0";
        QTest::newRow("percent hundred") << "100" << P << 1.0 << "100";
        QTest::newRow("percent limit") << "1000 %" << P << 10.0 << "1000";
        QTest::newRow("percent three decimals") << "1.234" << P << 0.01234 << "1.234";
        QTest::newRow("percent hundredth") << "0.01" << P << 0.0001 << "0.01";
        QTest::newRow("percent 1.5 is the double nearest 0.015") << "1.5" << P << 0.015 << "1.5";
    }
    void parseAccepted()
    {
        QFETCH(QString, text);
        QFETCH(NumberKind, kind);
        QFETCH(double, value);
        QFETCH(QString, canonical);
        const auto r = parseNumber(u8(text), kind);
        QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
        QCOMPARE(r.value, value);
        QVERIFY(!std::signbit(r.value) || r.value < 0); // never -0.0
        QCOMPARE(q(r.canonical), canonical);
        QCOMPARE(r.percentSign, text.contains(QLatin1Char('%')) || text.contains(QStringLiteral("％")));
        if (kind == NumberKind::Count || kind == NumberKind::Integer || kind == NumberKind::Money)
            QCOMPARE(static_cast<double>(r.whole), value);
    }

    // ───────────────────────────────────────── Parsing: refused ─────────────────────────────────────────

    void parseRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<NumberKind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("args");  // args[0] is the text without surrounding spaces
        QTest::addColumn<QString>("message"); // empty: not checked in this row
        const auto C = NumberKind::Count, I = NumberKind::Integer, D = NumberKind::Decimal, M = NumberKind::Money,
                   P = NumberKind::Percent;
        const QString big = "1" + QString(400, QLatin1Char('0'));
        // Empty.
        QTest::newRow("empty") << "" << C << "empty" << QStringList{""} << "Expected a whole number of 0 or more; the field is empty.";
        QTest::newRow("spaces") << "   " << D << "empty" << QStringList{""} << "Expected a number; the field is empty.";
        QTest::newRow("ideographic space") << QString::fromUtf8("\u3000") << M << "empty" << QStringList{""}
                                           << "Expected a whole amount in TWD; the field is empty.";
        QTest::newRow("empty percent") << "" << P << "empty" << QStringList{""} << "Expected a percentage of 0 or more; the field is empty.";
        // Not a number.
        QTest::newRow("letters") << "abc" << D << "not-a-number" << QStringList{"abc"} << "Expected a number, found \"abc\".";
        QTest::newRow("letters after") << " 12abc " << C << "not-a-number" << QStringList{"12abc"}
                                       << "Expected a whole number of 0 or more, found \"12abc\".";
        QTest::newRow("exponent") << "1e5" << D << "not-a-number" << QStringList{"1e5"} << "";
        QTest::newRow("exponent upper") << "1E-3" << D << "not-a-number" << QStringList{"1E-3"} << "";
        QTest::newRow("inf") << "inf" << D << "not-a-number" << QStringList{"inf"} << "";
        QTest::newRow("minus inf") << "-inf" << D << "not-a-number" << QStringList{"-inf"} << "";
        QTest::newRow("nan") << "nan" << D << "not-a-number" << QStringList{"nan"} << "";
        QTest::newRow("NaN") << "NaN" << P << "not-a-number" << QStringList{"NaN"} << "";
        QTest::newRow("infinity sign") << "∞" << D << "not-a-number" << QStringList{"∞"} << "";
        QTest::newRow("fraction") << "1/2" << D << "not-a-number" << QStringList{"1/2"} << "";
        QTest::newRow("hex") << "0x10" << I << "not-a-number" << QStringList{"0x10"} << "";
        QTest::newRow("two minus") << "--5" << I << "not-a-number" << QStringList{"--5"} << "";
        QTest::newRow("plus minus") << "+-5" << I << "not-a-number" << QStringList{"+-5"} << "";
        QTest::newRow("trailing minus") << "5-" << I << "not-a-number" << QStringList{"5-"} << "";
        QTest::newRow("two points") << "1..5" << D << "not-a-number" << QStringList{"1..5"} << "";
        QTest::newRow("two commas") << "1,,234" << C << "not-a-number" << QStringList{"1,,234"} << "";
        QTest::newRow("trailing point") << "5." << D << "not-a-number" << QStringList{"5."} << "";
        QTest::newRow("trailing comma") << "5," << D << "not-a-number" << QStringList{"5,"} << "";
        QTest::newRow("point alone") << "." << D << "not-a-number" << QStringList{"."} << "";
        QTest::newRow("minus alone") << "-" << I << "not-a-number" << QStringList{"-"} << "";
        QTest::newRow("percent alone") << "%" << P << "not-a-number" << QStringList{"%"} << "";
        QTest::newRow("currency alone") << "NT$" << M << "not-a-number" << QStringList{"NT$"} << "";
        QTest::newRow("space before point") << "1 .5" << D << "not-a-number" << QStringList{"1 .5"} << "";
        QTest::newRow("double space") << "1  234" << C << "not-a-number" << QStringList{"1  234"} << "";
        QTest::newRow("apostrophe") << "1'234" << C << "not-a-number" << QStringList{"1'234"} << "";
        QTest::newRow("two ideographic stops") << "1。2。3" << D << "not-a-number" << QStringList{"1。2。3"} << "";
        QTest::newRow("ideographic stop not last") << "1。234,5" << D << "not-a-number" << QStringList{"1。234,5"} << "";
        QTest::newRow("Arabic-Indic digits") << "١٢" << C << "not-a-number" << QStringList{"١٢"} << "";
        QTest::newRow("unit") << "12 kg" << M << "not-a-number" << QStringList{"12 kg"} << "";
        QTest::newRow("percent in a count") << "12 %" << C << "not-a-number" << QStringList{"12 %"}
                                            << "Expected a whole number of 0 or more, found \"12 %\".";
        QTest::newRow("percent in money") << "5%" << M << "not-a-number" << QStringList{"5%"} << "Expected a whole amount in TWD, found \"5%\".";
        QTest::newRow("currency in a count") << "NT$ 5" << C << "not-a-number" << QStringList{"NT$ 5"} << "";
        QTest::newRow("yuan in a decimal") << "5 元" << D << "not-a-number" << QStringList{"5 元"} << "";
        QTest::newRow("other currency in a decimal") << "USD 5" << D << "not-a-number" << QStringList{"USD 5"} << "";
        QTest::newRow("美元") << "100 美元" << M << "not-a-number" << QStringList{"100 美元"}
                              << "Expected a whole amount in TWD, found \"100 美元\".";
        // Ambiguous: one comma and three digits where decimals are allowed.
        QTest::newRow("ambiguous comma") << "1,234" << D << "ambiguous" << QStringList{"1,234", "1234", "1.234"}
                                         << "\"1,234\" is ambiguous: the comma may separate thousands (1234) or decimals (1.234); type 1234 or 1.234.";
        QTest::newRow("ambiguous percent") << "12,500 %" << P << "ambiguous" << QStringList{"12,500 %", "12500", "12.500"} << "";
        QTest::newRow("ambiguous negative") << "-1,234" << D << "ambiguous" << QStringList{"-1,234", "-1234", "-1.234"} << "";
        QTest::newRow("ambiguous percent limit") << "1,000 %" << P << "ambiguous" << QStringList{"1,000 %", "1000", "1.000"} << "";
        QTest::newRow("ambiguous 999,999") << "999,999" << D << "ambiguous" << QStringList{"999,999", "999999", "999.999"} << "";
        QTest::newRow("ambiguous full-width") << "１，２３４" << D << "ambiguous" << QStringList{"１，２３４", "1234", "1.234"} << "";
        // Bad grouping.
        QTest::newRow("Indian grouping") << "1,23,456" << C << "bad-grouping" << QStringList{"1,23,456"}
                                         << "\"1,23,456\" has thousand separators in the wrong places: digits are grouped in threes, as in 1,234,567.";
        QTest::newRow("last group of two") << "1,234,56" << C << "bad-grouping" << QStringList{"1,234,56"} << "";
        QTest::newRow("dot groups, last of two") << "1.234.56" << D << "bad-grouping" << QStringList{"1.234.56"} << "";
        QTest::newRow("first group of four") << "1234,567,890" << C << "bad-grouping" << QStringList{"1234,567,890"} << "";
        QTest::newRow("group of four") << "1,2345,678" << C << "bad-grouping" << QStringList{"1,2345,678"} << "";
        QTest::newRow("leading zero group") << "0,123,456" << C << "bad-grouping" << QStringList{"0,123,456"} << "";
        QTest::newRow("two decimal points") << "1,234.567.8" << D << "bad-grouping" << QStringList{"1,234.567.8"} << "";
        QTest::newRow("two decimal commas") << "1.234,567,8" << D << "bad-grouping" << QStringList{"1.234,567,8"} << "";
        QTest::newRow("spaces and commas") << "1 234,567.5" << D << "bad-grouping" << QStringList{"1 234,567.5"} << "";
        QTest::newRow("comma then spaces") << "1,234 567" << C << "bad-grouping" << QStringList{"1,234 567"} << "";
        QTest::newRow("space group of two") << "1 23" << C << "bad-grouping" << QStringList{"1 23"} << "";
        QTest::newRow("space first group of four") << "1234 567" << C << "bad-grouping" << QStringList{"1234 567"} << "";
        QTest::newRow("space after the decimal point") << "1.5 5" << D << "bad-grouping" << QStringList{"1.5 5"} << "";
        // Not whole.
        QTest::newRow("count with decimals") << "1.5" << C << "not-whole" << QStringList{"1.5"}
                                             << "\"1.5\" is not a whole number: expected a whole number of 0 or more.";
        QTest::newRow("count with comma decimal") << "1,5" << C << "not-whole" << QStringList{"1,5"} << "";
        QTest::newRow("count 0,125") << "0,125" << C << "not-whole" << QStringList{"0,125"} << "";
        QTest::newRow("count 1234,567") << "1234,567" << C << "not-whole" << QStringList{"1234,567"} << "";
        QTest::newRow("count .5") << ".5" << C << "not-whole" << QStringList{".5"} << "";
        QTest::newRow("money cents") << "NT$ 12.50" << M << "not-whole" << QStringList{"NT$ 12.50"}
                                     << "\"NT$ 12.50\" is not a whole number: expected a whole amount in TWD.";
        QTest::newRow("money grouped cents") << "1,234.5" << M << "not-whole" << QStringList{"1,234.5"} << "";
        QTest::newRow("integer comma decimal") << "1.234,5" << I << "not-whole" << QStringList{"1.234,5"} << "";
        QTest::newRow("integer ideographic stop") << "1。5" << I << "not-whole" << QStringList{"1。5"} << "";
        // Negative where it is not allowed.
        QTest::newRow("negative count") << "-5" << C << "negative" << QStringList{"-5"} << "\"-5\" is negative: expected a whole number of 0 or more.";
        QTest::newRow("negative full-width") << "－１" << C << "negative" << QStringList{"－１"} << "";
        QTest::newRow("negative money U+2212") << QString::fromUtf8("\u22121,200") << M << "negative" << QStringList{QString::fromUtf8("\u22121,200")}
                                               << QString::fromUtf8("\"\u22121,200\" is negative: expected a whole amount in TWD.");
        QTest::newRow("negative after NT$") << "NT$ -1" << M << "negative" << QStringList{"NT$ -1"} << "";
        QTest::newRow("negative before NT$") << "-NT$ 1" << M << "negative" << QStringList{"-NT$ 1"} << "";
        QTest::newRow("negative percent") << "-12.5 %" << P << "negative" << QStringList{"-12.5 %"}
                                          << "\"-12.5 %\" is negative: expected a percentage of 0 or more.";
        QTest::newRow("negative decimal count first") << "-1.5" << C << "negative" << QStringList{"-1.5"} << "";
        // Out of range: the message says the limit.
        QTest::newRow("count too large") << "1,000,000,001" << C << "too-large" << QStringList{"1,000,000,001", "1,000,000,000"}
                                         << "\"1,000,000,001\" is too large: expected at most 1,000,000,000.";
        QTest::newRow("integer too large") << "2000000000" << I << "too-large" << QStringList{"2000000000", "1,000,000,000"} << "";
        QTest::newRow("integer 20 digits") << "99999999999999999999" << I << "too-large" << QStringList{"99999999999999999999", "1,000,000,000"} << "";
        QTest::newRow("integer too small") << "-1,000,000,001" << I << "too-small" << QStringList{"-1,000,000,001", "-1,000,000,000"}
                                           << "\"-1,000,000,001\" is too small: expected at least -1,000,000,000.";
        QTest::newRow("money too large") << "NT$ 10,000,000,000,001" << M << "too-large"
                                         << QStringList{"NT$ 10,000,000,000,001", "TWD 10,000,000,000,000"}
                                         << "\"NT$ 10,000,000,000,001\" is too large: expected at most TWD 10,000,000,000,000.";
        QTest::newRow("percent too large") << "1000.01 %" << P << "too-large" << QStringList{"1000.01 %", "1,000 %"}
                                           << "\"1000.01 %\" is too large: expected at most 1,000 %.";
        QTest::newRow("decimal too large") << "1000000000000000.5" << D << "too-large"
                                           << QStringList{"1000000000000000.5", "1,000,000,000,000,000"} << "";
        QTest::newRow("decimal beyond double") << big << D << "too-large" << QStringList{big, "1,000,000,000,000,000"} << "";
        QTest::newRow("decimal beyond double, negative") << "-" + big << D << "too-small" << QStringList{"-" + big, "-1,000,000,000,000,000"} << "";
        // Money in another currency.
        QTest::newRow("USD before") << "USD 100" << M << "wrong-currency" << QStringList{"USD 100", "USD"}
                                    << "\"USD 100\" is in USD: expected a whole amount in TWD.";
        QTest::newRow("usd after") << "100 usd" << M << "wrong-currency" << QStringList{"100 usd", "USD"} << "";
        QTest::newRow("US$") << "US$ 100" << M << "wrong-currency" << QStringList{"US$ 100", "US$"} << "";
        QTest::newRow("JPY grouped") << "JPY 1,000" << M << "wrong-currency" << QStringList{"JPY 1,000", "JPY"} << "";
        QTest::newRow("euro before") << "€ 5" << M << "wrong-currency" << QStringList{"€ 5", "€"} << "";
        QTest::newRow("euro after") << "5 €" << M << "wrong-currency" << QStringList{"5 €", "€"} << "";
        QTest::newRow("yen") << "¥500" << M << "wrong-currency" << QStringList{"¥500", "¥"} << "";
        QTest::newRow("full-width yen") << "￥500" << M << "wrong-currency" << QStringList{"￥500", "¥"} << "";
        QTest::newRow("pound") << "£5" << M << "wrong-currency" << QStringList{"£5", "£"} << "";
    }
    void parseRefused()
    {
        QFETCH(QString, text);
        QFETCH(NumberKind, kind);
        QFETCH(QString, id);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = parseNumber(u8(text), kind);
        QVERIFY2(!r.ok(), r.canonical.c_str());
        QCOMPARE(QString::fromLatin1(numberErrorKey(r.error->id)), id);
        QStringList got;
        for (const auto &a : r.error->args)
            got << q(a);
        QCOMPARE(got, args);
        if (!message.isEmpty())
            QCOMPARE(q(r.error->message), message);
        QVERIFY(!r.error->message.empty());
    }

    void parseInvalidUtf8()
    {
        for (const char *bad : {"1\xff", "\xc0\xaf" "5", "5\xe2\x88", "\xed\xa0\x80"}) { // stray byte, overlong, cut, surrogate
            const auto r = parseNumber(bad, NumberKind::Decimal);
            QVERIFY(!r.ok());
            QCOMPARE(r.error->id, NumberErrorId::NotANumber);
            QCOMPARE(r.error->args.at(0), std::string(bad));
        }
    }

    // ───────────────────────────────────────── Parsing: field rules ─────────────────────────────────────────

    void parseRules_data()
    {
        QTest::addColumn<NumberKind>("kind");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<double>("limit");
        QTest::addColumn<int>("maxDecimals");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id"); // empty: accepted
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        const auto D = NumberKind::Decimal, P = NumberKind::Percent, M = NumberKind::Money, I = NumberKind::Integer;
        QTest::newRow("scenario change, negative percent") << P << true << 1000.0 << -1 << "-30 %" << "" << -0.3 << "";
        QTest::newRow("negative percent at the limit") << P << true << 1000.0 << -1 << "-1000" << "" << -10.0 << "";
        QTest::newRow("negative percent too small") << P << true << 1000.0 << -1 << "-1000.5" << "too-small" << 0.0
                                                    << "\"-1000.5\" is too small: expected at least -1,000 %.";
        QTest::newRow("decimal without negatives") << D << false << 1e15 << -1 << "-1" << "negative" << 0.0
                                                   << "\"-1\" is negative: expected a number of 0 or more.";
        QTest::newRow("two decimals") << D << true << 1e15 << 2 << "1.234" << "too-many-decimals" << 0.0 << "\"1.234\" has more than 2 decimals.";
        QTest::newRow("two decimals, trailing zero") << D << true << 1e15 << 2 << "1.230" << "" << 1.23 << "";
        QTest::newRow("two decimals, one") << D << true << 1e15 << 2 << "1,2" << "" << 1.2 << "";
        QTest::newRow("no decimals in a decimal") << D << true << 1e15 << 0 << "1.5" << "too-many-decimals" << 0.0 << "\"1.5\" has more than 0 decimals.";
        QTest::newRow("basis points field") << P << false << 100.0 << 2 << "12.345" << "too-many-decimals" << 0.0 << "";
        QTest::newRow("basis points field, limit") << P << false << 100.0 << 2 << "100.01" << "too-large" << 0.0
                                                   << "\"100.01\" is too large: expected at most 100 %.";
        QTest::newRow("basis points field, ok") << P << false << 100.0 << 2 << "5.25 %" << "" << 0.0525 << "";
        QTest::newRow("money may be negative") << M << true << 1e13 << 0 << "-1,200" << "" << -1200.0 << "";
        QTest::newRow("likelihood 1 to 5") << I << false << 5.0 << 0 << "6" << "too-large" << 0.0 << "\"6\" is too large: expected at most 5.";
        QTest::newRow("likelihood at 5") << I << false << 5.0 << 0 << "5" << "" << 5.0 << "";
        QTest::newRow("integer without negatives") << I << false << 5.0 << 0 << "-1" << "negative" << 0.0
                                                   << "\"-1\" is negative: expected a whole number of 0 or more.";
        QTest::newRow("limit with decimals") << D << true << 2.5 << -1 << "2.51" << "too-large" << 0.0 << "\"2.51\" is too large: expected at most 2.5.";
        QTest::newRow("limit with decimals, ok") << D << true << 2.5 << -1 << "2.5" << "" << 2.5 << "";
    }
    void parseRules()
    {
        QFETCH(NumberKind, kind);
        QFETCH(bool, allowNegative);
        QFETCH(double, limit);
        QFETCH(int, maxDecimals);
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(double, value);
        QFETCH(QString, message);
        const auto r = parseNumber(u8(text), NumberRules{kind, allowNegative, limit, maxDecimals});
        if (id.isEmpty()) {
            QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
            QCOMPARE(r.value, value);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(QString::fromLatin1(numberErrorKey(r.error->id)), id);
            if (!message.isEmpty())
                QCOMPARE(q(r.error->message), message);
        }
    }

    void defaultRulesAndWords()
    {
        const auto c = defaultRules(NumberKind::Count);
        QCOMPARE(c.allowNegative, false);
        QCOMPARE(c.limit, 1e9);
        const auto m = defaultRules(NumberKind::Money);
        QCOMPARE(m.allowNegative, false);
        QCOMPARE(m.limit, 1e13);
        QCOMPARE(defaultRules(NumberKind::Integer).allowNegative, true);
        QCOMPARE(defaultRules(NumberKind::Decimal).limit, 1e15);
        QCOMPARE(defaultRules(NumberKind::Percent).limit, 1000.0);
        QCOMPARE(q(expectedWords(c)), QStringLiteral("a whole number of 0 or more"));
        QCOMPARE(q(expectedWords(defaultRules(NumberKind::Integer))), QStringLiteral("a whole number"));
        QCOMPARE(q(expectedWords(defaultRules(NumberKind::Decimal))), QStringLiteral("a number"));
        QCOMPARE(q(expectedWords(m)), QStringLiteral("a whole amount in TWD"));
        QCOMPARE(q(expectedWords(defaultRules(NumberKind::Percent))), QStringLiteral("a percentage of 0 or more"));
        // Every id has its own key.
        QStringList keys;
        for (int i = 0; i <= static_cast<int>(NumberErrorId::WrongCurrency); ++i)
            keys << QString::fromLatin1(numberErrorKey(static_cast<NumberErrorId>(i)));
        QCOMPARE(keys, (QStringList{"empty", "not-a-number", "ambiguous", "bad-grouping", "not-whole", "too-many-decimals", "negative",
                                    "too-large", "too-small", "wrong-currency"}));
    }

    /** Whatever is typed, the parser answers (no crash, no NaN): random strings over the characters it knows. */
    void parseNeverBreaks()
    {
        static const char *const kParts[] = {"0", "1", "5", "9", ",", ".", " ", "-", "+", "%", "NT$", "元", "１", "，", "．", "。",
                                             "\xe2\x88\x92", "\xc2\xa0", "e", "USD", "€", "\xff", "\x80", ""};
        std::mt19937 g(42);
        int ok = 0;
        for (int i = 0; i < 20000; ++i) {
            std::string s;
            const int n = static_cast<int>(g() % 9);
            for (int k = 0; k < n; ++k)
                s += kParts[g() % std::size(kParts)];
            for (auto kind : {NumberKind::Count, NumberKind::Integer, NumberKind::Decimal, NumberKind::Money, NumberKind::Percent}) {
                const auto r = parseNumber(s, kind);
                if (r.ok()) {
                    ++ok;
                    QVERIFY2(std::isfinite(r.value), s.c_str());
                    QVERIFY2(std::abs(r.value) <= (kind == NumberKind::Percent ? 10.0 : defaultRules(kind).limit), s.c_str());
                    // The canonical form reads back to the same number.
                    const auto again = parseNumber(r.canonical + (r.percentSign ? "%" : ""), kind);
                    QVERIFY2(again.ok() && sameBits(again.value, r.value), s.c_str());
                } else {
                    QVERIFY2(!r.error->message.empty() && !r.error->args.empty(), s.c_str());
                }
            }
        }
        QVERIFY(ok > 1000);
    }

    // ───────────────────────────────────────── Formatting ─────────────────────────────────────────

    void formatFixed_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("halfEven");
        QTest::addColumn<QString>("halfAway");
        QTest::newRow("0.125 tie") << 0.125 << 2 << "0.12" << "0.13";
        QTest::newRow("0.375 tie") << 0.375 << 2 << "0.38" << "0.38";
        QTest::newRow("0.0625 tie") << 0.0625 << 3 << "0.062" << "0.063";
        QTest::newRow("2.5 tie") << 2.5 << 0 << "2" << "3";
        QTest::newRow("3.5 tie") << 3.5 << 0 << "4" << "4";
        QTest::newRow("-2.5 tie") << -2.5 << 0 << "-2" << "-3";
        QTest::newRow("0.5 tie") << 0.5 << 0 << "0" << "1";
        QTest::newRow("-0.5 tie") << -0.5 << 0 << "-0" << "-1";
        QTest::newRow("1.5 tie") << 1.5 << 0 << "2" << "2";
        QTest::newRow("0.25 tie") << 0.25 << 1 << "0.2" << "0.3";
        QTest::newRow("9.5 carries") << 9.5 << 0 << "10" << "10";
        QTest::newRow("99.5 carries") << 99.5 << 0 << "100" << "100";
        QTest::newRow("-9.75 carries") << -9.75 << 1 << "-9.8" << "-9.8";
        QTest::newRow("-0.25 tie") << -0.25 << 1 << "-0.2" << "-0.3";
        QTest::newRow("123456789.125 tie") << 123456789.125 << 2 << "123456789.12" << "123456789.13";
        QTest::newRow("1e15 + 0.5 tie") << 1e15 + 0.5 << 0 << "1000000000000000" << "1000000000000001";
        QTest::newRow("99.95 not a tie") << 99.95 << 1 << "100.0" << "100.0";
        QTest::newRow("1.005 below") << 1.005 << 2 << "1.00" << "1.00";
        QTest::newRow("2.675 below") << 2.675 << 2 << "2.67" << "2.67";
        QTest::newRow("0.045 below") << 0.045 << 2 << "0.04" << "0.04";
        QTest::newRow("12.345 above") << 12.345 << 2 << "12.35" << "12.35";
        QTest::newRow("0 ") << 0.0 << 2 << "0.00" << "0.00";
        QTest::newRow("-0.0") << -0.0 << 2 << "-0.00" << "0.00";
        QTest::newRow("-0.0 no decimals") << -0.0 << 0 << "-0" << "0";
        QTest::newRow("-0.004 keeps its sign") << -0.004 << 2 << "-0.00" << "-0.00";
        QTest::newRow("-0.04 keeps its sign") << -0.04 << 1 << "-0.0" << "-0.0";
        QTest::newRow("-1e-5") << -1e-5 << 4 << "-0.0000" << "-0.0000";
        QTest::newRow("smallest subnormal") << 5e-324 << 4 << "0.0000" << "0.0000";
        QTest::newRow("score") << 0.94 << 4 << "0.9400" << "0.9400";
        QTest::newRow("no grouping") << 1234567.891 << 2 << "1234567.89" << "1234567.89";
        QTest::newRow("roi") << 57.094 << 2 << "57.09" << "57.09";
        QTest::newRow("1e22") << 1e22 << 0 << "10000000000000000000000" << "10000000000000000000000";
        QTest::newRow("20 decimals exact") << 0.1 << 20 << "0.10000000000000000555" << "0.10000000000000000555";
        QTest::newRow("negative decimals are 0") << 1.5 << -1 << "2" << "2";
        QTest::newRow("NaN") << kNaN << 2 << "nan" << "nan";
        QTest::newRow("-NaN") << -kNaN << 2 << "-nan" << "nan";
        QTest::newRow("inf") << kInf << 1 << "inf" << "inf";
        QTest::newRow("-inf") << -kInf << 0 << "-inf" << "-inf";
    }
    void formatFixed()
    {
        QFETCH(double, x);
        QFETCH(int, decimals);
        QFETCH(QString, halfEven);
        QFETCH(QString, halfAway);
        QCOMPARE(q(vb::formatFixed(x, decimals)), halfEven);
        QCOMPARE(q(vb::formatFixed(x, decimals, Rounding::HalfEven)), halfEven);
        QCOMPARE(q(vb::formatFixed(x, decimals, Rounding::HalfAwayFromZero)), halfAway);
    }

    void formatRounded_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("halfEven");
        QTest::addColumn<QString>("halfAway");
        QTest::newRow("0.125") << 0.125 << 2 << "0.13" << "0.13";
        QTest::newRow("2.5") << 2.5 << 0 << "3" << "3";
        QTest::newRow("-2.5") << -2.5 << 0 << "-3" << "-3";
        QTest::newRow("-0.04 rounds to -0.0") << -0.04 << 1 << "-0.0" << "0.0";
        QTest::newRow("-0.4 rounds to -0") << -0.4 << 0 << "-0" << "0";
        QTest::newRow("1.005 (100.49999…)") << 1.005 << 2 << "1.00" << "1.00";
        QTest::newRow("1.255 (125.49999…)") << 1.255 << 2 << "1.25" << "1.25";
        QTest::newRow("0.285 (28.499999…)") << 0.285 << 2 << "0.28" << "0.28";
        QTest::newRow("1.45") << 1.45 << 1 << "1.5" << "1.5";
        QTest::newRow("33.3333") << 100.0 / 3.0 << 1 << "33.3" << "33.3";
        QTest::newRow("tonnes") << 1234.5678 << 1 << "1234.6" << "1234.6";
    }
    void formatRounded()
    {
        QFETCH(double, x);
        QFETCH(int, decimals);
        QFETCH(QString, halfEven);
        QFETCH(QString, halfAway);
        QCOMPARE(q(vb::formatRounded(x, decimals)), halfEven);
        QCOMPARE(q(vb::formatRounded(x, decimals, Rounding::HalfAwayFromZero)), halfAway);
    }

    void formatSigned_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QString>("halfEven");
        QTest::addColumn<QString>("halfAway");
        QTest::newRow("positive") << 0.25 << "+0.25" << "+0.25";
        QTest::newRow("negative") << -1.5 << "-1.50" << "-1.50";
        QTest::newRow("zero") << 0.0 << "+0.00" << "+0.00";
        QTest::newRow("-0.0 (as the helpers print it)") << -0.0 << "+-0.00" << "+0.00";
        QTest::newRow("small negative") << -0.001 << "-0.00" << "-0.00";
        QTest::newRow("tie") << 0.125 << "+0.12" << "+0.13";
        QTest::newRow("NaN") << kNaN << "nan" << "nan";
    }
    void formatSigned()
    {
        QFETCH(double, x);
        QFETCH(QString, halfEven);
        QFETCH(QString, halfAway);
        QCOMPARE(q(formatSignedFixed(x, 2)), halfEven);
        QCOMPARE(q(formatSignedFixed(x, 2, Rounding::HalfAwayFromZero)), halfAway);
    }

    void formatScore_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0.94") << 0.94 << "0.9400";
        QTest::newRow("0.8") << 0.8 << "0.8000";
        QTest::newRow("rounded") << 0.123456 << "0.1235";
        QTest::newRow("one") << 1.0 << "1.0000";
        QTest::newRow("negative (PROMETHEE φ)") << -0.5 << "-0.5000";
        QTest::newRow("tie at 4 decimals") << 0.03125 << "0.0312";
    }
    void formatScore()
    {
        QFETCH(double, x);
        QFETCH(QString, expected);
        QCOMPARE(q(vb::formatScore(x)), expected);
    }

    void groupThousands_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("grouped");
        QTest::addColumn<QString>("plain");
        QTest::newRow("0") << qint64(0) << "0" << "0";
        QTest::newRow("7") << qint64(7) << "7" << "7";
        QTest::newRow("999") << qint64(999) << "999" << "999";
        QTest::newRow("-999") << qint64(-999) << "-999" << "-999";
        QTest::newRow("1000") << qint64(1000) << "1,000" << "1000";
        QTest::newRow("-1000") << qint64(-1000) << "-1,000" << "-1000";
        QTest::newRow("100000") << qint64(100000) << "100,000" << "100000";
        QTest::newRow("1234567") << qint64(1234567) << "1,234,567" << "1234567";
        QTest::newRow("money limit") << qint64(10'000'000'000'000) << "10,000,000,000,000" << "10000000000000";
        QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << "9,223,372,036,854,775,807" << "9223372036854775807";
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << "-9,223,372,036,854,775,808" << "-9223372036854775808";
    }
    void groupThousands()
    {
        QFETCH(qint64, n);
        QFETCH(QString, grouped);
        QFETCH(QString, plain);
        QCOMPARE(q(vb::groupThousands(n)), grouped);
        QCOMPARE(q(formatCount(n)), grouped);
        QCOMPARE(q(formatInteger(n)), plain);
    }

    void formatGrouped_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1500") << 1500.0 << "1,500";
        QTest::newRow("0") << 0.0 << "0";
        QTest::newRow("-0.0") << -0.0 << "0";
        QTest::newRow("2.5") << 2.5 << "2.5";
        QTest::newRow("2.05") << 2.05 << "2.05";
        QTest::newRow("2.1") << 2.1 << "2.1";
        QTest::newRow("12.3") << 12.3 << "12.3";
        QTest::newRow("3.14159") << 3.14159 << "3.14";
        QTest::newRow("1234.567") << 1234.567 << "1,234.57";
        QTest::newRow("12345678.9") << 12345678.9 << "12,345,678.9";
        QTest::newRow("0.999 carries") << 0.999 << "1";
        QTest::newRow("0.996 carries") << 0.996 << "1";
        QTest::newRow("999999.999 carries") << 999999.999 << "1,000,000";
        QTest::newRow("0.005 is dropped") << 0.005 << "0";
        QTest::newRow("0.0051") << 0.0051 << "0.01";
        QTest::newRow("0.05") << 0.05 << "0.05";
        QTest::newRow("-1234.5") << -1234.5 << "-1,234.5";
        QTest::newRow("-0.5") << -0.5 << "-0.5";
        QTest::newRow("-0.001 (as groupDigits prints it)") << -0.001 << "-0";
        QTest::newRow("1e15") << 1e15 << "1,000,000,000,000,000";
        QTest::newRow("beyond int64") << 1e20 << "100,000,000,000,000,000,000";
        QTest::newRow("NaN") << kNaN << "nan";
        QTest::newRow("-inf") << -kInf << "-inf";
    }
    void formatGrouped()
    {
        QFETCH(double, x);
        QFETCH(QString, expected);
        QCOMPARE(q(vb::formatGrouped(x)), expected);
    }

    void formatGroupedFixed_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        // 評分單價法: price ÷ average total, e.g. 2,000,000 ÷ 80 = 25,000.00 and 1,500,000 ÷ 65 = 23,076.923… → 23,076.92.
        QTest::newRow("25000") << 25000.0 << 2 << "25,000.00";
        QTest::newRow("1500000 / 65") << 1500000.0 / 65.0 << 2 << "23,076.92";
        QTest::newRow("999.995 carries into a group") << 999.995 << 2 << "1,000.00"; // 999.99500000000000455
        QTest::newRow("999999.996 carries") << 999999.996 << 2 << "1,000,000.00";
        QTest::newRow("-1234.567") << -1234.567 << 1 << "-1,234.6";
        QTest::newRow("123 no decimals") << 123.0 << 0 << "123";
        QTest::newRow("1234567 no decimals") << 1234567.0 << 0 << "1,234,567";
        QTest::newRow("NaN") << kNaN << 2 << "nan";
        QTest::newRow("-inf") << -kInf << 2 << "-inf";
    }
    void formatGroupedFixed()
    {
        QFETCH(double, x);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(q(vb::formatGroupedFixed(x, decimals)), expected);
    }

    void formatHundredths_data()
    {
        QTest::addColumn<qint64>("h");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("grouped");  // formatPercentBp(h, Grouped)
        QTest::addColumn<QString>("document"); // formatPercentBp(h, Document)
        QTest::newRow("0") << qint64(0) << "0" << "0 %" << "0 %";
        QTest::newRow("1") << qint64(1) << "0.01" << "0.01 %" << "0.01 %";
        QTest::newRow("5") << qint64(5) << "0.05" << "0.05 %" << "0.05 %";
        QTest::newRow("10") << qint64(10) << "0.1" << "0.1 %" << "0.10 %";
        QTest::newRow("50") << qint64(50) << "0.5" << "0.5 %" << "0.50 %";
        QTest::newRow("99") << qint64(99) << "0.99" << "0.99 %" << "0.99 %";
        QTest::newRow("500") << qint64(500) << "5" << "5 %" << "5 %";
        QTest::newRow("1000") << qint64(1000) << "10" << "10 %" << "10 %";
        QTest::newRow("1005") << qint64(1005) << "10.05" << "10.05 %" << "10.05 %";
        QTest::newRow("1050") << qint64(1050) << "10.5" << "10.5 %" << "10.50 %";
        QTest::newRow("1250") << qint64(1250) << "12.5" << "12.5 %" << "12.50 %";
        QTest::newRow("123456") << qint64(123456) << "1,234.56" << "1,234.56 %" << "1234.56 %";
        QTest::newRow("100000 (1,000 %)") << qint64(100000) << "1,000" << "1,000 %" << "1000 %";
        QTest::newRow("-5") << qint64(-5) << "-0.05" << "-0.05 %" << "-0.05 %";
        QTest::newRow("-50") << qint64(-50) << "-0.5" << "-0.5 %" << "-0.50 %";
        QTest::newRow("-100") << qint64(-100) << "-1" << "-1 %" << "-1 %";
        QTest::newRow("-1250") << qint64(-1250) << "-12.5" << "-12.5 %" << "-12.50 %";
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << "-92,233,720,368,547,758.08" << "-92,233,720,368,547,758.08 %"
                                   << "-92233720368547758.08 %";
    }
    void formatHundredths()
    {
        QFETCH(qint64, h);
        QFETCH(QString, expected);
        QFETCH(QString, grouped);
        QFETCH(QString, document);
        QCOMPARE(q(formatGroupedHundredths(h)), expected);
        QCOMPARE(q(formatPercentBp(h)), grouped);
        QCOMPARE(q(formatPercentBp(h, BasisPointStyle::Grouped)), grouped);
        QCOMPARE(q(formatPercentBp(h, BasisPointStyle::Document)), document);
    }

    void formatPercent_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("halfEven");
        QTest::addColumn<QString>("halfAway");
        QTest::newRow("12.5 %") << 0.125 << 1 << "12.5 %" << "12.5 %";
        QTest::newRow("12.5 % whole") << 0.125 << 0 << "12 %" << "13 %";
        QTest::newRow("50 %") << 0.5 << 1 << "50.0 %" << "50.0 %";
        QTest::newRow("100 %") << 1.0 << 1 << "100.0 %" << "100.0 %";
        QTest::newRow("4.7 %") << 0.047 << 1 << "4.7 %" << "4.7 %";
        QTest::newRow("58.8 %") << 0.588 << 1 << "58.8 %" << "58.8 %";
        QTest::newRow("25 %") << 0.25 << 0 << "25 %" << "25 %";
        QTest::newRow("one third") << 1.0 / 3.0 << 1 << "33.3 %" << "33.3 %";
        QTest::newRow("negative") << -0.05 << 1 << "-5.0 %" << "-5.0 %";
        QTest::newRow("-0.0") << -0.0 << 1 << "-0.0 %" << "0.0 %";
    }
    void formatPercent()
    {
        QFETCH(double, fraction);
        QFETCH(int, decimals);
        QFETCH(QString, halfEven);
        QFETCH(QString, halfAway);
        QCOMPARE(q(vb::formatPercent(fraction, decimals)), halfEven);
        QCOMPARE(q(vb::formatPercent(fraction, decimals, Rounding::HalfAwayFromZero)), halfAway);
        // The same through percent points.
        QCOMPARE(q(formatPercentPoints(fraction * 100.0, decimals)), halfEven);
        QCOMPARE(q(formatPercentPoints(fraction * 100.0, decimals, Rounding::HalfAwayFromZero)), halfAway);
    }

    void formatPercentChange_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("halfAway"); // the default
        QTest::addColumn<QString>("halfEven");
        QTest::newRow("+12 %") << 0.12 << "+12 %" << "+12 %";
        QTest::newRow("-5 %") << -0.05 << "-5 %" << "-5 %";
        QTest::newRow("-30 %") << -0.3 << "-30 %" << "-30 %";
        QTest::newRow("+100 %") << 1.0 << "+100 %" << "+100 %";
        QTest::newRow("0") << 0.0 << "0 %" << "0 %";
        QTest::newRow("small positive") << 0.004 << "0 %" << "0 %";
        QTest::newRow("small negative rounds to -0") << -0.004 << "0 %" << "-0 %";
        QTest::newRow("12.5 rounds away") << 0.125 << "+13 %" << "+13 %";
    }
    void formatPercentChange()
    {
        QFETCH(double, fraction);
        QFETCH(QString, halfAway);
        QFETCH(QString, halfEven);
        QCOMPARE(q(vb::formatPercentChange(fraction)), halfAway);
        QCOMPARE(q(vb::formatPercentChange(fraction, Rounding::HalfEven)), halfEven);
    }

    void amountInChineseWords_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("words");
        // Worked by hand from the rules in numbers.h (digits from the left; 拾佰仟 inside a group of four, 萬/億 after a
        // group; one 零 per run of inner zeros; trailing zeros dropped; the leading ten keeps 壹).
        QTest::newRow("0") << qint64(0) << QStringLiteral("新臺幣零元整");
        QTest::newRow("10: the leading ten keeps 壹") << qint64(10) << QStringLiteral("新臺幣壹拾元整");
        QTest::newRow("10,000: trailing zeros unwritten") << qint64(10000) << QStringLiteral("新臺幣壹萬元整");
        // 10|0010 → group 萬 = "壹拾", group 元 = 0010: the zeros of 萬's units place and of 仟佰 form one run → 零壹拾.
        QTest::newRow("100,010") << qint64(100010) << QStringLiteral("新臺幣壹拾萬零壹拾元整");
        // 10|0000|0001 → 壹拾億, an empty 萬 group (not written), one run of eight zeros → 零壹.
        QTest::newRow("1,000,000,001") << qint64(1000000001) << QStringLiteral("新臺幣壹拾億零壹元整");
        // 1000|1000: the run 百萬 十萬 萬 crosses the group boundary → 壹仟萬零壹仟.
        QTest::newRow("10,001,000") << qint64(10001000) << QStringLiteral("新臺幣壹仟萬零壹仟元整");
        // 3|8483|496 from the sample's hybrid quote: 參仟捌佰肆拾捌萬參仟肆佰玖拾陸.
        QTest::newRow("38,483,496") << qint64(38483496) << QStringLiteral("新臺幣參仟捌佰肆拾捌萬參仟肆佰玖拾陸元整");
        QTest::newRow("105: inner zero") << qint64(105) << QStringLiteral("新臺幣壹佰零伍元整");
        QTest::newRow("110,000") << qint64(110000) << QStringLiteral("新臺幣壹拾壹萬元整");
        QTest::newRow("2,000,000,000,000: 兆") << qint64(2000000000000) << QStringLiteral("新臺幣貳兆元整");
        QTest::newRow("-10") << qint64(-10) << QStringLiteral("新臺幣負壹拾元整");
        // The quote's 含稅 total in words, by hand: 105|0000 → 壹佰零伍 (one 零 for the tens) + 萬, the empty group unwritten.
        QTest::newRow("1,050,000") << qint64(1050000) << QStringLiteral("新臺幣壹佰零伍萬元整");
        // 1|0005: 壹萬, then the run 仟佰拾 of zeros → 零, then 伍.
        QTest::newRow("10,005") << qint64(10005) << QStringLiteral("新臺幣壹萬零伍元整");
        // 1|0000|0000: 壹億 and two empty groups.
        QTest::newRow("100,000,000") << qint64(100000000) << QStringLiteral("新臺幣壹億元整");
        // 203|0400: 貳佰零參 + 萬, the zero of the 仟 place → 零, 肆佰, the trailing zeros unwritten.
        QTest::newRow("2,030,400") << qint64(2030400) << QStringLiteral("新臺幣貳佰零參萬零肆佰元整");
    }
    void amountInChineseWords()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, words);
        QCOMPARE(q(formatAmountInChineseWords(amount)), words);
    }
    void chineseNumeralExtremes()
    {
        // INT64_MAX = 922|3372|0368|5477|5807: 玖佰貳拾貳京參仟參佰柒拾貳兆零參佰陸拾捌億伍仟肆佰柒拾柒萬伍仟捌佰零柒
        QCOMPARE(q(chineseCapitalNumeral(INT64_MAX)), QStringLiteral("玖佰貳拾貳京參仟參佰柒拾貳兆零參佰陸拾捌億伍仟肆佰柒拾柒萬伍仟捌佰零柒"));
        QVERIFY(q(chineseCapitalNumeral(INT64_MIN)).startsWith(QStringLiteral("負玖佰貳拾貳京")));
    }

    void formatMoneyAndCurrency()
    {
        QCOMPARE(q(formatAmount(1234567, "TWD")), QStringLiteral("TWD 1,234,567"));
        QCOMPARE(q(formatAmount(0, "TWD")), QStringLiteral("TWD 0"));
        QCOMPARE(q(formatAmount(-1200, "TWD")), QStringLiteral("TWD -1,200"));
        QCOMPARE(q(formatAmount(1234, "")), QStringLiteral("1,234"));
        QCOMPARE(q(formatAmount(1234567, "TWD", Lang::ZhTW)), QStringLiteral("新臺幣 1,234,567"));
        QCOMPARE(q(formatAmount(1234567, "TWD", Lang::En)), QStringLiteral("TWD 1,234,567"));
        QCOMPARE(q(formatAmount(5, "USD", Lang::ZhTW)), QStringLiteral("USD 5"));
        QCOMPARE(q(currencyLabel("TWD", Lang::ZhTW)), QStringLiteral("新臺幣"));
        QCOMPARE(q(currencyLabel("TWD", Lang::En)), QStringLiteral("TWD"));
        QCOMPARE(q(currencyLabel("USD", Lang::ZhTW)), QStringLiteral("USD"));
        QCOMPARE(q(formatFactAmount(1234.5, "USD")), QStringLiteral("USD 1,234.5"));
        QCOMPARE(q(formatFactAmount(3200000, "TWD")), QStringLiteral("TWD 3,200,000"));
        QCOMPARE(q(formatFactAmount(1500, "")), QStringLiteral("1,500"));
    }

    void formatShortest_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0.1") << 0.1 << "0.1";
        QTest::newRow("1500") << 1500.0 << "1500";
        QTest::newRow("2.5e-07") << 2.5e-7 << "2.5e-07";
        QTest::newRow("-0.0") << -0.0 << "0";
        QTest::newRow("one third of 100") << 100.0 / 3.0 << "33.333333333333336";
        QTest::newRow("1e15") << 1e15 << "1000000000000000";
        QTest::newRow("9e15") << 9e15 << "9e+15";
        QTest::newRow("-42") << -42.0 << "-42";
        QTest::newRow("NaN") << kNaN << "null";
        QTest::newRow("inf") << kInf << "null";
    }
    void formatShortest()
    {
        QFETCH(double, x);
        QFETCH(QString, expected);
        QCOMPARE(q(vb::formatShortest(x)), expected);
    }

    // ───────────────── The helpers of today against the numbers.h function each delegates to ─────────────────

    void legacyDoubleHelpersByteIdentical()
    {
        const CLocaleScope c; // the legacy helpers print with printf: compare them as venuebid-cli runs them
        const auto xs = sampleDoubles();
        long compared = 0;
        const auto same = [&](const std::string &legacyText, const std::string &mine, const char *helper, double x) {
            ++compared;
            if (legacyText != mine)
                QFAIL(qPrintable(QStringLiteral("%1(%2): legacy \"%3\", numbers.h \"%4\"")
                                     .arg(QLatin1String(helper), QString::number(x, 'g', 17), q(legacyText), q(mine))));
        };
        for (double x : xs) {
            for (int d = 0; d <= 4; ++d) {
                same(legacy::fixed(x, d), vb::formatFixed(x, d), "fixed", x);
                same(legacy::signedFixed(x, d), formatSignedFixed(x, d), "signedFixed", x);
                same(legacy::fixedRounded(x, d), vb::formatRounded(x, d), "cli_analysis fixed", x);
                same(u8(legacy::qnum(x, d)), vb::formatFixed(x, d, Rounding::HalfAwayFromZero), "QString::number", x);
                same(u8(legacy::qfixed(x, d)), vb::formatRounded(x, d, Rounding::HalfAwayFromZero), "scenario fixed", x);
                if (QTest::currentTestFailed())
                    return;
            }
            same(legacy::fixed(x * 100, 1) + " %", vb::formatPercent(x, 1), "report percent", x);
            same(legacy::score(x), vb::formatScore(x), "cli score", x);
            same(legacy::roi(x), vb::formatFixed(x, 2), "roi", x);
            same(legacy::tenderPct(x), vb::formatShortest(x) + " %", "tender pct", x);
            same(legacy::formatNumber(x), vb::formatShortest(x), "formatNumber", x);
            same(legacy::groupDigits(x), vb::formatGrouped(x), "groupDigits", x);
            same(legacy::factAmount(x, "USD"), formatFactAmount(x, "USD"), "fact amount", x);
            same(legacy::factAmount(x, ""), formatFactAmount(x, ""), "fact amount, no currency", x);
            same(legacy::describeAmount(x, Lang::ZhTW), formatFactAmount(x, currencyLabel("TWD", Lang::ZhTW)), "describe zh", x);
            same(legacy::describeAmount(x, Lang::En), formatFactAmount(x, currencyLabel("TWD", Lang::En)), "describe en", x);
            same(u8(legacy::qpct(x)), vb::formatPercent(x, 1, Rounding::HalfAwayFromZero), "sensitivity pct", x);
            same(u8(legacy::qpercent(x)), formatPercentPoints(x, 2, Rounding::HalfAwayFromZero), "budget percent", x);
            same(u8(legacy::qpercentChange(x)), vb::formatPercentChange(x), "percentChange", x);
            same(u8(legacy::qmargin(x)), formatSignedFixed(x, 2, Rounding::HalfAwayFromZero), "bid margin", x);
            ++compared;
            QVERIFY2(sameBits(roundTo(x, 2), roundDecimals(x, 2)) && sameBits(roundTo(x, 0), roundDecimals(x, 0)), "roundTo");
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%ld comparisons over %zu doubles", compared, xs.size());
    }

    void legacyIntegerHelpersByteIdentical()
    {
        const CLocaleScope c;
        const auto ns = sampleIntegers();
        long compared = 0;
        for (const std::int64_t n : ns) {
            const auto check = [&](const std::string &legacyText, const std::string &mine, const char *helper) {
                ++compared;
                if (legacyText != mine)
                    QFAIL(qPrintable(QStringLiteral("%1(%2): legacy \"%3\", numbers.h \"%4\"")
                                         .arg(QLatin1String(helper)).arg(n).arg(q(legacyText), q(mine))));
            };
            check(legacy::formatMoney(n), vb::groupThousands(n), "formatMoney");
            check(u8(legacy::qmoney(n)), formatCount(n), "money() for counts");
            check(legacy::formatHundredths(n), formatGroupedHundredths(n), "formatHundredths");
            check(legacy::num(n), formatInteger(n), "export_csv num");
            check(legacy::money(n, "TWD"), formatAmount(n, "TWD"), "report_bid money");
            if (n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max()) {
                const int bp = static_cast<int>(n);
                check(u8(legacy::qpctBp(bp)), formatPercentBp(bp), "pct lambda");
                if (bp >= 0) // basis points are never negative (JsonReader::hundredths, minimum 0)
                    check(legacy::quotePct(bp), formatPercentBp(bp, BasisPointStyle::Document), "quote pct");
                // report_bid.cpp:294: fixed(bp / 100.0, 0), kept as formatFixed (ties to even: 10.5 % prints "10 %")
                check(legacy::fixed(bp / 100.0, 0), vb::formatFixed(bp / 100.0, 0), "report_bid rates");
            }
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%ld comparisons over %zu integers", compared, ns.size());
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
