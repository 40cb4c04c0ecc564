// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli budget / quote: the numbers of the budget, revenue and quote pages.
#include "cli_budget.h"

#include "cli.h"
#include "table.h"

#include "budget.h"
#include "analysis.h"
#include "budgetcalc.h"
#include "budgetedit.h"
#include "budgetreport.h"
#include "documentwriter.h"
#include "budgetexport.h"
#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "projectformat.h"
#include "quote.h"
#include "quotedocument.h"

#include <algorithm>
#include <chrono>
#include <fstream>

namespace vb::cli {

namespace {

bool hasSuffix(const std::string &s, const std::string &suffix)
{
    if (s.size() < suffix.size())
        return false;
    std::string tail = s.substr(s.size() - suffix.size());
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tail == suffix;
}

/** Recompute after one edit, n times: the benchmark of docs/PERFORMANCE.md ("Budget"). */
int bench(const Project &p, Budget b, long n, long lines, std::ostream &out)
{
    if (lines > 0 && !b.lines.empty()) {
        const std::size_t base = b.lines.size();
        for (long i = static_cast<long>(base); i < lines; ++i) {
            BudgetLine l = b.lines[static_cast<std::size_t>(i) % base];
            l.id += "_" + std::to_string(i);
            b.lines.push_back(std::move(l));
        }
        b.lines.resize(static_cast<std::size_t>(lines));
    }
    using Clock = std::chrono::steady_clock;
    std::vector<double> ms;
    Money sink = 0;
    for (long i = 0; i < n; ++i) {
        auto &line = b.lines[static_cast<std::size_t>(i) % b.lines.size()];
        line.quantityHundredths += (i % 2 ? -100 : 100); // the edit
        const auto t0 = Clock::now();
        const auto s = computeBudget(p, b);
        for (auto f : kAllFormats)
            sink += static_cast<Money>(revenueLevers(p, b, f, Lang::En).size());
        const auto t1 = Clock::now();
        sink += s.formats[0].likely.costs.total;
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double x : ms)
        sum += x;
    json::object o{{"lines", static_cast<std::int64_t>(b.lines.size())},
                   {"iterations", n},
                   {"mean_ms", std::round(sum / static_cast<double>(n) * 1000.0) / 1000.0},
                   {"median_ms", std::round(ms[ms.size() / 2] * 1000.0) / 1000.0},
                   {"max_ms", std::round(ms.back() * 1000.0) / 1000.0},
                   {"checksum", sink}};
    out << toPrettyJson(o) << "\n";
    return Ok;
}

} // namespace

int cmdBudget(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "budget PROJECT [--format json|table] [--audit] [--lang en|zh-TW] [--out FILE.xlsx|.csv] [--bench N [--bench-lines K]]");
    const std::string format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    const std::string outFile = a.option("--out");
    const std::string benchArg = a.option("--bench");
    const std::string benchLines = a.option("--bench-lines");
    const bool audit = a.flag("--audit");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("budget takes exactly one PROJECT file");
    if (a.ok() && format != "table" && format != "json")
        a.fail("unknown --format '" + format + "': expected json or table");
    if (a.ok() && audit && (format != "table" || !outFile.empty()))
        a.fail("--audit adds to the table: use it without --format json and --out");
    const auto lang = a.checkLang(langArg);
    if (a.ok() && !outFile.empty() && !hasSuffix(outFile, ".xlsx") && !hasSuffix(outFile, ".csv"))
        a.fail("--out must end in .xlsx or .csv");
    const auto count = [](const std::string &text) { // 0 when absent or not a count from 1 to 1000000
        const auto c = parseWholeOption(text);
        return c && *c >= 1 && *c <= 1'000'000 ? static_cast<long>(*c) : 0L;
    };
    const long n = count(benchArg), k = count(benchLines);
    if (a.ok() && !benchArg.empty() && n == 0)
        a.fail("--bench needs a count from 1 to 1000000");
    if (a.ok() && !benchLines.empty() && k == 0)
        a.fail("--bench-lines needs a count from 1 to 1000000");
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err);
    if (!p)
        return InputError;
    if (!hasBudget(*p)) {
        err << pos[0] << ": the project has no budget section\n";
        return InputError;
    }
    const Budget b = budgetOf(*p);
    if (n > 0) {
        if (b.lines.empty()) {
            err << pos[0] << ": the budget has no lines to benchmark\n";
            return InputError;
        }
        return bench(*p, b, n, k, out);
    }
    const auto s = computeBudget(*p, b);
    if (!outFile.empty()) {
        if (hasSuffix(outFile, ".csv")) {
            std::ofstream f(outFile, std::ios::binary | std::ios::trunc);
            f << budgetCsv(*p, b, s, *lang);
            if (!f.good()) {
                err << "venuebid-cli: cannot write " << outFile << "\n";
                return InputError;
            }
        } else if (auto e = writeBudgetXlsx(*p, b, s, *lang, outFile); !e.empty()) {
            err << "venuebid-cli: " << e << "\n";
            return InputError;
        }
        out << outFile << "\n";
        return Ok;
    }
    if (format == "json")
        out << toPrettyJson(budgetReportJson(*p, b, s, *lang)) << "\n";
    else {
        out << renderTable(budgetTableRows(*p, b, s, *lang), {1, 2, 3});
        for (const auto &t : taxBasisText(b, *lang))
            out << t << "\n";
        for (const auto &t : fxRateLines(*p, *lang))
            out << t << "\n";
        for (auto f : kAllFormats)
            for (const auto &t : breakEvenNotes(s.formats[static_cast<int>(f)], f, *lang))
                out << t << "\n";
        if (audit) // how each line's figure is made (the budget page's audit column)
            for (auto f : kAllFormats) {
                out << "\n" << tr(*lang, "audit.title", {formatName(f, *lang)}) << "\n";
                for (std::size_t i = 0; i < b.lines.size(); ++i)
                    out << "  " << b.lines[i].description.get(*lang) << ": " << lineAudit(*p, b, i, f, *lang) << "\n";
            }
    }
    return Ok;
}

int cmdQuote(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "quote PROJECT [--version N] [--lang en|zh-TW|both] [--cost-sheet] --out FILE.pdf|.odt|.html (--cost-sheet also .xlsx)");
    const std::string versionArg = a.option("--version");
    const std::string langArg = a.option("--lang", "both");
    const std::string outFile = a.option("--out");
    const bool costSheet = a.flag("--cost-sheet");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("quote takes exactly one PROJECT file");
    if (a.ok() && outFile.empty())
        a.fail("quote needs --out FILE.pdf, .odt or .html (with --cost-sheet also .xlsx)");
    if (a.ok() && !hasSuffix(outFile, ".pdf") && !hasSuffix(outFile, ".xlsx") && !hasSuffix(outFile, ".odt") && !hasSuffix(outFile, ".html"))
        a.fail("--out must end in .pdf, .odt or .html (with --cost-sheet also .xlsx)");
    // The XLSX has the cost and the markup in its formulas: it is the PCO's working file, never the client's quote.
    if (a.ok() && hasSuffix(outFile, ".xlsx") && !costSheet)
        a.fail("the XLSX quote holds the cost and the markup: write it with --cost-sheet (internal); the client quote is .pdf, .odt or .html");
    // "both" is the bilingual document (the default); the XLSX is in one language, Chinese for "both".
    const auto lang = a.checkLang(langArg == "both" ? std::string("zh-TW") : langArg);
    const QuoteLangs langs = langArg == "both" ? QuoteLangs::Both : lang && *lang == Lang::En ? QuoteLangs::En : QuoteLangs::ZhTW;
    int version = 0;
    if (!versionArg.empty()) {
        const auto v = parseWholeOption(versionArg);
        version = v && *v >= 1 && *v <= 1'000'000 ? static_cast<int>(*v) : 0;
        if (a.ok() && version == 0)
            a.fail("--version needs a version number (1, 2, ...)");
    }
    if (!a.ok())
        return UsageError;
    auto p = loadProjectOrReport(pos[0], err);
    if (!p)
        return InputError;
    const Budget b = budgetOf(*p);
    if (b.quotes.empty()) {
        err << pos[0] << ": the budget has no quote versions (budget.quote_versions)\n";
        return InputError;
    }
    if (version == 0)
        version = static_cast<int>(b.quotes.size());
    if (version > static_cast<int>(b.quotes.size())) {
        err << pos[0] << ": no quote version " << version << " (the file has " << b.quotes.size() << ")\n";
        return InputError;
    }
    const std::size_t index = static_cast<std::size_t>(version - 1);
    const Quote q = computeQuote(*p, b, b.quotes[index]);
    if (hasSuffix(outFile, ".xlsx")) {
        if (auto e = writeQuoteXlsx(*p, b, q, *lang, outFile); !e.empty()) {
            err << "venuebid-cli: " << e << "\n";
            return InputError;
        }
    } else {
        std::string error;
        const std::string html = costSheet ? quoteCostSheetHtml(*p, b, q, index, langs) : quoteHtml(*p, b, q, index, langs);
        if (!documents::writeDocument(html, outFile, error)) {
            err << "venuebid-cli: " << error << "\n";
            return InputError;
        }
    }
    if (!costSheet && !letterhead(*p))
        err << "venuebid-cli: warning: the project has no letterhead (meta.pco): the quote names no PCO\n";
    if (q.changedSinceIssued())
        err << "venuebid-cli: warning: the budget changed since v" << version << " was issued (total " << groupThousands(*q.terms.frozenTotal)
            << " then, " << groupThousands(q.total) << " now)\n";
    out << outFile << "\n";
    return Ok;
}

} // namespace vb::cli
