// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli chart: the charts of the pages (models/base/svgchart.h), as the GUI draws and exports them.
#include "cli_chart.h"

#include "cli.h"

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
    Args a(argv, err, "chart PROJECT --kind budget|tender|ahp|destinations|quotes [--lang en|zh-TW] --out FILE.svg|.png");
    const std::string kind = a.option("--kind");
    const std::string langArg = a.option("--lang", "en");
    const std::string outFile = a.option("--out");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("chart takes exactly one PROJECT file");
    if (a.ok() && kind != "budget" && kind != "tender" && kind != "ahp" && kind != "destinations" && kind != "quotes")
        a.fail("--kind must be budget (the budget page's costs by category), tender (our margin per evaluation item), ahp "
               "(the AHP priorities), destinations (the destinations' scores) or quotes (the received quotes on one basis)");
    if (a.ok() && !endsWith(outFile, ".svg") && !endsWith(outFile, ".png"))
        a.fail("chart needs --out FILE.svg or FILE.png");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err);
    if (!p)
        return InputError;
    std::string svg;
    if (kind == "budget") {
        if (!hasBudget(*p)) {
            err << pos[0] << ": no budget to chart (the \"budget\" section)\n";
            return InputError;
        }
        const Budget b = budgetOf(*p);
        svg = svg::barChartSvg(budgetCategoryChart(*p, computeBudget(*p, b), *lang));
    } else {
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
    }
    if (const auto e = documents::saveChart(svg, outFile); !e.empty()) {
        err << "venuebid-cli: " << outFile << ": " << e << "\n";
        return InputError;
    }
    out << outFile << "\n";
    return Ok;
}

} // namespace vb::cli
