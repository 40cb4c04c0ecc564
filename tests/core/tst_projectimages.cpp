// SPDX-License-Identifier: GPL-3.0-or-later
// The project's images (meta.images): PNG and JPEG headers, the file format, the check that names the file, and the
// covers of the documents that show them (models/base/imageinfo.h, models/project/projectimages.h).
#include "biddocuments.h"
#include "htmlparts.h"
#include "imageinfo.h"
#include "projectformat.h"
#include "projectimages.h"
#include "suitabilityreport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>
#include <string>

using namespace vb;

namespace {

const std::string kSample = std::string(SAMPLE_DATA_DIR) + "/taiwan-congress-2028.venuebid.json";

std::string bytes(std::initializer_list<int> b)
{
    std::string s;
    for (int x : b)
        s += static_cast<char>(x);
    return s;
}

void write(const std::string &path, const std::string &data)
{
    std::ofstream(path, std::ios::binary) << data;
}

bool has(const std::string &s, const std::string &part)
{
    return s.find(part) != std::string::npos;
}

} // namespace

class TestProjectImages : public QObject
{
    Q_OBJECT
private slots:
    void headers()
    {
        // PNG: the 8-byte signature, then the IHDR chunk (length 13, "IHDR", width, height big-endian): 300 × 2.
        const std::string png = bytes({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0x01, 0x2C, 0, 0, 0, 2});
        auto i = imageInfoOf(png);
        QVERIFY(i.ok() && i.png);
        QCOMPARE(i.width, 300);
        QCOMPARE(i.height, 2);
        // JPEG: SOI, an APP0 segment of length 4 to skip, then SOF0 (length 17, precision 8, height 0x01E0 = 480,
        // width 0x0280 = 640).
        const std::string jpeg = bytes({0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 'x', 'x', 0xFF, 0xC0, 0, 17, 8, 0x01, 0xE0, 0x02, 0x80, 3});
        i = imageInfoOf(jpeg);
        QVERIFY(i.ok() && !i.png);
        QCOMPARE(i.width, 640);
        QCOMPARE(i.height, 480);
        // A DHT segment (C4) is no frame: skipped, the SOF2 after it gives 16 × 8.
        i = imageInfoOf(bytes({0xFF, 0xD8, 0xFF, 0xC4, 0, 3, 0, 0xFF, 0xC2, 0, 17, 8, 0, 8, 0, 16, 3}));
        QVERIFY(i.ok());
        QCOMPARE(i.width, 16);
        QCOMPARE(i.height, 8);
        // What the first bytes say, not the name: a GIF, text, nothing, a PNG cut short, a JPEG without a frame.
        QCOMPARE(imageInfoOf("GIF89a\x01\x00\x01\x00").status, ImageInfo::Status::NotPngJpeg);
        QCOMPARE(imageInfoOf("not an image").status, ImageInfo::Status::NotPngJpeg);
        QCOMPARE(imageInfoOf("").status, ImageInfo::Status::NotPngJpeg);
        QCOMPARE(imageInfoOf(png.substr(0, 20)).status, ImageInfo::Status::BadSize);
        QCOMPARE(imageInfoOf(bytes({0xFF, 0xD8, 0xFF, 0xD9})).status, ImageInfo::Status::BadSize);
        QCOMPARE(readImageInfo("/nonexistent/logo.png").status, ImageInfo::Status::NotFound);
        // The sample's own logo: 240 × 80.
        i = readImageInfo(std::string(SAMPLE_DATA_DIR) + "/images/logo.png");
        QVERIFY(i.ok() && i.png);
        QCOMPARE(i.width, 240);
        QCOMPARE(i.height, 80);
    }

    void readWriteAndCheck()
    {
        const auto loaded = loadProjectFile(kSample);
        QVERIFY(loaded.ok());
        const Project &p = *loaded.project;
        QCOMPARE(p.meta.images.size(), std::size_t(2));
        QCOMPARE(p.meta.images[0].path, std::string("images/logo.png"));
        QCOMPARE(p.meta.images[0].role, std::string("logo"));
        QCOMPARE(p.meta.images[1].caption->get(Lang::ZhTW), std::string("示意圖（為範例繪製，非實景）"));
        QVERIFY(checkProjectImages(p, Lang::En).empty());
        // Written and read back from another folder: the same images; there the files are missing, and the check
        // names each one, with where it looked.
        QTemporaryDir dir;
        const std::string copy = dir.filePath("copy.venuebid.json").toStdString();
        write(copy, writeProject(p));
        const auto again = loadProjectFile(copy);
        QVERIFY(again.ok());
        QCOMPARE(again.project->meta.images, p.meta.images);
        auto problems = checkProjectImages(*again.project, Lang::En);
        QCOMPARE(problems.size(), std::size_t(2));
        QCOMPARE(problems[0].path, std::string("/meta/images/0/path"));
        QCOMPARE(problems[0].message, "images/logo.png: the image file " + dir.path().toStdString() + "/images/logo.png does not exist.");
        // A file that is there but is no PNG or JPEG.
        QDir(dir.path()).mkdir(QStringLiteral("images"));
        write(dir.filePath("images/logo.png").toStdString(), "GIF89a....");
        problems = checkProjectImages(*again.project, Lang::ZhTW);
        QCOMPARE(problems[0].message, "images/logo.png：" + dir.path().toStdString() + "/images/logo.png 不是 PNG 或 JPEG 圖片（依檔案開頭位元組判斷）。");
        // The documents leave out what cannot be shown.
        QVERIFY(projectImages(*again.project, "logo").empty());
    }

    void badEntries()
    {
        // A role other than logo or cover, and a missing path, are errors of the file at their JSON path.
        std::string text;
        {
            std::ifstream in(kSample, std::ios::binary);
            text.assign(std::istreambuf_iterator<char>(in), {});
        }
        const std::string from = R"({"path": "images/logo.png", "role": "logo"})";
        QVERIFY(has(text, from));
        text.replace(text.find(from), from.size(), R"({"path": "", "role": "banner"})");
        const auto r = readProject(text, kSample);
        QVERIFY(!r.ok());
        bool role = false, path = false;
        for (const auto &m : r.messages()) {
            role = role || has(m, "/meta/images/0/role: role: \"logo\" or \"cover\"; \"banner\" is not.");
            path = path || has(m, "/meta/images/0/path: path: the image's file");
        }
        QVERIFY(role);
        QVERIFY(path);
    }

    void coversShowThem()
    {
        // logo.png is 240 × 80: in a 220 × 56 box it is scaled by min(220/240, 56/80) = 0.7 → 168 × 56. cover.png is
        // 600 × 200: in 600 × 150 by 0.75 → 450 × 150. Never enlarged: in 1000 × 1000 it stays 240 × 80.
        const auto loaded = loadProjectFile(kSample);
        QVERIFY(loaded.ok());
        const Project &p = *loaded.project;
        const std::string logo = html::images(p, Lang::En, "logo", 220, 56);
        QVERIFY(has(logo, "/sample_data/images/logo.png\" width=\"168\" height=\"56\">"));
        QVERIFY(has(logo, "<img src=\"file:///"));
        QVERIFY(has(html::images(p, Lang::En, "logo", 1000, 1000), "\" width=\"240\" height=\"80\">"));
        const std::string report = suitabilityReportHtml(p, Lang::ZhTW);
        QVERIFY(has(report, "/sample_data/images/cover.png\" width=\"450\" height=\"150\">"));
        QVERIFY(has(report, "<p class=\"note\" align=\"center\">示意圖（為範例繪製，非實景）</p>"));
        // The logo comes before the title.
        QVERIFY(report.find("images/logo.png") < report.find("場地適用性評估報告</h1>"));
        const std::string book = bid::bidDocumentHtml(bid::BidDocument::Book, p, Lang::En);
        QVERIFY(has(book, "images/logo.png") && has(book, "images/cover.png"));
        const std::string deck = bid::bidDocumentHtml(bid::BidDocument::Deck, p, Lang::En);
        // The title slide carries the cover picture full width with the logo (a slide is laid out on its own 960 × 540 page).
        QVERIFY(has(deck, "images/logo.png") && has(deck, "images/cover.png"));
        QVERIFY(deck.find("images/cover.png") < deck.find("</h1>", deck.find("</h1>") + 1)); // on the first slide
        // A project without images: no <img> at all.
        Project none = p;
        none.meta.images.clear();
        QVERIFY(!has(suitabilityReportHtml(none, Lang::En), "<img"));
    }
};

QTEST_GUILESS_MAIN(TestProjectImages)
#include "tst_projectimages.moc"
