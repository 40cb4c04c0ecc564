// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectclient.h"

#include "projectcontroller.h"

void ProjectClient::setDocument(ProjectController *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectController::projectChanged, this, [this] { refresh(); });
        connect(m_document, &ProjectController::weightsChanged, this, [this] { refresh(); });
    }
    Q_EMIT documentChanged();
    refresh();
}

bool ProjectClient::hasProject() const
{
    return m_document && m_document->loaded();
}

const vb::Project &ProjectClient::project() const
{
    static const vb::Project kNone;
    return m_document ? m_document->project() : kNone;
}

vb::Lang ProjectClient::lang() const
{
    return m_document ? m_document->lang() : vb::Lang::En;
}
