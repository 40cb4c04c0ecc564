// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysislistmodel.h"

AnalysisListModel::AnalysisListModel(QList<QByteArray> roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
{
}

void AnalysisListModel::setRows(QList<QVariantMap> rows)
{
    if (rows.size() == m_rows.size()) {
        // Same rows, new values: dataChanged keeps the delegates (and a field being typed in keeps its focus).
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i] == m_rows[i])
                continue;
            m_rows[i] = std::move(rows[i]);
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

int AnalysisListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AnalysisListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = role == Qt::DisplayRole ? 0 : role - Qt::UserRole - 1;
    if (r < 0 || r >= m_roles.size())
        return {};
    return m_rows[index.row()].value(QString::fromLatin1(m_roles[r]));
}

QHash<int, QByteArray> AnalysisListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles[i]);
    return names;
}

QVariant AnalysisListModel::get(int row, const QString &roleName) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows[row].value(roleName);
}
