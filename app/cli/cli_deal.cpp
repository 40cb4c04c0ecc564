// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli negotiation / contract: the price floor, target and concession plan, and the amounts a contract
// makes owed on a date (docs/deal.md).
#include "cli_deal.h"

#include "cli.h"
#include "table.h"

#include "analysis.h"
#include "deal.h"
#include "dealdocuments.h"
#include "documentwriter.h"
#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "projectformat.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace vb::cli {

namespace {

json::value optMoney(const std::optional<Money> &m)
{
    return m ? json::value(*m) : json::value(nullptr);
}

json::value bpJson(std::int64_t bp)
{
    if (bp % 100 == 0)
        return bp / 100;
    return static_cast<double>(bp) / 100.0;
}

json::array diagnosticsJson(const std::vector<Diagnostic> &ds)
{
    json::array a;
    for (const auto &d : ds)
        a.push_back(json::object{{"severity", d.severity == Diagnostic::Severity::Error ? "error" : "warning"}, {"path", d.path}, {"message", d.message}});
    return a;
}

void printDiagnostics(std::ostream &out, const std::vector<Diagnostic> &ds, Lang l)
{
    for (const auto &d : ds)
        out << (d.severity == Diagnostic::Severity::Error ? tr(l, "cli.deal.error") : tr(l, "cli.deal.warning")) << " " << d.path << ": " << d.message << "\n";
}

} // namespace

int cmdNegotiation(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "negotiation PROJECT [--format json|table] [--lang en|zh-TW]");
    const std::string format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("negotiation takes exactly one PROJECT file");
    if (a.ok() && format != "table" && format != "json")
        a.fail("unknown --format '" + format + "': expected json or table");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    const Lang l = *lang;
    auto p = loadProjectOrReport(pos[0], err, false, l);
    if (!p)
        return InputError;
    if (!deal::hasNegotiation(*p)) {
        err << pos[0] << ": no \"negotiation\" section (docs/project-format.md, negotiation)\n";
        return InputError;
    }
    const deal::Negotiation n = deal::negotiationOf(*p);
    const deal::NegotiationPlan plan = deal::planNegotiation(*p, budgetOf(*p), n);
    const auto checks = deal::checkNegotiation(*p, l);
    if (format == "json") {
        json::object root;
        root["format"] = formatKey(plan.format);
        root["fee_model"] = deal::feeModelKey(n.feeModel);
        root["cost_before_tax"] = plan.cost;
        root["min_margin_percent"] = bpJson(n.minMarginBp);
        root["target_margin_percent"] = bpJson(n.targetMarginBp);
        root["tax_percent"] = bpJson(plan.taxBp);
        root["floor"] = plan.floor;
        root["target"] = plan.target;
        root["concessions_total"] = plan.concessions;
        root["opening"] = plan.opening;
        root["batna"] = optMoney(plan.batna);
        root["client_reservation_estimate"] = optMoney(plan.clientReservation);
        root["walk_away"] = plan.walkAway;
        if (!plan.clientReservation)
            root["zone"] = nullptr;
        else if (plan.hasZone)
            root["zone"] = json::object{{"low", plan.walkAway}, {"high", *plan.clientReservation}};
        else
            root["zone"] = "none";
        json::array steps;
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            const auto &s = plan.steps[i];
            steps.push_back(json::object{{"step", i},
                                         {"concession", s.concession},
                                         {"price", s.price},
                                         {"margin_percent", roundDecimals(s.margin * 100.0, 2)},
                                         {"tax", s.tax},
                                         {"with_tax", s.withTax},
                                         {"below_floor", s.belowFloor}});
        }
        root["steps"] = std::move(steps);
        json::array trades;
        for (const auto &t : plan.tradeOffs)
            trades.push_back(json::object{{"line", t.line}, {"found", t.found}, {"label", t.label.get(l)}, {"cost", t.cost}, {"note", t.note}});
        root["trade_offs"] = std::move(trades);
        json::array rounds;
        for (const auto &r : n.rounds)
            rounds.push_back(json::object{{"date", r.date},   {"party", deal::partyKey(r.party)}, {"offer", r.offer},
                                          {"given", r.given}, {"received", r.received},          {"status", deal::roundStatusKey(r.status)}});
        root["government_tender"] = n.governmentTender;
        root["round_limit"] = n.roundLimit ? json::value(*n.roundLimit) : json::value(nullptr);
        root["rounds"] = std::move(rounds);
        root["diagnostics"] = diagnosticsJson(checks);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }
    const LangText t{l};
    out << t("negotiation.format", {formatName(plan.format, l), deal::feeModelName(n.feeModel, l)}) << "\n\n";
    out << renderTable({{t("negotiation.h.item"), t("negotiation.h.amount")},
                        {t("negotiation.cost"), groupThousands(plan.cost)},
                        {t("negotiation.floor", {formatPercentBp(n.minMarginBp)}), groupThousands(plan.floor)},
                        {t("negotiation.target", {formatPercentBp(n.targetMarginBp)}), groupThousands(plan.target)},
                        {t("negotiation.opening", {groupThousands(plan.concessions)}), groupThousands(plan.opening)},
                        {t("negotiation.batna"), plan.batna ? groupThousands(*plan.batna) : "-"},
                        {t("negotiation.client_ceiling"), plan.clientReservation ? groupThousands(*plan.clientReservation) : "-"},
                        {t("negotiation.walk_away"), groupThousands(plan.walkAway)}},
                       {1});
    if (!plan.clientReservation)
        out << t("negotiation.zone_unknown") << "\n";
    else if (plan.hasZone)
        out << t("negotiation.zone", {groupThousands(plan.walkAway), groupThousands(*plan.clientReservation)}) << "\n";
    else
        out << t("negotiation.no_zone", {groupThousands(*plan.clientReservation), groupThousands(plan.walkAway)}) << "\n";
    out << "\n" << t("negotiation.steps") << "\n";
    std::vector<std::vector<std::string>> rows{{t("negotiation.h.step"), t("negotiation.h.concession"), t("negotiation.h.price"), t("negotiation.h.margin"),
                                                t("negotiation.h.with_tax"), ""}};
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const auto &s = plan.steps[i];
        rows.push_back({i == 0 ? std::string(t("negotiation.opening_step")) : std::to_string(i), i == 0 ? "" : groupThousands(s.concession),
                        groupThousands(s.price), formatPercent(s.margin, 2), groupThousands(s.withTax), s.belowFloor ? t("negotiation.below_floor") : ""});
    }
    out << renderTable(rows, {1, 2, 3, 4});
    if (!plan.tradeOffs.empty()) {
        out << "\n" << t("negotiation.tradeoffs") << "\n";
        std::vector<std::vector<std::string>> tr_{{t("negotiation.h.line"), t("negotiation.h.cost"), t("negotiation.h.note")}};
        for (const auto &x : plan.tradeOffs)
            tr_.push_back({x.found ? x.label.get(l) : x.line, groupThousands(x.cost), x.note});
        out << renderTable(tr_, {1});
    }
    out << "\n" << t("negotiation.rounds") << "\n";
    if (n.governmentTender)
        out << t("negotiation.tender", {std::to_string(n.rounds.size()), n.roundLimit ? std::to_string(*n.roundLimit) : std::string("-")}) << "\n";
    std::vector<std::vector<std::string>> rr{{t("negotiation.h.round"), t("negotiation.h.date"), t("negotiation.h.party"), t("negotiation.h.offer"),
                                              t("negotiation.h.given"), t("negotiation.h.received"), t("negotiation.h.status")}};
    for (std::size_t i = 0; i < n.rounds.size(); ++i) {
        const auto &r = n.rounds[i];
        rr.push_back({std::to_string(i + 1), r.date, deal::partyName(r.party, l), groupThousands(r.offer), r.given, r.received, deal::roundStatusName(r.status, l)});
    }
    out << renderTable(rr, {3});
    if (!checks.empty()) {
        out << "\n";
        printDiagnostics(out, checks, l);
    }
    return Ok;
}

int cmdContract(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args a(argv, err, "contract PROJECT --on YYYY-MM-DD [--late-days N] [--format json|table] [--lang en|zh-TW]");
    const std::string format = a.option("--format", "table");
    const std::string langArg = a.option("--lang", "en");
    const std::string on = a.option("--on", "");
    const std::string lateArg = a.option("--late-days", "0");
    auto pos = a.positionals();
    if (a.ok() && pos.size() != 1)
        a.fail("contract takes exactly one PROJECT file");
    if (a.ok() && format != "table" && format != "json")
        a.fail("unknown --format '" + format + "': expected json or table");
    if (a.ok() && !isDate(on))
        a.fail("--on needs a date YYYY-MM-DD (the day the amounts are owed on), found '" + on + "'");
    const auto late = parseWholeOption(lateArg);
    if (a.ok() && (!late || *late > 100000))
        a.fail("--late-days needs a whole number of days from 0 to 100000, found '" + lateArg + "'");
    const auto lang = a.checkLang(langArg);
    if (!a.ok())
        return UsageError;
    const Lang l = *lang;
    auto p = loadProjectOrReport(pos[0], err, false, l);
    if (!p)
        return InputError;
    if (!deal::hasContract(*p)) {
        err << pos[0] << ": no \"contract\" section (docs/project-format.md, contract)\n";
        return InputError;
    }
    const deal::Contract c = deal::contractOf(*p);
    const Budget b = budgetOf(*p);
    const std::int64_t lateDays = static_cast<std::int64_t>(*late);
    const deal::AmountsOwed owed = deal::amountsOwed(*p, on, lateDays);
    const deal::ContractPrice &price = owed.price;
    const auto &schedule = owed.schedule;
    const Money dueBy = owed.dueBy;
    const deal::ScaleFee &cancel = owed.cancellation;
    const deal::ScaleFee &postpone = owed.postponement;
    const deal::LatePenalty &lp = owed.late;
    const Money stamp = owed.stampDuty;
    const auto &diffs = owed.differences;
    const auto checks = deal::checkContract(*p, l);
    if (format == "json") {
        json::object root;
        root["on"] = on;
        root["status"] = deal::contractStatusKey(c.status);
        root["quote_version"] = c.quoteVersion;
        root["format"] = formatKey(price.format);
        root["price"] = json::object{{"before_tax", price.beforeTax}, {"tax", price.tax}, {"total", price.total}, {"in_words", formatAmountInChineseWords(price.total)}};
        json::array pays;
        for (const auto &d : schedule)
            pays.push_back(json::object{{"milestone", d.milestone.get(l)}, {"percent", bpJson(d.shareBp)}, {"due", d.due}, {"amount", d.amount}, {"due_by_date", d.dueByDate}});
        root["payments"] = std::move(pays);
        root["due_by_date"] = dueBy;
        const auto scaleJson = [&](const deal::ScaleFee &f) {
            return json::object{{"days_before", f.daysBefore ? json::value(*f.daysBefore) : json::value(nullptr)},
                                {"percent", bpJson(f.percentBp)},
                                {"base", price.beforeTax},
                                {"fee", f.fee}};
        };
        root["cancellation"] = scaleJson(cancel);
        root["postponement"] = scaleJson(postpone);
        root["late_penalty"] = json::object{{"days", lateDays},   {"per_day_permille", bpJson(c.latePenalty.perDayHundredthsPermille)},
                                            {"daily", lp.daily},  {"uncapped", lp.uncapped},
                                            {"cap", lp.cap},      {"amount", lp.amount},
                                            {"capped", lp.capped}};
        root["stamp_duty"] = json::object{{"type", deal::stampDutyKey(c.stampDuty)}, {"amount", stamp}};
        json::array ds;
        for (const auto &d : diffs)
            ds.push_back(json::object{{"key", d.key}, {"agreed", d.agreed}, {"now", d.now}});
        root["differences"] = std::move(ds);
        root["diagnostics"] = diagnosticsJson(checks);
        out << toPrettyJson(root) << "\n";
        return Ok;
    }
    const LangText t{l};
    out << t("contract.cli.price", {std::to_string(c.quoteVersion), formatName(price.format, l)}) << " · " << deal::contractStatusName(c.status, l) << "\n";
    out << renderTable({{t("contract.price.item"), t("contract.price.amount")},
                        {t("contract.price.before_tax"), groupThousands(price.beforeTax)},
                        {t("contract.price.tax", {formatPercentBp(b.taxBp)}), groupThousands(price.tax)},
                        {t("contract.price.total"), groupThousands(price.total)}},
                       {1});
    out << t("contract.price.words", {formatAmountInChineseWords(price.total)}) << "\n\n";
    out << t("contract.cli.on", {on}) << "\n";
    std::vector<std::vector<std::string>> rows{{t("contract.pay.milestone"), t("contract.pay.share"), t("contract.pay.amount"), t("contract.pay.due"), ""}};
    for (const auto &d : schedule)
        rows.push_back({d.milestone.get(l), formatPercentBp(d.shareBp), groupThousands(d.amount), d.due, d.dueByDate ? t("contract.cli.due_yes") : ""});
    out << renderTable(rows, {1, 2});
    out << t("contract.cli.due_by", {on, groupThousands(dueBy)}) << "\n";
    const auto scaleLine = [&](const deal::ScaleFee &f, bool cancellation) {
        if (!f.daysBefore)
            return;
        if (!f.row)
            out << (cancellation ? t("contract.cli.cancel_none", {on, std::to_string(*f.daysBefore)}) : t("contract.cli.postpone_none", {on, std::to_string(*f.daysBefore)}))
                << "\n";
        else
            out << (cancellation ? t("contract.cli.cancel", {on, std::to_string(*f.daysBefore), formatPercentBp(f.percentBp), groupThousands(price.beforeTax),
                                                             groupThousands(f.fee)})
                                 : t("contract.cli.postpone", {on, std::to_string(*f.daysBefore), formatPercentBp(f.percentBp), groupThousands(price.beforeTax),
                                                               groupThousands(f.fee)}))
                << "\n";
    };
    scaleLine(cancel, true);
    if (!c.postponement.empty())
        scaleLine(postpone, false);
    out << t("contract.cli.late", {std::to_string(lateDays), groupThousands(lp.daily), groupThousands(lp.uncapped), groupThousands(lp.cap), groupThousands(lp.amount)})
        << "\n";
    out << t("contract.cli.stamp", {deal::stampDutyName(c.stampDuty, l), groupThousands(stamp)}) << "\n";
    out << "\n" << t("contract.cli.differences") << "\n";
    if (c.status == deal::ContractStatus::Draft)
        out << t("contract.cli.draft_no_diff") << "\n";
    else if (diffs.empty())
        out << t("contract.cli.no_differences") << "\n";
    else {
        std::vector<std::vector<std::string>> dr{{t("contract.price.item"), t("contract.cli.agreed"), t("contract.cli.now")}};
        for (const auto &d : diffs)
            dr.push_back({d.key == "before_tax" ? t("contract.price.before_tax") : d.key == "tax" ? t("contract.cli.tax") : t("contract.price.total"),
                          groupThousands(d.agreed), groupThousands(d.now)});
        out << renderTable(dr, {1, 2});
    }
    if (!checks.empty()) {
        out << "\n";
        printDiagnostics(out, checks, l);
    }
    return Ok;
}

int reportDeal(const std::string &file, const std::string &kind, const std::string &langArg, const std::string &outFile, bool allowWarnings,
               std::ostream &out, std::ostream &err)
{
    deal::DocLangs langs = deal::DocLangs::En;
    Lang msgLang = Lang::En;
    if (langArg == "zh-TW") {
        langs = deal::DocLangs::ZhTW;
        msgLang = Lang::ZhTW;
    } else if (langArg == "both") {
        langs = deal::DocLangs::Both;
    }
    auto p = loadProjectOrReport(file, err, false, msgLang);
    if (!p)
        return InputError;
    const bool contract = kind == "contract";
    if (contract ? !deal::hasContract(*p) : !deal::hasNegotiation(*p)) {
        err << file << ": no \"" << kind << "\" section (docs/project-format.md, " << kind << ")\n";
        return InputError;
    }
    if (contract && !deal::contractPrice(*p, budgetOf(*p), deal::contractOf(*p)).found) {
        err << file << ": /contract/quote_version: no such quote version in /budget/quote_versions\n";
        return InputError;
    }
    const auto checks = contract ? deal::checkContract(*p, msgLang) : deal::checkNegotiation(*p, msgLang);
    std::vector<Diagnostic> warnings;
    for (const auto &d : checks)
        if (d.severity == Diagnostic::Severity::Warning)
            warnings.push_back(d);
    if (!warnings.empty() && !allowWarnings) {
        for (const auto &w : warnings)
            err << file << ": " << w.path << ": " << w.message << "\n";
        err << file << ": " << warnings.size() << " warning(s): fix them, or export with --allow-warnings to list them on the first page\n";
        return InputError;
    }
    const std::string html = contract ? deal::contractHtml(*p, langs, warnings) : deal::negotiationHtml(*p, langs, warnings);
    std::string error;
    if (!documents::writeDocument(html, outFile, error)) {
        err << "venuebid-cli: " << error << "\n";
        return InputError;
    }
    out << outFile << "\n";
    return Ok;
}

} // namespace vb::cli
