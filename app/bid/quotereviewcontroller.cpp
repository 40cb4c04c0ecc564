// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotereviewcontroller.h"

#include "bidcharts.h"
#include "budgetcalc.h"
#include "conversions.h"
#include "messages.h"
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

/** The form field a diagnostic's pointer names ("/received_quotes/quotes/2/amount" → "amount"). */
QString fieldOf(const std::string &path)
{
    for (const char *f : {"supplier", "amount", "currency", "includes"})
        if (path.find(std::string("/") + f) != std::string::npos)
            return QString::fromLatin1(f);
    return {};
}

/** An edit's outcome for the page: {error, field, warning}, the messages in words (never a JSON pointer). */
QVariantMap outcome(const std::vector<vb::Diagnostic> &diags)
{
    QStringList errors, warnings;
    QString field;
    for (const auto &d : diags) {
        if (d.severity == vb::Diagnostic::Severity::Error) {
            if (errors.isEmpty())
                field = fieldOf(d.path);
            errors << qs(d.message);
        } else {
            warnings << qs(d.message);
        }
    }
    errors.removeDuplicates();
    return {{QStringLiteral("error"), errors.join(QLatin1Char(' '))},
            {QStringLiteral("field"), field},
            {QStringLiteral("warning"), warnings.join(QLatin1Char(' '))}};
}
} // namespace

void QuoteReviewController::refresh()
{
    const auto &p = project();
    const auto l = lang();
    m_quotes.clear();
    m_quoteBasis.clear();
    m_quoteSummary.clear();
    m_quoteChart.clear();
    m_inclusions.clear();
    m_currencies.clear();
    if (hasProject()) {
        m_currencies << qs(p.meta.currency);
        for (const auto &r : p.meta.fxRates)
            if (!m_currencies.contains(qs(r.currency)))
                m_currencies << qs(r.currency);
    }
    m_hasQuotes = hasProject() && vb::quotes::hasReview(p);
    if (m_hasQuotes) {
        const auto rv = vb::quotes::reviewOf(p);
        const auto r = vb::quotes::review(p, rv);
        for (const auto &inc : rv.inclusions)
            m_inclusions << QVariantMap{{QStringLiteral("id"), qs(inc.id)}, {QStringLiteral("name"), qs(inc.name, l)},
                                        {QStringLiteral("estimate"), money(inc.estimate)}};
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
                                    // What the quote form edits: the amount as typed back (grouped, its decimals).
                                    {QStringLiteral("amount"), qs(vb::formatGrouped(static_cast<double>(q.amountCents) / 100.0))},
                                    {QStringLiteral("currency"), qs(q.currency)},
                                    {QStringLiteral("tax"), QString::fromLatin1(vb::taxKey(q.tax))},
                                    {QStringLiteral("service"), QString::fromLatin1(vb::quotes::serviceChargeKey(q.service))},
                                    {QStringLiteral("includes"), qsl(q.includes)},
                                    {QStringLiteral("scores"), scores},
                                    {QStringLiteral("rank"), k ? QString::number(r.score.ranks[*k]) : QStringLiteral("–")},
                                    {QStringLiteral("supplier"), qs(q.supplier)},
                                    {QStringLiteral("quoted"), qs(q.currency) + QLatin1Char(' ') + qs(vb::formatGroupedHundredths(q.amountCents))},
                                    {QStringLiteral("total"), known ? money(n.total) : QString()},
                                    {QStringLiteral("missing"), known && n.missingEstimate ? money(n.missingEstimate) : QString()},
                                    {QStringLiteral("comparable"), known ? money(n.comparable) : QString()},
                                    {QStringLiteral("perAttendee"), known ? money(n.perAttendee) : QString()},
                                    {QStringLiteral("score"), k ? qs(vb::scoreText(r.score.method, r.score.scores(static_cast<Eigen::Index>(*k)))) : QString()},
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
        if (const auto chart = vb::quoteChart(p, l); !chart.categories.empty())
            m_quoteChart = qs(vb::svg::barChartSvg(chart));
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

QVariantMap QuoteReviewController::enterQuote(const QString &id, const QString &supplier, const QString &amount, const QString &currency,
                                              const QString &tax, const QString &service, const QStringList &includes)
{
    if (!hasProject())
        return {{QStringLiteral("error"), tr("No project is open.")}, {QStringLiteral("field"), QString()}};
    QString why;
    const auto value = Numbers::read(amount, vb::NumberKind::Decimal, &why);
    if (!value)
        return {{QStringLiteral("error"), why}, {QStringLiteral("field"), QStringLiteral("amount")}};
    vb::quotes::QuoteEntry e;
    e.supplier = supplier.trimmed().toStdString();
    e.currency = currency.trimmed().toStdString();
    e.amount = *value;
    e.tax = vb::parseTax(tax.toStdString()).value_or(vb::TaxTreatment::Excluded);
    e.service = service == QLatin1String("excluded") ? vb::quotes::ServiceCharge::Excluded
              : service == QLatin1String("included") ? vb::quotes::ServiceCharge::Included
                                                     : vb::quotes::ServiceCharge::None;
    for (const auto &i : includes)
        e.includes.push_back(i.toStdString());
    const auto l = lang();
    const QString who = supplier.trimmed();
    if (id.isEmpty())
        return outcome(document()->editSections(tr("Add quote: %1").arg(who), {}, [&](vb::Project &p) {
            return vb::quotes::addQuote(p, e, l);
        }));
    return outcome(document()->editSections(tr("Edit quote: %1").arg(who), {}, [&](vb::Project &p) {
        return vb::quotes::setQuote(p, id.toStdString(), e, l);
    }));
}

QVariantMap QuoteReviewController::addQuote(const QString &supplier, const QString &amount, const QString &currency, const QString &tax,
                                            const QString &service, const QStringList &includes)
{
    return enterQuote({}, supplier, amount, currency, tax, service, includes);
}

QVariantMap QuoteReviewController::setQuote(const QString &id, const QString &supplier, const QString &amount, const QString &currency,
                                            const QString &tax, const QString &service, const QStringList &includes)
{
    if (id.isEmpty())
        return {{QStringLiteral("error"), qs(vb::tr(lang(), "bidedit.quote.no_quote"))}, {QStringLiteral("field"), QString()}};
    return enterQuote(id, supplier, amount, currency, tax, service, includes);
}

QString QuoteReviewController::removeQuote(const QString &id)
{
    if (!hasProject())
        return tr("No project is open.");
    QString who = id;
    for (const auto &q : vb::quotes::reviewOf(project()).quotes)
        if (q.id == id.toStdString())
            who = qs(q.supplier);
    const auto l = lang();
    return outcome(document()->editSections(tr("Delete quote: %1").arg(who), {}, [&](vb::Project &p) {
               return vb::quotes::removeQuote(p, id.toStdString(), l);
           }))
        .value(QStringLiteral("error"))
        .toString();
}
