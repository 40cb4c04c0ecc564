// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <cmath>

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

Numbers::Numbers(QObject *parent)
    : QObject(parent)
{
}

std::optional<vb::NumberKind> Numbers::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("count"))
        return vb::NumberKind::Count;
    if (n == QLatin1String("integer"))
        return vb::NumberKind::Integer;
    if (n == QLatin1String("decimal"))
        return vb::NumberKind::Decimal;
    if (n == QLatin1String("money"))
        return vb::NumberKind::Money;
    if (n == QLatin1String("percent"))
        return vb::NumberKind::Percent;
    return std::nullopt;
}

QString Numbers::expectedText(const vb::NumberRules &rules)
{
    switch (rules.kind) {
    case vb::NumberKind::Count: return tr("a whole number of 0 or more");
    case vb::NumberKind::Integer: return rules.allowNegative ? tr("a whole number") : tr("a whole number of 0 or more");
    case vb::NumberKind::Decimal: return rules.allowNegative ? tr("a number") : tr("a number of 0 or more");
    case vb::NumberKind::Money: return tr("a whole amount in TWD");
    case vb::NumberKind::Percent: return rules.allowNegative ? tr("a percentage") : tr("a percentage of 0 or more");
    }
    return tr("a number");
}

QString Numbers::errorText(const vb::NumberError &e, const vb::NumberRules &rules)
{
    const QString what = expectedText(rules);
    const auto arg = [&](std::size_t i) { return i < e.args.size() ? qs(e.args[i]) : QString(); };
    const QString typed = arg(0);
    switch (e.id) {
    case vb::NumberErrorId::Empty: return tr("Expected %1; the field is empty.").arg(what);
    case vb::NumberErrorId::NotANumber: return tr("Expected %1, found \"%2\".").arg(what, typed);
    case vb::NumberErrorId::Ambiguous:
        return tr("\"%1\" is ambiguous: the comma may separate thousands (%2) or decimals (%3); type %2 or %3.").arg(typed, arg(1), arg(2));
    case vb::NumberErrorId::BadGrouping:
        return tr("\"%1\" has thousand separators in the wrong places: digits are grouped in threes, as in 1,234,567.").arg(typed);
    case vb::NumberErrorId::NotWhole: return tr("\"%1\" is not a whole number: expected %2.").arg(typed, what);
    case vb::NumberErrorId::TooManyDecimals: return tr("\"%1\" has more than %2 decimals.").arg(typed, arg(1));
    case vb::NumberErrorId::Negative: return tr("\"%1\" is negative: expected %2.").arg(typed, what);
    case vb::NumberErrorId::TooLarge: return tr("\"%1\" is too large: expected at most %2.").arg(typed, arg(1));
    case vb::NumberErrorId::TooSmall: return tr("\"%1\" is too small: expected at least %2.").arg(typed, arg(1));
    case vb::NumberErrorId::WrongCurrency: return tr("\"%1\" is in %2: expected %3.").arg(typed, arg(1), what);
    }
    return qs(e.message);
}

QVariantMap Numbers::parse(const QString &text, const QString &kind) const
{
    const auto k = kindFromName(kind);
    if (!k)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("value"), 0.0},
                {QStringLiteral("error"), tr("Unknown kind of number \"%1\": expected count, integer, decimal, money or percent.").arg(kind)},
                {QStringLiteral("errorId"), QStringLiteral("unknown-kind")}};
    const auto rules = vb::defaultRules(*k);
    const auto r = vb::parseNumber(text.toStdString(), rules);
    if (!r.ok())
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("value"), 0.0},
                {QStringLiteral("error"), errorText(*r.error, rules)},
                {QStringLiteral("errorId"), QString::fromLatin1(vb::numberErrorKey(r.error->id))}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("value"), r.value}, {QStringLiteral("error"), QString()}, {QStringLiteral("errorId"), QString()}};
}

std::optional<double> Numbers::read(const QString &text, vb::NumberKind kind, QString *why)
{
    const auto rules = vb::defaultRules(kind);
    const auto r = vb::parseNumber(text.toStdString(), rules);
    if (r.ok())
        return r.value;
    if (why)
        *why = errorText(*r.error, rules);
    return std::nullopt;
}

QString Numbers::money(double value, const QString &currency) const
{
    if (!std::isfinite(value) || std::abs(value) > 9e18)
        return QStringLiteral("–");
    return qs(vb::formatAmount(std::llround(value), currency.toStdString()));
}

QString Numbers::percent(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    // As the pages print percentages today (QString::number rounding: ties away from zero).
    return qs(vb::formatPercent(value, decimals, vb::Rounding::HalfAwayFromZero));
}

QString Numbers::count(double value) const
{
    if (!std::isfinite(value) || std::abs(value) > 9e18)
        return QStringLiteral("–");
    return qs(vb::formatCount(std::llround(value)));
}

QString Numbers::fixed(double value, int decimals) const
{
    if (std::isnan(value))
        return {};
    return QString::fromStdString(vb::formatGroupedFixed(value, decimals));
}

QString Numbers::grouped(double value) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return qs(vb::formatGrouped(value));
}
