// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectioncontroller.h"

#include "analysis.h"
#include "jsonreader.h"
#include "conversions.h"
#include "projectcontroller.h"

#include <algorithm>

namespace {
using vb::app::qs;

QString scoreText(const vb::Inspection &in)
{
    const auto s = in.score();
    int scored = 0;
    for (const auto &it : in.items)
        scored += it.score ? 1 : 0;
    if (!s)
        return InspectionController::tr("not scored");
    return InspectionController::tr("%1 / 5 (%2 of %3 items scored)").arg(QString::number(*s, 'f', 2)).arg(scored).arg(in.items.size());
}
} // namespace

void InspectionController::setVenueIndex(int i)
{
    if (i == m_venue || i < 0 || i >= m_venueIds.size())
        return;
    m_venue = i;
    refresh();
}

void InspectionController::refresh()
{
    const auto &p = project();
    const auto l = lang();
    m_venueIds.clear();
    m_venueNames.clear();
    for (const auto &v : p.venues) {
        m_venueIds << qs(v.id);
        m_venueNames << qs(v.name.get(l));
    }
    m_venue = std::clamp(m_venue, 0, std::max(0, static_cast<int>(m_venueIds.size()) - 1));
    const auto a = vb::analysisOf(p);
    const std::string venue = m_venueIds.isEmpty() ? std::string() : m_venueIds[m_venue].toStdString();
    const vb::Inspection *latest = a.latestInspection(venue);
    m_inspector = latest ? qs(latest->inspector) : QString();
    m_date = latest ? qs(latest->date) : QString();
    m_items.clear();
    // The standard checklist first, then any other item the file has for this venue.
    std::vector<std::string> keys = vb::standardChecklist();
    if (latest)
        for (const auto &it : latest->items)
            if (std::find(keys.begin(), keys.end(), it.item) == keys.end())
                keys.push_back(it.item);
    for (const auto &key : keys) {
        const vb::InspectionItem *found = nullptr;
        if (latest)
            for (const auto &it : latest->items)
                if (it.item == key)
                    found = &it;
        m_items.append(QVariantMap{{QStringLiteral("key"), qs(key)},
                                   {QStringLiteral("name"), qs(vb::checklistName(key, l))},
                                   {QStringLiteral("score"), found && found->score ? static_cast<int>(std::lround(*found->score)) : 0},
                                   {QStringLiteral("note"), found ? qs(found->note) : QString()},
                                   {QStringLiteral("weight"), found ? found->weight : 1.0}});
    }
    m_overall = latest ? scoreText(*latest) : tr("no inspection recorded");
    m_history.clear();
    for (const auto &in : a.inspections)
        if (in.venue == venue)
            m_history << tr("%1 — %2, %3").arg(qs(in.date), qs(in.inspector), scoreText(in));
    QStringList feeding;
    for (const auto &c : p.criteria)
        if (c.valueFrom == vb::ValueFrom::Inspection)
            feeding << qs(c.name.get(l));
    m_feeds = feeding.isEmpty() ? tr("No criterion takes its values from the inspections (value_from \"inspection\").")
                                : tr("The latest inspection's score feeds: %1.").arg(feeding.join(QStringLiteral(", ")));
    Q_EMIT changed();
}

QString InspectionController::save(const QString &inspector, const QString &date, const QVariantList &items)
{
    if (!hasProject())
        return tr("No project is open.");
    if (m_venueIds.isEmpty())
        return tr("The project has no venues.");
    if (inspector.trimmed().isEmpty())
        return tr("Inspector: expected a name.");
    if (!vb::isDate(date.trimmed().toStdString()))
        return tr("Date: expected YYYY-MM-DD, found \"%1\".").arg(date);
    vb::Inspection in;
    in.venue = m_venueIds[m_venue].toStdString();
    in.inspector = inspector.trimmed().toStdString();
    in.date = date.trimmed().toStdString();
    for (const auto &v : items) {
        const auto m = v.toMap();
        const int score = m.value(QStringLiteral("score")).toInt();
        if (score < 0 || score > 5)
            return tr("%1: expected a score from 1 to 5, or 0 when not checked.").arg(m.value(QStringLiteral("key")).toString());
        vb::InspectionItem it;
        it.item = m.value(QStringLiteral("key")).toString().toStdString();
        if (score > 0)
            it.score = score;
        it.note = m.value(QStringLiteral("note")).toString().toStdString();
        it.weight = m.value(QStringLiteral("weight"), 1.0).toDouble();
        if (!(it.weight >= 0))
            it.weight = 1.0;
        in.items.push_back(std::move(it));
    }
    const auto venueName = m_venueNames[m_venue];
    const auto errors = document()->editSections(tr("Site inspection: %1").arg(venueName), {}, [&in](vb::Project &p) {
        auto all = vb::analysisOf(p).inspections;
        vb::upsertInspection(all, in);
        vb::setInspections(p, all);
        return std::vector<vb::Diagnostic>{};
    });
    return vb::app::diagnosticsText(errors);
}
