// SPDX-License-Identifier: GPL-3.0-or-later
// The client quote (報價單, O1.2.2) and the PCO's internal cost sheet, rendered to PDF/ODT/HTML by app/documents.
// The client document shows prices only: the cost, markup and margin are on the cost sheet.
#include "quotedocument.h"

#include "analysis.h"
#include "deal.h"
#include "htmlparts.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace vb {

namespace {

std::string e(std::string_view s) { return htmlEscape(s); }

/** The languages of a document and how a text is put in them: one language, or 繁中 then English. */
struct Langs {
    QuoteLangs langs;
    [[nodiscard]] std::vector<Lang> list() const
    {
        switch (langs) {
        case QuoteLangs::En: return {Lang::En};
        case QuoteLangs::ZhTW: return {Lang::ZhTW};
        case QuoteLangs::Both: break;
        }
        return {Lang::ZhTW, Lang::En};
    }
    [[nodiscard]] bool has(Lang l) const { return langs == QuoteLangs::Both || (l == Lang::En) == (langs == QuoteLangs::En); }
    /** f in each language (escaped), joined by sep; a text the same in both is written once. */
    [[nodiscard]] std::string join(const std::function<std::string(Lang)> &f, const std::string &sep = " ") const
    {
        std::string out, first;
        for (Lang l : list()) {
            const std::string t = f(l);
            if (t.empty() || t == first)
                continue;
            out += (out.empty() ? "" : sep) + e(t);
            if (first.empty())
                first = t;
        }
        return out;
    }
    /** A catalogue label in each language: "報價單號 Quote no.". */
    [[nodiscard]] std::string label(MsgId id) const
    {
        return join([id](Lang l) { return std::string(tr(l, id)); });
    }
    /** The colon after a label: full-width when the document has Chinese. */
    [[nodiscard]] const char *colon() const { return langs == QuoteLangs::En ? ": " : "："; }
    [[nodiscard]] std::string text(const LocalizedText &t, const std::string &sep = "<br>") const
    {
        return join([&t](Lang l) { return t.get(l); }, sep);
    }
};

std::string money(Money m) { return groupThousands(m); }

/** The rows of the totals shared by both documents: subtotal, discount, 未稅, tax, 含稅 (amount in the last column). */
std::string totalRows(const Budget &b, const Quote &q, const Langs &L, int columns)
{
    std::string h;
    const std::string span = "<td colspan=\"" + std::to_string(columns - 1) + "\" align=\"right\">";
    const auto row = [&](const std::string &label, Money m, bool bold) {
        const std::string o = bold ? "<b>" : "", c = bold ? "</b>" : "";
        h += "<tr>" + span + o + label + c + "</td><td align=\"right\">" + o + money(m) + c + "</td></tr>";
    };
    row(L.label("quote.doc.subtotal"), q.subtotal, false);
    if (q.discount) {
        const std::string pct = formatPercentBp(q.terms.discountBp, BasisPointStyle::Document);
        row(L.join([&](Lang l) { return tr(l, "quote.doc.discount", {pct}); }), -q.discount, false);
    }
    row(L.label("quote.doc.before_tax"), q.beforeTax, true);
    const std::string tax = formatPercentBp(b.taxBp, BasisPointStyle::Document);
    row(L.join([&](Lang l) { return tr(l, "quote.doc.tax", {tax}); }), q.tax, false);
    row(L.label("quote.doc.total"), q.total, true);
    return h;
}

} // namespace

LocalizedText quoteEventName(const Project &p)
{
    return deal::eventNameOf(p, deal::contractOf(p));
}

std::string quoteHtml(const Project &p, const Budget &b, const Quote &q, std::size_t versionIndex, QuoteLangs langs)
{
    const Langs L{langs};
    const auto &t = q.terms;
    const std::string number = quoteNumber(p, t.version);
    // Small type and tight rows: the sample's quote by category fits one A4 page, also in both languages (8.5 pt).
    std::string h = html::head(L.label("quote.doc.title") + " " + e(number),
                               std::string(langs == QuoteLangs::Both ? " body,td,th{font-size:8.5pt}" : " body,td,th{font-size:9pt}")
                                   + " h1{font-size:15pt;margin-top:0;margin-bottom:2pt} p.h{font-size:10pt;font-weight:bold;margin-top:5pt;margin-bottom:1pt}"
                               " table.t td,table.t th{padding:0px 3px} th{background:#dde4ee;text-align:left} ul{margin-top:0;margin-bottom:0}"
                               " .item{font-size:7.5pt} .small{font-size:7.5pt} td.k{font-size:7.5pt;background:#eeeeee}");
    h += html::letterheadHtml(p, L.list());
    h += "<h1 align=\"center\">" + L.label("quote.doc.title") + "</h1>";

    // Who, what, when: two pairs a row.
    const auto cell = [](const std::string &label, const std::string &value, int span = 1) {
        return "<td class=\"k\" width=\"20%\">" + label + "</td><td" + (span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : std::string())
            + ">" + value + "</td>";
    };
    h += "<table class=\"t\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">";
    h += "<tr>" + cell(L.label("quote.doc.number"), e(number)) + cell(L.label("quote.doc.version"), "v" + std::to_string(t.version)) + "</tr>";
    h += "<tr>" + cell(L.label("quote.doc.issued"), e(t.issued)) + cell(L.label("quote.doc.valid_until"), e(t.validUntil)) + "</tr>";
    h += "<tr>" + cell(L.label("quote.doc.client"), L.text(p.meta.client, " / "), 3) + "</tr>";
    h += "<tr>" + cell(L.label("quote.doc.event"), L.text(quoteEventName(p), " / "), 3) + "</tr>";
    h += "<tr>" + cell(L.label("quote.doc.dates"), e(p.requirements.startDate) + " – " + e(p.requirements.endDate))
        + cell(L.label("quote.doc.format"), L.join([&](Lang l) { return std::string(formatName(t.format, l)); }, " / ")) + "</tr>";
    h += "</table><p style=\"font-size:4pt;margin:0\">&nbsp;</p>";

    // The prices: per category, or each budget line under its category.
    const std::string currency = L.join([](Lang l) { return tr(l, "quote.doc.amount", {currencyLabel("TWD", l)}); });
    h += "<table class=\"t\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr><th>" + L.label("quote.doc.item") + "</th><th align=\"right\" width=\"40%\">"
        + currency + "</th></tr>";
    for (const auto &l : q.lines) {
        if (t.detail == QuoteDetail::Lines && !l.items.empty()) {
            h += "<tr><td colspan=\"2\" class=\"cat\"><b>" + L.text(l.label, " ") + "</b></td></tr>";
            for (const auto &it : l.items)
                h += "<tr><td class=\"item\">&nbsp;&nbsp;&nbsp;" + L.text(it.label, " / ") + "</td><td class=\"item\" align=\"right\">" + money(it.price)
                    + "</td></tr>";
        } else {
            h += "<tr><td>" + L.text(l.label, " ") + "</td><td align=\"right\">" + money(l.price) + "</td></tr>";
        }
    }
    h += totalRows(b, q, L, 2);
    if (L.has(Lang::ZhTW)) // the 含稅 total in capital numerals, as contracts and invoices write it
        h += "<tr><td colspan=\"2\" align=\"right\">" + L.label("quote.doc.in_words") + L.colon() + "<b>" + e(formatAmountInChineseWords(q.total))
            + "</b></td></tr>";
    h += "</table>";

    // Terms.
    h += "<p class=\"h\">" + L.label("quote.doc.terms") + "</p><ul class=\"small\">";
    h += "<li>" + L.label("quote.doc.payment_terms") + L.colon() + L.text(t.paymentTerms, "<br>") + "</li>";
    h += "<li>" + L.join([&](Lang l) { return tr(l, "quote.doc.validity", {t.validUntil}); }, "<br>") + "</li>";
    const std::string tax = formatPercentBp(b.taxBp, BasisPointStyle::Document);
    h += "<li>" + L.join([&](Lang l) { return tr(l, "quote.doc.currency", {currencyLabel("TWD", l), tax}); }, "<br>") + "</li>";
    // The exchange rates of the foreign-currency lines the quoted format has (the others do not price this quote).
    std::string rates;
    for (const auto &r : p.meta.fxRates)
        if (std::any_of(b.lines.begin(), b.lines.end(), [&](const BudgetLine &l) { return l.currency == r.currency && appliesTo(l.formats, t.format); }))
            rates += (rates.empty() ? "" : ", ") + r.currency + " " + formatShortest(rateUsed(r.rate)) + " (" + r.asOf.value_or("?") + ")";
    if (!rates.empty())
        h += "<li>" + L.join([&](Lang l) { return tr(l, "quote.doc.fx", {rates}); }, "<br>") + "</li>";
    h += "</ul>";

    // What changed since the last version, as the client sees it (never the markup).
    h += "<p class=\"h\">" + L.label("quote.doc.changes") + "</p><ul class=\"small\">";
    std::vector<std::vector<std::string>> changes;
    for (Lang l : L.list())
        changes.push_back(clientQuoteChanges(b, versionIndex, l));
    for (std::size_t i = 0; i < changes.front().size(); ++i)
        h += "<li>" + L.join([&](Lang l) {
            const auto &c = changes[langs == QuoteLangs::Both && l == Lang::En ? 1 : 0];
            return i < c.size() ? c[i] : std::string();
        }, " / ") + "</li>";
    h += "</ul>";

    // Signature and stamp: the PCO on the left, the client's confirmation on the right (both named above), in one
    // table row, so that the block never splits over two pages, with the same lines on both sides.
    const std::string line = "____________________";
    const auto side = [&](MsgId heading) {
        return "<td width=\"50%\" valign=\"top\"><b>" + L.label(heading) + "</b><br><br><br>" + L.label("quote.doc.signature") + L.colon() + line
            + "<br><br>" + L.label("quote.doc.date_line") + L.colon() + line + "</td>";
    };
    h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" class=\"small\" style=\"margin-top:6pt\"><tr>" + side("quote.doc.quoted_by")
        + side("quote.doc.client_sign") + "</tr></table>";
    h += "</body></html>";
    return html::withRepeatedHeaders(h); // the price table's header again on each page it continues on (detail = lines)
}

std::string quoteCostSheetHtml(const Project &p, const Budget &b, const Quote &q, std::size_t versionIndex, QuoteLangs langs)
{
    const Langs L{langs};
    const auto &t = q.terms;
    const std::string number = quoteNumber(p, t.version);
    std::string h = html::head(L.label("quote.cost.title") + " " + e(number),
                               " body,td,th{font-size:9pt} table.t td,table.t th{padding:0px 3px} .item{font-size:8pt} .internal{color:#b00000;font-weight:bold}");
    h += "<h1>" + L.label("quote.cost.title") + "</h1>";
    const std::string markup = formatPercentBp(t.markupBp, BasisPointStyle::Document);
    const std::string discount = formatPercentBp(t.discountBp, BasisPointStyle::Document);
    h += "<p class=\"internal\">" + L.join([&](Lang l) {
        return tr(l, "quote.cost.internal", {number, std::to_string(t.version), formatName(t.format, l), markup, discount});
    }, "<br>") + "</p>";
    h += "<p>" + L.text(quoteEventName(p), " / ") + "</p>";
    if (q.changedSinceIssued())
        h += "<p class=\"internal\">" + L.join([&](Lang l) {
            return tr(l, "quote.cost.changed", {money(*t.frozenTotal), money(q.total)});
        }, "<br>") + "</p>";
    // The change list before the table: the table may run on to a second page (its header repeated), and no heading
    // is left alone at the bottom of the first.
    h += "<p><b>" + L.label("quote.cost.changes") + "</b></p><ul>";
    for (Lang l : L.list())
        for (const auto &c : quoteChanges(b, versionIndex, l))
            h += "<li>" + e(c) + "</li>";
    h += "</ul>";

    const auto pct = [](Money part, Money whole) {
        return whole == 0 ? std::string("–") : formatPercentBp(roundDiv(static_cast<Wide>(part) * 10000, whole), BasisPointStyle::Document);
    };
    const auto row = [&](const std::string &label, Money cost, const std::string &markupText, Money price, bool bold, const char *cls = "") {
        const std::string o = bold ? "<b>" : "", c = bold ? "</b>" : "";
        const std::string td = std::string("<td align=\"right\" class=\"") + cls + "\">";
        return std::string("<tr><td class=\"") + cls + "\">" + o + label + c + "</td>" + td + o + money(cost) + c + "</td>" + td + markupText + "</td>" + td + o
            + money(price) + c + "</td>" + td + o + money(price - cost) + c + "</td>" + td + pct(price - cost, price) + "</td></tr>";
    };
    h += "<table class=\"t\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr><th>" + L.label("quote.doc.item") + "</th><th>" + L.label("quote.cost.cost") + "</th><th>"
        + L.label("quote.cost.markup") + "</th><th>" + L.label("quote.cost.price") + "</th><th>" + L.label("quote.cost.margin") + "</th><th>"
        + L.label("quote.cost.margin_pct") + "</th></tr>";
    for (const auto &l : q.lines) {
        const std::string lineMarkup = l.key == "management_fee" ? formatPercentBp(0, BasisPointStyle::Document) : markup;
        h += row(L.text(l.label, " "), l.cost, lineMarkup, l.price, true);
        for (const auto &it : l.items)
            h += row("&nbsp;&nbsp;&nbsp;" + L.text(it.label, " / "), it.cost, "", it.price, false, "item");
    }
    h += row(L.label("quote.cost.total_lines"), q.cost, "", q.subtotal, true);
    if (q.discount)
        h += "<tr><td>" + L.join([&](Lang l) { return tr(l, "quote.doc.discount", {discount}); }) + "</td><td></td><td></td><td align=\"right\">"
            + money(-q.discount) + "</td><td align=\"right\">" + money(-q.discount) + "</td><td></td></tr>";
    h += row(L.join([&](Lang l) { return tr(l, "quote.cost.after_discount", {discount}); }), q.cost, "", q.beforeTax, true);
    const std::string tax = formatPercentBp(b.taxBp, BasisPointStyle::Document);
    h += "<tr><td>" + L.join([&](Lang l) { return tr(l, "quote.doc.tax", {tax}); }) + "</td><td></td><td></td><td align=\"right\">" + money(q.tax)
        + "</td><td></td><td></td></tr>";
    h += "<tr><td><b>" + L.label("quote.doc.total") + "</b></td><td></td><td></td><td align=\"right\"><b>" + money(q.total)
        + "</b></td><td></td><td></td></tr>";
    h += "</table>";
    h += "<p class=\"note\">" + L.label("quote.cost.explain") + "</p>";
    h += "</body></html>";
    return html::withRepeatedHeaders(h);
}

} // namespace vb
