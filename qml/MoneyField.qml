// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/** An amount of money: whole units, thousands grouped, the currency after it (see NumberField). */
NumberField {
    /** The currency code shown after the amount. */
    property string currency: "TWD"

    unit: currency
    decimals: 0
    fieldWidth: 130
}
