// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid: the GUI. Parses the command line (without a display for --help and --version), then hands over to the
// composition root, vb::app::GuiShell.
#include "guishell.h"
#include "languagecontroller.h"
#include "qmlwarningguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSize>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <cstring>
#include <memory>
#include <utility>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {

struct Options {
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("UI language: en, zh-TW or zh_TW."), QStringLiteral("lang")};
    QCommandLineOption page{QStringLiteral("page"),
                            QStringLiteral("Page to open: %1.").arg(vb::app::GuiShell::pageIds().join(QStringLiteral(", "))),
                            QStringLiteral("name")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QStringLiteral("Render the window to a PNG file and exit."),
                                  QStringLiteral("file")};
    QCommandLineOption size{QStringLiteral("size"),
                            QStringLiteral("Window size WIDTHxHEIGHT in pixels, e.g. 1093x614 for a 1366 × 768 laptop at 125 % scaling "
                                           "(for screenshots of laptop layouts)."),
                            QStringLiteral("WxH")};
    QCommandLineOption bench{QStringLiteral("bench"),
                             QStringLiteral("Measure and exit: time to the first frame and resident memory, then N weight changes of the "
                                            "first criterion (re-rank and update the views); figures on stderr."),
                             QStringLiteral("N")};
};

void describe(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QStringLiteral("VenueBid: venue analysis and bids for conference project managers.\n"
                                                    "The same computations and documents: venuebid-cli --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.lang, o.page, o.screenshot, o.size, o.bench});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A *.venuebid.json project to open."), QStringLiteral("[PROJECT]"));
}

/** --help and --version need no display: they are answered by a QCoreApplication before any window system loads. */
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("VenueBid"));
    QCoreApplication::setOrganizationName(QStringLiteral("VenueBid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VENUEBID_VERSION));
}

/** Writes the window to file once it has drawn and settled, then quits (status 0, or 1 when it cannot). */
void screenshotAndQuit(QQuickWindow *window, const QString &file)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, file] {
        static bool scheduled = false;
        if (std::exchange(scheduled, true))
            return;
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

/** A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 where there is none. */
long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    return 0;
}

/** --bench N: prints the time from start to the first frame and the resident memory then, lets the window settle,
 *  then changes the first criterion's weight N times as a dragged slider does (RankingController::setWeightPercent:
 *  re-rank in models/, update the ranking, excluded, venue and criteria models and the delegates in sight) and prints
 *  the median and the slowest change and the peak resident memory. */
void benchAndQuit(vb::app::GuiShell &shell, const QElapsedTimer &clock, int changes)
{
    QObject::connect(shell.window(), &QQuickWindow::frameSwapped, shell.window(), [&shell, &clock, changes] {
        static bool done = false;
        if (std::exchange(done, true))
            return;
        std::fprintf(stderr, "venuebid --bench: first frame %.0f ms after start, resident %.0f MB\n", clock.nsecsElapsed() / 1e6,
                     statusKb("VmRSS") / 1024.0);
        QTimer::singleShot(500, shell.window(), [&shell, changes] {
            auto &ranking = shell.controllers().ranking;
            std::vector<double> ms;
            QElapsedTimer t;
            double w = 10.0;
            for (int i = 0; i < changes; ++i) {
                w = w >= 60.0 ? 10.0 : w + 0.5;
                t.start();
                ranking.setWeightPercent(0, w);
                ms.push_back(t.nsecsElapsed() / 1e6);
                // As between the steps of a dragged slider: the window gets its events (untimed).
                QCoreApplication::processEvents();
            }
            ranking.endWeightChange();
            if (!ms.empty()) {
                std::sort(ms.begin(), ms.end());
                std::fprintf(stderr, "venuebid --bench: %d weight changes (%d venues ranked): median %.2f ms, slowest %.2f ms\n", changes,
                             ranking.ranking()->count(), ms[ms.size() / 2], ms.back());
            }
            QTimer::singleShot(200, shell.window(), [] {
                std::fprintf(stderr, "venuebid --bench: peak resident %.0f MB\n", statusKb("VmHWM") / 1024.0);
                QCoreApplication::exit(0);
            });
        });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    const Options o;
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser, o);
        parser.process(app); // prints and exits
        return 0;
    }

    vb::app::QmlWarningGuard::install();
    QGuiApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    describe(parser, o);
    parser.process(app);

    auto *language = LanguageController::instance();
    if (parser.isSet(o.lang) && !language->trySetLanguage(parser.value(o.lang))) {
        std::fprintf(stderr, "venuebid: unknown --lang '%s': expected en, zh-TW or zh_TW\n", qPrintable(parser.value(o.lang)));
        return 2;
    }
    const QString page = parser.isSet(o.page) ? parser.value(o.page) : QStringLiteral("overview");
    if (!vb::app::GuiShell::pageIds().contains(page)) {
        std::fprintf(stderr, "venuebid: unknown --page '%s': expected one of %s\n", qPrintable(page),
                     qPrintable(vb::app::GuiShell::pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "venuebid: at most one PROJECT file\n");
        return 2;
    }

    QSize size;
    if (parser.isSet(o.size)) {
        const QStringList wh = parser.value(o.size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320) {
            std::fprintf(stderr, "venuebid: --size expects WIDTHxHEIGHT from 320x240 to 7680x4320, got '%s'\n", qPrintable(parser.value(o.size)));
            return 2;
        }
    }

    vb::app::GuiShell shell(*language);
    if (!shell.start(page, parser.positionalArguments().value(0), {},
                     parser.isSet(o.screenshot) ? vb::app::GuiShell::Session::Off : vb::app::GuiShell::Session::On))
        return 1;
    if (size.isValid())
        shell.window()->resize(size);
    if (parser.isSet(o.screenshot))
        screenshotAndQuit(shell.window(), parser.value(o.screenshot));
    if (parser.isSet(o.bench)) {
        bool ok = false;
        const int changes = parser.value(o.bench).toInt(&ok);
        if (!ok || changes < 0 || changes > 100000) {
            std::fprintf(stderr, "venuebid: --bench expects a whole number from 0 to 100000, got '%s'\n", qPrintable(parser.value(o.bench)));
            return 2;
        }
        benchAndQuit(shell, clock, changes);
    }
    const int status = app.exec();

    const QStringList problems = vb::app::QmlWarningGuard::problems();
    if (!problems.isEmpty() && qEnvironmentVariableIntValue("VENUEBID_STRICT_QML") == 1) {
        std::fprintf(stderr, "venuebid: %lld QML warning(s); the first: %s\n", static_cast<long long>(problems.size()),
                     qPrintable(problems.constFirst()));
        return 3;
    }
    return status;
}
