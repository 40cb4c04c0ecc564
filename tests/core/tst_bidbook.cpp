// SPDX-License-Identifier: GPL-3.0-or-later
// The bid book section and documents (O1.5.1): reading and writing "bid_book", what the bid proposes, the
// chapters (docs/sources.md#bidding) with escaped narrative, and the 服務建議書 outline with hand-computed self-score margins.
#include "bidbook.h"
#include "jsontext.h"
#include "projectformat.h"
#include "biddocuments.h"

#include <QTest>

#include <boost/json.hpp>

using namespace vb;
using namespace vb::bid;

namespace {
Project sample()
{
    auto r = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
    return *r.project;
}
} // namespace

class TestBidBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSampleAndRoundTrips()
    {
        const auto p = sample();
        QVERIFY(hasBidBook(p));
        const auto b = bidBookOf(p);
        for (auto c : kAllChapters) // the sample writes every chapter in both languages
            QVERIFY2(!b.narrative[static_cast<std::size_t>(c)].zh.empty() && !b.narrative[static_cast<std::size_t>(c)].en.empty(), chapterKey(c));
        QCOMPARE(b.letters.size(), std::size_t(4));
        QCOMPARE(b.letters[0].status, LetterStatus::Received);
        QCOMPARE(b.tenderBidder.value_or(""), std::string("a"));
        const auto again = readProject(writeProject(p));
        QVERIFY(again.ok());
        QCOMPARE(*again.project, p);
        // setBidBook stores what bidBookOf reads back.
        Project q = p;
        auto edited = b;
        edited.narrative[static_cast<std::size_t>(Chapter::Social)].en = "Night market tour";
        setBidBook(q, edited);
        QCOMPARE(bidBookOf(q).narrative[static_cast<std::size_t>(Chapter::Social)].en, std::string("Night market tour"));
        QCOMPARE(bidBookOf(q).letters.size(), std::size_t(4));
    }

    void badSectionNamesTheField()
    {
        const auto text = writeProject(sample());
        auto v = boost::json::parse(text);
        auto &bb = v.as_object()["bid_book"].as_object();
        bb["narrative"].as_object()["intro"] = boost::json::object{{"en", "x"}};
        bb["tender_bidder"] = "zz";
        bb["format"] = "cruise";
        const auto r = readProject(boost::json::serialize(v), "bad.venuebid.json");
        QVERIFY(!r.ok());
        std::string all;
        for (const auto &m : r.messages())
            all += m + "\n";
        QVERIFY2(all.find("/bid_book/narrative/intro: unknown chapter \"intro\": expected one of letters, summary") != std::string::npos, all.c_str());
        QVERIFY2(all.find("/bid_book/format: expected onsite, hybrid or online, found \"cruise\"") != std::string::npos, all.c_str());
        QVERIFY2(all.find("/bid_book/tender_bidder: unknown bidder \"zz\"") != std::string::npos, all.c_str());

        // The same file opened in the zh-TW interface: the section reader and its cross-section check speak zh-TW.
        const auto zh = readProject(boost::json::serialize(v), "bad.venuebid.json", Lang::ZhTW);
        std::string allZh;
        for (const auto &m : zh.messages())
            allZh += m + "\n";
        QVERIFY2(allZh.find("/bid_book/narrative/intro: 未知的章節「intro」：應為 letters, summary, host") != std::string::npos, allZh.c_str());
        QVERIFY2(allZh.find("/bid_book/format: 應為 onsite、hybrid 或 online，卻是「cruise」") != std::string::npos, allZh.c_str());
        QVERIFY2(allZh.find("/bid_book/tender_bidder: 投標廠商「zz」不在投標廠商清單（/tender/bidders）中") != std::string::npos, allZh.c_str());
    }

    void proposalFollowsRankingAndRecommendation()
    {
        const auto p = sample();
        const auto pr = proposalOf(p, bidBookOf(p));
        // venuebid-cli rank: TICC first (WSM 0.8480); venuebid-cli options: hybrid recommended.
        QVERIFY(pr.venue.has_value());
        QCOMPARE(p.venues[*pr.venue].id, std::string("ticc"));
        QCOMPARE(pr.venueRank, 1);
        QCOMPARE(pr.format, EventFormat::Hybrid);
        QVERIFY(pr.formatRecommended);
        // A venue and format chosen by the bid team win over the defaults.
        BidBook b;
        b.venue = "kec";
        b.format = EventFormat::Onsite;
        const auto chosen = proposalOf(p, b);
        QCOMPARE(p.venues[*chosen.venue].id, std::string("kec"));
        QCOMPARE(chosen.format, EventFormat::Onsite);
        QVERIFY(!chosen.formatRecommended);
    }

    void bookHasEveryChapterAndEscapesUserText()
    {
        auto p = sample();
        auto b = bidBookOf(p);
        b.narrative[static_cast<std::size_t>(Chapter::Summary)].en = "<b>x</b> & co\nSecond paragraph";
        b.narrative[static_cast<std::size_t>(Chapter::Social)] = {};
        setBidBook(p, b);
        const auto html = bidBookHtml(p, Lang::En);
        int last = -1;
        for (auto c : kAllChapters) { // in the bid book's chapter order
            const auto at = html.find(std::string(">") + std::to_string(static_cast<int>(c) + 1) + ". " + chapterTitle(c, Lang::En) + "</h2>");
            QVERIFY2(at != std::string::npos, chapterTitle(c, Lang::En));
            QVERIFY(static_cast<int>(at) > last);
            last = static_cast<int>(at);
        }
        QVERIFY(html.find("<p>&lt;b&gt;x&lt;/b&gt; &amp; co</p><p>Second paragraph</p>") != std::string::npos);
        QVERIFY(html.find("<b>x</b>") == std::string::npos);
        QVERIFY(html.find("Narrative not written yet (bid page, or bid_book.narrative.social") != std::string::npos);
        const auto zh = bidBookHtml(p, Lang::ZhTW);
        QVERIFY(zh.find("競標企劃書") != std::string::npos);
        QVERIFY(zh.find("13. 風險與備案</h2>") != std::string::npos);
    }

    void outlineMapsItemsWithMargins()
    {
        const auto html = tenderOutlineHtml(sample(), Lang::En);
        // Heaviest item first: plan (30 points) before team, management and price (20 each, file order), then presentation.
        const auto plan = html.find("Plan content and creativity");
        const auto team = html.find("Firm experience and team");
        const auto pres = html.find("Presentation and Q&amp;A");
        QVERIFY(plan != std::string::npos && team != std::string::npos && pres != std::string::npos);
        QVERIFY(plan < team && team < pres);
        // Our bidder a against the best of b and c, averaged over the five attending members (sample "tender"):
        //   plan  a (26+26+21+24+20)/5 = 23.40, b (26+25+25+25+24)/5 = 25.00 → −1.60
        //   presentation a (8+9+7+9+7)/5 = 8.00, b (8+8+7+9+8)/5 = 8.00, c 7.80 → +0.00
        QVERIFY(html.find("<td align=\"right\">30</td><td align=\"right\">30.0 %</td>") != std::string::npos);
        QVERIFY(html.find("<td align=\"right\">23.40</td><td align=\"right\">25.00</td><td align=\"right\">-1.60</td>") != std::string::npos);
        QVERIFY(html.find("<td align=\"right\">8.00</td><td align=\"right\">8.00</td><td align=\"right\">+0.00</td>") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestBidBook)
#include "tst_bidbook.moc"
