// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinationscontroller.h"

#include "conversions.h"
#include "destinations.h"
#include "numberformat.h"
#include "numbers.h"
#include "projectcontroller.h"

#include <QDate>

#include <cmath>

using namespace vb::app;

namespace {
QString grouped(double x)
{
    return qs(vb::formatGrouped(x));
}
} // namespace

void DestinationsController::refresh()
{
    const auto &p = project();
    const auto l = lang();
    m_destinations.clear();
    m_outcomes.clear();
    m_changes.clear();
    m_summary.clear();
    m_hasDestinations = hasProject() && vb::destinations::hasDestinations(p);
    if (m_hasDestinations) {
        const auto c = vb::destinations::destinationsOf(p);
        const auto r = vb::destinations::compare(c);
        for (std::size_t i = 0; i < c.destinations.size(); ++i)
            m_destinations << QVariantMap{{QStringLiteral("name"), qs(c.destinations[i].name, l)},
                                          {QStringLiteral("score"), qs(vb::formatFixed(r.score.scores(static_cast<Eigen::Index>(i)), 4))},
                                          {QStringLiteral("rank"), r.score.ranks[i]},
                                          {QStringLiteral("ours"), i == r.ours}};
        for (const auto &o : r.outcomes) {
            const auto &cr = c.criteria[o.criterion];
            m_outcomes << QVariantMap{{QStringLiteral("name"), qs(cr.name, l)},
                                      {QStringLiteral("ours"), grouped(o.ours)},
                                      {QStringLiteral("best"), grouped(o.best)},
                                      {QStringLiteral("bestName"), qs(c.destinations[o.bestCompetitor].name, l)},
                                      {QStringLiteral("outcome"), QString::fromLatin1(vb::destinations::outcomeKey(o.outcome))},
                                      {QStringLiteral("controllable"), cr.controllable},
                                      {QStringLiteral("criterionId"), qs(cr.id)},
                                      // How the offer field reads what is typed (docs/numbers.md): a criterion changed
                                      // in whole steps (USD 5, 1,000 thousand TWD) as a whole number, so "1,500" is 1500.
                                      {QStringLiteral("numberKind"), cr.step == std::trunc(cr.step) && o.ours == std::trunc(o.ours) && o.ours >= 0
                                                                         ? QStringLiteral("count")
                                                                         : QStringLiteral("decimal")},
                                      {QStringLiteral("oursRaw"), qs(vb::formatShortest(o.ours))}};
        }
        for (const auto &w : r.changes) {
            const auto &cr = c.criteria[w.criterion];
            m_changes << QVariantMap{{QStringLiteral("name"), qs(cr.name, l)},
                                     {QStringLiteral("from"), grouped(w.from)},
                                     {QStringLiteral("suggested"), w.suggested ? grouped(*w.suggested) : QString()},
                                     {QStringLiteral("verified"), w.verified},
                                     {QStringLiteral("why"), qs(vb::destinations::whyText(w, l))},
                                     {QStringLiteral("criterionId"), qs(cr.id)},
                                     {QStringLiteral("suggestedRaw"), w.suggested ? qs(vb::formatShortest(*w.suggested)) : QString()}};
        }
        if (r.weWin)
            m_summary = tr("We rank first.");
        else if (r.smallest)
            m_summary = tr("Smallest change that puts us first: %1 from %2 to %3 (verified by re-scoring).")
                            .arg(qs(c.criteria[r.changes[*r.smallest].criterion].name, l), grouped(r.changes[*r.smallest].from),
                                 grouped(*r.changes[*r.smallest].suggested));
        else
            m_summary = tr("No single change on a criterion we control puts us first.");
    }
    Q_EMIT changed();
}

QString DestinationsController::setOurValue(const QString &criterionId, const QString &value)
{
    if (!hasProject())
        return tr("No project is open.");
    QString why;
    const auto x = Numbers::read(value, vb::NumberKind::Decimal, &why);
    if (!x)
        return why;
    const std::string id = criterionId.toStdString();
    QString name = criterionId;
    for (const auto &c : vb::destinations::destinationsOf(project()).criteria)
        if (c.id == id)
            name = qs(c.name, lang());
    const std::string basis = "bid offer set on the destinations page";
    const std::string asOf = QDate::currentDate().toString(Qt::ISODate).toStdString();
    const auto errors = document()->editSections(tr("Our offer: %1").arg(name), {},
                                                 [&](vb::Project &p) { return vb::destinations::setOurValue(p, id, *x, basis, asOf); });
    return diagnosticsText(errors);
}
