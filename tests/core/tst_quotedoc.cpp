// SPDX-License-Identifier: GPL-3.0-or-later
// The PCO's letterhead (meta.pco, 統一編號 check digit), the client quote document (prices only) and the internal
// cost sheet, on the sample project and hand-made files.
#include "budget.h"
#include "htmlparts.h"
#include "numbers.h"
#include "projectformat.h"
#include "projectio.h"
#include "quote.h"
#include "quotedocument.h"

#include <algorithm>

#include <QRegularExpression>
#include <QTest>

using namespace vb;

namespace {
const std::string kSample = SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json";

Project loadSample()
{
    auto r = loadProjectFile(kSample);
    if (!r.ok())
        for (const auto &m : r.messages())
            qWarning("%s", m.c_str());
    return r.project.value_or(Project{});
}

/** The errors of a minimal project whose meta has `pco` (JSON text) as its letterhead. */
std::vector<Diagnostic> pcoErrors(const std::string &pco, Lang lang = Lang::En)
{
    const std::string text = R"({"format":"venuebid.project","schema_version":1,
      "meta":{"title":{"zh-TW":"t","en":"t"},"client":{"zh-TW":"c","en":"c"},"currency":"TWD","languages":["en"],"pco":)"
        + pco + R"(},
      "requirements":{"start_date":"2028-10-17","end_date":"2028-10-18","days":2,"expected_attendance":10},
      "criteria":[{"id":"a","name":{"zh-TW":"a","en":"a"},"direction":"benefit","unit":"x","weight":1}],
      "venues":[]})";
    auto r = readProject(text, "t.json", lang);
    std::vector<Diagnostic> e;
    for (const auto &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            e.push_back(d);
    return e;
}

/** A project with three venue lines of 100, 100 and 101 TWD (fixed, no service charge, no contingency) and one
 *  quote version (on site, markup 10 %) whose "detail" is the given JSON value. */
std::string lineProjectText(const std::string &detail = "\"lines\"")
{
    return R"({"format":"venuebid.project","schema_version":1,
      "meta":{"title":{"zh-TW":"t","en":"t"},"client":{"zh-TW":"c","en":"c"},"currency":"TWD","languages":["en"]},
      "requirements":{"start_date":"2028-10-17","end_date":"2028-10-18","days":2,"expected_attendance":10},
      "criteria":[{"id":"a","name":{"zh-TW":"a","en":"a"},"direction":"benefit","unit":"x","weight":1}],
      "venues":[], "budget": {"contingency_percent":0, "lines":[
        {"id":"a","category":"venue","description":{"zh-TW":"甲廳","en":"Hall A"},"unit_cost":100},
        {"id":"b","category":"venue","description":{"zh-TW":"乙廳","en":"Hall B"},"unit_cost":100},
        {"id":"c","category":"venue","description":{"zh-TW":"丙廳","en":"Hall C"},"unit_cost":101}],
      "quote_versions":[{"version":1,"issued":"2027-01-01","format":"onsite","markup_percent":10,"valid_until":"2027-02-01",
        "payment_terms":{"zh-TW":"p","en":"p"},"detail":)" + detail + "}]}}";
}

/** The text of an HTML document as a reader sees it: the body without tags, entities as characters. */
QString visibleText(const QString &html)
{
    QString body = html.mid(std::max<qsizetype>(0, html.indexOf(QStringLiteral("<body>"))));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    body.replace(tags, QStringLiteral(" "));
    body.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return body;
}

Project lineProject()
{
    auto r = readProject(lineProjectText(), "lines.json");
    if (!r.ok())
        for (const auto &m : r.messages())
            qWarning("%s", m.c_str());
    return r.project.value_or(Project{});
}
} // namespace

class TestQuoteDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void businessId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("sum");
        QTest::addColumn<bool>("valid");
        // Weights 1 2 1 2 1 2 4 1; each product's two digits added; a 7th digit 7 (28 → 10) counts 0 in the sum here.
        // 22099131 is a real 統一編號 (台灣積體電路製造股份有限公司, in its public company registration):
        // 2 4 0 18 9 2 12 1 → 2+4+0+9+9+2+3+1 = 30, divisible by 10 (so valid before and after 2023).
        QTest::newRow("22099131 (TSMC, real)") << "22099131" << 30 << true;
        // The two examples of the Ministry of Finance's note on the rule change:
        // 04595257: 0 8 5 18 5 4 20 7 → 0+8+5+9+5+4+2+7 = 40.
        QTest::newRow("04595257 (MOF example)") << "04595257" << 40 << true;
        // 10458575: 1 0 4 10 8 10 28 5 → 1+0+4+1+8+1+(0)+5 = 20 (with the 10 as 1: 21); 20 is divisible by 5.
        QTest::newRow("10458575 (MOF example, 7th digit 7)") << "10458575" << 20 << true;
        // 22099136: as TSMC's but 6 last → 35: divisible by 5, not by 10: valid only under the 2023 rule.
        QTest::newRow("22099136 (valid only since 2023)") << "22099136" << 35 << true;
        // 22099132 → 31: neither 31 nor (no 7th-digit 7) 32 is divisible by 5.
        QTest::newRow("22099132 (wrong check digit)") << "22099132" << 31 << false;
        // 12345675 (the sample's fictional number): 1 4 3 8 5 12 28 5 → 1+4+3+8+5+3+(0)+5 = 29; 29 + 1 = 30 (the 10
        // of the 7th digit counted as 1) is divisible by 5.
        QTest::newRow("12345675 (sample, 29 + 1)") << "12345675" << 29 << true;
        // 12345678: 1 4 3 8 5 12 28 8 → 1+4+3+8+5+3+0+8 = 32; 32 and 33 are not divisible by 5.
        QTest::newRow("12345678") << "12345678" << 32 << false;
        QTest::newRow("7 digits") << "2209913" << -1 << false;
        QTest::newRow("letter") << "2209913A" << -1 << false;
        QTest::newRow("full-width digits") << QStringLiteral("２２０９９１３１") << -1 << false;
    }
    void businessId()
    {
        QFETCH(QString, id);
        QFETCH(int, sum);
        QFETCH(bool, valid);
        const std::string s = id.toStdString();
        QCOMPARE(businessIdCheckSum(s), sum);
        QCOMPARE(isValidBusinessId(s), valid);
    }

    void letterheadReadAndWritten()
    {
        const Project p = loadSample();
        const auto *c = letterhead(p);
        QVERIFY(c);
        QCOMPARE(QString::fromStdString(c->taxId), QStringLiteral("12345675"));
        QCOMPARE(QString::fromStdString(c->name.zh), QStringLiteral("（範例）會議顧問股份有限公司"));
        QCOMPARE(QString::fromStdString(c->email), QStringLiteral("quotes@example.com"));
        QCOMPARE(QString::fromStdString(c->quotePrefix), QStringLiteral("CS-IAC2028"));
        // Written and read back the same; a project without one writes no "pco".
        const std::string text = writeProject(p);
        QVERIFY(text.find("\"tax_id\": \"12345675\"") != std::string::npos);
        auto r = readProject(text, "rt.json");
        QVERIFY(r.ok());
        QVERIFY(r.project->meta.pco == p.meta.pco);
        Project bare = p;
        bare.meta.pco.reset();
        QVERIFY(writeProject(bare).find("\"pco\"") == std::string::npos);
        QVERIFY(!letterhead(bare));
    }

    void letterheadErrors_data()
    {
        QTest::addColumn<QString>("pco");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("check digit") << R"({"name":{"zh-TW":"甲","en":"A"},"tax_id":"22099132"})" << "/meta/pco/tax_id"
                                     << "22099132 is not a valid 統一編號: its weighted digit sum 31 is not divisible by 5";
        QTest::newRow("not 8 digits") << R"({"name":{"zh-TW":"甲","en":"A"},"tax_id":"2209-9131"})" << "/meta/pco/tax_id"
                                      << "expected the 8 digits of a 統一編號";
        QTest::newRow("no name") << R"({"tax_id":"22099131"})" << "/meta/pco/name" << "missing";
        QTest::newRow("email") << R"({"name":{"zh-TW":"甲","en":"A"},"email":"quotes at example.com"})" << "/meta/pco/email"
                               << "expected an email address";
        QTest::newRow("two @") << R"({"name":{"zh-TW":"甲","en":"A"},"email":"a@b@c"})" << "/meta/pco/email" << "expected an email address";
        QTest::newRow("not an object") << R"("ACME")" << "/meta/pco" << "expected an object";
    }
    void letterheadErrors()
    {
        QFETCH(QString, pco);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto e = pcoErrors(pco.toStdString());
        QCOMPARE(e.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(e[0].path), path);
        QVERIFY2(QString::fromStdString(e[0].message).contains(message), e[0].message.c_str());
    }

    void letterheadValidAndChinese()
    {
        QVERIFY(pcoErrors(R"({"name":{"zh-TW":"甲","en":"A"},"tax_id":"22099131","email":"a@example.com","phone":"02"})").empty());
        const auto e = pcoErrors(R"({"name":{"zh-TW":"甲","en":"A"},"tax_id":"22099132"})", Lang::ZhTW);
        QCOMPARE(e.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(e[0].message), QStringLiteral("22099132 不是有效的統一編號：加權數字和 31 不能被 5 整除（財政部檢查碼規則）"));
    }

    void quoteNumbers()
    {
        Project p = loadSample();
        QCOMPARE(QString::fromStdString(quoteNumber(p, 2)), QStringLiteral("CS-IAC2028-02"));
        QCOMPARE(QString::fromStdString(quoteNumber(p, 12)), QStringLiteral("CS-IAC2028-12"));
        p.meta.pco->quotePrefix.clear(); // "Q" + the start date 2028-10-17
        QCOMPARE(QString::fromStdString(quoteNumber(p, 1)), QStringLiteral("Q20281017-01"));
        p.meta.pco.reset();
        QCOMPARE(QString::fromStdString(quoteNumber(p, 3)), QStringLiteral("Q20281017-03"));
    }

    void clientChangesWithoutMarkup()
    {
        const Project p = loadSample();
        const Budget b = budgetOf(p);
        // v1 → v2 of the sample: on-site → hybrid, markup 15 % → 12 % (internal), discount 0 % → 3 %, valid until,
        // payment terms, totals 41,569,313 → 36,650,949 (−4,918,364) and 43,647,779 → 38,483,496 (−5,164,283).
        const auto en = clientQuoteChanges(b, 1, Lang::En);
        const std::vector<std::string> expected{"Format: on-site → hybrid",
                                                "Discount: 0 % → 3 %",
                                                "Valid until: 2027-04-30 → 2027-06-30",
                                                "Payment terms changed",
                                                "Total (excl. tax): 41,569,313 → 36,650,949 (-4,918,364)",
                                                "Total (incl. tax): 43,647,779 → 38,483,496 (-5,164,283)",
                                                "The client switched to hybrid and asked for a lower price"};
        QCOMPARE(en, expected);
        for (const auto &s : clientQuoteChanges(b, 1, Lang::ZhTW))
            QVERIFY2(s.find("加成") == std::string::npos, s.c_str());
        // The PCO's own list still has the markup.
        const auto internal = quoteChanges(b, 1, Lang::En);
        QVERIFY(std::find(internal.begin(), internal.end(), "Markup: 15 % → 12 %") != internal.end());
        QCOMPARE(clientQuoteChanges(b, 0, Lang::ZhTW), std::vector<std::string>{"第一版報價"});
        QVERIFY(clientQuoteChanges(b, 9, Lang::En).empty());
    }

    void linesSharedByLargestRemainder()
    {
        // Three venue lines of 100, 100 and 101 (fixed, TWD, no service charge, no contingency), markup 10 %:
        // the category costs 301 and is priced ROUND(301 × 1.1) = ROUND(331.1) = 331. Shared by cost:
        // 331 × 100 / 301 = 109.97 → 109 (remainder 291/301), the same for the second, 331 × 101 / 301 = 111.07 →
        // 111 (remainder 20/301); the floors add up to 329, the two largest remainders get the 2 left: 110, 110, 111.
        const Project p = lineProject();
        const Budget b = budgetOf(p);
        const Quote q = computeQuote(p, b, b.quotes[0]);
        QCOMPARE(q.lines.size(), std::size_t(1));
        QCOMPARE(q.lines[0].cost, 301);
        QCOMPARE(q.lines[0].price, 331);
        QCOMPARE(q.lines[0].items.size(), std::size_t(3));
        QCOMPARE(q.lines[0].items[0].price, 110);
        QCOMPARE(q.lines[0].items[1].price, 110);
        QCOMPARE(q.lines[0].items[2].price, 111);
        QCOMPARE(q.lines[0].items[2].cost, 101);
        // Tax ROUND(331 × 5 %) = ROUND(16.55) = 17; total 348.
        QCOMPARE(q.tax, 17);
        QCOMPARE(q.total, 348);
        // Every category of the sample's v2 adds up over its lines.
        const Project s = loadSample();
        const Budget sb = budgetOf(s);
        const Quote sq = computeQuote(s, sb, sb.quotes[1]);
        for (const auto &l : sq.lines) {
            Money sum = 0, cost = 0;
            for (const auto &it : l.items) {
                sum += it.price;
                cost += it.cost;
            }
            if (!l.items.empty()) {
                QCOMPARE(sum, l.price);
                QCOMPARE(cost, l.cost);
            }
        }
    }

    void detailReadAndWritten()
    {
        const Project p = lineProject();
        QCOMPARE(budgetOf(p).quotes[0].detail, QuoteDetail::Lines);
        const std::string text = writeProject(p);
        QVERIFY(text.find("\"detail\": \"lines\"") != std::string::npos);
        auto r = readProject(text, "rt.json");
        QVERIFY(r.ok());
        QVERIFY(budgetOf(*r.project) == budgetOf(p));
        // Categories, the default, is not written (files without it stay as they were).
        QVERIFY(writeProject(loadSample()).find("\"detail\"") == std::string::npos);
        auto bad = readProject(lineProjectText("\"rows\""), "bad.json");
        QVERIFY(!bad.ok());
        bool found = false;
        for (const auto &d : bad.diagnostics)
            found = found || d.path == "/budget/quote_versions/0/detail";
        QVERIFY(found);
    }

    void clientQuoteDocument_data()
    {
        QTest::addColumn<int>("langs");
        QTest::newRow("en") << int(QuoteLangs::En);
        QTest::newRow("zh-TW") << int(QuoteLangs::ZhTW);
        QTest::newRow("both") << int(QuoteLangs::Both);
    }
    void clientQuoteDocument()
    {
        QFETCH(int, langs);
        const auto L = static_cast<QuoteLangs>(langs);
        Project p = loadSample();
        Budget b = budgetOf(p);
        for (auto detail : {QuoteDetail::Categories, QuoteDetail::Lines}) {
            b.quotes[1].detail = detail;
            const Quote q = computeQuote(p, b, b.quotes[1]);
            const QString html = QString::fromStdString(quoteHtml(p, b, q, 1, L));
            // The PCO-only terms of the message catalogue (quote.markup 加成, xlsx.cost_excl_tax 成本, quote.cost.margin
            // 毛利, quote.cost.title 內部資料, and 加價 / 利潤 / profit in case a text says it so), in the text a reader
            // sees (the style sheet has "margin-top", which is not the margin).
            const QString visible = visibleText(html);
            QVERIFY(visible.contains(QStringLiteral("38,483,496")));
            for (const char *term : {"markup", "cost", "margin", "profit", "internal", "加成", "加價", "成本", "毛利", "利潤", "內部"})
                QVERIFY2(!visible.contains(QString::fromUtf8(term), Qt::CaseInsensitive), term);
            // The totals are computeQuote's: 36,650,949 + 1,832,547 = 38,483,496 (the sample's v2 as issued).
            for (Money m : {q.subtotal, -q.discount, q.beforeTax, q.tax, q.total})
                QVERIFY(html.contains(QString::fromStdString(groupThousands(m))));
            QCOMPARE(q.total, 38483496);
            QVERIFY(html.contains(QStringLiteral("CS-IAC2028-02")));
            QVERIFY(html.contains(QStringLiteral("12345675")));
            QVERIFY(!html.contains(QStringLiteral("venue evaluation")));
            QVERIFY(!html.contains(QStringLiteral("場地評估")));
            const bool zh = L != QuoteLangs::En, en = L != QuoteLangs::ZhTW;
            QCOMPARE(html.contains(QStringLiteral("報價單")), zh);
            QCOMPARE(html.contains(QStringLiteral("Quotation")), en);
            // 3|8483|496 → 參仟捌佰肆拾捌萬參仟肆佰玖拾陸, in the Chinese documents.
            QCOMPARE(html.contains(QStringLiteral("新臺幣參仟捌佰肆拾捌萬參仟肆佰玖拾陸元整")), zh);
            QCOMPARE(html.contains(QStringLiteral("客戶確認")), zh);
            QCOMPARE(html.contains(QStringLiteral("Client confirmation")), en);
            QCOMPARE(html.contains(QStringLiteral("International Association Congress 2028 (sample)")), en);
            if (L == QuoteLangs::ZhTW) // no English label in the Chinese document
                for (const char *w : {"Subtotal", "Total", "Business tax", "Client", "Valid until", "Format", "Discount"})
                    QVERIFY2(!html.contains(QString::fromUtf8(w)), w);
            if (L == QuoteLangs::En)
                for (const char *w : {"小計", "營業稅", "客戶", "有效期限"})
                    QVERIFY2(!html.contains(QString::fromUtf8(w)), w);
            // Lines: the 26 budget lines' descriptions appear only with detail = lines.
            const auto &first = b.lines[0].description.get(L == QuoteLangs::En ? Lang::En : Lang::ZhTW);
            bool inHybrid = false;
            for (const auto &l : q.lines)
                for (const auto &it : l.items)
                    inHybrid = inHybrid || it.line == 0;
            if (inHybrid)
                QCOMPARE(html.contains(QString::fromStdString(htmlEscape(first))), detail == QuoteDetail::Lines);
        }
    }

    void costSheet()
    {
        const Project p = lineProject();
        const Budget b = budgetOf(p);
        const Quote q = computeQuote(p, b, b.quotes[0]);
        const QString html = QString::fromStdString(quoteCostSheetHtml(p, b, q, 0, QuoteLangs::Both));
        // The same terms the client quote must not have are on the cost sheet, in the text a reader sees.
        for (const char *term : {"markup", "cost", "margin", "internal", "加成", "成本", "毛利", "內部"})
            QVERIFY2(visibleText(html).contains(QString::fromUtf8(term), Qt::CaseInsensitive), term);
        for (const char *term : {"Markup", "Cost", "Margin", "internal", "加成", "成本", "毛利", "內部資料"})
            QVERIFY2(html.contains(QString::fromUtf8(term)), term);
        // Margin 331 − 301 = 30, 30 / 331 = 9.06 %; the lines 110 − 100 = 10 (10 / 110 = 9.09 %) and 111 − 101 = 10
        // (10 / 111 = 9.01 %); the markup 10 %.
        QVERIFY(html.contains(QStringLiteral(">30</b>")));
        QVERIFY(html.contains(QStringLiteral("9.06 %")));
        QVERIFY(html.contains(QStringLiteral("9.09 %")));
        QVERIFY(html.contains(QStringLiteral("9.01 %")));
        QVERIFY(html.contains(QStringLiteral("10 %")));
        // The sample: the margin of v2 is price after discount − cost (computeQuote's margin()).
        const Project s = loadSample();
        const Budget sb = budgetOf(s);
        const Quote sq = computeQuote(s, sb, sb.quotes[1]);
        const QString sheet = QString::fromStdString(quoteCostSheetHtml(s, sb, sq, 1, QuoteLangs::En));
        QVERIFY(sheet.contains(QString::fromStdString(groupThousands(sq.margin()))));
        QVERIFY(sheet.contains(QString::fromStdString(groupThousands(sq.cost))));
        QVERIFY(sheet.contains(QStringLiteral("Markup: 15 % → 12 %")));
        QVERIFY(!sheet.contains(QStringLiteral("加成")));
    }
};

QTEST_GUILESS_MAIN(TestQuoteDoc)
#include "tst_quotedoc.moc"
