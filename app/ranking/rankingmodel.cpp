// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingmodel.h"
#include "venueranking.h"

#include "conversions.h"

#include <QVariantList>

using namespace vb::app;

RankingModel::RankingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RankingModel::setProject(const vb::Project *project, const vb::VenueRanking *ranking, vb::Lang lang, bool reset)
{
    const int before = m_count;
    const int after = project && ranking ? static_cast<int>(ranking->ranked.size()) : 0;
    if (!reset && m_project == project && m_ranking == ranking && m_lang == lang && before == after) {
        if (after > 0)
            Q_EMIT dataChanged(index(0), index(after - 1));
        return;
    }
    beginResetModel();
    m_project = project;
    m_ranking = ranking;
    m_lang = lang;
    m_count = after;
    endResetModel();
    if (before != after)
        Q_EMIT countChanged();
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = m_ranking->ranked[static_cast<std::size_t>(index.row())];
    const auto &v = m_project->venues[r.venue];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return qs(v.name, m_lang);
    case RankRole:
        return r.rank;
    case VenueIdRole:
        return qs(v.id);
    case CityRole:
        return qs(v.city, m_lang);
    case ScoreRole:
        return r.score;
    case BarRole:
        switch (m_ranking->method) {
        case vb::mcda::Method::VIKOR: return 1.0 - r.score;
        case vb::mcda::Method::PROMETHEE2: return (r.score + 1.0) / 2.0;
        default: return r.score;
        }
    case ScoreTextRole:
        return qs(vb::scoreText(m_ranking->method, r.score)); // as venuebid-cli rank prints it
    case ContributionsRole: {
        QVariantList l;
        for (double c : r.contributions)
            l << c;
        return l;
    }
    case ImputedRole: {
        QStringList names;
        for (const auto &id : r.imputedCriteria)
            if (const auto *c = m_project->criterion(id))
                names << qs(c->name, m_lang);
        return names;
    }
    case WarningsRole: {
        QStringList w;
        for (const auto &issue : r.warnings)
            w << QString::fromStdString(vb::describe(issue, m_lang));
        return w;
    }
    case NotesRole: {
        // "⚠ unknown: A, B" over "sentence; sentence": in zh-TW 、 between names and ； between sentences (the
        // translation of the separators), never the English ", " and "; " inside Chinese text.
        QStringList lines;
        if (const QStringList names = data(index, ImputedRole).toStringList(); !names.isEmpty())
            lines << QStringLiteral("⚠ ") + tr("unknown: %1").arg(names.join(tr(", ")));
        if (const QStringList w = data(index, WarningsRole).toStringList(); !w.isEmpty())
            lines << w.join(tr("; ", "between sentences"));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> RankingModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {RankRole, "rank"},
        {VenueIdRole, "venueId"},
        {NameRole, "name"},
        {CityRole, "city"},
        {ScoreRole, "score"},
        {ScoreTextRole, "scoreText"},
        {ContributionsRole, "contributions"},
        {ImputedRole, "imputed"},
        {WarningsRole, "warnings"},
        {BarRole, "bar"},
        {NotesRole, "notes"},
    };
}

QVariant RankingModel::get(int row, const QString &roleName) const
{
    const auto names = roleNames();
    const int role = names.key(roleName.toUtf8(), -1);
    if (role < 0 || row < 0 || row >= rowCount())
        return {};
    return data(index(row), role);
}
