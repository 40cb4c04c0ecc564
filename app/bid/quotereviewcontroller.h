// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectclient.h"

#include <QString>
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

public:
    using ProjectClient::ProjectClient;

    /** Sets the user's score of a received quote on a `score` criterion ("" = unknown), as one undo step; "" or the
     *  problems. */
    Q_INVOKABLE QString setQuoteScore(const QString &quoteId, const QString &criterionId, const QString &value);

    [[nodiscard]] bool hasQuotes() const { return m_hasQuotes; }
    [[nodiscard]] QVariantList quotes() const { return m_quotes; }
    [[nodiscard]] QString quoteBasis() const { return m_quoteBasis; }
    [[nodiscard]] QString quoteSummary() const { return m_quoteSummary; }

Q_SIGNALS:
    void changed();

private:
    void refresh() override;

    bool m_hasQuotes = false;
    QVariantList m_quotes;
    QString m_quoteBasis, m_quoteSummary;
};
