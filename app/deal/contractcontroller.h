// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deal.h"
#include "projectclient.h"

#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The contract page (T1.4, P1.4.2–P1.4.3, O1.4.1): parties, status draft → agreed → signed, the agreed quote version
 *  and its price, the payment schedule (edited as a draft, applied whole because its shares must add up to 100 %),
 *  late penalty, cancellation and postponement scales, stamp duty, the user's clause texts with a preview of the
 *  contract in the UI language, the differences from the agreed amounts, the amounts owed on a date (the function of
 *  `venuebid-cli contract --on DATE`) and the exports (the function of `venuebid-cli report --kind contract`). Every
 *  change is one edit of models/deal/dealedit.h through ProjectController::editSections (one undo step). */
class ContractController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasContract READ hasContract NOTIFY changed)
    /** The settings for the form: {governmentClient, clientZh, clientEn, contractorZh, contractorEn, eventZh, eventEn,
     *  courtZh, courtEn, quoteVersion, bond (fraction), perDay, partial (‰), cap (fraction), stampDuty (key), gdpr,
     *  status (key), agreedDate, signedDate}; a QVariant so that Qt 6.4's qmllint does not check the keys. */
    Q_PROPERTY(QVariant terms READ terms NOTIFY changed)
    /** {key, name}: the statuses, the stamp-duty types and the quote versions ("1", "v1 · on site · 2027-03-01"). */
    Q_PROPERTY(QVariantList statuses READ statuses NOTIFY changed)
    Q_PROPERTY(QVariantList stampDuties READ stampDuties NOTIFY changed)
    Q_PROPERTY(QVariantList quoteVersions READ quoteVersions NOTIFY changed)
    /** "甲方"/"the Client" … as the contract names the two parties. */
    Q_PROPERTY(QString clientRole READ clientRole NOTIFY changed)
    Q_PROPERTY(QString contractorRole READ contractorRole NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    /** The price of the agreed quote version: heading, {item, amount} rows and the amount in Chinese words. */
    Q_PROPERTY(QString priceHeading READ priceHeading NOTIFY changed)
    Q_PROPERTY(QVariantList priceRows READ priceRows NOTIFY changed)
    Q_PROPERTY(QString priceWords READ priceWords NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    /** The payment schedule being edited: {zh, en, percent (points), due, amount}; the sum and, when it is not 100 %,
     *  why it cannot be applied; dirty while it differs from the project's. */
    Q_PROPERTY(QVariantList payments READ payments NOTIFY paymentsChanged)
    Q_PROPERTY(QString paymentSum READ paymentSum NOTIFY paymentsChanged)
    Q_PROPERTY(QString paymentProblem READ paymentProblem NOTIFY paymentsChanged)
    Q_PROPERTY(bool paymentsDirty READ paymentsDirty NOTIFY paymentsChanged)
    /** {party, partyName, name, title, date}. */
    Q_PROPERTY(QVariantList signatories READ signatories NOTIFY changed)
    /** The scales: {days, percent (points), text ("from 90 days before"), amount}. */
    Q_PROPERTY(QVariantList cancellation READ cancellation NOTIFY changed)
    Q_PROPERTY(QVariantList postponement READ postponement NOTIFY changed)
    /** The late-penalty article and the stamp-duty article as the contract states them. */
    Q_PROPERTY(QString lateText READ lateText NOTIFY changed)
    Q_PROPERTY(QString stampText READ stampText NOTIFY changed)
    /** The differences from the agreed amounts: {item, agreed, now}, or the sentence that there are none. */
    Q_PROPERTY(QVariantList differences READ differences NOTIFY changed)
    Q_PROPERTY(QString differencesText READ differencesText NOTIFY changed)
    /** The amounts owed on owedDate with owedLateDays late days, as venuebid-cli contract prints them. */
    Q_PROPERTY(QString owedDate READ owedDate NOTIFY owedChanged)
    Q_PROPERTY(int owedLateDays READ owedLateDays NOTIFY owedChanged)
    Q_PROPERTY(QStringList owedLines READ owedLines NOTIFY owedChanged)
    Q_PROPERTY(QString owedDue READ owedDue NOTIFY owedChanged)
    Q_PROPERTY(QString owedProblem READ owedProblem NOTIFY owedChanged)
    /** The clauses the user may write: {key, name} (the built-in articles, then the project's own clauses). */
    Q_PROPERTY(QVariantList clauseChoices READ clauseChoices NOTIFY changed)
    /** The whole contract as plain text in the UI language, the project's figures filled in. */
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    /** checkContract's problems in the UI language: {error, text}. */
    Q_PROPERTY(QVariantList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit ContractController(QObject *parent = nullptr);
    ~ContractController() override;

    [[nodiscard]] bool hasContract() const { return m_has; }
    [[nodiscard]] QVariant terms() const { return m_terms; }
    [[nodiscard]] QVariantList statuses() const { return m_statuses; }
    [[nodiscard]] QVariantList stampDuties() const { return m_stampDuties; }
    [[nodiscard]] QVariantList quoteVersions() const { return m_quoteVersions; }
    [[nodiscard]] QString clientRole() const { return m_clientRole; }
    [[nodiscard]] QString contractorRole() const { return m_contractorRole; }
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] QString priceHeading() const { return m_priceHeading; }
    [[nodiscard]] QVariantList priceRows() const { return m_priceRows; }
    [[nodiscard]] QString priceWords() const { return m_priceWords; }
    [[nodiscard]] QString totalText() const { return m_totalText; }
    [[nodiscard]] QVariantList payments() const { return m_payments; }
    [[nodiscard]] QString paymentSum() const { return m_paymentSum; }
    [[nodiscard]] QString paymentProblem() const { return m_paymentProblem; }
    [[nodiscard]] bool paymentsDirty() const { return m_paymentsDirty; }
    [[nodiscard]] QVariantList signatories() const { return m_signatories; }
    [[nodiscard]] QVariantList cancellation() const { return m_cancellation; }
    [[nodiscard]] QVariantList postponement() const { return m_postponement; }
    [[nodiscard]] QString lateText() const { return m_lateText; }
    [[nodiscard]] QString stampText() const { return m_stampText; }
    [[nodiscard]] QVariantList differences() const { return m_differences; }
    [[nodiscard]] QString differencesText() const { return m_differencesText; }
    [[nodiscard]] QString owedDate() const { return m_owedDate; }
    [[nodiscard]] int owedLateDays() const { return m_owedLateDays; }
    [[nodiscard]] QStringList owedLines() const { return m_owedLines; }
    [[nodiscard]] QString owedDue() const { return m_owedDue; }
    [[nodiscard]] QString owedProblem() const { return m_owedProblem; }
    [[nodiscard]] QVariantList clauseChoices() const { return m_clauseChoices; }
    [[nodiscard]] QString preview() const { return m_preview; }
    [[nodiscard]] QVariantList problems() const { return m_problems; }
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }

    /** Starts a draft contract for the budget's last quote version (one undo step). */
    Q_INVOKABLE QString start();
    /** Sets one key of terms (not the status): one undo step; "" or the problems in words. */
    Q_INVOKABLE QString setTerm(const QString &key, const QVariant &value);
    /** draft / agreed / signed on date (YYYY-MM-DD; not needed for draft). */
    Q_INVOKABLE QString setStatus(const QString &status, const QString &date);
    /** The payment draft: edit a row's key ("zh", "en", "percent" in points, "due"), add a row, delete one, put the
     *  project's schedule back, or apply the draft to the project (one undo step; refused unless it sums to 100 %). */
    Q_INVOKABLE void setPaymentField(int index, const QString &key, const QVariant &value);
    Q_INVOKABLE void addPayment();
    Q_INVOKABLE void removePayment(int index);
    Q_INVOKABLE void resetPayments();
    Q_INVOKABLE QString applyPayments();
    /** Signatories: index == the count appends; {party, name, title, date}. */
    Q_INVOKABLE QString setSignatory(int index, const QVariantMap &fields);
    Q_INVOKABLE QString removeSignatory(int index);
    /** A scale row (which: "cancellation" or "postponement"; index == the count appends). */
    Q_INVOKABLE QString setScaleRow(const QString &which, int index, const QVariant &days, const QVariant &percentPoints);
    Q_INVOKABLE QString removeScaleRow(const QString &which, int index);
    /** The clause texts of id: {zh, en, titleZh, titleEn}. */
    Q_INVOKABLE [[nodiscard]] QVariant clauseFields(const QString &id) const;
    /** Stores the clause texts of id (both empty: removes the clause). */
    Q_INVOKABLE QString setClause(const QString &id, const QString &titleZh, const QString &titleEn, const QString &zh, const QString &en);
    /** Computes the amounts owed on date with lateDays days late (also kept across refreshes). */
    Q_INVOKABLE void computeOwed(const QString &date, const QVariant &lateDays);
    /** checkContract's warnings in words: an export with them asks first (as --allow-warnings). */
    Q_INVOKABLE [[nodiscard]] QStringList exportWarnings() const;
    /** Writes the contract ("en", "zh-TW" or "both") to pathOrUrl (.pdf, .odt or .html) in the background, with the
     *  warnings listed on its first page when there are any; exportFinished follows. */
    Q_INVOKABLE void exportDocument(const QString &langs, const QString &pathOrUrl);
    /** The name the save dialog appends to the project's name. */
    Q_INVOKABLE [[nodiscard]] QString suggestedSuffix(const QString &langs) const;

Q_SIGNALS:
    void changed();
    void paymentsChanged();
    void owedChanged();
    void busyChanged();
    void exportFinished(const QString &path, const QString &error);

private:
    void refresh() override;
    void fillPayments();
    void fillOwed();

    bool m_has = false;
    QVariant m_terms;
    QVariantList m_statuses, m_stampDuties, m_quoteVersions, m_priceRows, m_payments, m_signatories, m_cancellation, m_postponement, m_differences,
        m_clauseChoices, m_problems;
    QString m_clientRole, m_contractorRole, m_statusText, m_priceHeading, m_priceWords, m_totalText, m_paymentSum, m_paymentProblem, m_lateText,
        m_stampText, m_differencesText, m_preview;
    bool m_paymentsDirty = false;
    QString m_owedDate;
    int m_owedLateDays = 0;
    QStringList m_owedLines;
    QString m_owedDue, m_owedProblem;
    std::vector<vb::deal::PaymentMilestone> m_draft;
    QFutureWatcher<QString> m_watcher;
    QString m_exportPath;
};
