// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "venuelibrarycontroller.h"

#include <QPointer>

#include "venuecsv.h"

#include <QAbstractListModel>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class ProjectController;

/** The rows of a CSV file about to be imported: row number, id, name, status ("ok" or "error") and the errors. */
class VenueImportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by VenueImportController")

public:
    enum Roles {
        RowRole = Qt::UserRole + 1, ///< spreadsheet row (header = row 1)
        VenueIdRole,                ///< the id cell
        NameRole,                   ///< name in the UI language
        StatusRole,                 ///< "ok" or "error"
        ErrorsRole,                 ///< the row's errors, one per line ("" when ok)
    };
    Q_ENUM(Roles)

    explicit VenueImportModel(QObject *parent = nullptr);
    void setImport(const vb::VenueImport *import, vb::Lang lang);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    const vb::VenueImport *m_import = nullptr;
    vb::Lang m_lang = vb::Lang::En;
};

/** Imports venues from a CSV file (docs/venue-csv.md): load() reads and checks every row against the open project
 *  and fills the preview; nothing changes until importAll() (only when every row is valid) or importValidRows()
 *  (after the user confirmed leaving the bad rows out). An import is one undo step. */
class VenueImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The library the venues go into: VenueImportController { library: VenueLibraryController }. */
    Q_PROPERTY(VenueLibraryController *library READ library WRITE setLibrary NOTIFY librarySet REQUIRED)
    Q_PROPERTY(VenueImportModel *preview READ preview CONSTANT)
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    /** Problems with the whole file (syntax, header): nothing can be imported while there are any. */
    Q_PROPERTY(QStringList fileErrors READ fileErrors NOTIFY previewChanged)
    Q_PROPERTY(int rowCount READ rowCount NOTIFY previewChanged)
    Q_PROPERTY(int validCount READ validCount NOTIFY previewChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY previewChanged)
    /** Every row is valid and there is at least one. */
    Q_PROPERTY(bool canImportAll READ canImportAll NOTIFY previewChanged)
    /** Some rows are valid and some are not: importing the valid ones needs the user's confirmation. */
    Q_PROPERTY(bool canImportValid READ canImportValid NOTIFY previewChanged)

public:
    explicit VenueImportController(QObject *parent = nullptr);
    [[nodiscard]] VenueLibraryController *library() const { return m_library; }
    void setLibrary(VenueLibraryController *library);

    /** Reads a CSV file (path or file:// URL) into the preview; false when it cannot be read. */
    Q_INVOKABLE bool load(const QString &pathOrUrl);
    /** Reads CSV text into the preview (what load() does after reading the file). */
    Q_INVOKABLE void loadText(const QByteArray &utf8, const QString &fileName = {});
    /** Imports every row as one undo step; refused (false, nothing imported) when any row has an error. */
    Q_INVOKABLE bool importAll();
    /** Imports only the valid rows, after the user confirmed; one undo step. */
    Q_INVOKABLE bool importValidRows();
    /** Empties the preview. */
    Q_INVOKABLE void clear();

    [[nodiscard]] VenueImportModel *preview() const { return m_preview; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QStringList fileErrors() const;
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_import.rows.size()); }
    [[nodiscard]] int validCount() const { return static_cast<int>(m_import.validCount()); }
    [[nodiscard]] int errorCount() const { return static_cast<int>(m_import.errorCount()); }
    [[nodiscard]] bool canImportAll() const { return m_import.fileErrors.empty() && !m_import.rows.empty() && errorCount() == 0; }
    [[nodiscard]] bool canImportValid() const { return m_import.fileErrors.empty() && validCount() > 0 && errorCount() > 0; }

Q_SIGNALS:
    void librarySet();
    void previewChanged();
    /** Venues were added to the project. */
    void imported(int count);

private:
    [[nodiscard]] vb::Lang lang() const;
    bool doImport(bool validOnly);
    void reparse();

    QPointer<VenueLibraryController> m_library;
    VenueImportModel *m_preview;
    QByteArray m_text;
    QString m_fileName;
    vb::VenueImport m_import;
};
