// SPDX-License-Identifier: GPL-3.0-or-later
// The real window (xcb under Xvfb): the overview's list of facts without a source or an as-of date leads to the page
// that edits each one (OverviewPage.pageRequested, answered by Main.qml), as a user clicks it.
#include "guishell.h"
#include "languagecontroller.h"
#include "qmlwarningguard.h"
#include "windowdriver.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {
const QString kFixture = QStringLiteral(TEST_DATA_DIR "/unsourced/unsourced.venuebid.json");
constexpr int kTimeout = 10000;
} // namespace

class TestGuiUnsourced : public GuiTestCase
{
    Q_OBJECT

    /** The sidebar's page: its index in Main.pageIds (overview 0, venues 1, … destinations 11). */
    int currentPage() const { return m_ui->find(QStringLiteral("nav"))->property("currentIndex").toInt(); }

    /** Clicks the overview's entry number index once it is on screen. */
    void clickEntry(int index)
    {
        QQuickItem *entry = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((entry = m_ui->findShown(QStringLiteral("unsourced_%1").arg(index))) != nullptr, kTimeout);
        m_ui->click(entry);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startWindow(QStringLiteral("overview"), kFixture, Activate::No);
    }

    void entriesLeadToTheirPages()
    {
        QCOMPARE(currentPage(), 0);
        // The fixture's first entry is Alpha Centre's plenary seats: the venues page (sidebar index 1).
        clickEntry(0);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->findShown(QStringLiteral("venueTable")) != nullptr, kTimeout);
        // Back to the overview; the third entry, Seoul's hotel rate, opens the destinations page (index 11).
        m_ui->click(QStringLiteral("nav-overview"));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(), 0, kTimeout);
        clickEntry(2);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(), 11, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->findShown(QStringLiteral("destinationUnsourced1")) != nullptr, kTimeout);
    }
};

QTEST_MAIN(TestGuiUnsourced)
#include "tst_gui_unsourced.moc"
