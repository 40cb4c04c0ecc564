// SPDX-License-Identifier: GPL-3.0-or-later
// The whole job in the real window (xcb under Xvfb at 1366 × 768), as a project manager does it without touching the
// file: a new project, three venues, two criteria, a budget line, a received quote, a tender item scored by two
// members, a competing destination and a risk scenario, each entered through the page's own fields and buttons;
// then saved, opened again, and every figure compared with venuebid-cli on the saved file.
#include "guishell.h"
#include "languagecontroller.h"
#include "projectcontroller.h"
#include "qmlwarningguard.h"
#include "windowdriver.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {
constexpr int kTimeout = 10000;
} // namespace

class TestGuiWholeJob : public GuiTestCase
{
    Q_OBJECT

    int m_shot = 0;

    ProjectController &pc() const { return m_shell->project(); }

    void showPage(const QString &id)
    {
        m_ui->click(QStringLiteral("nav-") + id);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(QStringLiteral("pageLoader"))->property("status").toInt() == 1, kTimeout);
        QTest::qWait(300);
    }
    /** Scrolls the page (or dialog) that holds the item with this objectName until the item is in view, as a user
     *  scrolls down to a form. */
    void reveal(const QString &objectName)
    {
        auto *item = qobject_cast<QQuickItem *>(m_ui->find(objectName));
        if (!item || !item->isVisible())
            return;
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            if (!content)
                continue;
            const double y = item->mapToItem(content, QPointF(0, 0)).y();
            const double maxY = std::max(0.0, p->property("contentHeight").toDouble() - p->height());
            p->setProperty("contentY", std::clamp(y - p->height() / 3, 0.0, maxY));
            QTest::qWait(150);
            return;
        }
    }
    /** The item shown on screen with this objectName (the open page's or the open dialog's), scrolled into view. */
    QQuickItem *shown(const QString &objectName)
    {
        reveal(objectName);
        QQuickItem *item = nullptr;
        [&] { QTRY_VERIFY2_WITH_TIMEOUT((item = m_ui->findShown(objectName)) != nullptr, qPrintable(QStringLiteral("nothing shown named ") + objectName), kTimeout); }();
        return item;
    }
    /** Clicks the field, selects what it holds and types text, then Tab: editing finished, as a user leaves a field. */
    void typeInto(const QString &objectName, const QString &text)
    {
        QQuickItem *field = shown(objectName);
        if (!field)
            return;
        m_ui->click(field);
        m_ui->keys(QStringLiteral("Ctrl+A"));
        m_ui->type(text);
        m_ui->key(Qt::Key_Tab);
    }
    void clickShown(const QString &objectName)
    {
        // For a person checking the test by eye: VB_E2E_SHOTS=folder keeps the window as it is before each click.
        if (const QString dir = qEnvironmentVariable("VB_E2E_SHOTS"); !dir.isEmpty())
            m_ui->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(objectName)));
        if (QQuickItem *b = shown(objectName))
            m_ui->click(b);
        QTest::qWait(150);
    }
    /** The dialog closed (its Save took the fields); if not, the test fails with what the dialog says. */
    void waitClosed(const QString &objectName)
    {
        QObject *dialog = m_ui->find(objectName);
        QVERIFY2(dialog, qPrintable(objectName));
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->property("visible").toBool(),
                                  qPrintable(objectName + QStringLiteral(" stayed open: ") + dialog->property("error").toString()
                                             + dialog->property("errors").toStringList().join(QLatin1Char(' '))),
                                  kTimeout);
        QTest::qWait(200);
    }
    /** venuebid-cli ARGS on the saved file: its JSON output. */
    QJsonDocument cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(VENUEBID_CLI), args);
        [&] { QVERIFY(p.waitForFinished(60000)); }();
        [&] { QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData()); }();
        return QJsonDocument::fromJson(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        startWindow(QStringLiteral("overview"), QString(), Activate::Yes);
    }

    void wholeJob()
    {
        // 1. A new project through the guided start.
        m_ui->click(QStringLiteral("newButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(QStringLiteral("newDialog"))->property("visible").toBool(), kTimeout);
        for (const auto &[field, text] : {std::pair{"newTitle", "Harbour Forum 2030"}, std::pair{"newClient", "Harbour Society"},
                                          std::pair{"newStart", "2030-05-12"}, std::pair{"newEnd", "2030-05-14"}, std::pair{"newAttendance", "1,200"}}) {
            m_ui->click(QString::fromLatin1(field));
            m_ui->type(QString::fromLatin1(text));
        }
        clickShown(QStringLiteral("createProjectButton"));
        waitClosed(QStringLiteral("newDialog"));
        QCOMPARE(pc().title(), QStringLiteral("Harbour Forum 2030"));
        const int criteriaAtStart = pc().project().criteria.size();

        // 2. Three venues, named only (their facts stay unknown until sourced).
        showPage(QStringLiteral("venues"));
        for (const char *name : {"Alpha Hall", "Beta Centre", "Gamma Expo"}) {
            clickShown(QStringLiteral("addVenueButton"));
            typeInto(QStringLiteral("field_name_en"), QString::fromLatin1(name));
            clickShown(QStringLiteral("saveVenueButton"));
            waitClosed(QStringLiteral("venueEditor"));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(pc().project().venues.size(), std::size_t(3));

        // 3. Two criteria.
        showPage(QStringLiteral("criteria"));
        for (const char *name : {"Catering quality", "Wifi capacity"}) {
            clickShown(QStringLiteral("addCriterion"));
            typeInto(QStringLiteral("criterionNameEn"), QString::fromLatin1(name));
            clickShown(QStringLiteral("saveCriterionButton"));
            QTest::qWait(300);
        }
        QCOMPARE(static_cast<int>(pc().project().criteria.size()), criteriaAtStart + 2);

        // 4. A budget line: 3 × 12,000 TWD, fixed, with the service charge.
        showPage(QStringLiteral("budget"));
        clickShown(QStringLiteral("addBudgetLine"));
        typeInto(QStringLiteral("lineDescriptionEn"), QStringLiteral("Lanyards"));
        typeInto(QStringLiteral("lineUnitCost"), QStringLiteral("12000"));
        typeInto(QStringLiteral("lineQuantity"), QStringLiteral("3"));
        clickShown(QStringLiteral("lineServiceCharge"));
        clickShown(QStringLiteral("saveLineButton"));
        waitClosed(QStringLiteral("budgetLineDialog"));

        // 5. A received quote: 1,050,000 TWD.
        showPage(QStringLiteral("quotes"));
        typeInto(QStringLiteral("quoteSupplier"), QStringLiteral("Alpha Events Ltd"));
        typeInto(QStringLiteral("quoteAmount"), QStringLiteral("1050000"));
        clickShown(QStringLiteral("saveQuote"));
        QTest::qWait(300);

        // 6. The tender: started with one 60-point item and a member; a second member and two bidders; each member scores each bidder.
        showPage(QStringLiteral("tender"));
        typeInto(QStringLiteral("startTitleEn"), QStringLiteral("PCO services 2030"));
        typeInto(QStringLiteral("startItem"), QStringLiteral("Plan"));
        typeInto(QStringLiteral("startPoints"), QStringLiteral("60"));
        typeInto(QStringLiteral("startMember"), QStringLiteral("Member A"));
        clickShown(QStringLiteral("startTender"));
        QTRY_VERIFY2_WITH_TIMEOUT(m_ui->findShown(QStringLiteral("newMemberName")) != nullptr,
                                  qPrintable(m_ui->find(QStringLiteral("startStatus"))->property("text").toString()), kTimeout);
        typeInto(QStringLiteral("newMemberName"), QStringLiteral("Member B"));
        clickShown(QStringLiteral("addMember"));
        for (const char *bidder : {"Alpha Events", "Beta PCO"}) {
            typeInto(QStringLiteral("newBidderName"), QString::fromLatin1(bidder));
            clickShown(QStringLiteral("addBidder"));
            QCOMPARE(m_ui->find(QStringLiteral("bidderStatus"))->property("text").toString(), QString());
        }
        QCOMPARE(m_ui->find(QStringLiteral("memberStatus"))->property("text").toString(), QString());
        // Member A: 50 / 45, member B: 40 / 48 (the sheet form's member and bidder boxes, then the score).
        const struct { int member, bidder; const char *score; } sheets[] = {{0, 0, "50"}, {0, 1, "45"}, {1, 0, "40"}, {1, 1, "48"}};
        for (const auto &s : sheets) {
            shown(QStringLiteral("sheetMember"))->setProperty("currentIndex", s.member);
            shown(QStringLiteral("sheetBidder"))->setProperty("currentIndex", s.bidder);
            QTest::qWait(150);
            typeInto(QStringLiteral("sheetScore_plan"), QString::fromLatin1(s.score));
            clickShown(QStringLiteral("saveSheet"));
        }

        // 7. The destination comparison: one criterion, ours and a competitor.
        showPage(QStringLiteral("destinations"));
        clickShown(QStringLiteral("addComparisonCriterion"));
        typeInto(QStringLiteral("destNameEn"), QStringLiteral("Subsidy"));
        clickShown(QStringLiteral("saveDestinationButton"));
        waitClosed(QStringLiteral("destinationEditor"));
        for (const auto &[name, value] : {std::pair{"Harbour City", "50000"}, std::pair{"Rival City", "40000"}}) {
            clickShown(QStringLiteral("addDestination"));
            typeInto(QStringLiteral("destNameEn"), QString::fromLatin1(name));
            typeInto(QStringLiteral("destValue0"), QString::fromLatin1(value));
            typeInto(QStringLiteral("destSource"), QStringLiteral("https://example.org/offers"));
            typeInto(QStringLiteral("destAsOf"), QStringLiteral("2026-11"));
            clickShown(QStringLiteral("saveDestinationButton"));
            waitClosed(QStringLiteral("destinationEditor"));
        }

        // 8. A risk scenario: typhoon, 10 %, −50 % on site.
        showPage(QStringLiteral("scenarios"));
        typeInto(QStringLiteral("newScenarioNameEn"), QStringLiteral("Typhoon"));
        typeInto(QStringLiteral("newScenarioProbability"), QStringLiteral("10"));
        typeInto(QStringLiteral("newScenarioOnsite"), QStringLiteral("-50"));
        clickShown(QStringLiteral("addScenario"));
        QTest::qWait(300);

        // Saved, then opened again from the file.
        const QString file = m_dir.filePath(QStringLiteral("harbour.venuebid.json"));
        QVERIFY(pc().saveAs(file));
        QVERIFY(pc().open(file));
        const auto &p = pc().project();
        QCOMPARE(p.venues.size(), std::size_t(3));
        QCOMPARE(static_cast<int>(p.criteria.size()), criteriaAtStart + 2);

        // The same numbers from venuebid-cli on the saved file.
        // Budget: 36,000 + 3,600 service charge + 10 % contingency 3,960 + 5 % tax on 43,560 (2,178) = 45,738 on site.
        const auto budget = cli({QStringLiteral("budget"), file, QStringLiteral("--format"), QStringLiteral("json")}).object();
        const auto onsite = budget.value(QStringLiteral("formats")).toObject().value(QStringLiteral("onsite")).toObject();
        QCOMPARE(onsite.value(QStringLiteral("costs")).toObject().value(QStringLiteral("total")).toInteger(), 45738);
        // … the figure the budget page shows for the reopened file.
        QCOMPARE(m_shell->controllers().budget.formats().at(0).toMap().value(QStringLiteral("costTotal")).toString(), QStringLiteral("45,738"));
        // Tender: Alpha 50 and 40 → 45.00, Beta 45 and 48 → 46.50; Beta first under 總評分法.
        const auto tender = cli({QStringLiteral("tender"), file, QStringLiteral("--format"), QStringLiteral("json")}).object();
        const auto bidders = tender.value(QStringLiteral("bidders")).toArray();
        QCOMPARE(bidders.size(), 2);
        QCOMPARE(bidders.at(0).toObject().value(QStringLiteral("total")).toDouble(), 45.0);
        QCOMPARE(bidders.at(1).toObject().value(QStringLiteral("total")).toDouble(), 46.5);
        // Destinations: 50,000 against 40,000, more is better: ours first.
        const auto dest = cli({QStringLiteral("destinations"), file, QStringLiteral("--format"), QStringLiteral("json")}).object();
        QCOMPARE(dest.value(QStringLiteral("we_win")).toBool(), true);
        // Received quotes: one, 1,050,000.
        const auto quotes = cli({QStringLiteral("quotes"), file, QStringLiteral("--format"), QStringLiteral("json")}).object();
        QCOMPARE(quotes.value(QStringLiteral("quotes")).toArray().size(), 1);
        // Scenarios: one, 10 %.
        const auto scen = cli({QStringLiteral("scenarios"), file, QStringLiteral("--format"), QStringLiteral("json")}).object();
        QCOMPARE(scen.value(QStringLiteral("scenarios")).toArray().size(), 1);
    }
};

QTEST_MAIN(TestGuiWholeJob)
#include "tst_gui_wholejob.moc"
