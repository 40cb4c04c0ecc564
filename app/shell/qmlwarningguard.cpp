// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwarningguard.h"

#include <QMutex>
#include <QRegularExpression>

namespace vb::app {
namespace {
QtMessageHandler s_previous = nullptr;
QMutex s_mutex;
QStringList s_problems;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QmlWarningGuard::isQmlProblem(type, message)) {
        const QMutexLocker lock(&s_mutex);
        s_problems << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

void QmlWarningGuard::install()
{
    // A test framework may have put its own handler in place since: chain to it, never to ourselves.
    const QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s_previous = previous;
}

bool QmlWarningGuard::isQmlProblem(QtMsgType type, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return false;
    // What the QML engine and the Quick Controls print when a view is broken. A message that points into a .qml
    // file (qrc:/…/Page.qml:12:5: …) is a QML warning whatever its wording.
    static const QRegularExpression pattern(QStringLiteral(
        R"(is not installed|Failed to load|ReferenceError|TypeError|Binding loop|binding loop|Unable to assign|)"
        R"(Cannot assign|Cannot read propert|is not a type|is not defined|Cannot call method|)"
        R"(non-existent property|Could not find|\.qml:\d+)"));
    return pattern.match(message).hasMatch();
}

QStringList QmlWarningGuard::problems()
{
    const QMutexLocker lock(&s_mutex);
    return s_problems;
}

void QmlWarningGuard::reset()
{
    const QMutexLocker lock(&s_mutex);
    s_problems.clear();
}

} // namespace vb::app
