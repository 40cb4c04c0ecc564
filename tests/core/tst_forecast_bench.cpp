// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast benchmark for docs/PERFORMANCE.md (not a timed test): every method of the attendance forecast on a
// history of 50 editions with 20 registration-pace points each and a current pace of 10 points.
//   vb-build . bench_forecast && build/tests/bench_forecast [RUNS]
#include "forecast.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace vb;

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    std::mt19937_64 rng(20281017);
    std::normal_distribution<double> noise(0.0, 60.0);
    ClientHistory c;
    c.association.name = {"基準學會", "Benchmark Society"};
    for (int k = 0; k < 50; ++k) {
        Edition e;
        e.year = 1977 + k;
        e.city = {"某市", "A city"};
        e.estimate = true;
        e.basis = "benchmark";
        e.asOf = std::to_string(e.year);
        const double total = 800 + 12.0 * k + noise(rng);
        e.total.value = total;
        e.attendance.emplace_back("online", Fact{total * 0.002 * k, "", {}, e.asOf, true, e.basis, {}});
        // 20 points from 380 to 0 days before, a cumulative S-shaped curve ending at 95 % of the total.
        for (int i = 0; i < 20; ++i) {
            const int d = 380 - 20 * i;
            e.pace.push_back({d, std::round(0.95 * total * (i + 1) * (i + 1) / 400.0)});
        }
        c.editions.push_back(std::move(e));
    }
    // The coming edition (start 2028-10-17): 10 points, the last 110 days before.
    for (int i = 0; i < 10; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "2028-%02d-01", 1 + i);
        c.forecast.currentPace.emplace_back(date, 40.0 * (i + 1) * (i + 1));
    }
    c.forecast.destinationAdjustment.value = 5;
    std::vector<double> ms;
    double sink = 0;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        // One report computes every method (both trends with their t quantiles, the moving average, both pickups).
        const auto rep = forecastAttendance(c, "2028-10-17", std::nullopt, Lang::En);
        sink += rep.of(ForecastMethod::PickupMultiplicative).point + rep.of(ForecastMethod::Linear).point;
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("forecast, 50 editions x 20 pace points, every method in one report: median %.4f ms  min %.4f ms  max %.4f ms  (%d runs; sink %.1f)\n",
                ms[ms.size() / 2], ms.front(), ms.back(), runs, sink);
    return 0;
}
