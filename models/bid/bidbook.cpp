// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidbook.h"

#include "analysis.h"
#include "optionsanalysis.h"
#include "jsontext.h"
#include "messages.h"
#include "sections.h"
#include "tender.h"
#include "venueranking.h"

#include <algorithm>

namespace vb::bid {

namespace {

struct ChapterInfo {
    Chapter chapter;
    const char *key;
    MsgId title;
};

constexpr ChapterInfo kChapters[] = {
    {Chapter::Letters, "letters", "chapter.letters"},
    {Chapter::Summary, "summary", "chapter.summary"},
    {Chapter::Host, "host", "chapter.host"},
    {Chapter::Destination, "destination", "chapter.destination"},
    {Chapter::Venue, "venue", "chapter.venue"},
    {Chapter::Accommodation, "accommodation", "chapter.accommodation"},
    {Chapter::Scientific, "scientific", "chapter.scientific"},
    {Chapter::Social, "social", "chapter.social"},
    {Chapter::Budget, "budget", "chapter.budget"},
    {Chapter::Support, "support", "chapter.support"},
    {Chapter::Sustainability, "sustainability", "chapter.sustainability"},
    {Chapter::Hybrid, "hybrid", "chapter.hybrid"},
    {Chapter::Risk, "risk", "chapter.risk"},
};

const ChapterInfo &info(Chapter c)
{
    return kChapters[static_cast<int>(c)];
}

} // namespace

const char *chapterKey(Chapter c)
{
    return info(c).key;
}

std::optional<Chapter> parseChapter(std::string_view key)
{
    for (const auto &c : kChapters)
        if (key == c.key)
            return c.chapter;
    return std::nullopt;
}

const char *chapterTitle(Chapter c, Lang l)
{
    return tr(l, info(c).title);
}

// ---- the "bid_book" section ----

void readBidBookJson(JsonReader &r, const json::value &v, const std::string &path, BidBook &out)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    out.congress = r.localized(*o, "congress", path, false);
    out.destination = r.localized(*o, "destination", path, false);
    out.venue = r.string(*o, "venue", path, false, true, true);
    if (auto f = r.string(*o, "format", path, false, true, true)) {
        if (auto pf = parseFormat(*f))
            out.format = *pf;
        else
            r.error(join(path, "format"), tr(r.lang, "bid.r.format", {*f}));
    }
    out.tenderBidder = r.string(*o, "tender_bidder", path, false, true, true);
    if (const auto *nv = r.member(*o, "narrative", path, false, tr(r.lang, "bid.r.expect_narrative"))) {
        const std::string np = join(path, "narrative");
        if (const auto *no = r.object(*nv, np))
            for (const auto &kv : *no) {
                const std::string cp = join(np, kv.key());
                const auto ch = parseChapter(kv.key());
                if (!ch) {
                    std::string valid;
                    for (const auto &c : kChapters)
                        valid += std::string(valid.empty() ? "" : ", ") + c.key;
                    r.error(cp, tr(r.lang, "bid.r.unknown_chapter", {std::string(kv.key()), valid}));
                    continue;
                }
                const auto *co = r.object(kv.value(), cp);
                if (!co)
                    continue;
                auto &n = out.narrative[static_cast<std::size_t>(*ch)];
                n.zh = r.string(*co, "zh-TW", cp, false).value_or("");
                n.en = r.string(*co, "en", cp, false).value_or("");
                r.unknownKeys(*co, cp, {"zh-TW", "en"});
            }
    }
    if (const auto *lv = r.member(*o, "letters", path, false, tr(r.lang, "bid.r.expect_letters"))) {
        const std::string lp = join(path, "letters");
        if (!lv->is_array())
            r.error(lp, tr(r.lang, "read.not_array", {kindName(*lv, r.lang)}));
        else
            for (std::size_t i = 0; i < lv->get_array().size(); ++i) {
                const std::string ip = join(lp, i);
                const auto *io = r.object(lv->get_array()[i], ip);
                if (!io)
                    continue;
                SupportLetter l;
                l.from = r.localized(*io, "from", ip, true).value_or(LocalizedText{});
                const auto st = r.string(*io, "status", ip, true, true).value_or("requested");
                if (st == "received")
                    l.status = LetterStatus::Received;
                else if (st != "requested")
                    r.error(join(ip, "status"), tr(r.lang, "bid.r.letter_status", {st}));
                l.date = r.date(*io, "date", ip, false).value_or("");
                r.unknownKeys(*io, ip, {"from", "status", "date"});
                out.letters.push_back(std::move(l));
            }
    }
    r.unknownKeys(*o, path, {"congress", "destination", "venue", "format", "tender_bidder", "narrative", "letters"});
}

json::value bidBookJson(const BidBook &b)
{
    const auto text = [](const LocalizedText &t) { return json::object{{"zh-TW", t.zh}, {"en", t.en}}; };
    json::object o;
    if (b.congress)
        o["congress"] = text(*b.congress);
    if (b.destination)
        o["destination"] = text(*b.destination);
    if (b.venue)
        o["venue"] = *b.venue;
    if (b.format)
        o["format"] = formatKey(*b.format);
    if (b.tenderBidder)
        o["tender_bidder"] = *b.tenderBidder;
    json::object narrative;
    for (auto c : kAllChapters) {
        const auto &n = b.narrative[static_cast<std::size_t>(c)];
        if (n.zh.empty() && n.en.empty())
            continue;
        json::object t;
        if (!n.zh.empty())
            t["zh-TW"] = n.zh;
        if (!n.en.empty())
            t["en"] = n.en;
        narrative[chapterKey(c)] = std::move(t);
    }
    o["narrative"] = std::move(narrative);
    json::array letters;
    for (const auto &l : b.letters) {
        json::object lo{{"from", text(l.from)}, {"status", l.status == LetterStatus::Received ? "received" : "requested"}};
        if (!l.date.empty())
            lo["date"] = l.date;
        letters.push_back(std::move(lo));
    }
    o["letters"] = std::move(letters);
    return o;
}

bool hasBidBook(const Project &p)
{
    return p.sections.get<BidBook>() != nullptr;
}

BidBook bidBookOf(const Project &p)
{
    const auto *b = p.sections.get<BidBook>();
    return b ? *b : BidBook{};
}

void setBidBook(Project &p, const BidBook &b)
{
    p.sections.set(b);
}

Proposal proposalOf(const Project &p, const BidBook &b, mcda::Method method)
{
    Proposal pr;
    const auto ranking = rankVenues(p, RankingOptions{false, method});
    pr.rankedVenues = ranking.ranked.size();
    if (b.venue) {
        for (std::size_t i = 0; i < p.venues.size(); ++i)
            if (p.venues[i].id == *b.venue)
                pr.venue = i;
    } else if (!ranking.ranked.empty()) {
        pr.venue = ranking.ranked.front().venue;
    }
    if (pr.venue)
        for (const auto &rv : ranking.ranked)
            if (rv.venue == *pr.venue)
                pr.venueRank = rv.rank;
    const auto opts = analyseOptions(p, method);
    const auto recommended = opts.recommendation ? std::optional<EventFormat>(opts.recommendation->format) : std::nullopt;
    pr.format = b.format.value_or(recommended.value_or(EventFormat::Onsite));
    pr.formatRecommended = recommended && *recommended == pr.format;
    return pr;
}

void readBidBookSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    BidBook b;
    readBidBookJson(r, v, path, b);
    p.sections.set(std::move(b));
}

json::value writeBidBookSection(const Project &p)
{
    const auto *b = p.sections.get<BidBook>();
    return b ? bidBookJson(*b) : json::value(nullptr);
}

void validateBidBookSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    if (!hasBidBook(p))
        return;
    const auto b = bidBookOf(p);
    if (b.venue && !p.venue(*b.venue))
        out.push_back({Diagnostic::Severity::Error, "/bid_book/venue", tr(lang, "read.v.unknown_venue", {*b.venue})});
    if (b.tenderBidder) {
        const auto t = tender::hasTender(p) ? tender::tenderOf(p) : tender::Tender{};
        const bool known = std::any_of(t.bidders.begin(), t.bidders.end(), [&](const tender::Bidder &x) { return x.id == *b.tenderBidder; });
        if (!known)
            out.push_back({Diagnostic::Severity::Error, "/bid_book/tender_bidder",
                           tr(lang, "bid.v.unknown_bidder", {*b.tenderBidder})});
    }
}

std::optional<std::size_t> ourBidder(const Project &p, const tender::Tender &t)
{
    const auto id = bidBookOf(p).tenderBidder;
    if (!id)
        return std::nullopt;
    for (std::size_t i = 0; i < t.bidders.size(); ++i)
        if (t.bidders[i].id == *id)
            return i;
    return std::nullopt;
}

} // namespace vb::bid
