// SPDX-License-Identifier: GPL-3.0-or-later
#include "venueimportcontroller.h"

#include "conversions.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace vb::app;

VenueImportModel::VenueImportModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void VenueImportModel::setImport(const vb::VenueImport *import, vb::Lang lang)
{
    beginResetModel();
    m_import = import;
    m_lang = lang;
    endResetModel();
}

int VenueImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_import ? 0 : static_cast<int>(m_import->rows.size());
}

QVariant VenueImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_import)
        return {};
    const auto &r = m_import->rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RowRole: return static_cast<int>(r.row);
    case VenueIdRole: return qs(r.id);
    case Qt::DisplayRole:
    case NameRole: return qs(r.name, m_lang);
    case StatusRole: return r.ok() ? QStringLiteral("ok") : QStringLiteral("error");
    case ErrorsRole: return qsl(r.errors).join(QLatin1Char('\n'));
    default: return {};
    }
}

QHash<int, QByteArray> VenueImportModel::roleNames() const
{
    return {{RowRole, "row"}, {VenueIdRole, "key"}, {NameRole, "name"}, {StatusRole, "status"}, {ErrorsRole, "errors"}};
}

VenueImportController::VenueImportController(QObject *parent)
    : QObject(parent)
    , m_preview(new VenueImportModel(this))
{
}

void VenueImportController::setLibrary(VenueLibraryController *library)
{
    if (library == m_library)
        return;
    m_library = library;
    Q_EMIT librarySet();
}

vb::Lang VenueImportController::lang() const
{
    return m_library ? m_library->lang() : vb::Lang::En;
}

bool VenueImportController::load(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_text.clear();
        m_fileName = QFileInfo(path).fileName();
        m_import = {};
        m_import.fileErrors.push_back(tr("%1 could not be read: %2").arg(path, f.errorString()).toStdString());
        m_preview->setImport(&m_import, lang());
        Q_EMIT previewChanged();
        return false;
    }
    loadText(f.readAll(), QFileInfo(path).fileName());
    return true;
}

void VenueImportController::loadText(const QByteArray &utf8, const QString &fileName)
{
    m_text = utf8;
    m_fileName = fileName;
    reparse();
}

void VenueImportController::reparse()
{
    static const vb::Project kNone;
    m_import = vb::readVenueCsv(std::string_view(m_text.constData(), static_cast<std::size_t>(m_text.size())),
                                m_library ? m_library->project() : kNone);
    m_preview->setImport(&m_import, lang());
    Q_EMIT previewChanged();
}

QStringList VenueImportController::fileErrors() const
{
    return qsl(m_import.fileErrors);
}

bool VenueImportController::doImport(bool validOnly)
{
    reparse(); // the project may have changed since the preview
    auto venues = m_import.venues(validOnly);
    if (venues.empty())
        return false;
    const int n = static_cast<int>(venues.size());
    if (!m_library || !m_library->importVenues(std::move(venues)))
        return false;
    Q_EMIT imported(n);
    clear();
    return true;
}

bool VenueImportController::importAll()
{
    return doImport(false);
}

bool VenueImportController::importValidRows()
{
    return doImport(true);
}

void VenueImportController::clear()
{
    m_text.clear();
    m_fileName.clear();
    m_import = {};
    m_preview->setImport(&m_import, lang());
    Q_EMIT previewChanged();
}
