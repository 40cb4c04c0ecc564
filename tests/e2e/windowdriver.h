// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guishell.h"
#include "languagecontroller.h"
#include "qmlwarningguard.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

/** Drives the real window the way a user does: finds items by objectName or by their text, clicks their centre and
 *  types through the window's event queue, and compares what the window draws. For the real-window tests. */
class WindowDriver
{
public:
    explicit WindowDriver(QQuickWindow *window)
        : m_window(window)
    {
    }

    [[nodiscard]] QQuickWindow *window() const { return m_window; }

    /** The first object (item, popup, dialog) with this objectName, searched through both the object tree and
     *  the visual tree, popups included; null when there is none. */
    [[nodiscard]] QObject *find(const QString &objectName) const
    {
        if (QObject *o = m_window->findChild<QObject *>(objectName))
            return o;
        return findIf([&](QObject *o) { return o->objectName() == objectName; });
    }

    /** The first item with this objectName that is shown on screen (of several dialogs, the open one). */
    [[nodiscard]] QQuickItem *findShown(const QString &objectName) const
    {
        return qobject_cast<QQuickItem *>(findIf([&](QObject *o) {
            auto *item = qobject_cast<QQuickItem *>(o);
            return item && item->objectName() == objectName && shownOnScreen(item);
        }));
    }

    /** The first item shown on screen whose property has the value (a file dialog's entry by its fileName …). */
    [[nodiscard]] QQuickItem *findShownWith(const char *property, const QVariant &value) const
    {
        return qobject_cast<QQuickItem *>(findIf([&](QObject *o) {
            auto *item = qobject_cast<QQuickItem *>(o);
            return item && item->property(property) == value && shownOnScreen(item);
        }));
    }

    /** Double-clicks the centre of item. */
    void doubleClick(QQuickItem *item) const
    {
        QVERIFY2(item, "no item to double-click");
        const QPointF centre = settledCentre(item);
        QTest::mouseDClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }

    /** The first visible, enabled button whose text is text (a dialog's Save, Open, Cancel, Discard …); while a
     *  dialog is open, only the dialog's buttons. */
    [[nodiscard]] QQuickItem *button(const QString &text) const
    {
        const auto isButton = [&](QObject *o) {
            auto *item = qobject_cast<QQuickItem *>(o);
            return item && item->inherits("QQuickAbstractButton") && item->property("text").toString() == text && item->isEnabled()
                   && shownOnScreen(item);
        };
        // While a dialog is open, only its buttons count (the window's own are behind the modal overlay).
        auto *overlay = qobject_cast<QQuickItem *>(findIf([](QObject *o) { return o->inherits("QQuickOverlay"); }));
        const bool dialogOpen = overlay && std::any_of(overlay->childItems().cbegin(), overlay->childItems().cend(),
                                                       [](const QQuickItem *i) { return i->isVisible() && i->opacity() > 0; });
        return qobject_cast<QQuickItem *>(findIf(isButton, dialogOpen ? overlay : nullptr));
    }

    /** Clicks the centre of item with the left button, once it is laid out (its place on screen has stopped moving,
     *  as a page that has just loaded settles). */
    void click(QQuickItem *item) const
    {
        QVERIFY2(item, "no item to click");
        QPointF centre = settledCentre(item);
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }
    void click(const QString &objectName) const
    {
        auto *item = qobject_cast<QQuickItem *>(find(objectName));
        QVERIFY2(item, qPrintable(QStringLiteral("no item named %1").arg(objectName)));
        click(item);
    }

    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) const { QTest::keyClick(m_window, k, mods); }
    /** Presses a key combination written as the user reads it ("Ctrl+Shift+S"). */
    void keys(const QString &sequence) const
    {
        const QKeySequence seq(sequence);
        QVERIFY2(!seq.isEmpty(), qPrintable(sequence));
        QTest::keyClick(m_window, seq[0].key(), seq[0].keyboardModifiers());
    }
    /** Types text (ASCII) key by key. */
    void type(const QString &text) const
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    /** What the window shows now. */
    [[nodiscard]] QImage grab() const { return m_window->grabWindow(); }

    /** The share of pixels (0–1) that differ between two grabs of the window. */
    [[nodiscard]] static double difference(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size() || a.isNull())
            return 1.0;
        const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
        qint64 differ = 0;
        for (int row = 0; row < x.height(); ++row) {
            const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
            const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
            for (int col = 0; col < x.width(); ++col)
                differ += p[col] != q[col];
        }
        return static_cast<double>(differ) / (static_cast<double>(x.width()) * x.height());
    }

private:
    /** item's centre in the window once it is the same on two looks 50 ms apart (at most about a second). */
    QPointF settledCentre(QQuickItem *item) const
    {
        const auto centre = [item] { return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)); };
        QPointF last = centre();
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(50);
            const QPointF now = centre();
            if (now == last && item->width() > 0)
                break;
            last = now;
        }
        return last;
    }

    /** True when item and all its ancestors are visible with some opacity (not a hidden page's leftover). */
    static bool shownOnScreen(const QQuickItem *item)
    {
        for (auto *i = item; i; i = i->parentItem())
            if (!i->isVisible() || i->opacity() <= 0.0)
                return false;
        return true;
    }

    QObject *findIf(const std::function<bool(QObject *)> &match, QObject *root = nullptr) const
    {
        QList<QObject *> queue = root ? QList<QObject *>{root} : QList<QObject *>{m_window, m_window->contentItem()};
        QSet<QObject *> seen;
        while (!queue.isEmpty()) {
            QObject *o = queue.takeFirst();
            if (!o || seen.contains(o))
                continue;
            seen.insert(o);
            if (o != m_window && match(o))
                return o;
            queue.append(o->children());
            if (auto *item = qobject_cast<QQuickItem *>(o))
                for (auto *child : item->childItems())
                    queue.append(child);
        }
        return nullptr;
    }

    QPointer<QQuickWindow> m_window;
};

/** The set-up every real-window test shares: the app's own window (xcb under Xvfb, never offscreen) at 1366 × 768,
 *  with a home, settings and recovery copies of its own in a temporary folder (no offer left by a user interrupts
 *  it), and any QML warning failing the test function that caused it. Derive the test from it, call startWindow()
 *  in initTestCase(); cleanup() and cleanupTestCase() are the fixture's. */
class GuiTestCase : public QObject
{
    Q_OBJECT

protected:
    /** Whether the window is made the active one (keyboard shortcuts go to the active window). */
    enum class Activate { No, Yes };

    QTemporaryDir m_dir; ///< HOME, XDG_CONFIG_HOME (config/) and XDG_DATA_HOME (data/) of the test
    std::unique_ptr<vb::app::GuiShell> m_shell;
    std::unique_ptr<WindowDriver> m_ui;

    /** Starts the window on page with project ("" = none) in English, then switches to language as a user does
     *  (the translator installed, the window retranslated) when it is not "en". */
    void startWindow(const QString &page, const QString &project, Activate activate, const QString &language = QStringLiteral("en"))
    {
        vb::app::QmlWarningGuard::install();
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.path())); // a new project's dialogs start here
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); // a real window, not offscreen
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        m_shell = std::make_unique<vb::app::GuiShell>(*LanguageController::instance());
        QVERIFY(m_shell->start(page, project));
        if (language != QStringLiteral("en"))
            LanguageController::instance()->setLanguage(language);
        m_shell->window()->resize(1366, 768);
        QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
        if (activate == Activate::Yes) {
            m_shell->window()->requestActivate();
            QVERIFY(QTest::qWaitForWindowActive(m_shell->window()));
        }
        m_ui = std::make_unique<WindowDriver>(m_shell->window());
    }

private Q_SLOTS:
    /** Any QML warning during the test function fails it, with the warnings. */
    void cleanup()
    {
        const QStringList problems = vb::app::QmlWarningGuard::problems();
        vb::app::QmlWarningGuard::reset();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("QML warnings:\n") + problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        m_shell.reset();
    }
};
