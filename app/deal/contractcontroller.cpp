// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractcontroller.h"

#include "analysis.h"
#include "dealadapters.h"
#include "dealdocuments.h"
#include "dealedit.h"
#include "documentwriter.h"
#include "messages.h"
#include "numbers.h"

#include <QDate>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace vb::app;

namespace {

QString money(vb::Money m)
{
    return qs(vb::groupThousands(m));
}

QVariantMap keyName(const QString &key, const QString &name)
{
    return QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("name"), name}};
}

constexpr vb::deal::ContractStatus kStatuses[] = {vb::deal::ContractStatus::Draft, vb::deal::ContractStatus::Agreed, vb::deal::ContractStatus::Signed};
constexpr vb::deal::StampDuty kStampDuties[] = {vb::deal::StampDuty::Chenglan, vb::deal::StampDuty::Weiren, vb::deal::StampDuty::None};

/** The built-in articles a clause text adds to (models/documents/dealdocuments.cpp). */
constexpr const char *kArticles[] = {"scope", "price", "payment", "bond", "late", "changes", "cancellation", "hotel", "fnb", "force_majeure",
                                     "privacy", "law", "stamp"};

/** An article's title from the message catalogue (its ids are checked when compiled, so one call per id). */
const char *articleTitle(std::string_view id, vb::Lang l)
{
    if (id == "scope") return vb::tr(l, "contract.art.scope");
    if (id == "price") return vb::tr(l, "contract.art.price");
    if (id == "payment") return vb::tr(l, "contract.art.payment");
    if (id == "bond") return vb::tr(l, "contract.art.bond");
    if (id == "late") return vb::tr(l, "contract.art.late");
    if (id == "changes") return vb::tr(l, "contract.art.changes");
    if (id == "cancellation") return vb::tr(l, "contract.art.cancellation");
    if (id == "hotel") return vb::tr(l, "contract.art.hotel");
    if (id == "fnb") return vb::tr(l, "contract.art.fnb");
    if (id == "force_majeure") return vb::tr(l, "contract.art.fm");
    if (id == "privacy") return vb::tr(l, "contract.art.privacy");
    if (id == "law") return vb::tr(l, "contract.art.law");
    return vb::tr(l, "contract.art.stamp");
}

/** The text of one table cell, its paragraphs joined by spaces. */
QString cellText(const QTextTableCell &cell)
{
    QStringList parts;
    for (auto it = cell.begin(); !it.atEnd(); ++it)
        if (const QTextBlock b = it.currentBlock(); b.isValid() && !b.text().trimmed().isEmpty())
            parts << b.text().trimmed();
    return parts.join(QLatin1Char(' '));
}

/** The blocks and tables of a frame as lines of plain text: a paragraph or heading then an empty line, a list item
 *  with its bullet or number, a table row as its cells separated by " · ". */
void appendPlain(QTextFrame *frame, QStringList &out)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                for (int r = 0; r < table->rows(); ++r) {
                    QStringList cells;
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        if (cell.row() == r && cell.column() == c) // the first cell of a span only
                            cells << cellText(cell);
                    }
                    out << cells.join(QStringLiteral("  ·  ")).trimmed();
                }
                out << QString();
            } else {
                appendPlain(child, out);
            }
            continue;
        }
        const QTextBlock b = it.currentBlock();
        if (!b.isValid())
            continue;
        const QString text = b.text().trimmed();
        if (QTextList *list = b.textList()) {
            out << list->itemText(b) + QLatin1Char(' ') + text;
            continue;
        }
        if (text.isEmpty())
            continue;
        if (!out.isEmpty() && !out.last().isEmpty())
            out << QString(); // a paragraph after a list or a table row
        out << text << QString();
    }
}

/** The HTML of a document as plain text, with no markup of any kind (the preview shows project text as plain
 *  text; the laid-out contract is the exported PDF/ODT/HTML). */
QString plainText(const std::string &html)
{
    QTextDocument doc;
    doc.setHtml(QString::fromStdString(html));
    QStringList lines;
    appendPlain(doc.rootFrame(), lines);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ContractController::ContractController(QObject *parent)
    : ProjectClient(parent)
    , m_owedDate(QDate::currentDate().toString(Qt::ISODate))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        Q_EMIT busyChanged();
        Q_EMIT exportFinished(m_exportPath, m_watcher.result());
    });
}

ContractController::~ContractController()
{
    m_watcher.waitForFinished(); // the worker reads a copy of the project, but its result reaches this object
}

void ContractController::refresh()
{
    using namespace vb;
    const Lang l = lang();
    m_has = hasProject() && deal::hasContract(project());
    m_statuses.clear();
    m_stampDuties.clear();
    m_quoteVersions.clear();
    m_priceRows.clear();
    m_signatories.clear();
    m_cancellation.clear();
    m_postponement.clear();
    m_differences.clear();
    m_clauseChoices.clear();
    m_problems.clear();
    m_terms = QVariantMap{};
    m_clientRole.clear();
    m_contractorRole.clear();
    m_statusText.clear();
    m_priceHeading.clear();
    m_priceWords.clear();
    m_totalText.clear();
    m_lateText.clear();
    m_stampText.clear();
    m_differencesText.clear();
    m_preview.clear();
    for (auto s : kStatuses)
        m_statuses << keyName(QString::fromLatin1(deal::contractStatusKey(s)), QString::fromUtf8(deal::contractStatusName(s, l)));
    for (auto s : kStampDuties)
        m_stampDuties << keyName(QString::fromLatin1(deal::stampDutyKey(s)), QString::fromUtf8(deal::stampDutyName(s, l)));
    m_draft.clear();
    if (!m_has) {
        fillPayments();
        fillOwed();
        Q_EMIT changed();
        return;
    }
    const Project &p = project();
    const deal::Contract c = deal::contractOf(p);
    const Budget b = budgetOf(p);
    for (const auto &q : b.quotes)
        m_quoteVersions << keyName(QString::number(q.version),
                                   QStringLiteral("v%1 · %2 · %3").arg(q.version).arg(QString::fromUtf8(formatName(q.format, l)), qs(q.issued)));
    m_clientRole = QString::fromUtf8(deal::roleName(c, deal::Party::Client, l));
    m_contractorRole = QString::fromUtf8(deal::roleName(c, deal::Party::Us, l));
    m_terms = QVariantMap{{QStringLiteral("governmentClient"), c.governmentClient},
                          {QStringLiteral("clientZh"), qs(c.client.zh)},
                          {QStringLiteral("clientEn"), qs(c.client.en)},
                          {QStringLiteral("clientDefault"), qs(p.meta.client.get(l))},
                          {QStringLiteral("contractorZh"), qs(c.contractor.zh)},
                          {QStringLiteral("contractorEn"), qs(c.contractor.en)},
                          {QStringLiteral("eventZh"), qs(c.event.zh)},
                          {QStringLiteral("eventEn"), qs(c.event.en)},
                          {QStringLiteral("eventDefault"), qs(deal::eventNameOf(p, deal::Contract{}).get(l))},
                          {QStringLiteral("courtZh"), qs(c.court.zh)},
                          {QStringLiteral("courtEn"), qs(c.court.en)},
                          {QStringLiteral("quoteVersion"), QString::number(c.quoteVersion)},
                          {QStringLiteral("bond"), c.performanceBondBp / 10000.0},
                          {QStringLiteral("perDay"), c.latePenalty.perDayHundredthsPermille / 100.0},
                          {QStringLiteral("partial"), c.latePenalty.partialHundredthsPermille / 100.0},
                          {QStringLiteral("cap"), c.latePenalty.capBp / 10000.0},
                          {QStringLiteral("stampDuty"), QString::fromLatin1(deal::stampDutyKey(c.stampDuty))},
                          {QStringLiteral("gdpr"), c.gdpr},
                          {QStringLiteral("status"), QString::fromLatin1(deal::contractStatusKey(c.status))},
                          {QStringLiteral("agreedDate"), c.agreed ? qs(c.agreed->date) : QString()},
                          {QStringLiteral("signedDate"), c.signedDate ? qs(*c.signedDate) : QString()}};
    std::string status = deal::contractStatusName(c.status, l);
    if (c.status == deal::ContractStatus::Agreed && c.agreed)
        status += " " + c.agreed->date;
    if (c.status == deal::ContractStatus::Signed && c.signedDate)
        status += " " + *c.signedDate;
    m_statusText = qs(vb::tr(l, "contract.sign.status", {status}));
    for (const auto &d : deal::checkContract(p, l))
        m_problems << QVariantMap{{QStringLiteral("error"), d.severity == Diagnostic::Severity::Error}, {QStringLiteral("text"), qs(d.message)}};

    // The price, schedule, scales and articles: the functions of venuebid-cli contract and report --kind contract.
    const deal::ContractPrice price = deal::contractPrice(p, b, c);
    m_priceHeading = qs(vb::tr(l, "contract.cli.price", {std::to_string(c.quoteVersion), formatName(price.format, l)}));
    m_priceRows << QVariantMap{{QStringLiteral("item"), qs(vb::tr(l, "contract.price.before_tax"))}, {QStringLiteral("amount"), money(price.beforeTax)}}
                << QVariantMap{{QStringLiteral("item"), qs(vb::tr(l, "contract.price.tax", {formatPercentBp(b.taxBp)}))}, {QStringLiteral("amount"), money(price.tax)}}
                << QVariantMap{{QStringLiteral("item"), qs(vb::tr(l, "contract.price.total"))}, {QStringLiteral("amount"), money(price.total)}};
    m_priceWords = qs(vb::tr(l, "contract.price.words", {formatAmountInChineseWords(price.total)}));
    m_totalText = money(price.total);
    for (const auto &s : c.signatories)
        m_signatories << QVariantMap{{QStringLiteral("party"), QString::fromLatin1(deal::partyKey(s.party))},
                                     {QStringLiteral("partyName"), QString::fromUtf8(deal::roleName(c, s.party, l))},
                                     {QStringLiteral("name"), qs(s.name)},
                                     {QStringLiteral("title"), qs(s.title)},
                                     {QStringLiteral("date"), qs(s.date)}};
    const auto scaleRows = [&](const std::vector<deal::ScaleRow> &scale) {
        QVariantList rows;
        for (const auto &r : scale)
            rows << QVariantMap{{QStringLiteral("days"), r.minDaysBefore},
                                {QStringLiteral("percent"), r.percentBp / 100.0},
                                {QStringLiteral("text"), qs(vb::tr(l, "contract.scale.from", {std::to_string(r.minDaysBefore)}))},
                                {QStringLiteral("amount"), money(roundDiv(static_cast<Wide>(price.beforeTax) * r.percentBp, 10000))}};
        return rows;
    };
    m_cancellation = scaleRows(c.cancellation);
    m_postponement = scaleRows(c.postponement);
    const deal::LatePenalty lp = deal::latePenalty(c.latePenalty, price.total, 1);
    m_lateText = qs(vb::tr(l, "contract.late.text",
                           {deal::roleName(c, deal::Party::Us, l), deal::formatPermille(c.latePenalty.perDayHundredthsPermille), groupThousands(lp.daily),
                            formatPercentBp(c.latePenalty.capBp), groupThousands(lp.cap), deal::formatPermille(c.latePenalty.partialHundredthsPermille),
                            deal::roleName(c, deal::Party::Client, l)}));
    switch (c.stampDuty) {
    case deal::StampDuty::Chenglan: m_stampText = qs(vb::tr(l, "contract.stamp.chenglan", {groupThousands(deal::stampDutyOn(c.stampDuty, price.total))})); break;
    case deal::StampDuty::Weiren: m_stampText = qs(vb::tr(l, "contract.stamp.weiren")); break;
    case deal::StampDuty::None: m_stampText = qs(vb::tr(l, "contract.stamp.none")); break;
    }
    const auto diffs = deal::contractDifferences(p, b, c);
    for (const auto &d : diffs)
        m_differences << QVariantMap{{QStringLiteral("item"), qs(d.key == "before_tax" ? vb::tr(l, "contract.price.before_tax")
                                                                 : d.key == "tax"      ? vb::tr(l, "contract.cli.tax")
                                                                                       : vb::tr(l, "contract.price.total"))},
                                     {QStringLiteral("agreed"), money(d.agreed)},
                                     {QStringLiteral("now"), money(d.now)}};
    m_differencesText = c.status == deal::ContractStatus::Draft ? qs(vb::tr(l, "contract.cli.draft_no_diff"))
                        : diffs.empty()                          ? qs(vb::tr(l, "contract.cli.no_differences"))
                                                                 : QString();
    for (const char *a : kArticles)
        m_clauseChoices << keyName(QString::fromLatin1(a), QString::fromUtf8(articleTitle(a, l)));
    for (const auto &cl : c.clauses)
        if (std::none_of(std::begin(kArticles), std::end(kArticles), [&](const char *a) { return cl.id == a; }))
            m_clauseChoices << keyName(qs(cl.id), cl.title.get(l).empty() ? qs(cl.id) : qs(cl.title.get(l)));
    if (price.found)
        m_preview = plainText(deal::contractHtml(p, l == Lang::ZhTW ? deal::DocLangs::ZhTW : deal::DocLangs::En));
    m_draft = c.payments;
    fillPayments();
    fillOwed();
    Q_EMIT changed();
}

void ContractController::fillPayments()
{
    using namespace vb;
    m_payments.clear();
    m_paymentSum.clear();
    m_paymentProblem.clear();
    m_paymentsDirty = m_has && m_draft != deal::contractOf(project()).payments;
    if (m_has) {
        const Lang l = lang();
        deal::Contract c = deal::contractOf(project());
        c.payments = m_draft;
        // The amounts of the draft as the contract would state them (the last milestone takes the remainder).
        const auto total = deal::contractPrice(project(), budgetOf(project()), c).total;
        const auto schedule = deal::paymentSchedule(c, total, "");
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < m_draft.size(); ++i) {
            const auto &m = m_draft[i];
            sum += m.shareBp;
            m_payments << QVariantMap{{QStringLiteral("zh"), qs(m.milestone.zh)},
                                      {QStringLiteral("en"), qs(m.milestone.en)},
                                      {QStringLiteral("percent"), m.shareBp / 100.0},
                                      {QStringLiteral("due"), qs(m.due)},
                                      {QStringLiteral("amount"), i < schedule.size() ? money(schedule[i].amount) : QString()}};
        }
        m_paymentSum = qs(formatPercentBp(sum));
        if (!m_draft.empty() && sum != 10000)
            m_paymentProblem = qs(vb::tr(l, "contract.check.payments_sum", {formatPercentBp(sum)}));
    }
    Q_EMIT paymentsChanged();
}

void ContractController::fillOwed()
{
    using namespace vb;
    m_owedLines.clear();
    m_owedDue.clear();
    m_owedProblem.clear();
    if (m_has) {
        const Lang l = lang();
        const std::string on = m_owedDate.toStdString();
        if (!isDate(on)) {
            m_owedProblem = qs(vb::tr(l, "deal.edit.bad_date", {on}));
        } else {
            // The sentences of venuebid-cli contract PROJECT --on DATE --late-days N (deal::amountsOwed).
            const deal::Contract c = deal::contractOf(project());
            const deal::AmountsOwed o = deal::amountsOwed(project(), on, m_owedLateDays);
            m_owedDue = money(o.dueBy);
            m_owedLines << qs(vb::tr(l, "contract.cli.due_by", {on, groupThousands(o.dueBy)}));
            const auto scaleLine = [&](const deal::ScaleFee &f, bool cancellation) {
                if (!f.daysBefore)
                    return;
                const std::string days = std::to_string(*f.daysBefore);
                const std::string pct = formatPercentBp(f.percentBp), base = groupThousands(o.price.beforeTax), fee = groupThousands(f.fee);
                if (!f.row)
                    m_owedLines << qs(cancellation ? vb::tr(l, "contract.cli.cancel_none", {on, days}) : vb::tr(l, "contract.cli.postpone_none", {on, days}));
                else
                    m_owedLines << qs(cancellation ? vb::tr(l, "contract.cli.cancel", {on, days, pct, base, fee})
                                                   : vb::tr(l, "contract.cli.postpone", {on, days, pct, base, fee}));
            };
            scaleLine(o.cancellation, true);
            if (!c.postponement.empty())
                scaleLine(o.postponement, false);
            m_owedLines << qs(vb::tr(l, "contract.cli.late",
                                     {std::to_string(m_owedLateDays), groupThousands(o.late.daily), groupThousands(o.late.uncapped), groupThousands(o.late.cap),
                                      groupThousands(o.late.amount)}));
            m_owedLines << qs(vb::tr(l, "contract.cli.stamp", {deal::stampDutyName(c.stampDuty, l), groupThousands(o.stampDuty)}));
        }
    }
    Q_EMIT owedChanged();
}

void ContractController::computeOwed(const QString &date, const QVariant &lateDays)
{
    m_owedDate = date.trimmed();
    bool ok = false;
    const double d = lateDays.toDouble(&ok);
    m_owedLateDays = ok && d >= 0 && d <= 100000 ? static_cast<int>(d) : 0;
    fillOwed();
}

QString ContractController::start()
{
    if (!hasProject())
        return tr("No project is open.");
    const auto l = lang();
    return errorWords(document()->editSections(tr("Start a contract"), {}, [&](vb::Project &p) { return vb::deal::startContract(p, l); }));
}

QString ContractController::setTerm(const QString &key, const QVariant &value)
{
    using namespace vb;
    if (!m_has)
        return tr("No contract: start one first.");
    deal::ContractTerms t = deal::termsOf(deal::contractOf(project()));
    const std::string text = value.toString().toStdString();
    bool isNumber = false;
    const double x = value.toDouble(&isNumber);
    const auto needNumber = [&]() { return !isNumber || !std::isfinite(x); };
    QString label;
    if (key == QLatin1String("governmentClient")) {
        t.governmentClient = value.toBool();
        label = tr("Government client");
    } else if (key == QLatin1String("clientZh") || key == QLatin1String("clientEn")) {
        (key.endsWith(QLatin1String("Zh")) ? t.client.zh : t.client.en) = text;
        label = tr("Client");
    } else if (key == QLatin1String("contractorZh") || key == QLatin1String("contractorEn")) {
        (key.endsWith(QLatin1String("Zh")) ? t.contractor.zh : t.contractor.en) = text;
        label = tr("Contractor");
    } else if (key == QLatin1String("eventZh") || key == QLatin1String("eventEn")) {
        (key.endsWith(QLatin1String("Zh")) ? t.event.zh : t.event.en) = text;
        label = tr("Event name");
    } else if (key == QLatin1String("courtZh") || key == QLatin1String("courtEn")) {
        (key.endsWith(QLatin1String("Zh")) ? t.court.zh : t.court.en) = text;
        label = tr("Court");
    } else if (key == QLatin1String("quoteVersion")) {
        if (needNumber())
            return tr("Choose a quote version.");
        t.quoteVersion = static_cast<int>(x);
        label = tr("Agreed quote version");
    } else if (key == QLatin1String("bond")) {
        if (needNumber())
            return tr("Type a percentage.");
        t.performanceBondBp = basisPoints(x);
        label = tr("Performance bond");
    } else if (key == QLatin1String("cap")) {
        if (needNumber())
            return tr("Type a percentage.");
        t.latePenalty.capBp = basisPoints(x);
        label = tr("Late-penalty cap");
    } else if (key == QLatin1String("perDay") || key == QLatin1String("partial")) {
        if (needNumber())
            return tr("Type a rate in ‰.");
        const int hundredths = std::fabs(x) < 1e7 ? static_cast<int>(std::lround(x * 100.0)) : -1;
        (key == QLatin1String("perDay") ? t.latePenalty.perDayHundredthsPermille : t.latePenalty.partialHundredthsPermille) = hundredths;
        label = key == QLatin1String("perDay") ? tr("Late penalty per day") : tr("Late penalty of a part");
    } else if (key == QLatin1String("stampDuty")) {
        bool found = false;
        for (auto s : kStampDuties)
            if (value.toString() == QLatin1String(deal::stampDutyKey(s))) {
                t.stampDuty = s;
                found = true;
            }
        if (!found)
            return tr("Unknown stamp-duty type: %1").arg(value.toString());
        label = tr("Stamp duty");
    } else if (key == QLatin1String("gdpr")) {
        t.gdpr = value.toBool();
        label = tr("GDPR processor terms");
    } else {
        return tr("Unknown setting: %1").arg(key);
    }
    const auto l = lang();
    return errorWords(document()->editSections(label, {}, [&](Project &p) { return deal::setContractTerms(p, t, l); }));
}

QString ContractController::setStatus(const QString &status, const QString &date)
{
    using namespace vb;
    if (!m_has)
        return tr("No contract: start one first.");
    std::optional<deal::ContractStatus> s;
    for (auto k : kStatuses)
        if (status == QLatin1String(deal::contractStatusKey(k)))
            s = k;
    if (!s)
        return tr("Unknown status: %1").arg(status);
    const auto l = lang();
    const std::string d = date.trimmed().toStdString();
    return errorWords(document()->editSections(tr("Contract status: %1").arg(QString::fromUtf8(deal::contractStatusName(*s, l))), {},
                                               [&](Project &p) { return deal::setContractStatus(p, *s, d, l); }));
}

void ContractController::setPaymentField(int index, const QString &key, const QVariant &value)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_draft.size())
        return;
    auto &m = m_draft[static_cast<std::size_t>(index)];
    if (key == QLatin1String("zh"))
        m.milestone.zh = value.toString().toStdString();
    else if (key == QLatin1String("en"))
        m.milestone.en = value.toString().toStdString();
    else if (key == QLatin1String("due"))
        m.due = value.toString().trimmed().toStdString();
    else if (key == QLatin1String("percent")) {
        bool ok = false;
        const double x = value.toDouble(&ok);
        if (ok && std::isfinite(x) && std::fabs(x) < 1e6)
            m.shareBp = static_cast<int>(std::lround(x * 100.0));
    }
    fillPayments();
}

void ContractController::addPayment()
{
    if (!m_has)
        return;
    // A new milestone takes what is left of 100 %, due on the event's last day.
    int sum = 0;
    for (const auto &m : m_draft)
        sum += m.shareBp;
    m_draft.push_back(vb::deal::PaymentMilestone{{}, std::max(0, 10000 - sum), project().requirements.endDate});
    fillPayments();
}

void ContractController::removePayment(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_draft.size())
        return;
    m_draft.erase(m_draft.begin() + index);
    fillPayments();
}

void ContractController::resetPayments()
{
    m_draft = m_has ? vb::deal::contractOf(project()).payments : std::vector<vb::deal::PaymentMilestone>{};
    fillPayments();
}

QString ContractController::applyPayments()
{
    if (!m_has)
        return tr("No contract: start one first.");
    const auto l = lang();
    const auto draft = m_draft;
    const QString error = errorWords(document()->editSections(tr("Payment schedule"), {}, [&](vb::Project &p) { return vb::deal::setPayments(p, draft, l); }));
    if (!error.isEmpty()) {
        m_draft = draft; // a refused schedule stays in the editor to be corrected
        fillPayments();
    }
    return error;
}

QString ContractController::setSignatory(int index, const QVariantMap &fields)
{
    using namespace vb;
    if (!m_has || index < 0)
        return tr("No contract: start one first.");
    deal::Signatory s;
    s.party = fields.value(QStringLiteral("party")).toString() == QLatin1String("us") ? deal::Party::Us : deal::Party::Client;
    s.name = fields.value(QStringLiteral("name")).toString().trimmed().toStdString();
    s.title = fields.value(QStringLiteral("title")).toString().trimmed().toStdString();
    s.date = fields.value(QStringLiteral("date")).toString().trimmed().toStdString();
    const auto l = lang();
    return errorWords(document()->editSections(tr("Signatory"), {}, [&](Project &p) { return deal::setSignatory(p, static_cast<std::size_t>(index), s, l); }));
}

QString ContractController::removeSignatory(int index)
{
    if (!m_has || index < 0)
        return tr("No contract: start one first.");
    const auto l = lang();
    return errorWords(document()->editSections(tr("Delete signatory"), {},
                                               [&](vb::Project &p) { return vb::deal::removeSignatory(p, static_cast<std::size_t>(index), l); }));
}

QString ContractController::setScaleRow(const QString &which, int index, const QVariant &days, const QVariant &percentPoints)
{
    using namespace vb;
    if (!m_has || index < 0)
        return tr("No contract: start one first.");
    const bool cancellation = which == QLatin1String("cancellation");
    auto rows = cancellation ? deal::contractOf(project()).cancellation : deal::contractOf(project()).postponement;
    if (static_cast<std::size_t>(index) > rows.size())
        return tr("No such row.");
    bool okDays = false, okPercent = false;
    const double d = days.toDouble(&okDays), pc = percentPoints.toDouble(&okPercent);
    if (!okDays || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 1e6)
        return tr("Type a whole number of days.");
    if (!okPercent || !std::isfinite(pc) || std::fabs(pc) > 1e6)
        return tr("Type a percentage.");
    const deal::ScaleRow row{static_cast<int>(d), static_cast<int>(std::lround(pc * 100.0))};
    if (static_cast<std::size_t>(index) == rows.size())
        rows.push_back(row);
    else
        rows[static_cast<std::size_t>(index)] = row;
    const auto l = lang();
    return errorWords(document()->editSections(cancellation ? tr("Cancellation scale") : tr("Postponement scale"), {},
                                               [&](Project &p) { return deal::setScale(p, cancellation, rows, l); }));
}

QString ContractController::removeScaleRow(const QString &which, int index)
{
    using namespace vb;
    if (!m_has || index < 0)
        return tr("No contract: start one first.");
    const bool cancellation = which == QLatin1String("cancellation");
    auto rows = cancellation ? deal::contractOf(project()).cancellation : deal::contractOf(project()).postponement;
    if (static_cast<std::size_t>(index) >= rows.size())
        return tr("No such row.");
    rows.erase(rows.begin() + index);
    const auto l = lang();
    return errorWords(document()->editSections(cancellation ? tr("Cancellation scale") : tr("Postponement scale"), {},
                                               [&](Project &p) { return deal::setScale(p, cancellation, rows, l); }));
}

QVariant ContractController::clauseFields(const QString &id) const
{
    if (!m_has)
        return QVariantMap{};
    for (const auto &cl : vb::deal::contractOf(project()).clauses)
        if (qs(cl.id) == id)
            return QVariantMap{{QStringLiteral("zh"), qs(cl.text.zh)},
                               {QStringLiteral("en"), qs(cl.text.en)},
                               {QStringLiteral("titleZh"), qs(cl.title.zh)},
                               {QStringLiteral("titleEn"), qs(cl.title.en)}};
    return QVariantMap{{QStringLiteral("zh"), QString()}, {QStringLiteral("en"), QString()}, {QStringLiteral("titleZh"), QString()}, {QStringLiteral("titleEn"), QString()}};
}

QString ContractController::setClause(const QString &id, const QString &titleZh, const QString &titleEn, const QString &zh, const QString &en)
{
    if (!m_has)
        return tr("No contract: start one first.");
    const vb::deal::Clause cl{id.trimmed().toStdString(), {titleZh.toStdString(), titleEn.toStdString()}, {zh.toStdString(), en.toStdString()}};
    const auto l = lang();
    return errorWords(document()->editSections(tr("Clause: %1").arg(id), "clause:" + cl.id, [&](vb::Project &p) { return vb::deal::setClause(p, cl, l); }));
}

QStringList ContractController::exportWarnings() const
{
    QStringList out;
    if (!m_has)
        return out;
    for (const auto &d : vb::deal::checkContract(project(), lang()))
        if (d.severity == vb::Diagnostic::Severity::Warning)
            out << qs(d.message);
    return out;
}

QString ContractController::suggestedSuffix(const QString &langs) const
{
    return QStringLiteral("-contract-") + langs + QStringLiteral(".pdf");
}

void ContractController::exportDocument(const QString &langs, const QString &pathOrUrl)
{
    const QString path = ProjectController::localPath(pathOrUrl);
    if (!m_has) {
        Q_EMIT exportFinished(path, tr("Nothing to export: the project has no contract."));
        return;
    }
    document()->flushEdits();
    if (m_watcher.isRunning()) {
        Q_EMIT exportFinished(path, tr("Another document is still being written."));
        return;
    }
    const vb::Project project = this->project();
    if (!vb::deal::contractPrice(project, vb::budgetOf(project), vb::deal::contractOf(project)).found) {
        Q_EMIT exportFinished(path, tr("The agreed quote version does not exist: choose one first."));
        return;
    }
    const auto docLangs = langs == QLatin1String("zh-TW") ? vb::deal::DocLangs::ZhTW : langs == QLatin1String("both") ? vb::deal::DocLangs::Both : vb::deal::DocLangs::En;
    // As venuebid-cli report --kind contract --allow-warnings: the warnings (in the document's language, English for
    // both) are listed on the first page; the page asked before.
    std::vector<vb::Diagnostic> warnings;
    for (const auto &d : vb::deal::checkContract(project, docLangs == vb::deal::DocLangs::ZhTW ? vb::Lang::ZhTW : vb::Lang::En))
        if (d.severity == vb::Diagnostic::Severity::Warning)
            warnings.push_back(d);
    m_exportPath = path;
    m_watcher.setFuture(QtConcurrent::run([project, docLangs, warnings, path]() -> QString {
        const std::string html = vb::deal::contractHtml(project, docLangs, warnings);
        std::string error;
        if (!vb::documents::writeDocument(html, path.toStdString(), error))
            return qs(error);
        return {};
    }));
    Q_EMIT busyChanged();
}
