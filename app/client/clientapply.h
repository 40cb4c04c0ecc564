// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientedit.h"
#include "conversions.h"
#include "projectcontroller.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <string>

/** Runs an edit of the client section as one undo step (models/client/clientedit.h clientChange); "" or the refusal in
 *  words. Shared by the client, forecast and edition-import controllers. */
inline QString applyClientEdit(ProjectController *doc, const QString &label, const std::string &mergeKey,
                               std::function<vb::EditError(vb::ClientHistory &)> f)
{
    if (!doc)
        return QCoreApplication::translate("ClientController", "No project is open.");
    QStringList out;
    for (const auto &d : doc->editSections(label, mergeKey, vb::clientChange(std::move(f))))
        if (d.severity == vb::Diagnostic::Severity::Error)
            out << vb::app::qs(d.message);
    return out.join(QLatin1Char('\n'));
}
