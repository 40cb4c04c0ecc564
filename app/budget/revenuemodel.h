// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"
#include "budgetcalc.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** The client revenue estimate: one row per revenue item with its count and amount per format. */
class RevenueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by BudgetController")

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TypeRole,       ///< type name in the UI language
        UnitAmountRole, ///< "5,000 TWD"
        CountsRole,     ///< per format (on-site, hybrid, online): count, "" when the item does not apply
        AmountsRole,    ///< per format: amount in TWD as text
    };
    Q_ENUM(Roles)

    explicit RevenueModel(QObject *parent = nullptr);
    void setBudget(const vb::Budget *budget, const vb::BudgetSummary *summary, vb::Lang lang);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    const vb::Budget *m_budget = nullptr;
    const vb::BudgetSummary *m_summary = nullptr;
    vb::Lang m_lang = vb::Lang::En;
};
