// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotereview.h"

#include "jsonwriter.h"

#include "budgetcalc.h"
#include "jsontext.h"
#include "messages.h"
#include "numbers.h"
#include "sections.h"
#include "text.h"

#include <algorithm>
#include <limits>
#include <cmath>
#include <set>

namespace vb::quotes {

const char *measureKey(Measure m)
{
    switch (m) {
    case Measure::PricePerAttendee: return "price_per_attendee";
    case Measure::Total: return "total";
    case Measure::Scope: return "scope";
    case Measure::Score: return "score";
    }
    return "score";
}

const char *serviceChargeKey(ServiceCharge s)
{
    switch (s) {
    case ServiceCharge::None: return "none";
    case ServiceCharge::Excluded: return "excluded";
    case ServiceCharge::Included: return "included";
    }
    return "none";
}

Normalized normalize(const Project &p, const Review &r, const ReceivedQuote &q, std::int64_t attendees)
{
    Normalized n;
    n.fxRate = q.fxRate ? q.fxRate : p.rateToBase(q.currency);
    for (std::size_t k = 0; k < r.inclusions.size(); ++k)
        if (std::find(q.includes.begin(), q.includes.end(), r.inclusions[k].id) == q.includes.end()) {
            n.missing.push_back(k);
            n.missingEstimate += r.inclusions[k].estimate;
        }
    if (!r.inclusions.empty())
        n.scope = static_cast<double>(r.inclusions.size() - n.missing.size()) / static_cast<double>(r.inclusions.size());
    if (!n.fxRate)
        return n;
    // Conversion as the budget does it (models/budget/budgetcalc.cpp): hundredths × rate, rounded to whole units.
    n.quoted = std::llround(static_cast<double>(q.amountCents) * *n.fxRate / 100.0);
    // Business tax is on (amount + service charge), docs/sources.md#tax. A 含稅 amount contains the tax: take it out first.
    n.preTax = q.tax == TaxTreatment::Included ? roundDiv(Wide(n.quoted) * 10000, 10000 + r.taxBp) : n.quoted;
    n.serviceCharge = q.service == ServiceCharge::Excluded ? roundDiv(Wide(n.preTax) * q.serviceChargeBp, 10000) : 0;
    switch (q.tax) {
    case TaxTreatment::Excluded: n.tax = roundDiv(Wide(n.preTax + n.serviceCharge) * r.taxBp, 10000); break;
    case TaxTreatment::Included: n.tax = (n.quoted - n.preTax) + roundDiv(Wide(n.serviceCharge) * r.taxBp, 10000); break;
    case TaxTreatment::Exempt: n.tax = 0; break;
    }
    n.total = n.preTax + n.serviceCharge + n.tax;
    n.comparable = n.total + n.missingEstimate;
    n.perAttendee = attendees > 0 ? roundDiv(Wide(n.comparable), attendees) : 0;
    return n;
}

Result review(const Project &p, const Review &r)
{
    Result res;
    res.attendees = r.attendees.value_or(p.requirements.expectedAttendance);
    for (const auto &q : r.quotes)
        res.quotes.push_back(normalize(p, r, q, res.attendees));
    for (std::size_t i = 0; i < res.quotes.size(); ++i)
        if (res.quotes[i].fxRate)
            res.scored.push_back(i);
    for (std::size_t i : res.scored)
        if (!res.cheapest || res.quotes[i].comparable < res.quotes[*res.cheapest].comparable)
            res.cheapest = i;

    auto &pr = res.problem;
    pr.method = r.method;
    const auto m = static_cast<Eigen::Index>(res.scored.size());
    const auto k = static_cast<Eigen::Index>(r.criteria.size());
    pr.X.resize(m, k);
    pr.weights.resize(k);
    for (std::size_t i : res.scored)
        pr.alternatives.push_back(r.quotes[i].id);
    for (Eigen::Index j = 0; j < k; ++j) {
        const auto &c = r.criteria[static_cast<std::size_t>(j)];
        pr.criteria.push_back(c.id);
        pr.weights(j) = c.weight;
        const bool cost = c.measure == Measure::PricePerAttendee || c.measure == Measure::Total
            || (c.measure == Measure::Score && c.direction == Direction::Cost);
        pr.directions.push_back(cost ? Direction::Cost : Direction::Benefit);
        std::vector<std::optional<double>> column;
        for (std::size_t i : res.scored) {
            const auto &n = res.quotes[i];
            switch (c.measure) {
            case Measure::PricePerAttendee:
                column.push_back(res.attendees > 0 ? static_cast<double>(n.comparable) / static_cast<double>(res.attendees) : 0.0);
                break;
            case Measure::Total: column.push_back(static_cast<double>(n.comparable)); break;
            case Measure::Scope: column.push_back(n.scope); break;
            case Measure::Score: {
                std::optional<double> v;
                for (const auto &[id, s] : r.quotes[i].scores)
                    if (id == c.id)
                        v = s;
                column.push_back(v);
                break;
            }
            }
        }
        // The project's unknown-value policy (docs/project-format.md §6): an unknown counts as the worst known value.
        std::optional<double> worst;
        for (const auto &v : column)
            if (v && (!worst || (cost ? *v > *worst : *v < *worst)))
                worst = v;
        for (Eigen::Index i = 0; i < m; ++i) {
            const auto &v = column[static_cast<std::size_t>(i)];
            if (!v)
                res.quotes[res.scored[static_cast<std::size_t>(i)]].imputed.push_back(static_cast<std::size_t>(j));
            pr.X(i, j) = v.value_or(worst.value_or(0.0));
        }
    }
    if (m == 0 || k == 0)
        return res;
    res.score = mcda::score(pr);
    for (Eigen::Index i = 0; i < m; ++i)
        if (res.score.ranks[static_cast<std::size_t>(i)] == 1) {
            res.best = res.scored[static_cast<std::size_t>(i)];
            break;
        }
    return res;
}

// ---- the "received_quotes" section ----

namespace {

std::optional<Measure> parseMeasure(std::string_view s)
{
    for (auto m : {Measure::PricePerAttendee, Measure::Total, Measure::Scope, Measure::Score})
        if (s == measureKey(m))
            return m;
    return std::nullopt;
}

std::optional<ServiceCharge> parseServiceCharge(std::string_view s)
{
    for (auto c : {ServiceCharge::None, ServiceCharge::Excluded, ServiceCharge::Included})
        if (s == serviceChargeKey(c))
            return c;
    return std::nullopt;
}

/** Iterates the objects of an array member, reporting a non-array or non-object entry. */
template<typename F>
void eachObject(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, bool required, F &&f)
{
    const auto *v = r.member(o, key, path, required, tr(r.lang, "read.expect.array"));
    if (!v)
        return;
    const std::string ap = join(path, key);
    if (!v->is_array()) {
        r.error(ap, tr(r.lang, "read.not_array", {kindName(*v, r.lang)}));
        return;
    }
    for (std::size_t i = 0; i < v->get_array().size(); ++i) {
        const std::string ip = join(ap, i);
        if (const auto *io = r.object(v->get_array()[i], ip))
            f(*io, ip);
    }
}

void uniqueId(JsonReader &r, const std::string &id, const std::string &path, std::set<std::string> &seen)
{
    if (!id.empty() && (!isId(id) || !seen.insert(id).second))
        r.idError(join(path, "id"), id, tr(r.lang, "read.unique_id", {id}));
}

} // namespace

void readReviewJson(JsonReader &r, const json::value &v, const std::string &path, Review &out)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    out.attendees = r.integer(*o, "attendees", path, false, 1);
    if (auto m = r.string(*o, "method", path, false)) {
        if (auto pm = mcda::parseMethod(*m))
            out.method = *pm;
        else
            r.error(join(path, "method"), tr(r.lang, "read.method", {*m}));
    }
    out.note = r.string(*o, "note", path, false).value_or("");

    std::set<std::string> incIds;
    eachObject(r, *o, "inclusions", path, false, [&](const json::object &io, const std::string &ip) {
        Inclusion inc;
        inc.id = r.string(io, "id", ip, true, true).value_or("");
        uniqueId(r, inc.id, ip, incIds);
        inc.name = r.localized(io, "name", ip, true).value_or(LocalizedText{});
        inc.estimate = r.integer(io, "estimate", ip, true, 0).value_or(0);
        inc.basis = r.string(io, "basis", ip, false, false, true);
        r.unknownKeys(io, ip, {"id", "name", "estimate", "basis"});
        out.inclusions.push_back(std::move(inc));
    });

    std::set<std::string> critIds;
    eachObject(r, *o, "criteria", path, true, [&](const json::object &io, const std::string &ip) {
        Criterion c;
        c.id = r.string(io, "id", ip, true, true).value_or("");
        uniqueId(r, c.id, ip, critIds);
        c.name = r.localized(io, "name", ip, true).value_or(LocalizedText{});
        const auto ms = r.string(io, "measure", ip, true, true).value_or("");
        if (auto pm = parseMeasure(ms))
            c.measure = *pm;
        else if (!ms.empty())
            r.error(join(ip, "measure"), tr(r.lang, "quotes.r.measure", {ms}));
        if (auto d = r.string(io, "direction", ip, false)) {
            if (c.measure != Measure::Score)
                r.error(join(ip, "direction"), tr(r.lang, "quotes.r.direction_only_score"));
            else if (*d == "cost")
                c.direction = Direction::Cost;
            else if (*d != "benefit")
                r.error(join(ip, "direction"), tr(r.lang, "read.benefit_cost", {*d}));
        }
        c.weight = r.number(io, "weight", ip, true, 0.0).value_or(0.0);
        r.unknownKeys(io, ip, {"id", "name", "measure", "direction", "weight"});
        out.criteria.push_back(std::move(c));
    });
    double sum = 0;
    for (const auto &c : out.criteria)
        sum += c.weight;
    if (!out.criteria.empty() && !(sum > 0))
        r.error(join(path, "criteria"), tr(r.lang, "read.weights_positive"));

    std::set<std::string> quoteIds;
    eachObject(r, *o, "quotes", path, true, [&](const json::object &io, const std::string &ip) {
        ReceivedQuote q;
        q.id = r.string(io, "id", ip, true, true).value_or("");
        uniqueId(r, q.id, ip, quoteIds);
        q.supplier = r.string(io, "supplier", ip, true, true).value_or("");
        q.venue = r.string(io, "venue", ip, false, true, true);
        q.currency = r.string(io, "currency", ip, false, true).value_or("TWD");
        if (q.currency.size() != 3 || !std::all_of(q.currency.begin(), q.currency.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
            r.error(join(ip, "currency"), tr(r.lang, "quotes.r.currency", {q.currency}));
        q.amountCents = r.hundredths(io, "amount", ip, true).value_or(0);
        q.fxRate = r.number(io, "fx_rate", ip, false, 0.0, true);
        if (q.fxRate && !(*q.fxRate > 0)) {
            r.error(join(ip, "fx_rate"), tr(r.lang, "quotes.r.fx_rate"));
            q.fxRate.reset();
        }
        const auto tax = r.string(io, "tax", ip, true, true).value_or("excluded");
        if (auto t = parseTax(tax))
            q.tax = *t;
        else
            r.error(join(ip, "tax"), tr(r.lang, "quotes.r.tax", {tax}));
        const auto svc = r.string(io, "service_charge", ip, false, true).value_or("none");
        if (auto s = parseServiceCharge(svc))
            q.service = *s;
        else
            r.error(join(ip, "service_charge"), tr(r.lang, "quotes.r.service", {svc}));
        q.serviceChargeBp = static_cast<int>(r.hundredths(io, "service_charge_percent", ip, false, 100).value_or(1000));
        if (const auto *iv = r.member(io, "includes", ip, true, tr(r.lang, "read.expect.inclusion_ids"))) {
            const std::string lp = join(ip, "includes");
            if (!iv->is_array())
                r.error(lp, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.inclusion_ids"), kindName(*iv, r.lang)}));
            else
                for (std::size_t k = 0; k < iv->get_array().size(); ++k) {
                    const auto &e = iv->get_array()[k];
                    if (!e.is_string()) {
                        r.error(join(lp, k), tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.inclusion_id"), kindName(e, r.lang)}));
                        continue;
                    }
                    std::string id(e.get_string());
                    if (!incIds.contains(id))
                        r.error(join(lp, k), tr(r.lang, "quotes.r.unknown_inclusion", {id, join(path, "inclusions")}));
                    q.includes.push_back(std::move(id));
                }
        }
        if (const auto *sv = r.member(io, "scores", ip, false, tr(r.lang, "read.expect.quote_scores"))) {
            const std::string sp = join(ip, "scores");
            if (const auto *so = r.object(*sv, sp))
                for (const auto &kv : *so) {
                    const std::string key(kv.key());
                    const bool known = std::any_of(out.criteria.begin(), out.criteria.end(),
                                                   [&](const Criterion &c) { return c.id == key && c.measure == Measure::Score; });
                    if (!known) {
                        r.error(join(sp, key), tr(r.lang, "quotes.r.unknown_criterion", {key}));
                        continue;
                    }
                    if (kv.value().is_null())
                        continue; // unknown: the worst known score is used
                    if (!kv.value().is_number()) {
                        r.error(join(sp, key), tr(r.lang, "read.not_number_or_null", {kindName(kv.value(), r.lang)}));
                        continue;
                    }
                    if (const double d = kv.value().to_number<double>(); !std::isfinite(d) || std::abs(d) > kMaxFileMagnitude) {
                        r.error(join(sp, key), outOfRangeMessage(d, r.lang));
                        continue;
                    }
                    q.scores.emplace_back(key, kv.value().to_number<double>());
                }
        }
        q.received = r.date(io, "received", ip, false).value_or("");
        q.validUntil = r.date(io, "valid_until", ip, false).value_or("");
        q.source = r.string(io, "source", ip, false, false, true);
        q.note = r.string(io, "note", ip, false).value_or("");
        r.unknownKeys(io, ip, {"id", "supplier", "venue", "currency", "amount", "fx_rate", "tax", "service_charge", "service_charge_percent",
                               "includes", "scores", "received", "valid_until", "source", "note"});
        out.quotes.push_back(std::move(q));
    });
    r.unknownKeys(*o, path, {"attendees", "method", "note", "inclusions", "criteria", "quotes"});
}

json::value reviewJson(const Review &rv)
{
    json::object o;
    if (rv.attendees)
        o["attendees"] = *rv.attendees;
    o["method"] = mcda::methodName(rv.method);
    if (!rv.note.empty())
        o["note"] = rv.note;
    json::array inclusions;
    for (const auto &inc : rv.inclusions) {
        json::object io{{"id", inc.id}, {"name", textJson(inc.name)}, {"estimate", inc.estimate}};
        if (inc.basis)
            io["basis"] = *inc.basis;
        inclusions.push_back(std::move(io));
    }
    o["inclusions"] = std::move(inclusions);
    json::array criteria;
    for (const auto &c : rv.criteria) {
        json::object co{{"id", c.id}, {"name", textJson(c.name)}, {"measure", measureKey(c.measure)}};
        if (c.measure == Measure::Score)
            co["direction"] = c.direction == Direction::Cost ? "cost" : "benefit";
        co["weight"] = jsonNumber(c.weight);
        criteria.push_back(std::move(co));
    }
    o["criteria"] = std::move(criteria);
    json::array quotes;
    for (const auto &q : rv.quotes) {
        json::object qo{{"id", q.id}, {"supplier", q.supplier}};
        if (q.venue)
            qo["venue"] = *q.venue;
        qo["currency"] = q.currency;
        qo["amount"] = hundredthsJson(q.amountCents);
        if (q.fxRate)
            qo["fx_rate"] = jsonNumber(*q.fxRate);
        qo["tax"] = taxKey(q.tax);
        qo["service_charge"] = serviceChargeKey(q.service);
        qo["service_charge_percent"] = hundredthsJson(q.serviceChargeBp);
        json::array includes;
        for (const auto &id : q.includes)
            includes.push_back(json::value(id));
        qo["includes"] = std::move(includes);
        json::object scores;
        for (const auto &[id, score] : q.scores)
            scores[id] = jsonNumber(score);
        qo["scores"] = std::move(scores);
        if (!q.received.empty())
            qo["received"] = q.received;
        if (!q.validUntil.empty())
            qo["valid_until"] = q.validUntil;
        if (q.source)
            qo["source"] = *q.source;
        if (!q.note.empty())
            qo["note"] = q.note;
        quotes.push_back(std::move(qo));
    }
    o["quotes"] = std::move(quotes);
    return o;
}

bool hasReview(const Project &p)
{
    return p.sections.get<Review>() != nullptr;
}

Review reviewOf(const Project &p)
{
    const auto *stored = p.sections.get<Review>();
    Review rv = stored ? *stored : Review{};
    if (hasBudget(p))
        rv.taxBp = budgetOf(p).taxBp;
    return rv;
}

void readReviewSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Review rv;
    readReviewJson(r, v, path, rv);
    p.sections.set(std::move(rv));
}

json::value writeReviewSection(const Project &p)
{
    const auto *rv = p.sections.get<Review>();
    return rv ? reviewJson(*rv) : json::value(nullptr);
}

void validateReviewSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    if (!hasReview(p))
        return;
    const Review rv = reviewOf(p);
    for (std::size_t i = 0; i < rv.quotes.size(); ++i) {
        const auto &q = rv.quotes[i];
        const std::string ip = "/received_quotes/quotes/" + std::to_string(i);
        if (q.venue && !p.venue(*q.venue))
            out.push_back({Diagnostic::Severity::Error, ip + "/venue", tr(lang, "read.v.unknown_venue", {*q.venue})});
        if (!q.fxRate && !p.rateToBase(q.currency))
            out.push_back({Diagnostic::Severity::Error, ip + "/currency",
                           tr(lang, "quotes.v.no_fx", {q.currency})});
        if (q.tax == TaxTreatment::Included && q.service == ServiceCharge::Excluded)
            out.push_back({Diagnostic::Severity::Warning, ip + "/service_charge",
                           tr(lang, "quotes.v.tax_service")});
    }
}

std::vector<Diagnostic> setQuoteScore(Project &p, std::string_view quoteId, std::string_view criterionId, std::optional<double> score)
{
    const auto *stored = p.sections.get<Review>();
    if (!stored)
        return {{Diagnostic::Severity::Error, "/received_quotes", "the project has no received quotes"}};
    Review edited = *stored;
    const auto q = std::find_if(edited.quotes.begin(), edited.quotes.end(), [&](const ReceivedQuote &x) { return x.id == quoteId; });
    if (q == edited.quotes.end())
        return {{Diagnostic::Severity::Error, "/received_quotes/quotes", "no quote with the id \"" + std::string(quoteId) + "\""}};
    auto s = std::find_if(q->scores.begin(), q->scores.end(), [&](const auto &kv) { return kv.first == criterionId; });
    if (!score) {
        if (s != q->scores.end())
            q->scores.erase(s); // unknown: the worst known score is used
    } else if (s != q->scores.end()) {
        s->second = *score;
    } else {
        q->scores.emplace_back(std::string(criterionId), *score);
    }
    // The section's rules as the reader applies them (a known `score` criterion, a finite number).
    JsonReader r;
    Review check;
    readReviewJson(r, reviewJson(edited), "/received_quotes", check);
    auto errors = r.errors();
    if (errors.empty())
        p.sections.set(std::move(edited));
    return errors;
}

std::optional<std::size_t> scoredIndex(const Result &r, std::size_t quote)
{
    for (std::size_t k = 0; k < r.scored.size(); ++k)
        if (r.scored[k] == quote && k < r.score.ranks.size())
            return k;
    return std::nullopt;
}

std::vector<std::size_t> listingOrder(const Result &r)
{
    std::vector<std::size_t> order(r.quotes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto rankOf = [&](std::size_t i) {
        const auto k = scoredIndex(r, i);
        return k ? r.score.ranks[*k] : std::numeric_limits<int>::max();
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rankOf(a) < rankOf(b); });
    return order;
}


// ---- the quotes page's edits ----

QuoteEntry entryOf(const ReceivedQuote &q)
{
    return {q.supplier, q.currency, static_cast<double>(q.amountCents) / 100.0, q.tax, q.service, q.includes};
}

std::optional<std::int64_t> amountHundredths(double amount)
{
    // The reader's rule for "amount" (JsonReader::hundredths): 0 … 1e13, at most two decimals.
    if (!std::isfinite(amount) || amount < 0 || amount > 1e13)
        return std::nullopt;
    const double scaled = amount * 100.0;
    if (std::abs(scaled - std::round(scaled)) > 1e-6)
        return std::nullopt;
    return std::llround(scaled);
}

namespace {

Diagnostic quoteError(const std::string &path, std::string message)
{
    return {Diagnostic::Severity::Error, path, std::move(message)};
}

bool hasError(const std::vector<Diagnostic> &d)
{
    return std::any_of(d.begin(), d.end(), [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; });
}

/** The entry's own checks, in words, each with the pointer of its field (ip = the quote's pointer). */
std::vector<Diagnostic> checkEntry(const Project &p, const Review &rv, const QuoteEntry &e, const std::optional<double> &ownRate,
                                   const std::string &ip, Lang l)
{
    std::vector<Diagnostic> out;
    if (e.supplier.empty())
        out.push_back(quoteError(ip + "/supplier", tr(l, "bidedit.quote.supplier_missing")));
    const bool iso = e.currency.size() == 3 && std::all_of(e.currency.begin(), e.currency.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (!iso)
        out.push_back(quoteError(ip + "/currency", tr(l, "bidedit.quote.currency", {revealHidden(e.currency)})));
    else if (!ownRate && !p.rateToBase(e.currency))
        out.push_back(quoteError(ip + "/currency", tr(l, "bidedit.quote.no_rate", {e.currency})));
    if (!amountHundredths(e.amount))
        out.push_back(quoteError(ip + "/amount", tr(l, "bidedit.quote.amount_range", {formatShortest(e.amount)})));
    for (std::size_t k = 0; k < e.includes.size(); ++k)
        if (std::none_of(rv.inclusions.begin(), rv.inclusions.end(), [&](const Inclusion &i) { return i.id == e.includes[k]; }))
            out.push_back(quoteError(ip + "/includes/" + std::to_string(k), tr(l, "bidedit.quote.unknown_inclusion", {e.includes[k]})));
    return out;
}

/** Puts the edited section into p when the file's rules hold: the section written and read back (structural errors,
 *  which the entry checks should have caught, keep their pointer and say so in words), then validateReviewSection
 *  on the project with it. Returns the diagnostics; on an error p is as it was. */
std::vector<Diagnostic> applyReview(Project &p, Review edited, std::vector<Diagnostic> pre, Lang l)
{
    if (hasError(pre))
        return pre;
    JsonReader r;
    Review back;
    readReviewJson(r, reviewJson(edited), "/received_quotes", back);
    if (!r.errors().empty()) {
        std::vector<Diagnostic> out;
        for (const auto &d : r.errors())
            out.push_back(quoteError(d.path, tr(l, "bidedit.quote.invalid")));
        return out;
    }
    const auto kept = p.sections.share(Review::kSectionKey);
    p.sections.set(std::move(edited));
    std::vector<Diagnostic> checked;
    validateReviewSection(p, checked);
    if (hasError(checked)) {
        p.sections.put(std::string(Review::kSectionKey), kept);
        for (auto &d : checked)
            d.message = tr(l, "bidedit.quote.invalid");
        return checked;
    }
    return pre;
}

std::vector<Diagnostic> warnings(const QuoteEntry &e, const std::string &ip, Lang l)
{
    if (e.tax == TaxTreatment::Included && e.service == ServiceCharge::Excluded)
        return {{Diagnostic::Severity::Warning, ip + "/service_charge", tr(l, "bidedit.quote.service_on_included")}};
    return {};
}

void enter(ReceivedQuote &q, const QuoteEntry &e)
{
    if (q.currency != e.currency)
        q.fxRate.reset(); // a rate stated on the quote was for its old currency
    q.supplier = e.supplier;
    q.currency = e.currency;
    q.amountCents = amountHundredths(e.amount).value_or(0);
    q.tax = e.tax;
    q.service = e.service;
    q.includes = e.includes;
}

} // namespace

std::vector<Diagnostic> addQuote(Project &p, const QuoteEntry &entry, Lang l, std::string *newId)
{
    QuoteEntry e = entry;
    e.supplier = trimmed(e.supplier);
    Review edited;
    if (const auto *stored = p.sections.get<Review>()) {
        edited = *stored;
    } else {
        // A first quote: a review on price per attendee alone, the comparison on one basis.
        Criterion price;
        price.id = "price";
        price.name = {tr(Lang::ZhTW, "bidedit.quote.price_criterion"), tr(Lang::En, "bidedit.quote.price_criterion")};
        price.measure = Measure::PricePerAttendee; // a cost by its measure (the file has no direction for it)
        price.weight = 1.0;
        edited.criteria.push_back(std::move(price));
    }
    const std::string ip = "/received_quotes/quotes/" + std::to_string(edited.quotes.size());
    auto pre = checkEntry(p, edited, e, std::nullopt, ip, l);
    ReceivedQuote q;
    q.id = idFromName({e.supplier}, "quote", [&](const std::string &id) {
        return std::any_of(edited.quotes.begin(), edited.quotes.end(), [&](const ReceivedQuote &x) { return x.id == id; });
    });
    enter(q, e);
    edited.quotes.push_back(std::move(q));
    const std::string id = edited.quotes.back().id;
    if (!hasError(pre))
        for (auto &w : warnings(e, ip, l))
            pre.push_back(std::move(w));
    auto out = applyReview(p, std::move(edited), std::move(pre), l);
    if (newId && !hasError(out))
        *newId = id;
    return out;
}

std::vector<Diagnostic> setQuote(Project &p, std::string_view quoteId, const QuoteEntry &entry, Lang l)
{
    const auto *stored = p.sections.get<Review>();
    if (!stored)
        return {quoteError("/received_quotes", tr(l, "bidedit.quote.no_quote"))};
    Review edited = *stored;
    const auto q = std::find_if(edited.quotes.begin(), edited.quotes.end(), [&](const ReceivedQuote &x) { return x.id == quoteId; });
    if (q == edited.quotes.end())
        return {quoteError("/received_quotes/quotes", tr(l, "bidedit.quote.no_quote"))};
    QuoteEntry e = entry;
    e.supplier = trimmed(e.supplier);
    const std::string ip = "/received_quotes/quotes/" + std::to_string(q - edited.quotes.begin());
    auto pre = checkEntry(p, edited, e, q->currency == e.currency ? q->fxRate : std::nullopt, ip, l);
    enter(*q, e);
    if (!hasError(pre))
        for (auto &w : warnings(e, ip, l))
            pre.push_back(std::move(w));
    return applyReview(p, std::move(edited), std::move(pre), l);
}

std::vector<Diagnostic> removeQuote(Project &p, std::string_view quoteId, Lang l)
{
    const auto *stored = p.sections.get<Review>();
    if (!stored)
        return {quoteError("/received_quotes", tr(l, "bidedit.quote.no_quote"))};
    Review edited = *stored;
    const auto q = std::find_if(edited.quotes.begin(), edited.quotes.end(), [&](const ReceivedQuote &x) { return x.id == quoteId; });
    if (q == edited.quotes.end())
        return {quoteError("/received_quotes/quotes", tr(l, "bidedit.quote.no_quote"))};
    edited.quotes.erase(q);
    return applyReview(p, std::move(edited), {}, l);
}

} // namespace vb::quotes
