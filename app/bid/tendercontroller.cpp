// SPDX-License-Identifier: GPL-3.0-or-later
#include "tendercontroller.h"

#include "bidbook.h"
#include "bidcharts.h"
#include "conversions.h"
#include "messages.h"
#include "numbers.h"
#include "tender.h"
#include "numberformat.h"
#include "projectcontroller.h"

#include <QSet>

#include <iterator>

using namespace vb::app;

namespace {
QString fixed(double x, int decimals)
{
    return qs(vb::formatFixed(x, decimals));
}

constexpr vb::tender::Method kMethods[] = {vb::tender::Method::Total, vb::tender::Method::Rank, vb::tender::Method::UnitPrice};
constexpr vb::tender::ItemKind kKinds[] = {vb::tender::ItemKind::Other, vb::tender::ItemKind::Price, vb::tender::ItemKind::Presentation};

/** The field a diagnostic's pointer names: "name", "points", or the item id of a score sheet's score. */
QString fieldOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    const std::string last = slash == std::string::npos ? path : path.substr(slash + 1);
    if (path.find("/items/") != std::string::npos && path.find("/scores/") != std::string::npos)
        return qs(last);
    if (last == "name" && path.find("/members/") != std::string::npos)
        return QStringLiteral("member");
    if (last == "name" && path.find("/bidders/") != std::string::npos)
        return QStringLiteral("bidder");
    return last == "name" || last == "points" || last == "title" || last == "price" ? qs(last) : QString();
}

/** An edit's outcome for the page, in words: {error, field}. */
QVariantMap outcome(const std::vector<vb::Diagnostic> &diags)
{
    for (const auto &d : diags)
        if (d.severity == vb::Diagnostic::Severity::Error)
            return {{QStringLiteral("error"), qs(d.message)}, {QStringLiteral("field"), fieldOf(d.path)}};
    return {{QStringLiteral("error"), QString()}, {QStringLiteral("field"), QString()}};
}

QString errorText(const std::vector<vb::Diagnostic> &diags)
{
    return outcome(diags).value(QStringLiteral("error")).toString();
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
    m_marginChart.clear();
    m_oursName.clear();
    m_tenderTitle.clear();
    m_sheetBidders.clear();
    m_sheetRows.clear();
    m_sheetNotes.clear();
    m_conventions.clear();
    m_methodName.clear();
    m_showUnitPrice = false;
    m_methods.clear();
    m_items.clear();
    m_members.clear();
    m_bidderChoices.clear();
    m_missing.clear();
    m_provisional.clear();
    m_methodIndex = 0;
    m_hasTender = hasProject() && vb::tender::hasTender(p);
    // The methods, also for the form that starts a tender.
    for (std::size_t i = 0; i < std::size(kMethods); ++i)
        m_methods << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(vb::tender::methodKey(kMethods[i]))},
                                 {QStringLiteral("name"), qs(vb::tender::methodText(l, kMethods[i]))}};
    if (m_hasTender) {
        const auto t = vb::tender::tenderOf(p);
        m_tenderTitle = qs(t.title, l);
        // What the page edits: the method, the items, the committee and the score sheets in progress.
        for (std::size_t i = 0; i < std::size(kMethods); ++i)
            if (kMethods[i] == t.method)
                m_methodIndex = static_cast<int>(i);
        for (const auto &it : t.items)
            m_items << QVariantMap{{QStringLiteral("id"), qs(it.id)}, {QStringLiteral("name"), qs(it.name, l)},
                                   {QStringLiteral("nameEn"), qs(it.name.en)}, {QStringLiteral("nameZh"), qs(it.name.zh)},
                                   {QStringLiteral("points"), qs(vb::groupThousands(it.points))},
                                   {QStringLiteral("kind"), QString::fromLatin1(vb::tender::itemKindKey(it.kind))}};
        for (const auto &m : t.members)
            m_members << QVariantMap{{QStringLiteral("id"), qs(m.id)}, {QStringLiteral("name"), qs(m.name)},
                                     {QStringLiteral("outsideExpert"), m.outsideExpert}, {QStringLiteral("attending"), m.attending},
                                     {QStringLiteral("struck"), m.struck.has_value()}};
        for (const auto &b : t.bidders)
            m_bidderChoices << QVariantMap{{QStringLiteral("id"), qs(b.id)}, {QStringLiteral("name"), qs(b.name)}};
        const auto missing = vb::tender::missingScores(t);
        QSet<QString> missingTexts;
        for (const auto &m : missing) {
            m_missing << qs(vb::tender::missingText(l, t, m));
            missingTexts.insert(m_missing.back());
        }
        if (!missing.empty())
            m_provisional = qs(vb::tr(l, "bidedit.tender.provisional", {std::to_string(missing.size())}));
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
            if (!missingTexts.contains(qs(d.message))) // listed with the score sheets
                m_warnings << qs(d.message);
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
            if (const auto chart = vb::tenderMarginChart(p, t, l); !chart.categories.empty())
                m_marginChart = qs(vb::svg::barChartSvg(chart));
        }
    }
    Q_EMIT changed();
}

QString TenderController::setMethod(const QString &key)
{
    if (!hasProject())
        return tr("No project is open.");
    for (const auto m : kMethods)
        if (key == QLatin1String(vb::tender::methodKey(m))) {
            const auto l = lang();
            return errorText(document()->editSections(tr("Tender method: %1").arg(qs(vb::tender::methodText(l, m))), {},
                                                      [&](vb::Project &p) { return vb::tender::setTenderMethod(p, m, l); }));
        }
    return tr("No such method.");
}

namespace {
/** Reads an item form: the points as a whole number by the one number parser. */
std::optional<vb::tender::Item> itemOf(const QString &nameEn, const QString &nameZh, const QString &points, const QString &kind, QVariantMap &refused)
{
    QString why;
    const auto pts = Numbers::read(points, vb::NumberKind::Count, &why);
    if (!pts) {
        refused = {{QStringLiteral("error"), why}, {QStringLiteral("field"), QStringLiteral("points")}};
        return std::nullopt;
    }
    vb::tender::Item it;
    it.name = {nameZh.trimmed().toStdString(), nameEn.trimmed().toStdString()};
    // A name in one language stands for the other too (vb::nameInBothLanguages in addTenderItem); none is refused there.
    it.points = static_cast<std::int64_t>(*pts);
    for (const auto k : kKinds)
        if (kind == QLatin1String(vb::tender::itemKindKey(k)))
            it.kind = k;
    return it;
}
} // namespace

QVariantMap TenderController::addItem(const QString &nameEn, const QString &nameZh, const QString &points, const QString &kind)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    QVariantMap refused;
    const auto it = itemOf(nameEn, nameZh, points, kind, refused);
    if (!it)
        return refused;
    const auto l = lang();
    return outcome(document()->editSections(tr("Add evaluation item: %1").arg(qs(it->name, l)), {},
                                            [&](vb::Project &p) { return vb::tender::addTenderItem(p, *it, l); }));
}

QVariantMap TenderController::setItem(int index, const QString &nameEn, const QString &nameZh, const QString &points, const QString &kind)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    QVariantMap refused;
    const auto it = itemOf(nameEn, nameZh, points, kind, refused);
    if (!it)
        return refused;
    const auto l = lang();
    return outcome(document()->editSections(tr("Evaluation item: %1").arg(qs(it->name, l)), {}, [&](vb::Project &p) {
        return vb::tender::setTenderItem(p, static_cast<std::size_t>(std::max(0, index)), *it, l);
    }));
}

QString TenderController::removeItem(int index)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto t = vb::tender::tenderOf(project());
    const auto l = lang();
    const QString name = index >= 0 && static_cast<std::size_t>(index) < t.items.size() ? qs(t.items[static_cast<std::size_t>(index)].name, l) : QString();
    return errorText(document()->editSections(tr("Delete evaluation item: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::tender::removeTenderItem(p, static_cast<std::size_t>(std::max(0, index)), l);
    }));
}

QString TenderController::moveItem(int index, int delta)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto t = vb::tender::tenderOf(project());
    const auto l = lang();
    const QString name = index >= 0 && static_cast<std::size_t>(index) < t.items.size() ? qs(t.items[static_cast<std::size_t>(index)].name, l) : QString();
    return errorText(document()->editSections(tr("Move evaluation item: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::tender::moveTenderItem(p, index < 0 ? t.items.size() : static_cast<std::size_t>(index), delta, l);
    }));
}

QVariantMap TenderController::startTender(const QVariantMap &fields)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    const auto text = [&](const char *key) { return fields.value(QLatin1String(key)).toString(); };
    QVariantMap refused;
    const auto it = itemOf(text("itemEn"), text("itemZh"), text("points"), text("kind"), refused);
    if (!it)
        return refused;
    vb::tender::Method method = vb::tender::Method::Total;
    for (const auto m : kMethods)
        if (text("method") == QLatin1String(vb::tender::methodKey(m)))
            method = m;
    const vb::LocalizedText title{text("titleZh").toStdString(), text("titleEn").toStdString()};
    const auto l = lang();
    return outcome(document()->editSections(tr("Start the tender"), {}, [&](vb::Project &p) {
        return vb::tender::startTender(p, title, method, *it, text("member").toStdString(), fields.value(QStringLiteral("outsideExpert")).toBool(), l);
    }));
}

QVariantMap TenderController::addBidder(const QString &name, const QString &price)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    std::optional<std::int64_t> amount;
    if (!price.trimmed().isEmpty()) {
        QString why;
        const auto v = Numbers::read(price, vb::NumberKind::Count, &why);
        if (!v)
            return {{QStringLiteral("error"), why}, {QStringLiteral("field"), QStringLiteral("price")}};
        amount = static_cast<std::int64_t>(*v);
    }
    const auto l = lang();
    return outcome(document()->editSections(tr("Add bidder: %1").arg(name.trimmed()), {}, [&](vb::Project &p) {
        return vb::tender::addTenderBidder(p, name.trimmed().toStdString(), amount, l);
    }));
}

QString TenderController::removeBidder(int index)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto t = vb::tender::tenderOf(project());
    const QString name = index >= 0 && static_cast<std::size_t>(index) < t.bidders.size() ? qs(t.bidders[static_cast<std::size_t>(index)].name) : QString();
    const auto l = lang();
    return errorText(document()->editSections(tr("Delete bidder: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::tender::removeTenderBidder(p, static_cast<std::size_t>(std::max(0, index)), l);
    }));
}

QString TenderController::moveBidder(int index, int delta)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto t = vb::tender::tenderOf(project());
    const QString name = index >= 0 && static_cast<std::size_t>(index) < t.bidders.size() ? qs(t.bidders[static_cast<std::size_t>(index)].name) : QString();
    const auto l = lang();
    return errorText(document()->editSections(tr("Move bidder: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::tender::moveTenderBidder(p, index < 0 ? t.bidders.size() : static_cast<std::size_t>(index), delta, l);
    }));
}

QVariantMap TenderController::addMember(const QString &name, bool outsideExpert)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    const auto l = lang();
    return outcome(document()->editSections(tr("Add committee member: %1").arg(name.trimmed()), {}, [&](vb::Project &p) {
        return vb::tender::addTenderMember(p, name.trimmed().toStdString(), outsideExpert, l);
    }));
}

QString TenderController::removeMember(int index)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto t = vb::tender::tenderOf(project());
    const QString name = index >= 0 && static_cast<std::size_t>(index) < t.members.size() ? qs(t.members[static_cast<std::size_t>(index)].name) : QString();
    const auto l = lang();
    return errorText(document()->editSections(tr("Delete committee member: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::tender::removeTenderMember(p, static_cast<std::size_t>(std::max(0, index)), l);
    }));
}

QString TenderController::moveMember(int index, int delta)
{
    if (!hasProject())
        return tr("No project is open.");
    const auto t = vb::tender::tenderOf(project());
    const QString name = index >= 0 && static_cast<std::size_t>(index) < t.members.size() ? qs(t.members[static_cast<std::size_t>(index)].name) : QString();
    const auto l = lang();
    return errorText(document()->editSections(tr("Move committee member: %1").arg(name), {}, [&](vb::Project &p) {
        return vb::tender::moveTenderMember(p, index < 0 ? t.members.size() : static_cast<std::size_t>(index), delta, l);
    }));
}

QStringList TenderController::sheetScores(const QString &memberId, const QString &bidderId) const
{
    QStringList out;
    if (!hasProject())
        return out;
    const auto t = vb::tender::tenderOf(project());
    const vb::tender::ScoreSheet *sheet = nullptr;
    for (const auto &s : t.scores)
        if (qs(s.member) == memberId && qs(s.bidder) == bidderId)
            sheet = &s;
    for (std::size_t k = 0; k < t.items.size(); ++k) {
        const bool known = sheet && k < sheet->scoresH.size() && sheet->scoresH[k];
        out << (known ? qs(vb::formatShortest(static_cast<double>(*sheet->scoresH[k]) / 100.0)) : QString());
    }
    return out;
}

QVariantMap TenderController::setSheet(const QString &memberId, const QString &bidderId, const QStringList &scores)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    const auto t = vb::tender::tenderOf(project());
    std::vector<std::optional<double>> values;
    for (qsizetype k = 0; k < scores.size(); ++k) {
        if (scores[k].trimmed().isEmpty()) {
            values.emplace_back();
            continue;
        }
        QString why;
        const auto v = Numbers::read(scores[k], vb::NumberKind::Decimal, &why);
        if (!v) {
            const QString item = static_cast<std::size_t>(k) < t.items.size() ? qs(t.items[static_cast<std::size_t>(k)].id) : QString();
            return {{QStringLiteral("error"), why}, {QStringLiteral("field"), item}};
        }
        values.push_back(v);
    }
    QString who = memberId, whom = bidderId;
    for (const auto &m : t.members)
        if (qs(m.id) == memberId)
            who = qs(m.name);
    for (const auto &b : t.bidders)
        if (qs(b.id) == bidderId)
            whom = qs(b.name);
    const auto l = lang();
    return outcome(document()->editSections(tr("Score sheet: %1 on %2").arg(who, whom), {}, [&](vb::Project &p) {
        return vb::tender::setScoreSheet(p, memberId.toStdString(), bidderId.toStdString(), values, l);
    }));
}
