// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The quotes page (T1.5): the received quotes normalised to one currency and scope, scored, and the best and the
 *  cheapest named (models/bid/quotereview.cpp) — the numbers of `venuebid-cli quotes`. */
class QuoteReviewController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    /** Whether the project has a "received_quotes" section. */
    Q_PROPERTY(bool hasQuotes READ hasQuotes NOTIFY changed)
    /** Per quote, best rank first, every value formatted as in `venuebid-cli quotes --format table`:
     *  {id, rank, supplier, quoted, total, missing, comparable, perAttendee, score (strings; "" when not applicable),
     *   best, cheapest, comparableKnown (bools), notes (QStringList), scores ([{quoteId, criterionId, name, value}])}. */
    Q_PROPERTY(QVariantList quotes READ quotes NOTIFY changed)
    /** "Per attendee over 1,800 attendees; method wsm; tax 5 %". */
    Q_PROPERTY(QString quoteBasis READ quoteBasis NOTIFY changed)
    /** Which quote ranks first and which is the cheapest on the same scope. */
    Q_PROPERTY(QString quoteSummary READ quoteSummary NOTIFY changed)
    /** The quotes on the review's basis as an SVG chart, the cheapest and the best marked (vb::quoteChart;
     *  `venuebid-cli chart --kind quotes`); "" without quotes. */
    Q_PROPERTY(QString quoteChart READ quoteChart NOTIFY changed)
    /** The items every quote must cover, for the quote form's check boxes: {id, name, estimate (formatted)}. */
    Q_PROPERTY(QVariantList inclusions READ inclusions NOTIFY changed)
    /** The currencies a quote can be entered in: TWD and those the project has a rate for. */
    Q_PROPERTY(QStringList currencies READ currencies NOTIFY changed)

public:
    using ProjectClient::ProjectClient;

    /** Sets the user's score of a received quote on a `score` criterion ("" = unknown), as one undo step; "" or the
     *  problems. */
    Q_INVOKABLE QString setQuoteScore(const QString &quoteId, const QString &criterionId, const QString &value);

    /** Adds a received quote (its id is made from the supplier's name), as one undo step. tax: "excluded" (未稅),
     *  "included" (含稅) or "exempt"; service: "none", "excluded" or "included"; includes: inclusion ids. Returns
     *  {error, field, warning}: error "" when it was added, else why, in words; field names the form field at fault
     *  ("supplier", "amount", "currency", "includes" or ""); warning a remark on an accepted quote. */
    Q_INVOKABLE QVariantMap addQuote(const QString &supplier, const QString &amount, const QString &currency, const QString &tax,
                                     const QString &service, const QStringList &includes);
    /** Changes quote id's supplier, amount, currency, tax, service charge and inclusions (its scores are kept), as
     *  one undo step; returns as addQuote. */
    Q_INVOKABLE QVariantMap setQuote(const QString &id, const QString &supplier, const QString &amount, const QString &currency,
                                     const QString &tax, const QString &service, const QStringList &includes);
    /** Deletes quote id, as one undo step; "" or why not. */
    Q_INVOKABLE QString removeQuote(const QString &id);

    [[nodiscard]] bool hasQuotes() const { return m_hasQuotes; }
    [[nodiscard]] QVariantList quotes() const { return m_quotes; }
    [[nodiscard]] QString quoteBasis() const { return m_quoteBasis; }
    [[nodiscard]] QString quoteSummary() const { return m_quoteSummary; }
    [[nodiscard]] QString quoteChart() const { return m_quoteChart; }
    [[nodiscard]] QVariantList inclusions() const { return m_inclusions; }
    [[nodiscard]] QStringList currencies() const { return m_currencies; }

Q_SIGNALS:
    void changed();

private:
    void refresh() override;
    /** Reads the form into an entry, or returns the reason (for the field named in *field) when a text is refused. */
    QVariantMap enterQuote(const QString &id, const QString &supplier, const QString &amount, const QString &currency,
                           const QString &tax, const QString &service, const QStringList &includes);

    bool m_hasQuotes = false;
    QVariantList m_quotes, m_inclusions;
    QStringList m_currencies;
    QString m_quoteBasis, m_quoteSummary, m_quoteChart;
};
