// SPDX-License-Identifier: GPL-3.0-or-later
// CO2e per format (T1.6): flights both legs with the DESNZ/DEFRA 2024 factors (docs/sources.md#co2e), partial results.
#include "analysis.h"
#include "co2echart.h"
#include "projectformat.h"
#include "tolerance.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace vb;
using vb::test::near;

namespace {

const std::string kSmall = std::string(TEST_DATA_DIR) + "/analysis/small-analysis.venuebid.json";
const std::string kSample = std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json";

Project load(const std::string &path)
{
    auto r = loadProjectFile(path);
    if (!r.ok())
        qFatal("cannot load %s", path.c_str());
    return *r.project;
}


} // namespace

class TestCo2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedFactors()
    {
        // DESNZ/DEFRA 2024, economy, with RF: one passenger, both legs
        // (https://airmilescalc.com/methodology/defra-emission-factors).
        // long-haul 9,000 km: 2 · 9,000 · 0.150 = 2,700 kg; short-haul 2,000 km: 2 · 2,000 · 0.156 = 624 kg;
        // domestic 300 km: 2 · 300 · 0.255 = 153 kg.
        Project p = load(kSmall);
        p.requirements.attendanceByFormat = std::array<FormatAttendance, 3>{FormatAttendance{1, 0}, FormatAttendance{1, 0}, FormatAttendance{0, 1}};
        p.requirements.roomNights.reset();
        Sustainability s = *analysisOf(p).sustainability;
        for (auto [band, km, kg] : {std::tuple{DistanceBand::LongHaul, 9000.0, 2700.0}, std::tuple{DistanceBand::ShortHaul, 2000.0, 624.0},
                                    std::tuple{DistanceBand::Domestic, 300.0, 153.0}}) {
            s.origins = {Origin{{}, band, km, 1.0}};
            const auto r = computeCo2e(p, s, EventFormat::Onsite);
            QVERIFY2(near(r.flightsKg, kg), std::to_string(r.flightsKg).c_str());
        }
        // the DESNZ ~8 % great-circle uplift multiplies the flights: 2,700 · 1.08 = 2,916 kg
        s.origins = {Origin{{}, DistanceBand::LongHaul, 9000.0, 1.0}};
        s.distanceUplift.value = 1.08;
        QVERIFY(near(computeCo2e(p, s, EventFormat::Onsite).flightsKg, 2916.0));
    }

    void fixturePerFormat()
    {
        // origins: local 100 km 50 % (no ground factor), short-haul 1,000 km 30 %, long-haul 5,000 km 20 %.
        // on-site 100: 100 · (0.3 · 1,000 · 0.156 + 0.2 · 5,000 · 0.150) · 2 = 100 · 196.8 · 2 = 39,360 kg
        // hybrid 80 on site: 31,488 kg; online: no flights.
        const Project p = load(kSmall);
        const auto s = *analysisOf(p).sustainability;
        const auto on = computeCo2e(p, s, EventFormat::Onsite);
        QVERIFY(near(on.flightsKg, 39360));
        QVERIFY(near(on.knownKg, 39360));
        QVERIFY(!on.hotelKg);   // the hotel factor is unknown: left out, never 0
        QVERIFY(near(on.roomNights, 100));
        QCOMPARE(on.missing, (std::vector<std::string>{"ground", "hotel"}));
        QVERIFY(on.partial());
        const auto hy = computeCo2e(p, s, EventFormat::Hybrid);
        QVERIFY(near(hy.flightsKg, 31488));
        QVERIFY(near(hy.roomNights, 80)); // 100 room-nights · 80 / 100 on site
        QCOMPARE(hy.missing, (std::vector<std::string>{"ground", "hotel", "virtual"}));
        const auto ol = computeCo2e(p, s, EventFormat::Online);
        QVERIFY(near(ol.knownKg, 0));
        QCOMPARE(ol.missing, (std::vector<std::string>{"virtual"}));
        QVERIFY(describeMissing("hotel", Lang::En).find("hotel") != std::string::npos);
        QVERIFY(!describeMissing("virtual", Lang::ZhTW).empty());
    }

    void chartFromTheSameNumbers()
    {
        // The chart of the documents: the fixture's figures of fixturePerFormat in tonnes, by part and format. A part a
        // format does not know (ground and hotel: no factors) is NaN, so it gets no bar; ground is unknown for every
        // format, so its row is left out of the drawing.
        const Project p = load(kSmall);
        const auto c = co2eChart(p, Lang::En);
        QVERIFY(c);
        QCOMPARE(c->categories, (std::vector<std::string>{"Flights", "Local transport", "Hotel nights", "Online participation", "Known total"}));
        QCOMPARE(c->series.size(), std::size_t(3));
        const auto &on = c->series[0].values;
        QVERIFY(near(on[0], 39.36)); // 39,360 kg
        QVERIFY(std::isnan(on[1]) && std::isnan(on[2]));
        QVERIFY(near(on[4], 39.36));
        QVERIFY(near(c->series[1].values[0], 31.488)); // hybrid: 31,488 kg
        QVERIFY(near(c->series[2].values[4], 0.0));    // online: nothing known
        QVERIFY(std::isnan(c->series[2].values[3]));   // online participation: no ICT factor
        const std::string svg = svg::barChartSvg(*c);
        QVERIFY(svg.find(">39.4</text>") != std::string::npos);
        QVERIFY(svg.find("Local transport") == std::string::npos);
        // A project without a sustainability section has no chart.
        Project none = p;
        none.sections.remove<Sustainability>();
        QVERIFY(!co2eChart(none, Lang::En));
    }

    void knownFactorsComplete()
    {
        // With a hotel factor of 10 kg per room-night and a ground factor of 0.05 kg/pkm:
        // on-site ground = 100 · 0.5 · 100 · 2 · 0.05 = 500 kg; hotel = 100 · 10 = 1,000 kg → 39,360 + 1,500 = 40,860 kg
        const Project p = load(kSmall);
        auto s = *analysisOf(p).sustainability;
        s.hotelFactor.value = 10;
        s.groundFactor.value = 0.05;
        s.virtualFactor.value = 4.37;
        const auto on = computeCo2e(p, s, EventFormat::Onsite);
        QVERIFY(!on.partial());
        QVERIFY(near(on.knownKg, 40860));
        const auto ol = computeCo2e(p, s, EventFormat::Online); // 150 · 4.37 = 655.5 kg
        QVERIFY(near(ol.knownKg, 655.5));
    }

    void sampleUsesDesnzFactors()
    {
        const Project p = load(kSample);
        const auto a = analysisOf(p);
        QVERIFY(a.sustainability);
        QCOMPARE(*a.sustainability->flightFactors[0].value, 0.255);
        QCOMPARE(*a.sustainability->flightFactors[1].value, 0.156);
        QCOMPARE(*a.sustainability->flightFactors[2].value, 0.150);
        QVERIFY(!a.sustainability->hotelFactor.value); // Taiwan hotel factor not found: unknown
        const auto on = computeCo2e(p, *a.sustainability, EventFormat::Onsite);
        const auto ol = computeCo2e(p, *a.sustainability, EventFormat::Online);
        QVERIFY(on.knownKg > ol.knownKg);
        QVERIFY(std::find(on.missing.begin(), on.missing.end(), "hotel") != on.missing.end());
    }
};

QTEST_GUILESS_MAIN(TestCo2e)
#include "tst_co2e.moc"
