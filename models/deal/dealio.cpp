// SPDX-License-Identifier: GPL-3.0-or-later
// The "negotiation" and "contract" sections of the project file (docs/project-format.md, negotiation and contract).
#include "deal.h"

#include "jsonwriter.h"

namespace vb::deal {

namespace {

template<typename E>
struct Key {
    E value;
    const char *key;
};
constexpr Key<FeeModel> kFeeModels[] = {{FeeModel::Fixed, "fixed"}, {FeeModel::PerCapita, "per_capita"}, {FeeModel::Percent, "percent"}, {FeeModel::Mixed, "mixed"}};
constexpr Key<Party> kParties[] = {{Party::Us, "us"}, {Party::Client, "client"}};
constexpr Key<RoundStatus> kRoundStatuses[] = {
    {RoundStatus::Open, "open"}, {RoundStatus::Countered, "countered"}, {RoundStatus::Accepted, "accepted"}, {RoundStatus::Rejected, "rejected"}};
constexpr Key<ContractStatus> kStatuses[] = {{ContractStatus::Draft, "draft"}, {ContractStatus::Agreed, "agreed"}, {ContractStatus::Signed, "signed"}};
constexpr Key<StampDuty> kStampDuties[] = {{StampDuty::Chenglan, "chenglan"}, {StampDuty::Weiren, "weiren"}, {StampDuty::None, "none"}};
constexpr Key<Remedy> kRemedies[] = {{Remedy::Reduce, "reduce"},
                                     {Remedy::Reschedule, "reschedule"},
                                     {Remedy::SwitchFormat, "switch_format"},
                                     {Remedy::Credit, "credit"},
                                     {Remedy::Terminate, "terminate"}};
constexpr Key<EventFormat> kFormats[] = {{EventFormat::Onsite, "onsite"}, {EventFormat::Hybrid, "hybrid"}, {EventFormat::Online, "online"}};

template<typename E, std::size_t N>
const char *keyOf(const Key<E> (&table)[N], E v)
{
    for (const auto &k : table)
        if (k.value == v)
            return k.key;
    return table[0].key;
}

template<typename E, std::size_t N>
std::optional<E> parseKey(JsonReader &r, const json::value &v, const std::string &path, const Key<E> (&table)[N])
{
    std::string choices;
    for (const auto &k : table)
        choices += (choices.empty() ? "" : ", ") + std::string(k.key);
    if (!v.is_string()) {
        r.error(path, tr(r.lang, "read.one_of_kind", {choices, kindName(v, r.lang)}));
        return std::nullopt;
    }
    for (const auto &k : table)
        if (v.get_string() == k.key)
            return k.value;
    r.error(path, tr(r.lang, "read.one_of", {choices, std::string(v.get_string())}));
    return std::nullopt;
}

template<typename E, std::size_t N>
E choice(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, const Key<E> (&table)[N], E def)
{
    const auto *v = o.if_contains(key);
    if (!v)
        return def;
    return parseKey(r, *v, join(path, key), table).value_or(def);
}

template<typename T, typename F>
std::vector<T> readArray(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, F f)
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
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string ip = join(p, i);
        if (const auto *io = r.object(a[i], ip))
            out.push_back(f(*io, ip));
    }
    return out;
}

/** A money amount (whole TWD, ≥ 0). */
std::optional<Money> money(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, bool required)
{
    const auto v = r.integer(o, key, path, required, 0);
    if (v && *v > 10'000'000'000'000) {
        r.error(join(path, key), tr(r.lang, "deal.r.amount_max", {std::to_string(*v)}));
        return std::nullopt;
    }
    return v;
}

/** A percentage 0 … max (two decimals) in basis points. */
int percentBp(JsonReader &r, const json::object &o, std::string_view key, const std::string &path, int def, double max = 100)
{
    return static_cast<int>(r.hundredths(o, key, path, false, max).value_or(def));
}

LocalizedText localizedOr(JsonReader &r, const json::object &o, std::string_view key, const std::string &path)
{
    return r.localized(o, key, path, false).value_or(LocalizedText{});
}

std::vector<ScaleRow> readScale(JsonReader &r, const json::object &o, std::string_view key, const std::string &path)
{
    return readArray<ScaleRow>(r, o, key, path, [&](const json::object &so, const std::string &sp) {
        ScaleRow row;
        row.minDaysBefore = r.smallInt(so, "min_days_before", sp, true, 0).value_or(0);
        row.percentBp = percentBp(r, so, "percent", sp, 0);
        if (!so.contains("percent"))
            r.error(join(sp, "percent"), tr(r.lang, "deal.r.scale_percent"));
        r.unknownKeys(so, sp, {"min_days_before", "percent"});
        return row;
    });
}

json::value scaleJson(const std::vector<ScaleRow> &rows)
{
    json::array a;
    for (const auto &row : rows)
        a.push_back(json::object{{"min_days_before", row.minDaysBefore}, {"percent", hundredthsJson(row.percentBp)}});
    return a;
}

json::value textOrNull(const LocalizedText &t)
{
    return t.zh.empty() && t.en.empty() ? json::value(nullptr) : textJson(t);
}

} // namespace

const char *feeModelKey(FeeModel m) { return keyOf(kFeeModels, m); }
const char *partyKey(Party p) { return keyOf(kParties, p); }
const char *roundStatusKey(RoundStatus s) { return keyOf(kRoundStatuses, s); }
const char *contractStatusKey(ContractStatus s) { return keyOf(kStatuses, s); }
const char *stampDutyKey(StampDuty s) { return keyOf(kStampDuties, s); }
const char *remedyKey(Remedy r) { return keyOf(kRemedies, r); }

// ── negotiation ──

void readNegotiationSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    Negotiation n;
    if (const auto *fv = o->if_contains("format"))
        n.format = parseKey(r, *fv, join(path, "format"), kFormats).value_or(EventFormat::Onsite);
    else
        r.error(join(path, "format"), tr(r.lang, "deal.r.format"));
    n.feeModel = choice(r, *o, "fee_model", path, kFeeModels, FeeModel::Fixed);
    n.minMarginBp = percentBp(r, *o, "min_margin_percent", path, 800, 99.99);
    n.targetMarginBp = percentBp(r, *o, "target_margin_percent", path, 1500, 99.99);
    n.batna = money(r, *o, "batna", path, false);
    n.clientReservation = money(r, *o, "client_reservation_estimate", path, false);
    n.opening = money(r, *o, "opening_price", path, false);
    n.concessions = readArray<Concession>(r, *o, "concessions", path, [&](const json::object &co, const std::string &cp) {
        Concession c;
        c.amount = money(r, co, "amount", cp, true).value_or(0);
        c.note = r.string(co, "note", cp, false).value_or("");
        r.unknownKeys(co, cp, {"amount", "note"});
        return c;
    });
    n.tradeOffs = readArray<TradeOff>(r, *o, "trade_offs", path, [&](const json::object &to, const std::string &tp) {
        TradeOff t;
        t.line = r.string(to, "line", tp, true, true).value_or("");
        t.note = r.string(to, "note", tp, false).value_or("");
        r.unknownKeys(to, tp, {"line", "note"});
        return t;
    });
    n.governmentTender = r.boolean(*o, "government_tender", path).value_or(false);
    if (o->contains("round_limit"))
        n.roundLimit = r.smallInt(*o, "round_limit", path, true, 1);
    n.rounds = readArray<Round>(r, *o, "rounds", path, [&](const json::object &ro, const std::string &rp) {
        Round rd;
        rd.date = r.date(ro, "date", rp, true).value_or("");
        rd.party = choice(r, ro, "party", rp, kParties, Party::Us);
        if (!ro.contains("party"))
            r.error(join(rp, "party"), tr(r.lang, "deal.r.party"));
        rd.offer = money(r, ro, "offer", rp, true).value_or(0);
        rd.given = r.string(ro, "given", rp, false).value_or("");
        rd.received = r.string(ro, "received", rp, false).value_or("");
        rd.status = choice(r, ro, "status", rp, kRoundStatuses, RoundStatus::Open);
        r.unknownKeys(ro, rp, {"date", "party", "offer", "given", "received", "status"});
        return rd;
    });
    n.note = r.string(*o, "note", path, false).value_or("");
    r.unknownKeys(*o, path,
                  {"format", "fee_model", "min_margin_percent", "target_margin_percent", "batna", "client_reservation_estimate", "opening_price", "concessions",
                   "trade_offs", "government_tender", "round_limit", "rounds", "note"});
    p.sections.set(std::move(n));
}

json::value writeNegotiationSection(const Project &p)
{
    const auto *n = p.sections.get<Negotiation>();
    if (!n)
        return nullptr;
    json::object o;
    o["format"] = formatKey(n->format);
    o["fee_model"] = feeModelKey(n->feeModel);
    o["min_margin_percent"] = hundredthsJson(n->minMarginBp);
    o["target_margin_percent"] = hundredthsJson(n->targetMarginBp);
    if (n->batna)
        o["batna"] = *n->batna;
    if (n->clientReservation)
        o["client_reservation_estimate"] = *n->clientReservation;
    if (n->opening)
        o["opening_price"] = *n->opening;
    json::array cs;
    for (const auto &c : n->concessions) {
        json::object co{{"amount", c.amount}};
        if (!c.note.empty())
            co["note"] = c.note;
        cs.push_back(std::move(co));
    }
    o["concessions"] = std::move(cs);
    json::array ts;
    for (const auto &t : n->tradeOffs)
        ts.push_back(json::object{{"line", t.line}, {"note", t.note}});
    o["trade_offs"] = std::move(ts);
    o["government_tender"] = n->governmentTender;
    if (n->roundLimit)
        o["round_limit"] = *n->roundLimit;
    json::array rs;
    for (const auto &rd : n->rounds)
        rs.push_back(json::object{{"date", rd.date},     {"party", partyKey(rd.party)},         {"offer", rd.offer},
                                  {"given", rd.given},   {"received", rd.received},             {"status", roundStatusKey(rd.status)}});
    o["rounds"] = std::move(rs);
    if (!n->note.empty())
        o["note"] = n->note;
    return o;
}

bool hasNegotiation(const Project &p)
{
    return p.sections.get<Negotiation>() != nullptr;
}

Negotiation negotiationOf(const Project &p)
{
    const auto *n = p.sections.get<Negotiation>();
    return n ? *n : Negotiation{};
}

void validateNegotiationSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    for (auto &d : checkNegotiation(p, lang))
        out.push_back(std::move(d));
}

// ── contract ──

void readContractSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    Contract c;
    c.governmentClient = r.boolean(*o, "government_client", path).value_or(false);
    if (const auto *pv = o->if_contains("parties")) {
        const std::string pp = join(path, "parties");
        if (const auto *po = r.object(*pv, pp)) {
            c.client = localizedOr(r, *po, "client", pp);
            c.contractor = localizedOr(r, *po, "contractor", pp);
            c.event = localizedOr(r, *po, "event", pp);
            r.unknownKeys(*po, pp, {"client", "contractor", "event"});
        }
    }
    c.status = choice(r, *o, "status", path, kStatuses, ContractStatus::Draft);
    c.quoteVersion = r.smallInt(*o, "quote_version", path, true, 1).value_or(1);
    if (const auto *av = o->if_contains("agreed")) {
        const std::string ap = join(path, "agreed");
        if (const auto *ao = r.object(*av, ap)) {
            Agreed a;
            a.date = r.date(*ao, "date", ap, true).value_or("");
            a.beforeTax = money(r, *ao, "before_tax", ap, true).value_or(0);
            a.tax = money(r, *ao, "tax", ap, true).value_or(0);
            a.total = money(r, *ao, "total", ap, true).value_or(0);
            r.unknownKeys(*ao, ap, {"date", "before_tax", "tax", "total"});
            c.agreed = a;
        }
    }
    if (o->contains("signed_date"))
        c.signedDate = r.date(*o, "signed_date", path, true);
    c.signatories = readArray<Signatory>(r, *o, "signatories", path, [&](const json::object &so, const std::string &sp) {
        Signatory s;
        s.party = choice(r, so, "party", sp, kParties, Party::Client);
        s.name = r.string(so, "name", sp, true, true).value_or("");
        s.title = r.string(so, "title", sp, false).value_or("");
        if (so.contains("date"))
            s.date = r.date(so, "date", sp, true).value_or("");
        r.unknownKeys(so, sp, {"party", "name", "title", "date"});
        return s;
    });
    c.payments = readArray<PaymentMilestone>(r, *o, "payments", path, [&](const json::object &mo, const std::string &mp) {
        PaymentMilestone m;
        m.milestone = r.localized(mo, "milestone", mp, true).value_or(LocalizedText{});
        m.shareBp = static_cast<int>(r.hundredths(mo, "percent", mp, true, 100).value_or(0));
        m.due = r.date(mo, "due", mp, true).value_or("");
        r.unknownKeys(mo, mp, {"milestone", "percent", "due"});
        return m;
    });
    c.performanceBondBp = percentBp(r, *o, "performance_bond_percent", path, 0);
    if (const auto *lv = o->if_contains("late_penalty")) {
        const std::string lp = join(path, "late_penalty");
        if (const auto *lo = r.object(*lv, lp)) {
            // Not clamped here: a rate of 0 or a cap above 20 % is read as written and refused by checkContract,
            // which names the rule.
            c.latePenalty.perDayHundredthsPermille = static_cast<int>(r.hundredths(*lo, "per_day_permille", lp, false, 1000).value_or(100));
            c.latePenalty.capBp = percentBp(r, *lo, "cap_percent", lp, 2000);
            c.latePenalty.partialHundredthsPermille = static_cast<int>(r.hundredths(*lo, "partial_permille", lp, false, 1000).value_or(300));
            r.unknownKeys(*lo, lp, {"per_day_permille", "cap_percent", "partial_permille"});
        }
    }
    c.cancellation = readScale(r, *o, "cancellation", path);
    c.postponement = readScale(r, *o, "postponement", path);
    if (const auto *hv = o->if_contains("hotel_block")) {
        const std::string hp = join(path, "hotel_block");
        if (const auto *ho = r.object(*hv, hp)) {
            HotelBlock h;
            h.roomNights = r.integer(*ho, "room_nights", hp, true, 0).value_or(0);
            h.attritionBp = percentBp(r, *ho, "attrition_percent", hp, 2000);
            h.cutoffDays = r.smallInt(*ho, "cutoff_days", hp, false, 0).value_or(30);
            r.unknownKeys(*ho, hp, {"room_nights", "attrition_percent", "cutoff_days"});
            c.hotelBlock = h;
        }
    }
    if (const auto *fv = o->if_contains("fnb_guarantee")) {
        const std::string fp = join(path, "fnb_guarantee");
        if (const auto *fo = r.object(*fv, fp)) {
            FnbGuarantee f;
            f.daysBefore = r.smallInt(*fo, "days_before", fp, false, 0).value_or(3);
            f.oversetBp = percentBp(r, *fo, "overset_percent", fp, 500);
            r.unknownKeys(*fo, fp, {"days_before", "overset_percent"});
            c.fnbGuarantee = f;
        }
    }
    if (const auto *fv = o->if_contains("force_majeure")) {
        const std::string fp = join(path, "force_majeure");
        if (const auto *fo = r.object(*fv, fp)) {
            c.forceMajeure.inadvisableBp = percentBp(r, *fo, "inadvisable_threshold_percent", fp, 5000);
            if (const auto *rv = fo->if_contains("remedies")) {
                const std::string rp = join(fp, "remedies");
                c.forceMajeure.remedies.clear();
                if (!rv->is_array())
                    r.error(rp, tr(r.lang, "deal.r.remedies", {kindName(*rv, r.lang)}));
                else
                    for (std::size_t i = 0; i < rv->get_array().size(); ++i)
                        if (auto rem = parseKey(r, rv->get_array()[i], join(rp, i), kRemedies))
                            c.forceMajeure.remedies.push_back(*rem);
            }
            if (const auto *sv = fo->if_contains("switch_to"))
                c.forceMajeure.switchTo = parseKey(r, *sv, join(fp, "switch_to"), kFormats);
            r.unknownKeys(*fo, fp, {"inadvisable_threshold_percent", "remedies", "switch_to"});
        }
    }
    c.gdpr = r.boolean(*o, "gdpr", path).value_or(false);
    c.court = localizedOr(r, *o, "court", path);
    c.stampDuty = choice(r, *o, "stamp_duty", path, kStampDuties, StampDuty::Chenglan);
    c.clauses = readArray<Clause>(r, *o, "clauses", path, [&](const json::object &co, const std::string &cp) {
        Clause cl;
        cl.id = r.string(co, "id", cp, true, true).value_or("");
        if (!cl.id.empty() && !isId(cl.id))
            r.idError(join(cp, "id"), cl.id, tr(r.lang, "read.p.id", {cl.id}));
        cl.title = localizedOr(r, co, "title", cp);
        cl.text = r.localized(co, "text", cp, true).value_or(LocalizedText{});
        r.unknownKeys(co, cp, {"id", "title", "text"});
        return cl;
    });
    c.note = r.string(*o, "note", path, false).value_or("");
    r.unknownKeys(*o, path,
                  {"government_client", "parties", "status", "quote_version", "agreed", "signed_date", "signatories", "payments",
                   "performance_bond_percent", "late_penalty", "cancellation", "postponement", "hotel_block", "fnb_guarantee",
                   "force_majeure", "gdpr", "court", "stamp_duty", "clauses", "note"});
    p.sections.set(std::move(c));
}

json::value writeContractSection(const Project &p)
{
    const auto *c = p.sections.get<Contract>();
    if (!c)
        return nullptr;
    json::object o;
    o["government_client"] = c->governmentClient;
    json::object parties;
    if (auto v = textOrNull(c->client); !v.is_null())
        parties["client"] = v;
    if (auto v = textOrNull(c->contractor); !v.is_null())
        parties["contractor"] = v;
    if (auto v = textOrNull(c->event); !v.is_null())
        parties["event"] = v;
    o["parties"] = std::move(parties);
    o["status"] = contractStatusKey(c->status);
    o["quote_version"] = c->quoteVersion;
    if (c->agreed)
        o["agreed"] = json::object{{"date", c->agreed->date}, {"before_tax", c->agreed->beforeTax}, {"tax", c->agreed->tax}, {"total", c->agreed->total}};
    if (c->signedDate)
        o["signed_date"] = *c->signedDate;
    json::array sig;
    for (const auto &s : c->signatories) {
        json::object so{{"party", partyKey(s.party)}, {"name", s.name}, {"title", s.title}};
        if (!s.date.empty())
            so["date"] = s.date;
        sig.push_back(std::move(so));
    }
    o["signatories"] = std::move(sig);
    json::array pay;
    for (const auto &m : c->payments)
        pay.push_back(json::object{{"milestone", textJson(m.milestone)}, {"percent", hundredthsJson(m.shareBp)}, {"due", m.due}});
    o["payments"] = std::move(pay);
    o["performance_bond_percent"] = hundredthsJson(c->performanceBondBp);
    o["late_penalty"] = json::object{{"per_day_permille", hundredthsJson(c->latePenalty.perDayHundredthsPermille)},
                                     {"cap_percent", hundredthsJson(c->latePenalty.capBp)},
                                     {"partial_permille", hundredthsJson(c->latePenalty.partialHundredthsPermille)}};
    o["cancellation"] = scaleJson(c->cancellation);
    o["postponement"] = scaleJson(c->postponement);
    if (c->hotelBlock)
        o["hotel_block"] = json::object{{"room_nights", c->hotelBlock->roomNights},
                                        {"attrition_percent", hundredthsJson(c->hotelBlock->attritionBp)},
                                        {"cutoff_days", c->hotelBlock->cutoffDays}};
    if (c->fnbGuarantee)
        o["fnb_guarantee"] = json::object{{"days_before", c->fnbGuarantee->daysBefore}, {"overset_percent", hundredthsJson(c->fnbGuarantee->oversetBp)}};
    json::array rem;
    for (auto r : c->forceMajeure.remedies)
        rem.push_back(json::string(remedyKey(r)));
    json::object fm{{"inadvisable_threshold_percent", hundredthsJson(c->forceMajeure.inadvisableBp)}, {"remedies", std::move(rem)}};
    if (c->forceMajeure.switchTo)
        fm["switch_to"] = formatKey(*c->forceMajeure.switchTo);
    o["force_majeure"] = std::move(fm);
    o["gdpr"] = c->gdpr;
    if (auto v = textOrNull(c->court); !v.is_null())
        o["court"] = v;
    o["stamp_duty"] = stampDutyKey(c->stampDuty);
    json::array cls;
    for (const auto &cl : c->clauses) {
        json::object co{{"id", cl.id}};
        if (auto v = textOrNull(cl.title); !v.is_null())
            co["title"] = v;
        co["text"] = textJson(cl.text);
        cls.push_back(std::move(co));
    }
    o["clauses"] = std::move(cls);
    if (!c->note.empty())
        o["note"] = c->note;
    return o;
}

bool hasContract(const Project &p)
{
    return p.sections.get<Contract>() != nullptr;
}

Contract contractOf(const Project &p)
{
    const auto *c = p.sections.get<Contract>();
    return c ? *c : Contract{};
}

void validateContractSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    for (auto &d : checkContract(p, lang))
        out.push_back(std::move(d));
}

} // namespace vb::deal
