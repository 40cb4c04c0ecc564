// SPDX-License-Identifier: GPL-3.0-or-later
// A new project from what the project manager states: requirements derived from it, the usual criteria, and a clear
// error per field for what cannot be used; the result writes and reads back as a valid project file.
#include "newproject.h"
#include "projectformat.h"

#include <QTest>

using namespace vb;

class TestNewProject : public QObject
{
    Q_OBJECT

    static NewProjectSpec spec()
    {
        NewProjectSpec s;
        s.title = {"港灣論壇 2030", "Harbour Forum 2030"};
        s.client = {"港灣學會", "Harbour Society"};
        s.startDate = "2030-05-12";
        s.endDate = "2030-05-14";
        s.attendance = 1200;
        return s;
    }

private Q_SLOTS:
    void derivesRequirements()
    {
        std::vector<Diagnostic> errors;
        const Project p = newProject(spec(), errors);
        QVERIFY(errors.empty());
        QCOMPARE(p.requirements.days, 3); // 12, 13 and 14 May
        QCOMPARE(p.requirements.expectedAttendance, 1200);
        QCOMPARE(p.requirements.plenarySeats, std::optional<int>(1200)); // everyone seated in the plenary
        QVERIFY(p.requirements.isMustHave(Requirement::Dates));
        QCOMPARE(p.meta.currency, std::string("TWD"));
        QCOMPARE(p.criteria.size(), std::size_t(6));
        double sum = 0;
        for (const auto &c : p.criteria)
            sum += c.weight;
        QCOMPARE(sum, 100.0);
        QVERIFY(p.venues.empty());
        // Across a month and a leap day: 2028-02-28 to 2028-03-01 is 3 days.
        auto s = spec();
        s.startDate = "2028-02-28";
        s.endDate = "2028-03-01";
        QCOMPARE(newProject(s, errors).requirements.days, 3);
        QVERIFY(errors.empty());
    }

    void writesAValidFile()
    {
        std::vector<Diagnostic> errors;
        const Project p = newProject(spec(), errors);
        const auto back = readProject(writeProject(p), "new.venuebid.json");
        QVERIFY2(back.ok(), back.messages().empty() ? "" : back.messages().front().c_str());
        QCOMPARE(back.project->meta.title.en, std::string("Harbour Forum 2030"));
        QVERIFY(back.messages().empty()); // not even a warning
    }

    void refusesEachBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("no name") << "title" << "" << "/title";
        QTest::newRow("start not a date") << "start" << "12/05/2030" << "/start_date";
        QTest::newRow("no 30 February") << "start" << "2030-02-30" << "/start_date";
        QTest::newRow("end the day before") << "end" << "2030-05-11" << "/end_date";
        QTest::newRow("nobody") << "attendance" << "0" << "/attendance";
        QTest::newRow("currency") << "currency" << "NT" << "/currency";
    }
    void refusesEachBadField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, path);
        auto s = spec();
        const std::string v = value.toStdString();
        if (field == QLatin1String("title"))
            s.title = {v, v};
        else if (field == QLatin1String("start"))
            s.startDate = v;
        else if (field == QLatin1String("end"))
            s.endDate = v;
        else if (field == QLatin1String("attendance"))
            s.attendance = value.toInt();
        else
            s.currency = v;
        std::vector<Diagnostic> errors;
        const Project p = newProject(s, errors);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(errors.front().path), path);
        QVERIFY(p.criteria.empty()); // nothing half-made
    }

    void sameDayIsOneDay()
    {
        auto s = spec();
        s.endDate = s.startDate;
        std::vector<Diagnostic> errors;
        QCOMPARE(newProject(s, errors).requirements.days, 1);
        QVERIFY(errors.empty());
    }
};

QTEST_GUILESS_MAIN(TestNewProject)
#include "tst_newproject.moc"
