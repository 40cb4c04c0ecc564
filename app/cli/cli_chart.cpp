// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli chart: the charts of the pages (models/base/svgchart.h), as the GUI draws and exports them.
#include "cli_chart.h"

#include "cli.h"

#include "analysis.h"
#include "analysischarts.h"
#include "bidcharts.h"
#include "budgetcalc.h"
#include "budgetcharts.h"
#include "projectformat.h"
#include "svgpainter.h"
#include "tender.h"

namespace vb::cli {

namespace {

bool endsWith(const std::string &s, const char *suffix)
{
    const std::string x(suffix);
    return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

} // namespace

int cmdChart(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err,
           "chart PROJECT --kind budget|break-even|risk-matrix|scenarios|tender|ahp|destinations|quotes [--event-format onsite|hybrid|online] "
           "[--lang en|zh-TW] --out FILE.svg|.png");
    const std::string kind = a.option("--kind");
    const std::string formatArg = a.option("--event-format", "onsite");
    const std::string langArg = a.option("--lang", "en");
    const std::string outFile = a.option("--out");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("chart takes exactly one PROJECT file");
    if (a.ok() && kind != "budget" && kind != "break-even" && kind != "risk-matrix" && kind != "scenarios" && kind != "tender"
        && kind != "ahp" && kind != "destinations" && kind != "quotes")
        a.fail("--kind must be budget (the budget page's costs by category), break-even (the budget page's cost and revenue "
               "against attendance), risk-matrix or scenarios (the scenarios page's likelihood × impact matrix and attendance "
               "per scenario), tender (our margin per evaluation item), ahp (the AHP priorities), destinations (the "
               "destinations' scores) or quotes (the received quotes on one basis)");
    const auto format = parseFormat(formatArg);
    if (a.ok() && !format)
        a.fail("--event-format must be onsite, hybrid or online");
    if (a.ok() && !endsWith(outFile, ".svg") && !endsWith(outFile, ".png"))
        a.fail("chart needs --out FILE.svg or FILE.png");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err);
    if (!p)
        return InputError;
    std::string svg;
    if (kind == "budget" || kind == "break-even") {
        if (!hasBudget(*p)) {
            err << pos[0] << ": no budget to chart (the \"budget\" section)\n";
            return InputError;
        }
        const Budget b = budgetOf(*p);
        const BudgetSummary s = computeBudget(*p, b);
        if (kind == "budget") {
            svg = svg::barChartSvg(budgetCategoryChart(*p, s, *lang));
        } else {
            const auto c = breakEvenChart(*p, b, s.formats[static_cast<std::size_t>(*format)], *format, *lang);
            if (c.xs.empty()) {
                err << pos[0] << ": no break-even chart: no attendees are planned " << formatName(*format, Lang::En) << "\n";
                return InputError;
            }
            svg = svg::lineChartSvg(c);
        }
    } else if (kind == "tender" || kind == "ahp" || kind == "destinations" || kind == "quotes") {
        // The bid and decision pages' charts: nothing to draw is said in words, as the page hides the chart.
        svg::BarChart c;
        const char *why = "";
        if (kind == "tender") {
            if (tender::hasTender(*p))
                c = tenderMarginChart(*p, tender::tenderOf(*p), *lang);
            why = "no tender margins to chart (the \"tender\" section with our bid as bid_book.tender_bidder)";
        } else if (kind == "ahp") {
            c = ahpPriorityChart(*p, *lang);
            why = "no AHP judgements for the project's criteria to chart (the \"ahp\" section)";
        } else if (kind == "destinations") {
            c = destinationChart(*p, *lang);
            why = "no destination comparison to chart (the \"destinations\" section with ours and a competitor)";
        } else {
            c = quoteChart(*p, *lang);
            why = "no received quotes to chart (the \"received_quotes\" section)";
        }
        if (c.categories.empty()) {
            err << pos[0] << ": " << why << "\n";
            return InputError;
        }
        svg = svg::barChartSvg(c);
    } else {
        const AnalysisData data = analysisOf(*p);
        if (data.scenarios.empty()) {
            err << pos[0] << ": no risk scenarios to chart (the \"scenarios\" section)\n";
            return InputError;
        }
        if (kind == "risk-matrix")
            svg = svg::riskMatrixSvg(riskMatrixChart(data.scenarios, *lang));
        else // the attendance does not depend on the planned format (it only judges the fallbacks)
            svg = svg::barChartSvg(scenarioOutcomeChart(data.scenarios, analyseScenarios(*p, data, EventFormat::Onsite), *lang));
    }
    if (const auto e = documents::saveChart(svg, outFile); !e.empty()) {
        err << "venuebid-cli: " << outFile << ": " << e << "\n";
        return InputError;
    }
    out << outFile << "\n";
    return Ok;
}

} // namespace vb::cli
