// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid: the GUI. The composition root: builds the controllers, hands them to QML, loads Main.qml.
#include "languagecontroller.h"
#include "projectcontroller.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {
const QStringList kPages{QStringLiteral("overview"), QStringLiteral("venues"), QStringLiteral("criteria"), QStringLiteral("ahp"), QStringLiteral("ranking"), QStringLiteral("sensitivity"),
                         QStringLiteral("budget"), QStringLiteral("revenue"), QStringLiteral("quote"),
                         QStringLiteral("scenarios"), QStringLiteral("inspections"), QStringLiteral("destinations"), QStringLiteral("tender"),
                         QStringLiteral("quotes"), QStringLiteral("bid")};
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("VenueBid"));
    QGuiApplication::setOrganizationName(QStringLiteral("VenueBid"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VENUEBID_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VenueBid: venue analysis and bids for conference project managers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("UI language: en, zh-TW or zh_TW."), QStringLiteral("lang"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page to open: %1.").arg(kPages.join(QStringLiteral(", "))),
                                     QStringLiteral("name"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render the window offscreen to a PNG file and exit."),
                                     QStringLiteral("file"));
    parser.addOptions({langOpt, pageOpt, shotOpt});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A *.venuebid.json project to open."), QStringLiteral("[PROJECT]"));
    parser.process(app);

    auto *language = LanguageController::instance();
    if (parser.isSet(langOpt) && !language->trySetLanguage(parser.value(langOpt))) {
        std::fprintf(stderr, "venuebid: unknown --lang '%s': expected en, zh-TW or zh_TW\n", qPrintable(parser.value(langOpt)));
        return 2;
    }
    const QString page = parser.isSet(pageOpt) ? parser.value(pageOpt) : QStringLiteral("overview");
    if (!kPages.contains(page)) {
        std::fprintf(stderr, "venuebid: unknown --page '%s': expected one of %s\n", qPrintable(page), qPrintable(kPages.join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "venuebid: at most one PROJECT file\n");
        return 2;
    }

    ProjectController project(nullptr);
    ProjectController::setInstance(&project);

    QQmlApplicationEngine engine;
    // Load errors found before the window exists are shown by Main.qml from these initial properties.
    QStringList startupErrors;
    QString startupErrorFile;
    QObject::connect(&project, &ProjectController::loadFailed, &app, [&](const QString &file, const QStringList &messages) {
        startupErrorFile = file;
        startupErrors = messages;
        for (const auto &m : messages)
            std::fprintf(stderr, "%s\n", qPrintable(m));
    });
    if (!parser.positionalArguments().isEmpty())
        project.open(parser.positionalArguments().constFirst());

    engine.setInitialProperties({{QStringLiteral("initialPage"), page},
                                 {QStringLiteral("startupErrorFile"), startupErrorFile},
                                 {QStringLiteral("startupErrors"), startupErrors}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/VenueBid/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(shotOpt)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        const QString file = parser.value(shotOpt);
        // Grab after the first frame plus a short settle time for the table views to lay out.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window, file] {
            static bool scheduled = false;
            if (scheduled)
                return;
            scheduled = true;
            QTimer::singleShot(400, window, [window, file] {
                const QImage img = window->grabWindow();
                if (img.isNull() || !img.save(file)) {
                    std::fprintf(stderr, "venuebid: cannot write screenshot '%s'\n", qPrintable(file));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
        });
    }
    return app.exec();
}
