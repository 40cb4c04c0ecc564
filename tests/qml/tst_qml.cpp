// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for tests/qml/tst_*.qml; links the same static QML modules as the app.
#include "languagecontroller.h"
#include "projectcontroller.h"

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
        // Qt 6.4 keeps a static module's qmldir at qrc:/VenueBid/Ui/; the QML files' types are found through it.
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(venuebid_qml, Setup)
#include "tst_qml.moc"
