// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The negotiation page (T1.4, P1.4.1), internal: the price floor, target and opening from the budget of the chosen
 *  format, the zone of possible agreement on a price line, the concession steps, the trade-offs and the round log
 *  (models/deal) — the numbers and texts of `venuebid-cli negotiation`. Every change is one edit of
 *  models/deal/dealedit.h applied through ProjectController::editSections (one undo step); a refused change
 *  comes back as words in the UI language. */
class NegotiationController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasNegotiation READ hasNegotiation NOTIFY changed)
    /** The settings: format and fee-model keys, margins as fractions, amounts as numbers (null: not stated). */
    Q_PROPERTY(QString formatKey READ formatKey NOTIFY changed)
    Q_PROPERTY(QString feeModelKey READ feeModelKey NOTIFY changed)
    Q_PROPERTY(double minMargin READ minMargin NOTIFY changed)
    Q_PROPERTY(double targetMargin READ targetMargin NOTIFY changed)
    Q_PROPERTY(QVariant batna READ batna NOTIFY changed)
    Q_PROPERTY(QVariant clientReservation READ clientReservation NOTIFY changed)
    Q_PROPERTY(QVariant opening READ opening NOTIFY changed)
    Q_PROPERTY(bool governmentTender READ governmentTender NOTIFY changed)
    Q_PROPERTY(QVariant roundLimit READ roundLimit NOTIFY changed)
    /** {key, name} of the formats and of the fee models, in the UI language. */
    Q_PROPERTY(QVariantList formats READ formats NOTIFY changed)
    Q_PROPERTY(QVariantList feeModels READ feeModels NOTIFY changed)
    /** The price range as `venuebid-cli negotiation` lists it: {item, amount} (cost, floor, target, opening, BATNA,
     *  client's ceiling, walk-away). */
    Q_PROPERTY(QVariantList rangeRows READ rangeRows NOTIFY changed)
    Q_PROPERTY(QString floorText READ floorText NOTIFY changed)
    Q_PROPERTY(QString targetText READ targetText NOTIFY changed)
    Q_PROPERTY(QString openingText READ openingText NOTIFY changed)
    /** "zone", "none" or "unknown", and the sentence that says it. */
    Q_PROPERTY(QString zoneState READ zoneState NOTIFY changed)
    Q_PROPERTY(QString zoneText READ zoneText NOTIFY changed)
    /** The price line: marks {key, label, amount, at (0…1 along the line), lane (0–2)} and the zone's ends (0…1; -1 without). */
    Q_PROPERTY(QVariantList marks READ marks NOTIFY changed)
    Q_PROPERTY(double zoneFrom READ zoneFrom NOTIFY changed)
    Q_PROPERTY(double zoneTo READ zoneTo NOTIFY changed)
    /** The concession steps: {step, concession, price, margin, tax, withTax, belowFloor, note}. */
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    /** The trade-offs: {line, cost, note, found}. */
    Q_PROPERTY(QVariantList tradeOffs READ tradeOffs NOTIFY changed)
    /** The round log: {number, date, party, partyName, offer, offerText, given, received, status, statusName}. */
    Q_PROPERTY(QVariantList rounds READ rounds NOTIFY changed)
    /** {key, name} of the parties and of the round statuses. */
    Q_PROPERTY(QVariantList parties READ parties NOTIFY changed)
    Q_PROPERTY(QVariantList statuses READ statuses NOTIFY changed)
    /** The 採購法 §56 line for a government tender ("" otherwise). */
    Q_PROPERTY(QString tenderText READ tenderText NOTIFY changed)
    /** checkNegotiation's problems in the UI language, one sentence each: {error, text}. */
    Q_PROPERTY(QVariantList problems READ problems NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    [[nodiscard]] bool hasNegotiation() const { return m_has; }
    [[nodiscard]] QString formatKey() const { return m_formatKey; }
    [[nodiscard]] QString feeModelKey() const { return m_feeModelKey; }
    [[nodiscard]] double minMargin() const { return m_minMargin; }
    [[nodiscard]] double targetMargin() const { return m_targetMargin; }
    [[nodiscard]] QVariant batna() const { return m_batna; }
    [[nodiscard]] QVariant clientReservation() const { return m_reservation; }
    [[nodiscard]] QVariant opening() const { return m_opening; }
    [[nodiscard]] bool governmentTender() const { return m_tender; }
    [[nodiscard]] QVariant roundLimit() const { return m_roundLimit; }
    [[nodiscard]] QVariantList formats() const { return m_formats; }
    [[nodiscard]] QVariantList feeModels() const { return m_feeModels; }
    [[nodiscard]] QVariantList rangeRows() const { return m_rangeRows; }
    [[nodiscard]] QString floorText() const { return m_floorText; }
    [[nodiscard]] QString targetText() const { return m_targetText; }
    [[nodiscard]] QString openingText() const { return m_openingText; }
    [[nodiscard]] QString zoneState() const { return m_zoneState; }
    [[nodiscard]] QString zoneText() const { return m_zoneText; }
    [[nodiscard]] QVariantList marks() const { return m_marks; }
    [[nodiscard]] double zoneFrom() const { return m_zoneFrom; }
    [[nodiscard]] double zoneTo() const { return m_zoneTo; }
    [[nodiscard]] QVariantList steps() const { return m_steps; }
    [[nodiscard]] QVariantList tradeOffs() const { return m_tradeOffs; }
    [[nodiscard]] QVariantList rounds() const { return m_rounds; }
    [[nodiscard]] QVariantList parties() const { return m_parties; }
    [[nodiscard]] QVariantList statuses() const { return m_statuses; }
    [[nodiscard]] QString tenderText() const { return m_tenderText; }
    [[nodiscard]] QVariantList problems() const { return m_problems; }

    /** Starts a negotiation plan with the default margins (one undo step). Returns "" or why not, in words. */
    Q_INVOKABLE QString start();
    /** Sets one setting: "format", "fee_model" (keys), "min_margin", "target_margin" (fractions), "batna",
     *  "client_reservation", "opening" (whole TWD; null or "" clears), "government_tender" (bool), "round_limit"
     *  (a count; null clears). One undo step; returns "" or the problems in words. */
    Q_INVOKABLE QString setTerm(const QString &key, const QVariant &value);
    /** Sets concession `index` (== the count appends): amount in TWD and a note. */
    Q_INVOKABLE QString setConcession(int index, const QVariant &amount, const QString &note);
    Q_INVOKABLE QString removeConcession(int index);
    /** Sets round `index` (== the count appends): {date, party, offer, given, received, status}. */
    Q_INVOKABLE QString setRound(int index, const QVariantMap &fields);
    Q_INVOKABLE QString removeRound(int index);

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_has = false;
    QString m_formatKey, m_feeModelKey;
    double m_minMargin = 0, m_targetMargin = 0;
    QVariant m_batna, m_reservation, m_opening, m_roundLimit;
    bool m_tender = false;
    QVariantList m_formats, m_feeModels, m_rangeRows, m_marks, m_steps, m_tradeOffs, m_rounds, m_parties, m_statuses, m_problems;
    QString m_floorText, m_targetText, m_openingText, m_zoneState, m_zoneText, m_tenderText;
    double m_zoneFrom = -1, m_zoneTo = -1;
};
