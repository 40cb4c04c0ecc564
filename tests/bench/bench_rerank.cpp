// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a timed test): a weight change on a 1,000-venue project, through the Qt adapter layer —
// ProjectController::setWeightPercent re-ranks in models/ and updates the ranking, excluded, venue and criteria
// models. Target: within one frame, 16 ms. Figures in docs/PERFORMANCE.md.
#include "appcontrollers.h"
#include "languagecontroller.h"
#include "projectformat.h"
#include "suitabilityreport.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

class BenchRerank : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        // 1,000 venues with 6 criteria of random but fixed (seeded) values, all facts sourced.
        vb::Project p = *vb::loadProjectFile(TEST_DATA_DIR "/minimal.venuebid.json").project;
        p.requirements.mustHave.clear();
        const vb::Venue proto = p.venues[0];
        p.venues.clear();
        for (const char *id : {"exhibition_m2", "hotel_rooms_nearby", "airport_minutes"}) {
            vb::Criterion c;
            c.id = id;
            c.name = {id, id};
            c.direction = std::string(id) == "airport_minutes" ? vb::Direction::Cost : vb::Direction::Benefit;
            c.weight = 10.0;
            p.criteria.push_back(std::move(c));
        }
        std::mt19937_64 rng(42);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        for (int i = 0; i < 1000; ++i) {
            vb::Venue v = proto;
            v.id = "v" + std::to_string(i);
            v.name = {"場地" + std::to_string(i), "Venue " + std::to_string(i)};
            v.attributes.clear();
            const auto fact = [&](double x) {
                vb::Fact f;
                f.value = std::round(x);
                f.source = "https://example.org/v";
                f.asOf = "2025";
                return f;
            };
            v.attributes.emplace_back("plenary_seats", fact(300 + 4000 * u(rng)));
            v.attributes.emplace_back("meeting_rooms", fact(2 + 40 * u(rng)));
            v.attributes.emplace_back("exhibition_m2", fact(20000 * u(rng)));
            v.attributes.emplace_back("hotel_rooms_nearby", fact(2000 * u(rng)));
            v.attributes.emplace_back("airport_minutes", fact(15 + 90 * u(rng)));
            v.costs[0].second.value = std::round(1e6 + 9e6 * u(rng));
            p.venues.push_back(std::move(v));
        }
        m_file = QDir(m_dir.path()).filePath(QStringLiteral("big.venuebid.json"));
        QVERIFY(vb::saveProjectFile(p, m_file.toStdString()).ok);
    }

    void weightChangeThroughAdapters()
    {
        vb::app::AppControllers app(*LanguageController::instance());
        QVERIFY(app.project.open(m_file));
        QCOMPARE(app.ranking.ranking()->count(), 1000);
        double w = 10;
        QBENCHMARK {
            w = w >= 60 ? 10 : w + 0.5; // a slider being dragged
            app.ranking.setWeightPercent(0, w);
        }
        QCOMPARE(app.ranking.ranking()->count(), 1000);
    }

    void suitabilityReportSample()
    {
        const auto p = *vb::loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json").project;
        std::size_t size = 0;
        QBENCHMARK {
            size = vb::suitabilityReportHtml(p, vb::Lang::ZhTW).size();
        }
        QVERIFY(size > 10000);
    }
};

QTEST_MAIN(BenchRerank)
#include "bench_rerank.moc"
