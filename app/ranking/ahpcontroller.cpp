// SPDX-License-Identifier: GPL-3.0-or-later
#include "ahpcontroller.h"

#include "ahpjudgements.h"
#include "bidcharts.h"
#include "conversions.h"
#include "projectcontroller.h"

#include <QCoreApplication>

#include <cmath>

using namespace vb::app;

namespace {
// Saaty's fundamental scale, weakest to strongest preference of the row criterion.
constexpr double kScale[17] = {1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9};
} // namespace

AhpController::AhpController(QObject *parent)
    : ProjectClient(parent)
{
}

void AhpController::refresh()
{
    const auto &p = project();
    const auto lang = this->lang();
    QStringList names, ids;
    for (const auto &c : p.criteria) {
        names << qs(c.name, lang);
        ids << qs(c.id);
    }
    // The judgements are the project's (section "ahp"): a reopened project, undo and redo show what was judged.
    // Without them (or for other criteria) every evaluator starts from equal importance.
    const auto stored = vb::hasAhpJudgements(p) ? vb::ahpJudgementsOf(p).alignedTo(p) : std::nullopt;
    m_matrices.clear();
    m_evaluatorNames.clear();
    if (stored && !stored->evaluators.empty()) {
        for (const auto &e : stored->evaluators) {
            m_matrices.push_back(e.pairwise);
            m_evaluatorNames << qs(e.name);
        }
        m_group = stored->group && m_matrices.size() > 1;
    } else {
        const auto n = static_cast<Eigen::Index>(names.size());
        m_matrices.assign(1, Eigen::MatrixXd::Ones(n, n));
        m_evaluatorNames = {tr("Evaluator 1")};
        m_group = false;
    }
    m_current = std::clamp(m_current, 0, static_cast<int>(m_matrices.size()) - 1);
    m_names = names;
    m_ids = ids;
    Q_EMIT structureChanged();
    recompute();
}

void AhpController::store(const QString &label)
{
    vb::AhpJudgements j;
    for (const auto &id : std::as_const(m_ids))
        j.criteria.push_back(id.toStdString());
    j.group = m_group;
    for (std::size_t k = 0; k < m_matrices.size(); ++k)
        j.evaluators.push_back({m_evaluatorNames.value(static_cast<int>(k)).toStdString(), m_matrices[k]});
    // One undo step per change; projectChanged then calls refresh(), which reads the same judgements back.
    if (document())
        document()->editSections(label, {}, [&j](vb::Project &p) {
            vb::setAhpJudgements(p, j);
            return std::vector<vb::Diagnostic>{};
        });
}

void AhpController::setEvaluator(int e)
{
    if (e < 0 || e >= static_cast<int>(m_matrices.size()) || e == m_current)
        return;
    m_current = e;
    Q_EMIT structureChanged();
    recompute();
}

void AhpController::setGroupMode(bool on)
{
    if (on == m_group)
        return;
    m_group = on;
    recompute();
    store(tr("AHP group mode"));
}

Eigen::MatrixXd AhpController::activeMatrix() const
{
    if (m_group && m_matrices.size() > 1)
        return vb::mcda::aggregateGeometric(m_matrices);
    return m_matrices[static_cast<std::size_t>(m_current)];
}

void AhpController::recompute()
{
    const Eigen::MatrixXd A = activeMatrix();
    if (A.rows() == 0) {
        m_result = {};
        m_suggestion.reset();
    } else {
        m_result = vb::mcda::ahpPriorities(A, vb::mcda::PriorityMethod::Eigenvector);
        m_suggestion = m_result.consistent ? std::nullopt : vb::mcda::suggestJudgement(A, vb::mcda::PriorityMethod::Eigenvector);
    }
    Q_EMIT resultChanged();
}

QVariantList AhpController::weights() const
{
    QVariantList out;
    for (Eigen::Index i = 0; i < m_result.weights.size(); ++i)
        out << m_result.weights(i) * 100.0;
    return out;
}

QString AhpController::priorityChart() const
{
    if (m_names.isEmpty() || m_result.weights.size() != m_names.size())
        return {};
    std::vector<std::string> names;
    std::vector<double> w;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        names.push_back(m_names[i].toStdString());
        w.push_back(m_result.weights(static_cast<Eigen::Index>(i)));
    }
    return qs(vb::svg::barChartSvg(vb::ahpPriorityChart(names, w, m_result.lambdaMax, m_result.cr, m_result.consistent, lang()), kChartWidth));
}

QString AhpController::suggestionText() const
{
    if (!m_suggestion)
        return {};
    const auto &g = *m_suggestion;
    return tr("Most inconsistent judgement: %1 vs %2 is %3; %4 would bring CR to %5.")
        .arg(m_names.value(g.row), m_names.value(g.column), QString::number(g.current, 'f', 3), QString::number(g.suggested, 'f', 3),
             QString::number(g.crAfter, 'f', 3));
}

QVariantList AhpController::scale() const
{
    static const char *labels[17] = {
        QT_TR_NOOP("1/9 extremely less"), QT_TR_NOOP("1/8"), QT_TR_NOOP("1/7 very strongly less"), QT_TR_NOOP("1/6"),
        QT_TR_NOOP("1/5 strongly less"), QT_TR_NOOP("1/4"), QT_TR_NOOP("1/3 moderately less"), QT_TR_NOOP("1/2"),
        QT_TR_NOOP("1 equal"), QT_TR_NOOP("2"), QT_TR_NOOP("3 moderately more"), QT_TR_NOOP("4"), QT_TR_NOOP("5 strongly more"),
        QT_TR_NOOP("6"), QT_TR_NOOP("7 very strongly more"), QT_TR_NOOP("8"), QT_TR_NOOP("9 extremely more")};
    QVariantList out;
    for (int k = 0; k < 17; ++k)
        out << QVariantMap{{QStringLiteral("value"), kScale[k]}, {QStringLiteral("label"), tr(labels[k])}};
    return out;
}

QStringList AhpController::scaleLabels() const
{
    QStringList out;
    for (const QVariant &entry : scale())
        out << entry.toMap().value(QStringLiteral("label")).toString();
    return out;
}

QVariantList AhpController::matrix() const
{
    const Eigen::MatrixXd A = activeMatrix();
    QVariantList rows;
    for (Eigen::Index i = 0; i < A.rows(); ++i) {
        QVariantList row;
        for (Eigen::Index j = 0; j < A.cols(); ++j)
            row << A(i, j);
        rows << QVariant(row);
    }
    return rows;
}

double AhpController::judgement(int i, int j) const
{
    const Eigen::MatrixXd A = activeMatrix();
    if (i < 0 || j < 0 || i >= A.rows() || j >= A.cols())
        return 0.0;
    return A(i, j);
}

int AhpController::scaleIndex(int i, int j) const
{
    const double a = judgement(i, j);
    int best = 8;
    for (int k = 0; k < 17; ++k)
        if (std::abs(std::log(kScale[k]) - std::log(a)) < std::abs(std::log(kScale[best]) - std::log(a)))
            best = k;
    return best;
}

bool AhpController::setJudgement(int i, int j, double value)
{
    auto &A = m_matrices[static_cast<std::size_t>(m_current)];
    if (m_group || i < 0 || j < 0 || i >= A.rows() || j >= A.cols() || i == j || !(value >= 1.0 / 9 - 1e-12 && value <= 9 + 1e-12))
        return false;
    A(i, j) = value;
    A(j, i) = 1.0 / value;
    recompute();
    store(tr("AHP judgement: %1 vs %2").arg(m_names.value(i), m_names.value(j)));
    return true;
}

void AhpController::addEvaluator(const QString &name)
{
    const auto n = static_cast<Eigen::Index>(m_names.size());
    m_matrices.push_back(Eigen::MatrixXd::Ones(n, n));
    m_evaluatorNames << (name.isEmpty() ? tr("Evaluator %1").arg(m_evaluatorNames.size() + 1) : name);
    m_current = static_cast<int>(m_matrices.size()) - 1;
    Q_EMIT structureChanged();
    recompute();
    store(tr("AHP evaluator added"));
}

void AhpController::apply()
{
    std::vector<double> w;
    for (Eigen::Index i = 0; i < m_result.weights.size(); ++i)
        w.push_back(m_result.weights(i) * 100.0);
    if (document() && w.size() == project().criteria.size())
        document()->edit(vb::allWeightsEdit(project(), std::move(w), m_group ? "AHP weights (group)" : "AHP weights"),
                         ProjectController::Scope::Weights);
}
