// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/** A percentage: the value in percent (8.5 means 8.5 %), one decimal, "%" after it (see NumberField). */
NumberField {
    unit: "%"
    decimals: 1
    fieldWidth: 70
}
