// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one tolerance of the core tests. Every floating-point comparison uses one of two rules:
//
//  * kTolerance: the computed value equals a hand-computed or published FULL-PRECISION value (a fraction written
//    out, a closed form, or 16–17 significant digits). 1e-12 is several thousand ulps of an O(1) double, so it
//    absorbs the rounding of any computation the tests run, and still fails on every real modelling error.
//    For expected values of magnitude above 1 (kg, money, percentages) the same rule is relative: near() checks
//    |actual − expected| < kTolerance · max(1, |expected|), because an absolute 1e-12 is below the last bit of e.g.
//    39360.0.
//  * halfUnit(d): the expected value was PRINTED with d decimals (a book, a paper, a tutorial). The computed value
//    must round to it, i.e. lie within half a unit of the last printed digit: halfUnit(4) = 5e-5. The bound is
//    absolute (decimals are absolute) and strict.
//
// Anything else (sampling error of a Monte Carlo estimate, the engine's own stopping or tie rule, the
// kernel-agreement spec) is not a tolerance of the test but a property of the code under test; it is named where it
// is used, with its derivation.
#include <algorithm>
#include <cmath>

namespace vb::test {

inline constexpr double kTolerance = 1e-12;

/** Half a unit of the last printed digit of a value printed with `decimals` decimals: halfUnit(4) = 5e-5. */
constexpr double halfUnit(int decimals)
{
    double unit = 1.0;
    for (int k = 0; k < decimals; ++k)
        unit *= 10.0; // exact up to 10^22
    return 0.5 / unit;
}
static_assert(halfUnit(0) == 0.5 && halfUnit(3) == 5e-4 && halfUnit(4) == 5e-5 && halfUnit(6) == 5e-7);

/** `actual` equals the full-precision `expected`: within kTolerance, relative once |expected| > 1. */
inline bool near(double actual, double expected)
{
    return std::abs(actual - expected) < kTolerance * std::max(1.0, std::abs(expected));
}

} // namespace vb::test
