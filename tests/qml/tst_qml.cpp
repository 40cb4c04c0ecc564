// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for tests/qml/tst_*.qml; links the same static QML modules as the app. Any QML warning
// (a module not installed, a ReferenceError, a binding loop …) fails the run.
#include "languagecontroller.h"
#include "appcontrollers.h"
#include "qmlwarningguard.h"

#include <cstdio>
#include <memory>
#include <vector>

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        vb::app::QmlWarningGuard::install(); // after Qt Quick Test's own handler, chained to it
        // Qt 6.4 keeps a static module's qmldir at qrc:/VenueBid/Ui/; the QML files' types are found through it.
        engine->addImportPath(QStringLiteral("qrc:/"));
        // The composition root's part: the shared controllers, fresh for each test file's engine.
        m_controllers.push_back(std::make_unique<vb::app::AppControllers>(*LanguageController::instance()));
        m_controllers.back()->provideTo(*engine);
    }

private:
    std::vector<std::unique_ptr<vb::app::AppControllers>> m_controllers;
};

int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    const int status = quick_test_main_with_setup(argc, argv, "venuebid_qml", QUICK_TEST_SOURCE_DIR, &setup);
    const QStringList problems = vb::app::QmlWarningGuard::problems();
    if (problems.isEmpty())
        return status;
    std::fprintf(stderr, "FAIL: %lld QML warning(s):\n%s\n", static_cast<long long>(problems.size()), qPrintable(problems.join(QLatin1Char('\n'))));
    return 1;
}
#include "tst_qml.moc"
