// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiationcontroller.h"

#include "analysis.h"
#include "dealadapters.h"
#include "deal.h"
#include "dealdocuments.h"
#include "dealedit.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>

using namespace vb::app;

namespace {

QString money(vb::Money m)
{
    return qs(vb::groupThousands(m));
}

QVariant optMoney(const std::optional<vb::Money> &m)
{
    return m ? QVariant(static_cast<double>(*m)) : QVariant();
}

QVariantMap keyName(const char *key, const char *name)
{
    return QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)}, {QStringLiteral("name"), QString::fromUtf8(name)}};
}

} // namespace

void NegotiationController::refresh()
{
    using namespace vb;
    const Lang l = lang();
    m_has = hasProject() && deal::hasNegotiation(project());
    m_formats.clear();
    m_feeModels.clear();
    m_parties.clear();
    m_statuses.clear();
    for (auto f : kAllFormats)
        m_formats << keyName(vb::formatKey(f), formatName(f, l));
    for (auto m : {deal::FeeModel::Fixed, deal::FeeModel::PerCapita, deal::FeeModel::Percent, deal::FeeModel::Mixed})
        m_feeModels << keyName(deal::feeModelKey(m), deal::feeModelName(m, l));
    for (auto p : {deal::Party::Us, deal::Party::Client})
        m_parties << keyName(deal::partyKey(p), deal::partyName(p, l));
    for (auto s : {deal::RoundStatus::Open, deal::RoundStatus::Countered, deal::RoundStatus::Accepted, deal::RoundStatus::Rejected})
        m_statuses << keyName(deal::roundStatusKey(s), deal::roundStatusName(s, l));
    m_rangeRows.clear();
    m_marks.clear();
    m_steps.clear();
    m_tradeOffs.clear();
    m_rounds.clear();
    m_problems.clear();
    m_floorText.clear();
    m_targetText.clear();
    m_openingText.clear();
    m_zoneState.clear();
    m_zoneText.clear();
    m_tenderText.clear();
    m_zoneFrom = m_zoneTo = -1;
    if (!m_has) {
        Q_EMIT changed();
        return;
    }
    const Project &p = project();
    const deal::Negotiation n = deal::negotiationOf(p);
    m_formatKey = QString::fromLatin1(vb::formatKey(n.format));
    m_feeModelKey = QString::fromLatin1(deal::feeModelKey(n.feeModel));
    m_minMargin = n.minMarginBp / 10000.0;
    m_targetMargin = n.targetMarginBp / 10000.0;
    m_batna = optMoney(n.batna);
    m_reservation = optMoney(n.clientReservation);
    m_opening = optMoney(n.opening);
    m_tender = n.governmentTender;
    m_roundLimit = n.roundLimit ? QVariant(*n.roundLimit) : QVariant();
    for (const auto &d : deal::checkNegotiation(p, l))
        m_problems << QVariantMap{{QStringLiteral("error"), d.severity == Diagnostic::Severity::Error}, {QStringLiteral("text"), qs(d.message)}};
    // The same plan, rows and sentences as venuebid-cli negotiation (models/deal, the message catalogue).
    const deal::NegotiationPlan plan = deal::planNegotiation(p, budgetOf(p), n);
    const auto row = [&](const std::string &item, const QString &amount) {
        m_rangeRows << QVariantMap{{QStringLiteral("item"), qs(item)}, {QStringLiteral("amount"), amount}};
    };
    row(vb::tr(l, "negotiation.cost"), money(plan.cost));
    row(vb::tr(l, "negotiation.floor", {formatPercentBp(n.minMarginBp)}), money(plan.floor));
    row(vb::tr(l, "negotiation.target", {formatPercentBp(n.targetMarginBp)}), money(plan.target));
    row(vb::tr(l, "negotiation.opening", {groupThousands(plan.concessions)}), money(plan.opening));
    row(vb::tr(l, "negotiation.batna"), plan.batna ? money(*plan.batna) : QStringLiteral("-"));
    row(vb::tr(l, "negotiation.client_ceiling"), plan.clientReservation ? money(*plan.clientReservation) : QStringLiteral("-"));
    row(vb::tr(l, "negotiation.walk_away"), money(plan.walkAway));
    m_floorText = money(plan.floor);
    m_targetText = money(plan.target);
    m_openingText = money(plan.opening);
    if (!plan.clientReservation) {
        m_zoneState = QStringLiteral("unknown");
        m_zoneText = qs(vb::tr(l, "negotiation.zone_unknown"));
    } else if (plan.hasZone) {
        m_zoneState = QStringLiteral("zone");
        m_zoneText = qs(vb::tr(l, "negotiation.zone", {groupThousands(plan.walkAway), groupThousands(*plan.clientReservation)}));
    } else {
        m_zoneState = QStringLiteral("none");
        m_zoneText = qs(vb::tr(l, "negotiation.no_zone", {groupThousands(*plan.clientReservation), groupThousands(plan.walkAway)}));
    }
    // The price line: every amount marked, the range padded by 5 % on each side.
    struct Mark {
        const char *key;
        QString label;
        Money amount;
    };
    std::vector<Mark> marks{{"cost", tr("Cost"), plan.cost}, {"floor", tr("Floor"), plan.floor}, {"target", tr("Target"), plan.target},
                            {"opening", tr("Opening"), plan.opening}};
    if (plan.batna)
        marks.push_back({"batna", tr("BATNA"), *plan.batna});
    if (plan.clientReservation)
        marks.push_back({"ceiling", tr("Client's ceiling"), *plan.clientReservation});
    Money lo = marks.front().amount, hi = lo;
    for (const auto &m : marks) {
        lo = std::min(lo, m.amount);
        hi = std::max(hi, m.amount);
    }
    const double pad = std::max<double>(1.0, static_cast<double>(hi - lo) * 0.05);
    const double from = static_cast<double>(lo) - pad, span = static_cast<double>(hi - lo) + 2 * pad;
    const auto at = [&](Money v) { return (static_cast<double>(v) - from) / span; };
    // Labels take turns on three lanes in price order, so that close amounts do not overlap.
    std::vector<std::size_t> order(marks.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b2) { return marks[a].amount < marks[b2].amount; });
    std::vector<int> lane(marks.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        lane[order[k]] = static_cast<int>(k % 3);
    for (std::size_t i = 0; i < marks.size(); ++i)
        m_marks << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(marks[i].key)},
                               {QStringLiteral("label"), marks[i].label},
                               {QStringLiteral("amount"), money(marks[i].amount)},
                               {QStringLiteral("at"), at(marks[i].amount)},
                               {QStringLiteral("lane"), lane[i]}};
    if (plan.hasZone) {
        m_zoneFrom = at(plan.walkAway);
        m_zoneTo = at(*plan.clientReservation);
    }
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const auto &s = plan.steps[i];
        m_steps << QVariantMap{{QStringLiteral("step"), i == 0 ? qs(vb::tr(l, "negotiation.opening_step")) : QString::number(i)},
                               {QStringLiteral("concession"), i == 0 ? QString() : money(s.concession)},
                               {QStringLiteral("amount"), static_cast<double>(s.concession)},
                               {QStringLiteral("price"), money(s.price)},
                               {QStringLiteral("margin"), qs(formatPercent(s.margin, 2))},
                               {QStringLiteral("tax"), money(s.tax)},
                               {QStringLiteral("withTax"), money(s.withTax)},
                               {QStringLiteral("belowFloor"), s.belowFloor},
                               {QStringLiteral("note"), i == 0 || i > n.concessions.size() ? QString() : qs(n.concessions[i - 1].note)}};
    }
    for (const auto &t : plan.tradeOffs)
        m_tradeOffs << QVariantMap{{QStringLiteral("line"), t.found ? qs(t.label.get(l)) : qs(t.line)},
                                   {QStringLiteral("cost"), money(t.cost)},
                                   {QStringLiteral("note"), qs(t.note)},
                                   {QStringLiteral("found"), t.found}};
    for (std::size_t i = 0; i < n.rounds.size(); ++i) {
        const auto &r = n.rounds[i];
        m_rounds << QVariantMap{{QStringLiteral("number"), QString::number(i + 1)},
                                {QStringLiteral("date"), qs(r.date)},
                                {QStringLiteral("party"), QString::fromLatin1(deal::partyKey(r.party))},
                                {QStringLiteral("partyName"), QString::fromUtf8(deal::partyName(r.party, l))},
                                {QStringLiteral("offer"), static_cast<double>(r.offer)},
                                {QStringLiteral("offerText"), money(r.offer)},
                                {QStringLiteral("given"), qs(r.given)},
                                {QStringLiteral("received"), qs(r.received)},
                                {QStringLiteral("status"), QString::fromLatin1(deal::roundStatusKey(r.status))},
                                {QStringLiteral("statusName"), QString::fromUtf8(deal::roundStatusName(r.status, l))}};
    }
    if (n.governmentTender)
        m_tenderText = qs(vb::tr(l, "negotiation.tender", {std::to_string(n.rounds.size()), n.roundLimit ? std::to_string(*n.roundLimit) : std::string("-")}));
    Q_EMIT changed();
}

QString NegotiationController::start()
{
    if (!hasProject())
        return tr("No project is open.");
    const auto l = lang();
    return errorWords(document()->editSections(tr("Start the negotiation plan"), {}, [&](vb::Project &p) { return vb::deal::startNegotiation(p, l); }));
}

QString NegotiationController::setTerm(const QString &key, const QVariant &value)
{
    using namespace vb;
    if (!m_has)
        return tr("No negotiation plan: start one first.");
    deal::NegotiationTerms t = deal::termsOf(deal::negotiationOf(project()));
    bool ok = true;
    QString label;
    if (key == QLatin1String("format")) {
        const auto f = parseFormat(value.toString().toStdString());
        if (!f)
            return tr("Unknown format: %1").arg(value.toString());
        t.format = *f;
        label = tr("Negotiated format");
    } else if (key == QLatin1String("fee_model")) {
        bool found = false;
        for (auto m : {deal::FeeModel::Fixed, deal::FeeModel::PerCapita, deal::FeeModel::Percent, deal::FeeModel::Mixed})
            if (value.toString() == QLatin1String(deal::feeModelKey(m))) {
                t.feeModel = m;
                found = true;
            }
        if (!found)
            return tr("Unknown fee model: %1").arg(value.toString());
        label = tr("Fee model");
    } else if (key == QLatin1String("min_margin") || key == QLatin1String("target_margin")) {
        bool isNumber = false;
        const double x = value.toDouble(&isNumber);
        if (!isNumber)
            return tr("Type a percentage.");
        (key == QLatin1String("min_margin") ? t.minMarginBp : t.targetMarginBp) = basisPoints(x);
        label = key == QLatin1String("min_margin") ? tr("Minimum margin") : tr("Target margin");
    } else if (key == QLatin1String("batna")) {
        t.batna = moneyArg(value, ok);
        label = tr("BATNA");
    } else if (key == QLatin1String("client_reservation")) {
        t.clientReservation = moneyArg(value, ok);
        label = tr("Client's ceiling");
    } else if (key == QLatin1String("opening")) {
        t.opening = moneyArg(value, ok);
        label = tr("Opening price");
    } else if (key == QLatin1String("government_tender")) {
        t.governmentTender = value.toBool();
        label = tr("Government tender");
    } else if (key == QLatin1String("round_limit")) {
        const auto n = moneyArg(value, ok);
        if (n && (*n < 1 || *n > 1000))
            return qs(vb::tr(lang(), "deal.edit.count_range", {"1", "1,000", std::to_string(*n)}));
        t.roundLimit = n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
        label = tr("Round limit");
    } else {
        return tr("Unknown setting: %1").arg(key);
    }
    if (!ok)
        return tr("Type a whole amount in TWD.");
    const auto l = lang();
    return errorWords(document()->editSections(label, {}, [&](Project &p) { return deal::setNegotiationTerms(p, t, l); }));
}

QString NegotiationController::setConcession(int index, const QVariant &amount, const QString &note)
{
    if (!m_has || index < 0)
        return tr("No negotiation plan: start one first.");
    bool ok = true;
    const auto a = moneyArg(amount, ok);
    if (!ok || !a)
        return tr("Type a whole amount in TWD.");
    const vb::deal::Concession c{*a, note.toStdString()};
    const auto l = lang();
    return errorWords(document()->editSections(tr("Concession %1").arg(index + 1), {},
                                               [&](vb::Project &p) { return vb::deal::setConcession(p, static_cast<std::size_t>(index), c, l); }));
}

QString NegotiationController::removeConcession(int index)
{
    if (!m_has || index < 0)
        return tr("No negotiation plan: start one first.");
    const auto l = lang();
    return errorWords(document()->editSections(tr("Delete concession %1").arg(index + 1), {},
                                               [&](vb::Project &p) { return vb::deal::removeConcession(p, static_cast<std::size_t>(index), l); }));
}

QString NegotiationController::setRound(int index, const QVariantMap &fields)
{
    using namespace vb;
    if (!m_has || index < 0)
        return tr("No negotiation plan: start one first.");
    deal::Round r;
    r.date = fields.value(QStringLiteral("date")).toString().trimmed().toStdString();
    r.party = fields.value(QStringLiteral("party")).toString() == QLatin1String("client") ? deal::Party::Client : deal::Party::Us;
    bool ok = true;
    const auto offer = moneyArg(fields.value(QStringLiteral("offer")), ok);
    if (!ok || !offer)
        return tr("Type the offer as a whole amount in TWD.");
    r.offer = *offer;
    r.given = fields.value(QStringLiteral("given")).toString().toStdString();
    r.received = fields.value(QStringLiteral("received")).toString().toStdString();
    const QString status = fields.value(QStringLiteral("status")).toString();
    for (auto s : {deal::RoundStatus::Open, deal::RoundStatus::Countered, deal::RoundStatus::Accepted, deal::RoundStatus::Rejected})
        if (status == QLatin1String(deal::roundStatusKey(s)))
            r.status = s;
    const auto l = lang();
    const QString label = index >= m_rounds.size() ? tr("Add round") : tr("Round %1").arg(index + 1);
    return errorWords(document()->editSections(label, {}, [&](Project &p) { return deal::setRound(p, static_cast<std::size_t>(index), r, l); }));
}

QString NegotiationController::removeRound(int index)
{
    if (!m_has || index < 0)
        return tr("No negotiation plan: start one first.");
    const auto l = lang();
    return errorWords(document()->editSections(tr("Delete round %1").arg(index + 1), {},
                                               [&](vb::Project &p) { return vb::deal::removeRound(p, static_cast<std::size_t>(index), l); }));
}
