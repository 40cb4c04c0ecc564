// SPDX-License-Identifier: GPL-3.0-or-later
// The Numbers singleton as a page uses it: the engine creates it, parse answers a map, the formatters print.
import QtQuick
import QtTest
import VenueBid.Backend

TestCase {
    name: "Numbers"

    function test_parse() {
        const r = Numbers.parse("1,500", "count")
        verify(r.ok)
        compare(r.value, 1500)
        compare(r.errorId, "")
        const bad = Numbers.parse("1.5", "count")
        verify(!bad.ok)
        compare(bad.errorId, "not-whole")
        compare(bad.error, "\"1.5\" is not a whole number: expected a whole number of 0 or more.")
        compare(Numbers.parse("12.5 %", "percent").value, 0.125)
    }

    function test_format() {
        compare(Numbers.money(1234567, "TWD"), "TWD 1,234,567")
        compare(Numbers.percent(0.125, 1), "12.5 %")
        compare(Numbers.count(1500), "1,500")
        compare(Numbers.grouped(1234.567), "1,234.57")
        compare(Numbers.grouped(-2.5), "-2.5")
    }
}
