// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of the "client" section with the reader's checks, in words (clientedit.h).
#include "clientedit.h"

#include "jsonreader.h"
#include "listmove.h"
#include "messages.h"
#include "numbers.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <span>

namespace vb {

namespace {

bool oneOf(std::span<const std::string_view> keys, std::string_view k)
{
    return std::find(keys.begin(), keys.end(), k) != keys.end();
}

std::string listOf(std::span<const std::string_view> keys)
{
    std::string s;
    for (auto k : keys)
        s += (s.empty() ? "" : ", ") + std::string(k);
    return s;
}

bool upperCode(const std::string &s, std::size_t n)
{
    return s.size() == n && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

bool blank(const LocalizedText &t)
{
    return t.en.empty() && t.zh.empty();
}

EditError checkSource(const std::optional<std::string> &s, Lang l)
{
    return s && !isUrl(*s) ? tr(l, "clientedit.source_url", {*s}) : EditError{};
}

EditError checkAsOf(const std::optional<std::string> &s, Lang l)
{
    return s && !isAsOf(*s) ? tr(l, "clientedit.as_of", {*s}) : EditError{};
}

/** Every fact of an edition, by key (the keys of editionFact). */
template<typename E, typename F>
void forEachFact(E &e, F f)
{
    f("total", e.total, false);
    for (auto &[k, x] : e.attendance)
        f(k, x, false);
    for (auto &[k, x] : e.fees)
        f("fee." + k, x, true);
    f("abstracts_submitted", e.abstractsSubmitted, false);
    f("abstracts_accepted", e.abstractsAccepted, false);
    f("exhibition_m2", e.exhibitionM2, false);
    f("sponsorship", e.sponsorship, true);
    f("satisfaction", e.satisfaction, false);
}

/** Does fact f say nothing beyond edition e's defaults (it is written as a plain number)? */
bool followsEdition(const Fact &f, const Edition &e, bool money)
{
    return !f.note && f.source == e.source && f.asOf == e.asOf && f.estimate == e.estimate && (!f.estimate || f.basis == e.basis)
        && (f.estimate || !f.basis) && (!money || f.currency == e.currency);
}

void applyDefaults(Fact &f, const Edition &e, bool money)
{
    f.source = e.source;
    f.asOf = e.asOf;
    f.estimate = e.estimate;
    f.basis = e.estimate ? e.basis : std::nullopt;
    f.currency = money ? e.currency : std::string();
}

template<typename T>
EditError moveIn(std::vector<T> &v, std::size_t index, int delta, Lang l)
{
    return moveInList(v, index, delta) == ListMove::NoSuchItem ? tr(l, "clientedit.no_row") : EditError();
}

bool logLinear(const ClientHistory &c)
{
    return c.forecast.method == "loglinear";
}

} // namespace

EditError setAssociation(ClientHistory &c, Association a, Lang l)
{
    if (blank(a.name))
        return tr(l, "clientedit.name_required");
    if (a.frequencyYears && *a.frequencyYears < 1)
        return tr(l, "clientedit.min_one", {std::to_string(*a.frequencyYears)});
    if (a.preferredMonth && (*a.preferredMonth < 1 || *a.preferredMonth > 12))
        return tr(l, "client.read.month_range", {std::to_string(*a.preferredMonth)});
    static constexpr std::string_view kPatterns[] = {"continental", "fixed", "none", "other"};
    if (!oneOf(kPatterns, a.rotation.pattern))
        return tr(l, "client.read.one_of", {listOf(kPatterns), a.rotation.pattern});
    for (const auto &g : a.rotation.regions)
        if (!isId(g))
            return tr(l, "client.read.one_of", {"asia_pacific, europe, americas, …", g});
    if (auto e = checkSource(a.source, l); !e.empty())
        return e;
    if (auto e = checkAsOf(a.asOf, l); !e.empty())
        return e;
    c.association = std::move(a);
    return {};
}

EditError setRules(ClientHistory &c, ClientRules r, Lang l)
{
    for (const auto &t : r.other)
        if (blank(t))
            return tr(l, "clientedit.name_required");
    c.rules = std::move(r);
    return {};
}

const Fact *editionFact(const Edition &e, std::string_view key)
{
    const Fact *out = nullptr;
    forEachFact(e, [&](const std::string &k, const Fact &f, bool) {
        if (k == key)
            out = &f;
    });
    return out;
}

bool setEditionFact(Edition &e, std::string_view key, std::optional<double> value)
{
    const auto set = [&](Fact &f, bool money) {
        if (!value) {
            f = Fact{};
            return;
        }
        f.value = value;
        applyDefaults(f, e, money);
    };
    const auto inMap = [&](OrderedMap<Fact> &m, std::string_view k, bool money) {
        auto it = std::find_if(m.begin(), m.end(), [&](const auto &kv) { return kv.first == k; });
        if (!value) {
            if (it != m.end())
                m.erase(it);
            return;
        }
        if (it == m.end()) {
            m.emplace_back(std::string(k), Fact{});
            it = m.end() - 1;
        }
        set(it->second, money);
    };
    if (key == "total")
        set(e.total, false);
    else if (oneOf(kAttendanceKeys, key))
        inMap(e.attendance, key, false);
    else if (key.starts_with("fee.") && oneOf(kFeeKeys, key.substr(4)))
        inMap(e.fees, key.substr(4), true);
    else if (key == "abstracts_submitted")
        set(e.abstractsSubmitted, false);
    else if (key == "abstracts_accepted")
        set(e.abstractsAccepted, false);
    else if (key == "exhibition_m2")
        set(e.exhibitionM2, false);
    else if (key == "sponsorship")
        set(e.sponsorship, true);
    else if (key == "satisfaction")
        set(e.satisfaction, false);
    else
        return false;
    return true;
}

EditError checkEdition(const ClientHistory &c, std::size_t index, const Edition &e, Lang l)
{
    if (e.year < 1900 || e.year > 2200)
        return tr(l, "client.read.year_range", {std::to_string(e.year)});
    for (std::size_t i = 0; i < c.editions.size(); ++i)
        if (i != index && c.editions[i].year == e.year)
            return tr(l, "clientedit.duplicate_year", {std::to_string(e.year)});
    if (blank(e.city))
        return tr(l, "clientedit.city_required");
    if (!e.country.empty() && !upperCode(e.country, 2))
        return tr(l, "clientedit.country", {e.country});
    if (!e.region.empty() && !isId(e.region))
        return tr(l, "client.read.one_of", {"asia_pacific, europe, americas, …", e.region});
    if (!e.currency.empty() && !upperCode(e.currency, 3))
        return tr(l, "clientedit.currency", {e.currency});
    if (auto x = checkSource(e.source, l); !x.empty())
        return x;
    if (auto x = checkAsOf(e.asOf, l); !x.empty())
        return x;
    if (e.estimate && (!e.basis || e.basis->empty()))
        return tr(l, "clientedit.estimate_basis");
    EditError err;
    bool plain = false;
    forEachFact(e, [&](const std::string &key, const Fact &f, bool money) {
        if (!err.empty() || !f.value)
            return;
        const double v = *f.value;
        if (!std::isfinite(v) || std::abs(v) > kMaxFileMagnitude)
            err = outOfRangeMessage(v, l);
        else if (v < 0)
            err = tr(l, "client.read.negative", {formatShortest(v)});
        else if (money && v != std::trunc(v))
            err = tr(l, "clientedit.whole", {formatShortest(v)});
        else if (money && e.currency.empty() && f.currency.empty())
            err = tr(l, "clientedit.money_needs_currency");
        else if (key == "total" && logLinear(c) && !(v > 0))
            err = tr(l, "clientedit.loglinear_total", {std::to_string(e.year), formatShortest(v)});
        else if (auto s = checkSource(f.source, l); !s.empty())
            err = s;
        else if (auto a = checkAsOf(f.asOf, l); !a.empty())
            err = a;
        if (followsEdition(f, e, money))
            plain = true;
    });
    if (!err.empty())
        return err;
    if (e.satisfaction.value && *e.satisfaction.value > e.satisfactionScale)
        return tr(l, "clientedit.satisfaction_scale", {formatShortest(e.satisfactionScale), formatShortest(*e.satisfaction.value)});
    (void)plain; // figures without the edition's source or date are stored unsourced (Fact::missing), not refused
    // The pace curve in days-before order (most days first): each day once, registrations never falling.
    std::vector<PacePoint> pace = e.pace;
    for (const auto &pt : pace) {
        if (pt.daysBefore < 0)
            return tr(l, "client.read.pace_after_event", {std::to_string(pt.daysBefore)});
        if (pt.daysBefore > 3660 || !std::isfinite(pt.registered) || pt.registered > kMaxFileMagnitude)
            return outOfRangeMessage(pt.daysBefore > 3660 ? pt.daysBefore : pt.registered, l);
        if (pt.registered < 0)
            return tr(l, "client.read.negative", {formatShortest(pt.registered)});
    }
    std::stable_sort(pace.begin(), pace.end(), [](const auto &a, const auto &b) { return a.daysBefore > b.daysBefore; });
    for (std::size_t k = 1; k < pace.size(); ++k) {
        if (pace[k].daysBefore == pace[k - 1].daysBefore)
            return tr(l, "clientedit.pace_duplicate_days", {std::to_string(pace[k].daysBefore)});
        if (pace[k].registered < pace[k - 1].registered)
            return tr(l, "client.read.pace_decreasing", {formatGrouped(pace[k - 1].registered), std::to_string(pace[k - 1].daysBefore),
                                                         formatGrouped(pace[k].registered), std::to_string(pace[k].daysBefore)});
    }
    return {};
}

EditError setEdition(ClientHistory &c, std::size_t index, Edition e, Lang l)
{
    if (index >= c.editions.size())
        return tr(l, "clientedit.no_row");
    const Edition &old = c.editions[index];
    // The facts that followed the old edition's source, date and estimate flag follow the new ones.
    forEachFact(e, [&](const std::string &, Fact &f, bool money) {
        if (f.value && followsEdition(f, old, money))
            applyDefaults(f, e, money);
    });
    std::sort(e.pace.begin(), e.pace.end(), [](const auto &a, const auto &b) { return a.daysBefore > b.daysBefore; });
    if (auto err = checkEdition(c, index, e, l); !err.empty())
        return err;
    c.editions[index] = std::move(e);
    return {};
}

EditError addEdition(ClientHistory &c, std::size_t index, Edition e, Lang l)
{
    index = std::min(index, c.editions.size());
    forEachFact(e, [&](const std::string &, Fact &f, bool money) {
        if (f.value && !f.source && !f.asOf && !f.note)
            applyDefaults(f, e, money);
    });
    std::sort(e.pace.begin(), e.pace.end(), [](const auto &a, const auto &b) { return a.daysBefore > b.daysBefore; });
    if (auto err = checkEdition(c, c.editions.size(), e, l); !err.empty())
        return err;
    c.editions.insert(c.editions.begin() + static_cast<std::ptrdiff_t>(index), std::move(e));
    return {};
}

EditError removeEdition(ClientHistory &c, std::size_t index, Lang l)
{
    if (index >= c.editions.size())
        return tr(l, "clientedit.no_row");
    c.editions.erase(c.editions.begin() + static_cast<std::ptrdiff_t>(index));
    return {};
}

EditError moveEdition(ClientHistory &c, std::size_t index, int delta, Lang l)
{
    return moveIn(c.editions, index, delta, l);
}

std::string clientIdFromName(const std::vector<std::string> &ids, const LocalizedText &name, std::string_view fallback)
{
    return idFromName({name.en, name.zh}, fallback.empty() ? "element" : fallback,
                      [&](const std::string &id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); });
}

namespace {

EditError checkProgramme(const ProgrammeElement &e, Lang l)
{
    if (blank(e.name))
        return tr(l, "clientedit.name_required");
    if (!oneOf(kProgrammeKinds, e.kind))
        return tr(l, "client.read.one_of", {listOf(kProgrammeKinds), e.kind});
    if (!e.layout.empty() && !oneOf(kLayouts, e.layout))
        return tr(l, "client.read.one_of", {listOf(kLayouts), e.layout});
    if (e.seats && *e.seats < 1)
        return tr(l, "clientedit.min_one", {std::to_string(*e.seats)});
    if (e.seats && e.layout.empty())
        return tr(l, "clientedit.seats_layout");
    if (e.banquetSeats && *e.banquetSeats < 1)
        return tr(l, "clientedit.min_one", {std::to_string(*e.banquetSeats)});
    return checkSource(e.source, l);
}

EditError checkCulture(const ClientHistory &c, const CultureElement &e, Lang l)
{
    if (blank(e.name))
        return tr(l, "clientedit.name_required");
    for (const Fact *f : {&e.cost, &e.capacity}) {
        if (!f->value)
            continue;
        if (!std::isfinite(*f->value) || std::abs(*f->value) > kMaxFileMagnitude)
            return outOfRangeMessage(*f->value, l);
        if (*f->value < 0)
            return tr(l, "client.read.negative", {formatShortest(*f->value)});
        if (f == &e.cost && *f->value != std::trunc(*f->value))
            return tr(l, "clientedit.whole", {formatShortest(*f->value)});
        if (f == &e.cost && f->currency.empty())
            return tr(l, "clientedit.currency", {""});
        if (auto s = checkSource(f->source, l); !s.empty())
            return s;
        if (auto a = checkAsOf(f->asOf, l); !a.empty())
            return a;
    }
    if (!e.cost.currency.empty() && !upperCode(e.cost.currency, 3))
        return tr(l, "clientedit.currency", {e.cost.currency});
    if (!e.programme.empty()
        && std::none_of(c.programme.begin(), c.programme.end(), [&](const auto &p) { return p.id == e.programme; }))
        return tr(l, "client.read.unknown_element", {e.programme});
    return checkSource(e.source, l);
}

template<typename T>
std::vector<std::string> idsOf(const std::vector<T> &v)
{
    std::vector<std::string> ids;
    for (const auto &x : v)
        ids.push_back(x.id);
    return ids;
}

} // namespace

EditError setProgrammeElement(ClientHistory &c, std::size_t index, ProgrammeElement e, Lang l)
{
    if (index >= c.programme.size())
        return tr(l, "clientedit.no_row");
    if (auto err = checkProgramme(e, l); !err.empty())
        return err;
    e.id = c.programme[index].id;
    c.programme[index] = std::move(e);
    return {};
}

EditError addProgrammeElement(ClientHistory &c, std::size_t index, ProgrammeElement e, Lang l)
{
    if (auto err = checkProgramme(e, l); !err.empty())
        return err;
    e.id = clientIdFromName(idsOf(c.programme), e.name, e.kind);
    index = std::min(index, c.programme.size());
    c.programme.insert(c.programme.begin() + static_cast<std::ptrdiff_t>(index), std::move(e));
    return {};
}

EditError removeProgrammeElement(ClientHistory &c, std::size_t index, Lang l)
{
    if (index >= c.programme.size())
        return tr(l, "clientedit.no_row");
    for (const auto &ce : c.culture)
        if (ce.programme == c.programme[index].id)
            return tr(l, "clientedit.element_in_use", {ce.name.get(l)});
    c.programme.erase(c.programme.begin() + static_cast<std::ptrdiff_t>(index));
    return {};
}

EditError moveProgrammeElement(ClientHistory &c, std::size_t index, int delta, Lang l)
{
    return moveIn(c.programme, index, delta, l);
}

EditError setCultureElement(ClientHistory &c, std::size_t index, CultureElement e, Lang l)
{
    if (index >= c.culture.size())
        return tr(l, "clientedit.no_row");
    if (auto err = checkCulture(c, e, l); !err.empty())
        return err;
    e.id = c.culture[index].id;
    c.culture[index] = std::move(e);
    return {};
}

EditError addCultureElement(ClientHistory &c, std::size_t index, CultureElement e, Lang l)
{
    if (auto err = checkCulture(c, e, l); !err.empty())
        return err;
    e.id = clientIdFromName(idsOf(c.culture), e.name, "culture");
    index = std::min(index, c.culture.size());
    c.culture.insert(c.culture.begin() + static_cast<std::ptrdiff_t>(index), std::move(e));
    return {};
}

EditError removeCultureElement(ClientHistory &c, std::size_t index, Lang l)
{
    if (index >= c.culture.size())
        return tr(l, "clientedit.no_row");
    c.culture.erase(c.culture.begin() + static_cast<std::ptrdiff_t>(index));
    return {};
}

EditError moveCultureElement(ClientHistory &c, std::size_t index, int delta, Lang l)
{
    return moveIn(c.culture, index, delta, l);
}

EditError setForecastMethod(ClientHistory &c, std::string_view method, Lang l)
{
    static constexpr std::string_view kMethods[] = {"linear", "loglinear", "moving_average", "pickup_additive", "pickup_multiplicative"};
    if (!oneOf(kMethods, method))
        return tr(l, "client.read.one_of", {listOf(kMethods), method});
    if (method == "loglinear")
        for (const auto &e : c.editions)
            if (e.total.value && !(*e.total.value > 0))
                return tr(l, "forecast.log_nonpositive", {formatGrouped(*e.total.value), std::to_string(e.year)});
    c.forecast.method = std::string(method);
    return {};
}

EditError setMovingAverageWindow(ClientHistory &c, int window, Lang l)
{
    if (window < 1 || window > 1000)
        return tr(l, "clientedit.window", {std::to_string(window)});
    c.forecast.movingAverageWindow = window;
    return {};
}

EditError setDestinationAdjustment(ClientHistory &c, Fact a, Lang l)
{
    if (a.value) {
        if (!std::isfinite(*a.value) || std::abs(*a.value) > kMaxFileMagnitude)
            return outOfRangeMessage(*a.value, l);
        if (*a.value <= -100)
            return tr(l, "clientedit.adjustment_range", {formatShortest(*a.value)});
        if (auto s = checkSource(a.source, l); !s.empty())
            return s;
        if (auto d = checkAsOf(a.asOf, l); !d.empty())
            return d;
        if (a.estimate && (!a.basis || a.basis->empty()))
            return tr(l, "clientedit.estimate_basis");
        // Without a source or a basis the value is kept unsourced (Fact::missing), as the file reader keeps it.
    } else {
        a = Fact{};
    }
    c.forecast.destinationAdjustment = std::move(a);
    return {};
}

SectionChange clientChange(std::function<EditError(ClientHistory &)> f)
{
    return [f = std::move(f)](Project &p) -> std::vector<Diagnostic> {
        const auto *cur = clientOf(p);
        ClientHistory c = cur ? *cur : ClientHistory{};
        if (auto err = f(c); !err.empty())
            return {{Diagnostic::Severity::Error, "/client", std::move(err)}};
        p.sections.set(std::move(c));
        return {};
    };
}

std::optional<double> readTypedNumber(std::string_view text, NumberKind kind, Lang l, EditError &why)
{
    why.clear();
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        return std::nullopt;
    auto rules = defaultRules(kind);
    rules.allowNegative = false;
    const auto r = parseNumber(text, rules);
    if (r.ok())
        return r.value;
    const std::string typed = r.error->args.empty() ? std::string(text) : r.error->args[0];
    why = kind == NumberKind::Count ? tr(l, "clientedit.not_count", {typed}) : tr(l, "clientedit.not_number", {typed});
    return std::nullopt;
}

NumberKind editionFactKind(std::string_view key)
{
    if (key.starts_with("fee.") || key == "sponsorship")
        return NumberKind::Money;
    return key == "satisfaction" ? NumberKind::Decimal : NumberKind::Count;
}

namespace {

/** Splits "a: b; c: d" into trimmed pairs; false when a part is not one "x: y" pair. */
bool splitPairs(std::string_view text, std::vector<std::pair<std::string, std::string>> &out)
{
    const auto trim = [](std::string_view s) { return trimmed(s, " \t"); };
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(';', start), text.size());
        const std::string part = trim(text.substr(start, end - start));
        start = end + 1;
        if (part.empty())
            continue;
        const auto colon = part.rfind(':');
        if (colon == std::string::npos || part.find(':') != colon)
            return false;
        out.emplace_back(trim(std::string_view(part).substr(0, colon)), trim(std::string_view(part).substr(colon + 1)));
    }
    return true;
}

} // namespace

EditError parsePaceText(std::string_view text, std::vector<PacePoint> &out, Lang l)
{
    out.clear();
    std::vector<std::pair<std::string, std::string>> pairs;
    if (!splitPairs(text, pairs))
        return tr(l, "clientedit.pace_text");
    for (const auto &[d, n] : pairs) {
        EditError why;
        const auto days = readTypedNumber(d, NumberKind::Count, l, why);
        if (!days)
            return why.empty() ? tr(l, "clientedit.pace_text") : why;
        const auto registered = readTypedNumber(n, NumberKind::Count, l, why);
        if (!registered)
            return why.empty() ? tr(l, "clientedit.pace_text") : why;
        out.push_back({static_cast<int>(*days), *registered});
    }
    return {};
}

std::string paceText(const std::vector<PacePoint> &pace)
{
    std::string out;
    for (const auto &pt : pace)
        out += (out.empty() ? "" : "; ") + std::to_string(pt.daysBefore) + ": " + formatGrouped(pt.registered);
    return out;
}

EditError parseCurrentPaceText(std::string_view text, std::vector<std::pair<std::string, double>> &out, Lang l)
{
    out.clear();
    std::vector<std::pair<std::string, std::string>> pairs;
    if (!splitPairs(text, pairs))
        return tr(l, "clientedit.current_pace_text");
    for (const auto &[d, n] : pairs) {
        if (!isDate(d))
            return tr(l, "clientedit.current_pace_date", {d});
        EditError why;
        const auto registered = readTypedNumber(n, NumberKind::Count, l, why);
        if (!registered)
            return why.empty() ? tr(l, "clientedit.current_pace_text") : why;
        out.emplace_back(d, *registered);
    }
    return {};
}

std::string currentPaceText(const std::vector<std::pair<std::string, double>> &pace)
{
    std::string out;
    for (const auto &[date, n] : pace)
        out += (out.empty() ? "" : "; ") + date + ": " + formatGrouped(n);
    return out;
}

EditError setCurrentPace(ClientHistory &c, std::vector<std::pair<std::string, double>> pace, std::string_view eventStart, Lang l)
{
    if (!pace.empty() && !isDate(eventStart))
        return tr(l, "clientedit.current_pace_needs_start");
    for (const auto &[date, n] : pace) {
        if (!isDate(date))
            return tr(l, "clientedit.current_pace_date", {date});
        if (date > eventStart)
            return tr(l, "clientedit.current_pace_after", {date, std::string(eventStart)});
        if (!std::isfinite(n) || n < 0 || n != std::trunc(n) || n > kMaxFileMagnitude)
            return tr(l, "clientedit.not_count", {formatShortest(n)});
    }
    std::stable_sort(pace.begin(), pace.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t k = 1; k < pace.size(); ++k) {
        if (pace[k].first == pace[k - 1].first)
            return tr(l, "clientedit.current_pace_twice", {pace[k].first});
        if (pace[k].second < pace[k - 1].second)
            return tr(l, "clientedit.current_pace_falls", {formatGrouped(pace[k - 1].second), pace[k - 1].first,
                                                           formatGrouped(pace[k].second), pace[k].first});
    }
    c.forecast.currentPace = std::move(pace);
    return {};
}

} // namespace vb
