// SPDX-License-Identifier: GPL-3.0-or-later
#include "tendercontroller.h"

#include "bidbook.h"
#include "conversions.h"
#include "messages.h"
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
    m_sheetBidders.clear();
    m_sheetRows.clear();
    m_sheetNotes.clear();
    m_conventions.clear();
    m_methodName.clear();
    m_showUnitPrice = false;
    m_hasTender = hasProject() && vb::tender::hasTender(p);
    if (m_hasTender) {
        const auto t = vb::tender::tenderOf(p);
        m_tenderTitle = qs(t.title, l);
        const auto e = vb::tender::evaluate(t, l);
        // The same texts and numbers as venuebid-cli tender --format table (models/bid/tender.cpp, message catalogue).
        m_methodName = qs(vb::tender::methodText(l, t.method));
        m_showUnitPrice = t.method == vb::tender::Method::UnitPrice || e.unitPrice.applicable;
        const auto &decided = e.of(t.method).decidedRanks;
        for (std::size_t b = 0; b < t.bidders.size() && b < e.bidders.size(); ++b) {
            const auto &br = e.bidders[b];
            const int rank = b < decided.size() ? decided[b] : 0;
            m_bidders << QVariantMap{{QStringLiteral("name"), qs(t.bidders[b].name)},
                                     {QStringLiteral("average"), fixed(br.average, 2)},
                                     {QStringLiteral("passes"), br.passes},
                                     {QStringLiteral("totalRank"), b < e.total.ranks.size() ? e.total.ranks[b] : 0},
                                     {QStringLiteral("rankSum"), br.rankSum2 ? fixed(*br.rankSum2 / 2.0, 1) : QStringLiteral("–")},
                                     {QStringLiteral("seqRank"), b < e.rank.ranks.size() ? e.rank.ranks[b] : 0},
                                     {QStringLiteral("firstPlaces"), br.firstPlaces},
                                     {QStringLiteral("price"), t.bidders[b].price ? qs(vb::groupThousands(*t.bidders[b].price)) : QStringLiteral("–")},
                                     {QStringLiteral("unitPrice"), br.unitPrice ? qs(vb::formatGroupedFixed(*br.unitPrice, 2)) : QStringLiteral("–")},
                                     {QStringLiteral("decidedRank"), rank > 0 ? QString::number(rank) : QStringLiteral("–")}};
            m_sheetBidders << qs(t.bidders[b].name);
        }
        // 評分總表: each attending member's total per bidder and, in brackets, his rank (none for a struck result).
        std::int64_t experts = 0;
        for (std::size_t a = 0; a < e.attending.size(); ++a) {
            const auto &m = t.members[e.attending[a]];
            experts += m.outsideExpert;
            QString who = qs(m.outsideExpert ? vb::tr(l, "cli.tender.member_expert", {m.name}) : m.name);
            if (m.struck)
                who = qs(vb::tr(l, "cli.tender.member_struck", {who.toStdString()}));
            QStringList cells;
            for (const auto &br : e.bidders) {
                const std::int64_t h = a < br.memberTotalsH.size() ? br.memberTotalsH[a] : 0;
                const int r2 = a < br.memberRanks2.size() ? br.memberRanks2[a] : 0;
                const QString rank = r2 > 0 ? qs(vb::tender::halfText(r2)) : QStringLiteral("–");
                cells << fixed(static_cast<double>(h) / 100.0, 2) + QStringLiteral(" (") + rank + QStringLiteral(")");
            }
            m_sheetRows << QVariantMap{{QStringLiteral("name"), who}, {QStringLiteral("struck"), m.struck.has_value()}, {QStringLiteral("cells"), cells}};
        }
        if (experts > 0)
            m_sheetNotes << qs(vb::tr(l, "cli.tender.expert_note"));
        m_sheetNotes << qs(vb::tr(l, "cli.tender.attendance", {std::to_string(t.members.size()), std::to_string(e.attending.size()),
                                                                std::to_string(experts), std::to_string(e.counted.size())}));
        for (const auto &m : t.members)
            if (m.struck)
                m_sheetNotes << qs(vb::tender::struckText(l, m));

        const auto name = [&](std::optional<std::size_t> b) { return b ? t.bidders[*b].name : std::string("-"); };
        m_winners << qs(vb::tr(l, "cli.tender.total_score_winner", {name(e.total.winner), vb::tender::decisionText(l, e.total.decision)}));
        if (const auto tie = vb::tender::tieBreakText(l, t, e, e.total); !tie.empty())
            m_winners << QStringLiteral("    ") + qs(tie);
        m_winners << qs(vb::tr(l, "cli.tender.rank_sum_winner", {name(e.rank.winner), vb::tender::decisionText(l, e.rank.decision)}));
        if (const auto tie = vb::tender::tieBreakText(l, t, e, e.rank); !tie.empty())
            m_winners << QStringLiteral("    ") + qs(tie);
        if (const auto most = vb::tender::mostFirstsText(l, t, e); !most.empty())
            m_winners << QStringLiteral("    ") + qs(most);
        m_winners << qs(vb::tr(l, "cli.tender.unit_price_winner",
                               {e.unitPrice.applicable ? vb::tr(l, "cli.tender.winner_decided", {name(e.unitPrice.winner), vb::tender::decisionText(l, e.unitPrice.decision)})
                                                       : vb::tr(l, "cli.tender.not_applicable", {vb::tender::notApplicableText(l, t, e.unitPrice)})}));
        if (const auto tie = vb::tender::tieBreakText(l, t, e, e.unitPrice); !tie.empty())
            m_winners << QStringLiteral("    ") + qs(tie);
        m_winners << qs(t.confirmation ? vb::tender::confirmationText(l, t, e) : std::string(vb::tr(l, "cli.tender.no_confirmation")));
        for (const auto &line : vb::tender::conventionLines(l, t, e))
            m_conventions << qs(line);
        for (const auto &d : e.setupWarnings)
            m_warnings << qs(d.path) + QStringLiteral(": ") + qs(d.message);
        for (const auto &s : e.settingEffects)
            m_warnings << qs(vb::tender::settingEffectText(l, t, s));
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
