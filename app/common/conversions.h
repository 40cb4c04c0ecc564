// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

/** std::string (UTF-8) ↔ QString helpers for the adapters. */
namespace vb::app {

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString qs(const LocalizedText &t, Lang l)
{
    return QString::fromStdString(t.get(l));
}

inline QStringList qsl(const std::vector<std::string> &v)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(v.size()));
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out;
}

/** Problems as the pages show them: one sentence per line. The JSON path is for the command line (venuebid-cli names
 *  it); a page says which field it is about in words. */
inline QString diagnosticsText(const std::vector<Diagnostic> &diags)
{
    QStringList out;
    for (const auto &d : diags)
        out << QString::fromStdString(d.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace vb::app
