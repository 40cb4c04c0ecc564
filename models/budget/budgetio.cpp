// SPDX-License-Identifier: GPL-3.0-or-later
// The "budget" and "revenue" sections of the project file (docs/project-format.md §12).
#include "budget.h"
#include "budgetio.h"

#include "jsontext.h"
#include "messages.h"
#include "jsonwriter.h"
#include "jsonreader.h"
#include "sections.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vb {

namespace {

/** An enum value and its key in the project file. */
template<typename E>
struct Key {
    E value;
    const char *key;
};
/** The same with the name the documents show, from the message catalogue. */
template<typename E>
struct NamedKey {
    E value;
    const char *key;
    MsgId name;
};

constexpr NamedKey<CostCategory> kCategories[] = {
    {CostCategory::Venue, "venue", "category.venue"},
    {CostCategory::FoodBeverage, "fnb", "category.fnb"},
    {CostCategory::AvProduction, "av_production", "category.av_production"},
    {CostCategory::Streaming, "streaming", "category.streaming"},
    {CostCategory::Accommodation, "accommodation", "category.accommodation"},
    {CostCategory::Transport, "transport", "category.transport"},
    {CostCategory::Speakers, "speakers", "category.speakers"},
    {CostCategory::Marketing, "marketing", "category.marketing"},
    {CostCategory::Registration, "registration", "category.registration"},
    {CostCategory::Staffing, "staffing", "category.staffing"},
    {CostCategory::InsurancePermits, "insurance_permits", "category.insurance_permits"},
    {CostCategory::Other, "other", "category.other"},
};
constexpr NamedKey<QuantityBasis> kBases[] = {
    {QuantityBasis::Fixed, "fixed", "basis.fixed"},
    {QuantityBasis::PerAttendee, "per_attendee", "basis.per_attendee"},
    {QuantityBasis::PerOnsiteAttendee, "per_onsite_attendee", "basis.per_onsite_attendee"},
    {QuantityBasis::PerOnlineAttendee, "per_online_attendee", "basis.per_online_attendee"},
    {QuantityBasis::PerDay, "per_day", "basis.per_day"},
    {QuantityBasis::PerAttendeeDay, "per_attendee_day", "basis.per_attendee_day"},
    {QuantityBasis::PerRoomNight, "per_room_night", "basis.per_room_night"},
    {QuantityBasis::PerM2, "per_m2", "basis.per_m2"},
};
constexpr Key<QuoteStatus> kStatuses[] = {
    {QuoteStatus::Estimate, "estimate"},
    {QuoteStatus::Quoted, "quoted"},
    {QuoteStatus::Confirmed, "confirmed"},
};
constexpr Key<TaxTreatment> kTaxes[] = {
    {TaxTreatment::Excluded, "excluded"},
    {TaxTreatment::Included, "included"},
    {TaxTreatment::Exempt, "exempt"},
};
constexpr NamedKey<RevenueType> kRevenueTypes[] = {
    {RevenueType::Registration, "registration", "revenue_type.registration"},
    {RevenueType::Sponsorship, "sponsorship", "revenue_type.sponsorship"},
    {RevenueType::Exhibition, "exhibition", "revenue_type.exhibition"},
    {RevenueType::Subsidy, "subsidy", "revenue_type.subsidy"},
    {RevenueType::Other, "other", "revenue_type.other"},
};

template<typename T, std::size_t N>
const T &entry(const T (&table)[N], decltype(T::value) v)
{
    for (const auto &k : table)
        if (k.value == v)
            return k;
    return table[0];
}

template<typename T, std::size_t N>
std::optional<decltype(T::value)> parse(const T (&table)[N], std::string_view s)
{
    for (const auto &k : table)
        if (s == k.key)
            return k.value;
    return std::nullopt;
}

template<typename T, std::size_t N>
std::string choices(const T (&table)[N])
{
    std::string out;
    for (const auto &k : table)
        out += (out.empty() ? "" : ", ") + std::string(k.key);
    return out;
}

FormatMask readFormats(JsonReader &r, const json::object &o, const std::string &path)
{
    const auto *v = o.if_contains("formats");
    if (!v)
        return kAllFormatsMask;
    const std::string p = join(path, "formats");
    if (!v->is_array() || v->get_array().empty()) {
        r.error(p, tr(r.lang, "budget.r.formats", {kindName(*v, r.lang)}));
        return kAllFormatsMask;
    }
    FormatMask m = 0;
    const auto &a = v->get_array();
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto f = a[i].is_string() ? parseFormat(a[i].get_string()) : std::nullopt;
        if (!f) {
            r.error(join(p, i), tr(r.lang, "budget.r.format", {kindName(a[i], r.lang)}));
            continue;
        }
        const FormatMask bit = 1u << static_cast<int>(*f);
        if (m & bit)
            r.error(join(p, i), tr(r.lang, "budget.r.listed_twice", {formatKey(*f)}));
        m |= bit;
    }
    return m ? m : kAllFormatsMask;
}

json::value formatsJson(FormatMask m)
{
    json::array a;
    for (auto f : kAllFormats)
        if (appliesTo(m, f))
            a.emplace_back(formatKey(f));
    return a;
}

std::vector<Payment> readSchedule(JsonReader &r, const json::object &o, std::string_view key, const std::string &path)
{
    std::vector<Payment> out;
    const auto *v = o.if_contains(key);
    if (!v)
        return out;
    const std::string p = join(path, key);
    if (!v->is_array()) {
        r.error(p, tr(r.lang, "budget.r.schedule", {kindName(*v, r.lang)}));
        return out;
    }
    const auto &a = v->get_array();
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string ip = join(p, i);
        const auto *po = r.object(a[i], ip);
        if (!po)
            continue;
        Payment pay;
        pay.due = r.date(*po, "due", ip, true).value_or("");
        pay.shareBp = static_cast<int>(r.hundredths(*po, "percent", ip, true, 100).value_or(0));
        r.unknownKeys(*po, ip, {"due", "percent"});
        sum += pay.shareBp;
        out.push_back(std::move(pay));
    }
    if (!out.empty() && sum != 10000)
        r.error(p, tr(r.lang, "budget.r.percent_sum", {formatShortest(static_cast<double>(sum) / 100.0)}));
    return out;
}

json::value scheduleJson(const std::vector<Payment> &s)
{
    json::array a;
    for (const auto &pay : s)
        a.push_back(json::object{{"due", pay.due}, {"percent", hundredthsJson(pay.shareBp)}});
    return a;
}

std::string readCurrency(JsonReader &r, const json::object &o, const std::string &path)
{
    auto c = r.string(o, "currency", path, false, true).value_or("TWD");
    if (c.size() != 3 || !std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        r.error(join(path, "currency"), tr(r.lang, "read.currency_code", {c}));
    return c;
}

void checkId(JsonReader &r, const std::string &id, const std::string &path, std::set<std::string> &seen)
{
    if (!isId(id))
        r.idError(join(path, "id"), id, tr(r.lang, "read.p.id", {id}));
    else if (!seen.insert(id).second)
        r.error(join(path, "id"), tr(r.lang, "read.duplicate_id", {id}));
}

BudgetLine readLine(JsonReader &r, const json::object &o, const std::string &path)
{
    BudgetLine l;
    l.id = r.string(o, "id", path, true, true).value_or("");
    if (auto c = r.string(o, "category", path, true)) {
        if (auto cat = parse(kCategories, *c))
            l.category = *cat;
        else
            r.error(join(path, "category"), tr(r.lang, "read.one_of", {choices(kCategories), *c}));
    }
    l.description = r.localized(o, "description", path, true).value_or(LocalizedText{});
    l.vendor = r.string(o, "vendor", path, false).value_or("");
    l.unitCostCents = r.hundredths(o, "unit_cost", path, true).value_or(0);
    l.currency = readCurrency(r, o, path);
    if (auto b = r.string(o, "basis", path, false)) {
        if (auto basis = parse(kBases, *b))
            l.basis = *basis;
        else
            r.error(join(path, "basis"), tr(r.lang, "read.one_of", {choices(kBases), *b}));
    }
    l.quantityHundredths = r.hundredths(o, "quantity", path, false, 1e9).value_or(100);
    l.minimumUnitsHundredths = r.hundredths(o, "minimum_units", path, false, 1e9);
    l.minimumAmountCents = r.hundredths(o, "minimum_amount", path, false);
    l.formats = readFormats(r, o, path);
    if (auto s = r.string(o, "status", path, false)) {
        if (auto st = parse(kStatuses, *s))
            l.status = *st;
        else
            r.error(join(path, "status"), tr(r.lang, "read.one_of", {choices(kStatuses), *s}));
    }
    l.serviceCharge = r.boolean(o, "service_charge", path).value_or(false);
    if (auto t = r.string(o, "tax", path, false)) {
        if (auto tax = parse(kTaxes, *t))
            l.tax = *tax;
        else
            r.error(join(path, "tax"), tr(r.lang, "read.one_of", {choices(kTaxes), *t}));
    }
    l.payments = readSchedule(r, o, "payments", path);
    l.note = r.string(o, "note", path, false).value_or("");
    r.unknownKeys(o, path, {"id", "category", "description", "vendor", "unit_cost", "currency", "basis", "quantity", "minimum_units",
                            "minimum_amount", "formats", "status", "service_charge", "tax", "payments", "note"});
    return l;
}

QuoteVersion readQuote(JsonReader &r, const json::object &o, const std::string &path)
{
    QuoteVersion q;
    q.version = r.smallInt(o, "version", path, true, 1).value_or(1);
    q.issued = r.date(o, "issued", path, true).value_or("");
    if (auto f = r.string(o, "format", path, true)) {
        if (auto ef = parseFormat(*f))
            q.format = *ef;
        else
            r.error(join(path, "format"), tr(r.lang, "budget.r.format_str", {*f}));
    }
    q.markupBp = static_cast<int>(r.hundredths(o, "markup_percent", path, false, 1000).value_or(0));
    q.discountBp = static_cast<int>(r.hundredths(o, "discount_percent", path, false, 100).value_or(0));
    q.validUntil = r.date(o, "valid_until", path, true).value_or("");
    q.paymentTerms = r.localized(o, "payment_terms", path, true).value_or(LocalizedText{});
    q.changeNote = r.localized(o, "change_note", path, false).value_or(LocalizedText{});
    if (auto d = r.string(o, "detail", path, false)) {
        if (*d == "lines")
            q.detail = QuoteDetail::Lines;
        else if (*d != "categories")
            r.error(join(path, "detail"), tr(r.lang, "budget.r.detail", {*d}));
    }
    if (const auto *t = o.if_contains("totals")) {
        const std::string tp = join(path, "totals");
        if (const auto *to = r.object(*t, tp)) {
            q.frozenNet = r.integer(*to, "before_tax", tp, true, 0);
            q.frozenTax = r.integer(*to, "tax", tp, true, 0);
            q.frozenTotal = r.integer(*to, "total", tp, true, 0);
            r.unknownKeys(*to, tp, {"before_tax", "tax", "total"});
        }
    }
    r.unknownKeys(o, path, {"version", "issued", "format", "markup_percent", "discount_percent", "valid_until", "payment_terms", "change_note", "detail", "totals"});
    return q;
}

RevenueItem readRevenue(JsonReader &r, const json::object &o, const std::string &path)
{
    RevenueItem it;
    it.id = r.string(o, "id", path, true, true).value_or("");
    if (auto t = r.string(o, "type", path, true)) {
        if (auto rt = parse(kRevenueTypes, *t))
            it.type = *rt;
        else
            r.error(join(path, "type"), tr(r.lang, "read.one_of", {choices(kRevenueTypes), *t}));
    }
    it.name = r.localized(o, "name", path, true).value_or(LocalizedText{});
    it.amount = r.integer(o, "amount", path, true, 0).value_or(0);
    it.currency = readCurrency(r, o, path);
    if (it.type == RevenueType::Registration) {
        if (auto a = r.string(o, "audience", path, true)) {
            if (*a == "online")
                it.onlineAudience = true;
            else if (*a != "onsite")
                r.error(join(path, "audience"), tr(r.lang, "budget.r.audience", {*a}));
        }
        it.shareBp = static_cast<int>(r.hundredths(o, "share_percent", path, true, 100).value_or(0));
        if (o.contains("quantity"))
            r.error(join(path, "quantity"), tr(r.lang, "budget.r.tier_quantity"));
    } else {
        it.quantity = r.integer(o, "quantity", path, false, 0).value_or(1);
        if (o.contains("audience") || o.contains("share_percent"))
            r.error(path, tr(r.lang, "budget.r.tier_only"));
    }
    it.unit = r.string(o, "unit", path, false).value_or("");
    if (!it.unit.empty() && it.unit != "booth" && it.unit != "m2")
        r.error(join(path, "unit"), tr(r.lang, "budget.r.unit", {it.unit}));
    it.formats = readFormats(r, o, path);
    it.receipts = readSchedule(r, o, "receipts", path);
    it.source = r.string(o, "source", path, false, false, true);
    if (it.source && !isUrl(*it.source))
        r.error(join(path, "source"), tr(r.lang, "read.source_url", {*it.source}));
    it.note = r.string(o, "note", path, false).value_or("");
    r.unknownKeys(o, path, {"id", "type", "name", "amount", "currency", "audience", "share_percent", "quantity", "unit", "formats", "receipts", "source", "note"});
    return it;
}

template<typename T, typename F>
std::vector<T> readArray(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, F readOne)
{
    std::vector<T> out;
    const auto *v = o.if_contains(key);
    if (!v)
        return out;
    const std::string p = join(path, key);
    if (!v->is_array()) {
        r.error(p, tr(r.lang, "read.not_array", {kindName(*v, r.lang)}));
        return out;
    }
    const auto &a = v->get_array();
    for (std::size_t i = 0; i < a.size(); ++i)
        if (const auto *io = r.object(a[i], join(p, i)))
            out.push_back(readOne(r, *io, join(p, i)));
    return out;
}

json::value lineJson(const BudgetLine &l)
{
    json::object o;
    o["id"] = l.id;
    o["category"] = categoryKey(l.category);
    o["description"] = textJson(l.description);
    if (!l.vendor.empty())
        o["vendor"] = l.vendor;
    o["unit_cost"] = hundredthsJson(l.unitCostCents);
    o["currency"] = l.currency;
    o["basis"] = basisKey(l.basis);
    o["quantity"] = hundredthsJson(l.quantityHundredths);
    if (l.minimumUnitsHundredths)
        o["minimum_units"] = hundredthsJson(*l.minimumUnitsHundredths);
    if (l.minimumAmountCents)
        o["minimum_amount"] = hundredthsJson(*l.minimumAmountCents);
    o["formats"] = formatsJson(l.formats);
    o["status"] = statusKey(l.status);
    o["service_charge"] = l.serviceCharge;
    o["tax"] = taxKey(l.tax);
    if (!l.payments.empty())
        o["payments"] = scheduleJson(l.payments);
    if (!l.note.empty())
        o["note"] = l.note;
    return o;
}

json::value quoteJson(const QuoteVersion &q)
{
    json::object o;
    o["version"] = q.version;
    o["issued"] = q.issued;
    o["format"] = formatKey(q.format);
    o["markup_percent"] = hundredthsJson(q.markupBp);
    o["discount_percent"] = hundredthsJson(q.discountBp);
    o["valid_until"] = q.validUntil;
    o["payment_terms"] = textJson(q.paymentTerms);
    if (!q.changeNote.zh.empty() || !q.changeNote.en.empty())
        o["change_note"] = textJson(q.changeNote);
    if (q.detail == QuoteDetail::Lines)
        o["detail"] = "lines";
    if (q.frozenTotal)
        o["totals"] = json::object{{"before_tax", q.frozenNet.value_or(0)}, {"tax", q.frozenTax.value_or(0)}, {"total", *q.frozenTotal}};
    return o;
}

json::value revenueJson(const RevenueItem &it)
{
    json::object o;
    o["id"] = it.id;
    o["type"] = revenueTypeKey(it.type);
    o["name"] = textJson(it.name);
    o["amount"] = it.amount;
    o["currency"] = it.currency;
    if (it.type == RevenueType::Registration) {
        o["audience"] = it.onlineAudience ? "online" : "onsite";
        o["share_percent"] = hundredthsJson(it.shareBp);
    } else {
        o["quantity"] = it.quantity;
    }
    if (!it.unit.empty())
        o["unit"] = it.unit;
    o["formats"] = formatsJson(it.formats);
    if (!it.receipts.empty())
        o["receipts"] = scheduleJson(it.receipts);
    if (it.source)
        o["source"] = *it.source;
    if (!it.note.empty())
        o["note"] = it.note;
    return o;
}

} // namespace

const char *categoryKey(CostCategory c) { return entry(kCategories, c).key; }
std::optional<CostCategory> parseCategory(std::string_view key) { return parse(kCategories, key); }
const char *categoryName(CostCategory c, Lang l) { return tr(l, entry(kCategories, c).name); }
const char *basisKey(QuantityBasis b) { return entry(kBases, b).key; }
std::optional<QuantityBasis> parseBasis(std::string_view key) { return parse(kBases, key); }
const char *basisName(QuantityBasis b, Lang l) { return tr(l, entry(kBases, b).name); }
const char *statusKey(QuoteStatus s) { return entry(kStatuses, s).key; }
std::optional<QuoteStatus> parseStatus(std::string_view key) { return parse(kStatuses, key); }
const char *taxKey(TaxTreatment t) { return entry(kTaxes, t).key; }
std::optional<TaxTreatment> parseTax(std::string_view key) { return parse(kTaxes, key); }
const char *revenueTypeKey(RevenueType t) { return entry(kRevenueTypes, t).key; }
std::optional<RevenueType> parseRevenueType(std::string_view key) { return parse(kRevenueTypes, key); }
const char *revenueTypeName(RevenueType t, Lang l) { return tr(l, entry(kRevenueTypes, t).name); }

void readBudgetJson(JsonReader &r, const json::value &v, const std::string &path, Budget &b)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    const auto pct = [&](std::string_view key, int def, double max) {
        return static_cast<int>(r.hundredths(*o, key, path, false, max).value_or(def));
    };
    b.contingencyBp = pct("contingency_percent", 1000, 30);
    b.managementFeeBp = pct("management_fee_percent", 0, 100);
    b.serviceChargeBp = pct("service_charge_percent", 1000, 100);
    b.taxBp = pct("tax_percent", 500, 100);
    b.organiserTaxRegistered = r.boolean(*o, "organiser_tax_registered", path).value_or(false);
    b.taxOnContingency = r.boolean(*o, "tax_on_contingency", path).value_or(true);
    b.taxOnManagementFee = r.boolean(*o, "tax_on_management_fee", path).value_or(true);
    b.managementFeeOnContingency = r.boolean(*o, "management_fee_on_contingency", path).value_or(true);
    if (const auto *s = o->if_contains("scenarios")) {
        const std::string sp = join(path, "scenarios");
        if (const auto *so = r.object(*s, sp)) {
            static constexpr const char *kKeys[] = {"pessimistic", "likely", "optimistic"};
            for (int i = 0; i < 3; ++i)
                b.scenarioPercent[i] = r.smallInt(*so, kKeys[i], sp, true, 0).value_or(b.scenarioPercent[i]);
            r.unknownKeys(*so, sp, {"pessimistic", "likely", "optimistic"});
        }
    }
    b.exposureCeiling = r.integer(*o, "exposure_ceiling", path, false, 0);
    b.note = r.string(*o, "note", path, false).value_or("");
    b.lines = readArray<BudgetLine>(r, *o, "lines", path, readLine);
    b.quotes = readArray<QuoteVersion>(r, *o, "quote_versions", path, readQuote);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < b.lines.size(); ++i)
        checkId(r, b.lines[i].id, join(join(path, "lines"), i), ids);
    r.unknownKeys(*o, path, {"contingency_percent", "management_fee_percent", "service_charge_percent", "tax_percent", "organiser_tax_registered",
                             "tax_on_contingency", "tax_on_management_fee", "management_fee_on_contingency", "scenarios", "exposure_ceiling", "note",
                             "lines", "quote_versions"});
}

void readRevenueJson(JsonReader &r, const json::value &v, const std::string &path, Budget &b)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    b.revenueNote = r.string(*o, "note", path, false).value_or("");
    b.revenue = readArray<RevenueItem>(r, *o, "items", path, readRevenue);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < b.revenue.size(); ++i)
        checkId(r, b.revenue[i].id, join(join(path, "items"), i), ids);
    r.unknownKeys(*o, path, {"note", "items"});
}

json::value budgetJson(const Budget &b)
{
    json::object o;
    o["contingency_percent"] = hundredthsJson(b.contingencyBp);
    o["management_fee_percent"] = hundredthsJson(b.managementFeeBp);
    o["service_charge_percent"] = hundredthsJson(b.serviceChargeBp);
    o["tax_percent"] = hundredthsJson(b.taxBp);
    // The tax basis is written when it differs from the default, so older files stay as they were.
    if (b.organiserTaxRegistered)
        o["organiser_tax_registered"] = true;
    if (!b.taxOnContingency)
        o["tax_on_contingency"] = false;
    if (!b.taxOnManagementFee)
        o["tax_on_management_fee"] = false;
    if (!b.managementFeeOnContingency)
        o["management_fee_on_contingency"] = false;
    o["scenarios"] = json::object{{"pessimistic", b.scenarioPercent[0]}, {"likely", b.scenarioPercent[1]}, {"optimistic", b.scenarioPercent[2]}};
    if (b.exposureCeiling)
        o["exposure_ceiling"] = *b.exposureCeiling;
    if (!b.note.empty())
        o["note"] = b.note;
    json::array lines;
    for (const auto &l : b.lines)
        lines.push_back(lineJson(l));
    o["lines"] = std::move(lines);
    if (!b.quotes.empty()) {
        json::array qs;
        for (const auto &q : b.quotes)
            qs.push_back(quoteJson(q));
        o["quote_versions"] = std::move(qs);
    }
    return o;
}

json::value revenueSectionJson(const Budget &b)
{
    json::object o;
    if (!b.revenueNote.empty())
        o["note"] = b.revenueNote;
    json::array items;
    for (const auto &it : b.revenue)
        items.push_back(revenueJson(it));
    o["items"] = std::move(items);
    return o;
}

bool hasBudget(const Project &p)
{
    return p.sections.get<Budget>() || p.sections.get<Revenue>();
}

Budget budgetOf(const Project &p)
{
    Budget b;
    if (const auto *stored = p.sections.get<Budget>())
        b = *stored;
    if (const auto *r = p.sections.get<Revenue>()) {
        b.revenue = r->items;
        b.revenueNote = r->note;
    }
    return b;
}

void setBudget(Project &p, const Budget &b)
{
    Budget costs = b;
    costs.revenue.clear();
    costs.revenueNote.clear();
    p.sections.set(std::move(costs));
    p.sections.set(Revenue{b.revenue, b.revenueNote});
}

void readBudgetSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Budget b;
    readBudgetJson(r, v, path, b);
    b.revenue.clear();
    b.revenueNote.clear();
    p.sections.set(std::move(b));
}

void readRevenueSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    Budget b;
    readRevenueJson(r, v, path, b);
    p.sections.set(Revenue{std::move(b.revenue), std::move(b.revenueNote)});
}

json::value writeBudgetSection(const Project &p)
{
    const auto *b = p.sections.get<Budget>();
    return b ? budgetJson(*b) : json::value(nullptr);
}

json::value writeRevenueSection(const Project &p)
{
    const auto *r = p.sections.get<Revenue>();
    if (!r)
        return nullptr;
    Budget b;
    b.revenue = r->items;
    b.revenueNote = r->note;
    return revenueSectionJson(b);
}

void validateBudgetSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    if (!hasBudget(p))
        return;
    const Budget b = budgetOf(p);
    for (std::size_t i = 0; i < b.lines.size(); ++i)
        if (!p.rateToBase(b.lines[i].currency))
            out.push_back({Diagnostic::Severity::Error, "/budget/lines/" + std::to_string(i) + "/currency",
                           tr(lang, "budget.v.no_fx", {b.lines[i].currency})});
    for (std::size_t i = 0; i < b.revenue.size(); ++i)
        if (!p.rateToBase(b.revenue[i].currency))
            out.push_back({Diagnostic::Severity::Error, "/revenue/items/" + std::to_string(i) + "/currency",
                           tr(lang, "budget.v.no_fx", {b.revenue[i].currency})});
    for (std::size_t i = 0; i < b.lines.size(); ++i)
        if (b.lines[i].basis == QuantityBasis::PerM2 && !p.requirements.exhibitionM2)
            out.push_back({Diagnostic::Severity::Warning, "/budget/lines/" + std::to_string(i) + "/basis",
                           tr(lang, "budget.v.per_m2")});
    for (std::size_t i = 0; i < b.quotes.size(); ++i)
        if (b.quotes[i].version != static_cast<int>(i) + 1)
            out.push_back({Diagnostic::Severity::Error, "/budget/quote_versions/" + std::to_string(i) + "/version",
                           tr(lang, "budget.v.version", {std::to_string(i + 1)})});
}


} // namespace vb
