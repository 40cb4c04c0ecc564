// SPDX-License-Identifier: GPL-3.0-or-later
// Venue library through the Qt adapters: add / update / delete with validation and undo / redo, the CSV import
// preview (QAbstractItemModelTester) imported as one undo step, and budget edits that reach the saved file.
#include "budget.h"
#include "appcontrollers.h"
#include "languagecontroller.h"
#include "budgetcontroller.h"
#include "projectcontroller.h"
#include "projectformat.h"
#include "venueimportcontroller.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <boost/json.hpp>

namespace {
QVariantMap newVenue(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name_zh"), QStringLiteral("新場地")},
            {QStringLiteral("name_en"), QStringLiteral("New Venue")},
            {QStringLiteral("country"), QStringLiteral("TW")},
            {QStringLiteral("plenary_seats"), QStringLiteral("1,800")},
            {QStringLiteral("plenary_seats_source"), QStringLiteral("https://example.org/new")},
            {QStringLiteral("plenary_seats_as_of"), QStringLiteral("2026")}};
}

bool anyStartsWith(const QStringList &l, const QString &prefix)
{
    for (const auto &s : l)
        if (s.startsWith(prefix))
            return true;
    return false;
}
} // namespace

class TestVenueEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUpdateDeleteUndoRedo()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json")));
        const vb::Project original = pc.project();
        const int n = app_pc.requirements.venueCount();
        QSignalSpy changed(&pc, &ProjectController::projectChanged);

        // Validation: errors in words led by the field's label (never a JSON path), nothing added.
        // A source and a date are optional, but a given date must be a date and a given source a URL.
        auto bad = newVenue(QStringLiteral("Bad Id"));
        bad[QStringLiteral("plenary_seats_as_of")] = QStringLiteral("2026-13");
        bad[QStringLiteral("meeting_rooms")] = QStringLiteral("12");
        bad[QStringLiteral("meeting_rooms_source")] = QStringLiteral("example.org/rooms");
        const QStringList errors = app_pc.venues.addVenue(bad);
        QVERIFY2(anyStartsWith(errors, QStringLiteral("Venue: ")), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.contains(QStringLiteral("Plenary seats, as of: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"2026-13\"")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.contains(QStringLiteral("Meeting rooms, source: expected an http:// or https:// URL, found \"example.org/rooms\"")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(!anyStartsWith(errors, QStringLiteral("/venues/")));
        QVERIFY(app_pc.venues.lastErrorFields().contains(QStringLiteral("plenary_seats_as_of")));
        QVERIFY(app_pc.venues.lastErrorFields().contains(QStringLiteral("meeting_rooms_source")));
        QCOMPARE(app_pc.requirements.venueCount(), n);
        QVERIFY(!pc.canUndo());
        QVERIFY(anyStartsWith(app_pc.venues.addVenue(newVenue(QStringLiteral("alpha"))), QStringLiteral("Venue: duplicate")));
        // Without an id, one is made from the English name: "New Venue" → new_venue.
        auto unnamed = newVenue(QString());
        QCOMPARE(app_pc.venues.addVenue(unnamed), QStringList());
        QVERIFY(pc.project().venue("new_venue"));
        pc.undo();
        // A value without a source and a date is taken, and stored unsourced.
        auto unsourced = newVenue(QStringLiteral("nosrc"));
        unsourced[QStringLiteral("plenary_seats_source")] = QString();
        unsourced[QStringLiteral("plenary_seats_as_of")] = QString();
        QCOMPARE(app_pc.venues.addVenue(unsourced), QStringList());
        QCOMPARE(pc.project().venue("nosrc")->attribute("plenary_seats")->value, std::optional<double>(1800));
        QCOMPARE(pc.project().venue("nosrc")->attribute("plenary_seats")->missing(), vb::MissingProvenance::SourceAndAsOf);
        pc.undo();

        // Add.
        QCOMPARE(app_pc.venues.addVenue(newVenue(QStringLiteral("newv"))), QStringList());
        QCOMPARE(app_pc.requirements.venueCount(), n + 1);
        QCOMPARE(app_pc.venues.venues()->rowCount(), n + 1);
        QCOMPARE(pc.project().venue("newv")->attribute("plenary_seats")->value, std::optional<double>(1800));
        QVERIFY(pc.modified());
        QVERIFY(changed.count() >= 1);

        // Update: fields left out keep their value; an empty value makes the fact unknown.
        QCOMPARE(app_pc.venues.venueFields(QStringLiteral("newv")).value(QStringLiteral("plenary_seats")).toString(), QStringLiteral("1800"));
        QCOMPARE(app_pc.venues.updateVenue(QStringLiteral("newv"), {{QStringLiteral("name_en"), QStringLiteral("Renamed")},
                                                         {QStringLiteral("plenary_seats"), QString()}}),
                 QStringList());
        QCOMPARE(pc.project().venue("newv")->name.en, std::string("Renamed"));
        QVERIFY(!pc.project().venue("newv")->attribute("plenary_seats")->known());
        QVERIFY(!app_pc.venues.updateVenue(QStringLiteral("newv"), {{QStringLiteral("plenary_seats"), QStringLiteral("lots")}}).isEmpty());

        // Delete.
        QCOMPARE(app_pc.venues.deleteVenue(QStringLiteral("alpha")), QStringList());
        QVERIFY(!pc.project().venue("alpha"));
        QCOMPARE(app_pc.requirements.venueCount(), n);
        QVERIFY(!app_pc.venues.deleteVenue(QStringLiteral("nope")).isEmpty());

        // Undo all three, then redo them.
        changed.clear();
        pc.undo();
        QVERIFY(pc.project().venue("alpha"));
        QCOMPARE(pc.project().venues[0].id, std::string("alpha")); // back in its place
        QCOMPARE(changed.count(), 1); // venue counts and the budget page follow undo too
        pc.undo();
        QCOMPARE(pc.project().venue("newv")->name.en, std::string("New Venue"));
        pc.undo();
        QVERIFY(pc.project() == original);
        QVERIFY(!pc.canUndo());
        QCOMPARE(app_pc.venues.venues()->rowCount(), n);
        pc.redo();
        pc.redo();
        pc.redo();
        QVERIFY(!pc.project().venue("alpha"));
        QCOMPARE(pc.project().venue("newv")->name.en, std::string("Renamed"));
    }

    void deleteRefusedWhileReferenced()
    {
        // The sample's site inspection names ticc: deleting it would make the file unloadable, so it is refused.
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json")));
        const int n = app_pc.requirements.venueCount();
        // The page's confirmation names the venue as the table does, never by its id (row 0: the file's first venue).
        QCOMPARE(app_pc.venues.venues()->venueId(0), QStringLiteral("ticc"));
        QCOMPARE(app_pc.venues.venues()->venueName(0), QStringLiteral("Taipei International Convention Center (TICC)"));
        QCOMPARE(app_pc.venues.venues()->venueName(99), QString());
        const QStringList problems = app_pc.venues.deleteVenue(QStringLiteral("ticc"));
        // In words, one line per part of the project that names ticc (the sample: a site inspection at line 2603, the
        // destination comparison's Taipei at 2876, a received quote at 3466), never a JSON pointer.
        const QStringList expected{
            QStringLiteral("A site inspection still names this venue. Delete the inspection or choose another venue there first."),
            QStringLiteral("A destination in the comparison names this venue. Change that destination first."),
            QStringLiteral("A received quote is for this venue. Change or delete the quote first."),
        };
        QCOMPARE(problems, expected);
        QCOMPARE(app_pc.requirements.venueCount(), n);
        QVERIFY(!pc.canUndo());
    }

    void deleteRefusedNamesFallbackAndBidBook()
    {
        // The two other parts that can name a venue: a risk scenario's fallback plan and the bid book's proposed venue.
        // The sample with both pointed at ticec (which nothing else names).
        QFile in(QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto v = boost::json::parse(in.readAll().toStdString());
        auto &o = v.as_object();
        o["scenarios"].as_object()["items"].as_array()[0].as_object()["contingency"].as_object()["fallback_venue"] = "ticec";
        o["bid_book"].as_object()["venue"] = "ticec";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.venuebid.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(boost::json::serialize(v)));
        out.close();

        vb::app::AppControllers app_pc(*LanguageController::instance());
        QVERIFY(app_pc.project.open(path));
        const QStringList expected{
            QStringLiteral("A risk scenario's fallback plan still names this venue. Change the fallback venue first."),
            QStringLiteral("The bid book proposes this venue. Choose another venue for the bid book first."),
        };
        QCOMPARE(app_pc.venues.deleteVenue(QStringLiteral("ticec")), expected);
        QVERIFY(!app_pc.project.canUndo());
    }

    void importPreviewAndConfirm()
    {
        vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
        QVERIFY(pc.open(QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json")));
        const int n = app_pc.requirements.venueCount();
        VenueImportController imp;
        imp.setLibrary(&app_pc.venues);
        QAbstractItemModelTester tester(imp.preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        imp.loadText(QByteArrayLiteral("\xEF\xBB\xBFid,name_zh,name_en,plenary_seats,plenary_seats_source,plenary_seats_as_of\r\n"
                                       "v1,一,One,100,https://example.org,2025\r\n"
                                       "v2,二,\"Two, \"\"quoted\"\"\",abc,,\r\n"
                                       "v3,三,Three,,,\r\n"),
                     QStringLiteral("x.csv"));
        QCOMPARE(imp.rowCount(), 3);
        QCOMPARE(imp.validCount(), 2);
        QCOMPARE(imp.errorCount(), 1);
        QVERIFY(!imp.canImportAll());
        QVERIFY(imp.canImportValid());
        auto *m = imp.preview();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(1).data(VenueImportModel::RowRole).toInt(), 3);
        QCOMPARE(m->index(1).data(VenueImportModel::VenueIdRole).toString(), QStringLiteral("v2"));
        QCOMPARE(m->index(1).data(VenueImportModel::StatusRole).toString(), QStringLiteral("error"));
        QVERIFY(m->index(1).data(VenueImportModel::ErrorsRole).toString().startsWith(QStringLiteral("row 3, column plenary_seats: expected a number")));
        QCOMPARE(m->index(0).data(VenueImportModel::StatusRole).toString(), QStringLiteral("ok"));

        // Not without confirmation: nothing partial.
        QVERIFY(!imp.importAll());
        QCOMPARE(app_pc.requirements.venueCount(), n);
        // Confirmed: the two valid rows, as one undo step.
        QSignalSpy imported(&imp, &VenueImportController::imported);
        QVERIFY(imp.importValidRows());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(app_pc.requirements.venueCount(), n + 2);
        QCOMPARE(imp.rowCount(), 0);
        pc.undo();
        QCOMPARE(app_pc.requirements.venueCount(), n);
        QVERIFY(!pc.canUndo());

        // A clean file imports whole; the same ids again are duplicates of the project.
        imp.loadText(QByteArrayLiteral("id,name_zh,name_en\nw1,一,One\nw2,二,Two\n"));
        QVERIFY(imp.canImportAll());
        QVERIFY(imp.importAll());
        QCOMPARE(app_pc.requirements.venueCount(), n + 2);
        imp.loadText(QByteArrayLiteral("id,name_zh,name_en\nw1,一,One\n"));
        QCOMPARE(imp.errorCount(), 1);
        QVERIFY(imp.preview()->index(0).data(VenueImportModel::ErrorsRole).toString().contains(QStringLiteral("already has")));

        // The example file (from sample_data) reads into the preview.
        QVERIFY(imp.load(QStringLiteral(SAMPLE_DATA_DIR "/venues-import-example.csv")));
        QCOMPARE(imp.rowCount(), 4);
        QVERIFY(!imp.load(QStringLiteral("/nonexistent/file.csv")));
        QCOMPARE(imp.fileErrors().size(), 1);
    }

    void budgetEditIsSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.venuebid.json"));
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/budget/small-budget.venuebid.json"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            vb::app::AppControllers app_pc(*LanguageController::instance());
        ProjectController &pc = app_pc.project;
            BudgetController &budget = app_pc.budget;
            QVERIFY(pc.open(path));
            QVERIFY(budget.hasBudget());
            const auto before = vb::budgetOf(pc.project()).lines.at(1).quantityHundredths;
            QVERIFY(budget.setQuantity(1, 2.5));
            QVERIFY(pc.modified());
            QCOMPARE(vb::budgetOf(pc.project()).lines.at(1).quantityHundredths, 250);
            // Undo reaches the budget page too.
            pc.undo();
            QCOMPARE(budget.budget().lines.at(1).quantityHundredths, before);
            pc.redo();
            QCOMPARE(budget.budget().lines.at(1).quantityHundredths, 250);
            QVERIFY(budget.setUnitCost(1, 123.45));
            QVERIFY(pc.save());
        }
        vb::app::AppControllers app_again(*LanguageController::instance());
        ProjectController &again = app_again.project;
        QVERIFY(again.open(path));
        const auto b = vb::budgetOf(again.project());
        QCOMPARE(b.lines.at(1).quantityHundredths, 250);
        QCOMPARE(b.lines.at(1).unitCostCents, 12345);
    }
};

QTEST_MAIN(TestVenueEdit)
#include "tst_venue_edit.moc"
