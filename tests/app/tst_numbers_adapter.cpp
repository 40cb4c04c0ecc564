// SPDX-License-Identifier: GPL-3.0-or-later
// The QML singleton Numbers (app/numbers/numberformat.h): parse results as QML sees them, the errors in English
// (the same sentences as models/base/numbers.h) and in Traditional Chinese after a language switch, and the formatters.
#include "languagecontroller.h"
#include "numberformat.h"

#include <QTest>

class TestNumbersAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }
    void cleanupTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("errorId");
        QTest::newRow("count grouped") << "1,500" << "count" << true << 1500.0 << "";
        QTest::newRow("count full-width") << "１，５００" << "count" << true << 1500.0 << "";
        QTest::newRow("money NT$") << "NT$ 1,200" << "money" << true << 1200.0 << "";
        QTest::newRow("money 元") << "1.234.567 元" << "money" << true << 1234567.0 << "";
        QTest::newRow("percent") << "12.5 %" << "percent" << true << 0.125 << "";
        QTest::newRow("decimal comma") << "1.234,5" << "decimal" << true << 1234.5 << "";
        QTest::newRow("integer U+2212") << QString::fromUtf8("\u22127") << "integer" << true << -7.0 << "";
        QTest::newRow("kind in capitals") << "3" << "Count" << true << 3.0 << "";
        QTest::newRow("not whole") << "1.5" << "count" << false << 0.0 << "not-whole";
        QTest::newRow("ambiguous") << "1,234" << "decimal" << false << 0.0 << "ambiguous";
        QTest::newRow("negative money") << "-5" << "money" << false << 0.0 << "negative";
        QTest::newRow("too large") << "2,000,000,000" << "count" << false << 0.0 << "too-large";
        QTest::newRow("wrong currency") << "USD 5" << "money" << false << 0.0 << "wrong-currency";
        QTest::newRow("empty") << " " << "percent" << false << 0.0 << "empty";
        QTest::newRow("unknown kind") << "5" << "date" << false << 0.0 << "unknown-kind";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(bool, ok);
        QFETCH(double, value);
        QFETCH(QString, errorId);
        Numbers n;
        const QVariantMap r = n.parse(text, kind);
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), ok);
        QCOMPARE(r.value(QStringLiteral("value")).toDouble(), value);
        QCOMPARE(r.value(QStringLiteral("errorId")).toString(), errorId);
        QCOMPARE(r.value(QStringLiteral("error")).toString().isEmpty(), ok);
        // In English the adapter's sentence is the core's, word for word.
        if (!ok && errorId != QLatin1String("unknown-kind")) {
            const auto rules = vb::defaultRules(*Numbers::kindFromName(kind));
            QCOMPARE(r.value(QStringLiteral("error")).toString(), QString::fromStdString(vb::parseNumber(text.toStdString(), rules).error->message));
        }
    }

    void englishSentences()
    {
        Numbers n;
        QCOMPARE(n.parse(QStringLiteral("-5"), QStringLiteral("count")).value(QStringLiteral("error")).toString(),
                 QStringLiteral("\"-5\" is negative: expected a whole number of 0 or more."));
        QCOMPARE(n.parse(QStringLiteral("abc"), QStringLiteral("money")).value(QStringLiteral("error")).toString(),
                 QStringLiteral("Expected a whole amount in TWD, found \"abc\"."));
    }

    void translatedErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("negative count") << "-5" << "count" << "「-5」是負數：應為大於或等於 0 的整數。";
        QTest::newRow("not whole money") << "NT$ 12.50" << "money" << "「NT$ 12.50」不是整數：應為新臺幣整數金額。";
        QTest::newRow("not a number") << "abc" << "decimal" << "應為數字，而輸入的是「abc」。";
        QTest::newRow("empty percent") << "" << "percent" << "應為大於或等於 0 的百分比，但欄位是空的。";
        QTest::newRow("ambiguous") << "1,234" << "decimal" << "「1,234」有歧義：逗號可能是千分位（1234）或小數點（1.234）；請輸入 1234 或 1.234。";
        QTest::newRow("too large") << "1,000,000,001" << "count" << "「1,000,000,001」太大：最多為 1,000,000,000。";
        QTest::newRow("wrong currency") << "USD 100" << "money" << "「USD 100」的幣別是 USD：應為新臺幣整數金額。";
        QTest::newRow("bad grouping") << "1,23,456" << "count" << "「1,23,456」的千分位位置不對：數字應每三位一組，例如 1,234,567。";
    }
    void translatedErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QVERIFY(LanguageController::instance()->trySetLanguage(QStringLiteral("zh-TW")));
        Numbers n;
        const QVariantMap r = n.parse(text, kind);
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(!r.value(QStringLiteral("ok")).toBool());
        QCOMPARE(r.value(QStringLiteral("error")).toString(), error);
    }

    void formatters()
    {
        Numbers n;
        QCOMPARE(n.money(1234567, QStringLiteral("TWD")), QStringLiteral("TWD 1,234,567"));
        QCOMPARE(n.money(-1200, QStringLiteral("TWD")), QStringLiteral("TWD -1,200"));
        QCOMPARE(n.money(1234.5, QString()), QStringLiteral("1,235"));
        QCOMPARE(n.money(qQNaN(), QStringLiteral("TWD")), QStringLiteral("–"));
        QCOMPARE(n.percent(0.125, 1), QStringLiteral("12.5 %"));
        QCOMPARE(n.percent(0.125, 0), QStringLiteral("13 %")); // as QString::number rounds, like the pages
        QCOMPARE(n.percent(1, 0), QStringLiteral("100 %"));
        QCOMPARE(n.count(1500), QStringLiteral("1,500"));
        QCOMPARE(n.count(0), QStringLiteral("0"));
        QCOMPARE(n.count(2.5), QStringLiteral("3"));
        // The digits are the same in both languages.
        LanguageController::instance()->setLanguage(QStringLiteral("zh-TW"));
        QCOMPARE(n.money(1234567, QStringLiteral("TWD")), QStringLiteral("TWD 1,234,567"));
        QCOMPARE(n.percent(0.05, 1), QStringLiteral("5.0 %"));
        LanguageController::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestNumbersAdapter)
#include "tst_numbers_adapter.moc"
