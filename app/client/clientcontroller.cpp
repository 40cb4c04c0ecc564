// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientcontroller.h"

#include "analysis.h"
#include "clientapply.h"
#include "clientedit.h"
#include "conversions.h"
#include "numberformat.h"
#include "numbers.h"
#include "projectcontroller.h"
#include "venueranking.h"

#include <algorithm>
#include <functional>

using vb::app::qs;

namespace {

QString count(const vb::Fact *f)
{
    return f && f->value ? qs(vb::formatGrouped(*f->value)) : QString();
}

std::optional<std::string> optText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<std::string>(t.toStdString());
}

/** Reads text as a number of kind: nullopt for an empty text (unknown), else the value, or *error set. */
std::optional<double> readNumber(const QString &text, vb::NumberKind kind, QString *error)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QString why;
    const auto v = Numbers::read(text, kind, &why);
    if (!v)
        *error = why;
    return v;
}

void setIn(vb::LocalizedText &t, vb::Lang l, const QString &text)
{
    (l == vb::Lang::ZhTW ? t.zh : t.en) = text.trimmed().toStdString();
}

} // namespace

ClientController::ClientController(QObject *parent)
    : ProjectClient(parent)
{
}

void ClientController::refresh()
{
    using namespace vb;
    m_profile.clear();
    m_rules.clear();
    m_editions.clear();
    m_programme.clear();
    m_culture.clear();
    m_kinds.clear();
    m_layouts.clear();
    const Lang l = lang();
    for (auto k : kProgrammeKinds)
        m_kinds << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(k.data(), k.size())},
                               {QStringLiteral("name"), QString::fromUtf8(programmeKindName(k, l))}};
    m_layouts << QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("name"), tr("no seats stated")}};
    for (auto k : kLayouts)
        m_layouts << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(k.data(), k.size())},
                                 {QStringLiteral("name"), QString::fromUtf8(layoutName(k, l))}};
    const ClientHistory *c = hasProject() ? clientOf(project()) : nullptr;
    m_hasClient = c != nullptr;
    if (!c) {
        Q_EMIT changed();
        return;
    }
    const Project &p = project();
    const auto &a = c->association;
    QStringList regions; // by name in the UI language: "Europe, the Americas, Asia-Pacific" (歐洲、美洲、亞太)
    for (const auto &g : a.rotation.regions)
        regions << qs(regionName(g, l));
    m_profile = {{QStringLiteral("nameEn"), qs(a.name.en)},
                 {QStringLiteral("nameZh"), qs(a.name.zh)},
                 {QStringLiteral("series"), qs(a.series)},
                 {QStringLiteral("frequency"), a.frequencyYears ? QString::number(*a.frequencyYears) : QString()},
                 {QStringLiteral("pattern"), qs(a.rotation.pattern)},
                 {QStringLiteral("regions"), regions.join(tr(", "))},
                 {QStringLiteral("month"), a.preferredMonth ? QString::number(*a.preferredMonth) : QString()},
                 {QStringLiteral("source"), qs(a.source.value_or(""))},
                 {QStringLiteral("asOf"), qs(a.asOf.value_or(""))}};
    const auto tri = [](const std::optional<bool> &b) { return b ? (*b ? 1 : 0) : -1; };
    QVariantList other;
    for (const auto &t : c->rules.other)
        other << QVariantMap{{QStringLiteral("zh"), qs(t.zh)}, {QStringLiteral("en"), qs(t.en)}};
    m_rules = {{QStringLiteral("memberFee"), tri(c->rules.memberFeeBelowNonMember)},
               {QStringLiteral("visaFree"), tri(c->rules.visaFreeEntryRequired)},
               {QStringLiteral("other"), other}};

    for (const auto &e : c->editions) {
        QVariantMap row{{QStringLiteral("year"), QString::number(e.year)},
                        {QStringLiteral("city"), qs(e.city, l)},
                        {QStringLiteral("country"), qs(e.country)},
                        {QStringLiteral("region"), qs(regionName(e.region, l))},
                        {QStringLiteral("format"), QString::fromLatin1(formatKey(e.format))},
                        {QStringLiteral("formatName"), QString::fromUtf8(formatName(e.format, l))},
                        {QStringLiteral("currency"), qs(e.currency)},
                        {QStringLiteral("estimate"), e.estimate},
                        {QStringLiteral("source"), qs(e.source.value_or(""))},
                        {QStringLiteral("asOf"), qs(e.asOf.value_or(""))},
                        {QStringLiteral("basis"), qs(e.basis.value_or(""))},
                        {QStringLiteral("pace"), qs(paceText(e.pace))},
                        {QStringLiteral("total"), count(&e.total)}};
        for (auto k : kAttendanceKeys)
            row.insert(QString::fromLatin1(k.data(), k.size()), count(e.attendanceOf(k)));
        // The other facts, keyed as setEditionField takes them ("fee.member_early", "sponsorship", …).
        std::vector<std::string> more{"abstracts_submitted", "abstracts_accepted", "exhibition_m2", "sponsorship", "satisfaction"};
        for (auto k : kFeeKeys)
            more.push_back("fee." + std::string(k));
        for (const auto &k : more)
            row.insert(qs(k), count(editionFact(e, k)));
        row.insert(QStringLiteral("satisfactionScale"), qs(formatShortest(e.satisfactionScale)));
        // A figure without its source or as-of date (the edition's, unless the figure has its own): the row's tag.
        // The same facts the overview lists (unsourcedClient).
        bool unsourced = e.total.unsourced() || e.abstractsSubmitted.unsourced() || e.abstractsAccepted.unsourced()
            || e.exhibitionM2.unsourced() || e.sponsorship.unsourced() || e.satisfaction.unsourced();
        for (const auto &[k, f] : e.attendance)
            unsourced = unsourced || f.unsourced();
        for (const auto &[k, f] : e.fees)
            unsourced = unsourced || f.unsourced();
        row.insert(QStringLiteral("unsourced"), unsourced);
        m_editions << row;
    }

    // The venues each mandatory element excludes, with the reason (the venue analysis' own check and sentence).
    for (const auto &e : c->programme) {
        QStringList excludes;
        for (const auto &v : p.venues)
            for (const auto &issue : checkRequirements(p, v))
                if (issue.kind == ConstraintIssue::Kind::Programme && issue.element == e.id && issue.excludes)
                    excludes << tr("%1: %2").arg(qs(v.name, l), qs(describe(issue, l)));
        m_programme << QVariantMap{{QStringLiteral("id"), qs(e.id)},
                                   {QStringLiteral("kind"), qs(e.kind)},
                                   {QStringLiteral("kindName"), QString::fromUtf8(programmeKindName(e.kind, l))},
                                   {QStringLiteral("name"), qs(e.name, l)},
                                   {QStringLiteral("seats"), e.seats ? qs(formatCount(*e.seats)) : QString()},
                                   {QStringLiteral("layout"), qs(e.layout)},
                                   {QStringLiteral("layoutName"), e.layout.empty() ? QString() : QString::fromUtf8(layoutName(e.layout, l))},
                                   {QStringLiteral("banquetSeats"), e.banquetSeats ? qs(formatCount(*e.banquetSeats)) : QString()},
                                   {QStringLiteral("mandatory"), e.mandatory},
                                   {QStringLiteral("noParallel"), e.noParallel},
                                   {QStringLiteral("atVenue"), e.atVenue},
                                   {QStringLiteral("online"), e.online ? qs(*e.online, l) : QString()},
                                   {QStringLiteral("source"), qs(e.source.value_or(""))},
                                   {QStringLiteral("excludes"), excludes.join(QLatin1Char('\n'))}};
    }
    for (const auto &e : c->culture) {
        QString programmeName;
        for (const auto &pe : c->programme)
            if (pe.id == e.programme)
                programmeName = qs(pe.name, l);
        m_culture << QVariantMap{{QStringLiteral("name"), qs(e.name, l)},
                                 {QStringLiteral("cost"), e.cost.value ? qs(formatGrouped(*e.cost.value)) : QString()},
                                 {QStringLiteral("currency"), qs(e.cost.currency)},
                                 {QStringLiteral("estimate"), e.cost.estimate},
                                 {QStringLiteral("capacity"), count(&e.capacity)},
                                 {QStringLiteral("programme"), programmeName},
                                 {QStringLiteral("programmeId"), qs(e.programme)},
                                 {QStringLiteral("source"), qs(e.source.value_or(""))},
                                 {QStringLiteral("unsourced"), e.cost.unsourced() || e.capacity.unsourced()}};
    }
    Q_EMIT changed();
}

QString ClientController::setProfileField(const QString &key, const QString &text)
{
    const vb::Lang l = lang();
    QString error;
    std::optional<double> number;
    if (key == QLatin1String("frequency") || key == QLatin1String("month")) {
        number = readNumber(text, vb::NumberKind::Count, &error);
        if (!error.isEmpty())
            return error;
    }
    const std::string k = key.toStdString();
    return applyClientEdit(document(), tr("Client profile"), {}, [&](vb::ClientHistory &c) {
        vb::Association a = c.association;
        if (k == "nameEn")
            a.name.en = text.trimmed().toStdString();
        else if (k == "nameZh")
            a.name.zh = text.trimmed().toStdString();
        else if (k == "series")
            a.series = text.trimmed().toStdString();
        else if (k == "frequency")
            a.frequencyYears = number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
        else if (k == "month")
            a.preferredMonth = number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
        else if (k == "pattern")
            a.rotation.pattern = text.toStdString();
        else if (k == "regions") {
            // Names in either language or ids, separated by commas (、 and → too).
            a.rotation.regions.clear();
            QString list = text;
            list.replace(QChar(0x3001), QLatin1Char(',')).replace(QChar(0x2192), QLatin1Char(',')).replace(QChar(0xFF0C), QLatin1Char(','));
            for (const auto &r : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (r.trimmed().isEmpty())
                    continue;
                const auto id = vb::regionFromText(r.trimmed().toStdString());
                if (!id)
                    return vb::tr(l, "editioncsv.region", {r.trimmed().toStdString()});
                a.rotation.regions.push_back(*id);
            }
        } else if (k == "source")
            a.source = optText(text);
        else if (k == "asOf")
            a.asOf = optText(text);
        return vb::setAssociation(c, std::move(a), l);
    });
}

QString ClientController::setRule(const QString &key, int state)
{
    const vb::Lang l = lang();
    const std::optional<bool> v = state < 0 ? std::nullopt : std::optional<bool>(state > 0);
    return applyClientEdit(document(), tr("Client rules"), {}, [&](vb::ClientHistory &c) {
        vb::ClientRules r = c.rules;
        (key == QLatin1String("memberFee") ? r.memberFeeBelowNonMember : r.visaFreeEntryRequired) = v;
        return vb::setRules(c, std::move(r), l);
    });
}

QString ClientController::setOtherRule(int index, const QString &zh, const QString &en)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Client rules"), {}, [&](vb::ClientHistory &c) -> vb::EditError {
        if (index < 0 || static_cast<std::size_t>(index) >= c.rules.other.size())
            return vb::tr(l, "clientedit.no_row");
        vb::ClientRules r = c.rules;
        r.other[static_cast<std::size_t>(index)] = {zh.trimmed().toStdString(), en.trimmed().toStdString()};
        return vb::setRules(c, std::move(r), l);
    });
}

QString ClientController::addOtherRule(const QString &text)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Client rules"), {}, [&](vb::ClientHistory &c) {
        vb::ClientRules r = c.rules;
        vb::LocalizedText t;
        setIn(t, l, text);
        r.other.push_back(std::move(t));
        return vb::setRules(c, std::move(r), l);
    });
}

QString ClientController::removeOtherRule(int index)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Client rules"), {}, [&](vb::ClientHistory &c) -> vb::EditError {
        if (index < 0 || static_cast<std::size_t>(index) >= c.rules.other.size())
            return vb::tr(l, "clientedit.no_row");
        vb::ClientRules r = c.rules;
        r.other.erase(r.other.begin() + index);
        return vb::setRules(c, std::move(r), l);
    });
}

QString ClientController::setEditionField(int row, const QString &key, const QString &text)
{
    const vb::Lang l = lang();
    const std::string k = key.toStdString();
    QString error;
    std::optional<double> number;
    std::vector<vb::PacePoint> pace;
    std::string region;
    const bool fact = k == "total" || vb::editionFact(vb::Edition{}, k) != nullptr || k.starts_with("fee.")
        || std::find(std::begin(vb::kAttendanceKeys), std::end(vb::kAttendanceKeys), k) != std::end(vb::kAttendanceKeys);
    if (k == "year") {
        number = readNumber(text, vb::NumberKind::Count, &error);
        if (error.isEmpty() && !number)
            error = qs(vb::tr(l, "client.read.year_range", {"–"}));
    } else if (fact) {
        number = readNumber(text, vb::editionFactKind(k), &error);
    } else if (k == "pace") {
        error = qs(vb::parsePaceText(text.toStdString(), pace, l));
    } else if (k == "region" && !text.trimmed().isEmpty()) {
        if (const auto id = vb::regionFromText(text.trimmed().toStdString()))
            region = *id;
        else
            error = qs(vb::tr(l, "editioncsv.region", {text.trimmed().toStdString()}));
    } else if (k == "satisfactionScale") {
        number = readNumber(text, vb::NumberKind::Decimal, &error);
        if (error.isEmpty() && !(number && *number > 0))
            error = qs(vb::tr(l, "clientedit.not_number", {text.trimmed().toStdString()}));
    }
    if (!error.isEmpty())
        return error;
    if (!hasProject() || !vb::clientOf(project()) || row < 0 || static_cast<std::size_t>(row) >= vb::clientOf(project())->editions.size())
        return qs(vb::tr(l, "clientedit.no_row"));
    const int year = vb::clientOf(project())->editions[static_cast<std::size_t>(row)].year;
    return applyClientEdit(document(), tr("Edition %1").arg(year), {},
                       [&](vb::ClientHistory &c) -> vb::EditError {
        vb::Edition e = c.editions[static_cast<std::size_t>(row)];
        if (k == "year")
            e.year = static_cast<int>(*number);
        else if (k == "city")
            setIn(e.city, l, text);
        else if (k == "country")
            e.country = text.trimmed().toUpper().toStdString();
        else if (k == "region")
            e.region = region;
        else if (k == "satisfactionScale")
            e.satisfactionScale = *number;
        else if (k == "format")
            e.format = vb::parseFormat(text.toStdString()).value_or(e.format);
        else if (k == "currency")
            e.currency = text.trimmed().toUpper().toStdString();
        else if (k == "source")
            e.source = optText(text);
        else if (k == "asOf")
            e.asOf = optText(text);
        else if (k == "estimate")
            e.estimate = text == QLatin1String("true");
        else if (k == "basis")
            e.basis = optText(text);
        else if (k == "pace")
            e.pace = pace;
        else if (!vb::setEditionFact(e, k, number))
            return vb::tr(l, "clientedit.no_row");
        return vb::setEdition(c, static_cast<std::size_t>(row), std::move(e), l);
    });
}

QString ClientController::addEdition(const QString &yearText, const QString &city)
{
    const vb::Lang l = lang();
    QString error;
    const auto year = readNumber(yearText, vb::NumberKind::Count, &error);
    if (!error.isEmpty())
        return error;
    if (!year)
        return qs(vb::tr(l, "client.read.year_range", {"–"}));
    return applyClientEdit(document(), tr("Add edition %1").arg(static_cast<int>(*year)), {}, [&](vb::ClientHistory &c) {
        vb::Edition e;
        e.year = static_cast<int>(*year);
        setIn(e.city, l, city);
        // The new row's figures come under the as-of date, source and currency of the edition before it, until changed.
        if (!c.editions.empty()) {
            const auto &last = c.editions.back();
            e.estimate = last.estimate;
            e.basis = last.basis;
            e.source = last.source;
            e.currency = last.currency;
        }
        e.asOf = std::to_string(e.year);
        return vb::addEdition(c, c.editions.size(), std::move(e), l);
    });
}

QString ClientController::removeEdition(int row)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Delete edition"), {},
                       [&](vb::ClientHistory &c) { return vb::removeEdition(c, row < 0 ? c.editions.size() : static_cast<std::size_t>(row), l); });
}

QString ClientController::moveEdition(int row, int delta)
{
    const vb::Lang l = lang();
    const vb::ClientHistory *client = hasProject() ? vb::clientOf(project()) : nullptr;
    const QString year = client && row >= 0 && static_cast<std::size_t>(row) < client->editions.size()
                             ? QString::number(client->editions[static_cast<std::size_t>(row)].year) : QString();
    return applyClientEdit(document(), tr("Move edition: %1").arg(year), {},
                       [&](vb::ClientHistory &c) { return vb::moveEdition(c, row < 0 ? c.editions.size() : static_cast<std::size_t>(row), delta, l); });
}

QString ClientController::setProgrammeField(int row, const QString &key, const QString &text)
{
    const vb::Lang l = lang();
    const std::string k = key.toStdString();
    QString error;
    std::optional<double> number;
    if (k == "seats" || k == "banquetSeats") {
        number = readNumber(text, vb::NumberKind::Count, &error);
        if (!error.isEmpty())
            return error;
    }
    return applyClientEdit(document(), tr("Programme element"), {},
                       [&](vb::ClientHistory &c) -> vb::EditError {
        if (row < 0 || static_cast<std::size_t>(row) >= c.programme.size())
            return vb::tr(l, "clientedit.no_row");
        vb::ProgrammeElement e = c.programme[static_cast<std::size_t>(row)];
        const auto toInt = [&] { return number ? std::optional<int>(static_cast<int>(std::min(*number, 1e9))) : std::nullopt; };
        const bool on = text == QLatin1String("true");
        if (k == "kind")
            e.kind = text.toStdString();
        else if (k == "name")
            setIn(e.name, l, text);
        else if (k == "seats")
            e.seats = toInt();
        else if (k == "layout")
            e.layout = text.toStdString();
        else if (k == "banquetSeats")
            e.banquetSeats = toInt();
        else if (k == "mandatory")
            e.mandatory = on;
        else if (k == "noParallel")
            e.noParallel = on;
        else if (k == "atVenue")
            e.atVenue = on;
        else if (k == "online") {
            if (text.trimmed().isEmpty()) {
                e.online.reset();
            } else {
                vb::LocalizedText t = e.online.value_or(vb::LocalizedText{});
                setIn(t, l, text);
                e.online = t;
            }
        } else if (k == "source")
            e.source = optText(text);
        return vb::setProgrammeElement(c, static_cast<std::size_t>(row), std::move(e), l);
    });
}

QString ClientController::addProgrammeElement(const QString &kind, const QString &name)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Add programme element"), {}, [&](vb::ClientHistory &c) {
        vb::ProgrammeElement e;
        e.kind = kind.isEmpty() ? std::string("other") : kind.toStdString();
        setIn(e.name, l, name);
        return vb::addProgrammeElement(c, c.programme.size(), std::move(e), l);
    });
}

QString ClientController::removeProgrammeElement(int row)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Delete programme element"), {}, [&](vb::ClientHistory &c) {
        return vb::removeProgrammeElement(c, row < 0 ? c.programme.size() : static_cast<std::size_t>(row), l);
    });
}

QString ClientController::moveProgrammeElement(int row, int delta)
{
    const vb::Lang l = lang();
    const vb::ClientHistory *c = hasProject() ? vb::clientOf(project()) : nullptr;
    const QString name = c && row >= 0 && static_cast<std::size_t>(row) < c->programme.size() ? qs(c->programme[static_cast<std::size_t>(row)].name, l) : QString();
    return applyClientEdit(document(), tr("Move programme element: %1").arg(name), {}, [&](vb::ClientHistory &h) {
        return vb::moveProgrammeElement(h, row < 0 ? h.programme.size() : static_cast<std::size_t>(row), delta, l);
    });
}

QString ClientController::setCultureField(int row, const QString &key, const QString &text)
{
    const vb::Lang l = lang();
    const std::string k = key.toStdString();
    QString error;
    std::optional<double> number;
    if (k == "cost" || k == "capacity") {
        number = readNumber(text, k == "cost" ? vb::NumberKind::Decimal : vb::NumberKind::Count, &error);
        if (!error.isEmpty())
            return error;
    }
    return applyClientEdit(document(), tr("Local-culture element"), {},
                       [&](vb::ClientHistory &c) -> vb::EditError {
        if (row < 0 || static_cast<std::size_t>(row) >= c.culture.size())
            return vb::tr(l, "clientedit.no_row");
        vb::CultureElement e = c.culture[static_cast<std::size_t>(row)];
        if (k == "name")
            setIn(e.name, l, text);
        else if (k == "cost")
            e.cost.value = number;
        else if (k == "currency")
            e.cost.currency = text.trimmed().toUpper().toStdString();
        else if (k == "capacity")
            e.capacity.value = number;
        else if (k == "programme")
            e.programme = text.toStdString();
        else if (k == "source")
            e.source = optText(text);
        return vb::setCultureElement(c, static_cast<std::size_t>(row), std::move(e), l);
    });
}

QString ClientController::addCultureElement(const QString &name)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Add local-culture element"), {}, [&](vb::ClientHistory &c) {
        vb::CultureElement e;
        setIn(e.name, l, name);
        e.cost.currency = "TWD";
        return vb::addCultureElement(c, c.culture.size(), std::move(e), l);
    });
}

QString ClientController::removeCultureElement(int row)
{
    const vb::Lang l = lang();
    return applyClientEdit(document(), tr("Delete local-culture element"), {}, [&](vb::ClientHistory &c) {
        return vb::removeCultureElement(c, row < 0 ? c.culture.size() : static_cast<std::size_t>(row), l);
    });
}

QString ClientController::moveCultureElement(int row, int delta)
{
    const vb::Lang l = lang();
    const vb::ClientHistory *c = hasProject() ? vb::clientOf(project()) : nullptr;
    const QString name = c && row >= 0 && static_cast<std::size_t>(row) < c->culture.size() ? qs(c->culture[static_cast<std::size_t>(row)].name, l) : QString();
    return applyClientEdit(document(), tr("Move local-culture element: %1").arg(name), {}, [&](vb::ClientHistory &h) {
        return vb::moveCultureElement(h, row < 0 ? h.culture.size() : static_cast<std::size_t>(row), delta, l);
    });
}
