// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the negotiation and contract pages: a refused edit in words, and amounts handed over from QML.

#include "conversions.h"
#include "budget.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <optional>
#include <vector>

namespace vb::app {

/** The errors of an edit as a person reads them: the messages only (in the UI language), one per line; the JSON
 *  pointers stay with the CLI and the tests. */
inline QString errorWords(const std::vector<Diagnostic> &diags)
{
    QStringList out;
    for (const auto &d : diags)
        if (d.severity == Diagnostic::Severity::Error && !out.contains(qs(d.message)))
            out << qs(d.message);
    return out.join(QLatin1Char('\n'));
}

/** An amount from a MoneyField (a number) or nothing (null, undefined, ""): whole TWD; ok false when it is a
 *  number that is not whole or not finite. */
inline std::optional<Money> moneyArg(const QVariant &v, bool &ok)
{
    ok = true;
    if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    bool isNumber = false;
    const double x = v.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(x) || std::fabs(x) > 9.0e15 || x != std::floor(x)) {
        ok = false;
        return std::nullopt;
    }
    return static_cast<Money>(x);
}

/** A fraction (0.125) as basis points (1250), rounded to whole basis points. */
inline int basisPoints(double fraction)
{
    return std::isfinite(fraction) && std::fabs(fraction) < 1e6 ? static_cast<int>(std::lround(fraction * 10000.0)) : -1;
}

} // namespace vb::app
