// SPDX-License-Identifier: GPL-3.0-or-later
// The contract (O1.4.1) and the negotiation sheet (P1.4.1) as HTML (docs/deal.md). Every number comes from the
// project: the price from the agreed quote version, the schedule, penalties and scales from the "contract" section.
#include "dealdocuments.h"

#include "analysis.h"
#include "bidbook.h"
#include "htmlparts.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>
#include <array>
#include <functional>

namespace vb::deal {

const char *feeModelName(FeeModel m, Lang l)
{
    switch (m) {
    case FeeModel::Fixed: return tr(l, "negotiation.fee.fixed");
    case FeeModel::PerCapita: return tr(l, "negotiation.fee.per_capita");
    case FeeModel::Percent: return tr(l, "negotiation.fee.percent");
    case FeeModel::Mixed: return tr(l, "negotiation.fee.mixed");
    }
    return "";
}

const char *partyName(Party p, Lang l)
{
    return p == Party::Us ? tr(l, "negotiation.party.us") : tr(l, "negotiation.party.client");
}

const char *roundStatusName(RoundStatus s, Lang l)
{
    switch (s) {
    case RoundStatus::Open: return tr(l, "negotiation.status.open");
    case RoundStatus::Countered: return tr(l, "negotiation.status.countered");
    case RoundStatus::Accepted: return tr(l, "negotiation.status.accepted");
    case RoundStatus::Rejected: return tr(l, "negotiation.status.rejected");
    }
    return "";
}

const char *stampDutyName(StampDuty s, Lang l)
{
    switch (s) {
    case StampDuty::Chenglan: return tr(l, "contract.stamp.type.chenglan");
    case StampDuty::Weiren: return tr(l, "contract.stamp.type.weiren");
    case StampDuty::None: return tr(l, "contract.stamp.type.none");
    }
    return "";
}

const char *contractStatusName(ContractStatus s, Lang l)
{
    switch (s) {
    case ContractStatus::Draft: return tr(l, "contract.status.draft");
    case ContractStatus::Agreed: return tr(l, "contract.status.agreed");
    case ContractStatus::Signed: return tr(l, "contract.status.signed");
    }
    return "";
}

const char *roleName(const Contract &c, Party p, Lang l)
{
    if (p == Party::Client)
        return c.governmentClient ? tr(l, "contract.role.agency") : tr(l, "contract.role.client");
    return c.governmentClient ? tr(l, "contract.role.vendor") : tr(l, "contract.role.contractor");
}

std::string formatPermille(int hundredthsPermille)
{
    return formatGroupedHundredths(hundredthsPermille) + " \u2030";
}

namespace {

std::string e(std::string_view s)
{
    return htmlEscape(s);
}

std::string m(Money v)
{
    return groupThousands(v);
}

/** An English sentence that starts with a role ("the Client pays …") starts with a capital; Chinese is left alone. */
std::string sentence(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

const char *kCss = " td.n,th.n{text-align:right} .warn{color:#b00020} td.zh,td.en{vertical-align:top;width:50%}";

/** One numbered part of a document, its title and body written once per language (0 = Chinese, 1 = English). */
struct Part {
    std::array<std::string, 2> title;
    std::array<std::string, 2> body;
};

constexpr std::array<Lang, 2> kLangs{Lang::ZhTW, Lang::En};

std::vector<Lang> langsOf(DocLangs d)
{
    if (d == DocLangs::En)
        return {Lang::En};
    if (d == DocLangs::ZhTW)
        return {Lang::ZhTW};
    return {Lang::ZhTW, Lang::En};
}

Part makePart(const std::function<std::string(Lang)> &title, const std::function<std::string(Lang)> &body)
{
    Part p;
    for (std::size_t i = 0; i < 2; ++i) {
        p.title[i] = title(kLangs[i]);
        p.body[i] = body(kLangs[i]);
    }
    return p;
}

/** A table: header cells, then rows; columns in numeric are right-aligned. */
std::string table(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows, const std::vector<std::size_t> &numeric)
{
    const auto isNum = [&](std::size_t c) { return std::find(numeric.begin(), numeric.end(), c) != numeric.end(); };
    std::string h = "<table class=\"t\" cellspacing=\"0\" width=\"100%\"><tr>";
    for (std::size_t c = 0; c < header.size(); ++c)
        h += std::string("<th") + (isNum(c) ? " class=\"n\" align=\"right\"" : "") + ">" + header[c] + "</th>";
    h += "</tr>";
    for (const auto &r : rows) {
        h += "<tr>";
        for (std::size_t c = 0; c < r.size(); ++c)
            h += std::string("<td") + (isNum(c) ? " class=\"n\" align=\"right\"" : "") + ">" + r[c] + "</td>";
        h += "</tr>";
    }
    return h + "</table>";
}

/** How a document in both languages sets them: side by side (a contract's articles, each opposite its translation)
 *  or one after the other, the second from a new page (a sheet of wide tables, which half a page would break). */
enum class Bilingual { SideBySide, OneAfterTheOther };

/** The document: the letterhead (a client document's; "" for none), title, lead lines, warnings (when exported with
 *  them), then the parts in one language or both, then tail across the whole width (a contract's signatures, already
 *  in every language of the document). */
std::string render(DocLangs langs, const std::array<std::string, 2> &title, const std::array<std::string, 2> &lead, const std::vector<Part> &parts,
                   const std::vector<Diagnostic> &warnings, const std::array<std::string, 2> &warningsHeading, const std::string &letterhead = {},
                   const std::string &tail = {}, Bilingual bilingual = Bilingual::SideBySide)
{
    const auto ls = langsOf(langs);
    const auto idx = [](Lang l) { return l == Lang::ZhTW ? 0 : 1; };
    std::string docTitle;
    for (Lang l : ls)
        docTitle += (docTitle.empty() ? "" : " / ") + title[static_cast<std::size_t>(idx(l))];
    std::string h = html::head(e(docTitle), kCss) + letterhead;
    h += "<h1>" + e(docTitle) + "</h1>";
    if (!warnings.empty()) {
        h += "<div class=\"warn\"><p><b>";
        for (Lang l : ls)
            h += e(warningsHeading[static_cast<std::size_t>(idx(l))]) + " ";
        h += "</b></p><ul>";
        for (const auto &w : warnings)
            h += "<li>" + e(w.path) + ": " + e(w.message) + "</li>";
        h += "</ul></div>";
    }
    if (ls.size() == 1) {
        const auto i = static_cast<std::size_t>(idx(ls[0]));
        h += lead[i];
        for (const auto &p : parts)
            h += "<h2>" + p.title[i] + "</h2>" + p.body[i];
    } else if (bilingual == Bilingual::OneAfterTheOther) {
        for (std::size_t i = 0; i < 2; ++i) {
            h += std::string(i == 0 ? "<div>" : "<div style=\"page-break-before:always\">") + lead[i] + "</div>";
            for (const auto &p : parts)
                h += "<h2>" + p.title[i] + "</h2>" + p.body[i];
        }
    } else {
        // Articles side by side, each opposite its translation. A part with a table of its own (the payment schedule,
        // a cancellation scale) is set across the whole width, Chinese then English: inside half a page a table's
        // numbers break, and a table nested in a column does not repeat its header when it runs onto the next page.
        const std::string open = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">";
        h += open + "<tr><td class=\"zh\">" + lead[0] + "</td><td class=\"en\">" + lead[1] + "</td></tr>";
        bool inColumns = true;
        for (const auto &p : parts) {
            const bool wide = p.body[0].find("<table") != std::string::npos || p.body[1].find("<table") != std::string::npos;
            if (wide) {
                if (inColumns)
                    h += "</table>";
                inColumns = false;
                h += "<h2>" + p.title[0] + "</h2>" + p.body[0] + "<h2>" + p.title[1] + "</h2>" + p.body[1];
                continue;
            }
            if (!inColumns)
                h += open;
            inColumns = true;
            h += "<tr><td class=\"zh\"><h2>" + p.title[0] + "</h2>" + p.body[0] + "</td><td class=\"en\"><h2>" + p.title[1] + "</h2>" + p.body[1]
                 + "</td></tr>";
        }
        if (inColumns)
            h += "</table>";
    }
    h += tail + "</body></html>";
    return html::withRepeatedHeaders(h);
}

std::string scaleTable(const std::vector<ScaleRow> &scale, Money base, Lang l)
{
    std::vector<ScaleRow> sorted = scale;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ScaleRow &a, const ScaleRow &b) { return a.minDaysBefore > b.minDaysBefore; });
    std::vector<std::vector<std::string>> rows;
    for (const auto &r : sorted)
        rows.push_back({e(tr(l, "contract.scale.from", {std::to_string(r.minDaysBefore)})), formatPercentBp(r.percentBp, BasisPointStyle::Document),
                        m(roundDiv(static_cast<Wide>(base) * r.percentBp, 10000))});
    return table({tr(l, "contract.scale.days"), tr(l, "contract.scale.percent"), tr(l, "contract.scale.amount")}, rows, {1, 2});
}

std::string remedyText(const Project &p, const Budget &b, const Contract &c, Remedy r, Lang l)
{
    switch (r) {
    case Remedy::Reduce: return tr(l, "contract.fm.reduce");
    case Remedy::Reschedule: return tr(l, "contract.fm.reschedule");
    case Remedy::Credit: return tr(l, "contract.fm.credit");
    case Remedy::Terminate: return tr(l, "contract.fm.terminate");
    case Remedy::SwitchFormat: {
        if (!c.forceMajeure.switchTo || c.quoteVersion < 1 || static_cast<std::size_t>(c.quoteVersion) > b.quotes.size())
            return tr(l, "contract.fm.switch_plain");
        // The other format priced from its own budget with the agreed version's terms (markup, discount).
        QuoteVersion terms = b.quotes[static_cast<std::size_t>(c.quoteVersion - 1)];
        terms.format = *c.forceMajeure.switchTo;
        const Quote q = computeQuote(p, b, terms);
        return tr(l, "contract.fm.switch", {formatName(terms.format, l), m(q.total), std::to_string(c.quoteVersion)});
    }
    }
    return "";
}

} // namespace

std::string contractHtml(const Project &p, DocLangs langs, const std::vector<Diagnostic> &warnings)
{
    const Contract c = contractOf(p);
    const Budget b = budgetOf(p);
    const ContractPrice price = contractPrice(p, b, c);
    const auto client = [&](Lang l) { return e(c.client.zh.empty() && c.client.en.empty() ? p.meta.client.get(l) : c.client.get(l)); };
    const auto contractor = [&](Lang l) { return e(c.contractor.get(l)); };
    const auto cr = [&](Lang l) { return std::string(roleName(c, Party::Client, l)); };
    const auto us = [&](Lang l) { return std::string(roleName(c, Party::Us, l)); };
    std::vector<Part> parts;
    int number = 0;
    const auto userText = [&](const char *id, Lang l) {
        std::string h;
        for (const auto &cl : c.clauses)
            if (cl.id == id)
                h += "<p>" + e(cl.text.get(l)) + "</p>";
        return h;
    };
    const auto article = [&](const char *id, const std::function<std::string(Lang)> &title, const std::function<std::string(Lang)> &body) {
        ++number;
        const int n = number;
        parts.push_back(makePart([&, n](Lang l) { return tr(l, "contract.article", {std::to_string(n), title(l)}); },
                                 [&, id](Lang l) { return body(l) + userText(id, l); }));
    };
    // The event as the contract names it: a client document never shows the internal project title (it may name the
    // venue study), so the contract's own name for it, else the bid book's, else the project title.
    const LocalizedText congress = eventNameOf(p, c);
    // 1. Scope: the agreed quote version's items (labels only: the contract shows the price, not the build-up; the
    // contingency is in the price but is no service).
    article("scope", [](Lang l) { return std::string(tr(l, "contract.art.scope")); }, [&](Lang l) {
        std::string h = "<p>"
            + sentence(tr(l, "contract.scope.text",
                 {us(l), e(congress.get(l)), e(p.requirements.startDate), e(p.requirements.endDate), formatName(price.format, l),
                  std::to_string(c.quoteVersion), e(price.found ? price.quote.terms.issued : std::string("?"))}))
            + "</p><ul>";
        for (const auto &line : price.quote.lines)
            if (line.price != 0 && line.key != "contingency")
                h += "<li>" + e(line.label.get(l)) + "</li>";
        return h + "</ul>";
    });
    // 2. Price: 未稅, tax, 含稅 and the amount in words (in Chinese in both languages, as contracts require).
    article("price", [](Lang l) { return std::string(tr(l, "contract.art.price")); }, [&](Lang l) {
        std::string h = table({tr(l, "contract.price.item"), tr(l, "contract.price.amount")},
                              {{tr(l, "contract.price.before_tax"), m(price.beforeTax)},
                               {tr(l, "contract.price.tax", {formatPercentBp(b.taxBp, BasisPointStyle::Document)}), m(price.tax)},
                               {"<b>" + std::string(tr(l, "contract.price.total")) + "</b>", "<b>" + m(price.total) + "</b>"}},
                              {1});
        h += "<p>" + tr(l, "contract.price.words", {formatAmountInChineseWords(price.total)}) + "</p>";
        h += "<p>" + std::string(tr(l, "contract.price.lump")) + "</p>";
        return h;
    });
    // 3. Payment schedule.
    article("payment", [](Lang l) { return std::string(tr(l, "contract.art.payment")); }, [&](Lang l) {
        std::vector<std::vector<std::string>> rows;
        for (const auto &d : paymentSchedule(c, price.total, ""))
            rows.push_back({e(d.milestone.get(l)), formatPercentBp(d.shareBp, BasisPointStyle::Document), m(d.amount), e(d.due)});
        return "<p>" + sentence(tr(l, "contract.pay.text", {cr(l), us(l)})) + "</p>"
            + table({tr(l, "contract.pay.milestone"), tr(l, "contract.pay.share"), tr(l, "contract.pay.amount"), tr(l, "contract.pay.due")}, rows, {1, 2});
    });
    // 4. Performance bond (none by default for services, 採購法 §30).
    article("bond", [](Lang l) { return std::string(tr(l, "contract.art.bond")); }, [&](Lang l) {
        if (c.performanceBondBp == 0)
            return "<p>" + std::string(tr(l, "contract.bond.none")) + "</p>";
        return "<p>"
            + sentence(tr(l, "contract.bond.amount",
                          {us(l), formatPercentBp(c.performanceBondBp, BasisPointStyle::Document),
                           m(roundDiv(static_cast<Wide>(price.total) * c.performanceBondBp, 10000))}))
            + "</p>";
    });
    // 5. Late performance (採購契約要項 §45).
    article("late", [](Lang l) { return std::string(tr(l, "contract.art.late")); }, [&](Lang l) {
        const LatePenalty lp = latePenalty(c.latePenalty, price.total, 1);
        return "<p>"
            + sentence(tr(l, "contract.late.text",
                          {us(l), formatPermille(c.latePenalty.perDayHundredthsPermille), m(lp.daily),
                           formatPercentBp(c.latePenalty.capBp, BasisPointStyle::Document), m(lp.cap),
                           formatPermille(c.latePenalty.partialHundredthsPermille), cr(l)}))
            + "</p>";
    });
    // 6. Changes only in writing (採購契約要項 §24).
    article("changes", [](Lang l) { return std::string(tr(l, "contract.art.changes")); },
            [&](Lang l) { return "<p>" + std::string(tr(l, "contract.changes.text")) + "</p>"; });
    // 7. Cancellation and postponement, on the price before tax.
    if (!c.cancellation.empty() || !c.postponement.empty())
        article("cancellation", [](Lang l) { return std::string(tr(l, "contract.art.cancellation")); }, [&](Lang l) {
            std::string h;
            if (!c.cancellation.empty())
                h += "<p>" + tr(l, "contract.cancel.text", {cr(l), e(p.requirements.startDate)}) + "</p>" + scaleTable(c.cancellation, price.beforeTax, l);
            if (!c.postponement.empty())
                h += "<p>" + tr(l, "contract.postpone.text", {cr(l)}) + "</p>" + scaleTable(c.postponement, price.beforeTax, l);
            return h + "<p>" + tr(l, "contract.cancel.reduce") + "</p>";
        });
    if (c.hotelBlock)
        article("hotel", [](Lang l) { return std::string(tr(l, "contract.art.hotel")); }, [&](Lang l) {
            return "<p>"
                + tr(l, "contract.hotel.text",
                     {formatCount(c.hotelBlock->roomNights), formatPercentBp(c.hotelBlock->attritionBp, BasisPointStyle::Document),
                      std::to_string(c.hotelBlock->cutoffDays)})
                + "</p>";
        });
    if (c.fnbGuarantee)
        article("fnb", [](Lang l) { return std::string(tr(l, "contract.art.fnb")); }, [&](Lang l) {
            return "<p>"
                + tr(l, "contract.fnb.text", {std::to_string(c.fnbGuarantee->daysBefore), formatPercentBp(c.fnbGuarantee->oversetBp, BasisPointStyle::Document)})
                + "</p>";
        });
    article("force_majeure", [](Lang l) { return std::string(tr(l, "contract.art.fm")); }, [&](Lang l) {
        std::string h = "<p>" + tr(l, "contract.fm.text", {formatPercentBp(c.forceMajeure.inadvisableBp, BasisPointStyle::Document)}) + "</p>";
        if (!c.forceMajeure.remedies.empty()) {
            h += "<p>" + std::string(tr(l, "contract.fm.remedies")) + "</p><ol>";
            for (auto r : c.forceMajeure.remedies)
                h += "<li>" + e(remedyText(p, b, c, r, l)) + "</li>";
            h += "</ol>";
        }
        return h;
    });
    article("privacy", [](Lang l) { return std::string(tr(l, "contract.art.privacy")); }, [&](Lang l) {
        std::string h = "<p>" + sentence(tr(l, "contract.privacy.text", {us(l), cr(l)})) + "</p>";
        if (c.gdpr)
            h += "<p>" + tr(l, "contract.privacy.gdpr", {us(l)}) + "</p>";
        return h;
    });
    article("law", [](Lang l) { return std::string(tr(l, "contract.art.law")); }, [&](Lang l) {
        std::string h = "<p>"
            + (c.court.zh.empty() && c.court.en.empty() ? tr(l, "contract.law.no_court", {cr(l)}) : tr(l, "contract.law.text", {e(c.court.get(l))}))
            + "</p>";
        return h + "<p>" + tr(l, "contract.law.language") + "</p>";
    });
    article("stamp", [](Lang l) { return std::string(tr(l, "contract.art.stamp")); }, [&](Lang l) {
        switch (c.stampDuty) {
        case StampDuty::Chenglan: return "<p>" + tr(l, "contract.stamp.chenglan", {m(stampDutyOn(c.stampDuty, price.total))}) + "</p>";
        case StampDuty::Weiren: return "<p>" + std::string(tr(l, "contract.stamp.weiren")) + "</p>";
        case StampDuty::None: break;
        }
        return "<p>" + std::string(tr(l, "contract.stamp.none")) + "</p>";
    });
    // The user's own clauses (ids that are not a built-in article's) follow in order.
    static constexpr const char *kBuiltIn[] = {"scope", "price", "payment", "bond", "late", "changes", "cancellation",
                                               "hotel", "fnb", "force_majeure", "privacy", "law", "stamp"};
    for (const auto &cl : c.clauses) {
        if (std::find_if(std::begin(kBuiltIn), std::end(kBuiltIn), [&](const char *k) { return cl.id == k; }) != std::end(kBuiltIn))
            continue;
        article(
            "", [&cl](Lang l) { return e(cl.title.get(l).empty() ? cl.id : cl.title.get(l)); }, [&cl](Lang l) { return "<p>" + e(cl.text.get(l)) + "</p>"; });
    }
    // Signatures: after the articles and across the whole page even with both languages side by side, the two parties
    // next to each other, each with its representatives and a blank space to sign and to press the company's seal
    // (公司大小章, about 4 cm square) in.
    const auto ls = langsOf(langs);
    const auto both = [&](const auto &text) {
        std::string label;
        for (Lang l : ls)
            label += (label.empty() ? "" : " ") + std::string(text(l));
        return label;
    };
    const auto nameLabel = both([](Lang l) { return tr(l, "contract.sign.name"); });
    const auto titleLabel = both([](Lang l) { return tr(l, "contract.sign.title"); });
    const auto dateLabel = both([](Lang l) { return tr(l, "contract.sign.date"); });
    const auto signLabel = both([](Lang l) { return tr(l, "contract.sign.signature"); });
    // "代表人 Representative：" when Chinese leads, "Representative: " in English alone.
    const std::string colon = ls.front() == Lang::ZhTW ? "：" : ": ";
    const std::string blank = "____________________";
    // Three rows, so that the two parties' lines stand level: who, their representatives, the space to sign.
    std::array<std::string, 3> rows;
    for (Party party : {Party::Client, Party::Us}) {
        std::string who;
        for (std::size_t i = 0; i < ls.size(); ++i)
            who += std::string(i ? "<br>" : "") + "<b>" + sentence(roleName(c, party, ls[i])) + std::string(ls[i] == Lang::ZhTW ? "：" : ": ")
                + (party == Party::Client ? client(ls[i]) : contractor(ls[i])) + "</b>";
        std::string reps;
        for (const auto &s : c.signatories)
            if (s.party == party)
                reps += std::string(reps.empty() ? "" : "<br><br>") + nameLabel + colon + e(s.name) + "<br>" + titleLabel + colon + e(s.title) + "<br>"
                    + dateLabel + colon + (s.date.empty() ? blank : e(s.date));
        if (reps.empty())
            reps = nameLabel + colon + blank + "<br>" + titleLabel + colon + blank + "<br>" + dateLabel + colon + blank;
        const std::string td = "<td width=\"50%\" valign=\"top\">";
        rows[0] += td + who + "</td>";
        rows[1] += td + reps + "</td>";
        rows[2] += td + signLabel + colon + "<br><br><br><br><br><br><br><br></td>";
    }
    const std::string sign = "<tr>" + rows[0] + "</tr><tr>" + rows[1] + "</tr><tr>" + rows[2] + "</tr>";
    std::string status;
    for (Lang l : ls) {
        std::string st = contractStatusName(c.status, l);
        if (c.status == ContractStatus::Agreed && c.agreed)
            st += " " + e(c.agreed->date);
        if (c.status == ContractStatus::Signed && c.signedDate)
            st += " " + e(*c.signedDate);
        status += (status.empty() ? "" : " / ") + tr(l, "contract.sign.status", {st});
    }
    std::string heading;
    for (Lang l : ls)
        heading += (heading.empty() ? "" : " / ") + std::string(tr(l, "contract.sign.heading"));
    // The status in the table's last row: a paragraph after it could be left alone on the next page.
    const std::string signatures = "<h2>" + heading + "</h2><table class=\"t sign\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">" + sign
        + "<tr><td colspan=\"2\">" + status + "</td></tr></table>";
    std::array<std::string, 2> title, lead, warn;
    for (std::size_t i = 0; i < 2; ++i) {
        const Lang l = kLangs[i];
        title[i] = tr(l, "contract.doc.title");
        lead[i] = "<p><b>" + e(congress.get(l)) + "</b></p><p>" + tr(l, "contract.parties", {client(l), cr(l), contractor(l), us(l)}) + "</p>";
        warn[i] = tr(l, "contract.doc.warnings");
    }
    return render(langs, title, lead, parts, warnings, warn, html::letterheadHtml(p, langsOf(langs)), signatures);
}

std::string negotiationHtml(const Project &p, DocLangs langs, const std::vector<Diagnostic> &warnings)
{
    const Negotiation n = negotiationOf(p);
    const Budget b = budgetOf(p);
    const NegotiationPlan plan = planNegotiation(p, b, n);
    std::vector<Part> parts;
    parts.push_back(makePart([](Lang l) { return std::string(tr(l, "negotiation.price_range")); }, [&](Lang l) {
        std::vector<std::vector<std::string>> rows{
            {tr(l, "negotiation.cost"), m(plan.cost)},
            {tr(l, "negotiation.floor", {formatPercentBp(n.minMarginBp)}), m(plan.floor)},
            {tr(l, "negotiation.target", {formatPercentBp(n.targetMarginBp)}), m(plan.target)},
            {tr(l, "negotiation.opening", {m(plan.concessions)}), m(plan.opening)},
            {tr(l, "negotiation.batna"), plan.batna ? m(*plan.batna) : "—"},
            {tr(l, "negotiation.client_ceiling"), plan.clientReservation ? m(*plan.clientReservation) : "—"},
            {tr(l, "negotiation.walk_away"), m(plan.walkAway)},
        };
        std::string h = "<p>" + tr(l, "negotiation.format", {formatName(plan.format, l), feeModelName(n.feeModel, l)}) + "</p>"
            + table({tr(l, "negotiation.h.item"), tr(l, "negotiation.h.amount")}, rows, {1});
        if (!plan.clientReservation)
            h += "<p>" + std::string(tr(l, "negotiation.zone_unknown")) + "</p>";
        else if (plan.hasZone)
            h += "<p>" + tr(l, "negotiation.zone", {m(plan.walkAway), m(*plan.clientReservation)}) + "</p>";
        else
            h += "<p class=\"warn\">" + tr(l, "negotiation.no_zone", {m(*plan.clientReservation), m(plan.walkAway)}) + "</p>";
        return h;
    }));
    parts.push_back(makePart([](Lang l) { return std::string(tr(l, "negotiation.steps")); }, [&](Lang l) {
        // The column that flags a step below the floor only when one is: otherwise it is an empty column.
        const bool anyBelow = std::any_of(plan.steps.begin(), plan.steps.end(), [](const auto &s) { return s.belowFloor; });
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            const auto &s = plan.steps[i];
            rows.push_back({i == 0 ? std::string(tr(l, "negotiation.opening_step")) : std::to_string(i), i == 0 ? "" : m(s.concession), m(s.price),
                            formatPercent(s.margin, 2), m(s.withTax)});
            if (anyBelow)
                rows.back().push_back(s.belowFloor ? std::string(tr(l, "negotiation.below_floor")) : "");
        }
        std::vector<std::string> header{tr(l, "negotiation.h.step"), tr(l, "negotiation.h.concession"), tr(l, "negotiation.h.price"),
                                        tr(l, "negotiation.h.margin"), tr(l, "negotiation.h.with_tax")};
        if (anyBelow)
            header.emplace_back();
        return table(header, rows, {1, 2, 3, 4});
    }));
    if (!plan.tradeOffs.empty())
        parts.push_back(makePart([](Lang l) { return std::string(tr(l, "negotiation.tradeoffs")); }, [&](Lang l) {
            std::vector<std::vector<std::string>> rows;
            for (const auto &t : plan.tradeOffs)
                rows.push_back({e(t.found ? t.label.get(l) : t.line), m(t.cost), e(t.note)});
            return table({tr(l, "negotiation.h.line"), tr(l, "negotiation.h.cost"), tr(l, "negotiation.h.note")}, rows, {1});
        }));
    parts.push_back(makePart([](Lang l) { return std::string(tr(l, "negotiation.rounds")); }, [&](Lang l) {
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < n.rounds.size(); ++i) {
            const auto &r = n.rounds[i];
            rows.push_back({std::to_string(i + 1), e(r.date), partyName(r.party, l), m(r.offer), e(r.given), e(r.received), roundStatusName(r.status, l)});
        }
        std::string h;
        if (n.governmentTender)
            h += "<p>" + tr(l, "negotiation.tender", {std::to_string(n.rounds.size()), n.roundLimit ? std::to_string(*n.roundLimit) : std::string("—")}) + "</p>";
        return h
            + table({tr(l, "negotiation.h.round"), tr(l, "negotiation.h.date"), tr(l, "negotiation.h.party"), tr(l, "negotiation.h.offer"),
                     tr(l, "negotiation.h.given"), tr(l, "negotiation.h.received"), tr(l, "negotiation.h.status")},
                    rows, {3});
    }));
    std::array<std::string, 2> title, lead, warn;
    for (std::size_t i = 0; i < 2; ++i) {
        const Lang l = kLangs[i];
        title[i] = tr(l, "negotiation.doc.title");
        lead[i] = "<p><b>" + e(p.meta.title.get(l)) + "</b></p><p>" + tr(l, "negotiation.doc.internal") + "</p>";
        warn[i] = tr(l, "contract.doc.warnings");
    }
    return render(langs, title, lead, parts, warnings, warn, {}, {}, Bilingual::OneAfterTheOther);
}

} // namespace vb::deal
