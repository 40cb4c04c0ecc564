// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include "atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace vb::app {

namespace {
constexpr auto kProjectSuffix = ".venuebid.json";
constexpr auto kDescriptionSuffix = ".recovery.json";
constexpr auto kFormat = "venuebid-recovery";

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}
} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RecoveryStore::keyFor(const QString &projectPath)
{
    if (projectPath.isEmpty())
        return QStringLiteral("untitled");
    const QByteArray hash = QCryptographicHash::hash(absolute(projectPath).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString RecoveryStore::fileFor(const QString &projectPath) const
{
    return QDir(m_folder).filePath(keyFor(projectPath) + QLatin1String(kProjectSuffix));
}

QString RecoveryStore::describedIn(const QString &key) const
{
    return QDir(m_folder).filePath(key + QLatin1String(kDescriptionSuffix));
}

QString RecoveryStore::write(const QString &projectPath, const std::string &projectText, const QDateTime &when) const
{
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("cannot create the folder '%1'").arg(m_folder);
    const QString target = fileFor(projectPath);
    if (!projectPath.isEmpty() && QFileInfo(target).absoluteFilePath() == absolute(projectPath))
        return QStringLiteral("the recovery copy would replace '%1'").arg(projectPath); // never the user's file
    std::string error = writeFileAtomically(target.toStdString(), projectText, false);
    if (!error.empty())
        return QString::fromStdString(error);
    QJsonObject d;
    d[QLatin1String("format")] = QLatin1String(kFormat);
    d[QLatin1String("version")] = 1;
    d[QLatin1String("project_path")] = absolute(projectPath);
    d[QLatin1String("saved_at")] = when.toUTC().toString(Qt::ISODateWithMs);
    const QByteArray json = QJsonDocument(d).toJson();
    error = writeFileAtomically(describedIn(keyFor(projectPath)).toStdString(), std::string_view(json.constData(), static_cast<std::size_t>(json.size())), false);
    return QString::fromStdString(error);
}

std::vector<RecoveryEntry> RecoveryStore::entries() const
{
    std::vector<RecoveryEntry> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*") + QLatin1String(kDescriptionSuffix)}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject d = QJsonDocument::fromJson(f.readAll()).object();
        if (d.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
            continue;
        RecoveryEntry e;
        e.projectPath = d.value(QLatin1String("project_path")).toString();
        e.savedAt = QDateTime::fromString(d.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
        e.file = fileFor(e.projectPath);
        // The description must belong to its own key (a copied or renamed file is not trusted) and the copy exist.
        if (!e.savedAt.isValid() || keyFor(e.projectPath) + QLatin1String(kDescriptionSuffix) != name || !QFileInfo::exists(e.file))
            continue;
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return out;
}

std::optional<RecoveryEntry> RecoveryStore::entry(const QString &projectPath) const
{
    const QString wanted = absolute(projectPath);
    for (auto &e : entries())
        if (e.projectPath == wanted)
            return e;
    return std::nullopt;
}

std::optional<std::string> RecoveryStore::read(const QString &projectPath, QString *error) const
{
    std::string text, why;
    if (!entry(projectPath) || !readWholeFile(fileFor(projectPath).toStdString(), text, why)) {
        if (error)
            *error = why.empty() ? QStringLiteral("no recovery copy of '%1'").arg(projectPath) : QString::fromStdString(why);
        return std::nullopt;
    }
    return text;
}

void RecoveryStore::remove(const QString &projectPath) const
{
    // The description first: without it the copy is no longer offered, even if deleting the copy fails.
    QFile::remove(describedIn(keyFor(projectPath)));
    QFile::remove(fileFor(projectPath));
}

QStringList withRecentFile(QStringList list, const QString &path, int max)
{
    const QString p = absolute(path);
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > max)
        list.removeLast();
    return list;
}

} // namespace vb::app
