// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

/** The project's criteria with their weights as percentages of the total. */
class CriteriaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RankingController")

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DirectionRole, ///< "benefit" or "cost"
        UnitRole,
        WeightRole,    ///< weight as stored in the file
        PercentRole,   ///< weight / Σ weights × 100
    };
    Q_ENUM(Roles)

    explicit CriteriaModel(QObject *parent = nullptr);
    void setProject(const vb::Project *project, const std::vector<double> *normalizedWeights, vb::Lang lang);
    /** The weights changed (same criteria): dataChanged on every row, no reset, so delegates survive a drag. */
    void weightsChanged();
    /** Weight of row as a percentage of the total (for tests and summaries). */
    Q_INVOKABLE [[nodiscard]] double percentAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    const vb::Project *m_project = nullptr;
    const std::vector<double> *m_weights = nullptr;
    vb::Lang m_lang = vb::Lang::En;
};
