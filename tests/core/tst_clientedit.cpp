// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of the client section (models/client/clientedit.h) with the reader's checks in words, and "use as
// scenarios" (models/budget/forecastscenarios.h) on the sample project, with hand-checked figures.
#include "budget.h"
#include "clientedit.h"
#include "forecast.h"
#include "forecastscenarios.h"
#include "projectformat.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace vb;

class TestClientEdit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addEditionChecksLikeTheReader();
    void paceCurveRules();
    void logLinearNeedsPositiveTotals();
    void unknownStaysUnknown();
    void editionSourceCarriesItsFacts();
    void removeAndMoveEditions();
    void programmeAndCulture();
    void moveProgrammeAndCulture();
    void forecastSettings();
    void editSectionsIsOneUndoStep();
    void acceptScenariosOnTheSample();
    void overrideScenarios();
    void scenariosRefused();

private:
    Project m_p;
    [[nodiscard]] const ClientHistory &client() const { return *clientOf(m_p); }
};

namespace {
Edition edition(int year, double total)
{
    Edition e;
    e.year = year;
    e.city = {"台北", "Taipei"};
    e.country = "TW";
    e.region = "asia_pacific";
    e.asOf = std::to_string(year);
    e.estimate = true;
    e.basis = "test figure";
    setEditionFact(e, "total", total);
    return e;
}
} // namespace

void TestClientEdit::init()
{
    auto res = loadProjectFile(std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json");
    QVERIFY(res.project);
    m_p = *res.project;
    QCOMPARE(client().editions.size(), std::size_t(10));
}

void TestClientEdit::addEditionChecksLikeTheReader()
{
    ClientHistory c = client();
    // The sample has 2026 already: refused, in words, with no JSON pointer, in both languages.
    QCOMPARE(addEdition(c, 10, edition(2026, 1800), Lang::En), std::string("There is already an edition in 2026: one entry per edition."));
    QCOMPARE(addEdition(c, 10, edition(2026, 1800), Lang::ZhTW), std::string("2026 年已有一屆：每屆只能有一筆。"));
    QCOMPARE(c, client());
    QCOMPARE(addEdition(c, 10, edition(1899, 1800), Lang::En), std::string("expected a year from 1900 to 2200, found 1899"));
    Edition e = edition(2027, 1800);
    e.country = "Taiwan";
    QVERIFY(addEdition(c, 10, e, Lang::En).find("\"Taiwan\"") != std::string::npos);
    e = edition(2027, -5);
    QCOMPARE(addEdition(c, 10, e, Lang::En), std::string("expected a number of 0 or more, found -5"));
    e = edition(2027, 1800);
    // The figures follow the edition's source, date and estimate flag (typed as plain numbers in the table).
    const auto plainTotal = [&] { setEditionFact(e, "total", 1800); };
    e.estimate = false;
    e.basis.reset();
    plainTotal();
    // Without a source the figures are unsourced (Fact::missing), not refused: the check passes (the edition is not
    // added here: checkEdition is what addEdition runs first).
    QCOMPARE(checkEdition(c, c.editions.size(), e, Lang::En), std::string());
    QCOMPARE(editionFact(e, "total")->missing(), MissingProvenance::Source);
    e.source = "www.example.org";
    plainTotal();
    QVERIFY(addEdition(c, 10, e, Lang::En).find("http://") != std::string::npos);
    e.source = "https://www.example.org/2027";
    e.asOf.reset();
    plainTotal();
    QCOMPARE(checkEdition(c, c.editions.size(), e, Lang::En), std::string()); // no date: unsourced, not refused
    QCOMPARE(editionFact(e, "total")->missing(), MissingProvenance::AsOf);
    e.asOf = "2027-13";
    plainTotal();
    QVERIFY(addEdition(c, 10, e, Lang::En).find("2027-13") != std::string::npos);
    e.asOf = "2027-11";
    plainTotal();
    setEditionFact(e, "fee.member_early", 650);
    QCOMPARE(addEdition(c, 10, e, Lang::En), std::string(vb::tr(Lang::En, "clientedit.money_needs_currency")));
    e.currency = "USD";
    setEditionFact(e, "fee.member_early", 650); // under the edition's currency now
    QCOMPARE(c, client());
    QCOMPARE(addEdition(c, 10, e, Lang::En), std::string());
    QCOMPARE(c.editions.size(), std::size_t(11));
    QCOMPARE(c.editions[10].fees.front().second.currency, std::string("USD"));
    // The new edition round-trips through the file unchanged.
    Project q = m_p;
    q.sections.set(c);
    const auto back = readProject(writeProject(q), "mem");
    QVERIFY(back.project);
    QCOMPARE(*clientOf(*back.project), c);
}

void TestClientEdit::paceCurveRules()
{
    ClientHistory c = client();
    Edition e = c.editions[9]; // 2026 with 8 pace points
    QVERIFY(e.pace.size() >= 2);
    e.pace.push_back({-3, 1800});
    QCOMPARE(setEdition(c, 9, e, Lang::En), std::string(vb::tr(Lang::En, "client.read.pace_after_event", {"-3"})));
    e = c.editions[9];
    e.pace.push_back({e.pace.front().daysBefore, e.pace.front().registered});
    QCOMPARE(setEdition(c, 9, e, Lang::En), std::string(vb::tr(Lang::En, "clientedit.pace_duplicate_days", {std::to_string(e.pace.front().daysBefore)})));
    // 500 registered at 400 days out, then 100 at 300 days out: registrations on the books cannot fall.
    e = c.editions[9];
    e.pace = {{300, 100}, {400, 500}};
    QCOMPARE(setEdition(c, 9, e, Lang::En), std::string(vb::tr(Lang::En, "client.read.pace_decreasing", {"500", "400", "100", "300"})));
    QCOMPARE(c, client());
    // In any order the user types them, the points are kept sorted most days first.
    e.pace = {{300, 500}, {400, 100}};
    QCOMPARE(setEdition(c, 9, e, Lang::En), std::string());
    QCOMPARE(c.editions[9].pace.front().daysBefore, 400);
    QCOMPARE(c.editions[9].pace.back().registered, 500.0);
}

void TestClientEdit::logLinearNeedsPositiveTotals()
{
    ClientHistory c = client();
    QCOMPARE(setForecastMethod(c, "loglinear", Lang::En), std::string());
    Edition e = c.editions[0];
    setEditionFact(e, "total", 0);
    QCOMPARE(setEdition(c, 0, e, Lang::En), std::string(vb::tr(Lang::En, "clientedit.loglinear_total", {"2008", "0"})));
    // Back to linear, a total of 0 is allowed (a cancelled edition) and log-linear is refused then.
    QCOMPARE(setForecastMethod(c, "linear", Lang::En), std::string());
    QCOMPARE(setEdition(c, 0, e, Lang::En), std::string());
    QCOMPARE(setForecastMethod(c, "loglinear", Lang::En), std::string(vb::tr(Lang::En, "forecast.log_nonpositive", {"0", "2008"})));
    QCOMPARE(c.forecast.method, std::string("linear"));
    QVERIFY(!setForecastMethod(c, "median", Lang::En).empty());
}

void TestClientEdit::unknownStaysUnknown()
{
    ClientHistory c = client();
    Edition e = c.editions[3]; // 2014: member 565
    QVERIFY(editionFact(e, "member") && editionFact(e, "member")->value == 565.0);
    QVERIFY(setEditionFact(e, "member", std::nullopt));
    QVERIFY(!editionFact(e, "member"));
    QVERIFY(!setEditionFact(e, "no_such_key", 1));
    QCOMPARE(setEdition(c, 3, e, Lang::En), std::string());
    Project q = m_p;
    q.sections.set(c);
    const std::string text = writeProject(q);
    const auto back = readProject(text, "mem");
    QVERIFY(back.project);
    QVERIFY(!clientOf(*back.project)->editions[3].attendanceOf("member")); // absent, not 0
    QCOMPARE(clientOf(*back.project)->editions[3].attendanceOf("student")->value, 200.0);
}

void TestClientEdit::editionSourceCarriesItsFacts()
{
    ClientHistory c = client();
    Edition e = c.editions[9];
    e.estimate = false;
    e.basis.reset();
    e.source = "https://www.example.org/siac-2026-report";
    e.asOf = "2026-12";
    QCOMPARE(setEdition(c, 9, e, Lang::En), std::string());
    const Fact *total = editionFact(c.editions[9], "total");
    QCOMPARE(total->value, 1710.0);
    QCOMPARE(total->source, e.source);
    QCOMPARE(total->asOf, std::optional<std::string>("2026-12"));
    QVERIFY(!total->estimate);
    QCOMPARE(editionFact(c.editions[9], "sponsorship")->currency, std::string("USD"));
}

void TestClientEdit::removeAndMoveEditions()
{
    ClientHistory c = client();
    QCOMPARE(removeEdition(c, 10, Lang::En), std::string(vb::tr(Lang::En, "clientedit.no_row")));
    QCOMPARE(moveEdition(c, 0, 3, Lang::En), std::string());
    QCOMPARE(c.editions[3].year, 2008);
    QCOMPARE(c.editions[0].year, 2010);
    QCOMPARE(moveEdition(c, 3, -100, Lang::En), std::string()); // clamped to the top
    QCOMPARE(c.editions[0].year, 2008);
    QCOMPARE(removeEdition(c, 0, Lang::En), std::string());
    QCOMPARE(c.editions.size(), std::size_t(9));
    QCOMPARE(c.editions[0].year, 2010);
    // The forecast follows: 9 editions 2010…2026, totals summing to 14,150 − 1,180 = 12,970.
    const auto r = forecastAttendance(c, "2028-10-17", ForecastMethod::Linear, Lang::En);
    QCOMPARE(r.of(ForecastMethod::Linear).n, 9);
}

void TestClientEdit::programmeAndCulture()
{
    ClientHistory c = client();
    ProgrammeElement g;
    g.kind = "gala";
    g.name = {"晚宴", ""};
    g.banquetSeats = 1400;
    QCOMPARE(addProgrammeElement(c, 99, g, Lang::En), std::string());
    QCOMPARE(c.programme.back().id, std::string("gala_2")); // "gala" is taken; no Latin name, so from its kind
    g.name = {"", "Gala dinner"};
    QCOMPARE(addProgrammeElement(c, 0, g, Lang::En), std::string());
    QCOMPARE(c.programme.front().id, std::string("gala_dinner"));
    g.seats = 300;
    QCOMPARE(addProgrammeElement(c, 0, g, Lang::En), std::string(vb::tr(Lang::En, "clientedit.seats_layout")));
    g.layout = "banquet"; // a layout of seats, not of the banquet seats
    QVERIFY(addProgrammeElement(c, 0, g, Lang::En).find("theatre") != std::string::npos);
    g.name = {};
    g.layout = "theatre";
    QCOMPARE(addProgrammeElement(c, 0, g, Lang::En), std::string(vb::tr(Lang::En, "clientedit.name_required")));
    // The sample's aboriginal dance is attached to the gala: the gala cannot go while it is.
    const auto gala = static_cast<std::size_t>(std::find_if(c.programme.begin(), c.programme.end(), [](auto &e) { return e.id == "gala"; })
                                               - c.programme.begin());
    QCOMPARE(removeProgrammeElement(c, gala, Lang::En), std::string(vb::tr(Lang::En, "clientedit.element_in_use", {"aboriginal dance performance"})));
    CultureElement ce = c.culture[0];
    ce.programme = "no_such";
    QCOMPARE(setCultureElement(c, 0, ce, Lang::En), std::string(vb::tr(Lang::En, "client.read.unknown_element", {"no_such"})));
    ce.programme = "gala_dinner";
    ce.cost.value = 150000.5;
    QCOMPARE(setCultureElement(c, 0, ce, Lang::En), std::string(vb::tr(Lang::En, "clientedit.whole", {"150000.5"})));
    ce.cost.value = 120000;
    QCOMPARE(setCultureElement(c, 0, ce, Lang::En), std::string());
    QCOMPARE(c.culture[0].id, std::string("aboriginal_dance"));
    QCOMPARE(removeProgrammeElement(c, gala, Lang::En), std::string());
    QCOMPARE(addCultureElement(c, 9, ce, Lang::En), std::string());
    QCOMPARE(c.culture.back().id, std::string("aboriginal_dance_performance"));
}

void TestClientEdit::forecastSettings()
{
    ClientHistory c = client();
    QCOMPARE(setMovingAverageWindow(c, 0, Lang::En), std::string(vb::tr(Lang::En, "clientedit.window", {"0"})));
    QCOMPARE(setMovingAverageWindow(c, 4, Lang::En), std::string());
    QCOMPARE(c.forecast.movingAverageWindow, 4);
    Fact a;
    a.value = 5;
    // No source, no basis, no date: kept, unsourced (as the reader keeps it), and listed like the file's own.
    QCOMPARE(setDestinationAdjustment(c, a, Lang::En), std::string());
    QCOMPARE(*c.forecast.destinationAdjustment.value, 5.0);
    QVERIFY(c.forecast.destinationAdjustment.missing() == MissingProvenance::SourceAndAsOf);
    // A source that is given must still be a web address; the refusal in the page's language; the value stays.
    a.value = 7;
    a.source = "www.example.org/uplift";
    QCOMPARE(setDestinationAdjustment(c, a, Lang::ZhTW), std::string("來源須為以 http:// 或 https:// 開頭的網址；「www.example.org/uplift」不是。"));
    QCOMPARE(*c.forecast.destinationAdjustment.value, 5.0);
    a.value = -100;
    a.source = "https://www.example.org/uplift";
    QCOMPARE(setDestinationAdjustment(c, a, Lang::En), std::string(vb::tr(Lang::En, "clientedit.adjustment_range", {"-100"})));
    a.value = 5;
    QCOMPARE(setDestinationAdjustment(c, a, Lang::En), std::string());
    // Linear point 1,712 (below), online 0.15174 × 1,712 = 259.8 stays, on site (1,712 − 259.8) × 1.05 = 1,524.8;
    // likely 1,524.8 + 259.8 = 1,784.6 → 1,785.
    const auto r = forecastAttendance(c, "2028-10-17", std::nullopt, Lang::En);
    QCOMPARE(r.proposed->likely, 1785);
    QCOMPARE(setDestinationAdjustment(c, Fact{}, Lang::En), std::string());
    QVERIFY(!c.forecast.destinationAdjustment.value && !c.forecast.destinationAdjustment.source);
}

void TestClientEdit::moveProgrammeAndCulture()
{
    // The sample's programme: opening, general_assembly, council, named_lecture, young_researcher, gala, accompanying,
    // farewell; its local culture: aboriginal_dance (attached to the gala by id), dadaocheng_walk, palace_museum,
    // pinglin_tea.
    const auto ids = [](const auto &v) {
        std::string s;
        for (const auto &e : v)
            s += (s.empty() ? "" : ",") + e.id;
        return s;
    };
    EditHistory h;
    const Project before = m_p;
    bool changed = false;
    auto diags = editSections(h, m_p, "x", "", clientChange([](ClientHistory &c) { return moveProgrammeElement(c, 5, -1, Lang::En); }), &changed);
    QVERIFY(diags.empty());
    QVERIFY(changed);
    QCOMPARE(ids(client().programme), std::string("opening,general_assembly,council,named_lecture,gala,young_researcher,accompanying,farewell"));
    QCOMPARE(client().culture[0].programme, std::string("gala")); // attached by id: still the gala
    diags = editSections(h, m_p, "x", "", clientChange([](ClientHistory &c) { return moveCultureElement(c, 0, 1, Lang::En); }), &changed);
    QVERIFY(diags.empty());
    QCOMPARE(ids(client().culture), std::string("dadaocheng_walk,aboriginal_dance,palace_museum,pinglin_tea"));
    QCOMPARE(h.size(), std::size_t(2));
    // At the ends: nothing changes and no step is recorded.
    for (const auto &f : std::vector<std::function<EditError(ClientHistory &)>>{
             [](ClientHistory &c) { return moveProgrammeElement(c, 0, -1, Lang::En); },
             [](ClientHistory &c) { return moveProgrammeElement(c, 7, 1, Lang::En); },
             [](ClientHistory &c) { return moveCultureElement(c, 0, -1, Lang::En); },
             [](ClientHistory &c) { return moveCultureElement(c, 3, 1, Lang::En); }}) {
        QVERIFY(editSections(h, m_p, "x", "", clientChange(f), &changed).empty());
        QVERIFY(!changed);
    }
    QCOMPARE(h.size(), std::size_t(2));
    diags = editSections(h, m_p, "x", "", clientChange([](ClientHistory &c) { return moveCultureElement(c, 4, -1, Lang::En); }), &changed);
    QCOMPARE(diags.size(), std::size_t(1));
    QCOMPARE(diags[0].message, std::string(vb::tr(Lang::En, "clientedit.no_row")));
    // Read back from the file: the new orders.
    const auto back = readProject(writeProject(m_p));
    QVERIFY(back.ok());
    QCOMPARE(ids(clientOf(*back.project)->programme), ids(client().programme));
    QCOMPARE(ids(clientOf(*back.project)->culture), ids(client().culture));
    QVERIFY(h.undo(m_p));
    QVERIFY(h.undo(m_p));
    QVERIFY(m_p.sections == before.sections);
}

void TestClientEdit::editSectionsIsOneUndoStep()
{
    EditHistory h;
    const Project before = m_p;
    auto diags = editSections(h, m_p, "x", "", clientChange([](ClientHistory &c) { return removeEdition(c, 0, Lang::En); }));
    QVERIFY(diags.empty());
    QCOMPARE(client().editions.size(), std::size_t(9));
    diags = editSections(h, m_p, "x", "", clientChange([](ClientHistory &c) { return addEdition(c, 0, edition(2010, 1), Lang::En); }));
    QCOMPARE(diags.size(), std::size_t(1));
    QCOMPARE(diags[0].path, std::string("/client"));
    QCOMPARE(client().editions.size(), std::size_t(9));
    QCOMPARE(h.size(), std::size_t(1));
    QVERIFY(h.undo(m_p));
    QVERIFY(m_p.sections == before.sections);
}

void TestClientEdit::acceptScenariosOnTheSample()
{
    // The sample's linear trend (venuebid-cli forecast): years 2008…2026 every 2 years, x̄ = 2017, ȳ = 14,150 / 10 = 1,415,
    // slope 27 a year, so 1,415 + 27 × (2028 − 2017) = 1,712; 95 % interval 1,537 … 1,887. Online share of the three
    // hybrid editions (460/1,530, 390/1,640, 350/1,710) trended to 2028: 15.17 %, so online 0.15174 × 1,712 = 260,
    // on site 1,452.
    QCOMPARE(m_p.requirements.expectedAttendance, 1800);
    std::string error;
    auto edit = scenariosEdit(m_p, std::nullopt, Lang::En, error);
    QVERIFY2(edit, error.c_str());
    EditHistory h;
    const Project before = m_p;
    h.apply(m_p, std::move(*edit));
    const auto &s = *client().forecast.scenarios;
    QCOMPARE(s.decision, std::string("accepted"));
    QCOMPARE(s.method, std::string("linear"));
    QCOMPARE((std::array{s.low, s.likely, s.high}), (std::array{1537, 1712, 1887}));
    QCOMPARE(m_p.requirements.expectedAttendance, 1712);
    QCOMPARE(m_p.requirements.attendance(EventFormat::Onsite), (FormatAttendance{1712, 0}));
    QCOMPARE(m_p.requirements.attendance(EventFormat::Hybrid), (FormatAttendance{1452, 260}));
    QCOMPARE(m_p.requirements.attendance(EventFormat::Online), (FormatAttendance{0, 1712}));
    // Budget scenarios: 100 × 1,537 / 1,712 = 89.78 → 90 %; 100 × 1,887 / 1,712 = 110.22 → 110 %.
    QCOMPARE(budgetOf(m_p).scenarioPercent, (std::array{90, 100, 110}));
    // The forecast agrees: nothing stale.
    const auto r = forecastAttendance(m_p, std::nullopt, Lang::En);
    QVERIFY(!r->stale);
    // Saved and read back the same, and the file is valid.
    const auto back = readProject(writeProject(m_p), "mem");
    QVERIFY(back.project);
    QCOMPARE(back.project->requirements, m_p.requirements);
    // One undo step puts everything back.
    QVERIFY(h.undo(m_p));
    QCOMPARE(m_p.requirements, before.requirements);
    QVERIFY(m_p.sections == before.sections);
    QCOMPARE(budgetOf(m_p).scenarioPercent, (std::array{80, 100, 115}));
}

void TestClientEdit::overrideScenarios()
{
    std::string error;
    auto edit = scenariosEdit(m_p, AttendanceScenarios{1500, 1700, 1900}, Lang::En, error);
    QVERIFY2(edit, error.c_str());
    EditHistory h;
    h.apply(m_p, std::move(*edit));
    const auto &s = *client().forecast.scenarios;
    QCOMPARE(s.decision, std::string("overridden"));
    QCOMPARE((std::array{s.low, s.likely, s.high}), (std::array{1500, 1700, 1900}));
    // Hybrid split at the forecast's share 260 / 1,712: 1,700 × 260 / 1,712 = 258.2 → 258 online, 1,442 on site.
    QCOMPARE(m_p.requirements.attendance(EventFormat::Hybrid), (FormatAttendance{1442, 258}));
    QCOMPARE(m_p.requirements.expectedAttendance, 1700);
    // 100 × 1,500 / 1,700 = 88.24 → 88 %; 100 × 1,900 / 1,700 = 111.76 → 112 %.
    QCOMPARE(budgetOf(m_p).scenarioPercent, (std::array{88, 100, 112}));
}

void TestClientEdit::scenariosRefused()
{
    std::string error;
    QVERIFY(!scenariosEdit(m_p, AttendanceScenarios{1800, 1700, 1900}, Lang::En, error));
    QCOMPARE(error, std::string(vb::tr(Lang::En, "clientedit.scenarios_order", {"1,800", "1,700", "1,900"})));
    QVERIFY(!scenariosEdit(m_p, AttendanceScenarios{0, 1700, 1900}, Lang::En, error));
    QCOMPARE(error, std::string(vb::tr(Lang::En, "clientedit.scenarios_min", {"0", "1700", "1900"})));
    // A method without a forecast proposes nothing (the sample has no registrations of this edition yet).
    ClientHistory c = client();
    c.forecast.method = "pickup_additive";
    m_p.sections.set(c);
    QVERIFY(!scenariosEdit(m_p, std::nullopt, Lang::En, error));
    QCOMPARE(error, std::string(vb::tr(Lang::En, "clientedit.scenarios_no_forecast", {vb::tr(Lang::En, "forecast.no_current_pace")})));
}

QTEST_GUILESS_MAIN(TestClientEdit)
#include "tst_clientedit.moc"
