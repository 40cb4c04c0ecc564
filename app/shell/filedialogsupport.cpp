// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogsupport.h"

#include <QDir>
#include <QMetaMethod>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>
#include <QUrl>
#include <QVariant>

namespace {

/** Lives on the dialog implementation: what is typed in the name field is the file saved. */
class EnterSaves : public QObject
{
    Q_OBJECT
public:
    EnterSaves(QObject *impl, QObject *field)
        : QObject(impl)
        , m_impl(impl)
        , m_field(field)
    {
    }

public Q_SLOTS:
    /** At each keystroke the typed name, in the folder the dialog shows, becomes the selected file (which also
     *  enables Save). */
    void follow()
    {
        const QString name = m_field->property("text").toString().trimmed();
        if (name.isEmpty())
            return;
        const QString folder = m_impl->property("currentFolder").toUrl().toLocalFile();
        m_impl->setProperty("selectedFile", QUrl::fromLocalFile(QDir(folder).filePath(name)));
    }
    /** Enter in the name field saves, as in every desktop save dialog. */
    void accept()
    {
        if (m_field->property("text").toString().trimmed().isEmpty())
            return;
        follow();
        QMetaObject::invokeMethod(m_impl, "accept");
    }

private:
    QObject *m_impl;
    QObject *m_field;
};

bool connectByName(QObject *sender, const char *signal, QObject *receiver, const char *slot)
{
    const int s = sender->metaObject()->indexOfSignal(signal);
    const int r = receiver->metaObject()->indexOfSlot(slot);
    return s >= 0 && r >= 0 && QObject::connect(sender, sender->metaObject()->method(s), receiver, receiver->metaObject()->method(r));
}

} // namespace

void FileDialogSupport::followTypedName(QObject *fileDialog)
{
    auto *window = fileDialog ? qobject_cast<QQuickWindow *>(fileDialog->property("parentWindow").value<QObject *>()) : nullptr;
    if (!window)
        return;
    // Qt's implementation (a QQuickFileDialogImpl popup) has no QObject parent; its items live in the window's
    // overlay. The name field shown now belongs to the dialog just opened, and the implementation is the root of the
    // QML file that declares the field (id "control" in QtQuick/Dialogs/quickimpl/qml/FileDialog.qml).
    QList<QQuickItem *> items{window->contentItem()};
    while (!items.isEmpty()) {
        QQuickItem *item = items.takeLast();
        items.append(item->childItems());
        if (item->objectName() != QLatin1String("fileNameTextField") || !item->isVisible())
            continue;
        const QQmlContext *context = qmlContext(item);
        QObject *impl = context ? context->objectForName(QStringLiteral("control")) : nullptr;
        if (!impl || !impl->inherits("QQuickFileDialogImpl") || impl->findChild<EnterSaves *>())
            continue;
        auto *relay = new EnterSaves(impl, item);
        connectByName(item, "textEdited()", relay, "follow()");
        connectByName(item, "accepted()", relay, "accept()");
    }
}

#include "filedialogsupport.moc"
