// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** A list of rows with named roles, filled by a controller: each row is a QVariantMap whose keys
 *  are the role names. Every number is already formatted the way venuebid-cli prints it. */
class AnalysisListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit AnalysisListModel(QList<QByteArray> roles, QObject *parent = nullptr);
    /** Replaces every row: a model reset when the number of rows changes, else dataChanged on the rows that differ
     *  (delegates stay, so a text field being edited keeps its focus and cursor). */
    void setRows(QList<QVariantMap> rows);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }
    /** Role value of a row by role name, for QML tests and delegates outside views. */
    Q_INVOKABLE [[nodiscard]] QVariant get(int row, const QString &roleName) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};
