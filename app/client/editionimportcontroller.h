// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include "editioncsv.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/** The rows of an edition CSV file about to be imported: row number, year, city, status ("ok" or "error") and the
 *  errors, with the role names of the venue import's preview (CsvImportDialog shows both). */
class EditionImportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by EditionImportController")

public:
    enum Roles { RowRole = Qt::UserRole + 1, KeyRole, NameRole, StatusRole, ErrorsRole };
    Q_ENUM(Roles)

    explicit EditionImportModel(QObject *parent = nullptr);
    void setImport(const vb::EditionImport *import, vb::Lang lang);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    const vb::EditionImport *m_import = nullptr;
    vb::Lang m_lang = vb::Lang::En;
};

/** Imports past editions from a CSV file (docs/edition-csv.md) into the client section: load() reads and checks every
 *  row against the open project (models/client/editioncsv.h) and fills the preview in the UI language; nothing
 *  changes until importAll() (only when every row is valid) or importValidRows() (after the user confirmed leaving
 *  the bad rows out). An import is one undo step. */
class EditionImportController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(EditionImportModel *preview READ preview CONSTANT)
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    Q_PROPERTY(QStringList fileErrors READ fileErrors NOTIFY previewChanged)
    Q_PROPERTY(int rowCount READ rowCount NOTIFY previewChanged)
    Q_PROPERTY(int validCount READ validCount NOTIFY previewChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY previewChanged)
    Q_PROPERTY(bool canImportAll READ canImportAll NOTIFY previewChanged)
    Q_PROPERTY(bool canImportValid READ canImportValid NOTIFY previewChanged)

public:
    explicit EditionImportController(QObject *parent = nullptr);

    Q_INVOKABLE bool load(const QString &pathOrUrl);
    Q_INVOKABLE void loadText(const QByteArray &utf8, const QString &fileName = {});
    Q_INVOKABLE bool importAll();
    Q_INVOKABLE bool importValidRows();
    Q_INVOKABLE void clear();

    [[nodiscard]] EditionImportModel *preview() const { return m_preview; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QStringList fileErrors() const;
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_import.rows.size()); }
    [[nodiscard]] int validCount() const { return static_cast<int>(m_import.validCount()); }
    [[nodiscard]] int errorCount() const { return static_cast<int>(m_import.errorCount()); }
    [[nodiscard]] bool canImportAll() const { return m_import.fileErrors.empty() && !m_import.rows.empty() && errorCount() == 0; }
    [[nodiscard]] bool canImportValid() const { return m_import.fileErrors.empty() && validCount() > 0 && errorCount() > 0; }

Q_SIGNALS:
    void previewChanged();
    /** Editions were added to the project. */
    void imported(int count);

private:
    void refresh() override;
    void reparse();
    bool doImport(bool validOnly);

    EditionImportModel *m_preview;
    QByteArray m_text;
    QString m_fileName;
    bool m_loaded = false;
    vb::EditionImport m_import;
};
