// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"
#include "venueranking.h"
#include "numbers.h"

#include "budgetcalc.h"
#include "scenariofinance.h"

#include "analysis.h"
#include "analysischarts.h"
#include "optionsanalysis.h"
#include "conversions.h"
#include "messages.h"
#include "matrixfile.h"


#include <cmath>
#include "numberformat.h"
#include "projectcontroller.h"

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

/** Rounded like venuebid-cli (vb::roundTo, then fixed decimals). */
/** x with `decimals` decimals and its thousands grouped, as every page prints numbers (vb::formatGroupedFixed). */
QString fixed(double x, int decimals) { return QString::fromStdString(vb::formatGroupedFixed(vb::roundTo(x, decimals), decimals)); }

QString percentChange(double change)
{
    const double pct = vb::roundTo(change * 100.0, 0);
    return (pct > 0 ? QStringLiteral("+") : QString()) + QString::number(pct, 'f', 0) + QStringLiteral(" %");
}

} // namespace

ScenarioController::ScenarioController(QObject *parent)
    : ProjectClient(parent)
    , m_scenarios(new AnalysisListModel({"scenarioId", "name", "hazard", "probabilityText", "riskScore", "level", "levelText", "effectsText",
                                         "onsiteText", "hybridText", "onlineText", "bestFormat", "hasContingency", "fallbackText",
                                         "triggerDate", "daysBeforeStart", "triggerOk", "fallbackOk", "action"},
                                        this))
    , m_formats(new AnalysisListModel({"format", "name", "baselineText", "expectedText", "exposureText", "worstScenario", "co2eText",
                                       "flightsText", "co2ePartial", "co2eMissing", "recommended", "surplusText", "expectedSurplusText"},
                                      this))
    , m_options(new AnalysisListModel({"rank", "optionId", "label", "formatName", "scoreText", "recommended"}, this))
{
}

void ScenarioController::setMethod(RankingController::Method m)
{
    if (m == m_method)
        return;
    m_method = m;
    refresh();
}

void ScenarioController::refresh()
{
    using namespace vb;
    QList<QVariantMap> scen, fmts, opts;
    m_recommendation.clear();
    m_recommendedFormat.clear();
    m_probabilityText.clear();
    m_riskMatrixChart.clear();
    m_outcomeChart.clear();
    m_hasScenarios = m_hasSustainability = false;
    m_factors.clear();
    if (hasProject() && !project().criteria.empty()) {
        const Lang l = lang();
        const Project &p = project();
        const AnalysisData a = analysisOf(p);
        const auto res = analyseOptions(p, RankingController::mcdaMethod(m_method));
        const auto &sa = res.scenarios;
        const EventFormat planned = res.recommendation->format;
        m_recommendation = qs(res.recommendation->text(l));
        m_recommendedFormat = QString::fromUtf8(formatName(planned, l));
        m_hasScenarios = !a.scenarios.empty();
        m_hasSustainability = a.sustainability.has_value();
        fillFactors(a);
        m_probabilityText = fixed(sa.probabilitySum * 100.0, 1) + QStringLiteral(" %");
        if (m_hasScenarios) {
            m_riskMatrixChart = qs(svg::riskMatrixSvg(vb::riskMatrixChart(a.scenarios, l)));
            m_outcomeChart = qs(svg::barChartSvg(vb::scenarioOutcomeChart(a.scenarios, sa, l)));
        }

        for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
            const auto &s = a.scenarios[i];
            const auto &as = sa.scenarios[i];
            QStringList effects;
            if (s.venueClosed)
                effects << tr("venue closed");
            if (s.onsiteChange != 0)
                effects << tr("on-site attendance %1").arg(percentChange(s.onsiteChange));
            if (s.onlineChange != 0)
                effects << tr("online attendance %1").arg(percentChange(s.onlineChange));
            if (s.shiftToOnline > 0)
                effects << tr("%1 of those lost join online (hybrid)").arg(percentChange(s.shiftToOnline).remove(QLatin1Char('+')));
            if (effects.isEmpty())
                effects << tr("no effect on attendance");
            QVariantMap row{{QStringLiteral("scenarioId"), qs(s.id)},
                            {QStringLiteral("name"), qs(s.name.get(l))},
                            {QStringLiteral("hazard"), qs(s.hazard)},
                            {QStringLiteral("probabilityText"), fixed(s.probability * 100.0, 1) + QStringLiteral(" %")},
                            {QStringLiteral("riskScore"), as.riskScore},
                            {QStringLiteral("level"), qs(as.level)},
                            {QStringLiteral("levelText"), QString::fromUtf8(riskLevelName(as.level, l))},
                            {QStringLiteral("effectsText"), effects.join(tr(", ", "between the effects of a scenario"))},
                            {QStringLiteral("onsiteText"), fixed(sa.formats[0].perScenario[i], 0)},
                            {QStringLiteral("hybridText"), fixed(sa.formats[1].perScenario[i], 0)},
                            {QStringLiteral("onlineText"), fixed(sa.formats[2].perScenario[i], 0)},
                            {QStringLiteral("bestFormat"), QString::fromUtf8(formatName(as.bestFormat, l))},
                            {QStringLiteral("hasContingency"), s.contingency.has_value()}};
            if (s.contingency) {
                const auto &c = *s.contingency;
                QString fb = QString::fromUtf8(formatName(c.fallbackFormat, l));
                if (!c.fallbackVenue.empty())
                    if (const Venue *v = p.venue(c.fallbackVenue))
                        fb += QStringLiteral(" · ") + qs(v->name.get(l));
                row.insert(QStringLiteral("fallbackText"), fb);
                row.insert(QStringLiteral("triggerDate"), qs(c.triggerDate));
                row.insert(QStringLiteral("daysBeforeStart"), as.daysBeforeStart);
                row.insert(QStringLiteral("triggerOk"), as.triggerBeforeStart);
                row.insert(QStringLiteral("fallbackOk"), as.fallbackOk);
                row.insert(QStringLiteral("action"), c.action ? qs(c.action->get(l)) : QString());
            } else {
                row.insert(QStringLiteral("fallbackText"), QStringLiteral("–"));
                row.insert(QStringLiteral("triggerDate"), QStringLiteral("–"));
                row.insert(QStringLiteral("daysBeforeStart"), 0);
                row.insert(QStringLiteral("triggerOk"), true);
                row.insert(QStringLiteral("fallbackOk"), true);
                row.insert(QStringLiteral("action"), QString());
            }
            scen << row;
        }

        // The expected financial result: the budget's surplus at each scenario's attendance (venuebid-cli scenarios).
        std::optional<std::array<vb::FormatFinance, 3>> finance;
        if (vb::hasBudget(p))
            finance = vb::expectedFinance(p, vb::budgetOf(p), a);
        for (auto f : kAllFormats) {
            const auto &fe = sa.formats[static_cast<std::size_t>(f)];
            QVariantMap row{{QStringLiteral("format"), QString::fromLatin1(formatKey(f))},
                            {QStringLiteral("name"), QString::fromUtf8(formatName(f, l))},
                            {QStringLiteral("baselineText"), fixed(fe.baseline, 0)},
                            {QStringLiteral("expectedText"), fixed(fe.expected, 0)},
                            {QStringLiteral("exposureText"), fixed(fe.exposurePct, 2) + QStringLiteral(" %")},
                            {QStringLiteral("worstScenario"), fe.worstScenario >= 0 ? qs(a.scenarios[static_cast<std::size_t>(fe.worstScenario)].name.get(l)) : QString()},
                            {QStringLiteral("recommended"), f == planned}};
            const auto *ff = finance ? &(*finance)[static_cast<std::size_t>(f)] : nullptr;
            row.insert(QStringLiteral("surplusText"), ff ? QString::fromStdString(vb::groupThousands(ff->baseline)) : QStringLiteral("–"));
            row.insert(QStringLiteral("expectedSurplusText"), ff ? QString::fromStdString(vb::groupThousands(std::llround(ff->expected))) : QStringLiteral("–"));
            if (a.sustainability) {
                const auto c = computeCo2e(p, *a.sustainability, f);
                QStringList missing;
                for (const auto &m : c.missing)
                    missing << qs(describeMissing(m, l));
                row.insert(QStringLiteral("co2eText"), fixed(c.knownKg / 1000.0, 1));
                row.insert(QStringLiteral("flightsText"), fixed(c.flightsKg / 1000.0, 1));
                row.insert(QStringLiteral("co2ePartial"), c.partial());
                row.insert(QStringLiteral("co2eMissing"), missing.join(QStringLiteral("; ")));
            } else {
                row.insert(QStringLiteral("co2eText"), QStringLiteral("–"));
                row.insert(QStringLiteral("flightsText"), QStringLiteral("–"));
                row.insert(QStringLiteral("co2ePartial"), true);
                row.insert(QStringLiteral("co2eMissing"), tr("no sustainability section in the project"));
            }
            fmts << row;
        }

        for (std::size_t k = 0; k < res.ranked.size(); ++k) {
            const auto &ro = res.ranked[k];
            const auto &o = res.options[ro.option];
            opts << QVariantMap{{QStringLiteral("rank"), ro.rank},
                                {QStringLiteral("optionId"), qs(o.id(p))},
                                {QStringLiteral("label"), qs(o.label(p, l))},
                                {QStringLiteral("formatName"), QString::fromUtf8(formatName(o.format, l))},
                                {QStringLiteral("scoreText"), qs(vb::scoreText(res.method, ro.score))},
                                {QStringLiteral("recommended"), k == res.recommendation->winner}};
        }
    }
    m_scenarios->setRows(std::move(scen));
    m_formats->setRows(std::move(fmts));
    m_options->setRows(std::move(opts));
    Q_EMIT changed();
}

QVariant ScenarioController::scenarioFields(int index) const
{
    const auto a = vb::analysisOf(project());
    if (index < 0 || index >= static_cast<int>(a.scenarios.size()))
        return QVariantMap{};
    const auto &s = a.scenarios[static_cast<std::size_t>(index)];
    return QVariantMap{{QStringLiteral("probability"), s.probability * 100.0},
            {QStringLiteral("onsite"), s.onsiteChange * 100.0},
            {QStringLiteral("online"), s.onlineChange * 100.0},
            {QStringLiteral("likelihood"), s.likelihood},
            {QStringLiteral("impact"), s.impact},
            {QStringLiteral("fallback"), s.contingency ? QString::fromLatin1(vb::formatKey(s.contingency->fallbackFormat)) : QString()},
            {QStringLiteral("triggerDate"), s.contingency ? QString::fromStdString(s.contingency->triggerDate) : QString()}};
}

namespace {
/** A percentage typed into a field as a fraction: "-60", "-60 %" and "−60％" are all −0.6 (the one number parser). */
std::optional<double> percentText(const QString &text, QString *why)
{
    const auto v = Numbers::read(text, vb::NumberKind::Decimal, why);
    if (!v)
        return std::nullopt;
    // The parser reads a number with a percent sign as a fraction already; a bare number is in percent points.
    const bool sign = text.contains(QLatin1Char('%')) || text.contains(QChar(0xFF05));
    return sign ? *v : *v / 100.0;
}

} // namespace

QString ScenarioController::setScenario(int index, const QVariantMap &fields)
{
    if (index < 0)
        return tr("No scenario selected.");
    vb::ScenarioEdit e;
    const auto number = [&](const char *key, double scale) -> std::optional<double> {
        const auto v = fields.value(QString::fromLatin1(key));
        bool ok = false;
        const double x = v.toDouble(&ok);
        return v.isValid() && ok ? std::optional<double>(x / scale) : std::nullopt;
    };
    // The percentages as typed ("1,200", "-60 %"), read by the one number parser; a field left empty keeps its value.
    QString why;
    const auto percent = [&](const char *key, const QString &label, std::optional<double> &out) {
        const QString text = fields.value(QString::fromLatin1(key)).toString().trimmed();
        if (text.isEmpty())
            return true;
        out = percentText(text, &why);
        if (!out)
            why = tr("%1: %2").arg(label, why);
        return out.has_value();
    };
    if (!percent("probability", tr("Probability"), e.probability) || !percent("onsite", tr("On-site attendance change"), e.onsiteChange)
        || !percent("online", tr("Online attendance change"), e.onlineChange))
        return why;
    if (const auto l = number("likelihood", 1.0))
        e.likelihood = static_cast<int>(std::lround(*l));
    if (const auto i = number("impact", 1.0))
        e.impact = static_cast<int>(std::lround(*i));
    const QString fallback = fields.value(QStringLiteral("fallback")).toString();
    if (!fallback.isEmpty())
        e.fallbackFormat = vb::parseFormat(fallback.toStdString());
    const QString date = fields.value(QStringLiteral("triggerDate")).toString().trimmed();
    if (!date.isEmpty())
        e.triggerDate = date.toStdString();
    if (!hasProject())
        return tr("No project is open.");
    const auto a = vb::analysisOf(project());
    if (static_cast<std::size_t>(index) >= a.scenarios.size())
        return tr("No scenario selected.");
    const QString name = qs(a.scenarios[static_cast<std::size_t>(index)].name.get(lang()));
    return vb::app::diagnosticsText(document()->editSections(
        tr("Scenario: %1").arg(name), {}, [&](vb::Project &p) { return vb::editScenario(p, static_cast<std::size_t>(index), e, lang()); }));
}

namespace {
QString factorName(const std::string &key)
{
    if (key == "domestic")
        return ScenarioController::tr("Flights, domestic (kg CO2e per passenger-km)");
    if (key == "short_haul")
        return ScenarioController::tr("Flights, short haul (kg CO2e per passenger-km)");
    if (key == "long_haul")
        return ScenarioController::tr("Flights, long haul (kg CO2e per passenger-km)");
    if (key == "distance_uplift")
        return ScenarioController::tr("Distance uplift (× great-circle distance)");
    if (key == "ground_factor")
        return ScenarioController::tr("Local ground transport (kg CO2e per passenger-km)");
    if (key == "hotel_factor")
        return ScenarioController::tr("Hotel (kg CO2e per room-night)");
    return ScenarioController::tr("Online participation (kg CO2e per participant)");
}
} // namespace

void ScenarioController::fillFactors(const vb::AnalysisData &a)
{
    m_factors.clear();
    if (!a.sustainability)
        return;
    for (const auto &key : vb::co2eFactorKeys()) {
        const auto f = vb::co2eFactor(*a.sustainability, key);
        m_factors << QVariantMap{{QStringLiteral("key"), QString::fromStdString(key)},
                                 {QStringLiteral("name"), factorName(key)},
                                 {QStringLiteral("value"), f.value ? QString::fromStdString(vb::formatShortest(*f.value)) : QString()},
                                 {QStringLiteral("source"), QString::fromStdString(f.source.value_or(""))},
                                 {QStringLiteral("asOf"), QString::fromStdString(f.asOf.value_or(""))},
                                 {QStringLiteral("note"), QString::fromStdString(f.note.value_or(""))},
                                 {QStringLiteral("unsourced"), f.unsourced()}};
    }
}

QString ScenarioController::setCo2eFactor(const QString &key, const QString &value, const QString &source, const QString &asOf)
{
    std::optional<double> v;
    if (!value.trimmed().isEmpty()) {
        QString why;
        v = Numbers::read(value, vb::NumberKind::Decimal, &why);
        if (!v)
            return tr("%1: %2").arg(factorName(key.toStdString()), why);
        if (*v < 0)
            return tr("%1: expected a number ≥ 0, or nothing when unknown.").arg(factorName(key.toStdString()));
    }
    if (!hasProject())
        return tr("No project is open.");
    const auto l = lang();
    const auto problems = document()->editSections(
        tr("CO2e factor: %1").arg(factorName(key.toStdString())), {}, vb::refusalChange("sustainability", [&](vb::Project &p) {
            return vb::editCo2eFactor(p, key.toStdString(), v, source.trimmed().toStdString(), asOf.trimmed().toStdString(), l);
        }));
    return problems.empty() ? QString() : tr("%1: %2").arg(factorName(key.toStdString()), QString::fromStdString(problems.front().message));
}

namespace {
QVariantMap editOutcome(const QString &error, const QString &field)
{
    return {{QStringLiteral("error"), error}, {QStringLiteral("field"), field}};
}

QString fieldOfPath(const std::string &path)
{
    static const std::pair<const char *, const char *> kFields[] = {
        {"/name", "name"}, {"/probability", "probability"}, {"/likelihood", "likelihood"}, {"/impact", "impact"},
        {"/onsite_attendance", "onsite"}, {"/online_attendance", "online"}, {"/shift_to_online", "shift"}};
    for (const auto &[suffix, field] : kFields)
        if (path.ends_with(suffix))
            return QString::fromLatin1(field);
    return {};
}
} // namespace

QVariantMap ScenarioController::addScenario(const QVariantMap &fields)
{
    if (!hasProject())
        return editOutcome(tr("No project is open."), {});
    vb::Scenario s;
    s.name.en = fields.value(QStringLiteral("nameEn")).toString().trimmed().toStdString();
    s.name.zh = fields.value(QStringLiteral("nameZh")).toString().trimmed().toStdString();
    s.hazard = fields.value(QStringLiteral("hazard"), QStringLiteral("natural")).toString().toStdString();
    s.likelihood = fields.value(QStringLiteral("likelihood"), 1).toInt();
    s.impact = fields.value(QStringLiteral("impact"), 1).toInt();
    s.venueClosed = fields.value(QStringLiteral("venueClosed")).toBool();
    // A name in one language stands for the other too (vb::nameInBothLanguages in addScenario); none is refused there.
    // The percentages, each read by the one number parser; an empty field is 0.
    const std::pair<const char *, double *> percentFields[] = {
        {"probability", &s.probability}, {"onsite", &s.onsiteChange}, {"online", &s.onlineChange}, {"shift", &s.shiftToOnline}};
    for (const auto &[key, target] : percentFields) {
        const QString text = fields.value(QString::fromLatin1(key)).toString();
        if (text.trimmed().isEmpty())
            continue;
        QString why;
        const auto v = percentText(text, &why);
        if (!v)
            return editOutcome(why, QString::fromLatin1(key));
        *target = *v;
    }
    const auto l = lang();
    const QString name = qs(s.name.get(l).empty() ? (s.name.en.empty() ? s.name.zh : s.name.en) : s.name.get(l));
    const auto diags = document()->editSections(tr("Add scenario: %1").arg(name), {}, [&](vb::Project &p) { return vb::addScenario(p, s, l); });
    for (const auto &d : diags)
        if (d.severity == vb::Diagnostic::Severity::Error)
            return editOutcome(qs(d.message), fieldOfPath(d.path));
    return editOutcome({}, {});
}

QString ScenarioController::removeScenario(int index)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto a = vb::analysisOf(project());
    const auto l = lang();
    if (index < 0 || static_cast<std::size_t>(index) >= a.scenarios.size())
        return qs(vb::tr(l, "bidedit.scenario.no_scenario"));
    const QString name = qs(a.scenarios[static_cast<std::size_t>(index)].name.get(l));
    const auto diags = document()->editSections(tr("Delete scenario: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::removeScenario(p, static_cast<std::size_t>(index), l);
    });
    for (const auto &d : diags)
        if (d.severity == vb::Diagnostic::Severity::Error)
            return qs(d.message);
    return {};
}

QString ScenarioController::moveScenario(int index, int delta)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto a = vb::analysisOf(project());
    const auto l = lang();
    if (index < 0 || static_cast<std::size_t>(index) >= a.scenarios.size())
        return qs(vb::tr(l, "bidedit.scenario.no_scenario"));
    const QString name = qs(a.scenarios[static_cast<std::size_t>(index)].name.get(l));
    const auto diags = document()->editSections(tr("Move scenario: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::moveScenario(p, static_cast<std::size_t>(index), delta, l);
    });
    for (const auto &d : diags)
        if (d.severity == vb::Diagnostic::Severity::Error)
            return qs(d.message);
    return {};
}
