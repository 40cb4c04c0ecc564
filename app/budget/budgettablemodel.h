// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"
#include "budgetcalc.h"

#include <QAbstractTableModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

/** The budget side by side: lines grouped by category with a subtotal row per category, then the total rows.
 *  Columns: item, unit cost, currency, basis, quantity, then 未稅 amount on-site, hybrid, online. */
class BudgetTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by BudgetController")

public:
    enum Columns { ItemColumn, UnitCostColumn, CurrencyColumn, BasisColumn, QuantityColumn, OnsiteColumn, HybridColumn, OnlineColumn, ColumnCount };
    enum Roles {
        KindRole = Qt::UserRole + 1, ///< "line", "subtotal" or "total"
        EditableRole,                ///< quantity and unit cost of a line
        LineRole,                    ///< index of the line in the budget, -1 for other rows
        AmountRole,                  ///< the amount as an integer (format columns), for tests
    };
    Q_ENUM(Roles)

    explicit BudgetTableModel(QObject *parent = nullptr);
    /** Rebuilds the rows (reset). */
    void setBudget(const vb::Budget *budget, const vb::BudgetSummary *summary, vb::Lang lang);
    /** Same rows, new numbers (after an edit): dataChanged, no reset, so the edited cell keeps focus. */
    void amountsChanged();
    /** Where edits go (the controller). */
    void setEditor(std::function<bool(int line, int column, double value)> editor) { m_editor = std::move(editor); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /** Header of a column, for the QML header row. */
    Q_INVOKABLE [[nodiscard]] QString columnTitle(int column) const;

private:
    struct Row {
        enum Kind { Line, Subtotal, Total } kind;
        int index; ///< line index, category, or total id
    };
    [[nodiscard]] vb::Money amount(const Row &r, int format) const;

    const vb::Budget *m_budget = nullptr;
    const vb::BudgetSummary *m_summary = nullptr;
    vb::Lang m_lang = vb::Lang::En;
    std::vector<Row> m_rows;
    std::function<bool(int, int, double)> m_editor;
};
