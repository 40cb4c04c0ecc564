// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli budget / quote: JSON contract, exports (XLSX formulas and cached values, CSV), quote documents.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

using namespace vb::test;

namespace {
const QString kSmall = QStringLiteral(TEST_DATA_DIR "/budget/small-budget.venuebid.json");
const QString kSample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");

/** Cell values of an XLSX sheet: reference → {formula, cached value}. */
QMap<QString, QPair<QString, QString>> sheetCells(const QString &xlsx, int sheet)
{
    const auto r = run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)});
    QMap<QString, QPair<QString, QString>> cells;
    static const QRegularExpression re(QStringLiteral(R"re(<c r="([A-Z]+[0-9]+)"[^>]*>(?:<f>([^<]*)</f>)?<v>([^<]*)</v></c>)re"));
    for (auto it = re.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
        const auto m = it.next();
        cells[m.captured(1)] = {m.captured(2), m.captured(3)};
    }
    return cells;
}
} // namespace

class TestCliBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{"budget"};
        QTest::newRow("bad format") << QStringList{"budget", kSmall, "--format", "xml"};
        QTest::newRow("bad out") << QStringList{"budget", kSmall, "--out", "x.pdf"};
        QTest::newRow("quote without out") << QStringList{"quote", kSmall};
        QTest::newRow("quote bad version") << QStringList{"quote", kSmall, "--version", "x", "--out", "q.pdf"};
        QTest::newRow("quote xlsx without --cost-sheet") << QStringList{"quote", kSmall, "--out", "q.xlsx"};
        QTest::newRow("quote bad lang") << QStringList{"quote", kSmall, "--lang", "fr", "--out", "q.html"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
    }

    void inputErrors()
    {
        auto r = cli({"budget", QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("no budget"));
        r = cli({"quote", kSmall, "--version", "9", "--out", "/tmp/never.pdf"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    void json()
    {
        const auto r = cli({"budget", kSmall, "--format", "json"});
        QCOMPARE(r.code, 0);
        const auto root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root["currency"].toString(), QStringLiteral("TWD"));
        const auto formats = root["formats"].toObject();
        QCOMPARE(formats.keys(), (QStringList{"hybrid", "online", "onsite"}));
        const QMap<QString, qint64> expected{{"onsite", 370478}, {"hybrid", 381300}, {"online", 66831}};
        for (const auto &key : formats.keys()) {
            const auto f = formats[key].toObject();
            const auto c = f["costs"].toObject();
            const qint64 sum = c["subtotal"].toInteger() + c["service_charge"].toInteger() + c["contingency"].toInteger()
                + c["management_fee"].toInteger() + c["tax"].toInteger();
            QCOMPARE(sum, c["total"].toInteger());
            QCOMPARE(c["total"].toInteger(), expected[key]);
            const auto rev = f["revenue"].toObject();
            QCOMPARE(rev["registration"].toInteger() + rev["sponsorship"].toInteger() + rev["exhibition"].toInteger() + rev["subsidy"].toInteger()
                         + rev["other"].toInteger(),
                     rev["total"].toInteger());
            QVERIFY(f.contains("break_even_attendees"));
            QVERIFY(f.contains("roi_percent"));
        }
        QCOMPARE(formats["onsite"].toObject()["break_even_attendees"].toInt(), 17);
        QCOMPARE(formats["onsite"].toObject()["roi_percent"].toDouble(), 57.09);
    }

    void xlsxHasLiveFormulasAndOurTotals()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("budget.xlsx"));
        const auto r = cli({"budget", kSmall, "--out", file});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(file));
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-t"), file}).code, 0);
        const auto cells = sheetCells(file, 1); // on-site
        // Lines start at row 14: hall, lunch, badges, hotel; totals two rows after the last line.
        QCOMPARE(cells["L15"].first, QStringLiteral("ROUND(F15*G15*K15,0)"));
        QVERIFY(cells["O15"].first.startsWith(QStringLiteral("IF(")));
        QCOMPARE(cells["R19"].first, QStringLiteral("SUM(O14:O17)"));
        QCOMPARE(cells["R19"].second, QStringLiteral("279545"));
        QCOMPARE(cells["R20"].second, QStringLiteral("17455"));
        QCOMPARE(cells["R21"].second, QStringLiteral("29700"));
        QCOMPARE(cells["R22"].second, QStringLiteral("26136"));
        QCOMPARE(cells["R24"].second, QStringLiteral("17642"));
        QCOMPARE(cells["R25"].first, QStringLiteral("R23+R24"));
        QCOMPARE(cells["R25"].second, QStringLiteral("370478"));
        QCOMPARE(cells["I15"].first, QStringLiteral("$B$7*$B$9")); // lunch driver follows the attendance cell
        const auto hybrid = sheetCells(file, 2);
        bool found = false;
        for (const auto &v : hybrid)
            found = found || v.second == QStringLiteral("381300");
        QVERIFY(found);
    }

    void xlsxZeroAttendanceFxAndMinimumsAreFormulas()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.xlsx"));
        QCOMPARE(cli({"budget", kSmall, "--out", small}).code, 0);
        const auto on = sheetCells(small, 1);
        // The break-even's cost at zero attendance (docs/budget.md: F = 124,740 before the 82,000 fixed income) is a
        // reference to the zero-attendance column of the case table, no longer a written value.
        const QRegularExpression ref(QStringLiteral("^[A-Z]+[0-9]+$"));
        bool zeroCost = false, zeroIncome = false;
        for (const auto &v : on) {
            zeroCost = zeroCost || (v.second == QStringLiteral("124740") && ref.match(v.first).hasMatch());
            zeroIncome = zeroIncome || (v.second == QStringLiteral("82000") && ref.match(v.first).hasMatch());
        }
        QVERIFY(zeroCost);
        QVERIFY(zeroIncome);

        const QString sample = dir.filePath(QStringLiteral("sample.xlsx"));
        QCOMPARE(cli({"budget", kSample, "--out", sample}).code, 0);
        const auto hybrid = sheetCells(sample, 2);
        // The lunch guarantee (minimum_units 5,400) sits in column S and the units formula reads it: MAX(I*J, S).
        const QRegularExpression minUnits(QStringLiteral(R"(^MAX\(I([0-9]+)\*J\1,S\1\)$)"));
        bool minimum = false;
        for (const auto &v : hybrid)
            minimum = minimum || minUnits.match(v.first).hasMatch();
        QVERIFY(minimum);
        // The USD buffer (3 %): the high rate is a formula of the rate, and the figures at the adverse rates are
        // differences of the case table's columns, with the CLI's values cached.
        const auto r = cli({"budget", kSample, "--format", "json"});
        const auto fx = QJsonDocument::fromJson(r.out).object()["formats"].toObject()["hybrid"].toObject()["fx_sensitivity"].toObject();
        const QString total = QString::number(fx["total_incl_tax_at_adverse"].toInteger());
        const QString costChange = QString::number(fx["currencies"].toArray().at(0).toObject()["cost_change"].toInteger());
        bool adverseTotal = false, adverseChange = false, highRate = false;
        for (const auto &v : hybrid) {
            adverseTotal = adverseTotal || (v.second == total && ref.match(v.first).hasMatch());
            adverseChange = adverseChange || (v.second == costChange && v.first.contains(QLatin1Char('-')));
            highRate = highRate || v.first.contains(QStringLiteral("*(1+3/100),6)"));
        }
        QVERIFY2(adverseTotal, qPrintable(total));
        QVERIFY2(adverseChange, qPrintable(costChange));
        QVERIFY(highRate);
    }

    void csv()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("budget.csv"));
        QCOMPARE(cli({"budget", kSmall, "--out", file, "--lang", "zh-TW"}).code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.contains("'=HYPERLINK")); // vendor "=HYPERLINK(...)" neutralised
        QVERIFY(!data.contains(",=HYPERLINK"));
        QVERIFY(data.contains("onsite,total,,total,,,TWD,,,,,,335381,17455,17642,370478,\r\n"));
    }

    void quoteDocuments()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        auto r = cli({"quote", kSmall, "--version", "2", "--out", pdf});
        QCOMPARE(r.code, 0);
        const auto text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        // pdftotext maps some CJK characters (小, 日, 用, 比 …) to Kangxi radicals (docs/budget.md);
        // NFKC folds them back, so the check is on the text a reader sees.
        const QString t = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC);
        QVERIFY2(t.contains(QStringLiteral("報價單")), qPrintable(t.left(400)));
        QVERIFY(t.contains(QStringLiteral("Quotation")));
        QVERIFY(t.contains(QStringLiteral("Q20281017-02"))); // no letterhead: "Q" + the start date, version 2
        QVERIFY(t.contains(QStringLiteral("小計 Subtotal")));
        QVERIFY(t.contains(QStringLiteral("客戶要求降價")));
        QVERIFY(t.contains(QStringLiteral("403,409")));
        QVERIFY(t.contains(QStringLiteral("營業稅")));
        QVERIFY(r.err.contains("no letterhead (meta.pco)"));
        const QString xlsx = dir.filePath(QStringLiteral("quote.xlsx"));
        const auto refused = cli({"quote", kSmall, "--out", xlsx});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains("--cost-sheet"));
        QCOMPARE(cli({"quote", kSmall, "--cost-sheet", "--out", xlsx}).code, 0);
        bool found = false;
        for (const auto &v : sheetCells(xlsx, 1))
            found = found || v.second == QStringLiteral("403409");
        QVERIFY(found);
        const QString odt = dir.filePath(QStringLiteral("quote.odt"));
        QCOMPARE(cli({"quote", kSmall, "--out", odt}).code, 0);
        QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}).out.contains("403,409"));
    }

    void quoteLanguagesAndCostSheet()
    {
        // The sample's v2: one language each, and the cost sheet; the totals are the ones frozen when v2 was issued
        // (36,650,949 + 1,832,547 = 38,483,496), which the budget still gives.
        QTemporaryDir dir;
        const auto html = [&](const QStringList &extra) {
            const QString out = dir.filePath(QStringLiteral("q.html"));
            QStringList args{QStringLiteral("quote"), kSample, QStringLiteral("--out"), out};
            args += extra;
            const auto r = cli(args);
            QFile f(out);
            return std::make_pair(r, f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
        };
        const auto [en, enHtml] = html({QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(en.code, 0);
        QVERIFY(en.err.isEmpty()); // a letterhead, and the budget unchanged since v2
        QVERIFY(enHtml.contains(QStringLiteral("Quotation")));
        QVERIFY(!enHtml.contains(QStringLiteral("報價單")));
        QVERIFY(enHtml.contains(QStringLiteral("38,483,496")));
        QVERIFY(enHtml.contains(QStringLiteral("36,650,949")));
        const auto [zh, zhHtml] = html({QStringLiteral("--lang"), QStringLiteral("zh-TW")});
        QCOMPARE(zh.code, 0);
        QVERIFY(zhHtml.contains(QStringLiteral("報價單")));
        QVERIFY(!zhHtml.contains(QStringLiteral("Quotation")));
        QVERIFY(zhHtml.contains(QStringLiteral("新臺幣參仟捌佰肆拾捌萬參仟肆佰玖拾陸元整")));
        const auto [both, bothHtml] = html({});
        QCOMPARE(both.code, 0);
        QVERIFY(bothHtml.contains(QStringLiteral("報價單")) && bothHtml.contains(QStringLiteral("Quotation")));
        for (const QString &doc : {enHtml, zhHtml, bothHtml})
            for (const char *term : {"Markup", "加成", "毛利", "成本"})
                QVERIFY2(!doc.contains(QString::fromUtf8(term)), term);
        const auto [cost, costHtml] = html({QStringLiteral("--cost-sheet"), QStringLiteral("--lang"), QStringLiteral("zh-TW")});
        QCOMPARE(cost.code, 0);
        for (const char *term : {"成本表（內部資料）", "加成", "毛利", "成本（未稅）"})
            QVERIFY2(costHtml.contains(QString::fromUtf8(term)), term);
        QVERIFY(costHtml.contains(QStringLiteral("38,483,496")));
    }

    void quotePdfFollowsTheBudget()
    {
        // The client quote's figures are the budget's (venuebid-cli budget, hybrid column) under v2's terms: each cost
        // line marked up 12 %, the management fee and the discount 3 % as they are, then 5 % tax. Read from the two
        // outputs, not typed in: venue 6,590,000 × 1.12 = 7,380,800; contingency 2,862,461 × 1.12 = 3,205,956;
        // fee 2,518,966; subtotal 37,784,484 − 3 % (1,133,535) = 36,650,949 + 5 % (1,832,547) = 38,483,496.
        const auto budget = cli({"budget", kSample});
        QCOMPARE(budget.code, 0);
        const auto amount = [](const QString &s) { return QString(s).remove(QLatin1Char(',')).toLongLong(); };
        QMap<QString, qint64> hybrid; // the budget's row label → its hybrid amount (the second of the three columns)
        static const QRegularExpression row(QStringLiteral(R"(^(.+?)\s{2,}(-?[\d,]+)\s+(-?[\d,]+)\s+(-?[\d,]+)$)"));
        for (const QString &line : QString::fromUtf8(budget.out).split(QLatin1Char('\n'))) {
            const auto m = row.match(line.trimmed());
            if (m.hasMatch())
                hybrid[m.captured(1).trimmed()] = amount(m.captured(3));
        }
        QCOMPARE(hybrid.value(QStringLiteral("Venue")), 6590000);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        QCOMPARE(cli({"quote", kSample, "--lang", "en", "--out", pdf}).code, 0);
        const auto text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        QMap<QString, qint64> quote; // the quote's line → its amount
        static const QRegularExpression line2(QStringLiteral(R"(^(.+?)\s{2,}(-?[\d,]+)$)"));
        for (const QString &line : QString::fromUtf8(text.out).split(QLatin1Char('\n'))) {
            const auto m = line2.match(line.trimmed());
            if (m.hasMatch())
                quote[m.captured(1).trimmed()] = amount(m.captured(2));
        }
        qint64 subtotal = 0;
        for (const char *cat : {"Venue", "Food & beverage", "AV & production", "Streaming platform", "Accommodation", "Transport", "Speakers",
                                "Marketing & print", "Registration", "Staffing & interpreters", "Insurance, permits & security", "Other", "Contingency"}) {
            const QString c = QString::fromUtf8(cat);
            QVERIFY2(hybrid.contains(c) && quote.contains(c), cat);
            QCOMPARE(quote.value(c), (hybrid.value(c) * 112 + 50) / 100); // marked up 12 %, rounded to the dollar
            subtotal += quote.value(c);
        }
        QCOMPARE(quote.value(QStringLiteral("Management fee")), hybrid.value(QStringLiteral("Management fee")));
        subtotal += quote.value(QStringLiteral("Management fee"));
        QCOMPARE(quote.value(QStringLiteral("Subtotal")), subtotal);
        const qint64 discount = (subtotal * 3 + 50) / 100;
        QCOMPARE(quote.value(QStringLiteral("Discount 3 %")), -discount);
        QCOMPARE(quote.value(QStringLiteral("Total excl. tax")), subtotal - discount);
        const qint64 tax = ((subtotal - discount) * 5 + 50) / 100;
        QCOMPARE(quote.value(QStringLiteral("Business tax 5 %")), tax);
        QCOMPARE(quote.value(QStringLiteral("Total incl. tax")), subtotal - discount + tax);
        QCOMPARE(subtotal - discount + tax, 38483496);
    }

    void bench()
    {
        const auto r = cli({"budget", kSmall, "--bench", "20", "--bench-lines", "2000"});
        QCOMPARE(r.code, 0);
        const auto o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["lines"].toInt(), 2000);
        QVERIFY(o["median_ms"].toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBudget)
#include "tst_cli_budget.moc"
