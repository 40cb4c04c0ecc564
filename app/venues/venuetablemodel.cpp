// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuetablemodel.h"
#include "numbers.h"

#include "conversions.h"
#include "factlabel.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

using namespace vb::app;

namespace {
constexpr int kFixedColumns = 3; // name, city, status
}

VenueTableModel::VenueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VenueTableModel::updateRanks()
{
    m_rankOf.assign(m_project ? m_project->venues.size() : 0, kCompetitor);
    if (!m_ranking)
        return;
    for (const auto &r : m_ranking->ranked)
        if (r.venue < m_rankOf.size())
            m_rankOf[r.venue] = r.rank;
    for (const auto &e : m_ranking->excluded)
        if (e.venue < m_rankOf.size())
            m_rankOf[e.venue] = kExcluded;
}

void VenueTableModel::setProject(const vb::Project *project, const vb::VenueRanking *ranking, vb::Lang lang, bool reset)
{
    if (!reset && project && project == m_project && ranking == m_ranking && lang == m_lang && m_rows.size() == project->venues.size()) {
        updateRanks();
        if (m_sortColumn == 2) {
            sort(m_sortColumn, m_sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder);
        } else if (!m_rows.empty()) {
            const int column = 2; // only the rank column follows the weights
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
        }
        return;
    }
    beginResetModel();
    m_project = project;
    m_ranking = ranking;
    m_lang = lang;
    m_columns.clear();
    m_rows.clear();
    if (m_project) {
        auto addColumn = [this](const std::string &id, bool cost) {
            const bool seen = std::any_of(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.id == id && c.cost == cost; });
            if (!seen)
                m_columns.push_back({id, cost});
        };
        for (const auto &v : m_project->venues)
            for (const auto &kv : v.attributes)
                addColumn(kv.first, false);
        for (const auto &v : m_project->venues)
            for (const auto &kv : v.costs)
                addColumn(kv.first, true);
        m_rows.resize(m_project->venues.size());
        std::iota(m_rows.begin(), m_rows.end(), 0);
    }
    updateRanks();
    endResetModel();
    if (m_sortColumn >= 0 && m_sortColumn < columnCount())
        sort(m_sortColumn, m_sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder);
}

int VenueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VenueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : kFixedColumns + static_cast<int>(m_columns.size());
}

const vb::Fact *VenueTableModel::fact(int row, int column) const
{
    if (column < kFixedColumns || column - kFixedColumns >= static_cast<int>(m_columns.size()))
        return nullptr;
    const auto &v = m_project->venues[m_rows[static_cast<std::size_t>(row)]];
    const auto &c = m_columns[static_cast<std::size_t>(column - kFixedColumns)];
    return c.cost ? v.cost(c.id) : v.attribute(c.id);
}

QString VenueTableModel::status(std::size_t venue) const
{
    if (!m_ranking || venue >= m_rankOf.size())
        return {};
    const int rank = m_rankOf[venue];
    return rank > 0 ? QStringLiteral("ranked") : rank == kExcluded ? QStringLiteral("excluded") : QStringLiteral("competitor");
}

QVariant VenueTableModel::sortValue(int row, int column) const
{
    const auto &v = m_project->venues[m_rows[static_cast<std::size_t>(row)]];
    if (column == 0)
        return qs(v.name, m_lang);
    if (column == 1)
        return qs(v.city, m_lang);
    if (column == 2) {
        const std::size_t venue = m_rows[static_cast<std::size_t>(row)];
        return venue < m_rankOf.size() && m_rankOf[venue] > 0 ? QVariant(m_rankOf[venue]) : QVariant();
    }
    const auto *f = fact(row, column);
    if (!f || !f->value)
        return {};
    if (f->currency.empty())
        return *f->value;
    const auto rate = m_project->rateToBase(f->currency);
    return rate ? QVariant(*f->value * *rate) : QVariant();
}

QVariant VenueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_project)
        return {};
    const int row = index.row();
    const int col = index.column();
    const std::size_t venueIndex = m_rows[static_cast<std::size_t>(row)];
    const auto &v = m_project->venues[venueIndex];
    const auto *f = fact(row, col);
    switch (role) {
    case Qt::DisplayRole:
        if (col == 0)
            return qs(v.name, m_lang);
        if (col == 1)
            return qs(v.city, m_lang) + QStringLiteral(" (") + qs(v.country) + QLatin1Char(')');
        if (col == 2) {
            const QString st = status(venueIndex);
            if (st == QLatin1String("ranked"))
                return QCoreApplication::translate("VenueTableModel", "#%1").arg(sortValue(row, col).toInt());
            if (st == QLatin1String("excluded"))
                return QCoreApplication::translate("VenueTableModel", "excluded");
            return QCoreApplication::translate("VenueTableModel", "competitor");
        }
        if (!f || !f->value)
            return QCoreApplication::translate("VenueTableModel", "unknown");
        return QString::fromStdString((f->currency.empty() ? std::string() : f->currency + " ") + vb::formatGrouped(*f->value))
            + (f->estimate ? QCoreApplication::translate("VenueTableModel", " (est.)") : QString());
    case SourceRole:
        return f && f->source ? qs(*f->source) : QString();
    case AsOfRole:
        return f && f->asOf ? qs(*f->asOf) : QString();
    case UnknownRole:
        return col >= kFixedColumns && (!f || !f->value);
    case EstimateRole:
        return f && f->estimate;
    case NoteRole: {
        if (!f)
            return QString();
        QStringList parts;
        if (const auto &basis = f->basisFor(m_lang == vb::Lang::ZhTW))
            parts << qs(*basis);
        if (f->note)
            parts << qs(*f->note);
        return parts.join(QStringLiteral(" · "));
    }
    case SortValueRole:
        return sortValue(row, col);
    case StatusRole:
        return status(venueIndex);
    case UnsourcedRole:
        return f && f->unsourced();
    default:
        return {};
    }
}

QVariant VenueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnTitle(section);
}

QString VenueTableModel::columnTitle(int column) const
{
    if (!m_project || column < 0 || column >= columnCount())
        return {};
    if (column == 0)
        return QCoreApplication::translate("VenueTableModel", "Venue");
    if (column == 1)
        return QCoreApplication::translate("VenueTableModel", "City");
    if (column == 2)
        return QCoreApplication::translate("VenueTableModel", "Rank");
    const auto &c = m_columns[static_cast<std::size_t>(column - kFixedColumns)];
    return QString::fromStdString(vb::factLabel(*m_project, c.id, m_lang));
}

QHash<int, QByteArray> VenueTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SourceRole, "source");
    names.insert(AsOfRole, "asOf");
    names.insert(UnknownRole, "unknown");
    names.insert(EstimateRole, "estimate");
    names.insert(NoteRole, "note");
    names.insert(SortValueRole, "sortValue");
    names.insert(StatusRole, "status");
    names.insert(UnsourcedRole, "unsourced");
    return names;
}

void VenueTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_project || column < 0 || column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::size_t> oldRows = m_rows;
    // Precompute keys against the current order, then sort positions.
    std::vector<QVariant> keys(m_rows.size());
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        keys[r] = sortValue(static_cast<int>(r), column);
    std::vector<std::size_t> pos(m_rows.size());
    std::iota(pos.begin(), pos.end(), 0);
    const bool asc = order == Qt::AscendingOrder;
    std::stable_sort(pos.begin(), pos.end(), [&](std::size_t a, std::size_t b) {
        const QVariant &ka = keys[a], &kb = keys[b];
        if (!ka.isValid() || !kb.isValid())
            return ka.isValid() && !kb.isValid(); // unknown last, whatever the order
        const auto cmp = QVariant::compare(ka, kb);
        return asc ? cmp < 0 : cmp > 0;
    });
    for (std::size_t r = 0; r < pos.size(); ++r)
        m_rows[r] = oldRows[pos[r]];
    std::vector<int> newRowOf(pos.size());
    for (std::size_t r = 0; r < pos.size(); ++r)
        newRowOf[pos[r]] = static_cast<int>(r);
    QModelIndexList after;
    for (const auto &idx : before)
        after << index(newRowOf[static_cast<std::size_t>(idx.row())], idx.column());
    changePersistentIndexList(before, after);
    m_sortColumn = column;
    m_sortAscending = asc;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortChanged();
}

void VenueTableModel::toggleSort(int column)
{
    const bool asc = column == m_sortColumn ? !m_sortAscending : true;
    sort(column, asc ? Qt::AscendingOrder : Qt::DescendingOrder);
}

QString VenueTableModel::venueName(int row) const
{
    if (!m_project || row < 0 || row >= rowCount())
        return {};
    return qs(m_project->venues[m_rows[static_cast<std::size_t>(row)]].name, m_lang);
}

QString VenueTableModel::venueId(int row) const
{
    if (!m_project || row < 0 || row >= rowCount())
        return {};
    return qs(m_project->venues[m_rows[static_cast<std::size_t>(row)]].id);
}
