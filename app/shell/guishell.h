// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "appcontrollers.h"

class QQmlApplicationEngine;
class QQuickWindow;
class LanguageController;

namespace vb::app {

/** The GUI's composition root, shared by `venuebid` and the real-window tests: creates the shared controllers
 *  (AppControllers), hands them to QML, and loads Main.qml on the page asked for. */
class GuiShell
{
public:
    /** The workspace pages, in sidebar order (the ids of `venuebid --page`). */
    [[nodiscard]] static QStringList pageIds();

    explicit GuiShell(LanguageController &language);
    ~GuiShell();
    GuiShell(const GuiShell &) = delete;
    GuiShell &operator=(const GuiShell &) = delete;

    /** Opens project (may be empty), then loads the window on page. Load errors of the project are printed to
     *  stderr and shown in the window's errors dialog. Returns false when the QML could not be loaded.
     *  prepare, when given, sees the engine before anything is loaded (the tests count its network requests).
     *  With Session::On, autosave, the recovery offer and the recent files are on (the user's window; not
     *  screenshots and tests). */
    enum class Session { Off, On };
    bool start(const QString &page, const QString &project, const std::function<void(QQmlApplicationEngine &)> &prepare = {},
               Session session = Session::Off);

    /** Seconds without a change before the open project is autosaved: setting "autosave/idleSeconds". */
    static constexpr int kDefaultAutosaveSeconds = 30;

    [[nodiscard]] QQuickWindow *window() const;
    [[nodiscard]] QQmlApplicationEngine &engine() const { return *m_engine; }
    [[nodiscard]] ProjectController &project() const { return m_controllers->project; }
    [[nodiscard]] AppControllers &controllers() const { return *m_controllers; }

private:
    std::unique_ptr<AppControllers> m_controllers;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace vb::app
