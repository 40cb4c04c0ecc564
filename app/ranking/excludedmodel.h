// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "venueranking.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** Venues that fail a must-have requirement, each with its reasons ("plenary seats 1,000 < 1,500 required"). */
class ExcludedModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RankingController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        VenueIdRole = Qt::UserRole + 1,
        NameRole,
        CityRole,
        ReasonsRole, ///< list of sentences in the current language
        ReasonsTextRole, ///< those sentences joined by the UI language's separator ("; ", zh-TW "；")
    };
    Q_ENUM(Roles)

    explicit ExcludedModel(QObject *parent = nullptr);
    /** Shows ranking (of project, in lang). reset: a new project or edit, the rows start over. Otherwise (a weight or
     *  method change: the same venues, in a new order) the rows that stay update in place with dataChanged, so that
     *  the view keeps its delegates and scroll position and updates only the rows in sight. */
    void setProject(const vb::Project *project, const vb::VenueRanking *ranking, vb::Lang lang, bool reset = true);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();

private:
    const vb::Project *m_project = nullptr;
    const vb::VenueRanking *m_ranking = nullptr;
    int m_count = 0; ///< rows the view was last told of (the ranking itself may already be new)
    vb::Lang m_lang = vb::Lang::En;
};
