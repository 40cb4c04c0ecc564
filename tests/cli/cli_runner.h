// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs venuebid-cli (or another program) for the CLI tests: exit code, stdout and stderr, and stdout as JSON.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace vb::test {

/** One run: the exit code (−1 when the program crashed or did not finish), stdout and stderr. */
struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline Result run(const QString &program, const QStringList &args, const QString &cwd = {}, int timeoutMs = 120000)
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

#ifdef VENUEBID_CLI
/** venuebid-cli with args. */
inline Result cli(const QStringList &args)
{
    return run(QStringLiteral(VENUEBID_CLI), args);
}
#endif

/** stdout as a JSON object; an empty object (and a warning naming the start of stdout) when it is not JSON. */
inline QJsonObject json(const Result &r)
{
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << e.errorString() << r.out.left(200);
    return doc.object();
}

} // namespace vb::test
