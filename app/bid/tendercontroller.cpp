// SPDX-License-Identifier: GPL-3.0-or-later
#include "tendercontroller.h"

#include "bidbook.h"
#include "conversions.h"
#include "numbers.h"
#include "tender.h"

using namespace vb::app;

namespace {
QString fixed(double x, int decimals)
{
    return qs(vb::formatFixed(x, decimals));
}
} // namespace

void TenderController::refresh()
{
    const auto &p = project();
    const auto l = lang();
    m_bidders.clear();
    m_winners.clear();
    m_warnings.clear();
    m_margins.clear();
    m_oursName.clear();
    m_tenderTitle.clear();
    m_hasTender = hasProject() && vb::tender::hasTender(p);
    if (m_hasTender) {
        const auto t = vb::tender::tenderOf(p);
        m_tenderTitle = qs(t.title, l);
        const auto e = vb::tender::evaluate(t);
        for (std::size_t b = 0; b < t.bidders.size() && b < e.bidders.size(); ++b) {
            const auto &br = e.bidders[b];
            m_bidders << QVariantMap{{QStringLiteral("name"), qs(t.bidders[b].name)},
                                     {QStringLiteral("average"), fixed(br.average, 2)},
                                     {QStringLiteral("passes"), br.passes},
                                     {QStringLiteral("totalRank"), b < e.total.ranks.size() ? e.total.ranks[b] : 0},
                                     {QStringLiteral("rankSum"), br.rankSum2 ? fixed(*br.rankSum2 / 2.0, 1) : QStringLiteral("–")},
                                     {QStringLiteral("seqRank"), b < e.rank.ranks.size() ? e.rank.ranks[b] : 0},
                                     {QStringLiteral("firstPlaces"), br.firstPlaces}};
        }
        const auto winnerLine = [&](const char *label, const vb::tender::MethodResult &m) {
            if (!m.applicable)
                return tr("%1: not applicable (%2)").arg(tr(label), qs(m.notApplicable));
            const QString who = m.winner ? qs(t.bidders[*m.winner].name) : tr("no winner");
            return tr("%1: %2 (%3)").arg(tr(label), who, QString::fromLatin1(vb::tender::decisionKey(m.decision)));
        };
        m_winners << winnerLine(QT_TR_NOOP("總評分法 (total score)"), e.total) << winnerLine(QT_TR_NOOP("序位法 (rank sum)"), e.rank)
                  << winnerLine(QT_TR_NOOP("評分單價法 (price per point)"), e.unitPrice);
        for (const auto &d : e.setupWarnings)
            m_warnings << qs(d.path) + QStringLiteral(": ") + qs(d.message);
        for (const auto &s : e.settingEffects)
            m_warnings << tr("With %1 = %2, %3 would win under %4.")
                              .arg(qs(s.setting), qs(s.value), s.winner ? qs(t.bidders[*s.winner].name) : tr("no one"),
                                   QString::fromLatin1(vb::tender::methodKey(s.method)));
        // Self-scoring: our average per item against the best competitor's (venuebid-cli tender: item_margins).
        if (const auto ours = vb::bid::ourBidder(p, t)) {
            m_oursName = qs(t.bidders[*ours].name);
            for (const auto &m : vb::tender::itemMargins(t, *ours))
                m_margins << QVariantMap{{QStringLiteral("name"), qs(t.items[m.item].name, l)},
                                         {QStringLiteral("points"), static_cast<qlonglong>(t.items[m.item].points)},
                                         {QStringLiteral("ours"), m.ours ? fixed(*m.ours, 2) : QStringLiteral("–")},
                                         {QStringLiteral("best"), m.best ? fixed(*m.best, 2) : QStringLiteral("–")},
                                         {QStringLiteral("bestName"), m.bestBidder ? qs(t.bidders[*m.bestBidder].name) : QString()},
                                         {QStringLiteral("margin"), m.margin() ? qs(vb::formatSignedFixed(*m.margin(), 2)) : QStringLiteral("–")},
                                         {QStringLiteral("ahead"), m.margin() && *m.margin() >= 0}};
        }
    }
    Q_EMIT changed();
}
