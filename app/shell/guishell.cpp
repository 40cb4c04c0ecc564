// SPDX-License-Identifier: GPL-3.0-or-later
#include "guishell.h"

#include "languagecontroller.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace vb::app {

QStringList GuiShell::pageIds()
{
    return {QStringLiteral("overview"), QStringLiteral("venues"),      QStringLiteral("criteria"),    QStringLiteral("ahp"),
            QStringLiteral("ranking"),  QStringLiteral("sensitivity"), QStringLiteral("budget"),      QStringLiteral("revenue"),
            QStringLiteral("quote"),    QStringLiteral("scenarios"),   QStringLiteral("inspections"), QStringLiteral("destinations"),
            QStringLiteral("tender"),   QStringLiteral("quotes"),      QStringLiteral("bid")};
}

GuiShell::GuiShell(LanguageController &language)
    : m_controllers(std::make_unique<AppControllers>(language))
{
}

GuiShell::~GuiShell()
{
    m_engine.reset(); // the views go before the controllers they show
}

bool GuiShell::start(const QString &page, const QString &file, const std::function<void(QQmlApplicationEngine &)> &prepare,
                     Session session)
{
    QStringList startupErrors;
    QString startupErrorFile;
    ProjectController &project = m_controllers->project;
    if (session == Session::On) {
        const int idle = QSettings().value(QStringLiteral("autosave/idleSeconds"), kDefaultAutosaveSeconds).toInt();
        project.enableRecovery(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery"),
                               idle > 0 ? idle : kDefaultAutosaveSeconds);
    }
    const auto connection = QObject::connect(&project, &ProjectController::loadFailed, &project,
                                             [&](const QString &file, const QStringList &messages) {
                                                 startupErrorFile = file;
                                                 startupErrors = messages;
                                                 for (const auto &m : messages)
                                                     std::fprintf(stderr, "%s\n", qPrintable(m));
                                             });
    if (!file.isEmpty())
        project.open(file);
    QObject::disconnect(connection);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    if (prepare)
        prepare(*m_engine);
    m_controllers->provideTo(*m_engine);
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
