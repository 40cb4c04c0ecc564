// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/** An amount of money: whole TWD, thousands grouped, the currency after it; what is typed is read as "money"
 *  ("NT$ 1,200", "１２００元"; see NumberField and docs/numbers.md). */
NumberField {
    /** The currency code shown after the amount. */
    property string currency: "TWD"

    kind: "money"
    unit: currency
    fieldWidth: 130
}
