// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariant>

/**
 * How QML singletons get the instances the composition root made, without a process-wide global: the root puts
 * each shared controller on the QML engine (provide), and the singleton's static create(), which QML calls once
 * per engine, takes it from there (sharedInstance). A controller never looks another one up; it is handed the
 * ones it needs in its constructor or through a REQUIRED property.
 */
namespace vb::app {

template<typename T>
const char *sharedInstanceKey()
{
    return T::staticMetaObject.className();
}

/** Makes instance the QML singleton of its type for engine (owned by the caller, which outlives the engine). */
template<typename T>
void provide(QQmlEngine &engine, T *instance)
{
    QQmlEngine::setObjectOwnership(instance, QQmlEngine::CppOwnership);
    engine.setProperty(sharedInstanceKey<T>(), QVariant::fromValue(static_cast<QObject *>(instance)));
}

/** The instance provided for engine; null (QML then reports the singleton as missing) when none was. */
template<typename T>
T *sharedInstance(const QQmlEngine *engine)
{
    return engine ? qobject_cast<T *>(engine->property(sharedInstanceKey<T>()).template value<QObject *>()) : nullptr;
}

} // namespace vb::app
