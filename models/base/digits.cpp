// SPDX-License-Identifier: GPL-3.0-or-later
#include "digits.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace vb {

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

std::string basisPointsText(int bp)
{
    char buf[32];
    if (bp % 100 == 0)
        std::snprintf(buf, sizeof buf, "%d %%", bp / 100);
    else
        std::snprintf(buf, sizeof buf, "%d.%02d %%", bp / 100, bp % 100);
    return buf;
}

} // namespace vb
