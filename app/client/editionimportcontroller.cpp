// SPDX-License-Identifier: GPL-3.0-or-later
#include "editionimportcontroller.h"

#include "clientapply.h"
#include "conversions.h"
#include "messages.h"
#include "projectcontroller.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace vb::app;

EditionImportModel::EditionImportModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EditionImportModel::setImport(const vb::EditionImport *import, vb::Lang lang)
{
    beginResetModel();
    m_import = import;
    m_lang = lang;
    endResetModel();
}

int EditionImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_import ? 0 : static_cast<int>(m_import->rows.size());
}

QVariant EditionImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_import)
        return {};
    const auto &r = m_import->rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RowRole: return static_cast<int>(r.row);
    case KeyRole: return qs(r.year);
    case Qt::DisplayRole:
    case NameRole: return qs(r.city, m_lang);
    case StatusRole: return r.ok() ? QStringLiteral("ok") : QStringLiteral("error");
    case ErrorsRole: return qsl(r.errors).join(QLatin1Char('\n'));
    default: return {};
    }
}

QHash<int, QByteArray> EditionImportModel::roleNames() const
{
    return {{RowRole, "row"}, {KeyRole, "key"}, {NameRole, "name"}, {StatusRole, "status"}, {ErrorsRole, "errors"}};
}

EditionImportController::EditionImportController(QObject *parent)
    : ProjectClient(parent)
    , m_preview(new EditionImportModel(this))
{
}

void EditionImportController::refresh()
{
    // The project or the language changed: the preview is checked again against what is open now.
    if (m_loaded)
        reparse();
}

bool EditionImportController::load(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        clear();
        m_fileName = QFileInfo(path).fileName();
        m_import.fileErrors.push_back(tr("%1 could not be read: %2").arg(path, f.errorString()).toStdString());
        m_preview->setImport(&m_import, lang());
        Q_EMIT previewChanged();
        return false;
    }
    loadText(f.readAll(), QFileInfo(path).fileName());
    return true;
}

void EditionImportController::loadText(const QByteArray &utf8, const QString &fileName)
{
    m_text = utf8;
    m_fileName = fileName;
    m_loaded = true;
    reparse();
}

void EditionImportController::reparse()
{
    m_import = vb::readEditionCsv(std::string_view(m_text.constData(), static_cast<std::size_t>(m_text.size())),
                                  hasProject() ? vb::clientOf(project()) : nullptr, lang());
    m_preview->setImport(&m_import, lang());
    Q_EMIT previewChanged();
}

QStringList EditionImportController::fileErrors() const
{
    return qsl(m_import.fileErrors);
}

bool EditionImportController::doImport(bool validOnly)
{
    if (!document() || !m_loaded)
        return false;
    reparse(); // the project may have changed since the preview
    const auto editions = m_import.editions(validOnly);
    if (editions.empty())
        return false;
    const int n = static_cast<int>(editions.size());
    const vb::Lang l = lang();
    const QString error = applyClientEdit(document(), tr("Import %n edition(s)", nullptr, n), {},
                                          [&](vb::ClientHistory &c) { return vb::addEditions(c, editions, l); });
    if (!error.isEmpty()) {
        m_import.fileErrors.push_back(error.toStdString());
        m_preview->setImport(&m_import, l);
        Q_EMIT previewChanged();
        return false;
    }
    clear();
    Q_EMIT imported(n);
    return true;
}

bool EditionImportController::importAll()
{
    return doImport(false);
}

bool EditionImportController::importValidRows()
{
    return doImport(true);
}

void EditionImportController::clear()
{
    m_text.clear();
    m_fileName.clear();
    m_loaded = false;
    m_import = {};
    m_preview->setImport(&m_import, lang());
    Q_EMIT previewChanged();
}
