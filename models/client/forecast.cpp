// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast.h"

#include "analysis.h"
#include "messages.h"
#include "numbers.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace vb {

// ---- statistics ------------------------------------------------------------------------------------------------

namespace {

/** The continued fraction of I_x(a, b) (Numerical Recipes §6.4, evaluated by the modified Lentz method). */
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    constexpr double kEps = 1e-16;
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::abs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1.0) < kEps)
            break;
    }
    return h;
}

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0 || x == 1)
        return x;
    const double lnFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(lnFront);
    // The continued fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use I_x(a, b) = 1 − I_{1−x}(b, a).
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    if (!(df > 0) || std::isnan(t))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    // P(|T| > |t|) = I_{df/(df + t²)}(df/2, 1/2).
    const double tail = 0.5 * regularizedIncompleteBeta(df / 2.0, 0.5, df / (df + t * t));
    return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0) || !(p < 1) || !(df > 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.5)
        return 0.0;
    if (p < 0.5)
        return -studentTQuantile(1.0 - p, df);
    double lo = 0.0, hi = 1.0;
    while (studentTCdf(hi, df) < p && hi < 1e300)
        hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

std::optional<OlsFit> fitOls(std::span<const double> xs, std::span<const double> ys)
{
    if (xs.size() != ys.size() || xs.size() < 3)
        return std::nullopt;
    const auto n = static_cast<Eigen::Index>(xs.size());
    const Eigen::Map<const Eigen::VectorXd> x(xs.data(), n), y(ys.data(), n);
    OlsFit f;
    f.n = static_cast<int>(n);
    f.xbar = x.mean();
    f.ybar = y.mean();
    const Eigen::VectorXd xc = x.array() - f.xbar;
    const Eigen::VectorXd yc = y.array() - f.ybar;
    f.sxx = xc.squaredNorm();
    if (!(f.sxx > 0))
        return std::nullopt;
    f.slope = xc.dot(yc) / f.sxx;
    f.intercept = f.ybar - f.slope * f.xbar;
    f.sse = (yc - f.slope * xc).squaredNorm();
    f.msRes = f.sse / static_cast<double>(n - 2);
    return f;
}

PredictionInterval predictionInterval(const OlsFit &fit, double x0, double level)
{
    PredictionInterval pi;
    const double n = fit.n;
    pi.point = fit.ybar + fit.slope * (x0 - fit.xbar);
    pi.t = studentTQuantile(1.0 - (1.0 - level) / 2.0, n - 2.0);
    const double factor = std::sqrt(1.0 + 1.0 / n + (x0 - fit.xbar) * (x0 - fit.xbar) / fit.sxx);
    pi.halfWidthSd = pi.t * factor;
    pi.halfWidth = pi.halfWidthSd * std::sqrt(fit.msRes);
    pi.low = pi.point - pi.halfWidth;
    pi.high = pi.point + pi.halfWidth;
    return pi;
}

// ---- methods ---------------------------------------------------------------------------------------------------

const char *forecastMethodKey(ForecastMethod m)
{
    switch (m) {
    case ForecastMethod::Linear: return "linear";
    case ForecastMethod::LogLinear: return "loglinear";
    case ForecastMethod::MovingAverage: return "moving_average";
    case ForecastMethod::PickupAdditive: return "pickup_additive";
    case ForecastMethod::PickupMultiplicative: return "pickup_multiplicative";
    }
    return "linear";
}

std::optional<ForecastMethod> parseForecastMethod(std::string_view key)
{
    for (auto m : kAllForecastMethods)
        if (key == forecastMethodKey(m))
            return m;
    return std::nullopt;
}

std::string forecastMethodName(ForecastMethod m, int window, Lang l)
{
    switch (m) {
    case ForecastMethod::Linear: return tr(l, "forecast.method.linear");
    case ForecastMethod::LogLinear: return tr(l, "forecast.method.loglinear");
    case ForecastMethod::MovingAverage: return tr(l, "forecast.method.moving_average", {std::to_string(window)});
    case ForecastMethod::PickupAdditive: return tr(l, "forecast.method.pickup_additive");
    case ForecastMethod::PickupMultiplicative: return tr(l, "forecast.method.pickup_multiplicative");
    }
    return {};
}

std::optional<double> paceAt(const std::vector<PacePoint> &pace, int daysBefore)
{
    // pace is sorted by days before, descending (the reader sorts and checks it).
    const PacePoint *before = nullptr; // the last point at or before (more days out than) daysBefore
    for (const auto &pt : pace) {
        if (pt.daysBefore == daysBefore)
            return pt.registered;
        if (pt.daysBefore > daysBefore) {
            before = &pt;
        } else {
            if (!before)
                return std::nullopt;
            const double f = static_cast<double>(before->daysBefore - daysBefore) / static_cast<double>(before->daysBefore - pt.daysBefore);
            return before->registered + f * (pt.registered - before->registered);
        }
    }
    return std::nullopt;
}

namespace {

struct HistoryPoint {
    int year = 0;
    double total = 0;
    std::string path; ///< JSON pointer of the total
    const Edition *edition = nullptr;
};

std::string editionPath(std::size_t i)
{
    return "/client/editions/" + std::to_string(i);
}

void trend(MethodForecast &out, const std::vector<HistoryPoint> &h, int targetYear, bool logScale, Lang l)
{
    std::vector<double> x, y;
    for (const auto &pt : h) {
        if (logScale && !(pt.total > 0)) {
            out.error = {Diagnostic::Severity::Error, pt.path,
                         tr(l, "forecast.log_nonpositive", {formatGrouped(pt.total), std::to_string(pt.year)})};
            return;
        }
        x.push_back(pt.year);
        y.push_back(logScale ? std::log(pt.total) : pt.total);
    }
    out.n = static_cast<int>(h.size());
    if (h.size() < 3) {
        out.error = {Diagnostic::Severity::Error, "/client/editions", tr(l, "forecast.too_few", {std::to_string(h.size())})};
        return;
    }
    const auto fit = fitOls(x, y);
    if (!fit) {
        out.error = {Diagnostic::Severity::Error, "/client/editions", tr(l, "forecast.zero_spread")};
        return;
    }
    const auto pi = predictionInterval(*fit, targetYear);
    out.ok = true;
    out.intercept = fit->ybar;
    out.slope = fit->slope;
    out.xbar = fit->xbar;
    out.residualSd = std::sqrt(fit->msRes);
    out.t = pi.t;
    out.halfWidthSd = pi.halfWidthSd;
    if (logScale) {
        // The plain back-transform is the median; the interval's end points are back-transformed (fpp3 §5.6).
        out.point = std::exp(pi.point);
        out.low = std::exp(pi.low);
        out.high = std::exp(pi.high);
        out.mean = std::exp(pi.point + fit->msRes / 2.0);
        out.growthPct = (std::exp(fit->slope) - 1.0) * 100.0;
    } else {
        out.point = pi.point;
        out.low = pi.low;
        out.high = pi.high;
    }
}

void movingAverage(MethodForecast &out, const std::vector<HistoryPoint> &h, int window, Lang l)
{
    if (h.empty()) {
        out.error = {Diagnostic::Severity::Error, "/client/editions", tr(l, "forecast.no_history")};
        return;
    }
    const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(std::max(window, 1)), h.size());
    Eigen::VectorXd last(static_cast<Eigen::Index>(k));
    for (std::size_t i = 0; i < k; ++i)
        last(static_cast<Eigen::Index>(i)) = h[h.size() - k + i].total;
    out.ok = true;
    out.n = static_cast<int>(k);
    out.point = last.mean();
    if (k >= 2) {
        const double sd = std::sqrt((last.array() - out.point).square().sum() / static_cast<double>(k - 1));
        out.low = out.point - 1.96 * sd;
        out.high = out.point + 1.96 * sd;
    } else {
        out.warnings.push_back({Diagnostic::Severity::Warning, "/client/editions", tr(l, "forecast.ma_no_band")});
    }
}

void pickup(MethodForecast &out, const ClientHistory &c, const std::string &eventStart, bool multiplicative, Lang l)
{
    const auto &cp = c.forecast.currentPace;
    if (cp.empty() || !isDate(eventStart)) {
        out.error = {Diagnostic::Severity::Error, "/client/forecast/current_pace", tr(l, "forecast.no_current_pace")};
        return;
    }
    // The latest registrations on the books: the point with the latest date not after the start.
    std::size_t latest = cp.size();
    for (std::size_t i = 0; i < cp.size(); ++i)
        if (isDate(cp[i].first) && cp[i].first <= eventStart && (latest == cp.size() || cp[i].first >= cp[latest].first))
            latest = i;
    if (latest == cp.size()) {
        out.error = {Diagnostic::Severity::Error, "/client/forecast/current_pace", tr(l, "forecast.no_current_pace")};
        return;
    }
    const int d = daysBetween(cp[latest].first, eventStart);
    const double b = cp[latest].second;
    out.daysBefore = d;
    out.registered = b;
    double sumF = 0, sumB = 0, sumDiff = 0;
    std::optional<double> lo, hi;
    int n = 0;
    for (std::size_t i = 0; i < c.editions.size(); ++i) {
        const auto &e = c.editions[i];
        if (!e.total.value || e.pace.empty())
            continue;
        const auto bk = paceAt(e.pace, d);
        if (!bk) {
            out.warnings.push_back({Diagnostic::Severity::Warning, editionPath(i) + "/pace",
                                    tr(l, "forecast.pace_skipped", {std::to_string(e.year), std::to_string(d)})});
            continue;
        }
        const double fk = *e.total.value;
        double v = 0;
        if (multiplicative) {
            if (!(*bk > 0)) {
                out.warnings.push_back({Diagnostic::Severity::Warning, editionPath(i) + "/pace",
                                        tr(l, "forecast.pace_zero", {std::to_string(e.year), std::to_string(d)})});
                continue;
            }
            sumF += fk;
            sumB += *bk;
            v = b * fk / *bk; // this edition's ratio applied to the registrations now
        } else {
            sumDiff += fk - *bk;
            v = b + (fk - *bk);
        }
        lo = lo ? std::min(*lo, v) : v;
        hi = hi ? std::max(*hi, v) : v;
        ++n;
    }
    out.n = n;
    if (n == 0) {
        out.error = {Diagnostic::Severity::Error, "/client/editions", tr(l, "forecast.no_past_pace", {std::to_string(d)})};
        return;
    }
    out.ok = true;
    // additive F̂ = B(d) + mean(F_k − B_k(d)); multiplicative F̂ = B(d)·ΣF_k/ΣB_k(d) (Weatherford & Kimes 2003)
    out.point = multiplicative ? b * sumF / sumB : b + sumDiff / n;
    out.low = lo;
    out.high = hi;
}

/** Online share of the coming edition: a linear trend over the hybrid editions that state both online and total
 *  (n ≥ 3), else their mean. */
OnlineShareForecast onlineShare(const std::vector<HistoryPoint> &h, int targetYear)
{
    OnlineShareForecast o;
    std::vector<double> x, y;
    for (const auto &pt : h) {
        // Only hybrid editions: an on-site edition has no online share by design, and an online one (a pandemic
        // year) is all online; neither says what share a hybrid congress draws.
        const Fact *on = pt.edition->attendanceOf("online");
        if (pt.edition->format == EventFormat::Hybrid && on && on->value && pt.total > 0) {
            x.push_back(pt.year);
            y.push_back(std::clamp(*on->value / pt.total, 0.0, 1.0));
        }
    }
    o.n = static_cast<int>(x.size());
    if (x.empty())
        return o;
    if (const auto fit = fitOls(x, y)) {
        o.trend = true;
        o.share = std::clamp(fit->ybar + fit->slope * (targetYear - fit->xbar), 0.0, 1.0);
    } else {
        double s = 0;
        for (double v : y)
            s += v;
        o.share = s / static_cast<double>(y.size());
    }
    return o;
}

int yearOf(const std::string &date)
{
    return date.size() >= 4 && isDigits(date.substr(0, 4)) ? std::stoi(date.substr(0, 4)) : 0;
}

} // namespace

ForecastReport forecastAttendance(const ClientHistory &c, const std::string &eventStart, std::optional<ForecastMethod> method, Lang l)
{
    ForecastReport r;
    r.targetYear = yearOf(eventStart);
    r.chosen = method ? *method : parseForecastMethod(c.forecast.method).value_or(ForecastMethod::Linear);
    r.movingAverageWindow = c.forecast.movingAverageWindow;
    r.recorded = c.forecast.scenarios;

    // The history: editions with a known total, by year. A year twice stops every history method (the reader refuses
    // such a file; this guards the API).
    std::vector<HistoryPoint> h;
    for (std::size_t i = 0; i < c.editions.size(); ++i) {
        const auto &e = c.editions[i];
        if (e.total.value)
            h.push_back({e.year, *e.total.value, editionPath(i) + "/attendance/total", &e});
    }
    std::stable_sort(h.begin(), h.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
    std::optional<Diagnostic> historyError;
    for (std::size_t i = 1; i < h.size(); ++i)
        if (h[i].year == h[i - 1].year) {
            historyError = Diagnostic{Diagnostic::Severity::Error, h[i].path, tr(l, "forecast.duplicate_year", {std::to_string(h[i].year)})};
            break;
        }
    if (h.empty())
        r.warnings.push_back({Diagnostic::Severity::Warning, "/client/editions", tr(l, "forecast.no_history")});
    else if (h.size() < 3)
        r.warnings.push_back({Diagnostic::Severity::Warning, "/client/editions", tr(l, "forecast.too_few", {std::to_string(h.size())})});

    for (auto m : kAllForecastMethods) {
        MethodForecast mf;
        mf.method = m;
        if (historyError && m != ForecastMethod::PickupAdditive && m != ForecastMethod::PickupMultiplicative) {
            mf.error = *historyError;
        } else {
            switch (m) {
            case ForecastMethod::Linear: trend(mf, h, r.targetYear, false, l); break;
            case ForecastMethod::LogLinear: trend(mf, h, r.targetYear, true, l); break;
            case ForecastMethod::MovingAverage: movingAverage(mf, h, r.movingAverageWindow, l); break;
            case ForecastMethod::PickupAdditive: pickup(mf, c, eventStart, false, l); break;
            case ForecastMethod::PickupMultiplicative: pickup(mf, c, eventStart, true, l); break;
            }
        }
        r.methods.push_back(std::move(mf));
    }
    // Below 6 editions the interval is wide: say how wide, against 10 editions on the same spacing (index 1…10
    // predicting the 11th: 2.306·√(1 + 1/10 + 5.5²/82.5) = 2.79 residual SDs).
    const auto &lin = r.of(ForecastMethod::Linear);
    if (lin.ok && lin.n < 6) {
        OlsFit ten;
        ten.n = 10;
        ten.xbar = 5.5;
        ten.sxx = 82.5;
        const double ref = predictionInterval(ten, 11.0).halfWidthSd;
        r.warnings.push_back({Diagnostic::Severity::Warning, "/client/editions",
                              tr(l, "forecast.few", {std::to_string(lin.n), formatRounded(*lin.halfWidthSd, 2), formatRounded(ref, 2)})});
    }

    if (!h.empty() && !historyError)
        r.online = onlineShare(h, r.targetYear);
    if (c.forecast.destinationAdjustment.value)
        r.adjustmentPct = *c.forecast.destinationAdjustment.value;

    const auto &chosen = r.of(r.chosen);
    if (chosen.ok) {
        // online = F·s; on site = (F − online)·(1 + adjustment) for the history methods; pickup already counts this
        // edition's own registrations, so the destination is in it.
        const bool adjust = r.chosen != ForecastMethod::PickupAdditive && r.chosen != ForecastMethod::PickupMultiplicative;
        const double s = r.online.share.value_or(0.0);
        const double k = adjust && r.adjustmentPct ? 1.0 + *r.adjustmentPct / 100.0 : 1.0;
        const auto scenario = [&](double f) {
            const double on = std::max(f, 0.0) * s;
            return (std::max(f, 0.0) - on) * k + on;
        };
        // A count of people, as the project file allows it (0 … 1,000,000,000): an interval reaching beyond the limit
        // would otherwise wrap round in int (the high scenario came out below the likely one).
        const auto people = [](double x) { return static_cast<int>(std::llround(std::clamp(x, 0.0, 1e9))); };
        AttendanceScenarios sc;
        sc.likely = people(scenario(chosen.point));
        sc.low = people(scenario(chosen.low.value_or(chosen.point)));
        sc.high = people(scenario(chosen.high.value_or(chosen.point)));
        r.proposed = sc;
        const double on = std::max(chosen.point, 0.0) * s;
        r.likelyOnline = std::min(people(on), sc.likely);
        r.likelyOnsite = sc.likely - *r.likelyOnline;
        if (r.recorded && r.recorded->decision == "accepted"
            && (r.recorded->low != sc.low || r.recorded->likely != sc.likely || r.recorded->high != sc.high
                || r.recorded->method != forecastMethodKey(r.chosen))) {
            r.stale = true;
            r.warnings.push_back({Diagnostic::Severity::Warning, "/client/forecast/scenarios",
                                  tr(l, "forecast.scenarios_stale",
                                     {formatGrouped(r.recorded->low), formatGrouped(r.recorded->likely), formatGrouped(r.recorded->high),
                                      formatGrouped(sc.low), formatGrouped(sc.likely), formatGrouped(sc.high)})});
        }
    }
    return r;
}

std::optional<ForecastReport> forecastAttendance(const Project &p, std::optional<ForecastMethod> method, Lang lang)
{
    const auto *c = clientOf(p);
    if (!c)
        return std::nullopt;
    return forecastAttendance(*c, p.requirements.startDate, method, lang);
}

} // namespace vb
