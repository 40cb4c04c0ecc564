// SPDX-License-Identifier: GPL-3.0-or-later
// Project text never runs as markup in the GUI. tests/data/markup/markup-everywhere.venuebid.json is the sample
// project with markup appended to every free-text field the format accepts (title, client, venue, city, criterion,
// evaluator, budget line, revenue item, scenario, destination, bidder, tender item, quote supplier, notes...):
// <img src="http://127.0.0.1:PORT/x.png">, <h1>, <a href> and &amp;. PORT becomes the port of a local listening socket.
// The window opens it on every page, with every combo box list, the venue editor and the venue tool tip shown, and:
//   - the engine's network access manager (a counting one) is asked for nothing, and the socket gets no connection;
//   - every text item that holds a '<' (QQuickText and QQuickTextEdit, Labels and the styles' labels included) draws
//     it as plain text, and each page shows some of the markup (so the walk looks at the project's text at all).
// A last check shows that the two detectors work: one rich-text Text with the same <img> is fetched.
#include "guishell.h"
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "qmlwarningguard.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlNetworkAccessManagerFactory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <memory>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {

std::atomic<int> g_requests{0}; // the pixmap reader asks from its own thread

class CountingAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++g_requests;
        qInfo("network request from the GUI: %s", qPrintable(request.url().toString()));
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

class CountingFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override { return new CountingAccessManager(parent); }
};

/** The text items under item (popups live in the window's overlay, which is under its content item). */
void collectTexts(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (item->inherits("QQuickText") || item->inherits("QQuickTextEdit"))
        out.append(item);
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

/** The items under item (in the item tree: delegates made by views have no QObject parent) for which keep is true. */
template<typename Keep>
void collectItems(QQuickItem *item, const Keep &keep, QList<QQuickItem *> &out)
{
    if (keep(item))
        out.append(item);
    for (QQuickItem *child : item->childItems())
        collectItems(child, keep, out);
}

constexpr int kPlainText = 0; // Text.PlainText and TextEdit.PlainText (Qt::PlainText)

} // namespace

class TestPlainTextGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTcpServer m_server;
    int m_connections = 0;
    CountingFactory m_factory;
    std::unique_ptr<vb::app::GuiShell> m_shell;
    QString m_firstVenueId;

    QQuickWindow *window() const { return m_shell->window(); }
    QObject *find(const char *name) const { return window()->findChild<QObject *>(QString::fromLatin1(name)); }

    /** Checks every text item in the window: markup is drawn as plain text. Returns how many showed markup. */
    int checkTexts(const QString &where)
    {
        QList<QQuickItem *> texts;
        collectTexts(window()->contentItem(), texts);
        // Popups (dialogs, combo box lists, tool tips) are drawn in the window's overlay.
        if (auto *overlay = qvariant_cast<QQuickItem *>(window()->property("overlay")))
            if (!window()->contentItem()->isAncestorOf(overlay))
                collectTexts(overlay, texts);
        int markup = 0;
        for (QQuickItem *t : texts) {
            const QString text = t->property("text").toString();
            if (!text.contains(QLatin1Char('<')))
                continue;
            if (text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<h1>")) || text.contains(QLatin1String("<a href")))
                ++markup;
            const int format = t->property("textFormat").toInt();
            if (format != kPlainText) {
                QTest::qFail(qPrintable(QStringLiteral("%1: a %2 (objectName '%3', parent %4) draws \"%5\" with textFormat %6, not plain text")
                                            .arg(where, QString::fromLatin1(t->metaObject()->className()), t->objectName(),
                                                 QString::fromLatin1(t->parentItem() ? t->parentItem()->metaObject()->className() : "none"),
                                                 text.left(80))
                                            .arg(format)),
                             __FILE__, __LINE__);
                return -1;
            }
        }
        return markup;
    }

    /** Lets the window lay out and draw, and any (wrongly) started image load reach the network. */
    void settle()
    {
        window()->update();
        QTest::qWait(150);
    }

private Q_SLOTS:
    void initTestCase()
    {
        vb::app::QmlWarningGuard::install();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                s->close();
            }
        });

        QFile in(QStringLiteral(TEST_DATA_DIR "/markup/markup-everywhere.venuebid.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        QVERIFY(json.contains("http://127.0.0.1:PORT/"));
        json.replace("PORT", QByteArray::number(m_server.serverPort()));
        const QJsonArray venues = QJsonDocument::fromJson(json).object().value(QStringLiteral("venues")).toArray();
        QVERIFY(!venues.isEmpty());
        m_firstVenueId = venues.first().toObject().value(QStringLiteral("id")).toString();
        const QString path = m_dir.filePath(QStringLiteral("markup.venuebid.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();

        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        m_shell = std::make_unique<vb::app::GuiShell>(*LanguageController::instance());
        QVERIFY(m_shell->start(QStringLiteral("overview"), path,
                               [this](QQmlApplicationEngine &engine) { engine.setNetworkAccessManagerFactory(&m_factory); }));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY2(m_shell->project().property("loaded").toBool(), "the markup project did not load");
    }

    void everyPage_data()
    {
        QTest::addColumn<int>("index");
        const QStringList ids = vb::app::GuiShell::pageIds();
        for (int i = 0; i < ids.size(); ++i)
            QTest::newRow(qPrintable(ids[i])) << i;
    }

    void everyPage()
    {
        QFETCH(int, index);
        const QString page = vb::app::GuiShell::pageIds().at(index);
        QObject *nav = find("nav");
        QObject *loader = find("pageLoader");
        QVERIFY(nav && loader);
        nav->setProperty("currentIndex", index);
        QTRY_COMPARE(loader->property("status").toInt(), 1); // Loader.Ready
        settle();
        int markup = checkTexts(page);
        QVERIFY(markup >= 0);

        // Each combo box with its list open: the items are made when the list first shows.
        auto *pageItem = qvariant_cast<QQuickItem *>(loader->property("item"));
        QVERIFY(pageItem);
        QList<QQuickItem *> combos;
        collectItems(pageItem, [](QQuickItem *i) { return i->inherits("QQuickComboBox"); }, combos);
        for (QQuickItem *combo : combos) {
            auto *popup = qvariant_cast<QObject *>(combo->property("popup"));
            QVERIFY(popup);
            popup->setProperty("visible", true);
            settle();
            const int inList = checkTexts(page + QStringLiteral(" (a combo box list)"));
            QVERIFY(inList >= 0);
            markup += inList;
            popup->setProperty("visible", false);
        }

        if (page == QLatin1String("venues")) {
            // The venue editor (its title and group boxes) and the tool tip of a cell with a source or a note.
            QObject *editor = find("venueEditor");
            QVERIFY(editor);
            QVERIFY(QMetaObject::invokeMethod(editor, "openFor", Q_ARG(QString, m_firstVenueId)));
            QTRY_VERIFY(editor->property("opened").toBool());
            settle();
            const int inEditor = checkTexts(QStringLiteral("venue editor"));
            QVERIFY(inEditor >= 0);
            markup += inEditor;
            QMetaObject::invokeMethod(editor, "close");
            QTRY_VERIFY(!editor->property("visible").toBool());

            QObject *tip = find("venueCellTip");
            QVERIFY(tip);
            QList<QQuickItem *> cells;
            collectItems(pageItem, [](QQuickItem *i) { return i->property("tip").toString().contains(QLatin1String("<img")); }, cells);
            QVERIFY2(!cells.isEmpty(), "no venue cell has a tool tip with the markup of a source note");
            tip->setProperty("parent", QVariant::fromValue(static_cast<QObject *>(cells.first())));
            tip->setProperty("text", cells.first()->property("tip"));
            tip->setProperty("delay", 0);
            QMetaObject::invokeMethod(tip, "open");
            QTRY_VERIFY(tip->property("opened").toBool());
            settle();
            const int inTip = checkTexts(QStringLiteral("venue tool tip"));
            QVERIFY(inTip > 0);
            markup += inTip;
            QMetaObject::invokeMethod(tip, "close");
        }

        qInfo("%s: %d text items show markup, all as plain text", qPrintable(page), markup);
        QVERIFY2(markup > 0, qPrintable(page + QStringLiteral(": no markup from the project on the page; the walk saw none of its text")));
        QCOMPARE(g_requests.load(), 0);
        QCOMPARE(m_connections, 0);
        QVERIFY2(vb::app::QmlWarningGuard::problems().isEmpty(), qPrintable(vb::app::QmlWarningGuard::problems().join(QLatin1Char('\n'))));
    }

    /** The detectors see a load: the same <img> in a rich-text Text is asked of the network and reaches the socket. */
    void detectorsWork()
    {
        QQmlComponent c(&m_shell->engine());
        const QByteArray qml = "import QtQuick\nText { textFormat: Text.RichText; text: '<img src=\"http://127.0.0.1:"
            + QByteArray::number(m_server.serverPort()) + "/probe.png\">' }\n";
        c.setData(qml, QUrl(QStringLiteral("qrc:/probe.qml")));
        std::unique_ptr<QObject> probe(c.create());
        QVERIFY2(probe, qPrintable(c.errorString()));
        auto *item = qobject_cast<QQuickItem *>(probe.get());
        QVERIFY(item);
        item->setParentItem(window()->contentItem());
        QTRY_VERIFY(g_requests.load() > 0);
        QTRY_VERIFY(m_connections > 0);
        item->setParentItem(nullptr);
    }

    void cleanupTestCase()
    {
        m_shell.reset();
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestPlainTextGui t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_plain_text_gui.moc"
