// SPDX-License-Identifier: GPL-3.0-or-later
// The client brief (客戶需求分析報告): docs/analysis.md §5 and docs/forecast.md. Every figure is the one
// venuebid-cli forecast and format-decision print for the same project; costs and surplus are left out on purpose.
#include "clientbrief.h"

#include "svgchart.h"

#include "deal.h"
#include "htmlparts.h"
#include "messages.h"
#include "numbers.h"

#include <algorithm>
#include <cmath>

namespace vb::documents {

namespace {

std::string e(std::string_view s)
{
    return htmlEscape(s);
}

/** An English sentence starts with a capital ("linear trend (OLS): …"); Chinese is left alone. */
std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

using svg::niceStep; // the charts' shared helpers (base/svgchart.h)
using svg::num;

std::string table(const std::vector<std::string> &header, const std::vector<std::vector<std::string>> &rows, const std::vector<std::size_t> &numeric = {})
{
    const auto isNum = [&](std::size_t c) { return std::find(numeric.begin(), numeric.end(), c) != numeric.end(); };
    std::string h = "<table class=\"t\" cellspacing=\"0\" width=\"100%\">";
    if (std::any_of(header.begin(), header.end(), [](const std::string &x) { return !x.empty(); })) {
        h += "<tr>";
        for (std::size_t c = 0; c < header.size(); ++c)
            h += std::string("<th") + (isNum(c) ? " align=\"right\"" : " align=\"left\"") + ">" + e(header[c]) + "</th>";
        h += "</tr>";
    }
    for (const auto &r : rows) {
        h += "<tr>";
        for (std::size_t c = 0; c < r.size(); ++c)
            h += std::string("<td") + (isNum(c) ? " align=\"right\"" : "") + ">" + e(r[c]) + "</td>";
        h += "</tr>";
    }
    return h + "</table>";
}

std::string rotationName(const std::string &pattern, Lang l)
{
    if (pattern == "continental")
        return tr(l, "brief.rotation.continental");
    if (pattern == "fixed")
        return tr(l, "brief.rotation.fixed");
    if (pattern == "none")
        return tr(l, "brief.rotation.none");
    return tr(l, "brief.rotation.other");
}

std::string count(const std::optional<double> &x)
{
    return x ? formatGroupedFixed(*x, 0) : std::string("—");
}

std::string elementName(const ProgrammeElement &el, Lang l)
{
    const std::string &n = el.name.get(l);
    return n.empty() ? std::string(programmeKindName(el.kind, l)) : n;
}

/** The brief in one language. */
std::string briefBody(const Project &p, const FormatDecision &d, Lang l)
{
    const ClientHistory *c = clientOf(p);
    const AnalysisData a = analysisOf(p);
    const char *colon = l == Lang::En ? ": " : "：";
    std::string h = "<h1>" + e(tr(l, "brief.title")) + "</h1>";
    h += "<p><b>" + e(tr(l, "brief.lead", {deal::eventNameOf(p, deal::contractOf(p)).get(l), p.meta.client.get(l)})) + "</b></p>";

    // 1. Background and rules.
    h += "<h2>1. " + e(tr(l, "brief.background")) + "</h2>";
    if (c) {
        const Association &as = c->association;
        std::vector<std::vector<std::string>> rows{{tr(l, "brief.association"), as.name.get(l)}};
        if (!as.series.empty())
            rows.push_back({tr(l, "brief.series"), as.series});
        if (as.frequencyYears)
            rows.push_back({tr(l, "brief.frequency"), tr(l, "brief.every_years", {std::to_string(*as.frequencyYears)})});
        std::string rot = rotationName(as.rotation.pattern, l);
        if (!as.rotation.regions.empty()) {
            std::string regions;
            for (const auto &r : as.rotation.regions)
                regions += (regions.empty() ? "" : " → ") + regionName(r, l);
            rot += colon + regions;
        }
        rows.push_back({tr(l, "brief.rotation"), rot});
        if (as.preferredMonth)
            rows.push_back({tr(l, "brief.preferred_month"), tr(l, "brief.month", {std::to_string(*as.preferredMonth)})});
        h += table({"", ""}, rows);
        if (as.source)
            h += "<p class=\"note\">" + e(tr(l, "brief.source", {*as.source})) + "</p>";
        std::vector<std::string> rules;
        if (c->rules.memberFeeBelowNonMember.value_or(false))
            rules.push_back(tr(l, "brief.rule.member_fee"));
        if (c->rules.visaFreeEntryRequired.value_or(false))
            rules.push_back(tr(l, "brief.rule.visa_free"));
        for (const auto &o : c->rules.other)
            rules.push_back(o.get(l));
        if (!rules.empty()) {
            h += "<p><b>" + e(tr(l, "brief.rules")) + "</b></p><ul>";
            for (const auto &r : rules)
                h += "<li>" + e(r) + "</li>";
            h += "</ul>";
        }
    }

    // 2. Past editions: table and chart.
    const MethodForecast *mf = d.forecast ? &d.forecast->of(d.forecast->chosen) : nullptr;
    h += "<h2>2. " + e(tr(l, "brief.history")) + "</h2>";
    if (c) {
        std::vector<Edition> eds = c->editions;
        std::stable_sort(eds.begin(), eds.end(), [](const Edition &x, const Edition &y) { return x.year < y.year; });
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> bases; // the estimates' bases, each once, as notes under the table
        for (const auto &ed : eds) {
            if (ed.basis && std::find(bases.begin(), bases.end(), *ed.basis) == bases.end())
                bases.push_back(*ed.basis);
            const Fact *online = ed.attendanceOf("online");
            std::string basis = ed.source.value_or("");
            if (ed.estimate || ed.total.estimate)
                basis = tr(l, "brief.estimate") + (basis.empty() ? "" : " · " + basis);
            rows.push_back({std::to_string(ed.year), ed.city.get(l), regionName(ed.region, l), formatName(ed.format, l), count(ed.total.value),
                            online ? count(online->value) : std::string("—"), basis});
        }
        h += table({tr(l, "brief.h.year"), tr(l, "brief.h.city"), tr(l, "brief.h.region"), tr(l, "brief.h.format"), tr(l, "brief.h.total"),
                    tr(l, "brief.h.online"), tr(l, "brief.h.basis")},
                   rows, {0, 4, 5});
        for (const auto &b : bases)
            h += "<p class=\"note\">" + e(tr(l, "brief.estimate")) + colon + e(b) + "</p>";
    }

    // 3. Traditions and how each format holds them.
    // Each chapter from here starts a page (no heading left alone at the foot of one).
    h += "<h2 style=\"page-break-before:always\">3. " + e(tr(l, "brief.traditions")) + "</h2>";
    if (c && !c->programme.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < c->programme.size(); ++i) {
            const auto &el = c->programme[i];
            std::string needs;
            auto add = [&](const std::string &s) { needs += (needs.empty() ? "" : tr(l, "text.list_separator")) + s; };
            if (el.seats && !el.layout.empty())
                add(tr(l, "brief.needs.seats", {formatCount(*el.seats), layoutName(el.layout, l)}));
            if (el.banquetSeats)
                add(tr(l, "brief.needs.seats", {formatCount(*el.banquetSeats), layoutName("banquet", l)}));
            if (el.noParallel)
                add(tr(l, "brief.needs.no_parallel"));
            std::vector<std::string> row{elementName(el, l), el.mandatory ? tr(l, "cli.decision.yes") : tr(l, "cli.decision.no"), needs.empty() ? "—" : needs};
            for (const auto &fc : d.formats)
                row.push_back(holdingText(el, fc.programme[i].holding, l));
            rows.push_back(std::move(row));
        }
        h += table({tr(l, "cli.decision.header_element"), tr(l, "cli.decision.header_mandatory"), tr(l, "brief.h.needs"), formatName(EventFormat::Onsite, l),
                    formatName(EventFormat::Hybrid, l), formatName(EventFormat::Online, l)},
                   rows);
        for (const auto &fc : d.formats)
            if (fc.excluded())
                h += "<p>" + e(tr(l, "decision.reason.excluded", {formatName(fc.format, l), exclusionText(*c, fc, l)})) + "</p>";
    }

    // 4. Forecast.
    h += "<h2 style=\"page-break-before:always\">4. " + e(tr(l, "brief.forecast")) + "</h2>";
    if (c) {
        const std::optional<int> target = d.forecast ? std::optional<int>(d.forecast->targetYear) : std::nullopt;
        h += "<p>" + attendanceHistoryChart(p, d.forecast, l) + "</p>";
        h += "<p><b>" + e(tr(l, "brief.chart", {target ? std::to_string(*target) : std::string("—")})) + "</b></p>";
    }
    if (mf && mf->ok && mf->low && mf->high) {
        const bool trend = mf->method == ForecastMethod::Linear || mf->method == ForecastMethod::LogLinear;
        const std::string name = forecastMethodName(mf->method, d.forecast->movingAverageWindow, l), point = formatGroupedFixed(mf->point, 0),
                          year = std::to_string(d.forecast->targetYear), lo = formatGroupedFixed(*mf->low, 0), hi = formatGroupedFixed(*mf->high, 0),
                          n = std::to_string(mf->n);
        const std::string text = trend ? tr(l, "brief.forecast.text", {name, point, year, lo, hi, n}) : tr(l, "brief.forecast.band", {name, point, year, lo, hi, n});
        h += "<p>" + e(capitalised(text)) + "</p>";
        // The same forecast, its warnings in the document's language.
        if (const auto fl = forecastAttendance(p, std::nullopt, l))
            for (const auto &w : fl->warnings)
                h += "<p class=\"note\">" + e(w.message) + "</p>";
    } else {
        h += "<p>" + e(tr(l, "brief.forecast.none")) + "</p>";
    }
    if (d.forecast && d.forecast->recorded) {
        const auto &r = *d.forecast->recorded;
        h += "<p>" + e(tr(l, "brief.forecast.scenarios", {formatCount(r.low), formatCount(r.likely), formatCount(r.high),
                                                          r.decision == "accepted" ? tr(l, "brief.forecast.accepted") : tr(l, "brief.forecast.overridden")}))
            + "</p>";
    }

    // 5. Format decision (the client's view: no money).
    h += "<h2 style=\"page-break-before:always\">5. " + e(tr(l, "brief.decision")) + "</h2>";
    if (!d.recommended) {
        h += "<p>" + e(tr(l, "decision.none")) + "</p>";
    } else {
        h += "<p><b>" + e(tr(l, "decision.recommended", {formatName(*d.recommended, l)})) + "</b></p>";
        std::string pro, con;
        for (const auto &r : d.reasons) {
            if (r.code == "surplus" || r.code == "safety")
                continue; // the congress budget's internal figures
            std::string &into = r.favours ? pro : con;
            if (!into.empty())
                into += tr(l, "text.list_separator");
            into += reasonText(p, d, r, l);
        }
        if (!pro.empty())
            h += "<p>" + e(tr(l, "decision.for", {pro})) + "</p>";
        if (!con.empty())
            h += "<p>" + e(tr(l, "decision.against", {con})) + "</p>";
    }
    std::vector<std::vector<std::string>> frows;
    for (const auto &fc : d.formats)
        frows.push_back({formatName(fc.format, l), fc.excluded() ? tr(l, "cli.decision.excluded") : tr(l, "cli.decision.possible"),
                         formatCount(fc.planned.total()), formatGroupedFixed(roundTo(fc.expectedAttendance, 1), 1),
                         fc.co2eKg ? formatGroupedFixed(*fc.co2eKg / 1000.0, 1) + (fc.co2ePartial ? " *" : "") : std::string("—")});
    h += table({tr(l, "cli.decision.header_format"), tr(l, "cli.decision.header_status"), tr(l, "cli.decision.header_planned"), tr(l, "brief.h.expected"),
                tr(l, "cli.decision.header_co2e")},
               frows, {2, 3, 4});
    for (const auto &fc : d.formats)
        if (fc.co2ePartial) {
            std::string miss;
            for (const auto &m : fc.co2eMissing)
                miss += (miss.empty() ? "" : tr(l, "text.list_separator")) + describeMissing(m, l);
            h += "<p class=\"note\">" + e(std::string(formatName(fc.format, l)) + " *" + colon + miss) + "</p>";
        }

    // 6. Fallback plan.
    h += "<h2 style=\"page-break-before:always\">6. " + e(tr(l, "brief.fallbacks")) + "</h2>";
    std::vector<std::vector<std::string>> rows;
    for (const auto &f : d.fallbacks) {
        const Scenario &s = a.scenarios[f.scenario];
        std::string notes;
        for (const auto &n : f.notes)
            notes += (notes.empty() ? "" : tr(l, "text.list_separator")) + fallbackNoteText(f, n, l);
        std::string action = f.action ? f.action->get(l) : std::string();
        if (!notes.empty()) {
            const bool en = l == Lang::En;
            action += action.empty() ? notes : (en ? " (" : "（") + notes + (en ? ")" : "）");
        }
        rows.push_back({s.name.get(l), f.fallback ? formatName(*f.fallback, l) : tr(l, "brief.none"), f.trigger ? f.trigger->get(l) : tr(l, "brief.none"),
                        f.fallback ? f.decideBy : tr(l, "brief.none"), action.empty() ? tr(l, "brief.none") : action});
    }
    h += table({tr(l, "cli.decision.header_risk"), tr(l, "cli.decision.header_fallback"), tr(l, "cli.decision.header_trigger"),
                tr(l, "cli.decision.header_decide_by"), tr(l, "brief.h.action")},
               rows);
    return h;
}

} // namespace

std::string attendanceChartSvg(const std::vector<ChartPoint> &history, std::optional<int> targetYear, std::optional<double> point,
                               std::optional<double> low, std::optional<double> high, const std::string &historyLabel,
                               const std::string &forecastLabel, int width, int height)
{
    const double left = 56, right = 16, top = 16, bottom = 40;
    double x0 = 0, x1 = 1, ymax = 1;
    bool any = false;
    auto extend = [&](double x, double y) {
        if (!any) {
            x0 = x1 = x;
            any = true;
        }
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        ymax = std::max(ymax, y);
    };
    for (const auto &pt : history)
        extend(pt.x, pt.y);
    if (targetYear && point)
        extend(*targetYear, std::max({*point, high.value_or(*point), 0.0}));
    if (x1 - x0 < 1)
        x1 = x0 + 1;
    x0 -= 1;
    x1 += 1;
    const double step = niceStep(ymax * 1.05);
    const double ytop = std::ceil(ymax * 1.05 / step) * step;
    const double pw = width - left - right, ph = height - top - bottom;
    auto X = [&](double x) { return left + (x - x0) / (x1 - x0) * pw; };
    auto Y = [&](double y) { return top + ph - std::clamp(y, 0.0, ytop) / ytop * ph; };
    const char *font = "font-family=\"WenQuanYi Zen Hei, Noto Sans CJK TC, sans-serif\"";

    std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height)
        + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) + "\">";
    // Grid and y labels.
    for (double y = 0; y <= ytop + 1e-9; y += step) {
        s += "<line x1=\"" + num(left) + "\" y1=\"" + num(Y(y)) + "\" x2=\"" + num(left + pw) + "\" y2=\"" + num(Y(y))
            + "\" stroke=\"#dddddd\" stroke-width=\"1\"/>";
        s += "<text x=\"" + num(left - 6) + "\" y=\"" + num(Y(y) + 4) + "\" font-size=\"10\" text-anchor=\"end\" fill=\"#555555\" " + font + ">"
            + groupThousands(std::llround(y)) + "</text>";
    }
    s += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(left + pw) + "\" y2=\"" + num(top + ph)
        + "\" stroke=\"#555555\" stroke-width=\"1\"/>";
    // x labels: every year that has a point.
    std::vector<double> years;
    for (const auto &pt : history)
        years.push_back(pt.x);
    if (targetYear && point)
        years.push_back(*targetYear);
    for (double yr : years)
        s += "<text x=\"" + num(X(yr)) + "\" y=\"" + num(top + ph + 14) + "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555555\" " + font + ">"
            + std::to_string(std::lround(yr)) + "</text>";
    // History line and points.
    if (!history.empty()) {
        std::string pts;
        for (const auto &pt : history)
            pts += (pts.empty() ? "" : " ") + num(X(pt.x)) + "," + num(Y(pt.y));
        s += "<polyline points=\"" + pts + "\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>";
        for (const auto &pt : history)
            s += "<circle cx=\"" + num(X(pt.x)) + "\" cy=\"" + num(Y(pt.y)) + "\" r=\"3.5\" fill=\"#1f5fa8\" stroke=\"#1f5fa8\" stroke-width=\"1\"/>";
    }
    // Forecast: dashed link from the last edition, the interval as a bar with caps, the point.
    if (targetYear && point) {
        const double fx = X(*targetYear);
        if (!history.empty())
            s += "<line x1=\"" + num(X(history.back().x)) + "\" y1=\"" + num(Y(history.back().y)) + "\" x2=\"" + num(fx) + "\" y2=\"" + num(Y(*point))
                + "\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"4,3\"/>";
        if (low && high) {
            s += "<rect x=\"" + num(fx - 7) + "\" y=\"" + num(Y(*high)) + "\" width=\"14\" height=\"" + num(Y(*low) - Y(*high))
                + "\" fill=\"#f2c4bf\" stroke=\"#c0392b\" stroke-width=\"1\"/>";
        }
        s += "<circle cx=\"" + num(fx) + "\" cy=\"" + num(Y(*point)) + "\" r=\"4.5\" fill=\"#c0392b\" stroke=\"#c0392b\" stroke-width=\"1\"/>";
    }
    // Legend.
    const double ly = height - 8;
    s += "<line x1=\"" + num(left) + "\" y1=\"" + num(ly - 4) + "\" x2=\"" + num(left + 20) + "\" y2=\"" + num(ly - 4) + "\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>";
    s += "<text x=\"" + num(left + 26) + "\" y=\"" + num(ly) + "\" font-size=\"10\" fill=\"#333333\" " + font + ">" + htmlEscape(historyLabel) + "</text>";
    s += "<rect x=\"" + num(left + 200) + "\" y=\"" + num(ly - 10) + "\" width=\"10\" height=\"10\" fill=\"#f2c4bf\" stroke=\"#c0392b\" stroke-width=\"1\"/>";
    s += "<text x=\"" + num(left + 216) + "\" y=\"" + num(ly) + "\" font-size=\"10\" fill=\"#333333\" " + font + ">" + htmlEscape(forecastLabel)
        + " (95 %)</text>";
    return s + "</svg>";
}

std::string attendanceHistoryChart(const Project &p, const std::optional<ForecastReport> &forecast, Lang l, int width, int height)
{
    const ClientHistory *c = clientOf(p);
    if (!c)
        return {};
    std::vector<Edition> eds = c->editions;
    std::stable_sort(eds.begin(), eds.end(), [](const Edition &x, const Edition &y) { return x.year < y.year; });
    std::vector<ChartPoint> pts;
    for (const auto &ed : eds)
        if (ed.total.value)
            pts.push_back({static_cast<double>(ed.year), *ed.total.value});
    std::optional<double> point, lo, hi;
    if (forecast) {
        const MethodForecast &mf = forecast->of(forecast->chosen);
        if (mf.ok) {
            point = mf.point;
            lo = mf.low;
            hi = mf.high;
        }
    }
    const std::optional<int> target = forecast ? std::optional<int>(forecast->targetYear) : std::nullopt;
    return attendanceChartSvg(pts, target, point, lo, hi, tr(l, "brief.chart.history"), tr(l, "brief.chart.forecast"), width, height);
}

std::string clientBriefHtml(const Project &p, BriefLangs langs)
{
    const FormatDecision d = decideFormat(p);
    std::vector<Lang> ls;
    if (langs == BriefLangs::ZhTW || langs == BriefLangs::Both)
        ls.push_back(Lang::ZhTW);
    if (langs == BriefLangs::En || langs == BriefLangs::Both)
        ls.push_back(Lang::En);
    std::string title;
    for (Lang l : ls)
        title += (title.empty() ? "" : " / ") + std::string(tr(l, "brief.title"));
    std::string h = html::head(e(title), " td{vertical-align:top}");
    for (std::size_t i = 0; i < ls.size(); ++i) {
        if (i > 0)
            h += "<div style=\"page-break-before:always\"></div>";
        h += briefBody(p, d, ls[i]);
    }
    h += "</body></html>";
    return html::withRepeatedHeaders(h);
}

} // namespace vb::documents
