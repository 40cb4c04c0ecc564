// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

/** Mends the Qt Quick file dialog of Qt 6.4 in save mode, where the typed file name reaches the dialog only when the
 *  name field loses focus: after the user opens a folder, the folder's contents arriving can select nothing and
 *  disable Save although a name is typed, and Enter in the name field does nothing. Once attached, each keystroke
 *  selects the typed name in the folder shown (Save stays enabled and saves that name), and Enter saves. */
class FileDialogSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FileDialogSupport(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /** Connects the name field of fileDialog's Qt Quick implementation (created when it opens: call right after
     *  open()) as described above; does nothing for a native dialog or when already connected. */
    Q_INVOKABLE static void followTypedName(QObject *fileDialog);
};
