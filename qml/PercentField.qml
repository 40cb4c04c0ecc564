// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/** A percentage: the value is a fraction (0.085 is 8.5 %), shown with one decimal and its sign ("8.5 %"); what is
 *  typed is in percent points, the sign optional ("8.5", "8,5 %", "８．５％"; see NumberField and docs/numbers.md). */
NumberField {
    kind: "percent"
    decimals: 1
    fieldWidth: 80
}
