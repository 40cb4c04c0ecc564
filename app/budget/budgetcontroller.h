// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget.h"
#include "budgetcalc.h"
#include "budgetedit.h"
#include "budgettablemodel.h"
#include "quoteversionmodel.h"
#include "revenuemodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class ProjectController;
class QQmlEngine;
class QJSEngine;

/** The budget, revenue estimate and quote of the open project. Edits go into models/ and recompute
 *  at once; every number is the one `venuebid-cli budget PROJECT --format json` prints for the same budget. */
class BudgetController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasBudget READ hasBudget NOTIFY budgetChanged)
    Q_PROPERTY(BudgetTableModel *table READ table CONSTANT)
    Q_PROPERTY(RevenueModel *revenue READ revenue CONSTANT)
    Q_PROPERTY(QuoteVersionModel *quotes READ quotes CONSTANT)
    /** Per format {format, name, costTotal, costBeforeTax, tax, revenueTotal, surplus, breakEven, roi, exposurePeak,
     *  exposurePeakMonth, committedBeforeRevenue, withinCeiling, scenarios[{name, attendance, subtotal, serviceCharge,
     *  contingency, managementFee, beforeTax, tax, cost, revenue, outputTax, surplus, roi}], breakEvenFeeBefore,
     *  breakEvenFeeAfter, marginOfSafety, payers, breakEvenNotes, outputTax, comparedRevenue, comparedCost, fxAdverse
     *  ("" without a buffer or range),
     *  levers[{text, effect}]}; amounts as text "1,234,567". */
    Q_PROPERTY(QVariantList formats READ formats NOTIFY budgetChanged)
    /** Contingency, management fee, service charge and tax rates as text ("10 %"). */
    Q_PROPERTY(QString ratesText READ ratesText NOTIFY budgetChanged)
    /** The tax basis the budget outputs state (vb::taxBasisText): what surplus, ROI and break-even compare. */
    Q_PROPERTY(QString taxBasisText READ taxBasisText NOTIFY budgetChanged)
    /** The exchange rates with every digit used, source, date and the range checked (vb::fxRateLines). */
    Q_PROPERTY(QString fxRatesText READ fxRatesText NOTIFY budgetChanged)
    Q_PROPERTY(bool organiserTaxRegistered READ organiserTaxRegistered NOTIFY budgetChanged)
    Q_PROPERTY(bool taxOnContingency READ taxOnContingency NOTIFY budgetChanged)
    Q_PROPERTY(bool taxOnManagementFee READ taxOnManagementFee NOTIFY budgetChanged)
    Q_PROPERTY(bool managementFeeOnContingency READ managementFeeOnContingency NOTIFY budgetChanged)
    /** Edits not yet in the project file (see docs/budget.md, "Editing in the GUI"). */
    Q_PROPERTY(bool edited READ edited NOTIFY budgetChanged)
    Q_PROPERTY(double lastRecomputeMs READ lastRecomputeMs NOTIFY budgetChanged)
    /** The contingency, management fee and service charge in percent points (10 for 10 %). */
    /** How many budget lines there are. */
    Q_PROPERTY(int lineCount READ lineCount NOTIFY budgetChanged)
    /** The likely costs by category per format as an SVG chart (vb::budgetCategoryChart; `venuebid-cli chart
     *  --kind budget`), in the UI language; "" without a budget. */
    Q_PROPERTY(QString categoryChart READ categoryChart NOTIFY budgetChanged)
    /** Per format (on site, hybrid, online) its cost and revenue against attendance with the break-even marked, as an
     *  SVG chart (vb::breakEvenChart; `venuebid-cli chart --kind break-even --format F`), in the UI language; "" for
     *  a format that plans no attendees, an empty list without a budget. */
    Q_PROPERTY(QStringList breakEvenCharts READ breakEvenCharts NOTIFY budgetChanged)
    Q_PROPERTY(double contingencyPercent READ contingencyPercent NOTIFY budgetChanged)
    Q_PROPERTY(double managementFeePercent READ managementFeePercent NOTIFY budgetChanged)
    Q_PROPERTY(double serviceChargePercent READ serviceChargePercent NOTIFY budgetChanged)

public:
    BudgetController(ProjectController &project, QObject *parent);
    /** The instance the composition root provided for engine (vb::app::provide). */
    static BudgetController *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool hasBudget() const { return m_hasBudget; }
    [[nodiscard]] BudgetTableModel *table() const { return m_table; }
    [[nodiscard]] RevenueModel *revenue() const { return m_revenue; }
    [[nodiscard]] QuoteVersionModel *quotes() const { return m_quotes; }
    [[nodiscard]] QVariantList formats() const;
    [[nodiscard]] QString ratesText() const;
    [[nodiscard]] QString taxBasisText() const;
    [[nodiscard]] QString fxRatesText() const;
    [[nodiscard]] bool organiserTaxRegistered() const { return m_budget.organiserTaxRegistered; }
    [[nodiscard]] bool taxOnContingency() const { return m_budget.taxOnContingency; }
    [[nodiscard]] bool taxOnManagementFee() const { return m_budget.taxOnManagementFee; }
    [[nodiscard]] bool managementFeeOnContingency() const { return m_budget.managementFeeOnContingency; }
    [[nodiscard]] bool edited() const { return m_edited; }
    [[nodiscard]] double lastRecomputeMs() const { return m_lastMs; }
    [[nodiscard]] int lineCount() const { return static_cast<int>(m_budget.lines.size()); }
    [[nodiscard]] double contingencyPercent() const { return m_budget.contingencyBp / 100.0; }
    [[nodiscard]] double managementFeePercent() const { return m_budget.managementFeeBp / 100.0; }
    [[nodiscard]] double serviceChargePercent() const { return m_budget.serviceChargeBp / 100.0; }
    [[nodiscard]] const vb::Budget &budget() const { return m_budget; }
    [[nodiscard]] const vb::BudgetSummary &summary() const { return m_summary; }

    /** Sets the quantity of budget line `line` (index in the file); false when out of range or negative. */
    Q_INVOKABLE bool setQuantity(int line, double quantity);
    /** Sets the unit cost of budget line `line` in its currency (two decimals). */
    Q_INVOKABLE bool setUnitCost(int line, double unitCost);
    /** Sets a tax-basis setting: "organiser_tax_registered", "tax_on_contingency", "tax_on_management_fee" or
     *  "management_fee_on_contingency" (the keys of the project file); false for another key or no budget. */
    Q_INVOKABLE bool setTaxSetting(const QString &key, bool on);
    /** Writes the budget as .xlsx (live formulas) or .csv; returns an error message or "". */
    Q_INVOKABLE QString exportBudget(const QString &pathOrUrl);
    /** Writes the client quote of version `row` (0-based), bilingual, as .pdf, .odt or .html (prices only, no cost
     *  or markup); returns an error message or "". */
    Q_INVOKABLE QString exportQuote(int row, const QString &pathOrUrl);
    /** Writes the internal cost sheet of version `row` in the UI language as .pdf, .odt, .html or .xlsx (cost,
     *  markup, price and margin); returns an error message or "". */
    Q_INVOKABLE QString exportCostSheet(int row, const QString &pathOrUrl);

    // ---- budget lines and percentages (models/budget/budgetedit.h), each one undo step ----
    /** The choices of a line's field: "category", "basis", "currency" (TWD and the project's exchange rates) as
     *  [{key, text}] (text in the UI language; status and tax are named by the page). */
    Q_INVOKABLE [[nodiscard]] QVariantList lineChoices(const QString &field) const;
    /** A line as its editor shows it: {descriptionEn, descriptionZh, category, basis, unitCost, quantity, currency,
     *  status, onsite, hybrid, online (bools), serviceCharge, tax}; defaults for line −1 (a new one). */
    Q_INVOKABLE [[nodiscard]] QVariantMap lineFields(int line) const;
    /** Adds a line from lineFields' keys; {} when done, else {field, message} (a sentence in the UI language). */
    Q_INVOKABLE QVariantMap addLine(const QVariantMap &fields);
    /** Changes line `line` (its id, vendor, minimums, payments and note stay); as addLine. */
    Q_INVOKABLE QVariantMap updateLine(int line, const QVariantMap &fields);
    /** Deletes line `line`; "" or why not. */
    Q_INVOKABLE QString removeLine(int line);
    /** Moves line `line` one place up (delta −1) or down (+1) among the lines of its category, as the table shows
     *  them; one undo step ("Move budget line: …"); "" or why not. Nothing happens at the first or last of them. */
    Q_INVOKABLE QString moveLine(int line, int delta);
    /** Where moveLine(line, delta) puts the line, −1 when it cannot move (the page disables the button). */
    Q_INVOKABLE [[nodiscard]] int lineMoveTarget(int line, int delta) const;
    /** Sets the percentages given in {contingency, managementFee, serviceCharge} (percent points); as addLine. */
    Q_INVOKABLE QVariantMap setPercents(const QVariantMap &percents);
    /** How line `line`'s figure in format 0 (on site), 1 (hybrid) or 2 (online) is made at the likely attendance
     *  (vb::lineAudit, the text of `venuebid-cli budget --audit`). */
    Q_INVOKABLE [[nodiscard]] QString lineAudit(int line, int format) const;

    [[nodiscard]] QString categoryChart() const;
    [[nodiscard]] QStringList breakEvenCharts() const;

    // ---- quote versions (models/budget/budgetedit.h), each one undo step ----
    /** The next version as its form shows it: {issued, format (key), markup, discount (percent), validUntil,
     *  paymentTermsEn, paymentTermsZh, changeNoteEn, changeNoteZh, detail ("categories" or "lines")}: the last
     *  version's terms, issued today. */
    Q_INVOKABLE [[nodiscard]] QVariantMap nextQuoteFields() const;
    /** Issues the next version from nextQuoteFields' keys with the budget's current totals; {} when done, else
     *  {field, message}. */
    Q_INVOKABLE QVariantMap addQuoteVersion(const QVariantMap &fields);

    // ---- revenue items (models/budget/budgetedit.h), each one undo step ----
    /** The revenue types as [{key, text}] (text in the UI language). */
    Q_INVOKABLE [[nodiscard]] QVariantList revenueTypeChoices() const;
    /** Item `item` as its editor shows it: {nameEn, nameZh, type, amount, currency, quantity, unit ("", "booth", "m2"),
     *  online (bool: share of the online audience), share (percent), onsite, hybrid, online formats as formatOnsite,
     *  formatHybrid, formatOnline (bools), source}; defaults for −1 (a new one). */
    Q_INVOKABLE [[nodiscard]] QVariantMap revenueFields(int item) const;
    /** Adds a revenue item from revenueFields' keys; {} when done, else {field, message}. */
    Q_INVOKABLE QVariantMap addRevenue(const QVariantMap &fields);
    /** Changes item `item` (its id, receipts and note stay); as addRevenue. */
    Q_INVOKABLE QVariantMap updateRevenue(int item, const QVariantMap &fields);
    /** Deletes item `item`; "" or why not. */
    Q_INVOKABLE QString removeRevenue(int item);
    /** Moves item `item` one place up (−1) or down (+1) in the list; as moveLine. */
    Q_INVOKABLE QString moveRevenue(int item, int delta);
    /** Where moveRevenue(item, delta) puts the item, −1 when it cannot move. */
    Q_INVOKABLE [[nodiscard]] int revenueMoveTarget(int item, int delta) const;

Q_SIGNALS:
    void budgetChanged();

private:
    void reload();
    void recompute();
    /** Stores m_budget in the project (ProjectController::editSections: one undo step, marks the project modified). */
    void pushToProject();
    void editApplied(); ///< after an edit: recompute, refresh the table, revenue and quotes, write to the project
    [[nodiscard]] vb::Lang lang() const;
    /** Applies a budget edit as one undo step; {} or {field, message}. */
    QVariantMap applyEdit(const QString &label, const std::function<vb::BudgetEditError(vb::Project &)> &f);

    ProjectController &m_projectController;
    vb::Budget m_budget;
    vb::BudgetSummary m_summary;
    bool m_hasBudget = false;
    bool m_edited = false;
    bool m_pushing = false; ///< inside pushToProject(): the projectChanged it causes is our own
    double m_lastMs = 0;
    BudgetTableModel *m_table;
    RevenueModel *m_revenue;
    QuoteVersionModel *m_quotes;
};
