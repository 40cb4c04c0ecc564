// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "projectio.h"
#include "projectedit.h"
#include "recoverystore.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class LanguageController;
class QQmlEngine;
class QJSEngine;

/**
 * The open project as a document: its file (open, new, save, save as), its undo history and its modified state.
 * The feature controllers (ranking, requirements, venue library, budget, the pages' controllers) are handed this
 * document and change the project only through edit() and editSections(), so every change is one undo step and
 * reaches every view.
 */
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
    /** Warnings of the last load (the file opened, with these remarks). */
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY projectChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY historyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    /** Autosaved projects to offer at start, newest first: {projectPath, fileName, savedAt (text, local time)}. */
    Q_PROPERTY(QVariantList recoveries READ recoveries NOTIFY recoveriesChanged)
    /** True when autosave and recovery are on (the GUI; not the screenshot mode and the tests). */
    Q_PROPERTY(bool recoveryEnabled READ recoveryEnabled NOTIFY recoveriesChanged)
    /** Files opened or saved lately, newest first (at most 8): {path, fileName, exists}. */
    Q_PROPERTY(QVariantList recentFiles READ recentFiles NOTIFY recentFilesChanged)

public:
    /** What an edit touches: the weights only (views refresh scores in place) or anything else (views reload). */
    enum class Scope { Weights, Project };

    ProjectController(LanguageController &language, QObject *parent);
    /** The instance the composition root provided for engine (vb::app::provide). */
    static ProjectController *create(QQmlEngine *engine, QJSEngine *);

    /** Opens a project file (path or file:// URL). On failure the current project stays and loadFailed is emitted. */
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    /** The second half of open, for a file read elsewhere (vb::loadProjectFile(localPath, lang()) on another
     *  thread while the window is built): adopts result's project, or emits loadFailed and keeps the current one. */
    bool adopt(const QString &path, vb::LoadResult result);
    /** Starts a new, unsaved project from spec: {title, client, startDate, endDate, attendance} (texts in the UI
     *  language, used for the other language too until edited). Returns "" or the problems, one per line in words;
     *  the current project stays when there are any. */
    Q_INVOKABLE QString newProject(const QVariantMap &spec);
    /** Asks every view to store what is typed but not stored yet (flushRequested); called before save, export,
     *  page change and close. */
    Q_INVOKABLE void flushEdits();
    /** Ends the current undo step: the next edit is a new step even when it would merge (focus left a field). */
    Q_INVOKABLE void closeUndoStep();
    /** A file URL in the project's folder named after the project file with suffix ("-report.pdf"), for export dialogs. */
    Q_INVOKABLE [[nodiscard]] QUrl suggestedFileUrl(const QString &suffix) const;
    /** Saves to the current file (atomic, keeps a .bak). */
    Q_INVOKABLE bool save();
    /** Saves to another file and makes it the current one. */
    Q_INVOKABLE bool saveAs(const QString &pathOrUrl);
    /** Writes the recovery copy now (the autosave does this after idleSeconds without a change); for "quit and
     *  keep the changes". Returns false when recovery is off, nothing is modified, or the copy cannot be written. */
    Q_INVOKABLE bool writeRecovery();
    /** Opens the recovery copy of projectPath ("" = the new project never saved) as a modified, unsaved document. */
    Q_INVOKABLE bool recover(const QString &projectPath);
    /** Deletes the recovery copy of projectPath. */
    Q_INVOKABLE void discardRecovery(const QString &projectPath);
    /** The user chose to discard the open project's changes: its recovery copy goes and autosave stops. */
    Q_INVOKABLE void discardChanges();
    /** Forgets the recent files that no longer exist. */
    Q_INVOKABLE void removeMissingRecentFiles();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    /** A path or file:// URL as the user reads a path (native separators), for status lines. */
    Q_INVOKABLE [[nodiscard]] static QString displayPath(const QString &pathOrUrl);
    /** Turns a path or file:// URL into a local path. */
    [[nodiscard]] static QString localPath(const QString &pathOrUrl);

    /** Applies edit (made by a models/ edit function) and records it as one undo step. */
    void edit(vb::EditHistory::Edit edit, Scope scope);
    /** Applies change to the project's typed sections once, as one undo step named label (vb::editSections);
     *  returns the change's diagnostics (nothing changes when they hold an error). */
    std::vector<vb::Diagnostic> editSections(const QString &label, const std::string &mergeKey, const vb::SectionChange &change);

    [[nodiscard]] const vb::Project &project() const { return m_project; }
    /** The UI language, in which views and documents are written. */
    [[nodiscard]] vb::Lang lang() const;
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool hasFile() const { return !m_filePath.isEmpty(); }
    [[nodiscard]] QUrl folderUrl() const;
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] bool modified() const { return m_modified; }
    [[nodiscard]] bool canUndo() const { return m_history.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_history.canRedo(); }
    [[nodiscard]] QVariantList recoveries() const;
    [[nodiscard]] bool recoveryEnabled() const { return m_recovery != nullptr; }
    [[nodiscard]] QVariantList recentFiles() const;

    /** Turns on autosave into store after idleSeconds without a change (recovery copies) and the recent-files list
     *  kept in QSettings ("recentFiles"). Off until called (GuiShell calls it for the window). */
    void enableRecovery(const QString &folder, int idleSeconds);
    [[nodiscard]] int autosaveIdleSeconds() const { return m_autosave.interval() / 1000; }

Q_SIGNALS:
    /** The project was opened or created, changed beyond its weights, undone or redone, or the language changed. */
    void projectChanged();
    /** Only the weights changed (an edit of Scope::Weights, such as a slider being dragged). */
    void weightsChanged();
    /** A file could not be opened: every problem, one per line ("file:line:column: ..." or "file: /path: ..."). */
    void loadFailed(const QString &file, const QStringList &messages);
    void saveFailed(const QString &message);
    void saved(const QString &path);
    void historyChanged();
    /** Views store their pending text now (see flushEdits). */
    void flushRequested();
    void recoveriesChanged();
    void recentFilesChanged();
    /** A recovery copy was written (autosave or writeRecovery). */
    void recoveryWritten(const QString &file);

private:
    void replace(vb::Project project, QString filePath, QStringList warnings, bool modified);
    /** After an edit, undo or redo that touched scope. */
    void changed(Scope scope);
    void rememberRecent(const QString &path);

    std::unique_ptr<vb::app::RecoveryStore> m_recovery;
    QTimer m_autosave;
    QStringList m_recent;

    LanguageController &m_language;
    vb::Project m_project;
    vb::EditHistory m_history;
    bool m_modified = false;
    bool m_loaded = false;
    QString m_filePath;
    QStringList m_warnings;
};
