// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace vb::app {

/** Watches the Qt message stream for warnings that mean a QML view is broken: a module that is not installed, a
 *  component that failed to load, a ReferenceError or TypeError in a binding, a binding loop, a property that cannot
 *  be assigned. The app counts them (`VENUEBID_STRICT_QML=1` makes it exit with status 3 when there were any); the
 *  tests fail on them. Messages still reach the previous handler (stderr). */
class QmlWarningGuard
{
public:
    /** Installs the handler in front of the current one (again after a test framework replaced it). */
    static void install();
    /** True when a message of this type and text is a QML problem. */
    [[nodiscard]] static bool isQmlProblem(QtMsgType type, const QString &message);
    /** The QML problems seen since install() (or the last reset()). */
    [[nodiscard]] static QStringList problems();
    static void reset();
};

} // namespace vb::app
