// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinationscontroller.h"
#include "venueranking.h"

#include "bidcharts.h"
#include "conversions.h"
#include "destinations.h"
#include "destinationsedit.h"
#include "messages.h"
#include "units.h"
#include "numberformat.h"
#include "numbers.h"
#include "projectcontroller.h"

#include <QDate>

#include <cmath>
#include <limits>

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
    m_chart.clear();
    m_entries.clear();
    m_criteria.clear();
    const auto c = hasProject() ? vb::destinations::destinationsOf(p) : vb::destinations::Comparison{};
    for (std::size_t i = 0; i < c.destinations.size(); ++i) {
        // The criteria whose value was entered without a source or a date (vb::Fact::missing), for the page's tag.
        QStringList unsourced;
        const auto &d = c.destinations[i];
        for (std::size_t k = 0; k < d.values.size() && k < c.criteria.size(); ++k)
            if (d.values[k].unsourced())
                unsourced << qs(c.criteria[k].name, l);
        m_entries << QVariantMap{{QStringLiteral("name"), qs(d.name, l)}, {QStringLiteral("ours"), d.id == c.ours},
                                 {QStringLiteral("unsourced"), unsourced.join(tr(", "))}};
    }
    for (const auto &k : c.criteria) {
        QStringList detail{QString::fromUtf8(vb::destinations::groupName(k.group, l)),
                           k.direction == vb::Direction::Cost ? tr("lower is better") : tr("higher is better"),
                           tr("weight %1").arg(qs(vb::formatShortest(k.weight)))};
        if (!k.unit.empty())
            detail << qs(vb::unitText(k.unit, l));
        if (k.controllable)
            detail << tr("we control it");
        m_criteria << QVariantMap{{QStringLiteral("name"), qs(k.name, l)}, {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))}};
    }
    const auto r = vb::destinations::compare(c);
    // Scored only when there is something to score: our destination, a competitor and at least one criterion.
    m_hasDestinations = hasProject() && vb::destinations::hasDestinations(p) && c.destinations.size() >= 2 && !r.score.ranks.empty();
    if (m_hasDestinations) {
        if (const auto chart = vb::destinationChart(p, l); !chart.categories.empty())
            m_chart = qs(vb::svg::barChartSvg(chart));
        for (std::size_t i = 0; i < c.destinations.size(); ++i)
            m_destinations << QVariantMap{{QStringLiteral("name"), qs(c.destinations[i].name, l)},
                                          {QStringLiteral("score"), qs(vb::scoreText(r.score.method, r.score.scores(static_cast<Eigen::Index>(i))))},
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

namespace {

/** A value typed in an editor: nullopt (not given) for an empty text, NaN with why set when it is not a number. */
double typedValue(const QVariant &v, QString *why)
{
    const QString text = v.toString().trimmed();
    if (text.isEmpty())
        return std::nan("");
    // "50,000" is a whole number with its thousands grouped (as a count reads it); anything else by the decimal rules.
    if (const auto whole = Numbers::read(text, vb::NumberKind::Count, nullptr))
        return *whole;
    if (const auto x = Numbers::read(text, vb::NumberKind::Decimal, why))
        return *x;
    return std::numeric_limits<double>::infinity(); // refused below with why
}

/** Reads the values list of an editor; on a text that is not a number returns {field, message}. */
QVariantMap readValues(const QVariantMap &m, const QStringList &keys, const QStringList &labels, std::vector<double> &out)
{
    const auto list = m.value(QStringLiteral("values")).toList();
    out.assign(static_cast<std::size_t>(keys.size()), std::nan(""));
    for (qsizetype k = 0; k < keys.size() && k < list.size(); ++k) {
        QString why;
        const double x = typedValue(list[k], &why);
        if (std::isinf(x) && !why.isEmpty())
            return {{QStringLiteral("field"), keys[k]}, {QStringLiteral("message"), labels[k] + QStringLiteral(": ") + why}};
        out[static_cast<std::size_t>(k)] = x;
    }
    return {};
}

QString valueText(double x)
{
    return std::isnan(x) ? QString() : qs(vb::formatShortest(x));
}

QVariantMap refusal(const vb::EditRefusal &e)
{
    if (e.ok())
        return {};
    return {{QStringLiteral("field"), qs(e.field)}, {QStringLiteral("message"), qs(e.message)}};
}

QString nameOf(const vb::LocalizedText &raw, vb::Lang l)
{
    const auto n = vb::nameInBothLanguages(raw);
    return qs(n.get(l));
}

} // namespace

QVariantMap DestinationsController::applyEdit(const QString &label, const std::function<vb::EditRefusal(vb::Project &)> &f)
{
    if (!hasProject())
        return {{QStringLiteral("field"), QString()}, {QStringLiteral("message"), tr("No project is open.")}};
    vb::EditRefusal refused;
    (void)document()->editSections(label, {}, vb::refusalChange("destinations", [&](vb::Project &p) {
        refused = f(p);
        return refused;
    }));
    return refusal(refused);
}

QVariantMap DestinationsController::destinationFields(int index) const
{
    const auto l = lang();
    const auto c = vb::destinations::destinationsOf(project());
    const auto f = vb::destinations::destinationFields(project(), index < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(index));
    QVariantList values;
    QStringList labels, keys;
    for (std::size_t k = 0; k < c.criteria.size(); ++k) {
        values << valueText(f.values[k]);
        labels << qs(c.criteria[k].name, l) + (c.criteria[k].unit.empty() ? QString() : QStringLiteral(" (") + qs(vb::unitText(c.criteria[k].unit, l)) + QStringLiteral(")"));
        keys << QStringLiteral("value:") + qs(c.criteria[k].id);
    }
    return {{QStringLiteral("nameEn"), qs(f.name.en)}, {QStringLiteral("nameZh"), qs(f.name.zh)}, {QStringLiteral("values"), values},
            {QStringLiteral("labels"), labels},        {QStringLiteral("keys"), keys},           {QStringLiteral("source"), qs(f.source)},
            {QStringLiteral("basis"), qs(f.basis)},    {QStringLiteral("asOf"), qs(f.asOf)}};
}

namespace {
vb::destinations::DestinationFields destinationFrom(const QVariantMap &m)
{
    vb::destinations::DestinationFields f;
    f.name = {m.value(QStringLiteral("nameZh")).toString().toStdString(), m.value(QStringLiteral("nameEn")).toString().toStdString()};
    f.source = m.value(QStringLiteral("source")).toString().toStdString();
    f.basis = m.value(QStringLiteral("basis")).toString().toStdString();
    f.asOf = m.value(QStringLiteral("asOf")).toString().toStdString();
    return f;
}
} // namespace

QVariantMap DestinationsController::addDestination(const QVariantMap &fields)
{
    const auto l = lang();
    auto f = destinationFrom(fields);
    const auto shown = destinationFields(-1);
    if (auto bad = readValues(fields, shown.value(QStringLiteral("keys")).toStringList(), shown.value(QStringLiteral("labels")).toStringList(), f.values);
        !bad.isEmpty())
        return bad;
    return applyEdit(qs(vb::tr(l, "destedit.label_add", {nameOf(f.name, l).toStdString()})),
                     [&](vb::Project &p) { return vb::destinations::addDestination(p, f, l); });
}

QVariantMap DestinationsController::updateDestination(int index, const QVariantMap &fields)
{
    const auto l = lang();
    auto f = destinationFrom(fields);
    const auto shown = destinationFields(index);
    if (auto bad = readValues(fields, shown.value(QStringLiteral("keys")).toStringList(), shown.value(QStringLiteral("labels")).toStringList(), f.values);
        !bad.isEmpty())
        return bad;
    return applyEdit(qs(vb::tr(l, "destedit.label_change", {nameOf(f.name, l).toStdString()})),
                     [&](vb::Project &p) { return vb::destinations::setDestination(p, static_cast<std::size_t>(std::max(index, 0)), f, l); });
}

QString DestinationsController::removeDestination(int index)
{
    const auto l = lang();
    const auto c = vb::destinations::destinationsOf(project());
    if (index < 0 || index >= static_cast<int>(c.destinations.size()))
        return qs(vb::tr(l, "destedit.no_destination"));
    return applyEdit(qs(vb::tr(l, "destedit.label_delete", {c.destinations[static_cast<std::size_t>(index)].name.get(l)})),
                     [&](vb::Project &p) { return vb::destinations::removeDestination(p, static_cast<std::size_t>(index), l); })
        .value(QStringLiteral("message"))
        .toString();
}

QString DestinationsController::moveDestination(int index, int delta)
{
    const auto l = lang();
    const auto c = vb::destinations::destinationsOf(project());
    if (index < 0 || index >= static_cast<int>(c.destinations.size()))
        return qs(vb::tr(l, "destedit.no_destination"));
    return applyEdit(tr("Move destination: %1").arg(qs(c.destinations[static_cast<std::size_t>(index)].name, l)),
                     [&](vb::Project &p) { return vb::destinations::moveDestination(p, static_cast<std::size_t>(index), delta, l); })
        .value(QStringLiteral("message"))
        .toString();
}

QVariantMap DestinationsController::criterionFields(int index) const
{
    const auto l = lang();
    const auto c = vb::destinations::destinationsOf(project());
    const auto f = vb::destinations::criterionFields(project(), index < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(index));
    QVariantList values;
    QStringList labels, keys;
    for (std::size_t i = 0; i < c.destinations.size(); ++i) {
        values << valueText(f.values[i]);
        labels << qs(c.destinations[i].name, l);
        keys << QStringLiteral("value:") + qs(c.destinations[i].id);
    }
    return {{QStringLiteral("nameEn"), qs(f.name.en)},
            {QStringLiteral("nameZh"), qs(f.name.zh)},
            {QStringLiteral("group"), QString::fromLatin1(vb::destinations::groupKey(f.group))},
            {QStringLiteral("direction"), f.direction == vb::Direction::Cost ? QStringLiteral("cost") : QStringLiteral("benefit")},
            {QStringLiteral("weight"), f.weight},
            {QStringLiteral("unit"), qs(f.unit)},
            {QStringLiteral("controllable"), f.controllable},
            {QStringLiteral("values"), values},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("keys"), keys},
            {QStringLiteral("source"), qs(f.source)},
            {QStringLiteral("basis"), qs(f.basis)},
            {QStringLiteral("asOf"), qs(f.asOf)}};
}

namespace {
vb::destinations::DestinationCriterionFields criterionFrom(const QVariantMap &m)
{
    vb::destinations::DestinationCriterionFields f;
    f.name = {m.value(QStringLiteral("nameZh")).toString().toStdString(), m.value(QStringLiteral("nameEn")).toString().toStdString()};
    f.group = vb::destinations::parseGroup(m.value(QStringLiteral("group")).toString().toStdString()).value_or(vb::destinations::Group::Logistical);
    f.direction = m.value(QStringLiteral("direction")).toString() == QLatin1String("cost") ? vb::Direction::Cost : vb::Direction::Benefit;
    const QVariant w = m.value(QStringLiteral("weight"));
    f.weight = w.isValid() && !w.isNull() ? w.toDouble() : std::nan("");
    f.unit = m.value(QStringLiteral("unit")).toString().toStdString();
    f.controllable = m.value(QStringLiteral("controllable")).toBool();
    f.source = m.value(QStringLiteral("source")).toString().toStdString();
    f.basis = m.value(QStringLiteral("basis")).toString().toStdString();
    f.asOf = m.value(QStringLiteral("asOf")).toString().toStdString();
    return f;
}
} // namespace

QVariantMap DestinationsController::addCriterion(const QVariantMap &fields)
{
    const auto l = lang();
    auto f = criterionFrom(fields);
    const auto shown = criterionFields(-1);
    if (auto bad = readValues(fields, shown.value(QStringLiteral("keys")).toStringList(), shown.value(QStringLiteral("labels")).toStringList(), f.values);
        !bad.isEmpty())
        return bad;
    return applyEdit(qs(vb::tr(l, "destedit.label_add_criterion", {nameOf(f.name, l).toStdString()})),
                     [&](vb::Project &p) { return vb::destinations::addDestinationCriterion(p, f, l); });
}

QVariantMap DestinationsController::updateCriterion(int index, const QVariantMap &fields)
{
    const auto l = lang();
    auto f = criterionFrom(fields);
    const auto shown = criterionFields(index);
    if (auto bad = readValues(fields, shown.value(QStringLiteral("keys")).toStringList(), shown.value(QStringLiteral("labels")).toStringList(), f.values);
        !bad.isEmpty())
        return bad;
    return applyEdit(qs(vb::tr(l, "destedit.label_change_criterion", {nameOf(f.name, l).toStdString()})),
                     [&](vb::Project &p) { return vb::destinations::setDestinationCriterion(p, static_cast<std::size_t>(std::max(index, 0)), f, l); });
}

QString DestinationsController::removeCriterion(int index)
{
    const auto l = lang();
    const auto c = vb::destinations::destinationsOf(project());
    if (index < 0 || index >= static_cast<int>(c.criteria.size()))
        return qs(vb::tr(l, "destedit.no_criterion"));
    return applyEdit(qs(vb::tr(l, "destedit.label_delete_criterion", {c.criteria[static_cast<std::size_t>(index)].name.get(l)})),
                     [&](vb::Project &p) { return vb::destinations::removeDestinationCriterion(p, static_cast<std::size_t>(index), l); })
        .value(QStringLiteral("message"))
        .toString();
}

QString DestinationsController::moveCriterion(int index, int delta)
{
    const auto l = lang();
    const auto c = vb::destinations::destinationsOf(project());
    if (index < 0 || index >= static_cast<int>(c.criteria.size()))
        return qs(vb::tr(l, "destedit.no_criterion"));
    return applyEdit(tr("Move comparison criterion: %1").arg(qs(c.criteria[static_cast<std::size_t>(index)].name, l)),
                     [&](vb::Project &p) { return vb::destinations::moveDestinationCriterion(p, static_cast<std::size_t>(index), delta, l); })
        .value(QStringLiteral("message"))
        .toString();
}

QVariantList DestinationsController::criterionChoices(const QString &field) const
{
    const auto l = lang();
    QVariantList out;
    const auto add = [&](const QString &key, const QString &text) { out.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("text"), text}}); };
    if (field == QLatin1String("group")) {
        for (auto g : vb::destinations::kAllGroups)
            add(QString::fromLatin1(vb::destinations::groupKey(g)), QString::fromUtf8(vb::destinations::groupName(g, l)));
    } else if (field == QLatin1String("direction")) {
        add(QStringLiteral("benefit"), tr("higher is better"));
        add(QStringLiteral("cost"), tr("lower is better"));
    } else if (field == QLatin1String("unit")) {
        add(QString(), tr("(no unit)"));
        for (const auto u : vb::knownUnits())
            add(qs(std::string(u)), qs(vb::unitText(u, l)));
    }
    return out;
}
