// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include "conversions.h"
#include "venueranking.h"

using namespace vb::app;

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ComparisonModel::set(const vb::Project &p, vb::MethodComparison c, vb::Lang lang)
{
    beginResetModel();
    m_comparison = std::move(c);
    m_ids.clear();
    m_names.clear();
    m_ids.reserve(m_comparison.venues.size());
    m_names.reserve(m_comparison.venues.size());
    for (auto v : m_comparison.venues) {
        m_ids.push_back(v < p.venues.size() ? qs(p.venues[v].id) : QString());
        m_names.push_back(v < p.venues.size() ? qs(p.venues[v].name, lang) : QString());
    }
    m_methods.clear();
    for (auto m : m_comparison.methods)
        m_methods << QString::fromUtf8(vb::methodShortName(m)); // "PROMETHEE II", not the option code
    m_computed = true;
    endResetModel();
    Q_EMIT changed();
}

void ComparisonModel::clear()
{
    if (!m_computed && m_names.empty())
        return;
    beginResetModel();
    m_comparison = {};
    m_ids.clear();
    m_names.clear();
    m_methods.clear();
    m_computed = false;
    endResetModel();
    Q_EMIT changed();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return m_names[row];
    case VenueIdRole:
        return m_ids[row];
    case RanksRole: {
        QVariantList ranks;
        for (int r : m_comparison.ranks[row])
            ranks << r;
        return ranks;
    }
    case UnanimousRole:
        return static_cast<bool>(m_comparison.unanimous[row]);
    default:
        return {};
    }
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {VenueIdRole, "venueId"}, {NameRole, "name"}, {RanksRole, "ranks"}, {UnanimousRole, "unanimous"}};
}

double ComparisonModel::tau(int a, int b) const
{
    const auto &t = m_comparison.tau;
    if (a < 0 || b < 0 || static_cast<std::size_t>(a) >= t.size() || static_cast<std::size_t>(b) >= t[static_cast<std::size_t>(a)].size())
        return 1.0;
    return t[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
}
