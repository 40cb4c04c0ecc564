// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bid book (競標企劃書, O1.5.1) of an association congress bid: its chapters (docs/sources.md#bidding), the narrative
// the user writes per chapter (both languages), the support letters, and which venue, format and tender bidder the
// bid proposes. The documents themselves (bid book, 16:9 pitch deck, 服務建議書 outline) are in report_bid.h; every table
// in them comes from the same engine and budget as the rest of VenueBid (docs/bids.md §4).

#include "jsonreader.h"
#include "mcda.h"
#include "project.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vb::tender {
struct Tender;
}

namespace vb::bid {

/** The bid book's chapters, in order (synthesised from the ISPRM/UIP/IPSA/ISOCARP bid manuals, docs/sources.md#bidding). */
enum class Chapter { Letters, Summary, Host, Destination, Venue, Accommodation, Scientific, Social, Budget, Support, Sustainability, Hybrid, Risk };
inline constexpr int kChapterCount = 13;
inline constexpr std::array<Chapter, kChapterCount> kAllChapters{Chapter::Letters,   Chapter::Summary,       Chapter::Host,   Chapter::Destination,
                                                                 Chapter::Venue,     Chapter::Accommodation, Chapter::Scientific, Chapter::Social,
                                                                 Chapter::Budget,    Chapter::Support,       Chapter::Sustainability, Chapter::Hybrid,
                                                                 Chapter::Risk};

[[nodiscard]] const char *chapterKey(Chapter c);   ///< "letters", "summary", "host", ... (the keys of "narrative")
[[nodiscard]] std::optional<Chapter> parseChapter(std::string_view key);
[[nodiscard]] const char *chapterTitle(Chapter c, Lang l);

enum class LetterStatus { Requested, Received };

/** A letter of invitation or support (host society, convention bureau, city or government, venue). */
struct SupportLetter {
    LocalizedText from;
    LetterStatus status = LetterStatus::Requested;
    std::string date; ///< YYYY-MM-DD or empty
    bool operator==(const SupportLetter &) const = default;
};

/** Narrative text of one chapter; either language may still be empty (the document then says so). */
struct Narrative {
    std::string zh, en;
    [[nodiscard]] const std::string &get(Lang l) const { return l == Lang::ZhTW ? zh : en; }
    bool operator==(const Narrative &) const = default;
};

struct BidBook {
    static constexpr std::string_view kSectionKey = "bid_book";
    std::optional<LocalizedText> congress;      ///< the congress bid for; default the project title
    std::optional<LocalizedText> destination;   ///< "Taipei, Taiwan"; default the proposed venue's city
    std::optional<std::string> venue;           ///< proposed venue id; default the ranking's winner
    std::optional<EventFormat> format;          ///< proposed format; default the recommended format
    std::optional<std::string> tenderBidder;    ///< our bidder id in the "tender" section (self-scoring)
    std::array<Narrative, kChapterCount> narrative;
    std::vector<SupportLetter> letters;
    bool operator==(const BidBook &) const = default;
};

/** What the bid proposes, resolved against the project. */
struct Proposal {
    std::optional<std::size_t> venue;  ///< index into Project::venues (nullopt: no venue passes the must-haves)
    int venueRank = 0;                 ///< its rank in the venue ranking (0 when not ranked)
    std::size_t rankedVenues = 0;
    EventFormat format = EventFormat::Onsite;
    bool formatRecommended = false;    ///< the format is the options analysis' recommendation
};

[[nodiscard]] bool hasBidBook(const Project &p);
/** The "bid_book" section (an empty book when there is none). */
[[nodiscard]] BidBook bidBookOf(const Project &p);
/** Our own bid among the tender's bidders (bid_book.tender_bidder): its index in bidders, or nullopt. */
[[nodiscard]] std::optional<std::size_t> ourBidder(const Project &p, const tender::Tender &t);
[[nodiscard]] Proposal proposalOf(const Project &p, const BidBook &b, mcda::Method method = mcda::Method::WSM);
/** Stores b in the project's "bid_book" section (the narrative editor of the bid page). */
void setBidBook(Project &p, const BidBook &b);

void readBidBookJson(JsonReader &r, const json::value &v, const std::string &path, BidBook &out);
[[nodiscard]] json::value bidBookJson(const BidBook &b);
void readBidBookSection(JsonReader &r, const json::value &v, const std::string &path, Project &p);
[[nodiscard]] json::value writeBidBookSection(const Project &p);
void validateBidBookSection(const Project &p, std::vector<Diagnostic> &out, Lang lang = Lang::En);

} // namespace vb::bid
