// SPDX-License-Identifier: GPL-3.0-or-later
// Messages that name the real problem: a number beyond the range of a double (1e400), an integer beyond int64 (2^63),
// text that is not UTF-8 (a UTF-16/UTF-32 byte-order mark, a NUL byte, a Latin-1 byte, a second byte-order mark), and
// an invisible or bidirectional control character in an id, each at its line:column or JSON pointer, in both languages.
#include "projectformat.h"
#include "jsonreader.h"
#include "messages.h"
#include "text.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <algorithm>
#include <string>

using namespace vb;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string minimal()
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read minimal.venuebid.json");
    return f.readAll().toStdString();
}

/** minimal with the first `from` replaced by `to` (which must be there). */
std::string with(const std::string &from, const std::string &to)
{
    std::string s = minimal();
    const auto at = s.find(from);
    if (at == std::string::npos)
        qFatal("'%s' is not in minimal.venuebid.json", from.c_str());
    s.replace(at, from.size(), to);
    return s;
}

/** The one diagnostic at path, or "" (and a failure message) when there is not exactly one error there. */
std::string errorAt(const LoadResult &r, const std::string &path)
{
    std::string found;
    int n = 0;
    for (const auto &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error && d.path == path) {
            found = d.message;
            ++n;
        }
    if (n != 1) {
        for (const auto &m : r.messages())
            qWarning("%s", m.c_str());
        return "(" + std::to_string(n) + " errors at " + path + ")";
    }
    return found;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalIsValid()
    {
        const auto r = readProject(minimal(), "m.json");
        QVERIFY(r.ok());
    }

    // --- numbers ---

    void numberBeyondDouble()
    {
        // 1e400 > DBL_MAX (1.7976931348623157e308): the parser gives +infinity, which used to read
        // "expected a number >= null, found null".
        const auto text = with("\"plenary_seats\": {\"value\": 1000", "\"plenary_seats\": {\"value\": 1e400");
        const auto en = readProject(text, "m.json");
        QVERIFY(!en.ok());
        QCOMPARE(q(errorAt(en, "/venues/0/attributes/plenary_seats/value")),
                 QStringLiteral("this number is beyond the largest number a computer can hold (about 1.8e308); a project file accepts -1,000,000,000,000,000 to 1,000,000,000,000,000"));
        const auto zh = readProject(text, "m.json", Lang::ZhTW);
        QCOMPARE(q(errorAt(zh, "/venues/0/attributes/plenary_seats/value")),
                 QStringLiteral("此數字超過電腦可表示的最大數（約 1.8e308）；專案檔接受 -1,000,000,000,000,000 至 1,000,000,000,000,000"));
        // The CLI line: file, JSON pointer, message.
        bool listed = false;
        for (const auto &m : en.messages())
            listed = listed || m == "m.json: error: /venues/0/attributes/plenary_seats/value: this number is beyond the largest number a "
                                    "computer can hold (about 1.8e308); a project file accepts -1,000,000,000,000,000 to 1,000,000,000,000,000";
        QVERIFY(listed);
    }

    void negativeNumberBeyondDouble()
    {
        // -1e400 is -infinity: out of range too, not "below the minimum".
        const auto r = readProject(with("\"weight\": 50", "\"weight\": -1e400"), "m.json");
        QVERIFY(!r.ok());
        QVERIFY(q(errorAt(r, "/criteria/0/weight")).startsWith(QStringLiteral("this number is beyond the largest number a computer can hold")));
    }

    void integerBeyondInt64()
    {
        // 2^63 = 9223372036854775808 is one more than INT64_MAX = 9223372036854775807.
        const auto text = with("\"schema_version\": 1", "\"schema_version\": 9223372036854775808");
        const auto r = readProject(text, "m.json");
        QVERIFY(!r.ok());
        QCOMPARE(q(errorAt(r, "/schema_version")),
                 QStringLiteral("number out of range: expected an integer from 1 to 9223372036854775807, found 9223372036854775808"));
        const auto zh = readProject(text, "m.json", Lang::ZhTW);
        QCOMPARE(q(errorAt(zh, "/schema_version")),
                 QStringLiteral("數值超出範圍：應為 1 至 9223372036854775807 的整數，實際為 9223372036854775808"));
        // Written with an exponent: 1e19 > 2^63 ≈ 9.223e18.
        const auto e = readProject(with("\"schema_version\": 1", "\"schema_version\": 1e19"), "m.json");
        QCOMPARE(q(errorAt(e, "/schema_version")),
                 QStringLiteral("number out of range: expected an integer from 1 to 9223372036854775807, found 1e+19"));
        // INT64_MAX itself is an integer: then the reader's own rule about schema versions speaks.
        const auto max = readProject(with("\"schema_version\": 1", "\"schema_version\": 9223372036854775807"), "m.json");
        QVERIFY(q(errorAt(max, "/schema_version")).startsWith(QStringLiteral("this file was written by a newer VenueBid")));
    }

    // --- encoding ---

    void utf16And32ByteOrderMarks_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QString>("name");
        QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE{\0", 4) << QStringLiteral("UTF-16 LE");
        QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF\0{", 4) << QStringLiteral("UTF-16 BE");
        QTest::newRow("UTF-32 LE") << QByteArray("\xFF\xFE\0\0{\0\0\0", 8) << QStringLiteral("UTF-32 LE");
        QTest::newRow("UTF-32 BE") << QByteArray("\0\0\xFE\xFF\0\0\0{", 8) << QStringLiteral("UTF-32 BE");
    }
    void utf16And32ByteOrderMarks()
    {
        QFETCH(QByteArray, start);
        QFETCH(QString, name);
        const auto r = readProject(std::string_view(start.constData(), static_cast<std::size_t>(start.size())), "m.json");
        QVERIFY(r.syntax);
        QCOMPARE(r.syntax->offset, std::size_t{0});
        QCOMPARE(q(r.syntax->message),
                 QStringLiteral("the file is not UTF-8 text: it starts with a %1 byte-order mark (byte offset 0); save it as UTF-8").arg(name));
        QCOMPARE(q(r.messages().front()),
                 QStringLiteral("m.json:1:1: error: the file is not UTF-8 text: it starts with a %1 byte-order mark (byte offset 0); save it as UTF-8").arg(name));
    }

    void utf16WithoutByteOrderMark()
    {
        // "{" in UTF-16 LE is 7B 00: the NUL is byte 1.
        const std::string text("{\0\"\0", 4);
        const auto r = readProject(text, "m.json", Lang::ZhTW);
        QVERIFY(r.syntax);
        QCOMPARE(r.syntax->offset, std::size_t{1});
        QCOMPARE(q(r.syntax->message), QStringLiteral("檔案不是 UTF-8 文字：位元組位移 1 是 NUL 位元組（UTF-16 或 UTF-32 文字？）；請另存為 UTF-8"));
    }

    void latin1Byte()
    {
        // "Alpha Centre" saved as Latin-1 "Alpha Centré": é is the single byte 0xE9, at the offset of the final "e".
        const std::string text = with("\"Alpha Centre\"", "\"Alpha Centr\xE9\"");
        const std::size_t offset = text.find("Centr\xE9") + 5; // not the first 0xE9: CJK characters such as 須 (E9 A0 88) hold one
        const auto r = readProject(text, "m.json");
        QVERIFY(r.syntax);
        QCOMPARE(r.syntax->offset, offset);
        QCOMPARE(q(r.syntax->message), QStringLiteral("the file is not UTF-8 text: byte 0xE9 at byte offset %1 does not belong to a UTF-8 "
                                                      "character; save it as UTF-8").arg(offset));
        // The line of the venue name: line:column point at it too (column in characters, the CJK name before it).
        const std::string before = text.substr(0, offset);
        QCOMPARE(r.syntax->line, static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n') + 1));
    }

    void invalidSequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("lead");
        QTest::newRow("a lone continuation byte") << QByteArray("\x80") << QStringLiteral("80");
        QTest::newRow("overlong '/' (C0 AF)") << QByteArray("\xC0\xAF") << QStringLiteral("C0");
        QTest::newRow("a UTF-16 surrogate (ED A0 80)") << QByteArray("\xED\xA0\x80") << QStringLiteral("ED");
        QTest::newRow("beyond U+10FFFF (F4 90 80 80)") << QByteArray("\xF4\x90\x80\x80") << QStringLiteral("F4");
        QTest::newRow("cut short (E6 9D)") << QByteArray("\xE6\x9D") << QStringLiteral("E6");
    }
    void invalidSequences()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, lead);
        const std::string text = with("\"Alpha Centre\"", "\"Alpha " + bytes.toStdString() + "\"");
        const std::size_t offset = text.find("\"Alpha ") + 7;
        const auto r = readProject(text, "m.json");
        QVERIFY(r.syntax);
        QCOMPARE(r.syntax->offset, offset);
        QVERIFY2(q(r.syntax->message).startsWith(QStringLiteral("the file is not UTF-8 text: byte 0x%1 at byte offset %2 ").arg(lead).arg(offset)),
                 r.syntax->message.c_str());
    }

    void validUtf8StillReads()
    {
        // Four-byte characters (U+1F3DB CLASSICAL BUILDING, F0 9F 8F 9B) and CJK are UTF-8: no complaint.
        const auto r = readProject(with("\"Alpha Centre\"", "\"Alpha \xF0\x9F\x8F\x9B 會館\""), "m.json");
        QVERIFY(r.ok());
    }

    void secondByteOrderMark()
    {
        // One UTF-8 byte-order mark at the start is allowed; a second one right after it is not (byte offset 3).
        const auto ok = readProject("\xEF\xBB\xBF" + minimal(), "m.json");
        QVERIFY(ok.ok());
        const auto r = readProject("\xEF\xBB\xBF\xEF\xBB\xBF" + minimal(), "m.json");
        QVERIFY(r.syntax);
        QCOMPARE(r.syntax->offset, std::size_t{3});
        QCOMPARE(q(r.syntax->message),
                 QStringLiteral("a byte-order mark (U+FEFF) at byte offset 3: only one is allowed, at the very start of the file"));
    }

    // --- hidden characters in ids ---

    void zeroWidthSpaceInVenueId()
    {
        // "al\u200Bpha": the zero-width space (E2 80 8B) is character 3 and invisible when echoed.
        const std::string text = with("\"id\": \"alpha\"", "\"id\": \"al\xE2\x80\x8Bpha\"");
        const auto r = readProject(text, "m.json");
        QVERIFY(!r.ok());
        QCOMPARE(q(errorAt(r, "/venues/0/id")),
                 QStringLiteral("the id \"al<U+200B>pha\" contains the invisible character U+200B ZERO WIDTH SPACE (character 3): ids use "
                                "only lowercase letters, digits and '_'"));
        const auto zh = readProject(text, "m.json", Lang::ZhTW);
        QCOMPARE(q(errorAt(zh, "/venues/0/id")),
                 QStringLiteral("識別碼「al<U+200B>pha」含有不可見字元 U+200B ZERO WIDTH SPACE（第 3 個字元）：識別碼只能使用小寫英文字母、數字與「_」"));
    }

    void rightToLeftOverrideInCriterionId()
    {
        // U+202E (E2 80 AE) after "plenary": character 8; it reverses how the rest of the line is shown.
        const std::string text = with("\"id\": \"plenary_seats\", \"name\"", "\"id\": \"plenary\xE2\x80\xAE_seats\", \"name\"");
        const auto r = readProject(text, "m.json");
        QVERIFY(!r.ok());
        QCOMPARE(q(errorAt(r, "/criteria/0/id")),
                 QStringLiteral("the id \"plenary<U+202E>_seats\" contains the bidirectional control character U+202E RIGHT-TO-LEFT "
                                "OVERRIDE (character 8): ids use only lowercase letters, digits and '_'"));
    }

    void plainBadIdKeepsItsMessage()
    {
        // A visible mistake (an upper-case letter) keeps the message that quotes it.
        const auto r = readProject(with("\"id\": \"alpha\"", "\"id\": \"Alpha\""), "m.json");
        QCOMPARE(q(errorAt(r, "/venues/0/id")),
                 QStringLiteral("expected an id of lowercase letters, digits and '_' starting with a letter, found \"Alpha\""));
    }

    void hiddenCharHelpers()
    {
        QVERIFY(!findHiddenChar("plenary_seats"));
        QVERIFY(!findHiddenChar("會議 center")); // an ordinary space and CJK are visible
        const auto h = findHiddenChar("a\xE2\x81\xA7" "b"); // U+2067 RIGHT-TO-LEFT ISOLATE, character 2
        QVERIFY(h);
        QCOMPARE(static_cast<unsigned>(h->codePoint), 0x2067u);
        QCOMPARE(h->index, std::size_t{2});
        QVERIFY(h->bidi);
        QCOMPARE(q(h->name), QStringLiteral("RIGHT-TO-LEFT ISOLATE"));
        const auto bom = findHiddenChar("x\xEF\xBB\xBF"); // U+FEFF, invisible but not a bidi control
        QVERIFY(bom && !bom->bidi && bom->codePoint == 0xFEFF && bom->index == 2);
        const auto tab = findHiddenChar("a\tb"); // a control character: hidden, without a listed name
        QVERIFY(tab && tab->codePoint == 0x09 && std::string_view(tab->name).empty());
        QCOMPARE(q(revealHidden("a\xE2\x80\x8D" "b\xE2\x80\xAE")), QStringLiteral("a<U+200D>b<U+202E>"));
        QCOMPARE(q(codePointName(0x1F600)), QStringLiteral("U+1F600"));
        QCOMPARE(q(codePointName(0xAD)), QStringLiteral("U+00AD"));
        // For messages (spaces false): blanks stay (a name typed with an ideographic space U+3000, a tab), the
        // zero-width and bidirectional characters are still shown.
        QCOMPARE(q(revealHidden("\xE5\x8F\xB0\xE3\x80\x80\xE5\x8C\x97\ta\xE2\x80\x8B" "b\xE2\x80\xAE", false)),
                 QStringLiteral("台\u3000北\ta<U+200B>b<U+202E>"));
        QCOMPARE(q(revealHidden("\xE5\x8F\xB0\xE3\x80\x80\xE5\x8C\x97")), QStringLiteral("台<U+3000>北"));
    }

    void idFromNameMakesReadableUniqueIds()
    {
        const auto none = [](const std::string &) { return false; };
        QCOMPARE(q(idFromName({"Harbour Hall (B1)"}, "venue", none)), QStringLiteral("harbour_hall_b1"));
        QCOMPARE(q(idFromName({"  2nd-floor  Hall "}, "venue", none)), QStringLiteral("venue_2nd_floor_hall"));
        // The English name is empty and the Chinese one has no ASCII: the fallback.
        QCOMPARE(q(idFromName({"", "\xE5\x8F\xB0\xE5\x8C\x97"}, "risk", none)), QStringLiteral("risk"));
        QCOMPARE(q(idFromName({"", "TICC \xE5\x8F\xB0\xE5\x8C\x97"}, "venue", none)), QStringLiteral("ticc"));
        // Taken ids get _2, _3: alpha and alpha_2 are taken.
        const auto taken = [](const std::string &id) { return id == "alpha" || id == "alpha_2"; };
        QCOMPARE(q(idFromName({"Alpha"}, "x", taken)), QStringLiteral("alpha_3"));
        QCOMPARE(idFromName({std::string(60, 'a')}, "x", none).size(), std::size_t{40});
    }

    void readerEscapesHiddenCharactersInEveryDiagnostic()
    {
        // A reader diagnostic made anywhere (here a validator's, pushed) shows a hidden character of its pointer and
        // message as <U+XXXX>: "/criteria/plenary\u202E_seats" would otherwise print reordered.
        JsonReader r;
        r.push({Diagnostic::Severity::Warning, "/venues/0/attributes/a\xE2\x80\xAE" "b", "criterion \"a\xE2\x80\xAE" "b\" has no value"});
        r.error("/x\xE2\x80\x8B", "id \"x\xE2\x80\x8B\" at \xE5\x8F\xB0\xE3\x80\x80\xE5\x8C\x97");
        QCOMPARE(r.diags.size(), std::size_t{2});
        QCOMPARE(q(r.diags[0].path), QStringLiteral("/venues/0/attributes/a<U+202E>b"));
        QCOMPARE(q(r.diags[0].message), QStringLiteral("criterion \"a<U+202E>b\" has no value"));
        QVERIFY(r.diags[0].severity == Diagnostic::Severity::Warning);
        QCOMPARE(q(r.diags[1].path), QStringLiteral("/x<U+200B>"));
        QCOMPARE(q(r.diags[1].message), QStringLiteral("id \"x<U+200B>\" at 台\u3000北"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
