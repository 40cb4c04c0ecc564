// SPDX-License-Identifier: GPL-3.0-or-later
#include "biddocuments.h"

#include "analysis.h"
#include "bidbook.h"
#include "budgetcalc.h"
#include "budgetcharts.h"
#include "budgetreport.h"
#include "clientbrief.h"
#include "co2echart.h"
#include "destinations.h"
#include "factlabel.h"
#include "htmlparts.h"
#include "messages.h"
#include "numbers.h"
#include "optionsanalysis.h"
#include "quote.h"
#include "suitabilityreport.h"
#include "tender.h"
#include "units.h"
#include "venueranking.h"

#include <algorithm>
#include <sstream>

namespace vb::bid {

namespace {


std::string e(std::string_view s)
{
    return htmlEscape(s);
}

/** The user's narrative as paragraphs (a blank line or a line break starts a new one), or a visible reminder. */
std::string narrativeHtml(const BidBook &b, Chapter c, Lang lang)
{
    const LangText t{lang};
    const std::string &text = b.narrative[static_cast<std::size_t>(c)].get(lang);
    if (text.empty())
        return "<p class=\"todo\">" + t("bid.narrative_missing", {chapterKey(c)}) + "</p>";
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

/** The sources the bid book's tables cite, numbered in the order they are first cited: a table shows "[n]" and the
 *  Sources section lists each source once, one line each, instead of a URL in every cell. */
struct Notes {
    std::vector<std::string> texts;
    /** The note number of text (1-based; the same text keeps its number), or 0 for an empty text. */
    int cite(const std::string &text)
    {
        if (text.empty())
            return 0;
        const auto at = std::find(texts.begin(), texts.end(), text);
        if (at != texts.end())
            return static_cast<int>(at - texts.begin()) + 1;
        texts.push_back(text);
        return static_cast<int>(texts.size());
    }
    /** A table cell with the note number of text ("[3]"), empty without a source. */
    std::string cell(const std::string &text)
    {
        const int n = cite(text);
        return "<td align=\"center\" class=\"note\">" + (n > 0 ? "[" + std::to_string(n) + "]" : std::string()) + "</td>";
    }
};

/** Everything the chapters share, computed once. */
struct Context {
    const Project &p;
    Lang lang;
    LangText t;
    mcda::Method method;
    BidBook book;
    Proposal proposal;
    VenueRanking ranking;
    std::optional<BudgetSummary> budget;
    std::optional<destinations::Comparison> comparison;
    std::optional<destinations::Result> destResult;
    AnalysisData analysis;
    mutable Notes notes; ///< filled as the chapters cite their sources, listed at the end

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
    case destinations::Outcome::Win: return tr(l, "bid.ahead");
    case destinations::Outcome::Tie: return tr(l, "bid.level");
    case destinations::Outcome::Lose: return tr(l, "bid.behind");
    }
    return "";
}

/** The deciding criteria of a format recommendation: "Risk exposure, Reach" / "風險暴露、觸及人數". */
std::string decidingNames(const Project &p, const Recommendation &r, Lang lang)
{
    std::string names;
    for (const auto &[j, share] : r.deciding)
        names += (names.empty() ? "" : tr(lang, "bid.list_separator")) + p.criteria[j].name.get(lang);
    return names;
}

/** A hybrid or online package cost: the catalogue's name for the template ids, else the id with spaces. */
std::string packageLabel(const std::string &id, Lang lang)
{
    if (id == "streaming_production")
        return tr(lang, "bid.package_streaming_production");
    if (id == "platform_licence" || id == "platform_license")
        return tr(lang, "bid.package_platform_licence");
    std::string label = id; // "captioning_service" → "captioning service"
    std::replace(label.begin(), label.end(), '_', ' ');
    return label;
}

void keyFacts(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto &q = c.p.requirements;
    const auto row = [&](MsgId label, const std::string &v) {
        h << "<tr><td><b>" << t(label) << "</b></td><td>" << v << "</td></tr>";
    };
    h << "<table class=\"t\">";
    row("bid.congress", e(c.congress()));
    row("common.dates", e(q.startDate + " – " + q.endDate) + " (" + t("common.days", {std::to_string(q.days)}) + ")");
    if (!c.destination().empty())
        row("bid.destination", e(c.destination()));
    row("common.expected_attendance", formatGrouped(q.expectedAttendance));
    // A client document: the proposed venue and format as facts, without their rank or the analysis behind them.
    if (const auto *v = c.venue())
        row("bid.proposed_venue", e(v->name.get(c.lang)));
    row("bid.format", formatName(c.proposal.format, c.lang));
    if (const auto *fb = c.formatBudget()) {
        const auto &cur = c.p.meta.currency;
        row("bid.total_cost_tax_incl", formatAmount(fb->likely.costs.total, cur, c.lang));
        row("common.revenue", formatAmount(fb->likely.revenue.total, cur, c.lang));
        row("bid.surplus", formatAmount(fb->likely.surplus(), cur, c.lang));
        row("bid.break_even_attendance",
            fb->breakEven.attendeesNeeded ? formatCount(*fb->breakEven.attendeesNeeded) : std::string(t("bid.not_reached")));
    }
    if (const auto co2 = c.co2eTonnes(c.proposal.format))
        row("bid.co2e_known_parts", t("bid.tonnes", {formatFixed(*co2, 1)}));
    h << "</table>";
    // The association's past attendance and the forecast for this edition: the client brief's chart, same numbers.
    if (clientOf(c.p)) {
        const auto forecast = forecastAttendance(c.p, std::nullopt, c.lang);
        h << "<p>" << documents::attendanceHistoryChart(c.p, forecast, c.lang) << "</p><p class=\"note\">"
          << e(t("brief.chart", {forecast ? std::to_string(forecast->targetYear) : std::string("—")})) << "</p>";
    }
}

void lettersChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (c.book.letters.empty()) {
        h << "<p class=\"todo\">" << t("bid.no_letters_recorded_yet") << "</p>";
        return;
    }
    h << "<table class=\"t\"><tr><th>" << t("bid.from") << "</th><th>" << t("bid.status") << "</th><th>" << t("bid.date") << "</th></tr>";
    for (const auto &l : c.book.letters)
        h << "<tr><td>" << e(l.from.get(c.lang)) << "</td><td>"
          << (l.status == LetterStatus::Received ? t("bid.received") : t("bid.requested")) << "</td><td>" << e(l.date) << "</td></tr>";
    h << "</table>";
}

/** Our strengths as a destination: the criteria where we lead the best competitor, with our value and its unit. The
 *  ranking, the criteria where we are level or behind and what it would take to win are in the internal annex. */
void destinationChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (!c.destResult || !c.comparison)
        return;
    const auto &cmp = *c.comparison;
    bool any = false;
    for (const auto &o : c.destResult->outcomes) {
        if (o.outcome != destinations::Outcome::Win)
            continue;
        if (!any)
            h << "<p>" << t("bid.our_strengths", {e(c.destination())}) << "</p><table class=\"t\"><tr><th>" << t("common.criterion") << "</th><th>"
              << t("bid.our_offer") << "</th></tr>";
        any = true;
        const auto &k = cmp.criteria[o.criterion];
        h << "<tr><td>" << e(k.name.get(c.lang)) << "</td><td align=\"right\">" << e(quantityText(o.ours, k.unit, c.lang)) << "</td></tr>";
    }
    if (any)
        h << "</table>";
}

void venueChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto *v = c.venue();
    if (!v) {
        h << "<p>" << t("bid.no_venue_passes_the_must_haves") << "</p>";
        return;
    }
    h << "<p><b>" << e(v->name.get(c.lang)) << "</b>, " << e(v->city.get(c.lang)) << "</p><table class=\"t\"><tr><th>" << t("common.fact") << "</th><th>"
      << t("common.value") << "</th><th>" << t("bid.note") << "</th><th>" << t("common.as_of") << "</th></tr>";
    const auto row = [&](const std::string &id, const Fact &f) {
        const std::string value = !f.value          ? std::string(t("common.unknown"))
                                  : !f.currency.empty() ? formatFactAmount(*f.value, currencyLabel(f.currency, c.lang))
                                                        : quantityText(*f.value, factUnit(c.p, id), c.lang);
        const auto &basis = f.basisFor(c.lang == Lang::ZhTW); // the reader's language when the file gives both
        const std::string src = f.source ? *f.source : (f.estimate && basis ? std::string(t("common.estimate")) + *basis : std::string());
        h << "<tr><td>" << e(factLabel(c.p, id, c.lang)) << "</td><td align=\"right\">" << e(value) << "</td>" << c.notes.cell(src) << "<td>"
          << e(f.asOf.value_or("")) << "</td></tr>";
    };
    for (const auto &[id, f] : v->attributes)
        row(id, f);
    for (const auto &[id, f] : v->costs)
        row(id, f);
    h << "</table>";
}

void accommodationChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto &q = c.p.requirements;
    h << "<table class=\"t\">";
    if (q.roomNights)
        h << "<tr><td>" << t("bid.room_nights_required") << "</td><td align=\"right\">" << formatGrouped(*q.roomNights) << "</td></tr>";
    if (const auto *v = c.venue())
        for (const auto &[id, f] : v->attributes)
            if (id == "hotel_rooms_nearby")
                h << "<tr><td>" << e(factLabel(c.p, id, c.lang)) << "</td><td align=\"right\">"
                  << (f.value ? formatGrouped(*f.value) : std::string(t("common.unknown"))) << "</td></tr>";
    h << "</table>";
}

} // namespace

namespace {

void budgetChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    if (!c.budget) {
        h << "<p>" << t("bid.no_budget_in_the_project") << "</p>";
        return;
    }
    const auto &cur = c.p.meta.currency;
    h << "<p>" << t("bid.likely_scenario_per_format", {e(cur)})
      << "</p><table class=\"t\"><tr><th></th>";
    for (auto f : kAllFormats)
        h << "<th>" << (f == c.proposal.format ? "★ " : "") << formatName(f, c.lang) << "</th>";
    h << "</tr>";
    const auto row = [&](MsgId label, auto value) {
        h << "<tr><td>" << t(label) << "</td>";
        for (auto f : kAllFormats)
            h << "<td align=\"right\">" << value(c.budget->formats[static_cast<std::size_t>(f)]) << "</td>";
        h << "</tr>";
    };
    row("bid.attendance_on_site_online",
        [](const FormatSummary &s) { return groupThousands(s.likely.drivers.onsite + s.likely.drivers.online); });
    row("bid.costs_before_tax", [](const FormatSummary &s) { return groupThousands(s.likely.costs.beforeTax()); });
    row("common.business_tax", [](const FormatSummary &s) { return groupThousands(s.likely.costs.tax); });
    row("bid.costs_with_tax", [](const FormatSummary &s) { return groupThousands(s.likely.costs.total); });
    row("common.revenue", [](const FormatSummary &s) { return groupThousands(s.likely.revenue.total); });
    row("bid.surplus", [](const FormatSummary &s) { return groupThousands(s.likely.surplus()); });
    row("bid.break_even_attendance", [&](const FormatSummary &s) {
        return s.breakEven.attendeesNeeded ? groupThousands(*s.breakEven.attendeesNeeded) : std::string(t("bid.not_reached"));
    });
    row("bid.roi", [](const FormatSummary &s) { return s.roiPercent ? formatFixed(*s.roiPercent, 2) + " %" : std::string("–"); });
    h << "</table>";
    const auto &fb = *c.formatBudget();
    const auto b = budgetOf(c.p);
    if (fb.likely.costs.beforeTax() > 0)
        h << "<p>" << t("bid.chart_costs_by_category", {formatName(c.proposal.format, c.lang), currencyLabel(cur, c.lang)}) << "</p><p>"
          << svg::barChartSvg(budgetCategoryChart(c.p, *c.budget, c.lang, c.proposal.format)) << "</p>";
    // Revenue against cost as attendance varies, the break-even marked: the budget page's chart, same numbers. After
    // the costs' chart: it carries its title inside, so where a page breaks no caption is left without its chart.
    if (const auto chart = breakEvenChart(c.p, b, fb, c.proposal.format, c.lang); !chart.xs.empty())
        h << "<p>" << svg::lineChartSvg(chart) << "</p>";
    h << "<p>" << t("bid.revenue_of_the_proposed_format_by_source") << "</p><table class=\"t\">";
    for (int k = 0; k < kRevenueTypeCount; ++k)
        if (fb.likely.revenue.byType[static_cast<std::size_t>(k)] != 0)
            h << "<tr><td>" << revenueTypeName(static_cast<RevenueType>(k), c.lang) << "</td><td align=\"right\">"
              << groupThousands(fb.likely.revenue.byType[static_cast<std::size_t>(k)]) << "</td></tr>";
    h << "</table><p class=\"note\">" << t("bid.contingency_and_tax", {formatFixed(b.contingencyBp / 100.0, 0), formatFixed(b.taxBp / 100.0, 0)});
    for (const auto &line : taxBasisText(b, c.lang))
        h << " " << e(line);
    h << "</p>";
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
                h << "<p>" << t("bid.our_financial_offer_in_the_destination") << "</p><table class=\"t\">";
            any = true;
            const auto &f = c.comparison->destinations[*ours].values[j];
            h << "<tr><td>" << e(k.name.get(c.lang)) << "</td><td align=\"right\">" << e(f.value ? formatGrouped(*f.value) + " " + unitText(k.unit, c.lang) : "–")
              << "</td></tr>";
        }
        if (any)
            h << "</table>";
    }
    // Each scheme's published terms, cited by note number (the URLs are in the Sources section).
    struct Scheme {
        std::string name;
        const char *support;
        const char *url;
    };
    const Scheme schemes[] = {
        {"MEET TAIWAN " + std::string(t("bid.bidding_incentive")), t("bid.up_to_us_16_700_per_bid"),
         "https://www.meetings-conventions-asia.com/News/Convention-Bureau/CVB-Update-MEET-TAIWAN"},
        {t("bid.kaohsiung_city_international_conference"), t("bid.nt_100_000_800_000_per_conference_event"),
         "https://khmice.org.tw/khmice-en/xmdoc/cont?xsmsid=0N240551851712162219"},
        {t("bid.taipei_city_sponsorship"), t("bid.international_meeting_100_people_from_5"), "https://travel.taipei/en/information/sponsorship"},
        {t("bid.side_trip_tourism_subsidy_2026"), t("bid.up_to_nt_600_000_per_case_nt_2_000_per"), "https://udn.com/news/story/7238/9328923"},
    };
    h << "<p>" << t("bid.public_support_schemes_verify_the") << "</p><table class=\"t\"><tr><th>" << t("bid.scheme") << "</th><th>" << t("bid.support")
      << "</th><th>" << t("bid.note") << "</th></tr>";
    for (const auto &sc : schemes)
        h << "<tr><td>" << sc.name << "</td><td>" << sc.support << "</td>" << c.notes.cell(sc.url) << "</tr>";
    h << "</table>";
}

void hybridChapter(std::ostringstream &h, const Context &c)
{
    const auto &t = c.t;
    const auto &q = c.p.requirements;
    h << "<table class=\"t\"><tr><th>" << t("common.format") << "</th><th>" << t("bid.on_site") << "</th><th>" << t("common.online") << "</th><th>"
      << t("bid.co2e_t_known_parts") << "</th></tr>";
    for (auto f : kAllFormats) {
        const auto a = q.attendance(f);
        const auto co2 = c.co2eTonnes(f);
        h << "<tr><td>" << (f == c.proposal.format ? "★ " : "") << formatName(f, c.lang) << "</td><td align=\"right\">" << formatGrouped(a.onsite)
          << "</td><td align=\"right\">" << formatGrouped(a.online) << "</td><td align=\"right\">" << (co2 ? formatFixed(*co2, 1) : std::string("–"))
          << "</td></tr>";
    }
    h << "</table>";
    // The options analysis' sentence names scores and the method: the annex has it; the client reads the proposal.
    const auto opts = analyseOptions(c.p, c.method);
    if (opts.recommendation && opts.recommendation->format == c.proposal.format && !opts.recommendation->deciding.empty())
        h << "<p>" << t("bid.proposed_format_because", {formatName(c.proposal.format, c.lang), e(decidingNames(c.p, *opts.recommendation, c.lang))})
          << "</p>";
    if (c.analysis.formats) {
        const auto &pk = c.analysis.formats->costs[static_cast<std::size_t>(EventFormat::Hybrid)];
        if (!pk.empty()) {
            h << "<p>" << t("bid.hybrid_package_streaming_and_platform") << "</p><table class=\"t\">";
            for (const auto &[id, f] : pk) {
                const std::string label = packageLabel(id, c.lang);
                h << "<tr><td>" << e(label) << "</td><td align=\"right\">" << e(f.value ? currencyLabel(f.currency, c.lang) + " " + formatGrouped(*f.value) : "–") << "</td>"
                  << c.notes.cell(f.basisFor(c.lang == Lang::ZhTW).value_or(f.source.value_or(""))) << "</tr>";
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
    // Every chapter (and the contents and the sources) starts a page, so no heading is left at the foot of one.
    static constexpr const char *kChapterHeading = "<h2 style=\"page-break-before:always\">";
    h << html::head(e(c.congress()), " .kicker{font-size:16pt;color:#1f4e79} "
                                     "h1.cover{font-size:26pt;color:#1f4e79} table.cover td{padding:4px 10px;font-size:12pt} "
                                     ".src{font-size:8pt;color:#444444;margin:2pt 0}");
    // Cover: what is proposed, for whom, where and when.
    // QTextDocument drops the top margin of a page's first block: an empty large-type line lowers the title instead.
    const std::string logos = html::images(p, lang, "logo", 260, 80), cover = html::images(p, lang, "cover", 600, 320);
    // The PCO's letterhead heads the cover, as it heads the quote and the contract.
    const std::string letterhead = html::letterheadHtml(p, {lang});
    h << letterhead << "<p style=\"font-size:" << (letterhead.empty() ? (logos.empty() ? 90 : 30) : (logos.empty() ? 60 : 16)) << "pt\">&nbsp;</p>" << logos << "<p class=\"kicker\" align=\"center\">" << t("bid.bid_proposal") << "</p><h1 class=\"cover\" align=\"center\">"
      << e(c.congress()) << "</h1><table class=\"cover\" align=\"center\"><tr><td>" << t("bid.host_organisation") << "</td><td><b>"
      << e(p.meta.client.get(lang)) << "</b></td></tr>";
    if (!c.destination().empty())
        h << "<tr><td>" << t("bid.destination") << "</td><td><b>" << e(c.destination()) << "</b></td></tr>";
    h << "<tr><td>" << t("common.dates") << "</td><td><b>" << e(p.requirements.startDate) << " – " << e(p.requirements.endDate) << "</b></td></tr></table>" << cover;
    // The chapters first (they cite the sources), then the contents before them.
    std::ostringstream body;
    int n = 0;
    for (auto ch : kAllChapters) {
        body << kChapterHeading << ++n << ". " << chapterTitle(ch, lang) << "</h2>" << narrativeHtml(c.book, ch, lang);
        switch (ch) {
        case Chapter::Letters: lettersChapter(body, c); break;
        case Chapter::Summary: keyFacts(body, c); break;
        case Chapter::Host: body << "<p>" << t("bid.host_2") << e(p.meta.client.get(lang)) << "</p>"; break;
        case Chapter::Destination: destinationChapter(body, c); break;
        case Chapter::Venue: venueChapter(body, c); break;
        case Chapter::Accommodation: accommodationChapter(body, c); break;
        case Chapter::Scientific:
        case Chapter::Social: break;
        case Chapter::Budget: budgetChapter(body, c); break;
        case Chapter::Support: supportChapter(body, c); break;
        case Chapter::Sustainability: body << co2eHtml(p, lang); break;
        case Chapter::Hybrid: hybridChapter(body, c); break;
        case Chapter::Risk: body << contingencyHtml(p, lang, method); break;
        }
    }
    if (!c.notes.texts.empty()) {
        body << kChapterHeading << t("bid.sources") << "</h2>";
        for (std::size_t i = 0; i < c.notes.texts.size(); ++i)
            body << "<p class=\"src\">[" << i + 1 << "] " << e(c.notes.texts[i]) << "</p>";
    }
    h << kChapterHeading << t("bid.contents") << "</h2><table>";
    n = 0;
    for (auto ch : kAllChapters)
        h << "<tr><td align=\"right\">" << ++n << ".</td><td>" << chapterTitle(ch, lang) << "</td></tr>";
    if (!c.notes.texts.empty())
        h << "<tr><td></td><td>" << t("bid.sources") << "</td></tr>";
    h << "</table>" << body.str();
    // No "generated from" line: the project's working title and the tool are not the client's business.
    h << "</body></html>";
    return html::withRepeatedHeaders(h.str());
}

namespace {

constexpr const char *kInternalCss = " .internal{color:#b00020;font-weight:bold}";
/** A new page for the next section: the internal mark heads it (QTextDocument prints no running header), then the
 *  section's <h2>. */
std::string newInternalPage(Lang lang)
{
    return "<p class=\"internal\" style=\"page-break-before:always\">" + std::string(tr(lang, "bid.internal_banner")) + "</p><h2>";
}

/** The internal documents' mark under their title. */
std::string internalBanner(Lang lang)
{
    return "<p class=\"internal\">" + std::string(tr(lang, "bid.internal_banner")) + "</p>";
}

void annexDestinations(std::ostringstream &h, const Context &c, int &n)
{
    const auto &t = c.t;
    h << "<h2>" << ++n << ". " << t("bid.annex_destination_ranking") << "</h2>";
    if (!c.destResult || !c.comparison) {
        h << "<p>" << t("bid.no_destination_comparison_in_the_project") << "</p>";
        return;
    }
    const auto &cmp = *c.comparison;
    const auto &r = *c.destResult;
    h << "<p><b>" << t("bid.destination_comparison") << t("bid.label_separator")
      << t("bid.destination_rank", {std::to_string(r.score.ranks[r.ours]), std::to_string(cmp.destinations.size())}) << "</b></p><p>"
      << t("bid.scored_with_host_criteria", {methodShortName(r.score.method)}) << "</p><table class=\"t\"><tr><th>#</th><th>" << t("bid.destination") << "</th><th>" << t("common.score") << "</th></tr>";
    std::vector<std::size_t> order(cmp.destinations.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return r.score.ranks[a] < r.score.ranks[b]; });
    for (auto i : order) {
        const std::string name = e(cmp.destinations[i].name.get(c.lang));
        h << "<tr><td>" << r.score.ranks[i] << "</td><td>" << (i == r.ours ? "<b>" + name + "</b>" : name) << "</td><td align=\"right\">"
          << scoreText(r.score.method, r.score.scores(static_cast<Eigen::Index>(i))) << "</td></tr>";
    }
    // Each chapter on its own page under the internal mark: a page taken out of the annex still says it is internal.
    h << "</table>" << newInternalPage(c.lang) << ++n << ". " << t("bid.annex_against_best") << "</h2><p>" << t("bid.criterion_by_criterion_against_the_best")
      << "</p><table class=\"t\"><tr><th>" << t("common.criterion") << "</th><th>" << t("bid.us") << "</th><th>" << t("bid.best_competitor")
      << "</th><th></th></tr>";
    for (const auto &o : r.outcomes) {
        const auto &k = cmp.criteria[o.criterion];
        h << "<tr><td>" << e(k.name.get(c.lang)) << "</td><td align=\"right\">" << e(quantityText(o.ours, k.unit, c.lang)) << "</td><td>"
          << e(cmp.destinations[o.bestCompetitor].name.get(c.lang)) << " " << e(quantityText(o.best, k.unit, c.lang)) << "</td><td>"
          << outcomeName(o.outcome, c.lang) << "</td></tr>";
    }
    h << "</table>" << newInternalPage(c.lang) << ++n << ". " << t("bid.annex_to_win") << "</h2><p>";
    if (r.weWin) {
        h << t("bid.annex_we_win");
    } else if (r.smallest) {
        const auto &w = r.changes[*r.smallest];
        const auto &k = cmp.criteria[w.criterion];
        h << t("bid.what_it_would_take_to_win") << e(k.name.get(c.lang)) << " " << e(quantityText(w.from, k.unit, c.lang)) << " → "
          << e(quantityText(w.suggested.value_or(w.from), k.unit, c.lang)) << t("bid.verified_by_re_scoring");
    } else {
        h << t("bid.annex_no_change_wins");
    }
    h << "</p>";
}

void annexVenues(std::ostringstream &h, const Context &c, int &n)
{
    const auto &t = c.t;
    const auto opts = analyseOptions(c.p, c.method);
    if (opts.recommendation)
        h << newInternalPage(c.lang) << ++n << ". " << t("bid.annex_format_recommendation") << "</h2><p>" << e(opts.recommendation->text(c.lang)) << "</p>";
    h << newInternalPage(c.lang) << ++n << ". " << t("bid.annex_venue_ranking") << "</h2>";
    const auto *v = c.venue();
    if (!v || c.ranking.ranked.empty()) {
        h << "<p>" << t("bid.no_venue_passes_the_must_haves") << "</p>";
        return;
    }
    if (c.proposal.venueRank > 0)
        h << "<p>" << t("bid.annex_proposed_venue_rank", {e(v->name.get(c.lang)), std::to_string(c.proposal.venueRank),
                                                         std::to_string(c.proposal.rankedVenues), methodShortName(c.method)})
          << "</p>";
    h << "<p>" << t("bid.how_it_compares", {methodShortName(c.method)}) << "</p><table class=\"t\"><tr><th>#</th><th>" << t("common.venue") << "</th><th>"
      << t("common.score") << "</th></tr>";
    for (std::size_t i = 0; i < c.ranking.ranked.size() && i < 10; ++i) {
        const auto &rv = c.ranking.ranked[i];
        const std::string name = e(c.p.venues[rv.venue].name.get(c.lang));
        h << "<tr><td>" << rv.rank << "</td><td>" << (c.proposal.venue == rv.venue ? "<b>" + name + "</b>" : name) << "</td><td align=\"right\">"
          << scoreText(c.method, rv.score) << "</td></tr>";
    }
    h << "</table>";
}

void annexTender(std::ostringstream &h, const Context &c, int &n)
{
    const auto &t = c.t;
    h << newInternalPage(c.lang) << ++n << ". " << t("bid.annex_tender_margins") << "</h2>";
    const auto tn = tender::hasTender(c.p) ? std::optional(tender::tenderOf(c.p)) : std::nullopt;
    const auto ours = tn ? ourBidder(c.p, *tn) : std::nullopt;
    if (!ours) {
        h << "<p>" << t("bid.annex_no_tender") << "</p>";
        return;
    }
    const auto margins = tender::itemMargins(*tn, *ours);
    h << "<p>" << t("bid.self_scored_averages_of_our_bid") << e(tn->bidders[*ours].name) << t("bid.against_the_best_competitor_on_each_item")
      << "</p><table class=\"t\"><tr><th>" << t("bid.evaluation_item") << "</th><th>" << t("bid.points") << "</th><th>" << t("bid.us") << "</th><th>"
      << t("bid.best_competitor") << "</th><th>" << t("bid.margin") << "</th></tr>";
    for (std::size_t k = 0; k < tn->items.size() && k < margins.size(); ++k) {
        const auto &m = margins[k];
        h << "<tr><td>" << e(tn->items[k].name.get(c.lang)) << "</td><td align=\"right\">" << tn->items[k].points << "</td><td align=\"right\">"
          << (m.ours ? formatFixed(*m.ours, 2) : "–") << "</td><td>" << (m.bestBidder ? e(tn->bidders[*m.bestBidder].name) + " " : std::string())
          << (m.best ? formatFixed(*m.best, 2) : "–") << "</td><td align=\"right\">" << (m.margin() ? formatSignedFixed(*m.margin(), 2) : std::string("–"))
          << "</td></tr>";
    }
    h << "</table>";
}

} // namespace

std::string bidInternalHtml(const Project &p, Lang lang, mcda::Method method)
{
    const Context c(p, lang, method);
    const auto &t = c.t;
    std::ostringstream h;
    h << html::head(std::string(t("bid.internal_mark")) + " – " + e(c.congress()), kInternalCss);
    h << "<h1>" << t("bid.annex_title") << "</h1>" << internalBanner(lang) << "<p><b>" << e(c.congress()) << "</b><br/>";
    if (!c.destination().empty())
        h << e(c.destination()) << "<br/>";
    h << e(p.requirements.startDate) << " – " << e(p.requirements.endDate) << "</p>";
    int n = 0;
    annexDestinations(h, c, n);
    annexVenues(h, c, n);
    annexTender(h, c, n);
    h << "<p class=\"note\">" << t("common.generated_from", {e(p.meta.title.get(lang))}) << "</p></body></html>";
    return html::withRepeatedHeaders(h.str());
}

Audience audienceOf(BidDocument d)
{
    return d == BidDocument::Book || d == BidDocument::Deck ? Audience::Client : Audience::Internal;
}

std::optional<BidDocument> parseBidDocument(std::string_view kind)
{
    if (kind == "bid")
        return BidDocument::Book;
    if (kind == "deck")
        return BidDocument::Deck;
    if (kind == "tender-outline")
        return BidDocument::TenderOutline;
    if (kind == "bid-internal")
        return BidDocument::InternalAnnex;
    return std::nullopt;
}

std::string bidDocumentHtml(BidDocument d, const Project &p, Lang lang, mcda::Method method)
{
    switch (d) {
    case BidDocument::Book: return bidBookHtml(p, lang, method);
    case BidDocument::Deck: return pitchDeckHtml(p, lang, method);
    case BidDocument::TenderOutline: return tenderOutlineHtml(p, lang);
    case BidDocument::InternalAnnex: return bidInternalHtml(p, lang, method);
    }
    return {};
}

namespace {

/** The first sentence of text (to the first ". " or "。", kept), or text when it has none. */
std::string firstSentence(const std::string &text)
{
    const auto en = text.find(". "), zh = text.find("\u3002");
    if (en == std::string::npos && zh == std::string::npos)
        return text;
    if (zh != std::string::npos && (en == std::string::npos || zh < en))
        return text.substr(0, zh + std::string("\u3002").size());
    return text.substr(0, en + 1);
}

/** Key figures in a row, each a big number over its label: the deck's way of showing two or three numbers. */
std::string keyFigures(const std::vector<std::pair<std::string, std::string>> &figures)
{
    std::string h = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>";
    const std::string width = std::to_string(100 / std::max<std::size_t>(1, figures.size())) + "%";
    for (const auto &[label, value] : figures)
        h += "<td width=\"" + width + "\"><span class=\"kpi\">" + value + "</span><br/><span class=\"kl\">" + label + "</span></td>";
    return h + "</tr></table>";
}

} // namespace

std::string pitchDeckHtml(const Project &p, Lang lang, mcda::Method method)
{
    const Context c(p, lang, method);
    const auto &t = c.t;
    const auto &cur = p.meta.currency;
    std::ostringstream h;
    // The slide is laid out on a 960 × 540 px page with a 34 px margin (documents::PageLayout::Slide16x9): 892 × 472 px
    // for a title and one visual, or a title and at most five bullets, in large type. Every slide starts with an h1
    // that breaks the page; its speaker notes follow it (html::speakerNotes: in the HTML and ODT, not on the slide).
    constexpr int kWidth = 892;
    h << html::head(e(c.congress()), " body,p,td,th,li{font-size:18pt} h1{font-size:26pt;color:#1f4e79;page-break-before:always;margin-top:0;margin-bottom:10px} "
                                      "h1.first{page-break-before:auto;font-size:24pt} .big{font-size:24pt;font-weight:bold;color:#1f4e79} "
                                      "li{margin-bottom:8px} .kpi{font-size:22pt;font-weight:bold;color:#1f4e79;white-space:nowrap} .kl{font-size:13pt;color:#555555} "
                                      "table.t td,table.t th{padding:6px} .notes{font-size:11pt;color:#444444;margin-top:12px}");
    const auto firstParagraph = [&](Chapter ch) {
        const std::string &text = c.book.narrative[static_cast<std::size_t>(ch)].get(lang);
        const auto cut = text.find('\n');
        return cut == std::string::npos ? text : text.substr(0, cut);
    };
    const auto notes = [&](const std::string &escaped) {
        if (!escaped.empty())
            h << html::speakerNotes(lang, escaped);
    };
    const std::string sep = lang == Lang::ZhTW ? "" : " "; // between two sentences of the notes
    // A slide holds at most this many bullets or table rows, so the type can stay large.
    constexpr std::size_t kMaxBullets = 5;
    const auto &q = p.requirements;
    // 1 Title: the event over the cover picture (as wide as the slide allows, the title may take two lines), then
    // where and when with the logos, and the host.
    std::string deckLogo = html::images(p, lang, "logo", 150, 40, true);
    if (!deckLogo.empty())
        deckLogo += "&nbsp;&nbsp;";
    h << "<h1 class=\"first\">" << e(c.congress()) << "</h1>" << html::images(p, lang, "cover", kWidth, 230) << "<p class=\"big\">" << deckLogo
      << e(c.destination()) << "</p><p>" << e(q.startDate) << " – " << e(q.endDate) << " · " << t("bid.host_organisation") << t("bid.label_separator")
      << e(p.meta.client.get(lang)) << "</p>";
    notes(e(t("deck.notes.title", {c.congress(), q.startDate, q.endDate, c.destination(), p.meta.client.get(lang)})));
    // 2 Why us: our strengths as a destination, the heaviest criteria first (only where we lead: a client document).
    std::string strengths;
    {
        std::ostringstream slide; // left out when it would be empty (no narrative, no strength)
        std::vector<const destinations::CriterionOutcome *> wins;
        if (c.destResult && c.comparison)
            for (const auto &o : c.destResult->outcomes)
                if (o.outcome == destinations::Outcome::Win)
                    wins.push_back(&o);
        std::stable_sort(wins.begin(), wins.end(), [&](const auto *a, const auto *b) {
            return c.comparison->criteria[a->criterion].weight > c.comparison->criteria[b->criterion].weight;
        });
        const std::string lead = firstSentence(firstParagraph(Chapter::Summary));
        if (!lead.empty())
            slide << "<p class=\"big\">" << e(lead) << "</p>";
        if (!wins.empty()) {
            slide << "<ul>";
            for (std::size_t i = 0; i < wins.size() && i < kMaxBullets; ++i) {
                const auto &k = c.comparison->criteria[wins[i]->criterion];
                const std::string value = quantityText(wins[i]->ours, k.unit, c.lang);
                slide << "<li>" << e(k.name.get(lang)) << t("bid.label_separator") << "<b>" << e(value) << "</b></li>";
                strengths += (strengths.empty() ? "" : std::string(t("bid.list_separator"))) + k.name.get(lang) + " " + value;
            }
            slide << "</ul>";
        }
        if (!slide.str().empty())
            h << "<h1>" << t("bid.why_destination", {e(c.destination())}) << "</h1>" << slide.str();
    }
    {
        std::string n = e(firstParagraph(Chapter::Summary)); // empty (no notes) exactly when the slide was left out
        if (!strengths.empty())
            n += (n.empty() ? "" : sep) + e(t("deck.notes.strengths", {c.destination(), strengths}));
        notes(n);
    }
    // 3 Venue: its name and at most five of its facts with their units.
    if (const auto *v = c.venue()) {
        h << "<h1>" << t("bid.the_venue") << "</h1>" << "<p class=\"big\">" << e(v->name.get(lang)) << "</p>";
        std::string rows;
        std::size_t n = 0;
        for (const auto &[id, f] : v->attributes) {
            if (!f.value || n == kMaxBullets)
                continue;
            ++n;
            const std::string value = f.currency.empty() ? quantityText(*f.value, factUnit(p, id), lang) : formatFactAmount(*f.value, currencyLabel(f.currency, lang));
            rows += "<tr><td>" + e(factLabel(p, id, lang)) + "</td><td align=\"right\"><b>" + e(value) + "</b></td></tr>";
        }
        if (!rows.empty())
            h << "<table class=\"t\" width=\"100%\">" << rows << "</table>";
        notes(e(t("deck.notes.venue", {v->name.get(lang), v->city.get(lang)})));
    }
    // 4 Format: the format and its attendance as key figures, the deciding criteria under them.
    {
        // The format as the slide's key word: "Hybrid", not the running text's "hybrid" (Chinese has no case).
        std::string format = formatName(c.proposal.format, lang);
        if (!format.empty() && format[0] >= 'a' && format[0] <= 'z')
            format[0] = static_cast<char>(format[0] - 'a' + 'A');
        h << "<h1>" << t("bid.format_and_hybrid_plan") << "</h1>" << "<p class=\"big\">" << format << "</p>";
        const auto a = q.attendance(c.proposal.format);
        h << keyFigures({{t("bid.on_site"), e(quantityText(static_cast<double>(a.onsite), "people", lang))},
                         {t("common.online"), e(quantityText(static_cast<double>(a.online), "people", lang))}});
        // The slide keeps the recommendation short: the deciding criteria only (the bid book has the sentence).
        const auto opts = analyseOptions(p, method);
        std::string n = t("deck.notes.format", {formatName(c.proposal.format, lang), formatGrouped(a.onsite), formatGrouped(a.online),
                                                formatGrouped(a.onsite + a.online)});
        if (opts.recommendation && !opts.recommendation->deciding.empty()) {
            const std::string names = decidingNames(p, *opts.recommendation, lang);
            h << "<p>" << t("bid.deciding_criteria") << e(names) << "</p>";
            n += sep + t("deck.notes.format_deciding", {names});
        }
        notes(e(n));
    }
    // 5 Budget: cost, revenue and surplus as key figures over the budget page's break-even chart (revenue against
    // cost, the break-even and the plan marked), the same numbers as venuebid-cli budget.
    if (const auto *fb = c.formatBudget()) {
        const auto &be = fb->breakEven;
        h << "<h1>" << t("bid.financial_model") << "</h1>"
          << keyFigures({{t("bid.total_cost_tax_incl"), formatAmount(fb->likely.costs.total, cur, lang)},
                         {t("common.revenue"), formatAmount(fb->likely.revenue.total, cur, lang)},
                         {t("bid.surplus"), formatAmount(fb->likely.surplus(), cur, lang)}});
        const Budget b = budgetOf(p);
        svg::LineChart chart = breakEvenChart(p, b, *fb, c.proposal.format, lang);
        const std::string chartNote = chart.note; // in the speaker notes: the slide keeps the chart's lines and labels
        chart.note.clear();
        if (!chart.xs.empty())
            h << "<p align=\"center\">" << svg::displayedWithin(svg::lineChartSvg(chart, 480, 90), kWidth, 330) << "</p>";
        else
            h << "<p>" << t("bid.break_even_attendance") << t("bid.label_separator") << t("bid.not_reached") << "</p>";
        std::string n = t("deck.notes.financial", {formatAmount(fb->likely.costs.total, cur, lang), formatAmount(fb->likely.revenue.total, cur, lang),
                                                   formatAmount(fb->likely.surplus(), cur, lang)});
        if (be.attendeesNeeded && *be.attendeesNeeded <= be.attendees)
            n += sep + t("deck.notes.break_even_below", {groupThousands(*be.attendeesNeeded), groupThousands(be.attendees), groupThousands(be.attendees - *be.attendeesNeeded)});
        else if (be.attendeesNeeded)
            n += sep + t("deck.notes.break_even_above", {groupThousands(*be.attendeesNeeded), groupThousands(be.attendees), groupThousands(*be.attendeesNeeded - be.attendees)});
        n += sep + chartNote + sep + taxBasisText(b, lang).front();
        notes(e(n));
    }
    // 6 Support: the letters (at most five); the chapter's opening words in the notes, or on the slide without letters.
    if (!c.book.letters.empty() || !firstParagraph(Chapter::Support).empty()) { // else no slide: it would be empty
        h << "<h1>" << t("bid.destination_support") << "</h1>";
        if (c.book.letters.empty()) {
            if (!firstParagraph(Chapter::Support).empty())
                h << "<p>" << e(firstParagraph(Chapter::Support)) << "</p>";
        } else {
            h << "<ul>";
            for (std::size_t i = 0; i < c.book.letters.size() && i < kMaxBullets; ++i) {
                const auto &l = c.book.letters[i];
                h << "<li>" << e(l.from.get(lang)) << (l.status == LetterStatus::Received ? t("bid.letter_received") : t("bid.letter_requested")) << "</li>";
            }
            h << "</ul>";
        }
        {
            const auto received = std::count_if(c.book.letters.begin(), c.book.letters.end(), [](const auto &l) { return l.status == LetterStatus::Received; });
            std::string n = e(firstParagraph(Chapter::Support));
            if (!c.book.letters.empty())
                n += (n.empty() ? "" : sep) + e(t("deck.notes.letters", {std::to_string(received), std::to_string(c.book.letters.size())}));
            notes(n);
        }
    }
    // 7 Sustainability: the CO2e chart (tonnes by part and format, the same computeCo2e as the bid book's table).
    if (const auto chart = c.analysis.sustainability ? co2eChart(p, lang) : std::nullopt) {
        svg::BarChart bars = *chart;
        const std::string chartNote = bars.note; // in the speaker notes
        bars.note.clear();
        h << "<h1>" << t("bid.sustainability") << "</h1><p align=\"center\">" << svg::displayedWithin(svg::barChartSvg(bars, 480), kWidth, 400) << "</p>";
        std::string n = t("deck.notes.co2e", {formatName(c.proposal.format, lang), formatFixed(c.co2eTonnes(c.proposal.format).value_or(0), 1)});
        if (c.proposal.format != EventFormat::Onsite)
            n += sep + t("deck.notes.co2e_onsite", {formatFixed(c.co2eTonnes(EventFormat::Onsite).value_or(0), 1)});
        notes(e(n + sep + chartNote));
    }
    // 8 Risk: at most five scenarios with their fallback and decision date.
    if (!c.analysis.scenarios.empty()) {
        h << "<h1>" << t("bid.risk_and_contingency") << "</h1><table class=\"t\" width=\"100%\"><tr><th>" << t("common.scenario") << "</th><th>"
          << t("common.fallback") << "</th><th>" << t("common.decide_by") << "</th></tr>";
        const Scenario *first = nullptr; // the earliest decision
        for (std::size_t i = 0; i < c.analysis.scenarios.size(); ++i) {
            const auto &s = c.analysis.scenarios[i];
            if (s.contingency && (!first || s.contingency->triggerDate < first->contingency->triggerDate))
                first = &s;
            if (i >= kMaxBullets)
                continue;
            h << "<tr><td>" << e(s.name.get(lang)) << "</td><td>" << (s.contingency ? formatName(s.contingency->fallbackFormat, lang) : "–") << "</td><td>"
              << (s.contingency ? e(s.contingency->triggerDate) : "–") << "</td></tr>";
        }
        h << "</table>";
        const std::string count = std::to_string(c.analysis.scenarios.size());
        notes(e(first ? t("deck.notes.risk", {count, first->contingency->triggerDate, first->name.get(lang), formatName(first->contingency->fallbackFormat, lang)})
                      : t("deck.notes.risk_plain", {count})));
    }
    // 9 Close
    h << "<h1>" << t("bid.thank_you") << "</h1>" << html::images(p, lang, "logo", 240, 80) << "<p class=\"big\">" << e(c.congress()) << "</p><p>"
      << e(p.meta.client.get(lang)) << "</p>";
    notes(e(t("deck.notes.close")));
    h << "</body></html>";
    return h.str();
}

std::string tenderOutlineHtml(const Project &p, Lang lang)
{
    const LangText t{lang};
    std::ostringstream h;
    const auto tn = tender::tenderOf(p);
    const auto book = bidBookOf(p);
    h << html::head(std::string(t("bid.internal_mark")) + " – " + e(tn.title.get(lang)), kInternalCss);
    h << "<h1>" << t("bid.service_proposal_outline") << "</h1>" << internalBanner(lang) << "<p><b>" << e(tn.title.get(lang)) << "</b></p>";
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
    h << "<p>" << t("bid.one_chapter_per_evaluation_item_heaviest");
    if (ours)
        h << t("bid.self_scored_averages_of_our_bid") << e(tn.bidders[*ours].name) << t("bid.against_the_best_competitor_on_each_item");
    h << "</p><table class=\"t\"><tr><th>" << t("bid.chapter") << "</th><th>" << t("bid.evaluation_item") << "</th><th>" << t("bid.points")
      << "</th><th>" << t("bid.share") << "</th><th>" << t("bid.what_to_show") << "</th>";
    if (ours)
        h << "<th>" << t("bid.us") << "</th><th>" << t("bid.best_competitor") << "</th><th>" << t("bid.margin") << "</th>";
    h << "</tr>";
    int chapter = 0;
    for (auto k : order) {
        const auto &it = tn.items[k];
        const char *guide = it.kind == tender::ItemKind::Price
            ? t("bid.price_breakdown_by_cost_category_payment")
            : it.kind == tender::ItemKind::Presentation
            ? t("bid.slides_summarise_the_proposal_and_cannot")
            : t("bid.answer_the_item_s_sub_criteria_in_the");
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
    const auto checks = tender::checkSetup(tn, "/tender", lang);
    if (!checks.empty()) {
        h << "<p><b>" << t("bid.setup_checks") << "</b></p><ul>";
        for (const auto &d : checks)
            h << "<li>" << e(d.message) << "</li>";
        h << "</ul>";
    }
    h << "<p class=\"note\">" << t("bid.tender_rules_note")
      << "</p></body></html>";
    return h.str();
}

} // namespace vb::bid
