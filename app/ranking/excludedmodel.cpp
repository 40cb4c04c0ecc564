// SPDX-License-Identifier: GPL-3.0-or-later
#include "excludedmodel.h"

#include "conversions.h"

using namespace vb::app;

ExcludedModel::ExcludedModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ExcludedModel::setProject(const vb::Project *project, const vb::VenueRanking *ranking, vb::Lang lang, bool reset)
{
    const int before = m_count;
    const int after = project && ranking ? static_cast<int>(ranking->excluded.size()) : 0;
    if (!reset && m_project == project && m_ranking == ranking && m_lang == lang && before == after) {
        if (after > 0)
            Q_EMIT dataChanged(index(0), index(after - 1));
        return;
    }
    beginResetModel();
    m_project = project;
    m_ranking = ranking;
    m_lang = lang;
    m_count = after;
    endResetModel();
    if (before != after)
        Q_EMIT countChanged();
}

int ExcludedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant ExcludedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &e = m_ranking->excluded[static_cast<std::size_t>(index.row())];
    const auto &v = m_project->venues[e.venue];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return qs(v.name, m_lang);
    case VenueIdRole:
        return qs(v.id);
    case CityRole:
        return qs(v.city, m_lang);
    case ReasonsRole: {
        QStringList reasons;
        for (const auto &issue : e.reasons)
            reasons << QString::fromStdString(vb::describe(issue, m_lang));
        return reasons;
    }
    case ReasonsTextRole:
        return data(index, ReasonsRole).toStringList().join(tr("; ", "between sentences"));
    default:
        return {};
    }
}

QHash<int, QByteArray> ExcludedModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {VenueIdRole, "venueId"}, {NameRole, "name"}, {CityRole, "city"}, {ReasonsRole, "reasons"}, {ReasonsTextRole, "reasonsText"}};
}
