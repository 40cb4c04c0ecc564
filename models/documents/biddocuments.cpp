// SPDX-License-Identifier: GPL-3.0-or-later
#include "biddocuments.h"

#include "analysis.h"
#include "optionsanalysis.h"
#include "bidbook.h"
#include "budgetcalc.h"
#include "destinations.h"
#include "factlabel.h"
#include "quote.h"
#include "htmlparts.h"
#include "numbers.h"
#include "suitabilityreport.h"
#include "tender.h"
#include "venueranking.h"

#include <algorithm>
#include <sstream>

namespace vb::bid {

namespace {

using html::Tr;

std::string e(std::string_view s)
{
    return htmlEscape(s);
}

/** The user's narrative as paragraphs (a blank line or a line break starts a new one), or a visible reminder. */
std::string narrativeHtml(const BidBook &b, Chapter c, Lang lang)
{
    const Tr t{lang};
    const std::string &text = b.narrative[static_cast<std::size_t>(c)].get(lang);
    if (text.empty())
        return std::string("<p class=\"todo\">") + t("Narrative not written yet (bid page, or bid_book.narrative.", "尚未撰寫本章內文（請於競標頁或 bid_book.narrative.")
            + chapterKey(c) + t(" in the project file).", "）。") + "</p>";
    std::string out, para;
    const auto flush = [&] {
        if (!para.empty())
            out += "<p>" + e(para) + "</p>";
        para.clear();
    };
    for (char ch : text) {
        if (ch == '\n')
            flush();
        else
            para += ch;
    }
    flush();
    return out;
}

/** Everything the chapters share, computed once. */
struct Context {
    const Project &p;
    Lang lang;
    Tr t;
    mcda::Method method;
    BidBook book;
    Proposal proposal;
    VenueRanking ranking;
    std::optional<BudgetSummary> budget;
    std::optional<destinations::Comparison> comparison;
    std::optional<destinations::Result> destResult;
    AnalysisData analysis;

    Context(const Project &project, Lang l, mcda::Method m)
        : p(project)
        , lang(l)
        , t{l}
        , method(m)
        , book(bidBookOf(project))
        , proposal(proposalOf(project, book, m))
        , ranking(rankVenues(project, RankingOptions{false, m}))
        , analysis(analysisOf(project))
    {
        if (hasBudget(p))
            budget = computeBudget(p, budgetOf(p));
        if (destinations::hasDestinations(p)) {
            comparison = destinations::destinationsOf(p);
            if (!comparison->destinations.empty() && !comparison->criteria.empty())
                destResult = destinations::compare(*comparison);
        }
    }

    [[nodiscard]] std::string congress() const { return book.congress ? book.congress->get(lang) : p.meta.title.get(lang); }
    [[nodiscard]] const Venue *venue() const { return proposal.venue ? &p.venues[*proposal.venue] : nullptr; }
    [[nodiscard]] std::string destination() const
    {
        if (book.destination)
            return book.destination->get(lang);
        return venue() ? venue()->city.get(lang) : std::string();
    }
    [[nodiscard]] const FormatSummary *formatBudget() const
    {
        return budget ? &budget->formats[static_cast<std::size_t>(proposal.format)] : nullptr;
    }
    [[nodiscard]] std::optional<double> co2eTonnes(EventFormat f) const
    {
        if (!analysis.sustainability)
            return std::nullopt;
        return computeCo2e(p, *analysis.sustainability, f).knownKg / 1000.0;
    }
};

const char *outcomeName(destinations::Outcome o, Lang l)
{
    switch (o) {
    case destinations::Outcome::Win: return l == Lang::ZhTW ? "領先" : "ahead";
    case destinations::Outcome::Tie: return l == Lang::ZhTW ? "持平" : "level";
    case destinations::Outcome::Lose: return l == Lang::ZhTW ? "落後" : "behind";
    }
    return "";
}

void keyFacts(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto &q = c.p.requirements;
    const auto row = [&](const char *en, const char *zh, const std::string &v) {
        h << "<tr><td><b>" << t(en, zh) << "</b></td><td>" << v << "</td></tr>";
    };
    h << "<table class=\"t\">";
    row("Congress", "會議", e(c.congress()));
    row("Dates", "日期", e(q.startDate + " – " + q.endDate) + " (" + std::to_string(q.days) + t(" days", " 天") + ")");
    if (!c.destination().empty())
        row("Destination", "目的地", e(c.destination()));
    row("Expected attendance", "預估出席人數", formatGrouped(q.expectedAttendance));
    if (const auto *v = c.venue())
        row("Proposed venue", "建議場地",
            e(v->name.get(c.lang)) + (c.proposal.venueRank > 0 ? std::string(t(" — rank ", "，排名第 ")) + std::to_string(c.proposal.venueRank)
                                                                     + t(" of ", " 名，共 ") + std::to_string(c.proposal.rankedVenues)
                                                                     + t(" venues (", " 個場地（") + mcda::methodName(c.method) + t(")", "）")
                                                               : std::string()));
    row("Format", "會議型式",
        std::string(formatName(c.proposal.format, c.lang)) + (c.proposal.formatRecommended ? t(" (recommended by the options analysis)", "（型式分析之建議）") : ""));
    if (const auto *fb = c.formatBudget()) {
        const auto &cur = c.p.meta.currency;
        row("Total cost (tax incl.)", "總成本（含稅）", formatAmount(fb->likely.costs.total, cur));
        row("Revenue", "收入", formatAmount(fb->likely.revenue.total, cur));
        row("Surplus", "盈餘", formatAmount(fb->likely.surplus(), cur));
        row("Break-even attendance", "損益兩平人數",
            fb->breakEven.attendeesNeeded ? formatCount(*fb->breakEven.attendeesNeeded) : std::string(t("not reached", "無法達到")));
    }
    if (c.destResult && c.comparison)
        row("Destination comparison", "目的地比較",
            std::string(t("rank ", "第 ")) + std::to_string(c.destResult->score.ranks[c.destResult->ours]) + t(" of ", " 名，共 ")
                + std::to_string(c.comparison->destinations.size()) + t("", " 個"));
    if (const auto co2 = c.co2eTonnes(c.proposal.format))
        row("CO2e (known parts)", "碳排放（已知部分）", formatFixed(*co2, 1) + t(" t", " 公噸"));
    h << "</table>";
}

void lettersChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (c.book.letters.empty()) {
        h << "<p class=\"todo\">" << t("No letters recorded yet.", "尚未記錄任何信函。") << "</p>";
        return;
    }
    h << "<table class=\"t\"><tr><th>" << t("From", "來函單位") << "</th><th>" << t("Status", "狀態") << "</th><th>" << t("Date", "日期") << "</th></tr>";
    for (const auto &l : c.book.letters)
        h << "<tr><td>" << e(l.from.get(c.lang)) << "</td><td>"
          << (l.status == LetterStatus::Received ? t("received", "已取得") : t("requested", "已請求")) << "</td><td>" << e(l.date) << "</td></tr>";
    h << "</table>";
}

void destinationChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (!c.destResult || !c.comparison) {
        h << "<p>" << t("No destination comparison in the project.", "專案中沒有目的地比較。") << "</p>";
        return;
    }
    const auto &cmp = *c.comparison;
    const auto &r = *c.destResult;
    h << "<p>" << t("Scored with the host association's criteria (", "依主辦學會的準則評分（") << mcda::methodName(r.score.method) << t(").", "）。")
      << "</p><table class=\"t\"><tr><th>#</th><th>" << t("Destination", "目的地") << "</th><th>" << t("Score", "分數") << "</th></tr>";
    std::vector<std::size_t> order(cmp.destinations.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return r.score.ranks[a] < r.score.ranks[b]; });
    for (auto i : order) {
        const std::string name = e(cmp.destinations[i].name.get(c.lang));
        h << "<tr><td>" << r.score.ranks[i] << "</td><td>" << (i == r.ours ? "<b>" + name + "</b>" : name) << "</td><td align=\"right\">"
          << formatScore(r.score.scores(static_cast<Eigen::Index>(i))) << "</td></tr>";
    }
    h << "</table><p>" << t("Criterion by criterion, against the best competitor:", "逐項與最佳競爭者比較：") << "</p><table class=\"t\"><tr><th>"
      << t("Criterion", "準則") << "</th><th>" << t("Us", "我方") << "</th><th>" << t("Best competitor", "最佳競爭者") << "</th><th></th></tr>";
    for (const auto &o : r.outcomes) {
        const auto &k = cmp.criteria[o.criterion];
        h << "<tr><td>" << e(k.name.get(c.lang)) << "</td><td align=\"right\">" << e(formatGrouped(o.ours) + " " + k.unit) << "</td><td>"
          << e(cmp.destinations[o.bestCompetitor].name.get(c.lang)) << " " << e(formatGrouped(o.best)) << "</td><td>" << outcomeName(o.outcome, c.lang)
          << "</td></tr>";
    }
    h << "</table>";
    if (r.smallest) {
        const auto &w = r.changes[*r.smallest];
        h << "<p>" << t("What it would take to win: ", "勝出所需：") << e(cmp.criteria[w.criterion].name.get(c.lang)) << " " << e(formatGrouped(w.from))
          << " → " << e(formatGrouped(w.suggested.value_or(w.from))) << t(" (verified by re-scoring).", "（已重新評分驗證）。") << "</p>";
    }
}

void venueChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto *v = c.venue();
    if (!v) {
        h << "<p>" << t("No venue passes the must-haves.", "沒有場地通過必要條件。") << "</p>";
        return;
    }
    h << "<p><b>" << e(v->name.get(c.lang)) << "</b>, " << e(v->city.get(c.lang)) << "</p><table class=\"t\"><tr><th>" << t("Fact", "資料") << "</th><th>"
      << t("Value", "數值") << "</th><th>" << t("Source / basis", "來源／估計依據") << "</th><th>" << t("As of", "資料日期") << "</th></tr>";
    const auto row = [&](const std::string &id, const Fact &f) {
        const std::string value = f.value ? formatFactAmount(*f.value, f.currency) : std::string(t("unknown", "未知"));
        const std::string src = f.source ? *f.source : (f.estimate && f.basis ? std::string(t("estimate: ", "估計：")) + *f.basis : std::string());
        h << "<tr><td>" << e(factLabel(c.p, id, c.lang)) << "</td><td align=\"right\">" << e(value) << "</td><td class=\"note\">" << e(src)
          << "</td><td>" << e(f.asOf.value_or("")) << "</td></tr>";
    };
    for (const auto &[id, f] : v->attributes)
        row(id, f);
    for (const auto &[id, f] : v->costs)
        row(id, f);
    h << "</table><p>" << t("How it compares (venue ranking, ", "與其他場地比較（場地排名，") << mcda::methodName(c.method) << t("):", "）：")
      << "</p><table class=\"t\"><tr><th>#</th><th>" << t("Venue", "場地") << "</th><th>" << t("Score", "分數") << "</th></tr>";
    for (std::size_t i = 0; i < c.ranking.ranked.size() && i < 5; ++i) {
        const auto &rv = c.ranking.ranked[i];
        h << "<tr><td>" << rv.rank << "</td><td>" << e(c.p.venues[rv.venue].name.get(c.lang)) << "</td><td align=\"right\">" << formatScore(rv.score)
          << "</td></tr>";
    }
    h << "</table>";
}

void accommodationChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto &q = c.p.requirements;
    h << "<table class=\"t\">";
    if (q.roomNights)
        h << "<tr><td>" << t("Room-nights required", "所需住房間夜數") << "</td><td align=\"right\">" << formatGrouped(*q.roomNights) << "</td></tr>";
    if (const auto *v = c.venue())
        for (const auto &[id, f] : v->attributes)
            if (id == "hotel_rooms_nearby")
                h << "<tr><td>" << e(factLabel(c.p, id, c.lang)) << "</td><td align=\"right\">"
                  << (f.value ? formatGrouped(*f.value) : std::string(t("unknown", "未知"))) << "</td></tr>";
    h << "</table>";
}

void budgetChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (!c.budget) {
        h << "<p>" << t("No budget in the project.", "專案中沒有預算。") << "</p>";
        return;
    }
    const auto &cur = c.p.meta.currency;
    h << "<p>" << t("The likely scenario per format, in ", "各型式之可能情境，單位 ") << e(cur)
      << t("; the proposed format is marked ★. The same figures as venuebid-cli budget.", "；★ 為建議型式。與 venuebid-cli budget 相同。")
      << "</p><table class=\"t\"><tr><th></th>";
    for (auto f : kAllFormats)
        h << "<th>" << (f == c.proposal.format ? "★ " : "") << formatName(f, c.lang) << "</th>";
    h << "</tr>";
    const auto row = [&](const char *en, const char *zh, auto value) {
        h << "<tr><td>" << t(en, zh) << "</td>";
        for (auto f : kAllFormats)
            h << "<td align=\"right\">" << value(c.budget->formats[static_cast<std::size_t>(f)]) << "</td>";
        h << "</tr>";
    };
    row("Attendance (on site + online)", "出席（實體＋線上）",
        [](const FormatSummary &s) { return groupThousands(s.likely.drivers.onsite + s.likely.drivers.online); });
    row("Costs before tax (未稅)", "成本（未稅）", [](const FormatSummary &s) { return groupThousands(s.likely.costs.beforeTax()); });
    row("Business tax", "營業稅", [](const FormatSummary &s) { return groupThousands(s.likely.costs.tax); });
    row("Costs with tax (含稅)", "成本（含稅）", [](const FormatSummary &s) { return groupThousands(s.likely.costs.total); });
    row("Revenue", "收入", [](const FormatSummary &s) { return groupThousands(s.likely.revenue.total); });
    row("Surplus", "盈餘", [](const FormatSummary &s) { return groupThousands(s.likely.surplus()); });
    row("Break-even attendance", "損益兩平人數", [&](const FormatSummary &s) {
        return s.breakEven.attendeesNeeded ? groupThousands(*s.breakEven.attendeesNeeded) : std::string(t("not reached", "無法達到"));
    });
    row("ROI", "投資報酬率", [](const FormatSummary &s) { return s.roiPercent ? formatFixed(*s.roiPercent, 2) + " %" : std::string("–"); });
    h << "</table>";
    const auto &fb = *c.formatBudget();
    const auto b = budgetOf(c.p);
    h << "<p>" << t("Revenue of the proposed format by source:", "建議型式之收入來源：") << "</p><table class=\"t\">";
    for (int k = 0; k < kRevenueTypeCount; ++k)
        if (fb.likely.revenue.byType[static_cast<std::size_t>(k)] != 0)
            h << "<tr><td>" << revenueTypeName(static_cast<RevenueType>(k), c.lang) << "</td><td align=\"right\">"
              << groupThousands(fb.likely.revenue.byType[static_cast<std::size_t>(k)]) << "</td></tr>";
    h << "</table><p class=\"note\">" << t("Contingency ", "預備金 ") << formatFixed(b.contingencyBp / 100.0, 0) << t(" %, business tax ", " %，營業稅 ")
      << formatFixed(b.taxBp / 100.0, 0) << t(" % on subtotal + service charge (營業稅法 §10, §16).", " %，以小計加服務費計（營業稅法第10、16條）。") << "</p>";
}

/** Public support schemes for international meetings in Taiwan (docs/sources.md#support); amounts as published, to verify. */
void supportChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (c.comparison) {
        bool any = false;
        const auto ours = c.comparison->oursIndex();
        for (std::size_t j = 0; j < c.comparison->criteria.size() && ours; ++j) {
            const auto &k = c.comparison->criteria[j];
            if (k.group != destinations::Group::Financial)
                continue;
            if (!any)
                h << "<p>" << t("Our financial offer in the destination comparison:", "目的地比較中的我方財務條件：") << "</p><table class=\"t\">";
            any = true;
            const auto &f = c.comparison->destinations[*ours].values[j];
            h << "<tr><td>" << e(k.name.get(c.lang)) << "</td><td align=\"right\">" << e(f.value ? formatGrouped(*f.value) + " " + k.unit : "–")
              << "</td></tr>";
        }
        if (any)
            h << "</table>";
    }
    h << "<p>" << t("Public support schemes (verify the current terms before quoting them):", "公開補助方案（引用前請確認最新規定）：")
      << "</p><table class=\"t\"><tr><th>" << t("Scheme", "方案") << "</th><th>" << t("Support", "補助") << "</th><th>" << t("Source", "來源")
      << "</th></tr>"
      << "<tr><td>MEET TAIWAN " << t("bidding incentive", "申辦獎勵") << "</td><td>" << t("up to US$16,700 per bid", "每案最高 16,700 美元")
      << "</td><td class=\"note\">https://www.meetings-conventions-asia.com/News/Convention-Bureau/CVB-Update-MEET-TAIWAN</td></tr>"
      << "<tr><td>" << t("Kaohsiung City international conference subsidy", "高雄市國際會議補助") << "</td><td>"
      << t("NT$100,000–800,000 per conference (event over 2 days; apply 1–3 months ahead)", "每案新臺幣 10 萬至 80 萬元（會期 2 天以上；1 至 3 個月前申請）")
      << "</td><td class=\"note\">https://khmice.org.tw/khmice-en/xmdoc/cont?xsmsid=0N240551851712162219</td></tr>"
      << "<tr><td>" << t("Taipei City sponsorship", "臺北市會議補助") << "</td><td>"
      << t("international meeting: ≥ 100 people from ≥ 5 countries, foreigners ≥ 80 or ≥ 40 %", "國際會議：100 人以上、5 國以上，外籍 80 人以上或 40 % 以上")
      << "</td><td class=\"note\">https://travel.taipei/en/information/sponsorship</td></tr>"
      << "<tr><td>" << t("Side-trip tourism subsidy (2026)", "順道觀光補助（2026）") << "</td><td>"
      << t("up to NT$600,000 per case; NT$2,000 per person and trip within 3 days before or after", "每案最高新臺幣 60 萬元；會前後 3 日內每人每趟 2,000 元")
      << "</td><td class=\"note\">https://udn.com/news/story/7238/9328923</td></tr></table>";
}

void hybridChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto &q = c.p.requirements;
    h << "<table class=\"t\"><tr><th>" << t("Format", "型式") << "</th><th>" << t("On site", "實體") << "</th><th>" << t("Online", "線上") << "</th><th>"
      << t("CO2e (t, known parts)", "CO2e（公噸，已知部分）") << "</th></tr>";
    for (auto f : kAllFormats) {
        const auto a = q.attendance(f);
        const auto co2 = c.co2eTonnes(f);
        h << "<tr><td>" << (f == c.proposal.format ? "★ " : "") << formatName(f, c.lang) << "</td><td align=\"right\">" << formatGrouped(a.onsite)
          << "</td><td align=\"right\">" << formatGrouped(a.online) << "</td><td align=\"right\">" << (co2 ? formatFixed(*co2, 1) : std::string("–"))
          << "</td></tr>";
    }
    h << "</table>";
    const auto opts = analyseOptions(c.p, c.method);
    if (opts.recommendation)
        h << "<p>" << e(opts.recommendation->text(c.lang)) << "</p>";
    if (c.analysis.formats) {
        const auto &pk = c.analysis.formats->costs[static_cast<std::size_t>(EventFormat::Hybrid)];
        if (!pk.empty()) {
            h << "<p>" << t("Hybrid package (streaming and platform):", "混合型套裝（直播與平台）：") << "</p><table class=\"t\">";
            for (const auto &[id, f] : pk) {
                std::string label = id; // "streaming_production" → "streaming production"
                std::replace(label.begin(), label.end(), '_', ' ');
                h << "<tr><td>" << e(label) << "</td><td align=\"right\">" << e(f.value ? f.currency + " " + formatGrouped(*f.value) : "–")
                  << "</td><td class=\"note\">" << e(f.basis.value_or(f.source.value_or(""))) << "</td></tr>";
            }
            h << "</table>";
        }
    }
}

} // namespace

std::string bidBookHtml(const Project &p, Lang lang, mcda::Method method)
{
    const Context c(p, lang, method);
    const auto &t = c.t;
    std::ostringstream h;
    h << html::head(e(c.congress()));
    h << "<h1>" << t("Bid proposal", "競標企劃書") << "</h1><p><b>" << e(c.congress()) << "</b><br/>";
    if (!c.destination().empty())
        h << e(c.destination()) << "<br/>";
    h << e(p.requirements.startDate) << " – " << e(p.requirements.endDate) << "<br/>" << t("Host: ", "主辦：") << e(p.meta.client.get(lang)) << "</p>";
    h << "<p><b>" << t("Contents", "目錄") << "</b></p><ol>";
    for (auto ch : kAllChapters)
        h << "<li>" << chapterTitle(ch, lang) << "</li>";
    h << "</ol>";
    int n = 0;
    for (auto ch : kAllChapters) {
        h << "<h2>" << ++n << ". " << chapterTitle(ch, lang) << "</h2>" << narrativeHtml(c.book, ch, lang);
        switch (ch) {
        case Chapter::Letters: lettersChapter(h, c); break;
        case Chapter::Summary: keyFacts(h, c); break;
        case Chapter::Host: h << "<p>" << t("Host: ", "主辦單位：") << e(p.meta.client.get(lang)) << "</p>"; break;
        case Chapter::Destination: destinationChapter(h, c); break;
        case Chapter::Venue: venueChapter(h, c); break;
        case Chapter::Accommodation: accommodationChapter(h, c); break;
        case Chapter::Scientific:
        case Chapter::Social: break;
        case Chapter::Budget: budgetChapter(h, c); break;
        case Chapter::Support: supportChapter(h, c); break;
        case Chapter::Sustainability: h << co2eHtml(p, lang); break;
        case Chapter::Hybrid: hybridChapter(h, c); break;
        case Chapter::Risk: h << contingencyHtml(p, lang, method); break;
        }
    }
    h << "<p class=\"note\">" << t("Generated by VenueBid from ", "由 VenueBid 產生，依據 ") << e(p.meta.title.get(lang)) << ".</p></body></html>";
    return h.str();
}

std::string pitchDeckHtml(const Project &p, Lang lang, mcda::Method method)
{
    const Context c(p, lang, method);
    const auto &t = c.t;
    std::ostringstream h;
    // Sizes for a 254 × 142.9 mm page; every slide starts with an h1 that breaks the page.
    h << html::head(e(c.congress()), " body,p,td,th,li{font-size:17pt} h1{font-size:28pt;color:#1f4e79;page-break-before:always} "
                                      "h1.first{page-break-before:auto} .big{font-size:26pt;font-weight:bold;color:#1f4e79} "
                                      "table.t td,table.t th{padding:5px}");
    const auto firstParagraph = [&](Chapter ch) {
        const std::string &text = c.book.narrative[static_cast<std::size_t>(ch)].get(lang);
        const auto cut = text.find('\n');
        return e(cut == std::string::npos ? text : text.substr(0, cut));
    };
    // 1 Title
    h << "<h1 class=\"first\">" << e(c.congress()) << "</h1><p class=\"big\">" << e(c.destination()) << "</p><p>" << e(p.requirements.startDate)
      << " – " << e(p.requirements.endDate) << "<br/>" << e(p.meta.client.get(lang)) << "</p><p>" << t("Bid presentation", "申辦簡報") << "</p>";
    // 2 Why us
    h << "<h1>" << t("Why ", "為何選擇") << e(c.destination()) << t("", "？") << "</h1><p>" << firstParagraph(Chapter::Summary) << "</p>";
    if (c.destResult && c.comparison) {
        h << "<ul>";
        for (const auto &o : c.destResult->outcomes)
            if (o.outcome == destinations::Outcome::Win)
                h << "<li>" << e(c.comparison->criteria[o.criterion].name.get(lang)) << ": " << e(formatGrouped(o.ours)) << " "
                  << e(c.comparison->criteria[o.criterion].unit) << "</li>";
        h << "</ul>";
    }
    // 3 Venue
    if (const auto *v = c.venue()) {
        h << "<h1>" << t("The venue", "會議場地") << "</h1><p class=\"big\">" << e(v->name.get(lang)) << "</p><table class=\"t\">";
        for (const auto &[id, f] : v->attributes)
            if (f.value)
                h << "<tr><td>" << e(factLabel(p, id, lang)) << "</td><td align=\"right\">" << formatGrouped(*f.value) << "</td></tr>";
        h << "</table>";
    }
    // 4 Format
    h << "<h1>" << t("Format and hybrid plan", "會議型式與混合規劃") << "</h1><p class=\"big\">" << formatName(c.proposal.format, lang) << "</p>";
    {
        const auto a = p.requirements.attendance(c.proposal.format);
        h << "<p>" << formatGrouped(a.onsite) << t(" on site, ", " 人實體，") << formatGrouped(a.online) << t(" online", " 人線上") << "</p>";
        // The slide keeps the recommendation short: the deciding criteria only (the bid book has the sentence).
        const auto opts = analyseOptions(p, method);
        if (opts.recommendation && !opts.recommendation->deciding.empty()) {
            std::string names;
            for (const auto &[j, share] : opts.recommendation->deciding)
                names += (names.empty() ? "" : t(", ", "、")) + p.criteria[j].name.get(lang);
            h << "<p>" << t("Deciding criteria: ", "關鍵準則：") << e(names) << "</p>";
        }
    }
    // 5 Budget
    if (const auto *fb = c.formatBudget()) {
        const auto &cur = p.meta.currency;
        h << "<h1>" << t("Financial model", "財務模型") << "</h1><table class=\"t\">"
          << "<tr><td>" << t("Total cost (tax incl.)", "總成本（含稅）") << "</td><td align=\"right\">" << formatAmount(fb->likely.costs.total, cur) << "</td></tr>"
          << "<tr><td>" << t("Revenue", "收入") << "</td><td align=\"right\">" << formatAmount(fb->likely.revenue.total, cur) << "</td></tr>"
          << "<tr><td><b>" << t("Surplus", "盈餘") << "</b></td><td align=\"right\"><b>" << formatAmount(fb->likely.surplus(), cur) << "</b></td></tr>"
          << "<tr><td>" << t("Break-even attendance", "損益兩平人數") << "</td><td align=\"right\">"
          << (fb->breakEven.attendeesNeeded ? formatCount(*fb->breakEven.attendeesNeeded) : std::string(t("not reached", "無法達到")))
          << "</td></tr></table>";
    }
    // 6 Support
    h << "<h1>" << t("Destination support", "目的地支持") << "</h1><p>" << firstParagraph(Chapter::Support) << "</p><ul>";
    for (const auto &l : c.book.letters)
        h << "<li>" << e(l.from.get(lang)) << (l.status == LetterStatus::Received ? t(" ✓ letter received", " ✓ 已取得支持函") : t(" (letter requested)", "（已請求支持函）"))
          << "</li>";
    h << "</ul>";
    // 7 Sustainability
    if (c.analysis.sustainability) {
        h << "<h1>" << t("Sustainability", "永續") << "</h1><table class=\"t\"><tr><th>" << t("Format", "型式") << "</th><th>"
          << t("CO2e (t, known parts)", "CO2e（公噸，已知部分）") << "</th></tr>";
        for (auto f : kAllFormats)
            h << "<tr><td>" << (f == c.proposal.format ? "★ " : "") << formatName(f, lang) << "</td><td align=\"right\">" << formatFixed(*c.co2eTonnes(f), 1)
              << "</td></tr>";
        h << "</table>";
    }
    // 8 Risk
    if (!c.analysis.scenarios.empty()) {
        h << "<h1>" << t("Risk and contingency", "風險與備案") << "</h1><table class=\"t\"><tr><th>" << t("Scenario", "情境") << "</th><th>"
          << t("Fallback", "備案") << "</th><th>" << t("Decide by", "決策期限") << "</th></tr>";
        for (const auto &s : c.analysis.scenarios)
            h << "<tr><td>" << e(s.name.get(lang)) << "</td><td>" << (s.contingency ? formatName(s.contingency->fallbackFormat, lang) : "–") << "</td><td>"
              << (s.contingency ? e(s.contingency->triggerDate) : "–") << "</td></tr>";
        h << "</table>";
    }
    // 9 Close
    h << "<h1>" << t("Thank you", "謝謝") << "</h1><p class=\"big\">" << e(c.congress()) << "</p><p>" << e(p.meta.client.get(lang)) << "</p></body></html>";
    return h.str();
}

std::string tenderOutlineHtml(const Project &p, Lang lang)
{
    const Tr t{lang};
    std::ostringstream h;
    const auto tn = tender::tenderOf(p);
    const auto book = bidBookOf(p);
    h << html::head(e(tn.title.get(lang)));
    h << "<h1>" << t("Service proposal outline (服務建議書)", "服務建議書大綱") << "</h1><p><b>" << e(tn.title.get(lang)) << "</b></p>";
    std::int64_t totalPoints = 0;
    for (const auto &it : tn.items)
        totalPoints += it.points;
    // our bidder and the per-item average of each bidder over the attending members
    std::optional<std::size_t> ours;
    for (std::size_t i = 0; i < tn.bidders.size(); ++i)
        if (book.tenderBidder && tn.bidders[i].id == *book.tenderBidder)
            ours = i;
    const auto margins = ours ? tender::itemMargins(tn, *ours) : std::vector<tender::ItemMargin>{};
    std::vector<std::size_t> order(tn.items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return tn.items[a].points > tn.items[b].points; });
    h << "<p>" << t("One chapter per evaluation item (評選項目), heaviest first: write where the points are. ", "每個評選項目一章，配分高者在前：把篇幅放在分數所在之處。");
    if (ours)
        h << t("Self-scored averages of our bid (", "我方自評平均（") << e(tn.bidders[*ours].name) << t(") against the best competitor on each item.", "）與各項最佳競爭者比較。");
    h << "</p><table class=\"t\"><tr><th>" << t("Chapter", "章") << "</th><th>" << t("Evaluation item", "評選項目") << "</th><th>" << t("Points", "配分")
      << "</th><th>" << t("Share", "占比") << "</th><th>" << t("What to show", "撰寫重點") << "</th>";
    if (ours)
        h << "<th>" << t("Us", "我方") << "</th><th>" << t("Best competitor", "最佳競爭者") << "</th><th>" << t("Margin", "差距") << "</th>";
    h << "</tr>";
    int chapter = 0;
    for (auto k : order) {
        const auto &it = tn.items[k];
        const char *guide = it.kind == tender::ItemKind::Price
            ? t("Price breakdown by cost category, 未稅/含稅, payment schedule; reasonableness against the budget", "依成本類別之價格明細、未稅／含稅、付款期程；與預算相比之合理性")
            : it.kind == tender::ItemKind::Presentation
            ? t("Slides summarise the proposal and cannot change it (評選辦法 §10); rehearse the Q&A", "簡報僅摘要建議書、不得變更內容（評選辦法第10條）；預演詢答")
            : t("Answer the item's sub-criteria in the tender documents, in their order, with evidence", "依招標文件所列子項順序逐一回應，並附佐證");
        h << "<tr><td>" << ++chapter << "</td><td>" << e(it.name.get(lang)) << "</td><td align=\"right\">" << it.points << "</td><td align=\"right\">"
          << (totalPoints > 0 ? formatFixed(100.0 * static_cast<double>(it.points) / static_cast<double>(totalPoints), 1) + " %" : std::string("–"))
          << "</td><td>" << e(guide) << "</td>";
        if (ours) {
            const auto &m = margins[k];
            h << "<td align=\"right\">" << (m.ours ? formatFixed(*m.ours, 2) : "–") << "</td><td align=\"right\">" << (m.best ? formatFixed(*m.best, 2) : "–")
              << "</td><td align=\"right\">" << (m.margin() ? formatSignedFixed(*m.margin(), 2) : std::string("–")) << "</td>";
        }
        h << "</tr>";
    }
    h << "</table>";
    const auto checks = tender::checkSetup(tn);
    if (!checks.empty()) {
        h << "<p><b>" << t("Setup checks", "評選設定檢查") << "</b></p><ul>";
        for (const auto &d : checks)
            h << "<li>" << e(d.message) << "</li>";
        h << "</ul>";
    }
    h << "<p class=\"note\">" << t("Rules: 政府採購法 §52, §56; 最有利標評選辦法 §10 (presentation ≤ 20 %), §16/§17 (price 20–50 % when scored); "
                                   "verify the current text on law.moj.gov.tw.",
                                   "依據：政府採購法第52、56條；最有利標評選辦法第10條（簡報不超過20%）、第16/17條（價格納入評分時占20%至50%）；"
                                   "請至 law.moj.gov.tw 確認最新條文。")
      << "</p></body></html>";
    return h.str();
}

} // namespace vb::bid
