// SPDX-License-Identifier: GPL-3.0-or-later
#include "suitabilityreport.h"

#include "analysis.h"
#include "optionsanalysis.h"
#include "factlabel.h"
#include "methodcomparison.h"
#include "quote.h"
#include "htmlparts.h"
#include "numbers.h"
#include "scenariofinance.h"
#include "budgetcalc.h"
#include "sensitivity.h"
#include "venueranking.h"

#include <cstdio>
#include <sstream>

namespace vb {

using html::bar;
using html::Tr;

std::string contingencyHtml(const Project &p, Lang lang, mcda::Method method)
{
    const Tr t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    std::ostringstream h;
    const auto a = analysisOf(p);
    const auto opts = analyseOptions(p, method);
    if (a.scenarios.empty()) {
        h << "<p>" << t("No risk scenarios in the project.", "專案中沒有風險情境。") << "</p>";
    } else {
        h << "<table class=\"t\"><tr><th>" << t("Scenario", "情境") << "</th><th>" << t("Probability", "機率") << "</th><th>"
          << t("Risk (1–25)", "風險 (1–25)") << "</th><th>" << t("Fallback", "備案") << "</th><th>" << t("Decide by", "決策期限") << "</th></tr>";
        for (const auto &s : a.scenarios) {
            h << "<tr><td>" << e(s.name.get(lang)) << "</td><td align=\"right\">" << formatFixed(s.probability * 100, 1) << " %</td><td align=\"right\">"
              << s.riskScore() << "</td><td>" << (s.contingency ? formatName(s.contingency->fallbackFormat, lang) : "–") << "</td><td>"
              << (s.contingency ? e(s.contingency->triggerDate) : "–") << "</td></tr>";
        }
        // Attendance, and with a budget the surplus, if nothing happens and expected over the scenarios.
        const auto finance = hasBudget(p) ? std::optional(expectedFinance(p, budgetOf(p), a)) : std::nullopt;
        h << "</table><table class=\"t\"><tr><th>" << t("Format", "型式") << "</th><th>" << t("Attendance if nothing happens", "無事件時出席")
          << "</th><th>" << t("Expected attendance", "預期出席") << "</th>";
        if (finance)
            h << "<th>" << t("Surplus if nothing happens", "無事件時盈餘") << "</th><th>" << t("Expected surplus", "期望盈餘") << "</th>";
        h << "</tr>";
        for (const auto &fe : opts.scenarios.formats) {
            h << "<tr><td>" << formatName(fe.format, lang) << "</td><td align=\"right\">" << formatGrouped(fe.baseline) << "</td><td align=\"right\">"
              << formatGrouped(std::round(fe.expected)) << "</td>";
            if (finance) {
                const auto &ff = (*finance)[static_cast<std::size_t>(fe.format)];
                h << "<td align=\"right\">" << groupThousands(ff.baseline) << "</td><td align=\"right\">" << groupThousands(std::llround(ff.expected)) << "</td>";
            }
            h << "</tr>";
        }
        h << "</table>";
    }
    return h.str();
}

std::string co2eHtml(const Project &p, Lang lang)
{
    const Tr t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    std::ostringstream h;
    const auto a = analysisOf(p);
    if (!a.sustainability) {
        h << "<p>" << t("No CO2e inputs in the project.", "專案中沒有碳足跡資料。") << "</p>";
    } else {
        h << "<table class=\"t\"><tr><th>" << t("Format", "型式") << "</th><th>" << t("Known CO2e (t)", "已知 CO2e（公噸）") << "</th><th>"
          << t("Not included", "未計入") << "</th></tr>";
        for (auto f : kAllFormats) {
            const auto c = computeCo2e(p, *a.sustainability, f);
            std::string missing;
            for (const auto &m : c.missing)
                missing += (missing.empty() ? "" : "; ") + describeMissing(m, lang);
            h << "<tr><td>" << formatName(f, lang) << "</td><td align=\"right\">" << formatFixed(c.knownKg / 1000.0, 1) << "</td><td class=\"note\">"
              << e(missing) << "</td></tr>";
        }
        h << "</table>";
    }

    return h.str();
}

std::string suitabilityReportHtml(const Project &p, Lang lang, mcda::Method method)
{
    const Tr t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    std::ostringstream h;
    const auto ranking = rankVenues(p, RankingOptions{false, method});
    const auto &q = p.requirements;

    h << html::head(e(p.meta.title.get(lang)));
    h << "<h1>" << t("Venue suitability report", "場地適用性評估報告") << "</h1>";
    h << "<p><b>" << e(p.meta.title.get(lang)) << "</b><br/>" << t("Client: ", "客戶：") << e(p.meta.client.get(lang)) << "<br/>"
      << t("Dates: ", "日期：") << e(q.startDate) << " – " << e(q.endDate) << " (" << q.days << t(" days", " 天") << ")</p>";

    // 1 Requirements
    h << "<h2>1. " << t("Requirements", "需求") << "</h2><table class=\"t\"><tr><th>" << t("Requirement", "項目") << "</th><th>"
      << t("Value", "數值") << "</th><th>" << t("Must-have", "必要條件") << "</th></tr>";
    const auto req = [&](const char *en, const char *zh, const std::string &v, std::optional<Requirement> r) {
        h << "<tr><td>" << t(en, zh) << "</td><td align=\"right\">" << e(v) << "</td><td>"
          << (r && q.isMustHave(*r) ? t("yes", "是") : "") << "</td></tr>";
    };
    req("Expected attendance", "預估出席人數", formatGrouped(q.expectedAttendance), std::nullopt);
    if (q.plenarySeats)
        req("Plenary seats", "主會場座位數", formatGrouped(*q.plenarySeats), Requirement::PlenarySeats);
    if (q.breakoutRooms)
        req("Breakout rooms", "分組會議室", formatGrouped(*q.breakoutRooms), Requirement::BreakoutRooms);
    if (q.exhibitionM2)
        req("Exhibition area (m²)", "展覽面積 (m²)", formatGrouped(*q.exhibitionM2), Requirement::ExhibitionM2);
    if (q.roomNights)
        req("Hotel room-nights", "住房間夜數", formatGrouped(*q.roomNights), Requirement::RoomNights);
    if (q.budgetCeiling)
        req("Venue budget ceiling (TWD)", "場地預算上限（新臺幣）", formatCount(*q.budgetCeiling), Requirement::BudgetCeiling);
    req("Dates", "日期", q.startDate + " – " + q.endDate, Requirement::Dates);
    h << "</table>";

    // 2 Method and weights
    h << "<h2>2. " << t("Method and weights", "評估方法與權重") << "</h2><p>" << t("Method: ", "方法：") << mcda::methodName(method) << " ("
      << mcda::normalizationName(mcda::effectiveNormalization(method, std::nullopt)) << ")"
      << t(". An unknown value counts as the worst known value of its criterion.", "。未知數值以該準則已知的最差值計算。") << "</p>";
    h << "<table class=\"t\"><tr><th>" << t("Criterion", "準則") << "</th><th>" << t("Direction", "方向") << "</th><th>" << t("Weight", "權重")
      << "</th><th></th></tr>";
    for (std::size_t j = 0; j < p.criteria.size(); ++j) {
        const auto &c = p.criteria[j];
        h << "<tr><td>" << e(c.name.get(lang)) << "</td><td>" << (c.direction == Direction::Benefit ? t("higher is better", "愈高愈好") : t("lower is better", "愈低愈好"))
          << "</td><td align=\"right\">" << formatFixed(ranking.weights[j] * 100, 1) << " %</td><td>" << bar(ranking.weights[j] / 0.4, "#4a78b5")
          << "</td></tr>";
    }
    h << "</table>";

    // 3 Ranking
    h << "<h2>3. " << t("Ranking", "排名") << "</h2><table class=\"t\"><tr><th>#</th><th>" << t("Venue", "場地") << "</th><th>" << t("City", "城市")
      << "</th><th>" << t("Score", "分數") << "</th><th></th><th>" << t("Unknown facts", "未知資料") << "</th></tr>";
    for (const auto &rv : ranking.ranked) {
        const auto &v = p.venues[rv.venue];
        double barValue = rv.score;
        if (method == mcda::Method::VIKOR)
            barValue = 1.0 - rv.score;
        else if (method == mcda::Method::PROMETHEE2)
            barValue = (rv.score + 1.0) / 2.0;
        std::string unknown;
        for (const auto &id : rv.imputedCriteria)
            unknown += (unknown.empty() ? "" : ", ") + factLabel(p, id, lang);
        h << "<tr><td>" << rv.rank << "</td><td>" << e(v.name.get(lang)) << "</td><td>" << e(v.city.get(lang)) << "</td><td align=\"right\">"
          << formatScore(rv.score) << "</td><td>" << bar(barValue, rv.rank == 1 ? "#2e7d32" : "#4a78b5") << "</td><td class=\"note\">" << e(unknown)
          << "</td></tr>";
    }
    h << "</table>";
    if (!ranking.excluded.empty()) {
        h << "<p><b>" << t("Excluded (fail a must-have):", "未符合必要條件而排除：") << "</b></p><ul>";
        for (const auto &x : ranking.excluded) {
            std::string reasons;
            for (const auto &why : x.reasons)
                reasons += (reasons.empty() ? "" : "; ") + describe(why, lang);
            h << "<li>" << e(p.venues[x.venue].name.get(lang)) << ": " << e(reasons) << "</li>";
        }
        h << "</ul>";
    }

    // 4 Methods
    const auto cmp = compareMethods(p);
    h << "<h2>4. " << t("Where the methods agree", "各評分方法的一致性") << "</h2><p>"
      << (cmp.sameWinner() ? t("All four methods rank the same venue first.", "四種方法的第一名相同。")
                           : t("The methods disagree on the winner.", "各方法的第一名不同。"))
      << "</p><table class=\"t\"><tr><th>" << t("Venue", "場地") << "</th>";
    for (auto m : cmp.methods)
        h << "<th>" << mcda::methodName(m) << "</th>";
    h << "</tr>";
    for (std::size_t i = 0; i < cmp.venues.size(); ++i) {
        h << "<tr><td>" << e(p.venues[cmp.venues[i]].name.get(lang)) << "</td>";
        for (int r : cmp.ranks[i])
            h << "<td align=\"center\">" << r << "</td>";
        h << "</tr>";
    }
    h << "</table>";

    // 5 Sensitivity
    h << "<h2>5. " << t("Weight sensitivity", "權重敏感度") << "</h2>";
    if (ranking.rows.size() >= 2) {
        const auto s = mcda::weightStability(ranking.problem);
        const auto name = [&](int row) { return e(p.venues[ranking.rows[static_cast<std::size_t>(row)]].name.get(lang)); };
        h << "<table class=\"t\"><tr><th>" << t("Criterion", "準則") << "</th><th>" << t("Weight", "權重") << "</th><th>"
          << t("Winner unchanged for", "第一名不變的權重範圍") << "</th><th>" << t("Ranking unchanged for", "排名不變的權重範圍") << "</th></tr>";
        for (const auto &c : s.criteria)
            h << "<tr><td>" << e(p.criteria[static_cast<std::size_t>(c.criterion)].name.get(lang)) << "</td><td align=\"right\">"
              << formatFixed(c.weight * 100, 1) << " %</td><td>" << formatFixed(c.topLower * 100, 1) << "–" << formatFixed(c.topUpper * 100, 1) << " %</td><td>"
              << formatFixed(c.rankLower * 100, 1) << "–" << formatFixed(c.rankUpper * 100, 1) << " %</td></tr>";
        h << "</table>";
        if (s.smallestCriterion && s.smallestFlip)
            h << "<p>" << t("Smallest change that changes the winner: ", "改變第一名所需的最小變動：")
              << e(p.criteria[static_cast<std::size_t>(*s.smallestCriterion)].name.get(lang)) << " → " << formatFixed(s.smallestFlip->weight * 100, 1)
              << " %: " << name(s.smallestFlip->newWinner) << "</p>";
        else
            h << "<p>" << t("No single weight change makes another venue the winner.", "任何單一權重變動都不會改變第一名。") << "</p>";
    } else {
        h << "<p>" << t("Fewer than two venues pass the must-haves.", "通過必要條件的場地少於兩個。") << "</p>";
    }

    // 6 Format, risks and contingency, CO2e
    const auto a = analysisOf(p);
    const auto opts = analyseOptions(p, method);
    h << "<h2>6. " << t("Event format", "會議型式") << "</h2>";
    if (opts.recommendation)
        h << "<p>" << e(opts.recommendation->text(lang)) << "</p>";
    h << "<h2>7. " << t("Risks and contingency plan", "風險與備案") << "</h2>" << contingencyHtml(p, lang, method);
    h << "<h2>8. " << t("Carbon footprint (CO2e)", "碳足跡 (CO2e)") << "</h2>" << co2eHtml(p, lang);

    // 9 Inspections
    h << "<h2>9. " << t("Site inspection findings", "場勘結果") << "</h2>";
    if (a.inspections.empty())
        h << "<p>" << t("No site inspections recorded.", "尚無場勘紀錄。") << "</p>";
    for (const auto &ins : a.inspections) {
        const auto *v = p.venue(ins.venue);
        const auto sc = ins.score();
        h << "<p><b>" << e(v ? v->name.get(lang) : ins.venue) << "</b> — " << e(ins.inspector) << ", " << e(ins.date) << ": "
          << (sc ? formatFixed(*sc, 2) + " / 5" : std::string(t("not scored", "未評分"))) << "</p><table class=\"t\">";
        for (const auto &it : ins.items)
            h << "<tr><td>" << e(checklistName(it.item, lang)) << "</td><td align=\"right\">" << (it.score ? formatFixed(*it.score, 0) : std::string("–"))
              << "</td><td>" << e(it.note) << "</td></tr>";
        h << "</table>";
    }

    // 10 Sources
    h << "<h2>10. " << t("Sources of every fact", "所有資料來源") << "</h2><table class=\"t\"><tr><th>" << t("Venue", "場地") << "</th><th>"
      << t("Fact", "資料") << "</th><th>" << t("Value", "數值") << "</th><th>" << t("Source / basis", "來源／估計依據") << "</th><th>" << t("As of", "資料日期")
      << "</th></tr>";
    for (const auto &v : p.venues) {
        const auto row = [&](const std::string &id, const Fact &f) {
            const std::string value = f.value ? formatFactAmount(*f.value, f.currency) : std::string(t("unknown", "未知"));
            const std::string src = f.source ? *f.source : (f.estimate && f.basis ? std::string(t("estimate: ", "估計：")) + *f.basis : std::string());
            h << "<tr><td>" << e(v.name.get(lang)) << "</td><td>" << e(factLabel(p, id, lang)) << "</td><td align=\"right\">" << e(value)
              << "</td><td class=\"note\">" << e(src) << "</td><td>" << e(f.asOf.value_or("")) << "</td></tr>";
        };
        for (const auto &[id, f] : v.attributes)
            row(id, f);
        for (const auto &[id, f] : v.costs)
            row(id, f);
    }
    h << "</table><p class=\"note\">" << t("Generated by VenueBid from ", "由 VenueBid 產生，依據 ") << e(p.meta.title.get(lang)) << ".</p></body></html>";
    return h.str();
}

} // namespace vb
