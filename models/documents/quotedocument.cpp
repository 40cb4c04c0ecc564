// SPDX-License-Identifier: GPL-3.0-or-later
// The client quote as a document (O1.2.2), rendered to PDF/ODT/HTML by app/documents.
#include "quotedocument.h"

#include "analysis.h"
#include "htmlparts.h"
#include "jsontext.h"
#include "numbers.h"


namespace vb {

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
        h += "<tr><td>" + e(l.label.zh) + " " + e(l.label.en) + "</td><td class=\"n\" align=\"right\">" + groupThousands(l.price) + "</td></tr>";
    const auto total = [&](const char *zh, const char *en, Money m, bool bold) {
        h += std::string("<tr") + (bold ? " class=\"tot\"" : "") + "><td>" + (bold ? "<b>" : "") + zh + " " + en + (bold ? "</b>" : "")
             + "</td><td class=\"n\" align=\"right\">" + (bold ? "<b>" : "") + groupThousands(m) + (bold ? "</b>" : "") + "</td></tr>";
    };
    total("小計", "Subtotal", q.subtotal, false);
    if (q.discount)
        total(("折扣 " + formatPercentBp(t.discountBp, BasisPointStyle::Document)).c_str(), "Discount", -q.discount, false);
    total("合計（未稅）", "Total excl. tax", q.beforeTax, true);
    total(("營業稅 " + formatPercentBp(b.taxBp, BasisPointStyle::Document)).c_str(), "Business tax", q.tax, false);
    total("總計（含稅）", "Total incl. tax", q.total, true);
    h += "</table>";
    h += "<p>付款條件 Payment terms：" + e(t.paymentTerms.zh) + "<br>" + e(t.paymentTerms.en) + "</p>";
    h += "<p>幣別：新臺幣（TWD），金額以元為單位。外幣項目依匯率換算 Currency: TWD, whole dollars; foreign-currency items converted at:";
    for (const auto &r : p.meta.fxRates)
        h += " " + e(r.currency) + " " + formatShortest(rateUsed(r.rate)) + " (" + e(r.asOf.value_or("?")) + ")";
    h += "</p>";
    const auto zhChanges = quoteChanges(b, versionIndex, Lang::ZhTW);
    const auto enChanges = quoteChanges(b, versionIndex, Lang::En);
    h += "<h3>版本變更 Changes in this version</h3><ul>";
    for (std::size_t i = 0; i < zhChanges.size(); ++i)
        h += "<li>" + e(zhChanges[i]) + (i < enChanges.size() ? " / " + e(enChanges[i]) : "") + "</li>";
    h += "</ul>";
    if (q.changedSinceIssued())
        h += "<p><b>注意 Note:</b> 此版本發出後預算已變更 the budget changed after this version was issued (" + groupThousands(*t.frozenTotal) + " → "
             + groupThousands(q.total) + ").</p>";
    h += "</body></html>";
    return h;
}

} // namespace vb
