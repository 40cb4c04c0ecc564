// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The key sequences of the window's standard shortcuts. Qt's generic X11 key bindings leave some standard keys
 *  unbound (Save As has none outside GNOME and macOS), so each shortcut listens to the platform's sequences plus
 *  the conventional one when the platform lacks it. */
class KeyBindings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit KeyBindings(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /** The platform's sequences for the standard key named standardKey ("SaveAs", a QKeySequence::StandardKey),
     *  with conventional added when it is not among them (no sequence is listed twice, which would make the shortcut
     *  ambiguous). An unknown name gives conventional alone. */
    Q_INVOKABLE [[nodiscard]] static QVariantList of(const QString &standardKey, const QString &conventional);
};
