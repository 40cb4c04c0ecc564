// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The attendance forecast from the client's history (P1.3.2): linear and log-linear OLS trends with 95 % prediction
// intervals, a moving average, additive and multiplicative pickup against the past editions' registration pace,
// the online share trend and the destination adjustment the user states. It proposes the low / likely / high
// attendance scenarios; the project records whether the user accepted or overrode them. Formulas and sources:
// docs/forecast.md.

#include "client.h"
#include "diagnostic.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vb {

// ---- statistics ------------------------------------------------------------------------------------------------

/** The regularized incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1 (continued fraction, modified Lentz). */
[[nodiscard]] double regularizedIncompleteBeta(double a, double b, double x);
/** P(T ≤ t) for Student's t with df > 0 degrees of freedom. */
[[nodiscard]] double studentTCdf(double t, double df);
/** The t with P(T ≤ t) = p, 0 < p < 1 (the CDF above inverted by bisection to full double precision). */
[[nodiscard]] double studentTQuantile(double p, double df);

/** An OLS line y = intercept + slope·x over n ≥ 3 points with x not all equal. */
struct OlsFit {
    int n = 0;
    double intercept = 0, slope = 0; ///< at x = 0
    double xbar = 0, ybar = 0;
    double sxx = 0;   ///< Σ(x − x̄)²
    double sse = 0;   ///< Σ residual²
    double msRes = 0; ///< SSE / (n − 2)
};
/** nullopt when n < 3, the sizes differ or every x is the same. */
[[nodiscard]] std::optional<OlsFit> fitOls(std::span<const double> x, std::span<const double> y);

/** The prediction interval of a new observation at x0 (Montgomery, Peck & Vining, eq. 2.45):
 *  ŷ0 ± t(1 − α/2, n − 2)·√(MS_Res·(1 + 1/n + (x0 − x̄)²/Sxx)). */
struct PredictionInterval {
    double point = 0, low = 0, high = 0;
    double t = 0;            ///< the t quantile used
    double halfWidth = 0;    ///< in the units of y
    double halfWidthSd = 0;  ///< in residual standard deviations: t·√(1 + 1/n + (x0 − x̄)²/Sxx)
};
[[nodiscard]] PredictionInterval predictionInterval(const OlsFit &fit, double x0, double level = 0.95);

// ---- the forecast ----------------------------------------------------------------------------------------------

enum class ForecastMethod { Linear, LogLinear, MovingAverage, PickupAdditive, PickupMultiplicative };
inline constexpr ForecastMethod kAllForecastMethods[] = {ForecastMethod::Linear, ForecastMethod::LogLinear, ForecastMethod::MovingAverage,
                                                         ForecastMethod::PickupAdditive, ForecastMethod::PickupMultiplicative};
[[nodiscard]] const char *forecastMethodKey(ForecastMethod m); ///< "linear", "loglinear", "moving_average", "pickup_additive", ...
[[nodiscard]] std::optional<ForecastMethod> parseForecastMethod(std::string_view key);
[[nodiscard]] std::string forecastMethodName(ForecastMethod m, int movingAverageWindow, Lang l);

/** One method's forecast of the coming edition's total attendance (online included). */
struct MethodForecast {
    ForecastMethod method = ForecastMethod::Linear;
    bool ok = false;
    Diagnostic error;      ///< why there is no forecast (path: the input at fault, when one is)
    int n = 0;             ///< editions used
    double point = 0;
    std::optional<double> low, high; ///< 95 % prediction interval (trends), ±1.96 sd band (moving average), the past editions' range (pickup)
    // trends (x = year − x̄, so the intercept is the fitted value at the mean year)
    std::optional<double> intercept, slope, xbar, residualSd, t, halfWidthSd;
    std::optional<double> mean;      ///< log-linear: exp(ŷ + s²/2)
    std::optional<double> growthPct; ///< log-linear: (e^b − 1)·100 per year
    // pickup
    std::optional<int> daysBefore;
    std::optional<double> registered; ///< of the coming edition at daysBefore
    std::vector<Diagnostic> warnings;
};

struct OnlineShareForecast {
    std::optional<double> share; ///< 0–1 at the target year, from the hybrid editions; unknown when none states online and total
    int n = 0;
    bool trend = false;          ///< a linear OLS trend (n ≥ 3), else the mean of the known shares
};

struct AttendanceScenarios {
    int low = 0, likely = 0, high = 0;
    bool operator==(const AttendanceScenarios &) const = default;
};

struct ForecastReport {
    int targetYear = 0;
    ForecastMethod chosen = ForecastMethod::Linear;
    int movingAverageWindow = 3;
    std::vector<MethodForecast> methods; ///< every method, in kAllForecastMethods order
    std::vector<Diagnostic> warnings;    ///< about the history as a whole (too few editions, …)
    OnlineShareForecast online;
    std::optional<double> adjustmentPct; ///< the destination adjustment applied to the on-site part (trends and moving average)
    /** From the chosen method: low / likely / high after the online split and the destination adjustment, in whole
     *  persons; nullopt when the chosen method gives no forecast. */
    std::optional<AttendanceScenarios> proposed;
    std::optional<int> likelyOnsite, likelyOnline;
    /** What the project uses: the recorded scenarios (accepted or overridden), if any. */
    std::optional<ForecastSettings::Scenarios> recorded;
    bool stale = false; ///< accepted scenarios that differ from the proposal now
    [[nodiscard]] const MethodForecast &of(ForecastMethod m) const { return methods[static_cast<std::size_t>(m)]; }
};

/** The forecast of the coming edition (starting on eventStart, YYYY-MM-DD) from the client's history; method
 *  overrides the section's chosen method. Pure: the same inputs give the same report. */
[[nodiscard]] ForecastReport forecastAttendance(const ClientHistory &c, const std::string &eventStart, std::optional<ForecastMethod> method,
                                                Lang lang);
/** The same for a project (its "client" section and start date); nullopt without a client section. */
[[nodiscard]] std::optional<ForecastReport> forecastAttendance(const Project &p, std::optional<ForecastMethod> method, Lang lang);

/** Cumulative registrations of a pace curve at `daysBefore`, linear between the two points around it; nullopt when
 *  the curve does not reach that far (no point at or before it, or none at or after it). */
[[nodiscard]] std::optional<double> paceAt(const std::vector<PacePoint> &pace, int daysBefore);

} // namespace vb
