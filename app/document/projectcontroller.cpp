// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "atomicfile.h"
#include "conversions.h"
#include "languagecontroller.h"
#include "newproject.h"
#include "numberformat.h"
#include "projectformat.h"
#include "sharedinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <utility>

using namespace vb::app;

ProjectController::ProjectController(LanguageController &language, QObject *parent)
    : QObject(parent)
    , m_language(language)
{
    connect(&m_language, &LanguageController::languageChanged, this, &ProjectController::projectChanged);
    // The recovery offer shows its time in the UI language.
    connect(&m_language, &LanguageController::languageChanged, this, &ProjectController::recoveriesChanged);
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, [this] { writeRecovery(); });
}

void ProjectController::enableRecovery(const QString &folder, int idleSeconds)
{
    m_recovery = std::make_unique<vb::app::RecoveryStore>(folder);
    m_autosave.setInterval(std::max(1, idleSeconds) * 1000);
    m_recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    Q_EMIT recoveriesChanged();
    Q_EMIT recentFilesChanged();
}

bool ProjectController::writeRecovery()
{
    m_autosave.stop();
    if (!m_recovery || !m_loaded || !m_modified)
        return false;
    const QString error = m_recovery->write(m_filePath, vb::writeProject(m_project), QDateTime::currentDateTimeUtc());
    if (!error.isEmpty()) {
        // Not a reason to interrupt the user: the project on screen is intact; the next change tries again.
        qWarning("VenueBid: autosave failed: %s", qPrintable(error));
        return false;
    }
    Q_EMIT recoveryWritten(m_recovery->fileFor(m_filePath));
    return true;
}

namespace {
/** When a recovery copy was written, in local time as the app writes dates (ISO order, 24-hour clock) in both
 *  languages. Not QLocale's short format: Qt 6.4's for zh_TW carries CLDR's day period "B", printed as a letter
 *  ("2026/12/1 B23:41"). */
QString savedAtText(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QVariantList ProjectController::recoveries() const
{
    QVariantList out;
    if (!m_recovery)
        return out;
    for (const auto &e : m_recovery->entries()) {
        QString name = e.projectPath.isEmpty() ? tr("a new project") : QFileInfo(e.projectPath).fileName();
        out.append(QVariantMap{{QStringLiteral("projectPath"), e.projectPath},
                               {QStringLiteral("fileName"), name},
                               {QStringLiteral("savedAt"), savedAtText(e.savedAt)}});
    }
    return out;
}

bool ProjectController::recover(const QString &projectPath)
{
    if (!m_recovery)
        return false;
    QString error;
    const auto text = m_recovery->read(projectPath, &error);
    const QString shown = projectPath.isEmpty() ? tr("a new project") : projectPath;
    if (!text) {
        Q_EMIT loadFailed(shown, {error});
        return false;
    }
    auto result = vb::readProject(*text, m_recovery->fileFor(projectPath).toStdString());
    if (!result.ok()) {
        Q_EMIT loadFailed(shown, qsl(result.messages()));
        return false;
    }
    flushEdits();
    replace(std::move(*result.project), projectPath, qsl(result.messages()), true); // modified: not saved yet
    Q_EMIT recoveriesChanged();
    return true;
}

void ProjectController::discardRecovery(const QString &projectPath)
{
    if (!m_recovery)
        return;
    m_recovery->remove(projectPath);
    Q_EMIT recoveriesChanged();
}

void ProjectController::discardChanges()
{
    m_autosave.stop();
    if (m_loaded)
        discardRecovery(m_filePath);
}

QVariantList ProjectController::recentFiles() const
{
    QVariantList out;
    for (const QString &path : m_recent)
        out.append(QVariantMap{{QStringLiteral("path"), path},
                               {QStringLiteral("fileName"), QFileInfo(path).fileName()},
                               {QStringLiteral("exists"), QFileInfo::exists(path)}});
    return out;
}

void ProjectController::rememberRecent(const QString &path)
{
    if (!m_recovery) // the window's list only; tests and screenshots leave the user's settings alone
        return;
    m_recent = vb::app::withRecentFile(m_recent, path);
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    Q_EMIT recentFilesChanged();
}

void ProjectController::removeMissingRecentFiles()
{
    m_recent.removeIf([](const QString &p) { return !QFileInfo::exists(p); });
    if (m_recovery)
        QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    Q_EMIT recentFilesChanged();
}

ProjectController *ProjectController::create(QQmlEngine *engine, QJSEngine *)
{
    return sharedInstance<ProjectController>(engine);
}

vb::Lang ProjectController::lang() const
{
    return m_language.lang();
}

void ProjectController::replace(vb::Project project, QString filePath, QStringList warnings, bool modified)
{
    m_project = std::move(project);
    m_filePath = std::move(filePath);
    m_warnings = std::move(warnings);
    m_loaded = true;
    m_history.clear();
    m_modified = modified;
    m_autosave.stop();
    if (modified && m_recovery)
        m_autosave.start(); // a new project: kept once the user pauses, like an edited one
    Q_EMIT projectChanged();
    Q_EMIT historyChanged();
}

bool ProjectController::open(const QString &pathOrUrl)
{
    flushEdits(); // text still being typed belongs to the project on screen, not to the one that replaces it
    const QString path = localPath(pathOrUrl);
    return adopt(path, vb::loadProjectFile(path.toStdString(), lang())); // the catalogued messages in the UI language
}

bool ProjectController::adopt(const QString &path, vb::LoadResult result)
{
    if (!result.ok()) {
        Q_EMIT loadFailed(path, qsl(result.messages()));
        return false;
    }
    replace(std::move(*result.project), QFileInfo(path).absoluteFilePath(), qsl(result.messages()), false);
    rememberRecent(m_filePath);
    // Temporaries that a save of this file killed in an earlier run left next to it (the next save would too).
    (void)vb::removeStaleTemporaries(m_filePath.toStdString());
    return true;
}

QString ProjectController::newProject(const QVariantMap &spec)
{
    const auto text = [&](const char *key) { return spec.value(QLatin1String(key)).toString().trimmed().toStdString(); };
    vb::NewProjectSpec s;
    s.title = {text("title"), text("title")};
    s.client = {text("client"), text("client")};
    s.startDate = text("startDate");
    s.endDate = text("endDate");
    QString why;
    const auto attendance = Numbers::read(spec.value(QStringLiteral("attendance")).toString(), vb::NumberKind::Count, &why);
    if (!attendance)
        return tr("Expected attendance: %1").arg(why);
    s.attendance = static_cast<int>(*attendance);
    std::vector<vb::Diagnostic> errors;
    vb::Project p = vb::newProject(s, errors);
    if (!errors.empty()) {
        // In words next to the form, in the UI language (the paths name the form's fields).
        QStringList out;
        for (const auto &e : errors) {
            if (e.path == "/title")
                out << tr("Event: enter the event's name.");
            else if (e.path == "/start_date")
                out << tr("First day: a date as YYYY-MM-DD.");
            else if (e.path == "/end_date")
                out << (s.endDate.size() == 10 && s.endDate < s.startDate ? tr("Last day: on or after the first day.")
                                                                           : tr("Last day: a date as YYYY-MM-DD."));
            else if (e.path == "/attendance")
                out << tr("Expected attendance: a whole number of people, at least 1.");
            else
                out << qs(e.message);
        }
        return out.join(QLatin1Char('\n'));
    }
    flushEdits(); // as in open()
    replace(std::move(p), {}, {}, true); // nothing on disk yet
    return {};
}

void ProjectController::flushEdits()
{
    Q_EMIT flushRequested();
}

void ProjectController::closeUndoStep()
{
    m_history.closeMerge();
}

QUrl ProjectController::folderUrl() const
{
    return QUrl::fromLocalFile(m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath());
}

QUrl ProjectController::suggestedFileUrl(const QString &suffix) const
{
    QString base = QFileInfo(m_filePath).fileName();
    if (base.endsWith(QLatin1String(".venuebid.json")))
        base.chop(14);
    else if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    if (base.isEmpty())
        base = QStringLiteral("venuebid");
    return QUrl::fromLocalFile(QDir(folderUrl().toLocalFile()).filePath(base + suffix));
}

bool ProjectController::save()
{
    if (!m_loaded || m_filePath.isEmpty()) {
        Q_EMIT saveFailed(tr("Nothing to save: no project is open."));
        return false;
    }
    return saveAs(m_filePath);
}

bool ProjectController::saveAs(const QString &pathOrUrl)
{
    if (!m_loaded) {
        Q_EMIT saveFailed(tr("Nothing to save: no project is open."));
        return false;
    }
    flushEdits();
    const QString path = localPath(pathOrUrl);
    const auto r = vb::saveProjectFile(m_project, path.toStdString());
    if (!r.ok) {
        Q_EMIT saveFailed(tr("The project was not saved; the previous file is unchanged.\n%1").arg(qs(r.error)));
        return false;
    }
    // The saved file holds the changes: their recovery copies (under the old name and the new) are no longer needed.
    if (m_recovery) {
        m_autosave.stop();
        m_recovery->remove(m_filePath);
        m_recovery->remove(path);
        Q_EMIT recoveriesChanged();
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    rememberRecent(m_filePath);
    m_modified = false;
    Q_EMIT projectChanged();
    Q_EMIT historyChanged();
    Q_EMIT saved(m_filePath);
    return true;
}

void ProjectController::edit(vb::EditHistory::Edit edit, Scope scope)
{
    if (!m_loaded)
        return;
    m_history.apply(m_project, std::move(edit));
    changed(scope);
}

std::vector<vb::Diagnostic> ProjectController::editSections(const QString &label, const std::string &mergeKey,
                                                            const vb::SectionChange &change)
{
    if (!m_loaded)
        return {{vb::Diagnostic::Severity::Error, "", tr("No project is open.").toStdString()}};
    bool recorded = false;
    auto diagnostics = vb::editSections(m_history, m_project, label.toStdString(), mergeKey, change, &recorded);
    if (recorded)
        changed(Scope::Project);
    return diagnostics;
}

void ProjectController::changed(Scope scope)
{
    m_modified = true;
    if (m_recovery)
        m_autosave.start(); // restarts: the copy is written once the user has paused for the interval
    if (scope == Scope::Weights)
        Q_EMIT weightsChanged();
    else
        Q_EMIT projectChanged();
    Q_EMIT historyChanged();
}

void ProjectController::undo()
{
    if (m_history.undo(m_project))
        changed(Scope::Project);
}

void ProjectController::redo()
{
    if (m_history.redo(m_project))
        changed(Scope::Project);
}

QString ProjectController::fileName() const
{
    return QFileInfo(m_filePath).fileName();
}

QString ProjectController::title() const
{
    return m_loaded ? qs(m_project.meta.title, lang()) : QString();
}

QString ProjectController::displayPath(const QString &pathOrUrl)
{
    return QDir::toNativeSeparators(localPath(pathOrUrl));
}

QString ProjectController::localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}
