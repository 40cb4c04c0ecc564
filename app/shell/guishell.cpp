// SPDX-License-Identifier: GPL-3.0-or-later
#include "guishell.h"

#include "languagecontroller.h"
#include "projectformat.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <future>

namespace vb::app {

QStringList GuiShell::pageIds()
{
    return {QStringLiteral("overview"), QStringLiteral("venues"),      QStringLiteral("criteria"),    QStringLiteral("ahp"),
            QStringLiteral("ranking"),  QStringLiteral("sensitivity"), QStringLiteral("budget"),      QStringLiteral("revenue"),
            QStringLiteral("quote"),    QStringLiteral("scenarios"),   QStringLiteral("inspections"), QStringLiteral("destinations"),
            QStringLiteral("tender"),   QStringLiteral("quotes"),      QStringLiteral("bid"),
            QStringLiteral("client"),   QStringLiteral("forecast"),
            QStringLiteral("negotiation"), QStringLiteral("contract")};
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
    ProjectController &project = m_controllers->project;
    if (session == Session::On) {
        const int idle = QSettings().value(QStringLiteral("autosave/idleSeconds"), kDefaultAutosaveSeconds).toInt();
        project.enableRecovery(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery"),
                               idle > 0 ? idle : kDefaultAutosaveSeconds);
    }
    // The file is read and checked on the second core while this thread builds the window: with a 10,000-venue
    // library each is about half of the time to the first frame. loadProjectFile only reads its arguments.
    const QString path = file.isEmpty() ? QString() : ProjectController::localPath(file);
    std::future<LoadResult> reading;
    if (!path.isEmpty())
        reading = std::async(std::launch::async, [p = path.toStdString(), lang = project.lang()] { return loadProjectFile(p, lang); });

    m_engine = std::make_unique<QQmlApplicationEngine>();
    if (prepare)
        prepare(*m_engine);
    m_controllers->provideTo(*m_engine);
    m_engine->setInitialProperties({{QStringLiteral("initialPage"), page}});
    m_engine->load(QUrl(QStringLiteral("qrc:/VenueBid/Ui/Main.qml")));

    if (reading.valid()) {
        // Before the first frame: the window never shows "no project" for a file it was given. Errors go to stderr
        // and, through loadFailed, to the window's errors dialog.
        LoadResult result = reading.get();
        if (!result.ok())
            for (const auto &m : result.messages())
                std::fprintf(stderr, "%s\n", m.c_str());
        project.adopt(path, std::move(result));
    }
    return window() != nullptr;
}

QQuickWindow *GuiShell::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace vb::app
