// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli forecast: the attendance forecast from the client's history (models/client/forecast.h), the same
// numbers the forecast page shows.
#include "cli_client.h"

#include "cli.h"
#include "table.h"

#include "analysis.h"
#include "forecast.h"
#include "jsontext.h"
#include "messages.h"
#include "numbers.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace vb::cli {

namespace {

json::value num(const std::optional<double> &x, int decimals)
{
    return x ? jsonNumber(roundTo(*x, decimals)) : json::value(nullptr);
}

json::value diagJson(const Diagnostic &d)
{
    return json::object{{"path", d.path}, {"message", d.message}};
}

json::object methodJson(const MethodForecast &m, int window, Lang l)
{
    json::object o;
    o["method"] = forecastMethodKey(m.method);
    o["name"] = forecastMethodName(m.method, window, l);
    o["ok"] = m.ok;
    o["n"] = m.n;
    if (m.ok) {
        o["point"] = jsonNumber(roundTo(m.point, 1));
        o["interval"] = json::object{{"low", num(m.low, 1)}, {"high", num(m.high, 1)}};
    } else {
        o["error"] = diagJson(m.error);
    }
    if (m.slope) {
        // x is the year less the mean year x̄: the intercept is the fitted value at x̄ (for log-linear, of ln attendance).
        o["coefficients"] = json::object{{"intercept_at_mean_year", num(m.intercept, 6)}, {"slope_per_year", num(m.slope, 6)}, {"mean_year", num(m.xbar, 4)}};
        o["residual_sd"] = num(m.residualSd, 6);
        o["t_quantile"] = num(m.t, 6);
        o["half_width_sd"] = num(m.halfWidthSd, 4);
    }
    if (m.mean)
        o["mean"] = num(m.mean, 1);
    if (m.growthPct)
        o["growth_pct_per_year"] = num(m.growthPct, 3);
    if (m.daysBefore) {
        o["days_before"] = *m.daysBefore;
        o["registered"] = num(m.registered, 1);
    }
    json::array w;
    for (const auto &d : m.warnings)
        w.push_back(diagJson(d));
    o["warnings"] = std::move(w);
    return o;
}

json::value scenariosJson(const ForecastSettings::Scenarios &s)
{
    json::object o{{"decision", s.decision}};
    o["method"] = s.method.empty() ? json::value(nullptr) : json::value(s.method);
    o["low"] = s.low;
    o["likely"] = s.likely;
    o["high"] = s.high;
    return o;
}

json::value reportJson(const ForecastReport &r, int editions, Lang l)
{
    const auto &m = r.of(r.chosen);
    json::object root;
    root["target_year"] = r.targetYear;
    root["editions"] = editions;
    root["method"] = forecastMethodKey(r.chosen);
    root["method_name"] = forecastMethodName(r.chosen, r.movingAverageWindow, l);
    root["level"] = jsonNumber(0.95);
    root["convention"] = "trends: 95 % prediction interval of a new edition, t(0.975, n - 2) computed; moving average: +-1.96 sd of its editions; "
                         "pickup: the range of the past editions' own results";
    root["chosen"] = methodJson(m, r.movingAverageWindow, l);
    json::array all;
    for (const auto &x : r.methods)
        all.push_back(methodJson(x, r.movingAverageWindow, l));
    root["methods"] = std::move(all);
    root["online_share"] = json::object{{"share", num(r.online.share, 4)}, {"n", r.online.n}, {"trend", r.online.trend}};
    root["destination_adjustment_pct"] = num(r.adjustmentPct, 4);
    json::object sc;
    if (r.proposed)
        sc["proposed"] = json::object{{"low", r.proposed->low}, {"likely", r.proposed->likely}, {"high", r.proposed->high}};
    else
        sc["proposed"] = nullptr;
    sc["likely_onsite"] = r.likelyOnsite ? json::value(*r.likelyOnsite) : json::value(nullptr);
    sc["likely_online"] = r.likelyOnline ? json::value(*r.likelyOnline) : json::value(nullptr);
    sc["recorded"] = r.recorded ? scenariosJson(*r.recorded) : json::value(nullptr);
    sc["stale"] = r.stale;
    root["scenarios"] = std::move(sc);
    json::array w;
    for (const auto &d : r.warnings)
        w.push_back(diagJson(d));
    root["warnings"] = std::move(w);
    return root;
}

std::string range(const MethodForecast &m)
{
    return m.low ? formatGroupedFixed(*m.low, 0) : std::string("-");
}

} // namespace

int cmdForecast(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "forecast PROJECT [--method linear|loglinear|moving_average|pickup_additive|pickup_multiplicative] "
                      "[--format json|table] [--lang en|zh-TW]");
    const std::string format = a.option("--format", "json");
    const std::string langArg = a.option("--lang", "en");
    const std::string methodArg = a.option("--method", "");
    const auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("expected one PROJECT file");
    if (a.ok() && format != "json" && format != "table")
        a.fail("unknown --format '" + format + "': expected json or table");
    std::optional<ForecastMethod> method;
    if (a.ok() && !methodArg.empty()) {
        method = parseForecastMethod(methodArg);
        if (!method)
            a.fail("unknown --method '" + methodArg + "': expected linear, loglinear, moving_average, pickup_additive or pickup_multiplicative");
    }
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    const Lang l = *lang;
    const std::string &file = pos[0];
    const auto p = loadProjectOrReport(file, err, false, l);
    if (!p)
        return InputError;
    const LangText t{l};
    const auto r = forecastAttendance(*p, method, l);
    if (!r) {
        err << file << ": " << t("diag.error") << ": /client: " << t("cli.forecast.no_client") << "\n";
        return InputError;
    }
    const auto &m = r->of(r->chosen);
    if (!m.ok) {
        // The chosen method gives nothing: say why, where, and compute nothing from it.
        err << file << ": " << t("diag.error") << ": " << (m.error.path.empty() ? "/" : m.error.path) << ": "
            << t("forecast.method_failed", {m.error.message}) << "\n";
        return InputError;
    }
    int editions = 0;
    for (const auto &e : clientOf(*p)->editions)
        editions += e.total.value ? 1 : 0;
    if (format == "json") {
        out << toPrettyJson(reportJson(*r, editions, l)) << "\n";
        return Ok;
    }

    out << t("cli.forecast.title", {p->meta.title.get(l), std::to_string(editions)}) << "\n\n";
    std::vector<std::vector<std::string>> rows{{t("cli.forecast.header_method"), "n", t("cli.forecast.header_low"), t("cli.forecast.header_point"),
                                                t("cli.forecast.header_high"), t("cli.forecast.header_note")}};
    for (const auto &x : r->methods) {
        std::string name = forecastMethodName(x.method, r->movingAverageWindow, l);
        if (x.method == r->chosen)
            name = "* " + name;
        if (x.ok)
            rows.push_back({name, std::to_string(x.n), range(x), formatGroupedFixed(x.point, 0), x.high ? formatGroupedFixed(*x.high, 0) : "-", ""});
        else
            rows.push_back({name, std::to_string(x.n), "-", "-", "-", x.error.message});
    }
    out << renderTable(rows, {1, 2, 3, 4}) << "\n";
    out << t("cli.forecast.chosen", {forecastMethodName(r->chosen, r->movingAverageWindow, l)}) << "\n";
    if (m.slope && (r->chosen == ForecastMethod::Linear))
        out << t("cli.forecast.coefficients_linear", {formatRounded(*m.intercept, 2), formatRounded(*m.slope, 2), formatRounded(*m.xbar, 2),
                                                      formatRounded(*m.residualSd, 2), std::to_string(m.n - 2), formatRounded(*m.t, 4),
                                                      formatRounded(*m.halfWidthSd, 2)})
            << "\n";
    if (m.slope && r->chosen == ForecastMethod::LogLinear)
        out << t("cli.forecast.coefficients_loglinear", {formatRounded(*m.intercept, 4), formatRounded(*m.slope, 4), formatRounded(*m.xbar, 2),
                                                         formatRounded(*m.growthPct, 2) + " %", formatRounded(*m.residualSd, 4),
                                                         std::to_string(m.n - 2), formatRounded(*m.t, 4), formatGroupedFixed(*m.mean, 0)})
            << "\n";
    if (m.daysBefore)
        out << t("cli.forecast.pickup", {std::to_string(*m.daysBefore), formatGroupedFixed(*m.registered, 0), std::to_string(m.n)}) << "\n";
    if (r->online.share)
        out << t("cli.forecast.online_share", {formatRounded(*r->online.share * 100, 1) + " %",
                                                r->online.trend ? t("cli.forecast.online_trend", {std::to_string(r->online.n)})
                                                                : t("cli.forecast.online_mean", {std::to_string(r->online.n)})})
            << "\n";
    if (r->adjustmentPct) {
        const auto &f = clientOf(*p)->forecast.destinationAdjustment;
        out << t("cli.forecast.adjustment", {formatSignedFixed(*r->adjustmentPct, 1) + " %", f.source.value_or(f.basisFor(l == Lang::ZhTW).value_or("-"))}) << "\n";
    }
    if (r->likelyOnsite && r->likelyOnline)
        out << t("cli.forecast.split", {formatCount(*r->likelyOnsite), formatCount(*r->likelyOnline)}) << "\n";
    if (r->proposed)
        out << t("cli.forecast.scenarios", {formatCount(r->proposed->low), formatCount(r->proposed->likely), formatCount(r->proposed->high)}) << "\n";
    if (!r->recorded)
        out << t("cli.forecast.decision_none") << "\n";
    else if (r->recorded->decision == "accepted")
        out << t("cli.forecast.decision_accepted") << "\n";
    else
        out << t("cli.forecast.decision_overridden", {formatCount(r->recorded->low), formatCount(r->recorded->likely), formatCount(r->recorded->high)})
            << "\n";
    std::vector<const Diagnostic *> warnings;
    for (const auto &d : r->warnings)
        warnings.push_back(&d);
    for (const auto &d : m.warnings)
        warnings.push_back(&d);
    if (!warnings.empty()) {
        out << "\n" << t("cli.forecast.warnings") << "\n";
        for (const auto *d : warnings)
            out << "  " << d->path << ": " << d->message << "\n";
    }
    return Ok;
}

} // namespace vb::cli
