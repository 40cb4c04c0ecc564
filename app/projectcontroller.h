// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"
#include "criteriamodel.h"
#include "excludedmodel.h"
#include "project.h"
#include "projectedit.h"
#include "rankingmodel.h"
#include "venueranking.h"
#include "venuetablemodel.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

/** The open project: loading, saving and the derived ranking, exposed to QML. Owns the list models. */
class ProjectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ loaded NOTIFY projectChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY projectChanged)
    /** True when the project has a file to save to (false for a new project until Save As). */
    Q_PROPERTY(bool hasFile READ hasFile NOTIFY projectChanged)
    /** Where file dialogs start: the project's folder, or the home folder for a new project. */
    Q_PROPERTY(QUrl folderUrl READ folderUrl NOTIFY projectChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY projectChanged)
    Q_PROPERTY(QString title READ title NOTIFY projectChanged)
    Q_PROPERTY(QString client READ client NOTIFY projectChanged)
    Q_PROPERTY(QString dates READ dates NOTIFY projectChanged)
    Q_PROPERTY(int days READ days NOTIFY projectChanged)
    Q_PROPERTY(int attendance READ attendance NOTIFY projectChanged)
    /** Requirement rows for the overview: each {label, value, mustHave}. */
    Q_PROPERTY(QVariantList requirements READ requirements NOTIFY projectChanged)
    Q_PROPERTY(int venueCount READ venueCount NOTIFY projectChanged)
    Q_PROPERTY(int competitorCount READ competitorCount NOTIFY projectChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY projectChanged)
    Q_PROPERTY(VenueTableModel *venues READ venues CONSTANT)
    Q_PROPERTY(RankingModel *ranking READ ranking CONSTANT)
    Q_PROPERTY(ExcludedModel *excluded READ excluded CONSTANT)
    Q_PROPERTY(CriteriaModel *criteria READ criteria CONSTANT)
    /** Scoring method of the ranking: "wsm", "wpm", "topsis", "vikor" or "promethee2" (venuebid-cli rank --method). */
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY methodChanged)
    /** True when the method's scores are better when lower (VIKOR Q). */
    Q_PROPERTY(bool lowerScoreWins READ lowerScoreWins NOTIFY methodChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY historyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)

public:
    /** Not default-constructible on purpose: Qt 6.4 prefers a default constructor over create() for singletons. */
    explicit ProjectController(QObject *parent);
    ~ProjectController() override;
    static ProjectController *create(QQmlEngine *, QJSEngine *);
    /** Sets the instance QML gets (main owns it); when unset, create() makes one. */
    static void setInstance(ProjectController *instance);

    /** Opens a project file (path or file:// URL). On failure the current project stays and loadFailed is emitted. */
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    /** Starts a new, unsaved project from spec: {title, client, startDate, endDate, attendance} (texts in the UI
     *  language, the same text is used for the other language until it is edited). Returns "" or the problems, one
     *  per line in words; the current project stays when there are any. */
    Q_INVOKABLE QString newProject(const QVariantMap &spec);
    /** Asks every view to store what is typed but not stored yet (flushRequested); called before save, export,
     *  page change and close, and by save() itself. */
    Q_INVOKABLE void flushEdits();
    /** Ends the current undo step: the next edit is a new step even when it would merge (focus left a field). */
    Q_INVOKABLE void closeUndoStep();
    /** A file URL in the project's folder named after the project file with suffix ("-report.pdf"), for export dialogs. */
    Q_INVOKABLE [[nodiscard]] QUrl suggestedFileUrl(const QString &suffix) const;
    /** Saves to the current file (atomic, keeps a .bak). */
    Q_INVOKABLE bool save();
    /** Saves to another file and makes it the current one. */
    Q_INVOKABLE bool saveAs(const QString &pathOrUrl);

    /** Sets criterion row to percent of the total weight; the others keep their proportions (sum stays 100).
     *  Consecutive calls for the same row merge into one undo step until endWeightChange(). Re-ranks at once. */
    Q_INVOKABLE void setWeightPercent(int row, double percent);
    /** Closes the current weight drag: the next change is a new undo step. */
    Q_INVOKABLE void endWeightChange();
    /** Sets a numeric requirement from the text the user typed ("1,500" or "1500"; empty clears an optional one),
     *  as one undo step, and re-ranks. Returns "" or why the value was refused. */
    Q_INVOKABLE QString setRequirement(const QString &key, const QString &text);
    /** Makes a requirement a must-have (hard constraint) or not; returns "" or why it was refused. */
    Q_INVOKABLE QString setMustHave(const QString &key, bool on);
    /** Replaces all weights at once (AHP or other derived weights), as one undo step named label. */
    void applyWeights(std::vector<double> weights, const std::string &label);
    /** Every method's rank of every ranked venue: {methods: [names], rows: [{name, ranks: [..], unanimous}],
     *  sameWinner, tau: [[..]]} — the numbers of `venuebid-cli compare`. Computed on call (4 rankings). */
    Q_INVOKABLE QVariantMap methodComparison() const;
    /** Writes the venue suitability report (current method and language) to a .pdf, .odt or .html file — the
     *  same document as `venuebid-cli report PROJECT --kind suitability`. Returns "" or why it failed. */
    Q_INVOKABLE QString exportSuitabilityReport(const QString &pathOrUrl);
    /** Weights in % derived from the ranked venues' data or the criteria's importance ranks: "entropy", "critic",
     *  "std", "roc", "rank_sum" or "equal" (models/mcda_weights.cpp; `venuebid-cli weights` on a matrix file). */
    Q_INVOKABLE QVariantList derivedWeights(const QString &method) const;
    /** Criteria names in importance order (most important first), for the rank-order list. */
    Q_INVOKABLE QVariantList importanceOrder() const;
    /** Moves a criterion (by its row in the criteria model) up (−1) or down (+1) in importance, as one undo step. */
    Q_INVOKABLE void moveImportance(int row, int delta);
    /** Makes derivedWeights(method) the project's weights, as one undo step. */
    Q_INVOKABLE void applyDerivedWeights(const QString &method);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    // --- Venue library: add, edit, delete and import venues; every change is one undo step ---
    /** Fields of venue `id` for the editor, keyed by the columns of docs/venue-csv.md ("plenary_seats",
     *  "plenary_seats_source" ...); for "" the empty fields of a new venue. Values are text, "" = unknown. */
    Q_INVOKABLE [[nodiscard]] QVariantMap venueFields(const QString &id) const;
    /** Adds a venue from fields. Returns the problems as "/venues/3/attributes/plenary_seats/as_of: message"
     *  and changes nothing when there are any. */
    Q_INVOKABLE QStringList addVenue(const QVariantMap &fields);
    /** Replaces venue `id` with fields (fields left out keep their value; availability is kept). Errors as addVenue. */
    Q_INVOKABLE QStringList updateVenue(const QString &id, const QVariantMap &fields);
    /** Deletes venue `id`; refused with the reasons when other sections still refer to it. */
    Q_INVOKABLE QStringList deleteVenue(const QString &id);
    /** Appends venues that were already validated (a CSV import) as one undo step. */
    bool importVenues(std::vector<vb::Venue> venues);
    /** Replaces the project's budget and revenue sections with b as one undo step (BudgetController calls it). */
    void setBudget(const vb::Budget &b);
    /** Applies change to the project's extra sections (budget, bid book, ...) as one undo step labelled label;
     *  successive edits with the same non-empty mergeKey merge into one step. Does nothing when nothing changes. */
    void editSections(const QString &label, const std::string &mergeKey, const std::function<void(vb::Project &)> &change);
    /** The language documents are written in (the UI language). */
    [[nodiscard]] vb::Lang documentLanguage() const { return lang(); }
    /** A path or file:// URL as the user reads a path (native separators), for status lines. */
    Q_INVOKABLE [[nodiscard]] static QString displayPath(const QString &pathOrUrl);
    /** Turns a path or file:// URL into a local path. */
    [[nodiscard]] static QString localPath(const QString &pathOrUrl);
    // --- end venue library ---

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool hasFile() const { return !m_filePath.isEmpty(); }
    [[nodiscard]] QUrl folderUrl() const;
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString client() const;
    [[nodiscard]] QString dates() const;
    [[nodiscard]] int days() const { return m_project.requirements.days; }
    [[nodiscard]] int attendance() const { return m_project.requirements.expectedAttendance; }
    [[nodiscard]] QVariantList requirements() const;
    [[nodiscard]] int venueCount() const { return static_cast<int>(m_project.venues.size()); }
    [[nodiscard]] int competitorCount() const;
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] VenueTableModel *venues() const { return m_venues; }
    [[nodiscard]] RankingModel *ranking() const { return m_ranking; }
    [[nodiscard]] ExcludedModel *excluded() const { return m_excluded; }
    [[nodiscard]] CriteriaModel *criteria() const { return m_criteria; }
    [[nodiscard]] const vb::Project &project() const { return m_project; }
    /** The ranking on screen, with the decision problem it scored (for sensitivity and SMAA). */
    [[nodiscard]] const vb::VenueRanking &rankingResult() const { return m_rankingResult; }
    [[nodiscard]] bool modified() const { return m_modified; }
    [[nodiscard]] QString method() const;
    void setMethod(const QString &name);
    [[nodiscard]] bool lowerScoreWins() const { return !vb::mcda::higherIsBetter(m_method); }
    [[nodiscard]] bool canUndo() const { return m_history.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_history.canRedo(); }

Q_SIGNALS:
    void projectChanged();
    /** A file could not be opened: every problem, one per line ("file:line:column: ..." or "file: /path: ..."). */
    void loadFailed(const QString &file, const QStringList &messages);
    void saveFailed(const QString &message);
    void saved(const QString &path);
    void historyChanged();
    /** Views store their pending text now (see flushEdits). */
    void flushRequested();
    void methodChanged();
    /** The ranking was recomputed after an edit (weights, facts, requirements). */
    void rankingChanged();

private:
    void refresh();
    /** Recomputes the ranking after an edit; criteria rows get dataChanged (not a reset) so a dragged slider survives. */
    void recompute();
    void afterEdit();
    [[nodiscard]] vb::Lang lang() const;

    vb::Project m_project;
    vb::VenueRanking m_rankingResult;
    vb::EditHistory m_history;
    vb::mcda::Method m_method = vb::mcda::Method::WSM;
    bool m_modified = false;
    bool m_loaded = false;
    QString m_filePath;
    QStringList m_warnings;
    VenueTableModel *m_venues;
    RankingModel *m_ranking;
    ExcludedModel *m_excluded;
    CriteriaModel *m_criteria;

    // --- Venue library ---
    /** Applies an edit that changes more than the ranking (venues, budget): projectChanged follows, on undo and redo too. */
    void applyStructuralEdit(vb::EditHistory::Edit edit);
    bool m_structureChanged = false;
};
