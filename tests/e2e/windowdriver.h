// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QString>
#include <QTest>

#include <algorithm>
#include <functional>

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
