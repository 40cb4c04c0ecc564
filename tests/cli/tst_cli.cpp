// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli contract: exit codes (0 ok, 1 bad input, 2 usage), nothing on stdout on errors, output formats.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

using namespace vb::test;

namespace {
const QString kMinimal = QStringLiteral(TEST_DATA_DIR "/minimal.venuebid.json");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const auto r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("venuebid-cli "));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no args") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("validate without file") << QStringList{"validate"};
        QTest::newRow("two files") << QStringList{"validate", kMinimal, kMinimal};
        QTest::newRow("bad format") << QStringList{"rank", kMinimal, "--format", "xml"};
        QTest::newRow("format without value") << QStringList{"rank", kMinimal, "--format"};
        QTest::newRow("bad lang") << QStringList{"rank", kMinimal, "--lang", "fr"};
        QTest::newRow("unknown option") << QStringList{"rank", kMinimal, "--fast"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("usage:"));
    }

    void inputErrors()
    {
        auto r = cli({QStringLiteral("validate"), QStringLiteral(TEST_DATA_DIR "/malformed/01-trailing-comma.venuebid.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("01-trailing-comma.venuebid.json:27:3: error: unexpected ']'"), r.err.constData());
        r = cli({QStringLiteral("rank"), QStringLiteral(TEST_DATA_DIR "/malformed/13-three-problems.venuebid.json"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count("error:"), 3);
        r = cli({QStringLiteral("rank"), QStringLiteral("/no/such/file.venuebid.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot open"));
        QVERIFY(!r.err.contains("terminate") && !r.err.contains("Aborted"));
    }

    /** The messages name the real problem and where it is: the file, then line:column or the JSON pointer. */
    void diagnosticsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        const QString m = QStringLiteral(TEST_DATA_DIR "/malformed/");
        QTest::newRow("1e400") << QStringList{QStringLiteral("validate"), m + QStringLiteral("20-number-beyond-double.venuebid.json")}
                               << m + QStringLiteral("20-number-beyond-double.venuebid.json: error: /venues/0/attributes/plenary_seats/value: "
                                                     "this number is beyond the largest number a computer can hold (about 1.8e308); a project file accepts -1,000,000,000,000,000 to 1,000,000,000,000,000");
        QTest::newRow("1e400 zh-TW") << QStringList{QStringLiteral("rank"), m + QStringLiteral("20-number-beyond-double.venuebid.json"),
                                                    QStringLiteral("--lang"), QStringLiteral("zh-TW")}
                                     << m + QStringLiteral("20-number-beyond-double.venuebid.json: 錯誤: /venues/0/attributes/plenary_seats/value: "
                                                           "此數字超過電腦可表示的最大數（約 1.8e308）；專案檔接受 -1,000,000,000,000,000 至 1,000,000,000,000,000");
        QTest::newRow("2^63") << QStringList{QStringLiteral("validate"), m + QStringLiteral("21-integer-2-pow-63.venuebid.json")}
                              << m + QStringLiteral("21-integer-2-pow-63.venuebid.json: error: /schema_version: number out of range: expected an "
                                                    "integer from 1 to 9223372036854775807, found 9223372036854775808");
        QTest::newRow("UTF-16") << QStringList{QStringLiteral("validate"), m + QStringLiteral("22-utf16-le.venuebid.json")}
                                << m + QStringLiteral("22-utf16-le.venuebid.json:1:1: error: the file is not UTF-8 text: it starts with a UTF-16 LE "
                                                      "byte-order mark (byte offset 0); save it as UTF-8");
        QTest::newRow("zero width") << QStringList{QStringLiteral("validate"), m + QStringLiteral("24-zero-width-space-in-id.venuebid.json")}
                                    << m + QStringLiteral("24-zero-width-space-in-id.venuebid.json: error: /venues/0/id: the id \"al<U+200B>pha\" "
                                                          "contains the invisible character U+200B ZERO WIDTH SPACE (character 3): ids use only "
                                                          "lowercase letters, digits and '_'");
        QTest::newRow("RLO zh-TW") << QStringList{QStringLiteral("report"), m + QStringLiteral("25-rtl-override-in-id.venuebid.json"), QStringLiteral("--kind"),
                                                  QStringLiteral("suitability"), QStringLiteral("--lang"), QStringLiteral("zh-TW"),
                                                  QStringLiteral("--out"), QStringLiteral("never-written.html")}
                                   << m + QStringLiteral("25-rtl-override-in-id.venuebid.json: 錯誤: /criteria/0/id: 識別碼「plenary<U+202E>_seats」"
                                                         "含有雙向文字控制字元 U+202E RIGHT-TO-LEFT OVERRIDE（第 8 個字元）：識別碼只能使用小寫英文字母、數字與「_」");
    }
    void diagnosticsNameTheProblem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        const auto r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(line), qPrintable(QStringLiteral("expected the line\n") + line + QStringLiteral("\ngot\n") + QString::fromUtf8(r.err)));
        QVERIFY(!QFile::exists(QStringLiteral("never-written.html")));
    }

    /** validate --lang: the reader's catalogued messages, the "error"/"warning" labels (錯誤/警告, as GCC prints them
     *  under a Chinese locale) and the summary lines in the language asked for. */
    void validateInBothLanguages()
    {
        const QString m = QStringLiteral(TEST_DATA_DIR "/malformed/");
        const QString dup = m + QStringLiteral("08-duplicate-venue-id.venuebid.json");
        auto r = cli({QStringLiteral("validate"), dup, QStringLiteral("--lang"), QStringLiteral("zh-TW")});
        QCOMPARE(r.code, 1);
        QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{dup + QStringLiteral(": 錯誤: /venues/3/id: 場地識別碼「alpha」重複：識別碼不可重複"),
                                     dup + QStringLiteral(": 警告: /venues/4/attributes/meeting_rooms: 缺少：此場地沒有準則「meeting_rooms」的值；視為未知（若確實未知，請寫 null）"),
                                     dup + QStringLiteral(": 警告: /venues/4/costs/venue_rental: 缺少：此場地沒有準則「venue_rental」的值；視為未知（若確實未知，請寫 null）"),
                                     dup + QStringLiteral("：1 個錯誤；未載入專案")}));
        // The same file in English (the default, and --lang en): the messages as before.
        for (const QStringList &lang : {QStringList{}, QStringList{QStringLiteral("--lang"), QStringLiteral("en")}}) {
            r = cli(QStringList{QStringLiteral("validate"), dup} + lang);
            QCOMPARE(r.code, 1);
            lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 4);
            QCOMPARE(lines[0], dup + QStringLiteral(": error: /venues/3/id: duplicate venue id \"alpha\": expected unique ids"));
            QCOMPARE(lines[3], dup + QStringLiteral(": 1 error(s); the project was not loaded"));
        }
        const QString notUrl = m + QStringLiteral("10-fact-source-not-url.venuebid.json");
        r = cli({QStringLiteral("validate"), notUrl, QStringLiteral("--lang"), QStringLiteral("zh-TW")});
        QCOMPARE(r.code, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(notUrl + QStringLiteral(": 錯誤: /venues/0/attributes/plenary_seats/source: "
                                                                            "應為以 http:// 或 https:// 開頭的網址，卻是「example.org/alpha」")),
                 r.err.constData());
        // A valid file: the summary on stdout in either language.
        r = cli({QStringLiteral("validate"), kMinimal, QStringLiteral("--lang"), QStringLiteral("zh-TW")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith((kMinimal + QStringLiteral("：有效的 VenueBid 專案（schema_version 1，3 項準則，")).toUtf8()), r.out.constData());
        r = cli({QStringLiteral("validate"), kMinimal});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith((kMinimal + QStringLiteral(": valid VenueBid project (schema_version 1, 3 criteria, ")).toUtf8()), r.out.constData());
        // Facts without a source or an as-of date: the file is valid (exit 0); each is a warning with its JSON path,
        // named in the chosen language, and the summary counts them.
        const QString unsourced = QStringLiteral(TEST_DATA_DIR "/unsourced/unsourced.venuebid.json");
        r = cli({QStringLiteral("validate"), unsourced});
        QCOMPARE(r.code, 0);
        lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{unsourced + QStringLiteral(": warning: /venues/0/attributes/plenary_seats: Alpha Centre — Plenary seats: no source"),
                                     unsourced + QStringLiteral(": warning: /sustainability/virtual_factor: CO2e factors — Online participation factor: no as-of date"),
                                     unsourced + QStringLiteral(": warning: /destinations/destinations/1/values/hotel_rate: Seoul — Congress hotel rate: "
                                                                "no source, no as-of date")}));
        QVERIFY2(r.out.endsWith((unsourced + QStringLiteral(": 3 facts without a source or an as-of date\n")).toUtf8()), r.out.constData());
        r = cli({QStringLiteral("validate"), unsourced, QStringLiteral("--lang"), QStringLiteral("zh-TW")});
        QCOMPARE(r.code, 0);
        lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], unsourced + QStringLiteral(": 警告: /venues/0/attributes/plenary_seats: 甲會議中心——主會場座位數：未註明來源"));
        QCOMPARE(lines[2], unsourced + QStringLiteral(": 警告: /destinations/destinations/1/values/hotel_rate: 首爾——會議飯店房價：未註明來源與資料日期"));
        QVERIFY2(r.out.endsWith((unsourced + QStringLiteral("：3 項資料未註明來源或資料日期\n")).toUtf8()), r.out.constData());
        // The option is checked like everywhere.
        r = cli({QStringLiteral("validate"), kMinimal, QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown --lang 'fr'"));
    }

    /** An id with a hidden character is named once by its code point; every later pointer and message that echoes
     *  it (a fact under a criterion with that id) shows it as <U+XXXX> too, never the raw character. */
    void hiddenCharactersEscapedWhereverAnIdIsEchoed()
    {
        const QString f = QStringLiteral(TEST_DATA_DIR "/malformed/25-rtl-override-in-id.venuebid.json");
        for (const char *lang : {"en", "zh-TW"}) {
            const auto r = cli({QStringLiteral("validate"), f, QStringLiteral("--lang"), QLatin1String(lang)});
            QCOMPARE(r.code, 1);
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(!err.contains(QChar(0x202E)), qPrintable(err)); // RIGHT-TO-LEFT OVERRIDE, never raw
            QVERIFY(err.contains(QStringLiteral("/venues/0/attributes/plenary<U+202E>_seats: ")));
        }
        const auto r = cli({QStringLiteral("validate"), f});
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(f + QStringLiteral(": warning: /venues/0/attributes/plenary<U+202E>_seats: missing: criterion "
                                                  "\"plenary<U+202E>_seats\" has no value for this venue; treated as unknown (write null to say so)")),
                 r.err.constData());
        const auto z = cli({QStringLiteral("validate"), QStringLiteral(TEST_DATA_DIR "/malformed/24-zero-width-space-in-id.venuebid.json")});
        QVERIFY(!QString::fromUtf8(z.err).contains(QChar(0x200B)));
    }

    void validateAllSamples()
    {
        const QDir dir(QStringLiteral(SAMPLE_DATA_DIR));
        const auto files = dir.entryList({QStringLiteral("*.venuebid.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const auto &f : files) {
            const auto r = cli({QStringLiteral("validate"), dir.filePath(f)});
            QVERIFY2(r.code == 0, qPrintable(f + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        }
    }

    void rankJson()
    {
        const auto r = cli({QStringLiteral("rank"), kMinimal, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const auto doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isObject());
        const auto ranking = doc[QStringLiteral("ranking")].toArray();
        QCOMPARE(ranking.size(), 3);
        // Hand-computed in tests/core/tst_ranking.cpp: alpha 0.94, beta 0.80, delta 0.75.
        QCOMPARE(ranking[0][QStringLiteral("id")].toString(), QStringLiteral("alpha"));
        QCOMPARE(ranking[0][QStringLiteral("name")].toString(), QStringLiteral("Alpha Centre"));
        QVERIFY(qAbs(ranking[0][QStringLiteral("score")].toDouble() - 0.94) < 1e-12);
        QCOMPARE(ranking[0][QStringLiteral("rank")].toInt(), 1);
        QVERIFY(qAbs(ranking[2][QStringLiteral("score")].toDouble() - 0.75) < 1e-12);
        const auto excluded = doc[QStringLiteral("excluded")].toArray();
        QCOMPARE(excluded.size(), 1);
        QCOMPARE(excluded[0][QStringLiteral("id")].toString(), QStringLiteral("gamma"));
        QCOMPARE(excluded[0][QStringLiteral("reasons")][0].toString(), QStringLiteral("plenary seats 600 < 800 required"));
    }

    void rankMethodsAndCompare()
    {
        // VIKOR Q by hand in tests/core/tst_ranking.cpp: alpha 0, delta 0.714286, beta 0.958333 (lower is better).
        auto r = cli({QStringLiteral("rank"), kMinimal, QStringLiteral("--method"), QStringLiteral("vikor"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        auto doc = QJsonDocument::fromJson(r.out);
        QCOMPARE(doc[QStringLiteral("method")].toString(), QStringLiteral("vikor"));
        QCOMPARE(doc[QStringLiteral("higher_is_better")].toBool(), false);
        const auto ranking = doc[QStringLiteral("ranking")].toArray();
        QCOMPARE(ranking[1][QStringLiteral("id")].toString(), QStringLiteral("delta"));
        QVERIFY(qAbs(ranking[1][QStringLiteral("score")].toDouble() - (0.5 + 0.5 * 0.15 / 0.35)) < 1e-12);
        r = cli({QStringLiteral("rank"), kMinimal, QStringLiteral("--method"), QStringLiteral("electre")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("expected wsm, wpm, topsis, vikor or promethee2"));
        r = cli({QStringLiteral("compare"), kMinimal, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        doc = QJsonDocument::fromJson(r.out);
        QCOMPARE(doc[QStringLiteral("same_winner")].toBool(), true);
        QCOMPARE(doc[QStringLiteral("venues")][1][QStringLiteral("ranks")][QStringLiteral("vikor")].toInt(), 3);
        QVERIFY(qAbs(doc[QStringLiteral("kendall_tau_b")][0][2].toDouble() - 1.0 / 3.0) < 1e-12);
    }

    void sensitivityFlip()
    {
        // WSM on tests/data/minimal.venuebid.json with the rental weight t (others rescaled in proportion):
        //   alpha = (1 − t) + 0.8 t = 1 − 0.2 t; beta = (1 − t)·(0.5·0.8 + 0.2·0.5)/0.7 + t = 0.714286 (1 − t) + t
        //   equal at t = 0.285714 / 0.485714 = 10/17 ≈ 0.588235: above it Beta wins.
        const auto r = cli({QStringLiteral("sensitivity"), kMinimal, QStringLiteral("--samples"), QStringLiteral("2000")});
        QCOMPARE(r.code, 0);
        const auto doc = QJsonDocument::fromJson(r.out);
        QCOMPARE(doc[QStringLiteral("winner")].toString(), QStringLiteral("alpha"));
        const auto flip = doc[QStringLiteral("smallest_flip")];
        QCOMPARE(flip[QStringLiteral("criterion")].toString(), QStringLiteral("venue_rental"));
        QCOMPARE(flip[QStringLiteral("new_winner")].toString(), QStringLiteral("beta"));
        QVERIFY(qAbs(flip[QStringLiteral("weight")].toDouble() - 10.0 / 17.0) < 1e-9);
        // SMAA rows are probabilities over the ranks.
        const auto acc = doc[QStringLiteral("smaa")][QStringLiteral("rank_acceptability")].toArray();
        QCOMPARE(acc.size(), 3);
        double sum = 0;
        for (const auto v : acc[0].toArray())
            sum += v.toDouble();
        QVERIFY(qAbs(sum - 1.0) < 1e-12);
        QCOMPARE(cli({QStringLiteral("sensitivity"), kMinimal, QStringLiteral("--samples"), QStringLiteral("1000000000000")}).code, 2);
    }

    void suitabilityReport()
    {
        QTemporaryDir dir;
        // A venue named like markup must appear literally.
        QFile in(kMinimal);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("\"en\": \"Gamma Hotel\"", "\"en\": \"<b>x</b> & Co\"");
        const QString project = dir.filePath(QStringLiteral("p.venuebid.json"));
        QFile out(project);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
        out.close();
        const QString html = dir.filePath(QStringLiteral("r.html"));
        auto r = cli({QStringLiteral("report"), project, QStringLiteral("--kind"), QStringLiteral("suitability"), QStringLiteral("--out"), html});
        QCOMPARE(r.code, 0);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(h.readAll());
        QVERIFY(body.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; Co")));
        QVERIFY(!body.contains(QStringLiteral("<b>x</b>")));
        // The report's ranking is the rank command's: Alpha 0.9400 first (hand-computed in tst_ranking), printed as 94.0 of 100.
        QVERIFY(body.contains(QStringLiteral("<td>1</td><td>Alpha Centre</td><td>Taipei</td><td align=\"right\">94.0</td>")));

        // PDF in Traditional Chinese: pdftotext gives back the real ideographs (用, 戶, 日), not Kangxi radicals.
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        r = cli({QStringLiteral("report"), kMinimal, QStringLiteral("--kind"), QStringLiteral("suitability"), QStringLiteral("--lang"), QStringLiteral("zh_TW"),
                 QStringLiteral("--out"), pdf});
        QCOMPARE(r.code, 0);
        QProcess p2t;
        p2t.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p2t.waitForFinished(30000));
        const QString extracted = QString::fromUtf8(p2t.readAllStandardOutput());
        QVERIFY2(extracted.contains(QStringLiteral("場地適用性評估報告")), qPrintable(extracted.left(200)));
        QVERIFY(extracted.contains(QStringLiteral("主辦單位"))); // the cover names the host
        QVERIFY(extracted.contains(QStringLiteral("甲會議中心")));
        for (const QChar c : extracted)
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF), "a CJK radical look-alike in the extracted text");

        // ODT: a zip with content.xml, opened by LibreOffice and Word.
        const QString odt = dir.filePath(QStringLiteral("r.odt"));
        QCOMPARE(cli({QStringLiteral("report"), kMinimal, QStringLiteral("--kind"), QStringLiteral("suitability"), QStringLiteral("--out"), odt}).code, 0);
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
        QVERIFY(unzip.waitForFinished(30000));
        QVERIFY(unzip.readAllStandardOutput().contains("content.xml"));

        QCOMPARE(cli({QStringLiteral("report"), kMinimal, QStringLiteral("--kind"), QStringLiteral("bid-book"), QStringLiteral("--out"), odt}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), kMinimal, QStringLiteral("--kind"), QStringLiteral("suitability"), QStringLiteral("--out"), QStringLiteral("x.docx")}).code, 2);
    }

    void venueLibrary()
    {
        // 600 venues: tests/data/minimal.venuebid.json's Alpha copied as v000 … v599 with rental 1,000,000 + 1,000·i TWD;
        // every tenth (i = 9, 19, …) has 700 plenary seats < the 800 required, so 540 are ranked and 60 excluded. Seats
        // and rooms are the same for all ranked venues (normalised 1.0), so WSM ranks by rental: v000, v001, …, skipping
        // the excluded. The 50th ranked is v054 (five blocks of nine, then v050 … v054), the 51st v055; the 50th excluded
        // is v499, the 51st v509.
        QTemporaryDir dir;
        QFile in(kMinimal);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        const QJsonObject alpha = root[QStringLiteral("venues")].toArray()[0].toObject();
        QJsonArray venues;
        for (int i = 0; i < 600; ++i) {
            QJsonObject v = alpha;
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            v[QStringLiteral("id")] = QStringLiteral("v") + n;
            v[QStringLiteral("name")] = QJsonObject{{QStringLiteral("en"), QStringLiteral("Venue ") + n}, {QStringLiteral("zh-TW"), QStringLiteral("場地") + n}};
            QJsonObject attrs = v[QStringLiteral("attributes")].toObject();
            QJsonObject seats = attrs[QStringLiteral("plenary_seats")].toObject();
            seats[QStringLiteral("value")] = i % 10 == 9 ? 700 : 1000;
            attrs[QStringLiteral("plenary_seats")] = seats;
            v[QStringLiteral("attributes")] = attrs;
            QJsonObject costs = v[QStringLiteral("costs")].toObject();
            QJsonObject rental = costs[QStringLiteral("venue_rental")].toObject();
            rental[QStringLiteral("amount")] = 1000000 + 1000 * i;
            costs[QStringLiteral("venue_rental")] = rental;
            v[QStringLiteral("costs")] = costs;
            venues.append(v);
        }
        root[QStringLiteral("venues")] = venues;
        const QString project = dir.filePath(QStringLiteral("library.venuebid.json"));
        QFile out(project);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();

        // Sensitivity of 540 venues needs --top-k (the option the message names exists).
        auto r = cli({QStringLiteral("sensitivity"), project});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("540 venues pass the must-haves") && r.err.contains("use --top-k K"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("sensitivity"), project, QStringLiteral("--top-k"), QStringLiteral("1")}).code, 2);
        r = cli({QStringLiteral("sensitivity"), project, QStringLiteral("--top-k"), QStringLiteral("5"), QStringLiteral("--samples"), QStringLiteral("1000")});
        QCOMPARE(r.code, 0);
        auto doc = QJsonDocument::fromJson(r.out);
        QCOMPARE(doc[QStringLiteral("top_k")][QStringLiteral("k")].toInt(), 5);
        QCOMPARE(doc[QStringLiteral("top_k")][QStringLiteral("of")].toInt(), 540);
        QCOMPARE(doc[QStringLiteral("alternatives")].toArray(),
                 (QJsonArray{QStringLiteral("v000"), QStringLiteral("v001"), QStringLiteral("v002"), QStringLiteral("v003"), QStringLiteral("v004")}));
        QCOMPARE(doc[QStringLiteral("winner")].toString(), QStringLiteral("v000"));
        QCOMPARE(doc[QStringLiteral("smaa")][QStringLiteral("rank_acceptability")].toArray().size(), 5);
        // All of them for PROMETHEE II too (the flows without the n × n matrix), in the same order here: every
        // criterion but the rental ties.
        r = cli({QStringLiteral("sensitivity"), project, QStringLiteral("--method"), QStringLiteral("promethee2"), QStringLiteral("--top-k"),
                 QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        doc = QJsonDocument::fromJson(r.out);
        QCOMPARE(doc[QStringLiteral("winner")].toString(), QStringLiteral("v000"));

        // The suitability report lists the best 50 and writes all 600 to the appendix CSV beside it.
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString csv = dir.filePath(QStringLiteral("r-venues.csv"));
        r = cli({QStringLiteral("report"), project, QStringLiteral("--kind"), QStringLiteral("suitability"), QStringLiteral("--out"), html});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out), html + QLatin1Char('\n') + csv + QLatin1Char('\n'));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(h.readAll());
        QVERIFY(body.contains(QStringLiteral("<td>1</td><td>Venue 000</td>")));
        QVERIFY(body.contains(QStringLiteral("<td>50</td><td>Venue 054</td>")));
        QVERIFY(!body.contains(QStringLiteral("Venue 055")));
        QVERIFY(body.contains(QStringLiteral("Venue 499")));
        QVERIFY(!body.contains(QStringLiteral("Venue 509")));
        QVERIFY(body.contains(QStringLiteral("This report lists the 50 best-ranked of 540 ranked venues.")));
        QVERIFY(body.contains(QStringLiteral("in the appendix r-venues.csv")));
        QVERIFY(body.contains(QStringLiteral("… and 10 more excluded venues")));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray table = c.readAll();
        QVERIFY(table.startsWith("\xEF\xBB\xBFRank,Venue id,Venue,City,Score (WSM),Status,"));
        QCOMPARE(table.count("\r\n"), 1 + 540 + 60);
        QVERIFY(table.contains("\r\n1,v000,Venue 000,Taipei,1.0000,ranked,1,"));
        QVERIFY(table.contains("\r\n,v009,Venue 009,Taipei,,excluded,,,,,,plenary seats 700 < 800 required\r\n"));
    }

    void rankTableAndCsv()
    {
        auto r = cli({QStringLiteral("rank"), kMinimal, QStringLiteral("--lang"), QStringLiteral("zh_TW")});
        QCOMPARE(r.code, 0);
        const QString table = QString::fromUtf8(r.out);
        QVERIFY(table.contains(QStringLiteral("甲會議中心")));
        QVERIFY(table.contains(QStringLiteral("94.0"))); // WSM 0.9400 as points of 100
        QVERIFY(table.contains(QStringLiteral("主會場座位 600 < 需求 800")));
        r = cli({QStringLiteral("rank"), kMinimal, QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        const auto lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("rank,id,name,score,status,reasons"));
        QCOMPARE(lines.value(1), QStringLiteral("1,alpha,Alpha Centre,0.9400,ranked,"));
        QCOMPARE(lines.value(4), QStringLiteral(",gamma,Gamma Hotel,,excluded,plenary seats 600 < 800 required"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
