// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotereviewcontroller.h"

#include "budgetcalc.h"
#include "conversions.h"
#include "numberformat.h"
#include "numbers.h"
#include "projectcontroller.h"
#include "quotereview.h"
#include "venueranking.h"

using namespace vb::app;

namespace {
QString money(vb::Money m)
{
    return qs(vb::groupThousands(m));
}
} // namespace

void QuoteReviewController::refresh()
{
    const auto &p = project();
    const auto l = lang();
    m_quotes.clear();
    m_quoteBasis.clear();
    m_quoteSummary.clear();
    m_hasQuotes = hasProject() && vb::quotes::hasReview(p);
    if (m_hasQuotes) {
        const auto rv = vb::quotes::reviewOf(p);
        const auto r = vb::quotes::review(p, rv);
        for (const auto i : vb::quotes::listingOrder(r)) {
            const auto &q = rv.quotes[i];
            const auto &n = r.quotes[i];
            const auto k = vb::quotes::scoredIndex(r, i);
            QStringList notes;
            if (!n.fxRate)
                notes << tr("No exchange rate for %1: not comparable, not scored.").arg(qs(q.currency));
            for (const auto m : n.missing)
                notes << tr("does not include: %1 — estimate %2 added").arg(qs(rv.inclusions[m].name, l), money(rv.inclusions[m].estimate));
            for (const auto j : n.imputed)
                notes << tr("%1 unknown: scored as the worst known score").arg(qs(rv.criteria[j].name, l));
            const bool known = n.fxRate.has_value();
            // The user's scores on the `score` criteria, editable on the page.
            QVariantList scores;
            for (const auto &c : rv.criteria) {
                if (c.measure != vb::quotes::Measure::Score)
                    continue;
                QString value;
                for (const auto &[id, v] : q.scores)
                    if (id == c.id)
                        value = qs(vb::formatShortest(v));
                scores << QVariantMap{{QStringLiteral("quoteId"), qs(q.id)}, {QStringLiteral("criterionId"), qs(c.id)},
                                      {QStringLiteral("name"), qs(c.name, l)}, {QStringLiteral("value"), value}};
            }
            m_quotes << QVariantMap{{QStringLiteral("id"), qs(q.id)},
                                    {QStringLiteral("scores"), scores},
                                    {QStringLiteral("rank"), k ? QString::number(r.score.ranks[*k]) : QStringLiteral("–")},
                                    {QStringLiteral("supplier"), qs(q.supplier)},
                                    {QStringLiteral("quoted"), qs(q.currency) + QLatin1Char(' ') + qs(vb::formatGroupedHundredths(q.amountCents))},
                                    {QStringLiteral("total"), known ? money(n.total) : QString()},
                                    {QStringLiteral("missing"), known && n.missingEstimate ? money(n.missingEstimate) : QString()},
                                    {QStringLiteral("comparable"), known ? money(n.comparable) : QString()},
                                    {QStringLiteral("perAttendee"), known ? money(n.perAttendee) : QString()},
                                    {QStringLiteral("score"), k ? qs(vb::formatFixed(r.score.scores(static_cast<Eigen::Index>(*k)), 4)) : QString()},
                                    {QStringLiteral("best"), r.best && *r.best == i},
                                    {QStringLiteral("cheapest"), r.cheapest && *r.cheapest == i},
                                    {QStringLiteral("comparableKnown"), known},
                                    {QStringLiteral("notes"), notes}};
        }
        m_quoteBasis = (rv.attendees ? tr("Per attendee over %1 attendees (set for this review); method %2; tax %3 %")
                                     : tr("Per attendee over %1 attendees (the expected attendance on the overview); method %2; tax %3 %"))
                           .arg(qs(vb::formatCount(r.attendees)), qs(vb::methodTitle(rv.method, l)),
                                qs(vb::formatGroupedHundredths(rv.taxBp)));
        QStringList summary;
        if (r.best)
            summary << tr("Best overall: %1.").arg(qs(rv.quotes[*r.best].supplier));
        if (r.cheapest)
            summary << tr("Cheapest on the same scope: %1.").arg(qs(rv.quotes[*r.cheapest].supplier));
        m_quoteSummary = summary.join(QLatin1Char(' '));
    }
    Q_EMIT changed();
}

QString QuoteReviewController::setQuoteScore(const QString &quoteId, const QString &criterionId, const QString &value)
{
    if (!hasProject())
        return tr("No project is open.");
    std::optional<double> score;
    if (!value.trimmed().isEmpty()) {
        QString why;
        score = Numbers::read(value, vb::NumberKind::Decimal, &why);
        if (!score)
            return why;
    }
    const auto errors = document()->editSections(tr("Quote score: %1").arg(quoteId), {}, [&](vb::Project &p) {
        return vb::quotes::setQuoteScore(p, quoteId.toStdString(), criterionId.toStdString(), score);
    });
    return diagnosticsText(errors);
}
