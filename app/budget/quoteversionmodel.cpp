// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteversionmodel.h"
#include "numbers.h"

#include "quote.h"

#include <QStringList>

QuoteVersionModel::QuoteVersionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void QuoteVersionModel::setBudget(const vb::Project *project, const vb::Budget *budget, vb::Lang lang)
{
    beginResetModel();
    m_project = project;
    m_budget = budget;
    m_lang = lang;
    endResetModel();
    Q_EMIT countChanged();
}

int QuoteVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_budget || !m_project ? 0 : static_cast<int>(m_budget->quotes.size());
}

QVariant QuoteVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto i = static_cast<std::size_t>(index.row());
    const auto &v = m_budget->quotes[i];
    const auto money = [](vb::Money m) { return QString::fromStdString(vb::groupThousands(m)); };
    const auto pct = [](int bp) { return QString::fromStdString(vb::formatGroupedHundredths(bp)) + QStringLiteral(" %"); };
    switch (role) {
    case Qt::DisplayRole:
    case VersionRole: return QStringLiteral("v%1").arg(v.version);
    case IssuedRole: return QString::fromStdString(v.issued);
    case FormatRole: {
        static const char *const kNames[2][3] = {{"實體", "混合", "線上"}, {"on-site", "hybrid", "online"}};
        return QString::fromUtf8(kNames[m_lang == vb::Lang::ZhTW ? 0 : 1][static_cast<int>(v.format)]);
    }
    case TermsRole:
        return tr("markup %1 · discount %2 · valid until %3").arg(pct(v.markupBp), pct(v.discountBp), QString::fromStdString(v.validUntil));
    case BeforeTaxRole: return money(vb::computeQuote(*m_project, *m_budget, v).beforeTax);
    case TaxRole: return money(vb::computeQuote(*m_project, *m_budget, v).tax);
    case TotalRole: return money(vb::computeQuote(*m_project, *m_budget, v).total);
    case ChangedRole: return vb::computeQuote(*m_project, *m_budget, v).changedSinceIssued();
    case ChangesRole: {
        QStringList out;
        for (const auto &s : vb::quoteChanges(*m_budget, i, m_lang))
            out << QString::fromStdString(s);
        return out;
    }
    case PaymentTermsRole: return QString::fromStdString(v.paymentTerms.get(m_lang));
    default: return {};
    }
}

QHash<int, QByteArray> QuoteVersionModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {VersionRole, "version"},     {IssuedRole, "issued"},   {FormatRole, "formatName"},
            {TermsRole, "terms"},         {BeforeTaxRole, "beforeTax"}, {TaxRole, "tax"},         {TotalRole, "total"},
            {ChangedRole, "changed"},     {ChangesRole, "changes"},     {PaymentTermsRole, "paymentTerms"}};
}
