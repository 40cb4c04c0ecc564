// SPDX-License-Identifier: GPL-3.0-or-later
#include "suitabilityreport.h"

#include "analysis.h"
#include "bidbook.h"
#include "co2echart.h"
#include "rankingcharts.h"
#include "svgchart.h"
#include "optionsanalysis.h"
#include "factlabel.h"
#include "methodcomparison.h"
#include "quote.h"
#include "htmlparts.h"
#include "messages.h"
#include "numbers.h"
#include "scenariofinance.h"
#include "budgetcalc.h"
#include "budgetexport.h"
#include "sensitivity.h"
#include "venueranking.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace vb {

namespace {

/** Where the event is held: the bid book's destination, else the city of the best-ranked venue. */
std::string suitabilityDestination(const Project &p, const VenueRanking &ranking, Lang lang)
{
    if (bid::hasBidBook(p))
        if (const auto book = bid::bidBookOf(p); book.destination)
            return book.destination->get(lang);
    return ranking.ranked.empty() ? std::string() : p.venues[ranking.ranked.front().venue].city.get(lang);
}

/** A normalisation as a person reads it ("linear normalisation by the largest value"), not its file code. */
const char *normalizationTitle(mcda::Normalization n, Lang lang)
{
    switch (n) {
    case mcda::Normalization::None: return tr(lang, "normalization.none");
    case mcda::Normalization::Vector: return tr(lang, "normalization.vector");
    case mcda::Normalization::MinMax: return tr(lang, "normalization.minmax");
    case mcda::Normalization::MaxLinear: return tr(lang, "normalization.max_linear");
    case mcda::Normalization::Sum: return tr(lang, "normalization.sum");
    }
    return mcda::normalizationName(n);
}

/** The recommended venue and the reasons for it, in the order a client asks: which, by how much, on what, whether
 *  another method or another weight would change it, what is not known, and in which format. */
std::string recommendationHtml(const Project &p, Lang lang, const VenueRanking &ranking, const MethodComparison &cmp,
                               const std::optional<mcda::StabilityResult> &stability, const OptionsAnalysis &opts)
{
    const LangText t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    const std::string sep = t("text.list_separator");
    std::ostringstream h;
    if (ranking.ranked.empty()) {
        h << "<p>" << t("suitability.rec_none") << "</p>";
        return h.str();
    }
    const auto &best = ranking.ranked.front();
    const Venue &v = p.venues[best.venue];
    h << "<p><b>"
      << t("suitability.rec_venue", {e(v.name.get(lang)), e(v.city.get(lang)), groupThousands(static_cast<std::int64_t>(ranking.ranked.size())),
                                     methodTitle(ranking.method, lang), scoreText(ranking.method, best.score)})
      << "</b></p><p>" << t("suitability.rec_why") << "</p><ul>";
    if (ranking.ranked.size() >= 2) {
        const auto &second = ranking.ranked[1];
        h << "<li>" << t("suitability.rec_lead", {e(p.venues[second.venue].name.get(lang)), scoreText(ranking.method, second.score)}) << "</li>";
    }
    // The three criteria that add most to its weighted sum.
    std::vector<std::size_t> order;
    for (std::size_t j = 0; j < best.contributions.size() && j < p.criteria.size(); ++j)
        if (best.contributions[j] > 0)
            order.push_back(j);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return best.contributions[x] > best.contributions[y]; });
    if (!order.empty()) {
        std::string names;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, order.size()); ++k)
            names += (names.empty() ? "" : sep) + p.criteria[order[k]].name.get(lang);
        h << "<li>" << e(t("suitability.rec_strengths", {names})) << "</li>";
    }
    if (const auto row = std::find(cmp.venues.begin(), cmp.venues.end(), best.venue); row != cmp.venues.end() && !cmp.methods.empty()) {
        const auto &ranks = cmp.ranks[static_cast<std::size_t>(row - cmp.venues.begin())];
        std::string list;
        bool allFirst = true;
        for (std::size_t k = 0; k < cmp.methods.size(); ++k) {
            allFirst = allFirst && ranks[k] == 1;
            list += (list.empty() ? "" : sep) + std::string(methodShortName(cmp.methods[k]));
            if (k < ranks.size())
                list += " " + std::to_string(ranks[k]);
        }
        if (allFirst) {
            std::string names;
            for (auto m : cmp.methods)
                names += (names.empty() ? "" : sep) + std::string(methodShortName(m));
            h << "<li>" << t("suitability.rec_methods_agree", {names}) << "</li>";
        } else {
            h << "<li>" << t("suitability.rec_methods_disagree", {list}) << "</li>";
        }
    }
    if (stability) {
        if (stability->smallestCriterion && stability->smallestFlip) {
            const auto j = static_cast<std::size_t>(*stability->smallestCriterion);
            h << "<li>"
              << e(t("suitability.rec_stable", {p.criteria[j].name.get(lang), formatFixed(ranking.weights[j] * 100, 1) + " %",
                                                 formatFixed(stability->smallestFlip->weight * 100, 1) + " %"}))
              << "</li>";
        } else {
            h << "<li>" << t("suitability.no_single_weight_change_makes_another") << "</li>";
        }
    }
    if (!best.imputedCriteria.empty()) {
        std::string unknown;
        for (const auto &id : best.imputedCriteria)
            unknown += (unknown.empty() ? "" : sep) + factLabel(p, id, lang);
        h << "<li>" << e(t("suitability.rec_unknown", {unknown})) << "</li>";
    }
    h << "</ul>";
    if (opts.recommendation)
        h << "<p>" << e(opts.recommendation->text(lang)) << "</p>"; // "Recommended format: hybrid. …"
    return h.str();
}

/** The host of a URL without "www.", for a line that names where a fact comes from ("example.org"). */
std::string sourceHost(const std::string &url)
{
    std::string_view s = url;
    if (const auto scheme = s.find("://"); scheme != std::string_view::npos)
        s.remove_prefix(scheme + 3);
    s = s.substr(0, s.find_first_of("/?#"));
    if (s.starts_with("www."))
        s.remove_prefix(4);
    return s.empty() ? url : std::string(s);
}

} // namespace

std::string contingencyHtml(const Project &p, Lang lang, mcda::Method method)
{
    const LangText t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    std::ostringstream h;
    const auto a = analysisOf(p);
    const auto opts = analyseOptions(p, method);
    if (a.scenarios.empty()) {
        h << "<p>" << t("suitability.no_risk_scenarios_in_the_project") << "</p>";
    } else {
        h << "<table class=\"t\"><tr><th>" << t("common.scenario") << "</th><th>" << t("suitability.probability") << "</th><th>"
          << t("suitability.risk_1_25") << "</th><th>" << t("common.fallback") << "</th><th>" << t("common.decide_by") << "</th></tr>";
        for (const auto &s : a.scenarios) {
            h << "<tr><td>" << e(s.name.get(lang)) << "</td><td align=\"right\">" << formatFixed(s.probability * 100, 1) << " %</td><td align=\"right\">"
              << s.riskScore() << "</td><td>" << (s.contingency ? formatName(s.contingency->fallbackFormat, lang) : "–") << "</td><td>"
              << (s.contingency ? e(s.contingency->triggerDate) : "–") << "</td></tr>";
        }
        // Attendance, and with a budget the surplus, if nothing happens and expected over the scenarios.
        const auto finance = hasBudget(p) ? std::optional(expectedFinance(p, budgetOf(p), a)) : std::nullopt;
        h << "</table><table class=\"t\"><tr><th>" << t("common.format") << "</th><th>" << t("suitability.attendance_if_nothing_happens")
          << "</th><th>" << t("suitability.expected_attendance_scenarios") << "</th>";
        if (finance)
            h << "<th>" << t("suitability.surplus_if_nothing_happens") << "</th><th>" << t("suitability.expected_surplus") << "</th>";
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
    const LangText t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    std::ostringstream h;
    const auto a = analysisOf(p);
    if (!a.sustainability) {
        h << "<p>" << t("suitability.no_co2e_inputs_in_the_project") << "</p>";
    } else {
        h << "<table class=\"t\"><tr><th>" << t("common.format") << "</th><th>" << t("suitability.known_co2e_t") << "</th><th>"
          << t("suitability.not_included") << "</th></tr>";
        for (auto f : kAllFormats) {
            const auto c = computeCo2e(p, *a.sustainability, f);
            std::string missing;
            for (const auto &m : c.missing)
                missing += (missing.empty() ? "" : t("text.list_separator")) + describeMissing(m, lang);
            h << "<tr><td>" << formatName(f, lang) << "</td><td align=\"right\">" << formatFixed(c.knownKg / 1000.0, 1) << "</td><td class=\"note\">"
              << e(missing) << "</td></tr>";
        }
        h << "</table>";
        // The same numbers as a chart, by part: the table's known total is the chart's last row.
        if (const auto chart = co2eChart(p, lang))
            h << "<p>" << svg::barChartSvg(*chart, 560) << "</p>";
    }

    return h.str();
}

bool suitabilityNeedsAppendix(const Project &p)
{
    return p.venues.size() > kSuitabilityBodyVenues;
}

std::string suitabilityAppendixPath(const std::string &reportPath)
{
    const auto slash = reportPath.find_last_of("/\\");
    const auto dot = reportPath.rfind('.');
    const bool hasExt = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
    return (hasExt ? reportPath.substr(0, dot) : reportPath) + "-venues.csv";
}

SuitabilityInputs suitabilityInputs(const Project &p, mcda::Method method)
{
    // Kendall's τ is not printed in the report nor in the appendix.
    return {rankVenues(p, RankingOptions{false, method}),
            compareMethods(p, false, {mcda::Method::WSM, mcda::Method::TOPSIS, mcda::Method::VIKOR, mcda::Method::PROMETHEE2}, false)};
}

std::string suitabilityAppendixCsv(const Project &p, Lang lang, mcda::Method method)
{
    return suitabilityAppendixCsv(p, lang, method, suitabilityInputs(p, method));
}

std::string suitabilityAppendixCsv(const Project &p, Lang lang, mcda::Method method, const SuitabilityInputs &inputs)
{
    const LangText t{lang};
    const auto &ranking = inputs.ranking;
    const auto &cmp = inputs.comparison;
    std::vector<std::size_t> cmpRow(p.venues.size(), cmp.venues.size());
    for (std::size_t i = 0; i < cmp.venues.size(); ++i)
        cmpRow[cmp.venues[i]] = i;
    std::string out = "\xEF\xBB\xBF"; // UTF-8 with BOM, as the budget CSV: spreadsheets then read the Chinese right
    const auto cell = [&](std::string_view s, bool last = false) {
        out += csvCell(s);
        out += last ? "\r\n" : ",";
    };
    cell(t("suitability.csv_rank"));
    cell(t("suitability.csv_venue_id"));
    cell(t("common.venue"));
    cell(t("suitability.city"));
    cell(std::string(t("common.score")) + " (" + methodShortName(method) + ")");
    cell(t("suitability.csv_status"));
    for (auto m : cmp.methods)
        cell(tr(lang, "suitability.csv_rank_by", {methodShortName(m)}));
    cell(t("suitability.unknown_facts"));
    cell(t("suitability.csv_why_excluded"), true);
    for (const auto &rv : ranking.ranked) {
        const auto &v = p.venues[rv.venue];
        std::string unknown;
        for (const auto &id : rv.imputedCriteria)
            unknown += (unknown.empty() ? "" : ", ") + factLabel(p, id, lang);
        cell(std::to_string(rv.rank));
        cell(v.id);
        cell(v.name.get(lang));
        cell(v.city.get(lang));
        cell(formatScore(rv.score));
        cell(t("suitability.csv_ranked"));
        for (std::size_t k = 0; k < cmp.methods.size(); ++k)
            cell(cmpRow[rv.venue] < cmp.venues.size() ? std::to_string(cmp.ranks[cmpRow[rv.venue]][k]) : std::string());
        cell(unknown);
        cell("", true);
    }
    for (const auto &x : ranking.excluded) {
        const auto &v = p.venues[x.venue];
        std::string reasons;
        for (const auto &why : x.reasons)
            reasons += (reasons.empty() ? "" : tr(lang, "text.list_separator")) + describe(why, lang);
        cell("");
        cell(v.id);
        cell(v.name.get(lang));
        cell(v.city.get(lang));
        cell("");
        cell(t("suitability.csv_excluded"));
        for (std::size_t k = 0; k < cmp.methods.size(); ++k)
            cell("");
        cell("");
        cell(reasons, true);
    }
    return out;
}

std::string suitabilityReportHtml(const Project &p, Lang lang, mcda::Method method, const std::string &appendixName)
{
    return suitabilityReportHtml(p, lang, method, appendixName, suitabilityInputs(p, method));
}

std::string suitabilityReportHtml(const Project &p, Lang lang, mcda::Method method, const std::string &appendixName,
                                  const SuitabilityInputs &inputs)
{
    const LangText t{lang};
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    std::ostringstream h;
    const auto &ranking = inputs.ranking;
    const auto &q = p.requirements;
    // A venue library too large to print: the body lists the best kSuitabilityBodyVenues, the appendix all of them.
    const bool top = suitabilityNeedsAppendix(p);
    const std::size_t listed = top ? std::min(kSuitabilityBodyVenues, ranking.ranked.size()) : ranking.ranked.size();
    const std::string appendix = e(appendixName);

    const auto a = analysisOf(p);
    const auto opts = analyseOptions(p, method);
    const auto stability = ranking.rows.size() >= 2 ? std::optional(mcda::weightStability(ranking.problem)) : std::nullopt;
    const auto &cmp = inputs.comparison;

    h << html::head(e(p.meta.title.get(lang)), " table.cover td{padding:3px 10px 3px 0;font-size:11pt} .src{margin:1pt 0 1pt 8pt;font-size:8pt}"
                                               " .venue{margin:6pt 0 1pt 0;font-weight:bold}");
    // Cover: what the report is about (event, host, destination, dates), then at once the recommendation and why.
    h << html::images(p, lang, "logo", 220, 56) << "<h1>" << t("suitability.title") << "</h1><table class=\"cover\">";
    const auto coverRow = [&](MsgId label, const std::string &escapedValue) {
        if (!escapedValue.empty())
            h << "<tr><td>" << t(label) << "</td><td><b>" << escapedValue << "</b></td></tr>";
    };
    coverRow("suitability.cover_event", e(p.meta.title.get(lang)));
    coverRow("suitability.cover_host", e(p.meta.client.get(lang)));
    coverRow("suitability.cover_destination", e(suitabilityDestination(p, ranking, lang)));
    coverRow("suitability.cover_dates", e(q.startDate) + " – " + e(q.endDate) + " (" + t("common.days", {std::to_string(q.days)}) + ")");
    h << "</table>" << html::images(p, lang, "cover", 600, 150);
    h << "<h2>" << t("suitability.recommendation") << "</h2>" << recommendationHtml(p, lang, ranking, cmp, stability, opts);
    // 1 Requirements
    h << "<h2>1. " << t("suitability.requirements") << "</h2><table class=\"t\"><tr><th>" << t("suitability.requirement") << "</th><th>"
      << t("common.value") << "</th><th>" << t("suitability.must_have") << "</th></tr>";
    const auto req = [&](MsgId label, const std::string &v, std::optional<Requirement> r) {
        h << "<tr><td>" << t(label) << "</td><td align=\"right\">" << e(v) << "</td><td>"
          << (r && q.isMustHave(*r) ? t("suitability.yes") : "") << "</td></tr>";
    };
    req("common.expected_attendance", formatGrouped(q.expectedAttendance), std::nullopt);
    if (q.plenarySeats)
        req("suitability.req_plenary_seats", formatGrouped(*q.plenarySeats), Requirement::PlenarySeats);
    if (q.breakoutRooms)
        req("suitability.req_breakout_rooms", formatGrouped(*q.breakoutRooms), Requirement::BreakoutRooms);
    if (q.exhibitionM2)
        req("suitability.req_exhibition_area", formatGrouped(*q.exhibitionM2), Requirement::ExhibitionM2);
    if (q.roomNights)
        req("suitability.req_hotel_room_nights", formatGrouped(*q.roomNights), Requirement::RoomNights);
    if (q.budgetCeiling)
        req("suitability.req_venue_budget_ceiling", formatCount(*q.budgetCeiling), Requirement::BudgetCeiling);
    req("common.dates", q.startDate + " – " + q.endDate, Requirement::Dates);
    h << "</table>";

    // 2 Method and weights
    h << "<h2>2. " << t("suitability.method_and_weights") << "</h2><p>"
      << t("suitability.method_line", {methodTitle(method, lang), normalizationTitle(mcda::effectiveNormalization(method, std::nullopt), lang)})
      << "</p>";
    h << "<table class=\"t\"><tr><th>" << t("common.criterion") << "</th><th>" << t("suitability.direction") << "</th><th>" << t("suitability.weight")
      << "</th></tr>";
    for (std::size_t j = 0; j < p.criteria.size(); ++j) {
        const auto &c = p.criteria[j];
        h << "<tr><td>" << e(c.name.get(lang)) << "</td><td>" << (c.direction == Direction::Benefit ? t("suitability.higher_is_better") : t("suitability.lower_is_better"))
          << "</td><td align=\"right\">" << formatFixed(ranking.weights[j] * 100, 1) << " %</td></tr>";
    }
    h << "</table>";
    if (!p.criteria.empty())
        h << "<p>" << svg::barChartSvg(criterionWeightChart(p, ranking, lang), 560) << "</p>";

    // 3 Ranking
    h << "<h2>3. " << t("suitability.ranking") << "</h2><table class=\"t\"><tr><th>#</th><th>" << t("common.venue") << "</th><th>" << t("suitability.city")
      << "</th><th>" << t("common.score") << "</th><th>" << t("suitability.unknown_facts") << "</th></tr>";
    for (std::size_t k = 0; k < listed; ++k) {
        const auto &rv = ranking.ranked[k];
        const auto &v = p.venues[rv.venue];
        std::string unknown;
        for (const auto &id : rv.imputedCriteria)
            unknown += (unknown.empty() ? "" : t("bid.list_separator")) + factLabel(p, id, lang); // 、between Chinese names
        h << "<tr><td>" << rv.rank << "</td><td>" << e(v.name.get(lang)) << "</td><td>" << e(v.city.get(lang)) << "</td><td align=\"right\">"
          << scoreText(ranking.method, rv.score) << "</td><td class=\"note\">" << e(unknown)
          << "</td></tr>";
    }
    h << "</table>";
    if (!ranking.ranked.empty())
        h << "<p>" << svg::barChartSvg(venueScoreChart(p, ranking, lang), 560) << "</p>";
    if (top)
        h << "<p>" << tr(lang, "suitability.body_lists_top", {formatGrouped(static_cast<double>(listed)),
                                                               formatGrouped(static_cast<double>(ranking.ranked.size())), appendix})
          << "</p>";
    if (!ranking.excluded.empty()) {
        h << "<p><b>" << t("suitability.excluded_fail_a_must_have") << "</b></p><ul>";
        const std::size_t shown = top ? std::min(kSuitabilityBodyVenues, ranking.excluded.size()) : ranking.excluded.size();
        for (std::size_t k = 0; k < shown; ++k) {
            const auto &x = ranking.excluded[k];
            std::string reasons;
            for (const auto &why : x.reasons)
                reasons += (reasons.empty() ? "" : t("text.list_separator")) + describe(why, lang);
            // Full-width ；and ：in Chinese sentences.
            h << "<li>" << e(p.venues[x.venue].name.get(lang)) << t("bid.label_separator") << e(reasons) << "</li>";
        }
        h << "</ul>";
        if (shown < ranking.excluded.size())
            h << "<p>" << tr(lang, "suitability.more_excluded", {formatGrouped(static_cast<double>(ranking.excluded.size() - shown)), appendix})
              << "</p>";
    }

    // 4 Methods (the ranks and the winners; Kendall's τ is not printed)
    h << "<h2>4. " << t("suitability.where_the_methods_agree") << "</h2><p>"
      << (cmp.sameWinner() ? t("suitability.all_four_methods_rank_the_same_venue")
                           : t("suitability.the_methods_disagree_on_the_winner"))
      << "</p><table class=\"t\"><tr><th>" << t("common.venue") << "</th>";
    for (auto m : cmp.methods)
        h << "<th>" << methodShortName(m) << "</th>";
    h << "</tr>";
    const auto methodRow = [&](std::size_t i) {
        h << "<tr><td>" << e(p.venues[cmp.venues[i]].name.get(lang)) << "</td>";
        for (int r : cmp.ranks[i])
            h << "<td align=\"center\">" << r << "</td>";
        h << "</tr>";
    };
    if (top) {
        // The venues listed in the ranking, in its order.
        std::vector<std::size_t> rowOf(p.venues.size(), cmp.venues.size());
        for (std::size_t i = 0; i < cmp.venues.size(); ++i)
            rowOf[cmp.venues[i]] = i;
        for (std::size_t k = 0; k < listed; ++k)
            if (const auto i = rowOf[ranking.ranked[k].venue]; i < cmp.venues.size())
                methodRow(i);
    } else {
        for (std::size_t i = 0; i < cmp.venues.size(); ++i)
            methodRow(i);
    }
    h << "</table>";
    {
        std::string names;
        for (auto m : cmp.methods)
            names += (names.empty() ? "" : tr(lang, "text.list_separator")) + std::string(methodTitle(m, lang));
        h << "<p class=\"note\">" << t("suitability.methods_legend", {names}) << "</p>";
    }
    if (top)
        h << "<p class=\"note\">" << tr(lang, "suitability.methods_of_listed_venues", {formatGrouped(static_cast<double>(listed)), appendix})
          << "</p>";

    // 5 Sensitivity
    h << "<h2>5. " << t("suitability.weight_sensitivity") << "</h2>";
    if (stability) {
        const auto &s = *stability;
        const auto name = [&](int row) { return e(p.venues[ranking.rows[static_cast<std::size_t>(row)]].name.get(lang)); };
        h << "<table class=\"t\"><tr><th>" << t("common.criterion") << "</th><th>" << t("suitability.weight") << "</th><th>"
          << t("suitability.winner_unchanged_for") << "</th><th>" << t("suitability.ranking_unchanged_for") << "</th></tr>";
        for (const auto &c : s.criteria)
            h << "<tr><td>" << e(p.criteria[static_cast<std::size_t>(c.criterion)].name.get(lang)) << "</td><td align=\"right\">"
              << formatFixed(c.weight * 100, 1) << " %</td><td>" << formatFixed(c.topLower * 100, 1) << "–" << formatFixed(c.topUpper * 100, 1) << " %</td><td>"
              << formatFixed(c.rankLower * 100, 1) << "–" << formatFixed(c.rankUpper * 100, 1) << " %</td></tr>";
        h << "</table>";
        if (s.smallestCriterion && s.smallestFlip)
            h << "<p>" << t("suitability.smallest_change_that_changes_the_winner")
              << e(p.criteria[static_cast<std::size_t>(*s.smallestCriterion)].name.get(lang)) << " → " << formatFixed(s.smallestFlip->weight * 100, 1)
              << " %" << t("bid.label_separator") << name(s.smallestFlip->newWinner) << "</p>";
        else
            h << "<p>" << t("suitability.no_single_weight_change_makes_another") << "</p>";
    } else {
        h << "<p>" << t("suitability.fewer_than_two_venues_pass_the_must") << "</p>";
    }

    // 6 Format, risks and contingency, CO2e
    h << "<h2>6. " << t("suitability.event_format") << "</h2>";
    if (opts.recommendation)
        h << "<p>" << e(opts.recommendation->text(lang)) << "</p>";
    h << "<h2>7. " << t("suitability.risks_and_contingency_plan") << "</h2>" << contingencyHtml(p, lang, method);
    h << "<h2>8. " << t("suitability.carbon_footprint_co2e") << "</h2>" << co2eHtml(p, lang);

    // 9 Inspections
    h << "<h2>9. " << t("suitability.site_inspection_findings") << "</h2>";
    if (a.inspections.empty())
        h << "<p>" << t("suitability.no_site_inspections_recorded") << "</p>";
    for (const auto &ins : a.inspections) {
        const auto *v = p.venue(ins.venue);
        const auto sc = ins.score();
        h << "<p><b>" << e(v ? v->name.get(lang) : ins.venue) << "</b> — " << e(ins.inspector) << (lang == Lang::ZhTW ? "，" : ", ") << e(ins.date) << t("bid.label_separator")
          << (sc ? formatFixed(*sc, 2) + " / 5" : std::string(t("suitability.not_scored"))) << "</p><table class=\"t\">";
        for (const auto &it : ins.items)
            h << "<tr><td>" << e(checklistName(it.item, lang)) << "</td><td align=\"right\">" << (it.score ? formatFixed(*it.score, 0) : std::string("–"))
              << "</td><td>" << e(it.note) << "</td></tr>";
        h << "</table>";
    }

    // 10 Sources: per venue, the facts that share a source (or an estimate's basis) and an as-of date on one line,
    // "label: value; label: value — host, as of date", the host a link to the page: a venue whose facts come from its
    // own fact sheet takes one line, not twenty, and no table cell is as wide as a URL.
    h << "<h2>10. " << t("suitability.sources_of_every_fact") << "</h2><p class=\"note\">" << t("suitability.sources_grouped") << "</p>";
    std::vector<const Venue *> sourced;
    if (top) {
        for (std::size_t k = 0; k < listed; ++k)
            sourced.push_back(&p.venues[ranking.ranked[k].venue]);
    } else {
        for (const auto &v : p.venues)
            sourced.push_back(&v);
    }
    struct SourceGroup {
        std::string url, basis, asOf, facts; // facts: "label: value; label: value", escaped
        bool unsourced = false;              // known values without a source (or basis): a line of their own
        bool anyKnown = false;               // a known value among them: without a date, the line says so
    };
    for (const Venue *venue : sourced) {
        const Venue &v = *venue;
        std::vector<SourceGroup> groups;
        const auto add = [&](const std::string &id, const Fact &f) {
            const std::string value = f.value ? formatFactAmount(*f.value, f.currency) : std::string(t("common.unknown"));
            std::string url = f.source.value_or("");
            const auto &b = f.basisFor(lang == Lang::ZhTW);
            std::string basis = !f.source && f.estimate && b ? *b : std::string();
            std::string asOf = f.asOf.value_or("");
            // An unknown value has nothing to source: it never shares a line with an unsourced known one.
            const bool unsourced = f.known() && url.empty() && basis.empty();
            auto g = std::find_if(groups.begin(), groups.end(), [&](const SourceGroup &x) {
                return x.url == url && x.basis == basis && x.asOf == asOf && x.unsourced == unsourced;
            });
            if (g == groups.end())
                g = groups.insert(groups.end(), SourceGroup{std::move(url), std::move(basis), std::move(asOf), {}, unsourced, false});
            else
                g->facts += t("text.list_separator");
            g->facts += e(t("suitability.fact_value", {factLabel(p, id, lang), value}));
            g->anyKnown = g->anyKnown || f.known();
        };
        for (const auto &[id, f] : v.attributes)
            add(id, f);
        for (const auto &[id, f] : v.costs)
            add(id, f);
        h << "<p class=\"venue\">" << e(v.name.get(lang)) << "</p>";
        for (const auto &g : groups) {
            std::string where;
            if (!g.url.empty())
                where = "<a href=\"" + e(g.url) + "\">" + e(sourceHost(g.url)) + "</a>";
            else if (!g.basis.empty())
                where = e(t("suitability.source_estimate", {g.basis}));
            else if (g.unsourced)
                where = e(t("suitability.unsourced")); // Fact::missing: no source
            if (!g.asOf.empty())
                where += (where.empty() ? "" : t("text.list_separator")) + e(t("suitability.as_of", {g.asOf}));
            else if (g.anyKnown)
                where += (where.empty() ? "" : t("text.list_separator")) + e(t("suitability.no_as_of"));
            h << "<p class=\"src\">" << g.facts << (where.empty() ? "" : " — ") << where << "</p>";
        }
    }
    if (top)
        h << "<p class=\"note\">" << tr(lang, "suitability.sources_of_listed_venues", {formatGrouped(static_cast<double>(listed))}) << "</p>";
    h << "<p class=\"note\">" << t("common.generated_from", {e(p.meta.title.get(lang))}) << "</p></body></html>";
    return html::withRepeatedHeaders(h.str());
}

} // namespace vb
