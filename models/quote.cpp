// SPDX-License-Identifier: GPL-3.0-or-later
// The client quote (O1.2.2): budget cost per category → markup → discount → 5 % business tax.
#include "quote.h"

#include "json_text.h"

#include <cstdio>

namespace vb {

std::string htmlEscape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

Quote computeQuote(const Project &p, const Budget &b, const QuoteVersion &terms)
{
    Quote q;
    q.terms = terms;
    const auto fb = computeFormat(p, b, terms.format, b.scenarioPercent[1]);
    const auto price = [&](Money cost, bool markup) {
        return markup ? roundDiv(static_cast<Wide>(cost) * (10000 + terms.markupBp), 10000) : cost;
    };
    for (int c = 0; c < kCategoryCount; ++c) {
        const auto &a = fb.categories[static_cast<std::size_t>(c)];
        if (a.beforeTax() == 0)
            continue;
        const auto cat = static_cast<CostCategory>(c);
        q.lines.push_back({categoryKey(cat), {categoryName(cat, Lang::ZhTW), categoryName(cat, Lang::En)}, a.beforeTax(), price(a.beforeTax(), true)});
    }
    if (fb.costs.contingency)
        q.lines.push_back({"contingency", {"準備金", "Contingency"}, fb.costs.contingency, price(fb.costs.contingency, true)});
    if (fb.costs.managementFee)
        q.lines.push_back({"management_fee", {"專案管理費", "Management fee"}, fb.costs.managementFee, fb.costs.managementFee});
    for (const auto &l : q.lines) {
        q.cost += l.cost;
        q.subtotal += l.price;
    }
    q.discount = roundDiv(static_cast<Wide>(q.subtotal) * terms.discountBp, 10000);
    q.beforeTax = q.subtotal - q.discount;
    q.tax = roundDiv(static_cast<Wide>(q.beforeTax) * b.taxBp, 10000);
    q.total = q.beforeTax + q.tax;
    return q;
}

namespace {
std::string pct(int bp)
{
    char buf[32];
    if (bp % 100 == 0)
        std::snprintf(buf, sizeof buf, "%d %%", bp / 100);
    else
        std::snprintf(buf, sizeof buf, "%d.%02d %%", bp / 100, bp % 100);
    return buf;
}

const char *formatName(EventFormat f, Lang l)
{
    static constexpr const char *kZh[] = {"實體", "混合", "線上"};
    static constexpr const char *kEn[] = {"on-site", "hybrid", "online"};
    return l == Lang::ZhTW ? kZh[static_cast<int>(f)] : kEn[static_cast<int>(f)];
}
} // namespace

std::vector<std::string> quoteChanges(const Budget &b, std::size_t index, Lang l)
{
    std::vector<std::string> out;
    if (index >= b.quotes.size())
        return out;
    const bool zh = l == Lang::ZhTW;
    const auto &cur = b.quotes[index];
    if (index == 0) {
        out.push_back(zh ? "第一版報價" : "First version");
    } else {
        const auto &prev = b.quotes[index - 1];
        if (prev.format != cur.format)
            out.push_back((zh ? "會議型式：" : "Format: ") + std::string(formatName(prev.format, l)) + " → " + formatName(cur.format, l));
        if (prev.markupBp != cur.markupBp)
            out.push_back((zh ? "加成：" : "Markup: ") + pct(prev.markupBp) + " → " + pct(cur.markupBp));
        if (prev.discountBp != cur.discountBp)
            out.push_back((zh ? "折扣：" : "Discount: ") + pct(prev.discountBp) + " → " + pct(cur.discountBp));
        if (prev.validUntil != cur.validUntil)
            out.push_back((zh ? "有效期限：" : "Valid until: ") + prev.validUntil + " → " + cur.validUntil);
        if (prev.paymentTerms != cur.paymentTerms)
            out.push_back(zh ? "付款條件已變更" : "Payment terms changed");
        if (prev.frozenTotal && cur.frozenTotal && *prev.frozenTotal != *cur.frozenTotal) {
            const Money d = *cur.frozenTotal - *prev.frozenTotal;
            out.push_back((zh ? "總價（含稅）：" : "Total (incl. tax): ") + formatMoney(*prev.frozenTotal) + " → " + formatMoney(*cur.frozenTotal) + " ("
                          + (d > 0 ? "+" : "") + formatMoney(d) + ")");
        }
    }
    if (!cur.changeNote.get(l).empty())
        out.push_back(cur.changeNote.get(l));
    return out;
}

QuoteVersion nextQuoteVersion(const Project &p, const Budget &b, std::string issued)
{
    QuoteVersion v;
    if (!b.quotes.empty()) {
        v = b.quotes.back();
        v.changeNote = {};
    } else {
        v.paymentTerms = {"簽約時付 50%，會議結束後 30 日內付清餘款", "50 % on signing, balance within 30 days after the event"};
        v.validUntil = issued;
    }
    v.version = static_cast<int>(b.quotes.size()) + 1;
    v.issued = std::move(issued);
    const Quote q = computeQuote(p, b, v);
    v.frozenNet = q.beforeTax;
    v.frozenTax = q.tax;
    v.frozenTotal = q.total;
    return v;
}

std::string quoteHtml(const Project &p, const Budget &b, const Quote &q, std::size_t versionIndex)
{
    const auto e = [](std::string_view s) { return htmlEscape(s); };
    const auto &t = q.terms;
    std::string h;
    h += "<html><head><meta charset=\"utf-8\"><title>" + e(p.meta.title.zh) + " — Quotation v" + std::to_string(t.version) + "</title>";
    h += "<style>body{font-family:'WenQuanYi Zen Hei','Noto Sans CJK TC',sans-serif;font-size:10pt} td,th{padding:3px 6px} th{background:#dde4ee;text-align:left}"
         " .n{text-align:right} .tot{font-weight:bold}</style></head><body>";
    h += "<h1>報價單 Quotation v" + std::to_string(t.version) + "</h1>";
    h += "<p><b>" + e(p.meta.title.zh) + "</b><br>" + e(p.meta.title.en) + "</p>";
    h += "<table>";
    const auto row2 = [&](const char *zh, const char *en, const std::string &value) {
        h += std::string("<tr><td>") + zh + " " + en + "</td><td>" + value + "</td></tr>";
    };
    row2("客戶", "Client", e(p.meta.client.zh) + " / " + e(p.meta.client.en));
    row2("會議日期", "Dates", e(p.requirements.startDate) + " – " + e(p.requirements.endDate));
    row2("會議型式", "Format", std::string(formatName(t.format, Lang::ZhTW)) + " / " + formatName(t.format, Lang::En));
    row2("報價日期", "Issued", e(t.issued));
    row2("有效期限", "Valid until", e(t.validUntil));
    h += "</table>";
    h += "<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>項目 Item</th><th class=\"n\">金額（未稅）Amount excl. tax (TWD)</th></tr>";
    for (const auto &l : q.lines)
        h += "<tr><td>" + e(l.label.zh) + " " + e(l.label.en) + "</td><td class=\"n\" align=\"right\">" + formatMoney(l.price) + "</td></tr>";
    const auto total = [&](const char *zh, const char *en, Money m, bool bold) {
        h += std::string("<tr") + (bold ? " class=\"tot\"" : "") + "><td>" + (bold ? "<b>" : "") + zh + " " + en + (bold ? "</b>" : "")
             + "</td><td class=\"n\" align=\"right\">" + (bold ? "<b>" : "") + formatMoney(m) + (bold ? "</b>" : "") + "</td></tr>";
    };
    total("小計", "Subtotal", q.subtotal, false);
    if (q.discount)
        total(("折扣 " + pct(t.discountBp)).c_str(), "Discount", -q.discount, false);
    total("合計（未稅）", "Total excl. tax", q.beforeTax, true);
    total(("營業稅 " + pct(b.taxBp)).c_str(), "Business tax", q.tax, false);
    total("總計（含稅）", "Total incl. tax", q.total, true);
    h += "</table>";
    h += "<p>付款條件 Payment terms：" + e(t.paymentTerms.zh) + "<br>" + e(t.paymentTerms.en) + "</p>";
    h += "<p>幣別：新臺幣（TWD），金額以元為單位。外幣項目依匯率換算 Currency: TWD, whole dollars; foreign-currency items converted at:";
    for (const auto &r : p.meta.fxRates)
        h += " " + e(r.currency) + " " + formatNumber(r.rate) + " (" + e(r.asOf.value_or("?")) + ")";
    h += "</p>";
    const auto zhChanges = quoteChanges(b, versionIndex, Lang::ZhTW);
    const auto enChanges = quoteChanges(b, versionIndex, Lang::En);
    h += "<h3>版本變更 Changes in this version</h3><ul>";
    for (std::size_t i = 0; i < zhChanges.size(); ++i)
        h += "<li>" + e(zhChanges[i]) + (i < enChanges.size() ? " / " + e(enChanges[i]) : "") + "</li>";
    h += "</ul>";
    if (q.changedSinceIssued())
        h += "<p><b>注意 Note:</b> 此版本發出後預算已變更 the budget changed after this version was issued (" + formatMoney(*t.frozenTotal) + " → "
             + formatMoney(q.total) + ").</p>";
    h += "</body></html>";
    return h;
}

} // namespace vb
