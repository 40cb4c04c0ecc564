// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodcomparison.h"
#include "project.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

/**
 * Where the scoring methods agree (the ranking page's third tab): one row per ranked venue with its rank under each
 * method, the numbers of `venuebid-cli compare` (vb::compareMethods). A list model, so that the table creates only
 * the rows in sight; RankingController fills it while the tab is shown and empties it otherwise.
 */
class ComparisonModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RankingController")
    Q_PROPERTY(int count READ count NOTIFY changed)
    /** The methods compared, in column order, as the CLI names them ("wsm", "topsis", ...). */
    Q_PROPERTY(QStringList methods READ methods NOTIFY changed)
    /** False until the comparison is computed (and again after clear()). */
    Q_PROPERTY(bool computed READ computed NOTIFY changed)
    /** Every method ranks the same venue first. */
    Q_PROPERTY(bool sameWinner READ sameWinner NOTIFY changed)

public:
    enum Roles {
        VenueIdRole = Qt::UserRole + 1,
        NameRole,
        RanksRole,     ///< list of int: the venue's rank under each method, in the order of `methods`
        UnanimousRole, ///< every method gives the venue the same rank
    };
    Q_ENUM(Roles)

    explicit ComparisonModel(QObject *parent = nullptr);
    /** Shows comparison c of project p (names in lang; copied, so that a later edit of the project cannot leave the
     *  model pointing at venues that are gone). */
    void set(const vb::Project &p, vb::MethodComparison c, vb::Lang lang);
    /** Empties the model (the tab is hidden, or no project is open). */
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] QStringList methods() const { return m_methods; }
    [[nodiscard]] bool computed() const { return m_computed; }
    [[nodiscard]] bool sameWinner() const { return m_comparison.sameWinner(); }
    /** Kendall's τ-b between the rankings of methods a and b (the column order), 1 when out of range. */
    Q_INVOKABLE [[nodiscard]] double tau(int a, int b) const;

Q_SIGNALS:
    void changed();

private:
    vb::MethodComparison m_comparison;
    std::vector<QString> m_ids;
    std::vector<QString> m_names;
    QStringList m_methods;
    bool m_computed = false;
};
