// SPDX-License-Identifier: GPL-3.0-or-later
// No English from the core on a zh-TW screen: the real window (xcb under Xvfb at 1366 × 768) opens the sample in
// Traditional Chinese, visits every page, and reads every text it shows (labels, buttons, fields, table cells, the
// chosen item of a list, and the words of its charts). A text that still holds English words after taking out what
// the project file itself says (names, sources, notes a person typed), web addresses, file names and venuebid-cli
// commands is a sentence or unit from the program that was not translated. The list is printed, page by page.
#include "guishell.h"
#include "languagecontroller.h"
#include "qmlwarningguard.h"
#include "windowdriver.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(VenueBid_BackendPlugin)
Q_IMPORT_QML_PLUGIN(VenueBid_UiPlugin)

namespace {
constexpr int kTimeout = 10000;

/** Every string of the project file (names, notes, sources, ids): what a person wrote, in whatever language. */
void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString()) {
        if (v.toString().size() >= 2)
            out << v.toString();
    } else if (v.isArray()) {
        for (const auto &x : v.toArray())
            collectStrings(x, out);
    } else if (v.isObject()) {
        const auto o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << it.key();
            collectStrings(it.value(), out);
        }
    }
}

/** Words a zh-TW screen may show in Latin letters: names of methods, standards, file formats and products that are
 *  written so in Chinese too. */
bool allowedWord(const QString &w)
{
    static const QStringList words = {
        // Products and file formats a Taiwanese PCO names in Latin letters.
        QStringLiteral("Excel"), QStringLiteral("Word"), QStringLiteral("Cvent"), QStringLiteral("OpenDocument"),
        QStringLiteral("venuebid"), QStringLiteral("VenueBid"),
        // Units and symbols written so in Chinese.
        QStringLiteral("CO2e"), QStringLiteral("km"), QStringLiteral("kg"), QStringLiteral("max"), // λmax
        // Keys as printed on the keyboard.
        QStringLiteral("Enter"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Tab"),
        // Names and industry terms a Taiwanese contract or method note keeps in Latin letters, in parentheses.
        QStringLiteral("Saaty"), QStringLiteral("attrition"), QStringLiteral("cut"), QStringLiteral("off"),
    };
    return words.contains(w);
}
} // namespace

class TestGuiZhScan : public GuiTestCase
{
    Q_OBJECT

    QStringList m_projectText;

    void showPage(const QString &id)
    {
        m_ui->click(QStringLiteral("nav-") + id);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(QStringLiteral("pageLoader"))->property("status").toInt() == 1, kTimeout);
        QTest::qWait(400);
    }

    /** The texts item and its children show: a text property of a shown item, a combo box's chosen text, the words
     *  of a chart. */
    void texts(QQuickItem *item, QStringList &out) const
    {
        if (!item->isVisible() || item->opacity() <= 0.0)
            return;
        for (const char *property : {"text", "displayText", "placeholderText"}) {
            const QVariant v = item->property(property);
            if (v.isValid() && v.canConvert<QString>() && !v.toString().trimmed().isEmpty())
                out << v.toString();
        }
        const QVariant svg = item->property("svg");
        if (svg.isValid()) {
            // A chart wraps a note over several text elements and cuts a long label with "…": the wrapped lines are
            // read as one text, and a cut label counts as the project's when it starts one of the project's texts.
            static const QRegularExpression textElement(QStringLiteral("<text[^>]*>([^<]*)</text>"));
            QStringList lines;
            for (auto it = textElement.globalMatch(svg.toString()); it.hasNext();) {
                const QString line = it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
                if (line.endsWith(QChar(0x2026))) {
                    const QString head = line.chopped(1);
                    if (std::any_of(m_projectText.cbegin(), m_projectText.cend(), [&](const QString &s) { return s.startsWith(head); }))
                        continue;
                }
                lines << line;
            }
            if (!lines.isEmpty())
                out << lines.join(QLatin1Char(' '));
        }
        for (QQuickItem *child : item->childItems())
            texts(child, out);
    }

    /** text without what may be in Latin letters; what is left holds the English words, if any. */
    [[nodiscard]] QStringList englishWords(QString text) const
    {
        static const QRegularExpression url(QStringLiteral("(https?://|www\\.)\\S*"));
        // A command-line option or a placeholder of a command: --cost-sheet, PROJECT.
        static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
        static const QRegularExpression file(QStringLiteral("\\S+\\.(json|pdf|odt|xlsx|csv|html|svg|png|md)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
        // A command line is shown as it is typed: from venuebid-cli to the first Chinese character or the end.
        static const QRegularExpression command(QStringLiteral("venuebid(-cli)?\\s[^\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]*"));
        text.remove(url);
        text.remove(command);
        text.remove(file);
        text.remove(option);
        // What the project says, taken out whole: a name in Latin letters only where it stands as words of its own
        // (a short id such as "en" must not eat the middle of a word).
        for (const auto &s : m_projectText) {
            if (!text.contains(s))
                continue;
            const QRegularExpression whole(QStringLiteral("(?<![A-Za-z])") + QRegularExpression::escape(s) + QStringLiteral("(?![A-Za-z])"));
            text.replace(whole, QStringLiteral(" "));
        }
        // A word of three letters or more with lower-case letters in it: "seats", "Budget", "min"; not an acronym
        // (WSM, TOPSIS, ROI) or a symbol (m², CO2e).
        static const QRegularExpression word(QStringLiteral("\\b[A-Za-z][a-z]{2,}\\b"));
        QStringList found;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured(0);
            if (!allowedWord(w))
                found << w;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString sample = QStringLiteral(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QFile f(sample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        collectStrings(QJsonDocument::fromJson(f.readAll()).object(), m_projectText);
        // The longest first, so a name is taken out whole before a shorter name inside it.
        std::sort(m_projectText.begin(), m_projectText.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        // As the user switches it: the translator is installed and the engine retranslates the window.
        startWindow(QStringLiteral("overview"), sample, Activate::No, QStringLiteral("zh-TW"));
    }

    void everyPageIsInChinese_data()
    {
        QTest::addColumn<QString>("page");
        for (const auto &id : vb::app::GuiShell::pageIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyPageIsInChinese()
    {
        QFETCH(QString, page);
        showPage(page);
        QStringList shown;
        texts(m_shell->window()->contentItem(), shown);
        shown.removeDuplicates();
        QVERIFY2(shown.size() > 5, qPrintable(QStringLiteral("the page shows almost nothing: ") + shown.join(QStringLiteral(" | "))));
        QStringList english;
        for (const auto &s : shown)
            if (const auto words = englishWords(s); !words.isEmpty())
                english << QStringLiteral("  %1   [%2]").arg(s.left(160).replace(QLatin1Char('\n'), QLatin1Char(' ')), words.join(QLatin1Char(' ')));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English on the zh-TW %1 page:\n").arg(page) + english.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGuiZhScan)
#include "tst_gui_zhscan.moc"
