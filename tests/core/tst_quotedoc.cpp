// SPDX-License-Identifier: GPL-3.0-or-later
// The PCO's letterhead (meta.pco, 統一編號 check digit), the client quote document (prices only) and the internal
// cost sheet, on the sample project and hand-made files.
#include "budget.h"
#include "projectformat.h"
#include "projectio.h"

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
};

QTEST_GUILESS_MAIN(TestQuoteDoc)
#include "tst_quotedoc.moc"
