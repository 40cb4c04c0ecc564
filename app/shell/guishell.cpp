// SPDX-License-Identifier: GPL-3.0-or-later
#include "guishell.h"

#include "projectcontroller.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

namespace vb::app {

QStringList GuiShell::pageIds()
{
    return {QStringLiteral("overview"), QStringLiteral("venues"),      QStringLiteral("criteria"),    QStringLiteral("ahp"),
            QStringLiteral("ranking"),  QStringLiteral("sensitivity"), QStringLiteral("budget"),      QStringLiteral("revenue"),
            QStringLiteral("quote"),    QStringLiteral("scenarios"),   QStringLiteral("inspections"), QStringLiteral("destinations"),
            QStringLiteral("tender"),   QStringLiteral("quotes"),      QStringLiteral("bid")};
}

GuiShell::GuiShell()
    : m_project(std::make_unique<ProjectController>(nullptr))
{
    ProjectController::setInstance(m_project.get());
}

GuiShell::~GuiShell()
{
    m_engine.reset(); // the views go before the controller they show
    ProjectController::setInstance(nullptr);
}

bool GuiShell::start(const QString &page, const QString &project)
{
    QStringList startupErrors;
    QString startupErrorFile;
    const auto connection = QObject::connect(m_project.get(), &ProjectController::loadFailed, m_project.get(),
                                             [&](const QString &file, const QStringList &messages) {
                                                 startupErrorFile = file;
                                                 startupErrors = messages;
                                                 for (const auto &m : messages)
                                                     std::fprintf(stderr, "%s\n", qPrintable(m));
                                             });
    if (!project.isEmpty())
        m_project->open(project);
    QObject::disconnect(connection);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setInitialProperties({{QStringLiteral("initialPage"), page},
                                    {QStringLiteral("startupErrorFile"), startupErrorFile},
                                    {QStringLiteral("startupErrors"), startupErrors}});
    m_engine->load(QUrl(QStringLiteral("qrc:/VenueBid/Ui/Main.qml")));
    return window() != nullptr;
}

QQuickWindow *GuiShell::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace vb::app
