// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingcontroller.h"

#include "conversions.h"
#include "criteriaedit.h"
#include "messages.h"
#include "documentwriter.h"
#include "methodcomparison.h"
#include "venueranking.h"
#include "projectcontroller.h"
#include "sharedinstance.h"
#include "suitabilityreport.h"
#include "units.h"
#include "weights.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace vb::app;

namespace {
/** The QML enum and the engine's method, in the same order. */
constexpr std::array kMethods{vb::mcda::Method::WSM, vb::mcda::Method::WPM, vb::mcda::Method::TOPSIS, vb::mcda::Method::VIKOR,
                              vb::mcda::Method::PROMETHEE2};

std::optional<vb::mcda::WeightMethod> parseWeightMethod(const QString &name)
{
    using M = vb::mcda::WeightMethod;
    for (auto m : {M::Equal, M::ROC, M::RankSum, M::Entropy, M::CRITIC, M::StdDev})
        if (name == QLatin1String(vb::mcda::weightMethodName(m)))
            return m;
    return std::nullopt;
}
} // namespace

RankingController::RankingController(ProjectController &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_ranking(new RankingModel(this))
    , m_excluded(new ExcludedModel(this))
    , m_criteria(new CriteriaModel(this))
    , m_comparison(new ComparisonModel(this))
{
    m_comparisonSoon.setSingleShot(true);
    m_comparisonSoon.setInterval(150);
    connect(&m_comparisonSoon, &QTimer::timeout, this, &RankingController::refreshComparison);
    connect(&m_project, &ProjectController::projectChanged, this, [this] {
        recompute(true);
        Q_EMIT methodTitleChanged(); // the language may have changed
    });
    connect(&m_project, &ProjectController::weightsChanged, this, [this] { recompute(false); });
    recompute(true);
}

RankingController *RankingController::create(QQmlEngine *engine, QJSEngine *)
{
    return sharedInstance<RankingController>(engine);
}

void RankingController::recompute(bool reset)
{
    const bool loaded = m_project.loaded();
    const vb::Project *p = loaded ? &m_project.project() : nullptr;
    // A weight or method change scores the same venues again (rescoreVenues gives what rankVenues would, without
    // re-reading 10,000 venues' facts); anything else ranks anew.
    if (!loaded)
        m_result = vb::VenueRanking{};
    else if (!reset)
        vb::rescoreVenues(*p, m_result, m_method);
    else
        m_result = vb::rankVenues(*p, vb::RankingOptions{false, m_method});
    m_lastReset = reset;
    const auto l = m_project.lang();
    m_notFiniteText = p ? qs(vb::notFiniteMessage(*p, m_result, l)) : QString();
    m_ranking->setProject(p, &m_result, l, reset);
    m_excluded->setProject(p, &m_result, l, reset);
    if (reset)
        m_criteria->setProject(p, &m_result.weights, l);
    else
        m_criteria->weightsChanged();
    if (m_comparisonActive)
        m_comparisonSoon.start(); // restarts: one comparison per pause in a dragged slider
    Q_EMIT rankingChanged();
}

void RankingController::setComparisonActive(bool active)
{
    if (active == m_comparisonActive)
        return;
    m_comparisonActive = active;
    m_comparisonSoon.stop();
    if (active)
        refreshComparison();
    else
        m_comparison->clear(); // 4 rankings of 10,000 venues are not kept while nobody looks at them
    Q_EMIT comparisonActiveChanged();
}

void RankingController::refreshComparison()
{
    if (!m_project.loaded()) {
        m_comparison->clear();
        return;
    }
    const auto &p = m_project.project();
    m_comparison->set(p, vb::compareMethods(p), m_project.lang());
}

void RankingController::setWeightPercent(int row, double percent)
{
    const auto &p = m_project.project();
    if (row < 0 || row >= static_cast<int>(p.criteria.size()))
        return;
    m_project.edit(vb::weightPercentEdit(p, static_cast<std::size_t>(row), percent), ProjectController::Scope::Weights);
}

void RankingController::endWeightChange()
{
    m_project.closeUndoStep();
}

void RankingController::applyWeights(std::vector<double> weights, const std::string &label)
{
    const auto &p = m_project.project();
    if (weights.size() != p.criteria.size())
        return;
    m_project.edit(vb::allWeightsEdit(p, std::move(weights), label), ProjectController::Scope::Weights);
}

RankingController::Method RankingController::method() const
{
    for (std::size_t i = 0; i < kMethods.size(); ++i)
        if (kMethods[i] == m_method)
            return static_cast<Method>(i);
    return Method::Wsm;
}

vb::mcda::Method RankingController::mcdaMethod(Method m)
{
    const auto i = static_cast<std::size_t>(m);
    return i < kMethods.size() ? kMethods[i] : vb::mcda::Method::WSM;
}

void RankingController::setMethod(Method m)
{
    const auto i = static_cast<std::size_t>(m);
    if (i >= kMethods.size() || kMethods[i] == m_method)
        return;
    m_method = kMethods[i];
    Q_EMIT methodChanged();
    Q_EMIT methodTitleChanged();
    recompute(false);
}

QString RankingController::methodName() const
{
    return QString::fromLatin1(vb::mcda::methodName(m_method));
}

QString RankingController::methodTitle() const
{
    return QString::fromUtf8(vb::methodTitle(m_method, m_project.lang()));
}

QString RankingController::exportSuitabilityReport(const QString &pathOrUrl)
{
    if (!m_project.loaded())
        return tr("Nothing to report: no project is open.");
    m_project.flushEdits();
    std::string error, appendix;
    m_lastAppendix.clear();
    if (!vb::documents::writeSuitabilityReport(m_project.project(), m_project.lang(), m_method,
                                               ProjectController::localPath(pathOrUrl).toStdString(), error, &appendix))
        return qs(error);
    m_lastAppendix = QString::fromStdString(appendix);
    return {};
}

QVariantList RankingController::derivedWeights(const QString &method) const
{
    QVariantList out;
    const auto m = parseWeightMethod(method);
    if (!m_project.loaded() || !m || m_result.rows.size() < 2)
        return out;
    const Eigen::VectorXd w = vb::mcda::computeWeights(m_result.problem, *m);
    for (Eigen::Index j = 0; j < w.size(); ++j)
        out << w(j) * 100.0;
    return out;
}

QVariantList RankingController::importanceOrder() const
{
    QVariantList out;
    if (!m_project.loaded())
        return out;
    const auto &p = m_project.project();
    for (auto j : vb::importanceOrder(p))
        out << QVariantMap{{QStringLiteral("row"), static_cast<int>(j)}, {QStringLiteral("name"), qs(p.criteria[j].name, m_project.lang())}};
    return out;
}

void RankingController::moveImportance(int row, int delta)
{
    const auto &p = m_project.project();
    if (row < 0 || row >= static_cast<int>(p.criteria.size()))
        return;
    if (auto edit = vb::moveImportanceEdit(p, static_cast<std::size_t>(row), delta))
        m_project.edit(std::move(*edit), ProjectController::Scope::Weights);
}

void RankingController::applyDerivedWeights(const QString &method)
{
    const auto w = derivedWeights(method);
    std::vector<double> weights;
    for (const auto &v : w)
        weights.push_back(v.toDouble());
    applyWeights(std::move(weights), "Weights: " + method.toStdString());
}

namespace {
vb::CriterionFields criterionFieldsFrom(const QVariantMap &m)
{
    vb::CriterionFields f;
    f.name.en = m.value(QStringLiteral("nameEn")).toString().toStdString();
    f.name.zh = m.value(QStringLiteral("nameZh")).toString().toStdString();
    f.direction = m.value(QStringLiteral("direction")).toString() == QLatin1String("cost") ? vb::Direction::Cost : vb::Direction::Benefit;
    f.unit = m.value(QStringLiteral("unit")).toString().toStdString();
    return f;
}

QVariantMap refusal(const QString &field, const std::string &message)
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("message"), qs(message)}};
}
} // namespace

QVariantList RankingController::criterionUnits(int row) const
{
    const auto &p = m_project.project();
    const auto l = m_project.lang();
    QVariantList out;
    const auto add = [&](std::string_view code) {
        out.append(QVariantMap{{QStringLiteral("code"), qs(std::string(code))}, {QStringLiteral("text"), qs(vb::unitText(code, l))}});
    };
    const auto units = vb::knownUnits();
    if (row >= 0 && row < static_cast<int>(p.criteria.size())) {
        const auto &own = p.criteria[static_cast<std::size_t>(row)].unit;
        if (std::find(units.begin(), units.end(), own) == units.end())
            add(own);
    }
    for (auto u : units)
        add(u);
    return out;
}

QVariantMap RankingController::criterionFields(int row) const
{
    const auto &p = m_project.project();
    if (row < 0 || row >= static_cast<int>(p.criteria.size()))
        return {{QStringLiteral("nameEn"), QString()}, {QStringLiteral("nameZh"), QString()}, {QStringLiteral("direction"), QStringLiteral("benefit")},
                {QStringLiteral("unit"), QString()}};
    const auto &c = p.criteria[static_cast<std::size_t>(row)];
    return {{QStringLiteral("nameEn"), qs(c.name.en)}, {QStringLiteral("nameZh"), qs(c.name.zh)},
            {QStringLiteral("direction"), c.direction == vb::Direction::Cost ? QStringLiteral("cost") : QStringLiteral("benefit")},
            {QStringLiteral("unit"), qs(c.unit)}};
}

QVariantMap RankingController::applyCriteriaEdit(const std::string &label, const std::function<std::string(vb::Project &)> &f, const QString &field)
{
    std::string error;
    auto edit = vb::criteriaEdit(m_project.project(), label, f, error, m_project.lang());
    if (!error.empty())
        return refusal(field, error);
    if (edit)
        m_project.edit(std::move(*edit), ProjectController::Scope::Project);
    return {};
}

QVariantMap RankingController::addCriterion(const QVariantMap &fields)
{
    const auto &p = m_project.project();
    const auto l = m_project.lang();
    const auto f = criterionFieldsFrom(fields);
    const double percent = fields.value(QStringLiteral("percent")).toDouble();
    std::string field;
    if (auto e = vb::checkCriterionFields(p, p.criteria.size(), f, l, &field); !e.empty())
        return refusal(qs(field), e);
    return applyCriteriaEdit(vb::tr(l, "critedit.label_add", {f.name.get(l)}),
                             [&](vb::Project &q) { return vb::addCriterion(q, f, percent, l); }, QStringLiteral("weight"));
}

QVariantMap RankingController::updateCriterion(int row, const QVariantMap &fields)
{
    const auto &p = m_project.project();
    const auto l = m_project.lang();
    const auto f = criterionFieldsFrom(fields);
    std::string field;
    if (auto e = vb::checkCriterionFields(p, static_cast<std::size_t>(std::max(row, 0)), f, l, &field); !e.empty())
        return refusal(qs(field), e);
    return applyCriteriaEdit(vb::tr(l, "critedit.label_edit", {f.name.get(l)}),
                             [&](vb::Project &q) { return vb::setCriterionFields(q, static_cast<std::size_t>(row), f, l); }, QString());
}

QString RankingController::criterionRemovalText(int row) const
{
    return row < 0 ? QString() : qs(vb::criterionRemovalText(m_project.project(), static_cast<std::size_t>(row), m_project.lang()));
}

QString RankingController::removeCriterion(int row)
{
    const auto &p = m_project.project();
    const auto l = m_project.lang();
    if (row < 0 || row >= static_cast<int>(p.criteria.size()))
        return qs(vb::tr(l, "critedit.no_row"));
    const auto r = applyCriteriaEdit(vb::tr(l, "critedit.label_delete", {p.criteria[static_cast<std::size_t>(row)].name.get(l)}),
                                     [&](vb::Project &q) { return vb::removeCriterion(q, static_cast<std::size_t>(row), l); }, QString());
    return r.value(QStringLiteral("message")).toString();
}

QString RankingController::moveCriterion(int row, int delta)
{
    const auto &p = m_project.project();
    const auto l = m_project.lang();
    if (row < 0 || row >= static_cast<int>(p.criteria.size()))
        return qs(vb::tr(l, "critedit.no_row"));
    const auto r = applyCriteriaEdit(vb::tr(l, "critedit.label_move", {p.criteria[static_cast<std::size_t>(row)].name.get(l)}),
                                     [&](vb::Project &q) { return vb::moveCriterion(q, static_cast<std::size_t>(row), delta, l); }, QString());
    return r.value(QStringLiteral("message")).toString();
}
