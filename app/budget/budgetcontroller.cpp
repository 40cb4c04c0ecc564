// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetcontroller.h"
#include "numbers.h"

#include "conversions.h"
#include "documentwriter.h"
#include "listmove.h"
#include "messages.h"
#include "budgetexport.h"
#include "budgetcharts.h"
#include "budgetreport.h"
#include "sharedinstance.h"
#include "projectcontroller.h"
#include "quote.h"
#include "quotedocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace {
QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

QString money(vb::Money m)
{
    return QString::fromStdString(vb::groupThousands(m));
}

QString percent(const std::optional<double> &x)
{
    return x ? QString::number(*x, 'f', 2) + QStringLiteral(" %") : QStringLiteral("–");
}
} // namespace

BudgetController::BudgetController(ProjectController &project, QObject *parent)
    : QObject(parent)
    , m_projectController(project)
    , m_table(new BudgetTableModel(this))
    , m_revenue(new RevenueModel(this))
    , m_quotes(new QuoteVersionModel(this))
{
    m_table->setEditor([this](int line, int column, double value) {
        return column == BudgetTableModel::QuantityColumn ? setQuantity(line, value) : setUnitCost(line, value);
    });
    connect(&m_projectController, &ProjectController::projectChanged, this, &BudgetController::reload);
    reload();
}

BudgetController *BudgetController::create(QQmlEngine *engine, QJSEngine *)
{
    return vb::app::sharedInstance<BudgetController>(engine);
}

vb::Lang BudgetController::lang() const
{
    return m_projectController.lang();
}

void BudgetController::reload()
{
    if (m_pushing)
        return; // our own edit coming back from the project: m_budget already is the project's budget
    const bool loaded = m_projectController.loaded();
    m_hasBudget = loaded && vb::hasBudget(m_projectController.project());
    m_budget = m_hasBudget ? vb::budgetOf(m_projectController.project()) : vb::Budget{};
    m_edited = false;
    recompute();
    const auto l = lang();
    m_table->setBudget(m_hasBudget ? &m_budget : nullptr, &m_summary, l);
    m_revenue->setBudget(m_hasBudget ? &m_budget : nullptr, &m_summary, l);
    m_quotes->setBudget(loaded ? &m_projectController.project() : nullptr, m_hasBudget ? &m_budget : nullptr, l);
    Q_EMIT budgetChanged();
}

void BudgetController::recompute()
{
    QElapsedTimer t;
    t.start();
    static const vb::Project kEmpty;
    m_summary = vb::computeBudget(m_hasBudget ? m_projectController.project() : kEmpty, m_budget);
    m_lastMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// After any edit of the budget: recompute once, then every view of it (table, revenue, quotes) and the project.
// A unit cost changes the surplus and break-even on the revenue page as much as a quantity does.
void BudgetController::editApplied()
{
    m_edited = true;
    recompute();
    m_table->amountsChanged();
    m_revenue->setBudget(&m_budget, &m_summary, lang());
    m_quotes->setBudget(&m_projectController.project(), &m_budget, lang());
    pushToProject();
    Q_EMIT budgetChanged();
}

bool BudgetController::setQuantity(int line, double quantity)
{
    if (line < 0 || line >= static_cast<int>(m_budget.lines.size()) || !(quantity >= 0) || quantity > 1e9)
        return false;
    m_budget.lines[static_cast<std::size_t>(line)].quantityHundredths = std::llround(quantity * 100.0);
    editApplied();
    return true;
}

bool BudgetController::setUnitCost(int line, double unitCost)
{
    if (line < 0 || line >= static_cast<int>(m_budget.lines.size()) || !(unitCost >= 0) || unitCost > 1e13)
        return false;
    m_budget.lines[static_cast<std::size_t>(line)].unitCostCents = std::llround(unitCost * 100.0);
    editApplied();
    return true;
}

bool BudgetController::setTaxSetting(const QString &key, bool on)
{
    if (!m_hasBudget)
        return false;
    bool *flag = key == QLatin1String("organiser_tax_registered")        ? &m_budget.organiserTaxRegistered
                 : key == QLatin1String("tax_on_contingency")            ? &m_budget.taxOnContingency
                 : key == QLatin1String("tax_on_management_fee")         ? &m_budget.taxOnManagementFee
                 : key == QLatin1String("management_fee_on_contingency") ? &m_budget.managementFeeOnContingency
                                                                         : nullptr;
    if (!flag)
        return false;
    if (*flag == on)
        return true;
    *flag = on;
    editApplied();
    return true;
}

QString BudgetController::fxRatesText() const
{
    if (!m_hasBudget)
        return {};
    QStringList parts;
    for (const auto &t : vb::fxRateLines(m_projectController.project(), lang()))
        parts << QString::fromStdString(t);
    return parts.join(QLatin1Char('\n'));
}

QString BudgetController::taxBasisText() const
{
    if (!m_hasBudget)
        return {};
    QStringList parts;
    for (const auto &t : vb::taxBasisText(m_budget, lang()))
        parts << QString::fromStdString(t);
    // Sentences: a space after an English full stop, none after a Chinese 。
    return parts.join(lang() == vb::Lang::ZhTW ? QString() : QStringLiteral(" "));
}

void BudgetController::pushToProject()
{
    // Into the project as an undoable edit, so Save writes it (undo comes back through projectChanged → reload).
    if (!m_hasBudget)
        return;
    m_pushing = true;
    const vb::Budget b = m_budget;
    (void)m_projectController.editSections(tr("Budget edit"), {}, [&b](vb::Project &p) {
        vb::setBudget(p, b);
        return std::vector<vb::Diagnostic>{};
    });
    m_pushing = false;
}

QString BudgetController::ratesText() const
{
    if (!m_hasBudget)
        return {};
    const auto pct = [](int bp) { return QString::fromStdString(vb::formatGroupedHundredths(bp)) + QStringLiteral(" %"); };
    return tr("Service charge %1 · business tax %2 on subtotal + service charge · contingency %3 · management fee %4")
        .arg(pct(m_budget.serviceChargeBp), pct(m_budget.taxBp), pct(m_budget.contingencyBp), pct(m_budget.managementFeeBp));
}

QVariantList BudgetController::formats() const
{
    QVariantList out;
    if (!m_hasBudget)
        return out;
    const auto l = lang();
    const QString names[] = {tr("On-site"), tr("Hybrid"), tr("Online")};
    const QString scenarioNames[] = {tr("Pessimistic"), tr("Likely"), tr("Optimistic")};
    for (auto f : vb::kAllFormats) {
        const auto &fs = m_summary.formats[static_cast<int>(f)];
        const auto &lk = fs.likely;
        QVariantList scenarios;
        for (int i = 0; i < 3; ++i) {
            const auto &s = fs.scenarios[static_cast<std::size_t>(i)];
            scenarios << QVariantMap{{QStringLiteral("name"), scenarioNames[i]},
                                     {QStringLiteral("attendance"), money(s.drivers.onsite + s.drivers.online)},
                                     {QStringLiteral("subtotal"), money(s.costs.subtotal)},
                                     {QStringLiteral("serviceCharge"), money(s.costs.serviceCharge)},
                                     {QStringLiteral("contingency"), money(s.costs.contingency)},
                                     {QStringLiteral("managementFee"), money(s.costs.managementFee)},
                                     {QStringLiteral("beforeTax"), money(s.costs.beforeTax())},
                                     {QStringLiteral("tax"), money(s.costs.tax)},
                                     {QStringLiteral("outputTax"), money(s.revenue.outputTax)},
                                     {QStringLiteral("cost"), money(s.costs.total)},
                                     {QStringLiteral("revenue"), money(s.revenue.total)},
                                     {QStringLiteral("comparedRevenue"), money(s.comparedRevenue())},
                                     {QStringLiteral("comparedCost"), money(s.comparedCost())},
                                     {QStringLiteral("surplus"), money(s.surplus())},
                                     {QStringLiteral("roi"), percent(vb::roiPercent(s.comparedRevenue(), s.comparedCost()))}};
        }
        QVariantList levers;
        for (const auto &lv : vb::revenueLevers(m_projectController.project(), m_budget, f, l))
            levers << QVariantMap{{QStringLiteral("text"), QString::fromStdString(lv.text)}, {QStringLiteral("effect"), money(lv.effect)}};
        QStringList notes;
        for (const auto &n : vb::breakEvenNotes(fs, f, l))
            notes << QString::fromStdString(n);
        QVariantList revenueParts;
        for (int t = 0; t < vb::kRevenueTypeCount; ++t)
            revenueParts << QVariantMap{{QStringLiteral("name"), QString::fromUtf8(vb::revenueTypeName(static_cast<vb::RevenueType>(t), l))},
                                        {QStringLiteral("amount"), money(lk.revenue.byType[static_cast<std::size_t>(t)])}};
        out << QVariantMap{
            {QStringLiteral("format"), QString::fromUtf8(vb::formatKey(f))},
            {QStringLiteral("name"), names[static_cast<int>(f)]},
            {QStringLiteral("attendance"), money(lk.drivers.onsite + lk.drivers.online)},
            {QStringLiteral("costTotal"), money(lk.costs.total)},
            {QStringLiteral("costBeforeTax"), money(lk.costs.beforeTax())},
            {QStringLiteral("tax"), money(lk.costs.tax)},
            {QStringLiteral("revenueTotal"), money(lk.revenue.total)},
            {QStringLiteral("revenueParts"), revenueParts},
            {QStringLiteral("outputTax"), money(lk.revenue.outputTax)},
            {QStringLiteral("comparedRevenue"), money(lk.comparedRevenue())},
            {QStringLiteral("comparedCost"), money(lk.comparedCost())},
            {QStringLiteral("surplus"), money(lk.surplus())},
            {QStringLiteral("breakEven"), fs.breakEven.attendeesNeeded ? money(*fs.breakEven.attendeesNeeded) : tr("never (fee ≤ cost per attendee)")},
            {QStringLiteral("breakEvenFeeBefore"), fs.breakEven.feeBeforeFixedIncome ? money(*fs.breakEven.feeBeforeFixedIncome) : tr("none")},
            {QStringLiteral("breakEvenFeeAfter"), fs.breakEven.feeAfterFixedIncome ? money(*fs.breakEven.feeAfterFixedIncome) : tr("none")},
            {QStringLiteral("marginOfSafety"), fs.breakEven.marginOfSafety() ? money(*fs.breakEven.marginOfSafety()) : tr("none")},
            {QStringLiteral("payers"), money(fs.breakEven.payers)},
            {QStringLiteral("breakEvenNotes"), notes},
            {QStringLiteral("fxAdverse"), fs.fx.currencies.empty() ? QString()
                                                                   : tr("At the adverse exchange rates: total incl. tax %1, surplus %2")
                                                                         .arg(money(fs.fx.totalAtAdverse), money(fs.fx.surplusAtAdverse()))},
            {QStringLiteral("roi"), percent(fs.roiPercent)},
            {QStringLiteral("exposurePeak"), money(fs.exposure.peak)},
            {QStringLiteral("exposurePeakMonth"), QString::fromStdString(fs.exposure.peakMonth)},
            {QStringLiteral("committedBeforeRevenue"), money(fs.exposure.committedBeforeRevenue)},
            {QStringLiteral("ceiling"), fs.exposure.ceiling ? money(*fs.exposure.ceiling) : tr("not set")},
            {QStringLiteral("withinCeiling"), fs.exposure.withinCeiling()},
            {QStringLiteral("scenarios"), scenarios},
            {QStringLiteral("levers"), levers},
        };
    }
    return out;
}

QString BudgetController::exportBudget(const QString &pathOrUrl)
{
    m_projectController.flushEdits();
    if (!m_hasBudget)
        return tr("The project has no budget.");
    const std::string path = localPath(pathOrUrl).toStdString();
    const auto &p = m_projectController.project();
    if (path.ends_with(".csv")) {
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f << vb::budgetCsv(p, m_budget, m_summary, lang());
        return f.good() ? QString() : tr("Cannot write %1").arg(QString::fromStdString(path));
    }
    return QString::fromStdString(vb::writeBudgetXlsx(p, m_budget, m_summary, lang(), path));
}

QString BudgetController::exportQuote(int row, const QString &pathOrUrl)
{
    m_projectController.flushEdits();
    if (row < 0 || row >= static_cast<int>(m_budget.quotes.size()))
        return tr("No such quote version.");
    const std::string path = localPath(pathOrUrl).toStdString();
    const auto &p = m_projectController.project();
    if (path.ends_with(".xlsx")) // the XLSX has the cost and the markup in its formulas: only as the cost sheet
        return tr("The Excel quote holds the cost and the markup: export it as the cost sheet.");
    const auto q = vb::computeQuote(p, m_budget, m_budget.quotes[static_cast<std::size_t>(row)]);
    std::string error;
    return vb::documents::writeDocument(vb::quoteHtml(p, m_budget, q, static_cast<std::size_t>(row), vb::QuoteLangs::Both), path, error)
        ? QString()
        : QString::fromStdString(error);
}

QString BudgetController::exportCostSheet(int row, const QString &pathOrUrl)
{
    m_projectController.flushEdits();
    if (row < 0 || row >= static_cast<int>(m_budget.quotes.size()))
        return tr("No such quote version.");
    const std::string path = localPath(pathOrUrl).toStdString();
    const auto &p = m_projectController.project();
    const auto q = vb::computeQuote(p, m_budget, m_budget.quotes[static_cast<std::size_t>(row)]);
    if (path.ends_with(".xlsx"))
        return QString::fromStdString(vb::writeQuoteXlsx(p, m_budget, q, lang(), path));
    const auto langs = lang() == vb::Lang::En ? vb::QuoteLangs::En : vb::QuoteLangs::ZhTW;
    std::string error;
    return vb::documents::writeDocument(vb::quoteCostSheetHtml(p, m_budget, q, static_cast<std::size_t>(row), langs), path, error)
        ? QString()
        : QString::fromStdString(error);
}

namespace {
vb::BudgetLineFields lineFieldsFrom(const QVariantMap &m)
{
    vb::BudgetLineFields f;
    f.description.en = m.value(QStringLiteral("descriptionEn")).toString().toStdString();
    f.description.zh = m.value(QStringLiteral("descriptionZh")).toString().toStdString();
    f.category = vb::parseCategory(m.value(QStringLiteral("category")).toString().toStdString()).value_or(vb::CostCategory::Other);
    f.basis = vb::parseBasis(m.value(QStringLiteral("basis")).toString().toStdString()).value_or(vb::QuantityBasis::Fixed);
    const auto number = [&](const char *key) {
        const QVariant v = m.value(QLatin1String(key));
        return v.isValid() && !v.isNull() ? v.toDouble() : std::nan("");
    };
    f.unitCost = number("unitCost");
    f.quantity = number("quantity");
    f.currency = m.value(QStringLiteral("currency"), QStringLiteral("TWD")).toString().toStdString();
    f.status = vb::parseStatus(m.value(QStringLiteral("status")).toString().toStdString()).value_or(vb::QuoteStatus::Estimate);
    f.formats = 0;
    for (auto e : vb::kAllFormats)
        if (m.value(QLatin1String(vb::formatKey(e))).toBool())
            f.formats |= 1u << static_cast<int>(e);
    f.serviceCharge = m.value(QStringLiteral("serviceCharge")).toBool();
    f.tax = vb::parseTax(m.value(QStringLiteral("tax")).toString().toStdString()).value_or(vb::TaxTreatment::Excluded);
    return f;
}

QVariantMap refusal(const vb::BudgetEditError &e)
{
    if (e.ok())
        return {};
    return {{QStringLiteral("field"), QString::fromStdString(e.field)}, {QStringLiteral("message"), QString::fromStdString(e.message)}};
}
} // namespace

QVariantList BudgetController::lineChoices(const QString &field) const
{
    const auto l = lang();
    QVariantList out;
    const auto add = [&](const std::string &key, const std::string &text) {
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromStdString(key)}, {QStringLiteral("text"), QString::fromStdString(text)}});
    };
    if (field == QLatin1String("category")) {
        for (int c = 0; c < vb::kCategoryCount; ++c)
            add(vb::categoryKey(static_cast<vb::CostCategory>(c)), vb::categoryName(static_cast<vb::CostCategory>(c), l));
    } else if (field == QLatin1String("basis")) {
        for (auto b : {vb::QuantityBasis::Fixed, vb::QuantityBasis::PerAttendee, vb::QuantityBasis::PerOnsiteAttendee, vb::QuantityBasis::PerOnlineAttendee,
                       vb::QuantityBasis::PerDay, vb::QuantityBasis::PerAttendeeDay, vb::QuantityBasis::PerRoomNight, vb::QuantityBasis::PerM2})
            add(vb::basisKey(b), vb::basisName(b, l));
    } else if (field == QLatin1String("currency")) {
        const auto &meta = m_projectController.project().meta;
        add(meta.currency, meta.currency);
        for (const auto &r : meta.fxRates)
            if (r.currency != meta.currency)
                add(r.currency, r.currency);
    }
    return out;
}

QVariantMap BudgetController::lineFields(int line) const
{
    const auto f = vb::budgetLineFields(m_projectController.project(), line < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(line));
    QVariantMap m{{QStringLiteral("descriptionEn"), QString::fromStdString(f.description.en)},
                  {QStringLiteral("descriptionZh"), QString::fromStdString(f.description.zh)},
                  {QStringLiteral("category"), QString::fromLatin1(vb::categoryKey(f.category))},
                  {QStringLiteral("basis"), QString::fromLatin1(vb::basisKey(f.basis))},
                  {QStringLiteral("unitCost"), f.unitCost},
                  {QStringLiteral("quantity"), f.quantity},
                  {QStringLiteral("currency"), QString::fromStdString(f.currency)},
                  {QStringLiteral("status"), QString::fromLatin1(vb::statusKey(f.status))},
                  {QStringLiteral("serviceCharge"), f.serviceCharge},
                  {QStringLiteral("tax"), QString::fromLatin1(vb::taxKey(f.tax))}};
    for (auto e : vb::kAllFormats)
        m.insert(QLatin1String(vb::formatKey(e)), vb::appliesTo(f.formats, e));
    return m;
}

QVariantMap BudgetController::applyEdit(const QString &label, const std::function<vb::BudgetEditError(vb::Project &)> &f)
{
    vb::BudgetEditError refused;
    (void)m_projectController.editSections(label, {}, vb::budgetEditChange([&](vb::Project &p) {
        refused = f(p);
        return refused;
    }));
    return refusal(refused);
}

QVariantMap BudgetController::addLine(const QVariantMap &fields)
{
    const auto l = lang();
    const auto f = lineFieldsFrom(fields);
    return applyEdit(QString::fromStdString(vb::tr(l, "budgetedit.label_add", {f.description.get(l)})),
                     [&](vb::Project &p) { return vb::addBudgetLine(p, f, l); });
}

QVariantMap BudgetController::updateLine(int line, const QVariantMap &fields)
{
    const auto l = lang();
    const auto f = lineFieldsFrom(fields);
    return applyEdit(QString::fromStdString(vb::tr(l, "budgetedit.label_change", {f.description.get(l)})),
                     [&](vb::Project &p) { return vb::setBudgetLine(p, static_cast<std::size_t>(std::max(line, 0)), f, l); });
}

QString BudgetController::removeLine(int line)
{
    const auto l = lang();
    if (line < 0 || line >= static_cast<int>(m_budget.lines.size()))
        return QString::fromStdString(vb::tr(l, "budgetedit.no_line"));
    const auto r = applyEdit(QString::fromStdString(vb::tr(l, "budgetedit.label_delete", {m_budget.lines[static_cast<std::size_t>(line)].description.get(l)})),
                             [&](vb::Project &p) { return vb::removeBudgetLine(p, static_cast<std::size_t>(line), l); });
    return r.value(QStringLiteral("message")).toString();
}

QString BudgetController::moveLine(int line, int delta)
{
    const auto l = lang();
    if (line < 0 || line >= static_cast<int>(m_budget.lines.size()))
        return QString::fromStdString(vb::tr(l, "budgetedit.no_line"));
    const auto r = applyEdit(tr("Move budget line: %1").arg(QString::fromStdString(m_budget.lines[static_cast<std::size_t>(line)].description.get(l))),
                             [&](vb::Project &p) { return vb::moveBudgetLine(p, static_cast<std::size_t>(line), delta, l); });
    return r.value(QStringLiteral("message")).toString();
}

namespace {
/** Where moveAmongPeers takes item index of n (−1 when it stays or there is no such item). */
template<typename Peer>
int moveTarget(std::size_t n, int index, int delta, Peer &&peer)
{
    if (index < 0)
        return -1;
    std::size_t to = static_cast<std::size_t>(index);
    const auto r = vb::moveAmongPeers(n, to, delta, peer, [&to](std::size_t, std::size_t j) { to = j; });
    return r == vb::ListMove::Moved ? static_cast<int>(to) : -1;
}
} // namespace

int BudgetController::lineMoveTarget(int line, int delta) const
{
    const auto &lines = m_budget.lines;
    if (line < 0 || line >= static_cast<int>(lines.size()))
        return -1;
    const auto category = lines[static_cast<std::size_t>(line)].category;
    return moveTarget(lines.size(), line, delta, [&](std::size_t k) { return lines[k].category == category; });
}

QVariantMap BudgetController::setPercents(const QVariantMap &percents)
{
    const auto l = lang();
    const auto get = [&](const char *key) -> std::optional<double> {
        const QVariant v = percents.value(QLatin1String(key));
        return v.isValid() && !v.isNull() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    const auto c = get("contingency"), m = get("managementFee"), s = get("serviceCharge");
    return applyEdit(QString::fromStdString(vb::tr(l, "budgetedit.label_percentages")),
                     [&](vb::Project &p) { return vb::setBudgetPercents(p, c, m, s, l); });
}

QString BudgetController::lineAudit(int line, int format) const
{
    if (line < 0 || format < 0 || format > 2)
        return {};
    return QString::fromStdString(vb::lineAudit(m_projectController.project(), m_budget, static_cast<std::size_t>(line),
                                                static_cast<vb::EventFormat>(format), lang()));
}

namespace {
vb::RevenueItemFields revenueFieldsFrom(const QVariantMap &m)
{
    vb::RevenueItemFields f;
    f.name.en = m.value(QStringLiteral("nameEn")).toString().toStdString();
    f.name.zh = m.value(QStringLiteral("nameZh")).toString().toStdString();
    f.type = vb::parseRevenueType(m.value(QStringLiteral("type")).toString().toStdString()).value_or(vb::RevenueType::Other);
    const auto number = [&](const char *key) {
        const QVariant v = m.value(QLatin1String(key));
        return v.isValid() && !v.isNull() ? v.toDouble() : std::nan("");
    };
    f.amount = number("amount");
    f.quantity = number("quantity");
    f.sharePercent = number("share");
    f.currency = m.value(QStringLiteral("currency"), QStringLiteral("TWD")).toString().toStdString();
    f.unit = m.value(QStringLiteral("unit")).toString().toStdString();
    f.onlineAudience = m.value(QStringLiteral("onlineAudience")).toBool();
    f.formats = 0;
    for (auto e : vb::kAllFormats)
        if (m.value(QLatin1String(vb::formatKey(e))).toBool())
            f.formats |= 1u << static_cast<int>(e);
    f.source = m.value(QStringLiteral("source")).toString().toStdString();
    return f;
}
} // namespace

QVariantList BudgetController::revenueTypeChoices() const
{
    QVariantList out;
    for (int k = 0; k < vb::kRevenueTypeCount; ++k) {
        const auto t = static_cast<vb::RevenueType>(k);
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(vb::revenueTypeKey(t))},
                               {QStringLiteral("text"), QString::fromUtf8(vb::revenueTypeName(t, lang()))}});
    }
    return out;
}

QVariantMap BudgetController::revenueFields(int item) const
{
    const auto f = vb::revenueItemFields(m_projectController.project(), item < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(item));
    QVariantMap m{{QStringLiteral("nameEn"), QString::fromStdString(f.name.en)},
                  {QStringLiteral("nameZh"), QString::fromStdString(f.name.zh)},
                  {QStringLiteral("type"), QString::fromLatin1(vb::revenueTypeKey(f.type))},
                  {QStringLiteral("amount"), f.amount},
                  {QStringLiteral("currency"), QString::fromStdString(f.currency)},
                  {QStringLiteral("quantity"), f.quantity},
                  {QStringLiteral("unit"), QString::fromStdString(f.unit)},
                  {QStringLiteral("onlineAudience"), f.onlineAudience},
                  {QStringLiteral("share"), f.sharePercent},
                  {QStringLiteral("source"), QString::fromStdString(f.source)}};
    for (auto e : vb::kAllFormats)
        m.insert(QLatin1String(vb::formatKey(e)), vb::appliesTo(f.formats, e));
    return m;
}

QVariantMap BudgetController::addRevenue(const QVariantMap &fields)
{
    const auto l = lang();
    const auto f = revenueFieldsFrom(fields);
    return applyEdit(QString::fromStdString(vb::tr(l, "revenueedit.label_add", {f.name.get(l).empty() ? f.name.en + f.name.zh : f.name.get(l)})),
                     [&](vb::Project &p) { return vb::addRevenueItem(p, f, l); });
}

QVariantMap BudgetController::updateRevenue(int item, const QVariantMap &fields)
{
    const auto l = lang();
    const auto f = revenueFieldsFrom(fields);
    return applyEdit(QString::fromStdString(vb::tr(l, "revenueedit.label_change", {f.name.get(l).empty() ? f.name.en + f.name.zh : f.name.get(l)})),
                     [&](vb::Project &p) { return vb::setRevenueItem(p, static_cast<std::size_t>(std::max(item, 0)), f, l); });
}

QString BudgetController::removeRevenue(int item)
{
    const auto l = lang();
    if (item < 0 || item >= static_cast<int>(m_budget.revenue.size()))
        return QString::fromStdString(vb::tr(l, "revenueedit.no_item"));
    const auto r = applyEdit(QString::fromStdString(vb::tr(l, "revenueedit.label_delete", {m_budget.revenue[static_cast<std::size_t>(item)].name.get(l)})),
                             [&](vb::Project &p) { return vb::removeRevenueItem(p, static_cast<std::size_t>(item), l); });
    return r.value(QStringLiteral("message")).toString();
}

QString BudgetController::moveRevenue(int item, int delta)
{
    const auto l = lang();
    if (item < 0 || item >= static_cast<int>(m_budget.revenue.size()))
        return QString::fromStdString(vb::tr(l, "revenueedit.no_item"));
    const auto r = applyEdit(tr("Move revenue item: %1").arg(QString::fromStdString(m_budget.revenue[static_cast<std::size_t>(item)].name.get(l))),
                             [&](vb::Project &p) { return vb::moveRevenueItem(p, static_cast<std::size_t>(item), delta, l); });
    return r.value(QStringLiteral("message")).toString();
}

int BudgetController::revenueMoveTarget(int item, int delta) const
{
    if (item < 0 || item >= static_cast<int>(m_budget.revenue.size()))
        return -1;
    return moveTarget(m_budget.revenue.size(), item, delta, [](std::size_t) { return true; });
}

QVariantMap BudgetController::nextQuoteFields() const
{
    const auto f = vb::nextQuoteVersionFields(m_projectController.project(), QDate::currentDate().toString(Qt::ISODate).toStdString());
    return {{QStringLiteral("issued"), QString::fromStdString(f.issued)},
            {QStringLiteral("format"), QString::fromLatin1(vb::formatKey(f.format))},
            {QStringLiteral("markup"), f.markupPercent},
            {QStringLiteral("discount"), f.discountPercent},
            {QStringLiteral("validUntil"), QString::fromStdString(f.validUntil)},
            {QStringLiteral("paymentTermsEn"), QString::fromStdString(f.paymentTerms.en)},
            {QStringLiteral("paymentTermsZh"), QString::fromStdString(f.paymentTerms.zh)},
            {QStringLiteral("changeNoteEn"), QString()},
            {QStringLiteral("changeNoteZh"), QString()},
            {QStringLiteral("detail"), f.detail == vb::QuoteDetail::Lines ? QStringLiteral("lines") : QStringLiteral("categories")}};
}

QVariantMap BudgetController::addQuoteVersion(const QVariantMap &m)
{
    const auto l = lang();
    const auto text = [&](const char *key) { return m.value(QLatin1String(key)).toString().toStdString(); };
    const auto number = [&](const char *key) {
        const QVariant v = m.value(QLatin1String(key));
        return v.isValid() && !v.isNull() ? v.toDouble() : std::nan("");
    };
    vb::QuoteVersionFields f;
    f.issued = text("issued");
    f.format = vb::parseFormat(text("format")).value_or(vb::EventFormat::Onsite);
    f.markupPercent = number("markup");
    f.discountPercent = number("discount");
    f.validUntil = text("validUntil");
    f.paymentTerms = {text("paymentTermsZh"), text("paymentTermsEn")};
    f.changeNote = {text("changeNoteZh"), text("changeNoteEn")};
    f.detail = text("detail") == "lines" ? vb::QuoteDetail::Lines : vb::QuoteDetail::Categories;
    const int next = static_cast<int>(m_budget.quotes.size()) + 1;
    return applyEdit(QString::fromStdString(vb::tr(l, "quoteedit.label_add", {std::to_string(next)})),
                     [&](vb::Project &p) { return vb::addQuoteVersion(p, f, l); });
}

QString BudgetController::categoryChart() const
{
    if (!m_hasBudget)
        return {};
    return QString::fromStdString(vb::svg::barChartSvg(vb::budgetCategoryChart(m_projectController.project(), m_summary, lang())));
}

QStringList BudgetController::breakEvenCharts() const
{
    QStringList out;
    if (!m_hasBudget)
        return out;
    for (auto f : vb::kAllFormats) {
        const auto c = vb::breakEvenChart(m_projectController.project(), m_budget, m_summary.formats[static_cast<std::size_t>(f)], f, lang());
        out << (c.xs.empty() ? QString() : QString::fromStdString(vb::svg::lineChartSvg(c)));
    }
    return out;
}
