// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastcontroller.h"

#include "clientapply.h"

#include "analysis.h"
#include "clientedit.h"
#include "conversions.h"
#include "factbasis.h"
#include "forecast.h"
#include "forecastscenarios.h"
#include "messages.h"
#include "numberformat.h"
#include "numbers.h"
#include "projectcontroller.h"

#include <algorithm>
#include <cmath>

using vb::app::qs;

namespace {

/** As venuebid-cli forecast's table prints a person count. */
QString whole(double x)
{
    return qs(vb::formatGroupedFixed(x, 0));
}

} // namespace

ForecastController::ForecastController(QObject *parent)
    : ProjectClient(parent)
{
}

void ForecastController::refresh()
{
    using namespace vb;
    m_methods.clear();
    m_table.clear();
    m_history.clear();
    m_band.clear();
    m_pace.clear();
    m_details.clear();
    m_warnings.clear();
    m_figures.clear();
    m_proposed.clear();
    m_recorded.clear();
    m_adjustment.clear();
    m_errorText.clear();
    m_flowText.clear();
    m_currentPace.clear();
    m_eventStart.clear();
    m_ok = false;
    const Lang l = lang();
    const LangText t{l};
    const ClientHistory *c = hasProject() ? clientOf(project()) : nullptr;
    m_hasClient = c != nullptr;
    for (auto m : kAllForecastMethods)
        m_methods << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(forecastMethodKey(m))},
                                 {QStringLiteral("name"), qs(forecastMethodName(m, c ? c->forecast.movingAverageWindow : 3, l))}};
    if (!c) {
        Q_EMIT changed();
        return;
    }
    const Project &p = project();
    m_currentPace = qs(currentPaceText(c->forecast.currentPace));
    m_eventStart = qs(p.requirements.startDate);
    const auto r = *forecastAttendance(p, std::nullopt, l);
    m_method = QString::fromLatin1(forecastMethodKey(r.chosen));
    m_window = c->forecast.movingAverageWindow;
    m_targetYear = r.targetYear;
    const auto &adj = c->forecast.destinationAdjustment;
    m_adjustment = {{QStringLiteral("value"), adj.value ? qs(formatShortest(*adj.value)) : QString()},
                    {QStringLiteral("source"), qs(adj.source.value_or(""))},
                    {QStringLiteral("asOf"), qs(adj.asOf.value_or(""))},
                    {QStringLiteral("basis"), qs(adj.basisFor(l == Lang::ZhTW).value_or(""))},
                    {QStringLiteral("estimate"), adj.estimate},
                    {QStringLiteral("unsourced"), adj.unsourced()}};

    for (const auto &x : r.methods) {
        m_table << QVariantMap{{QStringLiteral("name"), qs(forecastMethodName(x.method, r.movingAverageWindow, l))},
                               {QStringLiteral("n"), QString::number(x.n)},
                               {QStringLiteral("low"), x.ok && x.low ? whole(*x.low) : QStringLiteral("–")},
                               {QStringLiteral("point"), x.ok ? whole(x.point) : QStringLiteral("–")},
                               {QStringLiteral("high"), x.ok && x.high ? whole(*x.high) : QStringLiteral("–")},
                               {QStringLiteral("note"), x.ok ? QString() : qs(x.error.message)},
                               {QStringLiteral("chosen"), x.method == r.chosen}};
    }
    const auto &m = r.of(r.chosen);
    m_ok = m.ok;
    if (!m.ok)
        m_errorText = qs(t("forecast.method_failed", {m.error.message}));
    for (const auto &d : r.warnings)
        m_warnings << qs(d.message);
    for (const auto &d : m.warnings)
        m_warnings << qs(d.message);

    // The history as the forecast reads it: the editions with a known total, by year.
    std::vector<std::pair<int, const Edition *>> h;
    for (const auto &e : c->editions)
        if (e.total.value)
            h.emplace_back(e.year, &e);
    std::stable_sort(h.begin(), h.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[year, e] : h)
        m_history << QVariantMap{{QStringLiteral("year"), year},
                                 {QStringLiteral("total"), *e->total.value},
                                 {QStringLiteral("estimate"), e->total.estimate}};

    if (m.ok) {
        m_figures = {{QStringLiteral("point"), whole(m.point)},
                     {QStringLiteral("low"), m.low ? whole(*m.low) : QStringLiteral("–")},
                     {QStringLiteral("high"), m.high ? whole(*m.high) : QStringLiteral("–")},
                     {QStringLiteral("n"), QString::number(m.n)},
                     {QStringLiteral("name"), qs(forecastMethodName(r.chosen, r.movingAverageWindow, l))}};
        // The band: for a trend, its 95 % prediction interval at every year from the first edition to the target (the
        // same fit and interval functions as the forecast); for the other methods, the target year only.
        const bool logScale = r.chosen == ForecastMethod::LogLinear;
        if ((r.chosen == ForecastMethod::Linear || logScale) && h.size() >= 3) {
            std::vector<double> x, y;
            for (const auto &[year, e] : h) {
                x.push_back(year);
                y.push_back(logScale ? std::log(*e->total.value) : *e->total.value);
            }
            if (const auto fit = fitOls(x, y)) {
                for (int year = h.front().first; year <= std::max(r.targetYear, h.back().first); ++year) {
                    const auto pi = predictionInterval(*fit, year);
                    const auto back = [&](double v) { return logScale ? std::exp(v) : v; };
                    m_band << QVariantMap{{QStringLiteral("year"), year},
                                          {QStringLiteral("low"), back(pi.low)},
                                          {QStringLiteral("point"), back(pi.point)},
                                          {QStringLiteral("high"), back(pi.high)}};
                }
            }
        } else {
            m_band << QVariantMap{{QStringLiteral("year"), r.targetYear},
                                  {QStringLiteral("low"), m.low.value_or(m.point)},
                                  {QStringLiteral("point"), m.point},
                                  {QStringLiteral("high"), m.high.value_or(m.point)}};
        }
        // The sentences of venuebid-cli forecast --format table.
        if (m.slope && r.chosen == ForecastMethod::Linear)
            m_details << qs(t("cli.forecast.coefficients_linear", {formatRounded(*m.intercept, 2), formatRounded(*m.slope, 2), formatRounded(*m.xbar, 2),
                                                                   formatRounded(*m.residualSd, 2), std::to_string(m.n - 2), formatRounded(*m.t, 4),
                                                                   formatRounded(*m.halfWidthSd, 2)}));
        if (m.slope && r.chosen == ForecastMethod::LogLinear)
            m_details << qs(t("cli.forecast.coefficients_loglinear",
                              {formatRounded(*m.intercept, 4), formatRounded(*m.slope, 4), formatRounded(*m.xbar, 2), formatRounded(*m.growthPct, 2) + " %",
                               formatRounded(*m.residualSd, 4), std::to_string(m.n - 2), formatRounded(*m.t, 4), formatGroupedFixed(*m.mean, 0)}));
        if (m.daysBefore)
            m_details << qs(t("cli.forecast.pickup", {std::to_string(*m.daysBefore), formatGroupedFixed(*m.registered, 0), std::to_string(m.n)}));
    }
    if (r.online.share)
        m_details << qs(t("cli.forecast.online_share",
                          {formatRounded(*r.online.share * 100, 1) + " %",
                           r.online.trend ? t("cli.forecast.online_trend", {std::to_string(r.online.n)})
                                          : t("cli.forecast.online_mean", {std::to_string(r.online.n)})}));
    if (r.adjustmentPct)
        m_details << qs(t("cli.forecast.adjustment", {formatSignedFixed(*r.adjustmentPct, 1) + " %", adj.source.value_or(adj.basisFor(l == Lang::ZhTW).value_or("-"))}));
    if (r.likelyOnsite && r.likelyOnline)
        m_details << qs(t("cli.forecast.split", {formatCount(*r.likelyOnsite), formatCount(*r.likelyOnline)}));
    if (r.proposed) {
        m_details << qs(t("cli.forecast.scenarios", {formatCount(r.proposed->low), formatCount(r.proposed->likely), formatCount(r.proposed->high)}));
        m_proposed = {{QStringLiteral("low"), r.proposed->low}, {QStringLiteral("likely"), r.proposed->likely}, {QStringLiteral("high"), r.proposed->high}};
    }
    if (!r.recorded)
        m_details << qs(t("cli.forecast.decision_none"));
    else if (r.recorded->decision == "accepted")
        m_details << qs(t("cli.forecast.decision_accepted"));
    else
        m_details << qs(t("cli.forecast.decision_overridden", {formatCount(r.recorded->low), formatCount(r.recorded->likely), formatCount(r.recorded->high)}));
    if (r.recorded)
        m_recorded = {{QStringLiteral("decision"), qs(r.recorded->decision)},
                      {QStringLiteral("low"), r.recorded->low},
                      {QStringLiteral("likely"), r.recorded->likely},
                      {QStringLiteral("high"), r.recorded->high},
                      {QStringLiteral("stale"), r.stale}};

    // What accepting would write (the same plan the edit applies).
    std::string why;
    if (const auto plan = planScenarios(p, std::nullopt, l, why)) {
        const auto &a = plan->attendance;
        QString text = tr("Accepting sets the expected attendance of each format: on site %1; hybrid %2 on site and %3 online "
                          "(online share %4); online %5.")
                           .arg(qs(formatCount(a[0].onsite)), qs(formatCount(a[1].onsite)), qs(formatCount(a[1].online)),
                                qs(formatRounded(plan->onlineShare * 100, 1)) + QStringLiteral(" %"), qs(formatCount(a[2].online)));
        if (plan->budgetPercent)
            text += QLatin1Char(' ')
                + tr("The budget's attendance scenarios become %1 % / 100 % / %2 % of the likely attendance.")
                      .arg((*plan->budgetPercent)[0])
                      .arg((*plan->budgetPercent)[2]);
        m_flowText = text;
    }

    // Pace curves: the past editions', then this edition's registrations by days before its start.
    for (const auto &e : c->editions) {
        if (e.pace.empty())
            continue;
        QVariantList pts;
        for (const auto &pt : e.pace)
            pts << QVariantMap{{QStringLiteral("days"), pt.daysBefore}, {QStringLiteral("registered"), pt.registered}};
        m_pace << QVariantMap{{QStringLiteral("label"), QString::number(e.year)}, {QStringLiteral("current"), false}, {QStringLiteral("points"), pts}};
    }
    const std::string &start = p.requirements.startDate;
    if (!c->forecast.currentPace.empty() && isDate(start)) {
        std::vector<std::pair<int, double>> cur;
        for (const auto &[date, n] : c->forecast.currentPace)
            if (isDate(date) && date <= start)
                cur.emplace_back(daysBetween(date, start), n);
        std::sort(cur.begin(), cur.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QVariantList pts;
        for (const auto &[d, n] : cur)
            pts << QVariantMap{{QStringLiteral("days"), d}, {QStringLiteral("registered"), n}};
        if (!pts.isEmpty())
            m_pace << QVariantMap{{QStringLiteral("label"), QString::number(r.targetYear)}, {QStringLiteral("current"), true}, {QStringLiteral("points"), pts}};
    }
    Q_EMIT changed();
}

QString ForecastController::setMethod(const QString &key)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Forecast method"), {}, [&](vb::ClientHistory &c) { return vb::setForecastMethod(c, key.toStdString(), l); });
}

QString ForecastController::setWindow(const QString &text)
{
    const vb::Lang l = lang();
    QString why;
    const auto v = Numbers::read(text, vb::NumberKind::Count, &why);
    if (!v)
        return why;
    return applyClientEdit(document(), tr("Moving-average window"), {},
                       [&](vb::ClientHistory &c) { return vb::setMovingAverageWindow(c, static_cast<int>(std::min(*v, 1e6)), l); });
}

QString ForecastController::setCurrentPace(const QString &text)
{
    const vb::Lang l = lang();
    std::vector<std::pair<std::string, double>> pace;
    if (const auto why = vb::parseCurrentPaceText(text.toStdString(), pace, l); !why.empty())
        return qs(why);
    const std::string start = hasProject() ? project().requirements.startDate : std::string();
    return applyClientEdit(document(), tr("Registrations so far"), {},
                           [&](vb::ClientHistory &c) { return vb::setCurrentPace(c, pace, start, l); });
}

QString ForecastController::setAdjustment(const QString &percent, const QString &source, const QString &basis, const QString &asOf)
{
    const vb::Lang l = lang();
    const vb::ClientHistory *c = hasProject() ? vb::clientOf(project()) : nullptr;
    const vb::Fact *old = c ? &c->forecast.destinationAdjustment : nullptr;
    vb::Fact f;
    if (!percent.trimmed().isEmpty()) {
        QString why;
        const auto v = Numbers::read(percent.trimmed().remove(QLatin1Char('%')), vb::NumberKind::Decimal, &why);
        if (!v)
            return why;
        f.value = *v;
        // Source, basis and date are optional: without them the value is kept unsourced (vb::Fact::missing) and the
        // overview lists it; what is given is checked (a source is a web address, a date YYYY[-MM[-DD]]).
        if (!source.trimmed().isEmpty())
            f.source = source.trimmed().toStdString();
        if (!asOf.trimmed().isEmpty())
            f.asOf = asOf.trimmed().toStdString();
        if (!basis.trimmed().isEmpty()) {
            vb::setTypedBasis(f, basis.trimmed().toStdString(), old, l);
            f.estimate = !f.source.has_value();
        }
        if (old)
            f.note = old->note; // not on the page: kept
    }
    return applyClientEdit(document(), tr("Destination adjustment"), {}, [&](vb::ClientHistory &c) { return vb::setDestinationAdjustment(c, f, l); });
}

QString ForecastController::acceptScenarios()
{
    if (!hasProject())
        return tr("No project is open.");
    std::string error;
    auto edit = vb::scenariosEdit(project(), std::nullopt, lang(), error);
    if (!edit)
        return qs(error);
    edit->label = tr("Use forecast as scenarios").toStdString();
    document()->edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}

QString ForecastController::overrideScenarios(const QString &low, const QString &likely, const QString &high)
{
    if (!hasProject())
        return tr("No project is open.");
    QString why;
    const auto lo = Numbers::read(low, vb::NumberKind::Count, &why);
    if (!lo)
        return why;
    const auto li = Numbers::read(likely, vb::NumberKind::Count, &why);
    if (!li)
        return why;
    const auto hi = Numbers::read(high, vb::NumberKind::Count, &why);
    if (!hi)
        return why;
    std::string error;
    auto edit = vb::scenariosEdit(project(), vb::AttendanceScenarios{static_cast<int>(*lo), static_cast<int>(*li), static_cast<int>(*hi)}, lang(), error);
    if (!edit)
        return qs(error);
    edit->label = tr("Override attendance scenarios").toStdString();
    document()->edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}
