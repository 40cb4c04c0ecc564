// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectcontroller.h"

#include "project.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>


/**
 * The base of a page's controller: it is handed the open project as a REQUIRED property,
 *
 *     DestinationsController { project: ProjectController }
 *
 * and refreshes whenever the project (its weights too) or the language changes. Subclasses read the project through project() and
 * change it through document()->editSections(), so an edit is applied once and is one undo step.
 */
class ProjectClient : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(ProjectController *project READ document WRITE setDocument NOTIFY documentChanged REQUIRED)

public:
    using QObject::QObject;

    [[nodiscard]] ProjectController *document() const { return m_document; }
    void setDocument(ProjectController *document);

Q_SIGNALS:
    void documentChanged();

protected:
    /** Reads the project anew (called when the document is set and after every change of it). */
    virtual void refresh() = 0;
    /** A document is set and it holds a project. */
    [[nodiscard]] bool hasProject() const;
    /** The open project (an empty one before the document is set). */
    [[nodiscard]] const vb::Project &project() const;
    /** The UI language. */
    [[nodiscard]] vb::Lang lang() const;

private:
    QPointer<ProjectController> m_document;
};
