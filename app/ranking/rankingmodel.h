// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "venueranking.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** The ranked venues, best first, with each score split into per-criterion contributions. */
class RankingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RankingController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        RankRole = Qt::UserRole + 1, ///< 1 = best; ties share the smallest rank
        VenueIdRole,
        NameRole,
        CityRole,
        ScoreRole,         ///< weighted-sum score in [0, 1]
        ScoreTextRole,     ///< score with 4 decimals, as the CLI prints it
        ContributionsRole, ///< list of wⱼ rᵢⱼ per criterion (sums to score)
        ImputedRole,       ///< names of criteria whose unknown value was replaced by the worst known
        WarningsRole,      ///< soft requirement issues, one sentence each
        BarRole,           ///< score mapped to [0, 1] for a bar, 1 = best (VIKOR 1 − Q, PROMETHEE II (φ + 1)/2)
        NotesRole,         ///< the imputed criteria and the warnings as the page shows them, in the UI language's separators
    };
    Q_ENUM(Roles)

    explicit RankingModel(QObject *parent = nullptr);
    /** Shows ranking (of project, in lang). reset: a new project or edit, the rows start over. Otherwise (a weight or
     *  method change: the same venues, in a new order) the rows that stay update in place with dataChanged, so that
     *  the view keeps its delegates and scroll position and updates only the rows in sight. */
    void setProject(const vb::Project *project, const vb::VenueRanking *ranking, vb::Lang lang, bool reset = true);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }
    /** Role value of a row by role name, for QML tests and delegates outside views. */
    Q_INVOKABLE [[nodiscard]] QVariant get(int row, const QString &roleName) const;

Q_SIGNALS:
    void countChanged();

private:
    const vb::Project *m_project = nullptr;
    const vb::VenueRanking *m_ranking = nullptr;
    int m_count = 0; ///< rows the view was last told of (the ranking itself may already be new)
    vb::Lang m_lang = vb::Lang::En;
};
