// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgettablemodel.h"
#include "numbers.h"

#include <QCoreApplication>

namespace {
enum TotalId { LinesBeforeTax, Contingency, ManagementFee, BeforeTax, Tax, Total, TotalCount };
}

BudgetTableModel::BudgetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BudgetTableModel::setBudget(const vb::Budget *budget, const vb::BudgetSummary *summary, vb::Lang lang)
{
    beginResetModel();
    m_budget = budget;
    m_summary = summary;
    m_lang = lang;
    m_rows.clear();
    if (m_budget && m_summary) {
        for (int c = 0; c < vb::kCategoryCount; ++c) {
            bool any = false;
            for (std::size_t i = 0; i < m_budget->lines.size(); ++i)
                if (static_cast<int>(m_budget->lines[i].category) == c) {
                    m_rows.push_back({Row::Line, static_cast<int>(i)});
                    any = true;
                }
            if (any)
                m_rows.push_back({Row::Subtotal, c});
        }
        for (int t = 0; t < TotalCount; ++t)
            m_rows.push_back({Row::Total, t});
    }
    endResetModel();
}

void BudgetTableModel::amountsChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

vb::Money BudgetTableModel::amount(const Row &r, int format) const
{
    const auto &fb = m_summary->formats[static_cast<std::size_t>(format)].likely;
    switch (r.kind) {
    case Row::Line:
        return fb.lines[static_cast<std::size_t>(r.index)].beforeTax();
    case Row::Subtotal:
        return fb.categories[static_cast<std::size_t>(r.index)].beforeTax();
    case Row::Total:
        switch (r.index) {
        case LinesBeforeTax: return fb.costs.subtotal + fb.costs.serviceCharge;
        case Contingency: return fb.costs.contingency;
        case ManagementFee: return fb.costs.managementFee;
        case BeforeTax: return fb.costs.beforeTax();
        case Tax: return fb.costs.tax;
        case Total: return fb.costs.total;
        }
    }
    return 0;
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    switch (role) {
    case KindRole:
        return r.kind == Row::Line ? QStringLiteral("line") : r.kind == Row::Subtotal ? QStringLiteral("subtotal") : QStringLiteral("total");
    case EditableRole:
        return r.kind == Row::Line && (col == UnitCostColumn || col == QuantityColumn);
    case LineRole:
        return r.kind == Row::Line ? r.index : -1;
    case AmountRole:
        return col >= OnsiteColumn ? QVariant(static_cast<qlonglong>(amount(r, col - OnsiteColumn))) : QVariant();
    case Qt::EditRole:
        if (r.kind == Row::Line && col == UnitCostColumn)
            return static_cast<double>(m_budget->lines[static_cast<std::size_t>(r.index)].unitCostCents) / 100.0;
        if (r.kind == Row::Line && col == QuantityColumn)
            return static_cast<double>(m_budget->lines[static_cast<std::size_t>(r.index)].quantityHundredths) / 100.0;
        [[fallthrough]];
    case Qt::DisplayRole: {
        if (col >= OnsiteColumn) {
            if (r.kind == Row::Line && !m_summary->formats[static_cast<std::size_t>(col - OnsiteColumn)].likely.included[static_cast<std::size_t>(r.index)])
                return QStringLiteral("–");
            return QString::fromStdString(vb::groupThousands(amount(r, col - OnsiteColumn)));
        }
        if (r.kind == Row::Subtotal)
            return col == ItemColumn ? QString::fromStdString(vb::categoryName(static_cast<vb::CostCategory>(r.index), m_lang)) : QString();
        if (r.kind == Row::Total) {
            if (col != ItemColumn)
                return QString();
            static const char *const kTitles[] = {QT_TRANSLATE_NOOP("BudgetTableModel", "Lines, excl. tax (未稅)"),
                                                  QT_TRANSLATE_NOOP("BudgetTableModel", "Contingency"),
                                                  QT_TRANSLATE_NOOP("BudgetTableModel", "Management fee"),
                                                  QT_TRANSLATE_NOOP("BudgetTableModel", "Total excl. tax (未稅)"),
                                                  QT_TRANSLATE_NOOP("BudgetTableModel", "Business tax"),
                                                  QT_TRANSLATE_NOOP("BudgetTableModel", "Total incl. tax (含稅)")};
            return QCoreApplication::translate("BudgetTableModel", kTitles[r.index]);
        }
        const auto &l = m_budget->lines[static_cast<std::size_t>(r.index)];
        switch (col) {
        case ItemColumn: return QString::fromStdString(l.description.get(m_lang));
        case UnitCostColumn: return QString::fromStdString(vb::formatGroupedHundredths(l.unitCostCents));
        case CurrencyColumn: return QString::fromStdString(l.currency);
        case BasisColumn: return QString::fromStdString(vb::basisName(l.basis, m_lang));
        case QuantityColumn: return QString::fromStdString(vb::formatGroupedHundredths(l.quantityHundredths));
        }
        return {};
    }
    default:
        return {};
    }
}

bool BudgetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable) || !m_editor)
        return false;
    bool ok = false;
    const double v = value.toString().remove(QLatin1Char(',')).toDouble(&ok);
    if (!ok)
        return false;
    return m_editor(m_rows[static_cast<std::size_t>(index.row())].index, index.column(), v);
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (data(index, EditableRole).toBool())
        f |= Qt::ItemIsEditable;
    return f;
}

QString BudgetTableModel::columnTitle(int column) const
{
    switch (column) {
    case ItemColumn: return tr("Item");
    case UnitCostColumn: return tr("Unit cost");
    case CurrencyColumn: return tr("Currency");
    case BasisColumn: return tr("Basis");
    case QuantityColumn: return tr("Quantity");
    case OnsiteColumn: return tr("On-site (TWD)");
    case HybridColumn: return tr("Hybrid (TWD)");
    case OnlineColumn: return tr("Online (TWD)");
    }
    return {};
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < ColumnCount ? QVariant(columnTitle(section)) : QVariant();
    return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
}

QHash<int, QByteArray> BudgetTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {Qt::EditRole, "edit"}, {KindRole, "kind"}, {EditableRole, "editable"}, {LineRole, "line"}, {AmountRole, "amount"}};
}
