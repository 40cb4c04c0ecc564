// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace vb::app {

/** One autosaved project waiting to be recovered or discarded. */
struct RecoveryEntry {
    QString projectPath; ///< the user's file the changes belong to; empty for a new project never saved
    QDateTime savedAt;   ///< when the recovery copy was written (UTC)
    QString file;        ///< the recovery copy (a project file in the store's folder)
};

/**
 * Recovery copies of unsaved projects, one per project file, in a folder of their own (the app's data folder;
 * GuiShell passes QStandardPaths::AppDataLocation + "/recovery"). Each copy is two files named by a hash of the
 * project's absolute path: "<key>.venuebid.json" (the project as it would be saved) and "<key>.recovery.json" (which
 * file it belongs to and when it was written). Both are written atomically, the project first, so a copy listed by
 * entries() is whole. The store never writes outside its folder, so never over the user's file.
 */
class RecoveryStore
{
public:
    explicit RecoveryStore(QString folder);

    [[nodiscard]] const QString &folder() const { return m_folder; }
    /** The file name stem for projectPath: the first 16 hex digits of SHA-256 of its absolute path; "untitled"
     *  for a project without a file. */
    [[nodiscard]] static QString keyFor(const QString &projectPath);
    /** The recovery copy of projectPath (whether or not it exists). */
    [[nodiscard]] QString fileFor(const QString &projectPath) const;

    /** Writes projectText as the recovery copy of projectPath, written at `when`. Returns "" or why it failed. */
    [[nodiscard]] QString write(const QString &projectPath, const std::string &projectText, const QDateTime &when) const;
    /** Every recovery copy, newest first; copies whose description or project is missing or unreadable are left out. */
    [[nodiscard]] std::vector<RecoveryEntry> entries() const;
    /** The copy for projectPath, if there is one. */
    [[nodiscard]] std::optional<RecoveryEntry> entry(const QString &projectPath) const;
    /** The text of the copy for projectPath; nullopt (and error) when it cannot be read. */
    [[nodiscard]] std::optional<std::string> read(const QString &projectPath, QString *error = nullptr) const;
    /** Deletes the copy of projectPath (nothing when there is none). */
    void remove(const QString &projectPath) const;

private:
    [[nodiscard]] QString describedIn(const QString &key) const;
    QString m_folder;
};

/** The recent-files list after opening or saving path: path first, no duplicates, at most max entries. */
[[nodiscard]] QStringList withRecentFile(QStringList list, const QString &path, int max = 8);

} // namespace vb::app
