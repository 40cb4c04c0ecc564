// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivitycontroller.h"

#include "conversions.h"
#include "projectcontroller.h"
#include "rankingcontroller.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "numbers.h"

#include <numeric>

using namespace vb::app;

namespace {
QString pct(double w)
{
    return QString::number(w * 100.0, 'f', 1) + QStringLiteral(" %");
}
/** The same decision problem but for the names (which follow the language). */
bool sameNumbers(const vb::mcda::DecisionProblem &a, const vb::mcda::DecisionProblem &b)
{
    return a.directions == b.directions && a.weights.size() == b.weights.size() && a.weights == b.weights && a.ranks == b.ranks
        && a.preferences == b.preferences && a.weightBounds == b.weightBounds && a.X.rows() == b.X.rows() && a.X.cols() == b.X.cols()
        && a.X == b.X && a.method == b.method && a.normalization == b.normalization && a.normalizeWeights == b.normalizeWeights && a.v == b.v;
}
} // namespace

SensitivityController::SensitivityController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<vb::mcda::SmaaResult>::finished, this, &SensitivityController::smaaFinished);
}

void SensitivityController::setRanking(RankingController *ranking)
{
    if (ranking == m_ranking)
        return;
    if (m_ranking)
        disconnect(m_ranking, nullptr, this, nullptr);
    m_ranking = ranking;
    if (m_ranking)
        connect(m_ranking, &RankingController::rankingChanged, this, &SensitivityController::recomputeStability);
    Q_EMIT rankingSet();
    recomputeStability();
}

SensitivityController::~SensitivityController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SensitivityController::setSamples(int n)
{
    n = std::clamp(n, 100, 1'000'000);
    if (n != m_samples) {
        m_samples = n;
        Q_EMIT samplesChanged();
    }
}

void SensitivityController::recomputeStability()
{
    m_stability.clear();
    m_flip.clear();
    m_winner.clear();
    m_scope.clear();
    m_problem = {};
    m_rows.clear();
    if (!m_ranking) {
        Q_EMIT stabilityChanged();
        return;
    }
    const auto &r = m_ranking->result();
    const auto &p = m_ranking->document().project();
    const auto lang = m_ranking->document().lang();
    if (r.rows.size() >= 2) {
        // Above the limit, the best kTopK as a problem of their own: the same as venuebid-cli sensitivity --top-k.
        const auto n = static_cast<Eigen::Index>(r.rows.size());
        if (n > vb::mcda::kMaxSensitivityAlternatives) {
            auto top = vb::mcda::topAlternatives(r.problem, kTopK);
            m_problem = std::move(top.problem);
            m_rows = std::move(top.rows);
            m_scope = tr("The %1 best of %2 ranked venues under the current weights, analysed on their own; a venue "
                         "ranked below them is not considered (venuebid-cli sensitivity --top-k %1).")
                          .arg(m_rows.size())
                          .arg(QString::fromStdString(vb::formatGrouped(static_cast<double>(n))));
        } else {
            m_problem = r.problem;
            m_rows.resize(r.rows.size());
            std::iota(m_rows.begin(), m_rows.end(), 0);
        }
        const auto s = vb::mcda::weightStability(m_problem);
        const auto venueName = [&](int row) {
            return qs(p.venues[r.rows[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)])]].name, lang);
        };
        m_winner = venueName(s.winner);
        for (const auto &c : s.criteria) {
            const auto &crit = p.criteria[static_cast<std::size_t>(c.criterion)];
            QString flip;
            if (c.upperFlip)
                flip = tr("at %1 → %2").arg(pct(c.upperFlip->weight), venueName(c.upperFlip->newWinner));
            if (c.lowerFlip)
                flip = (flip.isEmpty() ? QString() : flip + QStringLiteral("; "))
                    + tr("at %1 → %2").arg(pct(c.lowerFlip->weight), venueName(c.lowerFlip->newWinner));
            m_stability << QVariantMap{{QStringLiteral("name"), qs(crit.name, lang)},
                                       {QStringLiteral("weight"), c.weight * 100.0},
                                       {QStringLiteral("topLower"), c.topLower * 100.0},
                                       {QStringLiteral("topUpper"), c.topUpper * 100.0},
                                       {QStringLiteral("rankLower"), c.rankLower * 100.0},
                                       {QStringLiteral("rankUpper"), c.rankUpper * 100.0},
                                       {QStringLiteral("flip"), flip.isEmpty() ? tr("never changes the winner") : flip}};
        }
        if (s.smallestCriterion && s.smallestFlip) {
            const auto &crit = p.criteria[static_cast<std::size_t>(*s.smallestCriterion)];
            const double from = s.criteria[static_cast<std::size_t>(*s.smallestCriterion)].weight;
            m_flip = tr("The smallest single change that changes the winner: %1 from %2 to %3 makes %4 the winner.")
                         .arg(qs(crit.name, lang), pct(from), pct(s.smallestFlip->weight), venueName(s.smallestFlip->newWinner));
        } else {
            m_flip = tr("No single weight change makes another venue the winner.");
        }
    }
    // Keep the SMAA result when the numbers it was run on are the same (a language change, an edit that was undone).
    std::vector<std::size_t> rows;
    for (int row : m_rows)
        rows.push_back(r.rows[static_cast<std::size_t>(row)]);
    if (m_smaa && rows == m_smaaRows && sameNumbers(m_problem, m_smaaProblem)) {
        showSmaa();
    } else {
        m_smaa.reset();
        m_acceptability.clear();
        m_smaaStatus.clear();
    }
    Q_EMIT stabilityChanged();
    Q_EMIT acceptabilityChanged();
}

void SensitivityController::runSmaa()
{
    if (m_watcher.isRunning())
        return;
    if (!m_ranking)
        return;
    const auto &r = m_ranking->result();
    if (r.rows.size() < 2 || m_rows.size() < 2)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_smaaRows.clear();
    for (int row : m_rows)
        m_smaaRows.push_back(r.rows[static_cast<std::size_t>(row)]);
    m_smaaProblem = m_problem;
    m_progress = 0.0;
    Q_EMIT progressChanged();
    vb::mcda::SmaaOptions opt;
    opt.samples = static_cast<std::uint64_t>(m_samples);
    opt.seed = 1;
    opt.cancel = m_cancel.get();
    QPointer<SensitivityController> self(this);
    opt.progress = [self](double f) {
        // Called on the worker thread: hand the value to the GUI thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, f] {
                if (self) {
                    self->m_progress = f;
                    Q_EMIT self->progressChanged();
                }
            },
            Qt::QueuedConnection);
    };
    auto cancel = m_cancel; // keeps the flag alive for the worker
    m_watcher.setFuture(QtConcurrent::run([problem = m_problem, opt, cancel] { return vb::mcda::smaa(problem, opt); }));
    Q_EMIT runningChanged();
}

void SensitivityController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString SensitivityController::smaaRefusalText(vb::mcda::SmaaRefusal why)
{
    using R = vb::mcda::SmaaRefusal;
    switch (why) {
    case R::Samples: return tr("the number of samples is outside what SMAA accepts.");
    case R::Work: return tr("the project is too large for this many samples; choose fewer samples.");
    case R::FullMatrix: return tr("there are too many venues for a full rank table.");
    case R::Bounds: return tr("the weight limits cannot hold together (they must allow weights that add up to 100 %).");
    case R::TooFewSamples: return tr("too few weight samples meet the limits and the importance order; widen the limits.");
    case R::None: break;
    }
    return tr("the request cannot be computed.");
}

void SensitivityController::smaaFinished()
{
    auto res = m_watcher.result();
    if (!m_ranking)
        return;
    m_acceptability.clear();
    m_smaa.reset();
    if (!res.error.empty()) {
        m_smaaStatus = tr("SMAA refused: %1").arg(smaaRefusalText(res.refusal));
    } else if (res.cancelled) {
        m_smaaStatus = tr("Cancelled after %n sample(s); no result shown.", "", static_cast<int>(res.samples));
    } else {
        m_smaa = std::move(res);
        showSmaa();
    }
    m_progress = 1.0;
    Q_EMIT progressChanged();
    Q_EMIT acceptabilityChanged();
    Q_EMIT runningChanged();
}

void SensitivityController::showSmaa()
{
    m_acceptability.clear();
    if (!m_smaa || !m_ranking)
        return;
    const auto &res = *m_smaa;
    const auto &p = m_ranking->document().project();
    const auto lang = m_ranking->document().lang();
    for (Eigen::Index i = 0; i < res.rankAcceptability.rows(); ++i) {
        QVariantList ranks, central;
        for (Eigen::Index k = 0; k < res.rankAcceptability.cols(); ++k)
            ranks << res.rankAcceptability(i, k);
        for (Eigen::Index j = 0; j < res.centralWeights.cols(); ++j)
            central << res.centralWeights(i, j);
        const std::size_t venue = i < static_cast<Eigen::Index>(m_smaaRows.size()) ? m_smaaRows[static_cast<std::size_t>(i)] : 0;
        m_acceptability << QVariantMap{{QStringLiteral("name"), venue < p.venues.size() ? qs(p.venues[venue].name, lang) : QString()},
                                       {QStringLiteral("ranks"), ranks},
                                       {QStringLiteral("central"), central},
                                       {QStringLiteral("confidence"), res.confidence(i)}};
    }
    m_smaaStatus = tr("%n weight sample(s), seed 1, uniform on the simplex.", "", static_cast<int>(res.samples));
}
