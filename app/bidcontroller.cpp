// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidcontroller.h"

#include "bidbook.h"
#include "budgetcalc.h"
#include "conversions.h"
#include "destinations.h"
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "quotereview.h"
#include "tender.h"
#include "venueranking.h"

#include <QDate>
#include <QLocale>

#include <cmath>

using namespace vb::app;

namespace {
ProjectController *pc()
{
    return ProjectController::create(nullptr, nullptr);
}

QString num(double x, int decimals)
{
    return QString::number(x, 'f', decimals);
}

QString money(vb::Money m)
{
    return QString::fromStdString(vb::formatMoney(m));
}
} // namespace

BidController::BidController(QObject *parent)
    : QObject(parent)
{
    connect(pc(), &ProjectController::projectChanged, this, &BidController::refresh);
    refresh();
}

void BidController::refresh()
{
    const auto &p = pc()->project();
    const auto lang = LanguageController::instance()->lang();
    m_destinations.clear();
    m_outcomes.clear();
    m_changes.clear();
    m_summary.clear();
    m_hasDestinations = pc()->loaded() && vb::destinations::hasDestinations(p);
    if (m_hasDestinations) {
        const auto c = vb::destinations::destinationsOf(p);
        const auto r = vb::destinations::compare(c);
        for (std::size_t i = 0; i < c.destinations.size(); ++i)
            m_destinations << QVariantMap{{QStringLiteral("name"), qs(c.destinations[i].name, lang)},
                                          {QStringLiteral("score"), num(r.score.scores(static_cast<Eigen::Index>(i)), 4)},
                                          {QStringLiteral("rank"), r.score.ranks[i]},
                                          {QStringLiteral("ours"), i == r.ours}};
        for (const auto &o : r.outcomes) {
            const auto &cr = c.criteria[o.criterion];
            m_outcomes << QVariantMap{{QStringLiteral("name"), qs(cr.name, lang)},
                                      {QStringLiteral("ours"), QString::fromStdString(vb::groupDigits(o.ours))},
                                      {QStringLiteral("best"), QString::fromStdString(vb::groupDigits(o.best))},
                                      {QStringLiteral("bestName"), qs(c.destinations[o.bestCompetitor].name, lang)},
                                      {QStringLiteral("outcome"), QString::fromLatin1(vb::destinations::outcomeKey(o.outcome))},
                                      {QStringLiteral("controllable"), cr.controllable},
                                      {QStringLiteral("criterionId"), QString::fromStdString(cr.id)},
                                      // How the offer field reads what is typed (docs/numbers.md): a criterion changed
                                      // in whole steps (USD 5, 1,000 thousand TWD) as a whole number, so "1,500" is 1500.
                                      {QStringLiteral("numberKind"),
                                       cr.step == std::trunc(cr.step) && o.ours == std::trunc(o.ours) && o.ours >= 0 ? QStringLiteral("count") : QStringLiteral("decimal")},
                                      {QStringLiteral("oursRaw"), QString::fromStdString(vb::formatNumber(o.ours))}};
        }
        for (const auto &w : r.changes) {
            const auto &cr = c.criteria[w.criterion];
            m_changes << QVariantMap{{QStringLiteral("name"), qs(cr.name, lang)},
                                     {QStringLiteral("from"), QString::fromStdString(vb::groupDigits(w.from))},
                                     {QStringLiteral("suggested"), w.suggested ? QString::fromStdString(vb::groupDigits(*w.suggested)) : QString()},
                                     {QStringLiteral("verified"), w.verified},
                                     {QStringLiteral("why"), qs(w.why)},
                                     {QStringLiteral("criterionId"), QString::fromStdString(cr.id)},
                                     {QStringLiteral("suggestedRaw"), w.suggested ? QString::fromStdString(vb::formatNumber(*w.suggested)) : QString()}};
        }
        if (r.weWin)
            m_summary = tr("We rank first.");
        else if (r.smallest)
            m_summary = tr("Smallest change that puts us first: %1 from %2 to %3 (verified by re-scoring).")
                            .arg(qs(c.criteria[r.changes[*r.smallest].criterion].name, lang),
                                 QString::fromStdString(vb::groupDigits(r.changes[*r.smallest].from)),
                                 QString::fromStdString(vb::groupDigits(*r.changes[*r.smallest].suggested)));
        else
            m_summary = tr("No single change on a criterion we control puts us first.");
    }

    m_bidders.clear();
    m_winners.clear();
    m_warnings.clear();
    m_margins.clear();
    m_oursName.clear();
    m_hasTender = pc()->loaded() && vb::tender::hasTender(p);
    if (m_hasTender) {
        const auto t = vb::tender::tenderOf(p);
        m_tenderTitle = qs(t.title, lang);
        const auto e = vb::tender::evaluate(t);
        for (std::size_t b = 0; b < t.bidders.size() && b < e.bidders.size(); ++b) {
            const auto &br = e.bidders[b];
            m_bidders << QVariantMap{{QStringLiteral("name"), qs(t.bidders[b].name)},
                                     {QStringLiteral("average"), num(br.average, 2)},
                                     {QStringLiteral("passes"), br.passes},
                                     {QStringLiteral("totalRank"), b < e.total.ranks.size() ? e.total.ranks[b] : 0},
                                     {QStringLiteral("rankSum"), br.rankSum2 ? num(*br.rankSum2 / 2.0, 1) : QStringLiteral("–")},
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
        if (const auto id = vb::bid::bidBookOf(p).tenderBidder)
            for (std::size_t b = 0; b < t.bidders.size(); ++b)
                if (t.bidders[b].id == *id) {
                    m_oursName = qs(t.bidders[b].name);
                    for (const auto &m : vb::tender::itemMargins(t, b))
                        m_margins << QVariantMap{{QStringLiteral("name"), qs(t.items[m.item].name, lang)},
                                                 {QStringLiteral("points"), static_cast<qlonglong>(t.items[m.item].points)},
                                                 {QStringLiteral("ours"), m.ours ? num(*m.ours, 2) : QStringLiteral("–")},
                                                 {QStringLiteral("best"), m.best ? num(*m.best, 2) : QStringLiteral("–")},
                                                 {QStringLiteral("bestName"), m.bestBidder ? qs(t.bidders[*m.bestBidder].name) : QString()},
                                                 {QStringLiteral("margin"), m.margin() ? (*m.margin() >= 0 ? QStringLiteral("+") : QString()) + num(*m.margin(), 2)
                                                                                         : QStringLiteral("–")},
                                                 {QStringLiteral("ahead"), m.margin() && *m.margin() >= 0}};
                }
    }
    refreshQuotes();
    Q_EMIT changed();
}

void BidController::refreshQuotes()
{
    const auto &p = pc()->project();
    const auto lang = LanguageController::instance()->lang();
    m_quotes.clear();
    m_quoteBasis.clear();
    m_quoteSummary.clear();
    m_hasQuotes = pc()->loaded() && vb::quotes::hasReview(p);
    if (!m_hasQuotes)
        return;
    const auto rv = vb::quotes::reviewOf(p);
    const auto r = vb::quotes::review(p, rv);
    // position of quote i in the scoring, when it was scored (as `venuebid-cli quotes`)
    const auto scoredAt = [&](std::size_t i) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < r.scored.size(); ++k)
            if (r.scored[k] == i && k < r.score.ranks.size())
                return k;
        return std::nullopt;
    };
    std::vector<std::size_t> order(rv.quotes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto rankOf = [&](std::size_t i) {
        const auto k = scoredAt(i);
        return k ? r.score.ranks[*k] : 1 << 30;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rankOf(a) < rankOf(b); });
    for (const auto i : order) {
        const auto &q = rv.quotes[i];
        const auto &n = r.quotes[i];
        const auto k = scoredAt(i);
        const QString supplier = qs(q.supplier);
        QStringList notes;
        if (!n.fxRate)
            notes << tr("No exchange rate for %1: not comparable, not scored.").arg(qs(q.currency));
        for (const auto m : n.missing)
            notes << tr("does not include: %1 — estimate %2 added").arg(qs(rv.inclusions[m].name, lang), money(rv.inclusions[m].estimate));
        for (const auto j : n.imputed)
            notes << tr("%1 unknown: scored as the worst known score").arg(qs(rv.criteria[j].name, lang));
        const bool known = n.fxRate.has_value();
        // The user's scores on the `score` criteria, editable on the page.
        QVariantList scores;
        for (const auto &c : rv.criteria) {
            if (c.measure != vb::quotes::Measure::Score)
                continue;
            QString value;
            for (const auto &[id, v] : q.scores)
                if (id == c.id)
                    value = QString::fromStdString(vb::formatNumber(v));
            scores << QVariantMap{{QStringLiteral("quoteId"), qs(q.id)}, {QStringLiteral("criterionId"), qs(c.id)}, {QStringLiteral("name"), qs(c.name, lang)}, {QStringLiteral("value"), value}};
        }
        m_quotes << QVariantMap{{QStringLiteral("id"), qs(q.id)},
                                {QStringLiteral("scores"), scores},
                                {QStringLiteral("rank"), k ? QString::number(r.score.ranks[*k]) : QStringLiteral("–")},
                                {QStringLiteral("supplier"), supplier},
                                {QStringLiteral("quoted"), qs(q.currency) + QLatin1Char(' ') + QString::fromStdString(vb::formatHundredths(q.amountCents))},
                                {QStringLiteral("total"), known ? money(n.total) : QString()},
                                {QStringLiteral("missing"), known && n.missingEstimate ? money(n.missingEstimate) : QString()},
                                {QStringLiteral("comparable"), known ? money(n.comparable) : QString()},
                                {QStringLiteral("perAttendee"), known ? money(n.perAttendee) : QString()},
                                {QStringLiteral("score"), k ? num(r.score.scores(static_cast<Eigen::Index>(*k)), 4) : QString()},
                                {QStringLiteral("best"), r.best && *r.best == i},
                                {QStringLiteral("cheapest"), r.cheapest && *r.cheapest == i},
                                {QStringLiteral("comparableKnown"), known},
                                {QStringLiteral("notes"), notes}};
    }
    m_quoteBasis = tr("Per attendee over %1 attendees; method %2; tax %3 %")
                       .arg(QString::fromStdString(vb::groupDigits(static_cast<double>(r.attendees))),
                            QString::fromLatin1(vb::mcda::methodName(rv.method)), QString::fromStdString(vb::formatHundredths(rv.taxBp)));
    QStringList summary;
    if (r.best)
        summary << tr("Best overall: %1.").arg(qs(rv.quotes[*r.best].supplier));
    if (r.cheapest)
        summary << tr("Cheapest on the same scope: %1.").arg(qs(rv.quotes[*r.cheapest].supplier));
    m_quoteSummary = summary.join(QLatin1Char(' '));
}

QString BidController::setOurValue(const QString &criterionId, const QString &value)
{
    QString text = value.trimmed();
    text.remove(QLatin1Char(','));
    bool ok = false;
    const double x = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(x))
        return tr("Expected a number, found \"%1\".").arg(value);
    const std::string id = criterionId.toStdString();
    const std::string basis = "bid offer set on the destinations page";
    const std::string asOf = QDate::currentDate().toString(Qt::ISODate).toStdString();
    vb::Project probe = pc()->project();
    const auto errors = vb::destinations::setOurValue(probe, id, x, basis, asOf);
    if (!errors.empty())
        return vb::app::diagnosticsText(errors);
    QString name = criterionId;
    for (const auto &c : vb::destinations::destinationsOf(probe).criteria)
        if (c.id == id)
            name = qs(c.name, LanguageController::instance()->lang());
    pc()->editSections(tr("Our offer: %1").arg(name), {}, [&](vb::Project &p) { (void)vb::destinations::setOurValue(p, id, x, basis, asOf); });
    return {};
}

QString BidController::setQuoteScore(const QString &quoteId, const QString &criterionId, const QString &value)
{
    std::optional<double> score;
    if (!value.trimmed().isEmpty()) {
        bool ok = false;
        const double x = QLocale::c().toDouble(value.trimmed(), &ok);
        if (!ok || !std::isfinite(x))
            return tr("Expected a number, found \"%1\".").arg(value);
        score = x;
    }
    vb::Project probe = pc()->project();
    const auto errors = vb::quotes::setQuoteScore(probe, quoteId.toStdString(), criterionId.toStdString(), score);
    if (!errors.empty())
        return vb::app::diagnosticsText(errors);
    pc()->editSections(tr("Quote score: %1").arg(quoteId), {},
                       [&](vb::Project &p) { (void)vb::quotes::setQuoteScore(p, quoteId.toStdString(), criterionId.toStdString(), score); });
    return {};
}
