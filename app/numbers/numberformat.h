// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbers.h"

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

/**
 * The one number parser and the formatters of models/base/numbers.h for QML, with the errors in the UI language:
 *
 *     const r = Numbers.parse(seatsField.text, "count")
 *     if (!r.ok) seatsError.text = r.error   // "「-5」是負數：應為大於或等於 0 的整數。"
 *     Numbers.money(1234567, "TWD")          // "TWD 1,234,567"
 *
 * The kinds: "count", "integer", "decimal", "money", "percent" (docs/numbers.md).
 */
class Numbers : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Numbers(QObject *parent = nullptr);

    /** {ok, value, error, errorId}: value is the number (a percentage as a fraction: "12.5 %" → 0.125) when ok;
     *  error is one translated sentence and errorId a stable key ("not-whole", numberErrorKey) when not. */
    Q_INVOKABLE QVariantMap parse(const QString &text, const QString &kind) const;
    /** Whole money with its currency before it: money(1234567, "TWD") == "TWD 1,234,567" (rounded to whole units). */
    Q_INVOKABLE QString money(double value, const QString &currency) const;
    /** A fraction as a percentage, as the pages print it: percent(0.125, 1) == "12.5 %". */
    Q_INVOKABLE QString percent(double value, int decimals) const;
    /** A count with thousands grouped: count(1500) == "1,500" (rounded to whole). */
    Q_INVOKABLE QString count(double value) const;
    /** Any number with thousands grouped and at most 2 decimals, a trailing zero dropped, as C++ prints a fact
     *  (vb::formatGrouped): grouped(1234.567) == "1,234.57", grouped(2.5) == "2.5". */
    Q_INVOKABLE QString grouped(double value) const;
    /** A number with exactly `decimals` decimals and thousands grouped (vb::formatGroupedFixed): fixed(0.3333, 3) ==
     *  "0.333", fixed(1234.5, 1) == "1,234.5"; "" for NaN (an unknown value). */
    Q_INVOKABLE QString fixed(double value, int decimals) const;

    /** What the user typed as a number of kind (the one parser, models/base/numbers.h), for the controllers: the
     *  value (a percentage as a fraction), or nullopt with *why set to the problem in one sentence of the UI language. */
    [[nodiscard]] static std::optional<double> read(const QString &text, vb::NumberKind kind, QString *why);
    /** The kind a name stands for ("count", …); nullopt for anything else. */
    [[nodiscard]] static std::optional<vb::NumberKind> kindFromName(const QString &name);
    /** What a field expects, in words of the UI language ("a whole number of 0 or more", "大於或等於 0 的整數"). */
    [[nodiscard]] static QString expectedText(const vb::NumberRules &rules);
    /** The error as one sentence in the UI language, built from its id and arguments (English: NumberError::message). */
    [[nodiscard]] static QString errorText(const vb::NumberError &error, const vb::NumberRules &rules);
};
