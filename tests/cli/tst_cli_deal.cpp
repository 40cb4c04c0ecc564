// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli negotiation / contract / report --kind contract|negotiation on the sample: the JSON, the exit codes,
// the contract's amounts equal to the agreed quote's, and the warnings that block an export unless the user insists.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

#include <cmath>

using namespace vb::test;

namespace {
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
const QString kMinimal = QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliDeal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageAndInputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("negotiation without file") << QStringList{"negotiation"} << 2;
        QTest::newRow("negotiation csv") << QStringList{"negotiation", kSample, "--format", "csv"} << 2;
        QTest::newRow("contract without --on") << QStringList{"contract", kSample} << 2;
        QTest::newRow("contract bad date") << QStringList{"contract", kSample, "--on", "2028-02-30"} << 2;
        QTest::newRow("contract negative late days") << QStringList{"contract", kSample, "--on", "2028-06-01", "--late-days", "-1"} << 2;
        QTest::newRow("negotiation no section") << QStringList{"negotiation", kMinimal} << 1;
        QTest::newRow("contract no section") << QStringList{"contract", kMinimal, "--on", "2028-06-01"} << 1;
        QTest::newRow("both languages for the bid book") << QStringList{"report", kSample, "--kind", "bid", "--lang", "both", "--out", "/tmp/x.html"} << 2;
        QTest::newRow("allow-warnings for the bid book")
            << QStringList{"report", kSample, "--kind", "bid", "--allow-warnings", "--out", "/tmp/x.html"} << 2;
        QTest::newRow("contract report without section") << QStringList{"report", kMinimal, "--kind", "contract", "--out", "/tmp/x.html"} << 1;
    }
    void usageAndInputErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const auto r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void negotiationJson()
    {
        const auto r = cli({"negotiation", kSample, "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto o = json(r);
        QCOMPARE(o["format"].toString(), QStringLiteral("hybrid"));
        const double cost = o["cost_before_tax"].toDouble();
        QVERIFY(cost > 0);
        // floor = ⌈cost ÷ 0.95⌉, target = ⌈cost ÷ 0.90⌉ (the sample's 5 % and 10 %), opening = target + 2,100,000.
        QCOMPARE(o["floor"].toDouble(), std::ceil(cost / 0.95 - 1e-9));
        QCOMPARE(o["target"].toDouble(), std::ceil(cost / 0.90 - 1e-9));
        QCOMPARE(o["opening"].toDouble(), o["target"].toDouble() + 2'100'000);
        const auto steps = o["steps"].toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps[3].toObject()["price"].toDouble(), o["target"].toDouble());
        QVERIFY(o["zone"].isObject());
        QCOMPARE(o["rounds"].toArray().size(), 3);
        QCOMPARE(o["diagnostics"].toArray().size(), 0);
    }

    void contractJsonMatchesTheAgreedQuote()
    {
        const auto r = cli({"contract", kSample, "--on", "2028-06-01", "--late-days", "120", "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto o = json(r);
        const auto price = o["price"].toObject();
        // Quote v2 as the sample freezes it (budget.quote_versions[1].totals).
        QCOMPARE(price["before_tax"].toDouble(), 36650949.0);
        QCOMPARE(price["tax"].toDouble(), 1832547.0);
        QCOMPARE(price["total"].toDouble(), 38483496.0);
        QCOMPARE(price["in_words"].toString(), QStringLiteral("新臺幣參仟捌佰肆拾捌萬參仟肆佰玖拾陸元整"));
        // 30 % of 38,483,496 = 11,545,048.8 → 11,545,049 is due by 2028-06-01 (signing 2027-05-15), the rest later.
        QCOMPARE(o["due_by_date"].toDouble(), 11545049.0);
        // 138 days before 2028-10-17: the 90-day row, 50 % of 36,650,949 = 18,325,474.5 → 18,325,475.
        const auto cancel = o["cancellation"].toObject();
        QCOMPARE(cancel["days_before"].toInt(), 138);
        QCOMPARE(cancel["fee"].toDouble(), 18325475.0);
        // 1 ‰ of 38,483,496 = 38,483.496 → 38,483 a day; 120 days = 4,617,960 > cap 10 % = 3,848,350 (3,848,349.6).
        const auto late = o["late_penalty"].toObject();
        QCOMPARE(late["daily"].toDouble(), 38483.0);
        QCOMPARE(late["uncapped"].toDouble(), 4617960.0);
        QCOMPARE(late["cap"].toDouble(), 3848350.0);
        QCOMPARE(late["amount"].toDouble(), 3848350.0);
        QVERIFY(late["capped"].toBool());
        // 承攬 stamp duty 1 ‰ of 38,483,496 → 38,483.
        QCOMPARE(o["stamp_duty"].toObject()["amount"].toDouble(), 38483.0);
        QCOMPARE(o["differences"].toArray().size(), 0);
    }

    void editedQuoteListsTheDifference()
    {
        // The sample with the v2 markup raised from 12 % to 13 % after agreement: the contract lists what changed.
        QTemporaryDir dir;
        auto doc = QJsonDocument::fromJson(readAll(kSample)).object();
        auto budget = doc["budget"].toObject();
        auto versions = budget["quote_versions"].toArray();
        auto v2 = versions[1].toObject();
        v2["markup_percent"] = 13;
        versions[1] = v2;
        budget["quote_versions"] = versions;
        doc["budget"] = budget;
        const QString path = dir.filePath(QStringLiteral("edited.venuebid.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        auto r = cli({"contract", path, "--on", "2028-06-01", "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto diffs = json(r)["differences"].toArray();
        QCOMPARE(diffs.size(), 3);
        QCOMPARE(diffs[2].toObject()["key"].toString(), QStringLiteral("total"));
        QCOMPARE(diffs[2].toObject()["agreed"].toDouble(), 38483496.0);
        QVERIFY(diffs[2].toObject()["now"].toDouble() > 38483496.0);
        // The contract does not export with the difference unless the user insists; then it is on the first page.
        const QString out = dir.filePath(QStringLiteral("c.html"));
        r = cli({"report", path, "--kind", "contract", "--out", out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("/contract/agreed/total"));
        QVERIFY(r.err.contains("--allow-warnings"));
        QVERIFY(!QFile::exists(out));
        r = cli({"report", path, "--kind", "contract", "--allow-warnings", "--out", out});
        QCOMPARE(r.code, 0);
        const QByteArray html = readAll(out);
        QVERIFY(html.contains("/contract/agreed/total"));
        QVERIFY(html.indexOf("/contract/agreed/total") < html.indexOf("Article 1."));
    }

    void contractDocumentInEachLanguage()
    {
        QTemporaryDir dir;
        for (const QString lang : {QStringLiteral("en"), QStringLiteral("zh-TW"), QStringLiteral("both")}) {
            const QString out = dir.filePath(QStringLiteral("contract-%1.html").arg(lang));
            const auto r = cli({"report", kSample, "--kind", "contract", "--lang", lang, "--out", out});
            QCOMPARE(r.code, 0);
            const QString html = QString::fromUtf8(readAll(out));
            // The agreed price, as `quote --version 2` gives it, and the words.
            QVERIFY(html.contains(QStringLiteral("36,650,949")));
            QVERIFY(html.contains(QStringLiteral("1,832,547")));
            QVERIFY(html.contains(QStringLiteral("38,483,496")));
            QVERIFY(html.contains(QStringLiteral("新臺幣參仟捌佰肆拾捌萬參仟肆佰玖拾陸元整")));
            // A client document: no margin, floor or BATNA.
            QVERIFY(!html.contains(QStringLiteral("34,000,000")));
            QVERIFY(!html.mid(html.indexOf(QStringLiteral("<body"))).contains(QStringLiteral("margin"), Qt::CaseInsensitive)); // (the CSS has margin-top)
            QVERIFY(!html.contains(QStringLiteral("毛利")));
            QCOMPARE(html.contains(QStringLiteral("立契約書人")), lang != QStringLiteral("en"));
            QCOMPARE(html.contains(QStringLiteral("Article 1.")), lang != QStringLiteral("zh-TW"));
        }
        // The quote document of the agreed version shows the same amounts.
        const QString quote = dir.filePath(QStringLiteral("quote.html"));
        QCOMPARE(cli({"quote", kSample, "--version", "2", "--out", quote}).code, 0);
        const QByteArray q = readAll(quote);
        QVERIFY(q.contains("36,650,949") && q.contains("1,832,547") && q.contains("38,483,496"));
    }
};

QTEST_APPLESS_MAIN(TestCliDeal)
#include "tst_cli_deal.moc"
