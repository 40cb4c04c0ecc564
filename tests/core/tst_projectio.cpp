// SPDX-License-Identifier: GPL-3.0-or-later
// Project file v1: positioned syntax errors, validation with JSON paths, round trip, atomic save.
#include "analysis.h"
#include "atomicfile.h"
#include "client.h"
#include "jsontext.h"
#include "projectformat.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <boost/json.hpp>

#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vb;

namespace {
std::string dataFile(const char *name)
{
    return std::string(TEST_DATA_DIR) + "/" + name;
}

std::string slurp(const std::string &path)
{
    std::string s, err;
    if (!readWholeFile(path, s, err))
        qFatal("%s", err.c_str());
    return s;
}

bool hasMessage(const LoadResult &r, const QString &needle)
{
    for (const auto &m : r.messages())
        if (QString::fromStdString(m).contains(needle))
            return true;
    return false;
}
} // namespace

class TestProjectIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntaxPositions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // The byte offsets boost::json::stream_parser reports for these inputs, turned into 1-based line:column.
        QTest::newRow("doubled comma") << "[1,,2]" << 1 << 4 << "expected a value";
        QTest::newRow("missing colon") << "{\"a\" 1}" << 1 << 6 << "expected ':'";
        QTest::newRow("bad char after number") << "{\"a\": 1x}" << 1 << 8 << "expected ',' or '}'";
        QTest::newRow("bad literal") << "{\"a\": tru}" << 1 << 7 << "invalid literal 'tru'";
        QTest::newRow("unclosed") << "{\"a\": [1, 2" << 1 << 12 << "unexpected end of input";
        QTest::newRow("extra data") << "[1, 2] 3" << 1 << 8 << "more data";
        QTest::newRow("trailing comma, 3rd line") << "{\n  \"a\": 1,\n}" << 3 << 1 << "expected a double-quoted key";
        QTest::newRow("single quotes") << "{'a': 1}" << 1 << 2 << "double quotes";
        // Columns count characters, not bytes: 名 is 3 bytes in UTF-8 but one column.
        QTest::newRow("after CJK key") << "{\"名稱\" 1}" << 1 << 7 << "expected ':'";
        QTest::newRow("bom skipped") << "\xEF\xBB\xBF[1,]" << 1 << 4 << "expected a value";
    }
    void syntaxPositions()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto r = parseJson(text.toStdString());
        QVERIFY(!r.value);
        QVERIFY(r.error);
        QCOMPARE(static_cast<int>(r.error->line), line);
        QCOMPARE(static_cast<int>(r.error->column), column);
        QVERIFY2(QString::fromStdString(r.error->message).contains(message), r.error->message.c_str());
    }

    void validMinimal()
    {
        const auto r = loadProjectFile(dataFile("minimal.venuebid.json"));
        QVERIFY2(r.ok(), r.messages().empty() ? "" : r.messages().front().c_str());
        const Project &p = *r.project;
        QCOMPARE(p.venues.size(), std::size_t(5));
        QCOMPARE(p.criteria.size(), std::size_t(3));
        QCOMPARE(p.meta.title.get(Lang::ZhTW), std::string("測試專案"));
        QCOMPARE(*p.requirements.budgetCeiling, std::int64_t(5000000));
        // Unknown stays unknown: beta's meeting rooms are null, not 0.
        const Fact *rooms = p.venue("beta")->attribute("meeting_rooms");
        QVERIFY(rooms);
        QVERIFY(!rooms->known());
        QCOMPARE(*p.rateToBase("USD"), 32.0);
        // The competitor has no meeting_rooms entry at all: a warning with its path, not an error.
        QVERIFY(hasMessage(r, "warning: /venues/4/attributes/meeting_rooms: missing"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        // Each file is minimal.venuebid.json with one (or, for 13, three) defects; every message names the place.
        QTest::newRow("01") << "01-trailing-comma.venuebid.json" << QStringList{"01-trailing-comma.venuebid.json:27:3: error: unexpected ']': expected a value"};
        QTest::newRow("02") << "02-truncated.venuebid.json" << QStringList{":28:3: error: unexpected end of input"};
        QTest::newRow("03") << "03-wrong-format.venuebid.json" << QStringList{"/format: expected \"venuebid.project\", found \"something.else\""};
        QTest::newRow("04") << "04-newer-schema.venuebid.json" << QStringList{"/schema_version: this file was written by a newer VenueBid (schema_version 7)"};
        QTest::newRow("05") << "05-string-capacity.venuebid.json"
                            << QStringList{"/venues/2/attributes/plenary_seats/value: expected a number or null (unknown), found the string \"600 seats\""};
        QTest::newRow("06") << "06-bad-direction.venuebid.json" << QStringList{"/criteria/1/direction: expected \"benefit\" or \"cost\", found \"higher\""};
        QTest::newRow("07") << "07-negative-weight.venuebid.json" << QStringList{"/criteria/0/weight: expected a number >= 0, found -5"};
        QTest::newRow("08") << "08-duplicate-venue-id.venuebid.json" << QStringList{"/venues/3/id: duplicate venue id \"alpha\""};
        QTest::newRow("09") << "09-bad-date.venuebid.json" << QStringList{"/requirements/start_date: expected a date YYYY-MM-DD, found \"2028-02-30\""};
        // A source is optional (a fact without one is unsourced), but one that is given must be a URL.
        QTest::newRow("10") << "10-fact-source-not-url.venuebid.json"
                            << QStringList{"/venues/0/attributes/plenary_seats/source: expected an http:// or https:// URL, found \"example.org/alpha\""};
        QTest::newRow("11") << "11-currency-without-rate.venuebid.json" << QStringList{"/venues/1/costs/venue_rental/currency: no exchange rate for \"JPY\""};
        QTest::newRow("12") << "12-missing-meta-title.venuebid.json" << QStringList{"/meta/title: missing: expected an object"};
        QTest::newRow("13") << "13-three-problems.venuebid.json"
                            << QStringList{"/requirements/days: expected an integer >= 1, found 0", "/criteria/2/value_from: expected \"attributes\" or \"costs\", found \"budget\"",
                                           "/venues/4/country: expected an ISO 3166-1 alpha-2 code such as \"TW\", found \"Korea\""};
        QTest::newRow("14") << "14-end-before-start.venuebid.json" << QStringList{"/requirements/end_date: expected a date on or after start_date (2028-10-17)"};
        QTest::newRow("15") << "15-not-json.venuebid.json" << QStringList{":1:1: error: invalid literal 'format'"};
        QTest::newRow("16") << "16-root-array.venuebid.json" << QStringList{"error: /: expected an object, found an array"};
        // Boost.JSON keeps only one of two equal keys; VenueBid refuses the file instead of dropping data.
        QTest::newRow("17") << "17-duplicate-key.venuebid.json" << QStringList{"17-duplicate-key.venuebid.json:17:5: error: duplicate key \"days\""};
        QTest::newRow("18") << "18-negative-value.venuebid.json"
                            << QStringList{"/venues/3/attributes/meeting_rooms/value: expected a value >= 0 for criterion \"meeting_rooms\""};
        QTest::newRow("19") << "19-fractional-amount.venuebid.json" << QStringList{"/venues/0/costs/venue_rental/amount: expected a whole amount"};
        // Messages that name the real problem (tst_diagnostics checks each in both languages).
        QTest::newRow("20") << "20-number-beyond-double.venuebid.json"
                            << QStringList{"/venues/0/attributes/plenary_seats/value: this number is beyond the largest number a computer can hold (about 1.8e308); a project file accepts -1,000,000,000,000,000 to 1,000,000,000,000,000"};
        QTest::newRow("21") << "21-integer-2-pow-63.venuebid.json"
                            << QStringList{"/schema_version: number out of range: expected an integer from 1 to 9223372036854775807, found 9223372036854775808"};
        QTest::newRow("22") << "22-utf16-le.venuebid.json" << QStringList{":1:1: error: the file is not UTF-8 text: it starts with a UTF-16 LE byte-order mark"};
        // é (0xE9) ends "Alpha Centré" on line 31, after 51 characters; 1266 bytes precede it (the CJK text counts 3 bytes a character).
        QTest::newRow("23") << "23-latin1-byte.venuebid.json" << QStringList{":31:52: error: the file is not UTF-8 text: byte 0xE9 at byte offset 1266"};
        QTest::newRow("24") << "24-zero-width-space-in-id.venuebid.json"
                            << QStringList{"/venues/0/id: the id \"al<U+200B>pha\" contains the invisible character U+200B ZERO WIDTH SPACE (character 3)"};
        QTest::newRow("25") << "25-rtl-override-in-id.venuebid.json"
                            << QStringList{"/criteria/0/id: the id \"plenary<U+202E>_seats\" contains the bidirectional control character U+202E"};
        QTest::newRow("26") << "26-two-byte-order-marks.venuebid.json" << QStringList{":1:1: error: a byte-order mark (U+FEFF) at byte offset 3"};
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const auto r = loadProjectFile(dataFile("malformed/") + file.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.errorCount()), expected.size());
        for (const auto &e : expected)
            QVERIFY2(hasMessage(r, e), qPrintable(QStringLiteral("missing message: ") + e + QStringLiteral("\ngot: ")
                                                   + QString::fromStdString(r.messages().empty() ? std::string() : r.messages().front())));
    }

    /** A file opened in the zh-TW interface is refused in zh-TW: the reader's messages come from the catalogue, with
     *  the value that was found named in words too ("整數 5", not "the integer 5"). Each line is what this file gives. */
    void malformedInZhTw()
    {
        const std::string text = R"({"format":"venuebid.project","schema_version":1,
"meta":{"title":{"zh-TW":"測","en":"t"},"client":{"zh-TW":"c","en":"c"},"currency":"USD","languages":["zh-TW","fr"]},
"requirements":{"start_date":"2028-10-20","end_date":"2028-10-22","days":3,"expected_attendance":"many"},
"criteria":[],"venues":[{"id":"A b","name":5}]})";
        const auto r = readProject(text, "x.json", Lang::ZhTW);
        QVERIFY(!r.ok());
        const QStringList expected{
            QStringLiteral("/meta/currency: 應為「TWD」（唯一支援的本位幣），卻是「USD」"),
            QStringLiteral("/meta/languages/1: 應為「zh-TW」或「en」，卻是字串「fr」"),
            QStringLiteral("/requirements/expected_attendance: 應為大於或等於 1 的整數，卻是字串「many」"),
            QStringLiteral("/criteria: 應為非空的評估準則陣列，卻是空陣列"),
            QStringLiteral("/venues/0/id: 識別碼應以小寫英文字母開頭，只用小寫英文字母、數字與「_」，卻是「A b」"),
            QStringLiteral("/venues/0/name: 應為物件 {\"zh-TW\": \"...\", \"en\": \"...\"}，卻是整數 5"),
        };
        QCOMPARE(static_cast<int>(r.errorCount()), expected.size());
        for (const auto &e : expected)
            QVERIFY2(hasMessage(r, e), qPrintable(QStringLiteral("missing message: ") + e));
        // The same file in English keeps the English wording the CLI's golden files pin.
        const auto en = readProject(text, "x.json", Lang::En);
        QVERIFY(hasMessage(en, QStringLiteral("/venues/0/name: expected an object {\"zh-TW\": \"...\", \"en\": \"...\"}, found the integer 5")));
    }

    void sectionReadersInZhTw()
    {
        // The sample with one fault in each of eight sections' files, opened in the zh-TW interface: every section
        // reader words its own check in zh-TW (the English of each line is pinned by that section's own test).
        auto v = boost::json::parse(slurp(dataFile("../../sample_data/taiwan-congress-2028.venuebid.json")));
        auto &o = v.as_object();
        o["scenarios"].as_object()["items"].as_array()[0].as_object()["hazard"] = "alien";
        o["sustainability"].as_object()["origins"].as_array()[0].as_object()["band"] = "orbit";
        o["received_quotes"].as_object()["quotes"].as_array()[0].as_object()["tax"] = "net";
        o["tender"].as_object()["scores"].as_array()[0].as_object()["member"] = "zz";
        o["destinations"].as_object()["criteria"].as_array()[0].as_object()["group"] = "fun";
        o["client"].as_object()["editions"].as_array()[0].as_object()["country"] = "Japan";
        o["inspections"].as_array()[0].as_object()["items"] = 7;
        o["ahp"] = boost::json::parse(R"({"criteria":[5]})");
        const auto r = readProject(boost::json::serialize(v), "bad.venuebid.json", Lang::ZhTW);
        QVERIFY(!r.ok());
        const QStringList expected{
            QStringLiteral("/scenarios/items/0/hazard: 應為 natural、human 或 technological，卻是「alien」"),
            QStringLiteral("/sustainability/origins/0/band: 應為 local、domestic、short_haul 或 long_haul，卻是「orbit」"),
            QStringLiteral("/received_quotes/quotes/0/tax: 應為 excluded（未稅）、included（含稅）或 exempt，卻是「net」"),
            QStringLiteral("/tender/scores/0/member: 未知的委員「zz」（不在 /tender/members 中）"),
            QStringLiteral("/destinations/criteria/0/group: 應為 logistical、financial、objectives 或 political，卻是「fun」"),
            QStringLiteral("/client/editions/0/country: 應為 ISO 3166-1 二字母國碼（如「JP」），卻是「Japan」"),
            QStringLiteral("/inspections/0/items: 應為陣列，卻是整數 7"),
            QStringLiteral("/ahp/criteria/0: 應為準則識別碼，卻是整數 5"),
            QStringLiteral("/ahp/evaluators: 缺少：應為評估者的陣列"),
        };
        for (const auto &e : expected)
            QVERIFY2(hasMessage(r, e), qPrintable(QStringLiteral("missing message: ") + e));
        // No English sentence from a reader: every message is the path, then Chinese.
        for (const auto &m : r.messages()) {
            const auto text = QString::fromStdString(m).section(QStringLiteral(": "), 3);
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\b(expected|found|unknown|missing)\\b"))), m.c_str());
        }
    }

    void ioErrors()
    {
        auto r = loadProjectFile("/nonexistent/dir/x.venuebid.json");
        QVERIFY(!r.ok());
        QVERIFY(hasMessage(r, "/nonexistent/dir/x.venuebid.json: error: cannot open"));
        r = loadProjectFile(TEST_DATA_DIR);
        QVERIFY(hasMessage(r, "it is a folder"));
    }

    void roundTrip()
    {
        for (const char *file : {"minimal.venuebid.json", "../../sample_data/taiwan-congress-2028.venuebid.json"}) {
            const auto a = loadProjectFile(dataFile(file));
            QVERIFY2(a.ok(), file);
            const std::string text1 = writeProject(*a.project);
            const auto b = readProject(text1, "mem");
            QVERIFY(b.ok());
            QVERIFY(*a.project == *b.project); // load → save → load gives an identical project
            QCOMPARE(writeProject(*b.project), text1); // and the text is stable
        }
    }

    void dealSectionsRoundTrip()
    {
        // tests/data/deal_sections.json (budget, negotiation, contract with every optional key) in the minimal project:
        // load → write → load gives the same project, and the two sections come back as written (defaults spelled out).
        auto v = boost::json::parse(slurp(dataFile("minimal.venuebid.json")));
        const auto sections = boost::json::parse(slurp(dataFile("deal_sections.json"))).as_object();
        for (const auto &kv : sections)
            v.as_object()[kv.key()] = kv.value();
        const auto a = readProject(boost::json::serialize(v), "deal.venuebid.json");
        QVERIFY2(a.ok(), a.messages().empty() ? "" : a.messages().front().c_str());
        const std::string text = writeProject(*a.project);
        const auto b = readProject(text, "mem");
        QVERIFY(b.ok());
        QVERIFY(*a.project == *b.project);
        QCOMPARE(writeProject(*b.project), text);
        const auto written = boost::json::parse(text).as_object();
        auto negotiation = sections.at("negotiation").as_object();
        QCOMPARE(boost::json::serialize(written.at("negotiation")), boost::json::serialize(negotiation));
        // The contract's omitted keys come back with their defaults; every key written is one that was read.
        const auto &contract = written.at("contract").as_object();
        for (const auto &kv : sections.at("contract").as_object())
            QVERIFY2(contract.contains(kv.key()), std::string(kv.key()).c_str());
        QCOMPARE(boost::json::serialize(contract.at("cancellation")), boost::json::serialize(sections.at("contract").at("cancellation")));
        QCOMPARE(boost::json::serialize(contract.at("late_penalty")), boost::json::serialize(sections.at("contract").at("late_penalty")));
        QCOMPARE(boost::json::serialize(contract.at("agreed")), boost::json::serialize(sections.at("contract").at("agreed")));
    }

    void clientSectionRoundTrip()
    {
        // The sample's client section (ten past editions, programme, local culture, recorded scenarios) is read, written
        // and read again unchanged; the facts written as plain numbers stay plain (they take the edition's source).
        const auto a = loadProjectFile(dataFile("../../sample_data/taiwan-congress-2028.venuebid.json"));
        QVERIFY(a.ok());
        const auto *c = a.project->sections.get<ClientHistory>();
        QVERIFY(c);
        QCOMPARE(c->editions.size(), std::size_t(10));
        QCOMPARE(c->programme.size(), std::size_t(8));
        QCOMPARE(c->culture.size(), std::size_t(4));
        QCOMPARE(c->editions[9].year, 2026);
        QCOMPARE(*c->editions[9].total.value, 1710.0);
        QVERIFY(c->editions[9].total.estimate);                 // fictional: estimate with its basis, from the edition
        QVERIFY(!c->editions[0].attendanceOf("press")->known()); // null stays unknown
        QVERIFY(!c->editions[0].attendanceOf("member"));         // absent stays absent
        QCOMPARE(c->forecast.scenarios->decision, std::string("overridden"));
        const std::string text = writeProject(*a.project);
        QVERIFY(text.find("\"total\": 1710,") != std::string::npos);
        const auto b = readProject(text, "mem");
        QVERIFY(b.ok());
        QVERIFY(*b.project->sections.get<ClientHistory>() == *c);
        QCOMPARE(writeProject(*b.project), text);
    }

    void contingencyTriggerRoundTrip()
    {
        // The sample's fallback plan: each risk's contingency states its trigger (bilingual) beside the decision date;
        // it is read, written after trigger_date and read back unchanged. A trigger that is not bilingual text is an
        // error at its pointer.
        const auto a = loadProjectFile(dataFile("../../sample_data/taiwan-congress-2028.venuebid.json"));
        QVERIFY(a.ok());
        const auto *sc = a.project->sections.get<Scenarios>();
        QVERIFY(sc);
        QCOMPARE(sc->items.size(), std::size_t(5));
        const auto &c = *sc->items[0].contingency;
        QCOMPARE(sc->items[0].id, std::string("typhoon"));
        QVERIFY(c.trigger);
        QCOMPARE(c.trigger->zh, std::string("中央氣象署對臺北地區發布海上颱風警報"));
        QCOMPARE(c.triggerDate, std::string("2028-10-14"));
        const std::string text = writeProject(*a.project);
        QVERIFY(text.find("\"trigger_date\": \"2028-10-14\",\n          \"trigger\": {") != std::string::npos);
        const auto b = readProject(text, "mem");
        QVERIFY(b.ok());
        QVERIFY(*b.project->sections.get<Scenarios>() == *sc);

        auto v = boost::json::parse(text);
        v.at("scenarios").at("items").as_array()[1].at("contingency").as_object()["trigger"] = 7;
        const auto bad = readProject(boost::json::serialize(v), "bad.venuebid.json");
        QVERIFY(!bad.ok());
        QVERIFY2(hasMessage(bad, "/scenarios/items/1/contingency/trigger"), bad.messages().front().c_str());
    }

    void unknownSectionsKept()
    {
        // A later version's section (say "future_section", which this version does not know) must survive a v1 load/save
        // untouched. ("tender" served as the example until it became a known section.)
        std::string text = slurp(dataFile("minimal.venuebid.json"));
        const auto pos = text.rfind('}');
        text.insert(pos, ",\n  \"future_section\": {\"lines\": [{\"item\": \"AV\", \"amount\": 1.5e3}]}\n");
        const auto r = readProject(text, "mem");
        QVERIFY(r.ok());
        QCOMPARE(r.project->unknownSections.size(), std::size_t(1));
        const auto again = readProject(writeProject(*r.project), "mem");
        QVERIFY(again.ok());
        QVERIFY(writeProject(*again.project).find("\"future_section\": {\n    \"lines\"") != std::string::npos);
        QVERIFY(*again.project == *r.project);
    }

    void atomicSaveKeepsBackup()
    {
        QTemporaryDir dir;
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("p.venuebid.json")).toStdString();
        auto p = *loadProjectFile(dataFile("minimal.venuebid.json")).project;
        QVERIFY(saveProjectFile(p, path).ok);
        const std::string first = slurp(path);
        p.meta.title.en = "Renamed";
        QVERIFY(saveProjectFile(p, path).ok);
        QCOMPARE(slurp(path + ".bak"), first);
        QCOMPARE(loadProjectFile(path).project->meta.title.en, std::string("Renamed"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temp file left behind
    }

    void failedSaveLeavesOriginal()
    {
        QTemporaryDir dir;
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("p.venuebid.json")).toStdString();
        const std::string original = "{\"original\": true}\n";
        QVERIFY(writeFileAtomically(path, original, false).empty());
        // Disk full after 100 bytes: the error says so and the old file is intact.
        const std::string err = writeFileAtomically(path, std::string(4096, 'x'), true, AtomicWriteFaults{100});
        QVERIFY2(err.find("No space left on device") != std::string::npos, err.c_str());
        QCOMPARE(slurp(path), original);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        // Saving onto a folder fails with a message.
        QVERIFY(writeFileAtomically(dir.path().toStdString(), "x", true).find("it is a folder") != std::string::npos);
        // A folder that does not exist.
        QVERIFY(!saveProjectFile(Project{}, "/nonexistent/dir/p.venuebid.json").ok);
    }

    void unwritableFolder()
    {
        // A read-only folder. Root ignores permissions, so as root the save runs in a child that drops to nobody.
        QTemporaryDir dir;
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("p.venuebid.json")).toStdString();
        const std::string original = slurp(dataFile("minimal.venuebid.json"));
        QVERIFY(writeFileAtomically(path, original, false).empty());
        QVERIFY(::chmod(path.c_str(), 0644) == 0);
        QVERIFY(::chmod(dir.path().toLocal8Bit().constData(), 0555) == 0);
        const auto p = *readProject(original, "mem").project;
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
                _exit(3);
            const auto r = saveProjectFile(p, path);
            _exit(r.ok ? 1 : (r.error.find("Permission denied") != std::string::npos ? 0 : 2));
        }
        int status = 0;
        waitpid(pid, &status, 0);
        ::chmod(dir.path().toLocal8Bit().constData(), 0755);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // failed with "Permission denied"
        QCOMPARE(slurp(path), original);  // original intact
    }
};

QTEST_GUILESS_MAIN(TestProjectIo)
#include "tst_projectio.moc"
