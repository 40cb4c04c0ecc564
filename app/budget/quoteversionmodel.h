// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"
#include "project.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** The quote versions v1, v2, … with their terms, totals and what changed from the previous version. */
class QuoteVersionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by BudgetController")
    /** The number of versions, for bindings ("No quote versions yet"): rowCount() is not a property a binding sees. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        VersionRole = Qt::UserRole + 1,
        IssuedRole,
        FormatRole,      ///< format name
        TermsRole,       ///< "markup 12 % · discount 2 % · valid until 2027-05-31"
        BeforeTaxRole,   ///< quote total excl. tax, from the current budget
        TaxRole,
        TotalRole,       ///< incl. tax
        ChangedRole,     ///< the budget changed since the version was issued
        ChangesRole,     ///< list of sentences
        PaymentTermsRole,
    };
    Q_ENUM(Roles)

    explicit QuoteVersionModel(QObject *parent = nullptr);
    void setBudget(const vb::Project *project, const vb::Budget *budget, vb::Lang lang);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    const vb::Project *m_project = nullptr;
    const vb::Budget *m_budget = nullptr;
    vb::Lang m_lang = vb::Lang::En;
};
