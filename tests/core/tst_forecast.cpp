// SPDX-License-Identifier: GPL-3.0-or-later
// The client section (T1.3) and the attendance forecast: t quantiles against closed forms and published tables, the
// OLS prediction interval against Montgomery, Peck & Vining's published case, the pickup methods on a hand-worked
// example, each bad input with its JSON pointer, and a mandatory programme element excluding a venue.
#include "client.h"
#include "forecast.h"
#include "jsontext.h"
#include "projectformat.h"
#include "tolerance.h"
#include "venueranking.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <numbers>

using namespace vb;
using vb::test::halfUnit;
using vb::test::near;

// The declaration comes first and the rest is hidden from moc: moc loses its way in the raw strings of the test data.
class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void tQuantiles();
    void montgomeryPredictionInterval();
    void montgomeryRawData();
    void pickupAtAPacePoint();
    void pickupBetweenPacePoints();
    void pickupSkipsEditionsThatDoNotReach();
    void linearTrendOnYears();
    void fewerThanThreeEditions();
    void logLinearNeedsPositiveTotals();
    void badInputsNameTheirPointer();
    void unknownStaysUnknown();
    void mandatoryElementExcludesVenue();
    void roundTrip();
};

#ifndef Q_MOC_RUN

namespace {

std::string minimalText()
{
    std::ifstream in(std::string(TEST_DATA_DIR) + "/minimal.venuebid.json");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/** The minimal test project (start 2028-10-17) with `client` as its "client" section. */
LoadResult withClient(const std::string &client)
{
    std::string text = minimalText();
    text.insert(text.rfind('}'), ",\n  \"client\": " + client + "\n");
    return readProject(text, "mem");
}

bool hasDiag(const LoadResult &r, const std::string &path, const std::string &needle, bool error = true)
{
    for (const auto &d : r.diagnostics)
        if (d.path == path && d.message.find(needle) != std::string::npos
            && (d.severity == Diagnostic::Severity::Error) == error)
            return true;
    return false;
}

std::string dump(const LoadResult &r)
{
    std::string s;
    for (const auto &m : r.messages())
        s += m + "\n";
    return s;
}

const char *kAssociation = R"("association": {"name": {"zh-TW": "測試學會", "en": "Test Society"}})";

/** Editions 2022, 2024, 2026 with totals 1000, 1200, 1150 and pace at 120 and 60 days before. */
std::string pickupClient(const std::string &currentPace)
{
    return std::string("{") + kAssociation + R"(,
      "editions": [
        {"year": 2022, "city": {"zh-TW": "京都", "en": "Kyoto"}, "format": "onsite", "source": "https://example.org/2022", "as_of": "2022",
         "attendance": {"total": 1000}, "pace": [{"days_before": 120, "registered": 400}, {"days_before": 60, "registered": 700}]},
        {"year": 2024, "city": {"zh-TW": "首爾", "en": "Seoul"}, "format": "onsite", "source": "https://example.org/2024", "as_of": "2024",
         "attendance": {"total": 1200}, "pace": [{"days_before": 60, "registered": 900}, {"days_before": 120, "registered": 600}]},
        {"year": 2026, "city": {"zh-TW": "曼谷", "en": "Bangkok"}, "format": "hybrid", "source": "https://example.org/2026", "as_of": "2026",
         "attendance": {"total": 1150}, "pace": [{"days_before": 120, "registered": 500}, {"days_before": 60, "registered": 800}]}
      ],
      "forecast": {"method": "pickup_multiplicative", "current_pace": )"
        + currentPace + "}}";
}

} // namespace

void TestForecast::tQuantiles()
{
    // Closed forms: df 1 is the Cauchy, t = tan(π(p − ½)); df 2: t = (2p − 1)/√(2p(1 − p)).
    QVERIFY(std::abs(studentTQuantile(0.975, 1) - std::tan(std::numbers::pi * 0.475)) < 1e-9);
    QVERIFY(std::abs(studentTQuantile(0.975, 2) - 0.95 / std::sqrt(2 * 0.975 * 0.025)) < 1e-12);
    // Published table values (3 decimals): t(0.025) = 3.182 (df 3), 2.306 (df 8), 2.160 (df 13)
    // (https://hugoquene.github.io/QMS-EN/app-criticaltvalues.html) and 2.101 (df 18, Montgomery et al.).
    QVERIFY(std::abs(studentTQuantile(0.975, 3) - 3.182) < halfUnit(3));
    QVERIFY(std::abs(studentTQuantile(0.975, 8) - 2.306) < halfUnit(3));
    QVERIFY(std::abs(studentTQuantile(0.975, 13) - 2.160) < halfUnit(3));
    QVERIFY(std::abs(studentTQuantile(0.975, 18) - 2.101) < halfUnit(3));
    // Symmetry, the median, and the normal limit 1.959964 at a very large df.
    QVERIFY(near(studentTQuantile(0.025, 8), -studentTQuantile(0.975, 8)));
    QCOMPARE(studentTQuantile(0.5, 5), 0.0);
    QVERIFY(std::abs(studentTQuantile(0.975, 1e7) - 1.959964) < halfUnit(6));
    // The CDF inverts the quantile.
    QVERIFY(std::abs(studentTCdf(studentTQuantile(0.975, 4), 4) - 0.975) < 1e-14);
    QVERIFY(std::isnan(studentTQuantile(1.0, 4)) && std::isnan(studentTQuantile(0.5, 0)));
}

void TestForecast::montgomeryPredictionInterval()
{
    // Montgomery, Peck & Vining, Introduction to Linear Regression Analysis, eq. 2.45 and its example: n = 20,
    // x0 = 10, x̄ = 13.3625, Sxx = 1106.56, MS_Res = 9244.59, ŷ0 = 2256.32 → [2048.32, 2464.32]
    // (https://fliphtml5.com/cviyu/ldsa/Introduction_to_Linear_Regression_Analysis/52).
    OlsFit f;
    f.n = 20;
    f.xbar = 13.3625;
    f.sxx = 1106.56;
    f.msRes = 9244.59;
    f.slope = -37.15;
    f.ybar = 2256.32 - f.slope * (10 - f.xbar); // so that ŷ0 = 2256.32
    const auto pi = predictionInterval(f, 10);
    // The book rounds t(0.025, 18) to 2.101; ours is 2.100922, which moves each end by 0.000078 × 99.0 = 0.008:
    // the ends agree to 0.01 (two printed decimals, with the book's t rounding).
    QVERIFY2(std::abs(pi.low - 2048.32) < 0.01, qPrintable(QString::number(pi.low, 'f', 4)));
    QVERIFY2(std::abs(pi.high - 2464.32) < 0.01, qPrintable(QString::number(pi.high, 'f', 4)));
    QVERIFY(std::abs(pi.t - 2.101) < halfUnit(3));
    QVERIFY(near(pi.point, 2256.32));
    // Half-width in residual SDs: 2.100922 × √(1 + 1/20 + 3.3625²/1106.56) = 2.100922 × 1.029671 = 2.1633.
    QVERIFY(std::abs(pi.halfWidthSd - 2.1633) < halfUnit(4));
}

void TestForecast::montgomeryRawData()
{
    // The rocket propellant data of the same example (Table 2.1: shear strength y, age of propellant x in weeks).
    const std::vector<double> y{2158.70, 1678.15, 2316.00, 2061.30, 2207.50, 1708.30, 1784.70, 2575.00, 2357.90, 2256.70,
                                2165.20, 2399.55, 1779.80, 2336.75, 1765.30, 2053.50, 2414.40, 2200.50, 2654.20, 1753.70};
    const std::vector<double> x{15.50, 23.75, 8.00, 17.00, 5.50, 19.00, 24.00, 2.50, 7.50, 11.00,
                                13.00, 3.75, 25.00, 9.75, 22.00, 18.00, 6.00, 12.50, 2.00, 21.50};
    const auto fit = fitOls(x, y);
    QVERIFY(fit);
    QVERIFY(near(fit->xbar, 13.3625));                     // 267.25 / 20
    QVERIFY(std::abs(fit->sxx - 1106.56) < halfUnit(2));   // published
    QVERIFY(std::abs(fit->slope - -37.15) < halfUnit(2));  // published b̂1
    QVERIFY(std::abs(fit->intercept - 2627.82) < halfUnit(2)); // published b̂0
    // MS_Res from the data is 166,254.86 / 18 = 9236.38; the book's 9244.59 is SS_T − b̂1·Sxy with b̂1 rounded to
    // 37.15 (1,693,737.60 − 37.15 × 41,112.65 = 166,402.65, / 18): computed here, not a published figure.
    QVERIFY(std::abs(fit->msRes - 9236.38) < halfUnit(2));
    // With the unrounded fit: ŷ0 = 2627.8224 − 37.1536 × 10 = 2256.29, half-width 2.100922 × √(9236.38 × 1.060218) = 208.0.
    const auto pi = predictionInterval(*fit, 10);
    QVERIFY(std::abs(pi.point - 2256.29) < halfUnit(2));
    QVERIFY(std::abs(pi.low - 2048.38) < halfUnit(2));
    QVERIFY(std::abs(pi.high - 2464.19) < halfUnit(2));
    QVERIFY(!fitOls(std::vector<double>{1, 1, 1}, std::vector<double>{1, 2, 3})); // every x the same
    QVERIFY(!fitOls(std::vector<double>{1, 2}, std::vector<double>{1, 2}));       // n < 3
}

void TestForecast::pickupAtAPacePoint()
{
    // 550 registered on 2028-06-19, 120 days before the start 2028-10-17 (11 + 31 + 31 + 30 + 17).
    const auto r = withClient(pickupClient(R"([{"date": "2028-05-01", "registered": 300}, {"date": "2028-06-19", "registered": 550}])"));
    QVERIFY2(r.ok(), dump(r).c_str());
    const auto f = forecastAttendance(*r.project, std::nullopt, Lang::En);
    QVERIFY(f);
    const auto &add = f->of(ForecastMethod::PickupAdditive);
    const auto &mul = f->of(ForecastMethod::PickupMultiplicative);
    QVERIFY(add.ok && mul.ok);
    QCOMPARE(*add.daysBefore, 120);
    QCOMPARE(*add.registered, 550.0);
    QCOMPARE(add.n, 3);
    // Additive: F_k − B_k(120) = 1000 − 400, 1200 − 600, 1150 − 500 = 600, 600, 650; mean 1850/3;
    // F̂ = 550 + 616.67 = 1166.67; range 550 + 600 = 1150 … 550 + 650 = 1200.
    QVERIFY(near(add.point, 550.0 + 1850.0 / 3.0));
    QVERIFY(near(*add.low, 1150) && near(*add.high, 1200));
    // Multiplicative: ΣF = 3350, ΣB = 1500; F̂ = 550 × 3350 / 1500 = 1228.33; ratios 2.5, 2.0, 2.3 → 1100 … 1375.
    QVERIFY(near(mul.point, 550.0 * 3350.0 / 1500.0));
    QVERIFY(near(*mul.low, 1100) && near(*mul.high, 1375));
    // The chosen method (multiplicative) gives the scenarios; no online share, no adjustment: 1100 / 1228 / 1375.
    QVERIFY(f->proposed);
    QVERIFY(*f->proposed == (AttendanceScenarios{1100, 1228, 1375}));
}

void TestForecast::pickupBetweenPacePoints()
{
    // 700 registered 90 days before (2028-07-19: 12 + 31 + 30 + 17). Each past curve is read halfway between its
    // 120- and 60-day points: (400 + 700)/2 = 550, (600 + 900)/2 = 750, (500 + 800)/2 = 650.
    const auto r = withClient(pickupClient(R"([{"date": "2028-07-19", "registered": 700}])"));
    QVERIFY2(r.ok(), dump(r).c_str());
    const auto f = forecastAttendance(*r.project, std::nullopt, Lang::En);
    const auto &add = f->of(ForecastMethod::PickupAdditive);
    const auto &mul = f->of(ForecastMethod::PickupMultiplicative);
    QCOMPARE(*add.daysBefore, 90);
    // Additive: differences 450, 450, 500 → mean 1400/3; F̂ = 700 + 466.67 = 1166.67.
    QVERIFY(near(add.point, 700.0 + 1400.0 / 3.0));
    // Multiplicative: 700 × 3350 / 1950 = 1202.56.
    QVERIFY(near(mul.point, 700.0 * 3350.0 / 1950.0));
    QVERIFY(near(paceAt(r.project->sections.get<ClientHistory>()->editions[0].pace, 90).value(), 550));
    QVERIFY(!paceAt(r.project->sections.get<ClientHistory>()->editions[0].pace, 121)); // beyond the curve
    QVERIFY(!paceAt(r.project->sections.get<ClientHistory>()->editions[0].pace, 59));
}

void TestForecast::pickupSkipsEditionsThatDoNotReach()
{
    // 30 days before (2028-09-17): no past curve reaches below 60 days: no pickup, a clear error.
    const auto r = withClient(pickupClient(R"([{"date": "2028-09-17", "registered": 1000}])"));
    QVERIFY(r.ok());
    const auto f = forecastAttendance(*r.project, std::nullopt, Lang::En);
    const auto &mul = f->of(ForecastMethod::PickupMultiplicative);
    QVERIFY(!mul.ok);
    QCOMPARE(mul.error.message, std::string("no past edition has a pace curve that reaches 30 days before: the pickup methods have nothing to compare with"));
    QCOMPARE(mul.warnings.size(), std::size_t(3));
    QCOMPARE(mul.warnings[0].path, std::string("/client/editions/0/pace"));
    QVERIFY(!f->proposed); // the chosen method failed: nothing proposed
}

void TestForecast::linearTrendOnYears()
{
    // Totals 1000, 1100, 1300, 1400 in 2019, 2021, 2023, 2025; forecast for 2028.
    // x̄ = 2022, Sxx = 9 + 1 + 1 + 9 = 20; Sxy = (−3)(−200) + (−1)(−100) + (1)(100) + (3)(200) = 1400 (ȳ = 1200);
    // b = 70 per year; ŷ(2028) = 1200 + 70 × 6 = 1620. Residuals 1000 − 990, 1100 − 1130, 1300 − 1270, 1400 − 1410
    // = 10, −30, 30, −10: SSE = 2000, MS_Res = 1000, s = 31.623. t(0.975, 2) = 4.302653;
    // half-width = 4.302653 × √(1000 × (1 + 1/4 + 36/20)) = 4.302653 × √3050 = 237.62.
    std::string editions;
    const int years[] = {2019, 2021, 2023, 2025};
    const int totals[] = {1000, 1100, 1300, 1400};
    for (int i = 0; i < 4; ++i)
        editions += std::string(i ? "," : "") + R"({"year": )" + std::to_string(years[i])
            + R"(, "city": {"zh-TW": "某市", "en": "A city"}, "format": "hybrid", "estimate": true, "basis": "test", "as_of": "2025",
                 "attendance": {"total": )" + std::to_string(totals[i]) + ", \"online\": " + std::to_string(totals[i] / 10) + "}}";
    const auto r = withClient(std::string("{") + kAssociation + R"(, "editions": [)" + editions
                              + R"(], "forecast": {"method": "linear", "destination_adjustment": {"value": 10, "source": "https://example.org/dest", "as_of": "2025"}}})");
    QVERIFY2(r.ok(), dump(r).c_str());
    const auto f = forecastAttendance(*r.project, std::nullopt, Lang::En);
    const auto &lin = f->of(ForecastMethod::Linear);
    QVERIFY(lin.ok);
    QCOMPARE(lin.n, 4);
    QVERIFY(near(*lin.slope, 70));
    QVERIFY(near(lin.point, 1620));
    QVERIFY(near(*lin.residualSd, std::sqrt(1000.0)));
    const double half = (0.95 / std::sqrt(2 * 0.975 * 0.025)) * std::sqrt(3050.0);
    QVERIFY(near(*lin.low, 1620 - half) && near(*lin.high, 1620 + half));
    // n = 4 < 6: the warning says how wide, in residual SDs: 4.302653 × √3.05 = 7.51 (2.79 with 10 editions).
    bool warned = false;
    for (const auto &w : f->warnings)
        warned = warned
            || (w.message.find("only 4 past editions (fewer than 6): the 95 % prediction interval reaches ±7.51 residual standard deviations") == 0
                && w.message.find("±2.79 with 10 editions") != std::string::npos);
    QVERIFY(warned);
    // Online share 10 % every year → 0.1; likely = (1620 − 162) × 1.10 + 162 = 1765.8 → 1766 (on site 1604, online 162).
    QVERIFY(f->online.share && near(*f->online.share, 0.1));
    QCOMPARE(f->proposed->likely, 1766);
    QCOMPARE(*f->likelyOnline, 162);
    QCOMPARE(*f->likelyOnsite, 1604);
    // Log-linear: the growth is constant in % and the median is below the mean.
    const auto &log = f->of(ForecastMethod::LogLinear);
    QVERIFY(log.ok && *log.mean > log.point && *log.low < log.point && log.point < *log.high);
}

void TestForecast::fewerThanThreeEditions()
{
    const auto r = withClient(std::string("{") + kAssociation + R"(, "editions": [
        {"year": 2024, "city": {"zh-TW": "甲", "en": "A"}, "format": "onsite", "estimate": true, "basis": "test", "as_of": "2024", "attendance": {"total": 900}},
        {"year": 2026, "city": {"zh-TW": "乙", "en": "B"}, "format": "onsite", "estimate": true, "basis": "test", "as_of": "2026", "attendance": {"total": 1100}}]})");
    QVERIFY2(r.ok(), dump(r).c_str());
    const auto f = forecastAttendance(*r.project, std::nullopt, Lang::En);
    QVERIFY(!f->of(ForecastMethod::Linear).ok);
    QVERIFY(!f->of(ForecastMethod::LogLinear).ok);
    QCOMPARE(f->of(ForecastMethod::Linear).error.message,
             std::string("2 past editions with a known total: a trend needs at least 3, so only the moving average is given"));
    // The moving average of the two: 1000, sd = 141.42, band ±1.96 sd = ±277.19.
    const auto &ma = f->of(ForecastMethod::MovingAverage);
    QVERIFY(ma.ok);
    QVERIFY(near(ma.point, 1000));
    QVERIFY(near(*ma.high - ma.point, 1.96 * std::sqrt(20000.0)));
    QVERIFY(!f->proposed); // linear was chosen (the default) and gives nothing
}

void TestForecast::logLinearNeedsPositiveTotals()
{
    const auto r = withClient(std::string("{") + kAssociation + R"(, "editions": [
        {"year": 2022, "city": {"zh-TW": "甲", "en": "A"}, "format": "onsite", "estimate": true, "basis": "test", "as_of": "2022", "attendance": {"total": 900}},
        {"year": 2024, "city": {"zh-TW": "乙", "en": "B"}, "format": "online", "estimate": true, "basis": "test", "as_of": "2024", "attendance": {"total": 0}},
        {"year": 2026, "city": {"zh-TW": "丙", "en": "C"}, "format": "onsite", "estimate": true, "basis": "test", "as_of": "2026", "attendance": {"total": 1100}}],
        "forecast": {"method": "loglinear"}})");
    QVERIFY2(r.ok(), dump(r).c_str());
    const auto f = forecastAttendance(*r.project, std::nullopt, Lang::En);
    const auto &log = f->of(ForecastMethod::LogLinear);
    QVERIFY(!log.ok);
    QCOMPARE(log.error.path, std::string("/client/editions/1/attendance/total"));
    QVERIFY(log.error.message.find("total attendance 0 in 2024: a log-linear trend needs every total above 0") == 0);
    QVERIFY(!f->proposed);                         // nothing computed from it
    QVERIFY(f->of(ForecastMethod::Linear).ok);      // the other methods still answer
}

void TestForecast::badInputsNameTheirPointer()
{
    const std::string city = R"("city": {"zh-TW": "甲", "en": "A"}, "format": "onsite", "estimate": true, "basis": "test", "as_of": "2024")";
    // Two editions of one year.
    auto r = withClient(std::string("{") + kAssociation + R"(, "editions": [{"year": 2024, )" + city + R"(}, {"year": 2024, )" + city + "}]}");
    QVERIFY(!r.ok());
    QVERIFY2(hasDiag(r, "/client/editions/1/year", "the year 2024 appears twice (also at /client/editions/0/year)"), dump(r).c_str());
    // A pace point after the event (negative days before).
    r = withClient(std::string("{") + kAssociation + R"(, "editions": [{"year": 2024, )" + city
                   + R"(, "pace": [{"days_before": -3, "registered": 10}]}]})");
    QVERIFY(!r.ok());
    QVERIFY2(hasDiag(r, "/client/editions/0/pace/0/days_before", "-3 days before is after the event date"), dump(r).c_str());
    // A pace curve that falls.
    r = withClient(std::string("{") + kAssociation + R"(, "editions": [{"year": 2024, )" + city
                   + R"(, "pace": [{"days_before": 90, "registered": 500}, {"days_before": 30, "registered": 450}]}]})");
    QVERIFY(!r.ok());
    QVERIFY2(hasDiag(r, "/client/editions/0/pace/1/registered", "the pace curve decreases: 500 registered at 90 days before, then 450 at 30 days before"),
             dump(r).c_str());
    // The same days before twice.
    r = withClient(std::string("{") + kAssociation + R"(, "editions": [{"year": 2024, )" + city
                   + R"(, "pace": [{"days_before": 90, "registered": 500}, {"days_before": 90, "registered": 600}]}]})");
    QVERIFY(!r.ok());
    QVERIFY2(hasDiag(r, "/client/editions/0/pace/1/days_before", "90 days before appears twice"), dump(r).c_str());
    // Registrations of the coming edition dated after its start (2028-10-17), and falling ones.
    r = withClient(pickupClient(R"([{"date": "2028-10-20", "registered": 1300}])"));
    QVERIFY(!r.ok());
    QVERIFY2(hasDiag(r, "/client/forecast/current_pace/0/date", "the date 2028-10-20 is after the event start 2028-10-17"), dump(r).c_str());
    r = withClient(pickupClient(R"([{"date": "2028-06-19", "registered": 550}, {"date": "2028-05-01", "registered": 600}])"));
    QVERIFY(!r.ok());
    QVERIFY2(hasDiag(r, "/client/forecast/current_pace/0/registered", "the pace curve decreases: 600 registered at 169 days before, then 550 at 120"),
             dump(r).c_str());
    // Plain-number facts without the edition's date and source are read as unsourced (Fact::missing), not refused.
    r = withClient(std::string("{") + kAssociation
                   + R"(, "editions": [{"year": 2024, "city": {"zh-TW": "甲", "en": "A"}, "format": "onsite", "attendance": {"total": 10}}]})");
    QVERIFY2(r.ok(), dump(r).c_str());
    QCOMPARE(clientOf(*r.project)->editions[0].total.missing(), MissingProvenance::SourceAndAsOf);
    // A negative count, an unknown format, scenarios out of order.
    r = withClient(std::string("{") + kAssociation + R"(, "editions": [{"year": 2024, )" + city + R"(, "attendance": {"total": -5}}],
                   "forecast": {"scenarios": {"decision": "overridden", "low": 900, "likely": 800, "high": 1000}}})");
    QVERIFY(!r.ok());
    QVERIFY(hasDiag(r, "/client/editions/0/attendance/total", "expected a number of 0 or more, found -5"));
    QVERIFY(hasDiag(r, "/client/forecast/scenarios", "low ≤ likely ≤ high, found 900, 800, 1000"));
}

void TestForecast::unknownStaysUnknown()
{
    const auto r = withClient(std::string("{") + kAssociation + R"(, "editions": [
        {"year": 2024, "city": {"zh-TW": "甲", "en": "A"}, "format": "onsite", "source": "https://example.org/r", "as_of": "2024",
         "attendance": {"total": 900, "press": null}}]})");
    QVERIFY2(r.ok(), dump(r).c_str());
    const auto &e = clientOf(*r.project)->editions[0];
    QVERIFY(e.attendanceOf("press") && !e.attendanceOf("press")->known()); // stated unknown
    QVERIFY(!e.attendanceOf("member"));                                    // absent
    QVERIFY(!e.exhibitionM2.known());
    QCOMPARE(*e.total.source, std::string("https://example.org/r")); // inherited from the edition
    QCOMPARE(*e.total.asOf, std::string("2024"));
}

void TestForecast::mandatoryElementExcludesVenue()
{
    // Alpha has 1,000 plenary seats and no banquet figure; Beta 800. The opening needs 900 theatre seats
    // (mandatory): Beta is excluded with the reason in words; the gala's 1,400 banquet seats are unknown at every
    // venue and only warned about; Gamma's plenary seats 1,200 hold the opening.
    const auto r = withClient(std::string("{") + kAssociation + R"(, "programme": [
        {"id": "opening", "kind": "opening", "name": {"zh-TW": "開幕典禮", "en": "opening ceremony"}, "seats": 900, "layout": "theatre", "mandatory": true, "no_parallel": true},
        {"id": "gala", "kind": "gala", "name": {"zh-TW": "晚宴", "en": "gala"}, "banquet_seats": 1400, "mandatory": true},
        {"id": "council", "kind": "council", "name": {"zh-TW": "理事會", "en": "council"}, "seats": 2000, "layout": "theatre", "mandatory": false}]})");
    QVERIFY2(r.ok(), dump(r).c_str());
    Project p = *r.project;
    p.requirements.mustHave.clear(); // only the programme decides here
    const auto ranking = rankVenues(p);
    bool betaExcluded = false;
    for (const auto &ex : ranking.excluded) {
        if (p.venues[ex.venue].id != "beta")
            continue;
        betaExcluded = true;
        QCOMPARE(ex.reasons.size(), std::size_t(1));
        QCOMPARE(describe(ex.reasons[0], Lang::En), std::string("opening ceremony 900 theatre seats > 800 available"));
        QCOMPARE(describe(ex.reasons[0], Lang::ZhTW), std::string("開幕典禮 900 劇院式座位 > 可用 800"));
    }
    QVERIFY(betaExcluded);
    const Venue &alpha = *p.venue("alpha");
    const auto issues = checkRequirements(p, alpha);
    int programme = 0;
    for (const auto &is : issues) {
        if (is.kind != ConstraintIssue::Kind::Programme)
            continue;
        ++programme;
        QVERIFY(!is.excludes);
        if (is.element == "gala")
            QCOMPARE(describe(is, Lang::En), std::string("gala needs 1,400 banquet seats: the venue's banquet seats unknown"));
        else
            QCOMPARE(describe(is, Lang::En), std::string("council 2,000 theatre seats > 1,000 available")); // not mandatory: a warning
    }
    QCOMPARE(programme, 2);
    // Now with a known banquet capacity of 1,000: the mandatory gala excludes Alpha.
    for (auto &v : p.venues)
        if (v.id == "alpha")
            v.attributes.emplace_back("banquet_seats", Fact{1000.0, "", std::string("https://example.org/alpha"), std::string("2025"), false, {}, {}});
    const auto again = rankVenues(p);
    bool alphaExcluded = false;
    for (const auto &ex : again.excluded)
        if (p.venues[ex.venue].id == "alpha") {
            alphaExcluded = true;
            QCOMPARE(describe(ex.reasons[0], Lang::En), std::string("gala 1,400 banquet seats > 1,000 available"));
        }
    QVERIFY(alphaExcluded);
}

void TestForecast::roundTrip()
{
    const auto r = withClient(std::string("{") + R"("association": {"name": {"zh-TW": "測試學會", "en": "Test Society"}, "series": "TSC",
          "frequency_years": 2, "rotation": {"pattern": "continental", "regions": ["asia_pacific", "europe"]}, "preferred_month": 10,
          "source": "https://example.org/about", "as_of": "2025"},
        "rules": {"member_fee_below_non_member": true, "visa_free_entry_required": true, "other": [{"zh-TW": "理事長開幕致詞", "en": "The president opens"}]},
        "editions": [{"year": 2024, "city": {"zh-TW": "京都", "en": "Kyoto"}, "country": "JP", "region": "asia_pacific", "format": "hybrid",
          "currency": "USD", "source": "https://example.org/2024", "as_of": "2024-12", "note": "post-congress report",
          "attendance": {"total": 1500, "member": 700, "online": {"value": 300, "source": "https://example.org/online", "as_of": "2025"}, "press": null},
          "fees": {"member_early": 500, "non_member_early": 700}, "abstracts": {"submitted": 1200, "accepted": 900},
          "exhibition_m2": {"value": 2000, "estimate": true, "basis": "booth count × 9 m²", "as_of": "2024"},
          "sponsorship": 250000, "satisfaction": 4.3, "satisfaction_scale": 5,
          "pace": [{"days_before": 180, "registered": 300}, {"days_before": 30, "registered": 1200}]}],
        "programme": [{"id": "gala", "kind": "gala", "name": {"zh-TW": "晚宴", "en": "Gala"}, "banquet_seats": 1000, "mandatory": true,
          "at_venue": false, "online": {"zh-TW": "不提供", "en": "not streamed"}, "source": "https://example.org/gala"}],
        "local_culture": [{"id": "dance", "name": {"zh-TW": "原住民舞蹈", "en": "Aboriginal dance"},
          "cost": {"amount": 120000, "currency": "TWD", "estimate": true, "basis": "quote", "as_of": "2026"},
          "capacity": {"value": 1000, "source": "https://example.org/dance", "as_of": "2026"}, "programme": "gala",
          "note": {"zh-TW": "觀光署補助", "en": "Tourism Administration subsidy"}}],
        "forecast": {"method": "loglinear", "moving_average_window": 4, "current_pace": [{"date": "2028-05-01", "registered": 300}],
          "destination_adjustment": {"value": 5, "source": "https://example.org/adj", "as_of": "2025"},
          "scenarios": {"decision": "overridden", "low": 1200, "likely": 1500, "high": 1800}}})");
    QVERIFY2(r.ok(), dump(r).c_str());
    const std::string text1 = writeProject(*r.project);
    const auto b = readProject(text1, "mem");
    QVERIFY2(b.ok(), dump(b).c_str());
    QVERIFY(*r.project == *b.project);
    QCOMPARE(writeProject(*b.project), text1);
    const auto &e = clientOf(*b.project)->editions[0];
    QCOMPARE(e.fees.size(), std::size_t(2));
    QCOMPARE(e.fees[0].second.currency, std::string("USD"));
    QCOMPARE(*e.attendanceOf("online")->source, std::string("https://example.org/online"));
    QVERIFY(text1.find("\"member\": 700") != std::string::npos); // a plain fact stays plain
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
