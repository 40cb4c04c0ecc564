// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "venueranking.h"

#include <QAbstractTableModel>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

/** The venue library as a sortable table: name, city, then one column per fact (attributes, then costs).
 *  Unknown facts show as unknown, never as 0; every cell carries its source and as-of date. */
class VenueTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by VenueLibraryController")
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    enum Roles {
        SourceRole = Qt::UserRole + 1, ///< URL of the fact's source ("" when none)
        AsOfRole,                      ///< as-of date of the fact
        UnknownRole,                   ///< true when the fact is unknown
        EstimateRole,                  ///< true when the value is an estimate
        NoteRole,                      ///< basis of an estimate, or a note
        SortValueRole,                 ///< number or string used for sorting
        StatusRole,                    ///< "ranked", "excluded" or "competitor"
        UnsourcedRole,                 ///< true when a known value has no source or no as-of date (vb::Fact::missing)
    };
    Q_ENUM(Roles)

    explicit VenueTableModel(QObject *parent = nullptr);

    /** Points the model at a project (not owned) and its ranking; resets the model. */
    /** Shows the venues of project with their place in ranking. reset false (a weight or method change: the same
     *  venues and facts) updates the ranks in place: dataChanged, or a re-sort when the table is sorted by rank. */
    void setProject(const vb::Project *project, const vb::VenueRanking *ranking, vb::Lang lang, bool reset = true);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /** Sorts rows by a column; unknown values always sort last. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /** Sorts by column, toggling the order when it is already the sort column. */
    Q_INVOKABLE void toggleSort(int column);
    /** Venue id of a row. */
    Q_INVOKABLE [[nodiscard]] QString venueId(int row) const;
    /** Venue name of a row in the UI language, as the table shows it (a person never reads the id). */
    Q_INVOKABLE [[nodiscard]] QString venueName(int row) const;
    /** Header text of a column (for QML header delegates). */
    Q_INVOKABLE [[nodiscard]] QString columnTitle(int column) const;

    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] bool sortAscending() const { return m_sortAscending; }

Q_SIGNALS:
    void sortChanged();

private:
    struct Column {
        std::string id;
        bool cost = false;
    };
    [[nodiscard]] const vb::Fact *fact(int row, int column) const;
    [[nodiscard]] QVariant sortValue(int row, int column) const;
    [[nodiscard]] QString status(std::size_t venue) const;
    /** m_rankOf from the ranking: one look-up per cell instead of a search of the ranking. */
    void updateRanks();

    const vb::Project *m_project = nullptr;
    const vb::VenueRanking *m_ranking = nullptr;
    vb::Lang m_lang = vb::Lang::En;
    std::vector<Column> m_columns; ///< fact columns (after name and city)
    std::vector<std::size_t> m_rows; ///< venue indices in display order
    std::vector<int> m_rankOf;       ///< per venue index: its rank (≥ 1), kExcluded or kCompetitor
    static constexpr int kExcluded = 0, kCompetitor = -1;
    int m_sortColumn = -1;
    bool m_sortAscending = true;
};
