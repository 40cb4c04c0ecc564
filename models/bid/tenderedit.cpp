// SPDX-License-Identifier: GPL-3.0-or-later
// The tender page's edits (tender.h): the method, the evaluation items, the committee and the score sheets, each
// checked as the file reader and checkSetup check the section, its problems in words.
#include "tender.h"

#include "listmove.h"
#include "messages.h"
#include "numbers.h"
#include "text.h"

#include <algorithm>
#include <cmath>

namespace vb::tender {

std::vector<MissingScores> missingScores(const Tender &t)
{
    std::vector<MissingScores> out;
    for (std::size_t m = 0; m < t.members.size(); ++m) {
        if (!t.members[m].attending)
            continue;
        for (std::size_t b = 0; b < t.bidders.size(); ++b) {
            const auto sheet = std::find_if(t.scores.begin(), t.scores.end(), [&](const ScoreSheet &s) {
                return s.member == t.members[m].id && s.bidder == t.bidders[b].id;
            });
            MissingScores miss{m, b, sheet == t.scores.end(), {}};
            for (std::size_t k = 0; k < t.items.size(); ++k)
                if (miss.noSheet || k >= sheet->scoresH.size() || !sheet->scoresH[k])
                    miss.items.push_back(k);
            if (!miss.items.empty())
                out.push_back(std::move(miss));
        }
    }
    return out;
}

std::string missingText(Lang l, const Tender &t, const MissingScores &m)
{
    const std::string &member = t.members[m.member].name;
    const std::string &bidder = t.bidders[m.bidder].name;
    if (m.noSheet || m.items.size() == t.items.size())
        return tr(l, "bidedit.tender.no_sheet", {member, bidder});
    std::string items;
    for (auto k : m.items)
        items += (items.empty() ? "" : (l == Lang::ZhTW ? "、" : ", ")) + t.items[k].name.get(l);
    return tr(l, "bidedit.tender.sheet_incomplete", {member, bidder, items});
}

namespace {

using Diags = std::vector<Diagnostic>;

Diagnostic error(std::string path, std::string message)
{
    return {Diagnostic::Severity::Error, std::move(path), std::move(message)};
}

bool hasError(const Diags &d)
{
    return std::any_of(d.begin(), d.end(), [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; });
}

Diags noTender(Lang l)
{
    return {error("/tender", tr(l, "bidedit.tender.no_tender"))};
}

Diags noRow(const std::string &path, Lang l)
{
    return {error(path, tr(l, "bidedit.tender.no_row"))};
}

/** Puts t into p when the file's rules hold: t written and read back (a structural error the entry checks should have
 *  caught keeps its pointer and says so in words), then checkSetup's errors (already in words, in l). */
Diags apply(Project &p, Tender t, Lang l)
{
    JsonReader r;
    Tender back;
    readTenderJson(r, tenderJson(t), "/tender", back);
    Diags out;
    for (const auto &d : r.errors())
        out.push_back(error(d.path, tr(l, "bidedit.quote.invalid")));
    if (!out.empty())
        return out;
    for (const auto &d : checkSetup(t, "/tender", l))
        if (d.severity == Diagnostic::Severity::Error)
            out.push_back(error(d.path, tr(l, "bidedit.tender.setup_refused", {d.message})));
    if (!out.empty())
        return out;
    p.sections.set(std::move(t));
    return {};
}

Diags checkItem(const Item &it, const std::string &ip, Lang l)
{
    Diags out;
    if (it.name.en.empty() && it.name.zh.empty())
        out.push_back(error(ip + "/name", tr(l, "clientedit.name_required")));
    if (it.points < 1 || it.points > 1'000'000'000)
        out.push_back(error(ip + "/points", tr(l, "bidedit.tender.points", {groupThousands(it.points)})));
    return out;
}

} // namespace

Diags setTenderMethod(Project &p, Method m, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    t.method = m;
    return apply(p, std::move(t), l);
}

Diags addTenderItem(Project &p, Item it, Lang l, std::string *newId)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    it.name = nameInBothLanguages(it.name);
    if (auto d = checkItem(it, "/tender/items/" + std::to_string(t.items.size()), l); hasError(d))
        return d;
    it.id = idFromName({it.name.en, it.name.zh}, "item", [&](const std::string &id) {
        return std::any_of(t.items.begin(), t.items.end(), [&](const Item &x) { return x.id == id; });
    });
    const std::string id = it.id;
    t.items.push_back(std::move(it));
    for (auto *sheets : {&t.scores, &t.reEvaluation})
        for (auto &s : *sheets)
            s.scoresH.resize(t.items.size()); // the new item unscored
    auto out = apply(p, std::move(t), l);
    if (newId && !hasError(out))
        *newId = id;
    return out;
}

Diags setTenderItem(Project &p, std::size_t index, Item it, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    const std::string ip = "/tender/items/" + std::to_string(index);
    if (index >= stored->items.size())
        return noRow(ip, l);
    Tender t = *stored;
    it.name = nameInBothLanguages(it.name);
    if (auto d = checkItem(it, ip, l); hasError(d))
        return d;
    it.id = t.items[index].id;
    // A score already given on the item must stay within its points.
    for (const auto *sheets : {&t.scores, &t.reEvaluation})
        for (const auto &s : *sheets)
            if (index < s.scoresH.size() && s.scoresH[index] && *s.scoresH[index] > it.points * 100)
                return {error(ip + "/points", tr(l, "bidedit.tender.score_range",
                                                 {it.name.get(l), groupThousands(it.points), formatGroupedHundredths(*s.scoresH[index])}))};
    t.items[index] = std::move(it);
    return apply(p, std::move(t), l);
}

Diags removeTenderItem(Project &p, std::size_t index, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    if (index >= stored->items.size())
        return noRow("/tender/items/" + std::to_string(index), l);
    Tender t = *stored;
    if (t.settings.heaviestItem == t.items[index].id)
        t.settings.heaviestItem.reset();
    t.items.erase(t.items.begin() + static_cast<std::ptrdiff_t>(index));
    for (auto *sheets : {&t.scores, &t.reEvaluation})
        for (auto &s : *sheets)
            if (index < s.scoresH.size())
                s.scoresH.erase(s.scoresH.begin() + static_cast<std::ptrdiff_t>(index));
    return apply(p, std::move(t), l);
}

Diags moveTenderItem(Project &p, std::size_t index, int delta, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    // Every sheet's score on an item sits at the item's index (scoresH), in the first round and the re-evaluation:
    // each swap of two items swaps those scores too. A sheet may be shorter than the items (not yet scored).
    const auto swap = [&t](std::size_t i, std::size_t j) {
        std::swap(t.items[i], t.items[j]);
        for (auto *sheets : {&t.scores, &t.reEvaluation})
            for (auto &s : *sheets) {
                const std::size_t had = s.scoresH.size();
                if (std::min(i, j) >= had)
                    continue;
                s.scoresH.resize(std::max(had, std::max(i, j) + 1));
                std::swap(s.scoresH[i], s.scoresH[j]);
                while (s.scoresH.size() > had && !s.scoresH.back())
                    s.scoresH.pop_back();
            }
    };
    switch (moveAmongPeers(t.items.size(), index, delta, [](std::size_t) { return true; }, swap)) {
    case ListMove::NoSuchItem: return noRow("/tender/items/" + std::to_string(index), l);
    case ListMove::Unchanged: return {};
    case ListMove::Moved: break;
    }
    return apply(p, std::move(t), l);
}

Diags startTender(Project &p, LocalizedText title, Method m, Item firstItem, const std::string &firstMember, bool outsideExpert, Lang l)
{
    if (p.sections.get<Tender>())
        return {error("/tender", tr(l, "bidedit.tender.exists"))};
    Tender t;
    t.title = nameInBothLanguages(title);
    if (t.title.en.empty())
        return {error("/tender/title", tr(l, "bidedit.tender.title_required"))};
    t.method = m;
    firstItem.name = nameInBothLanguages(firstItem.name);
    if (auto d = checkItem(firstItem, "/tender/items/0", l); hasError(d))
        return d;
    firstItem.id = idFromName({firstItem.name.en, firstItem.name.zh}, "item", [](const std::string &) { return false; });
    t.items.push_back(std::move(firstItem));
    Member member;
    member.name = trimmed(firstMember);
    member.outsideExpert = outsideExpert;
    if (member.name.empty())
        return {error("/tender/members/0/name", tr(l, "bidedit.tender.member_name"))};
    member.id = idFromName({member.name}, "member", [](const std::string &) { return false; });
    t.members.push_back(std::move(member));
    return apply(p, std::move(t), l);
}

Diags addTenderBidder(Project &p, const std::string &name, std::optional<std::int64_t> price, Lang l, std::string *newId)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    const std::string bp = "/tender/bidders/" + std::to_string(t.bidders.size());
    Bidder b;
    b.name = trimmed(name);
    if (b.name.empty())
        return {error(bp + "/name", tr(l, "bidedit.tender.bidder_name"))};
    if (price && (*price < 0 || *price > 1'000'000'000'000'000))
        return {error(bp + "/price", tr(l, "bidedit.tender.bidder_price", {groupThousands(*price)}))};
    b.price = price;
    b.id = idFromName({b.name}, "bidder", [&](const std::string &id) {
        return std::any_of(t.bidders.begin(), t.bidders.end(), [&](const Bidder &x) { return x.id == id; });
    });
    const std::string id = b.id;
    t.bidders.push_back(std::move(b));
    auto out = apply(p, std::move(t), l);
    if (newId && !hasError(out))
        *newId = id;
    return out;
}

Diags removeTenderBidder(Project &p, std::size_t index, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    if (index >= stored->bidders.size())
        return noRow("/tender/bidders/" + std::to_string(index), l);
    Tender t = *stored;
    const std::string id = t.bidders[index].id;
    t.bidders.erase(t.bidders.begin() + static_cast<std::ptrdiff_t>(index));
    for (auto *sheets : {&t.scores, &t.reEvaluation})
        std::erase_if(*sheets, [&](const ScoreSheet &s) { return s.bidder == id; });
    std::erase(t.lot, id);
    return apply(p, std::move(t), l);
}

Diags moveTenderBidder(Project &p, std::size_t index, int delta, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    // Sheets and a recorded lot name the bidder by id: only the list's order changes.
    switch (moveInList(t.bidders, index, delta)) {
    case ListMove::NoSuchItem: return noRow("/tender/bidders/" + std::to_string(index), l);
    case ListMove::Unchanged: return {};
    case ListMove::Moved: break;
    }
    return apply(p, std::move(t), l);
}

Diags addTenderMember(Project &p, const std::string &name, bool outsideExpert, Lang l, std::string *newId)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    Member m;
    m.name = trimmed(name);
    m.outsideExpert = outsideExpert;
    if (m.name.empty())
        return {error("/tender/members/" + std::to_string(t.members.size()) + "/name", tr(l, "bidedit.tender.member_name"))};
    m.id = idFromName({m.name}, "member", [&](const std::string &id) {
        return std::any_of(t.members.begin(), t.members.end(), [&](const Member &x) { return x.id == id; });
    });
    const std::string id = m.id;
    t.members.push_back(std::move(m));
    auto out = apply(p, std::move(t), l);
    if (newId && !hasError(out))
        *newId = id;
    return out;
}

Diags removeTenderMember(Project &p, std::size_t index, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    if (index >= stored->members.size())
        return noRow("/tender/members/" + std::to_string(index), l);
    Tender t = *stored;
    const std::string id = t.members[index].id;
    t.members.erase(t.members.begin() + static_cast<std::ptrdiff_t>(index));
    for (auto *sheets : {&t.scores, &t.reEvaluation})
        std::erase_if(*sheets, [&](const ScoreSheet &s) { return s.member == id; });
    return apply(p, std::move(t), l);
}

Diags moveTenderMember(Project &p, std::size_t index, int delta, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    // Sheets name the member by id: only the list's order changes.
    switch (moveInList(t.members, index, delta)) {
    case ListMove::NoSuchItem: return noRow("/tender/members/" + std::to_string(index), l);
    case ListMove::Unchanged: return {};
    case ListMove::Moved: break;
    }
    return apply(p, std::move(t), l);
}

Diags setScoreSheet(Project &p, std::string_view memberId, std::string_view bidderId, const std::vector<std::optional<double>> &scores, Lang l)
{
    const auto *stored = p.sections.get<Tender>();
    if (!stored)
        return noTender(l);
    Tender t = *stored;
    const auto member = std::find_if(t.members.begin(), t.members.end(), [&](const Member &m) { return m.id == memberId; });
    if (member == t.members.end())
        return noRow("/tender/members", l);
    if (std::none_of(t.bidders.begin(), t.bidders.end(), [&](const Bidder &b) { return b.id == bidderId; }))
        return noRow("/tender/bidders", l);
    auto sheet = std::find_if(t.scores.begin(), t.scores.end(), [&](const ScoreSheet &s) { return s.member == memberId && s.bidder == bidderId; });
    if (sheet == t.scores.end()) {
        t.scores.push_back({std::string(memberId), std::string(bidderId), {}});
        sheet = t.scores.end() - 1;
    }
    const std::string sp = "/tender/scores/" + std::to_string(sheet - t.scores.begin()) + "/items/";
    sheet->scoresH.assign(t.items.size(), std::nullopt);
    Diags out;
    for (std::size_t k = 0; k < t.items.size() && k < scores.size(); ++k) {
        if (!scores[k])
            continue;
        // The reader's rule: 0 … the item's points, at most two decimals.
        const double v = *scores[k];
        const double scaled = v * 100.0;
        if (!std::isfinite(v) || v < 0 || scaled > static_cast<double>(t.items[k].points) * 100.0 + 1e-6
            || std::abs(scaled - std::round(scaled)) > 1e-6) {
            out.push_back(error(sp + t.items[k].id, tr(l, "bidedit.tender.score_range",
                                                       {t.items[k].name.get(l), groupThousands(t.items[k].points), formatShortest(v)})));
            continue;
        }
        sheet->scoresH[k] = std::llround(scaled);
    }
    if (!out.empty())
        return out;
    return apply(p, std::move(t), l);
}

} // namespace vb::tender
