// SPDX-License-Identifier: GPL-3.0-or-later
#include "revenuemodel.h"
#include "numbers.h"

#include <QStringList>

RevenueModel::RevenueModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RevenueModel::setBudget(const vb::Budget *budget, const vb::BudgetSummary *summary, vb::Lang lang)
{
    beginResetModel();
    m_budget = budget;
    m_summary = summary;
    m_lang = lang;
    endResetModel();
}

int RevenueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_budget || !m_summary ? 0 : static_cast<int>(m_budget->revenue.size());
}

QVariant RevenueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto i = static_cast<std::size_t>(index.row());
    const auto &it = m_budget->revenue[i];
    switch (role) {
    case IdRole: return QString::fromStdString(it.id);
    case Qt::DisplayRole:
    case NameRole: return QString::fromStdString(it.name.get(m_lang));
    case TypeRole: return QString::fromStdString(vb::revenueTypeName(it.type, m_lang));
    case UnitAmountRole: return QString::fromStdString(vb::groupThousands(it.amount) + " " + it.currency);
    case CountsRole:
    case AmountsRole: {
        QStringList out;
        for (auto f : vb::kAllFormats) {
            const auto &fb = m_summary->formats[static_cast<int>(f)].likely;
            if (!vb::appliesTo(it.formats, f))
                out << QStringLiteral("–");
            else
                out << QString::fromStdString(vb::groupThousands(role == CountsRole ? fb.revenueCounts[i] : fb.revenueAmounts[i]));
        }
        return out;
    }
    default: return {};
    }
}

QHash<int, QByteArray> RevenueModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "itemId"}, {NameRole, "name"}, {TypeRole, "typeName"},
            {UnitAmountRole, "unitAmount"}, {CountsRole, "counts"}, {AmountsRole, "amounts"}};
}
