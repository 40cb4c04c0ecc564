// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriamodel.h"

#include "conversions.h"
#include "units.h"

using namespace vb::app;

CriteriaModel::CriteriaModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CriteriaModel::setProject(const vb::Project *project, const std::vector<double> *normalizedWeights, vb::Lang lang)
{
    beginResetModel();
    m_project = project;
    m_weights = normalizedWeights;
    m_lang = lang;
    endResetModel();
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : static_cast<int>(m_project->criteria.size());
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto &c = m_project->criteria[row];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return qs(c.name, m_lang);
    case IdRole:
        return qs(c.id);
    case DirectionRole:
        return c.direction == vb::Direction::Benefit ? QStringLiteral("benefit") : QStringLiteral("cost");
    case UnitRole:
        return qs(vb::unitText(c.unit, m_lang));
    case WeightRole:
        return c.weight;
    case PercentRole:
        return m_weights && row < m_weights->size() ? (*m_weights)[row] * 100.0 : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CriteriaModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "criterionId"}, {NameRole, "name"}, {DirectionRole, "direction"},
            {UnitRole, "unit"}, {WeightRole, "weight"}, {PercentRole, "percent"}};
}

void CriteriaModel::weightsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {WeightRole, PercentRole});
}

double CriteriaModel::percentAt(int row) const
{
    return row >= 0 && row < rowCount() ? data(index(row), PercentRole).toDouble() : 0.0;
}
