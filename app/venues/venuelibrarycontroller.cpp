// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuelibrarycontroller.h"

#include "conversions.h"
#include "projectcontroller.h"
#include "projectformat.h"
#include "rankingcontroller.h"
#include "sharedinstance.h"
#include "venuecsv.h"
#include "venueedit.h"

#include <algorithm>

using namespace vb::app;

namespace {
/** A field of the venue editor in words, as the editor labels it ("Plenary seats, as of"). */
QString fieldLabel(const std::string &field)
{
    static const std::pair<const char *, const char *> kFacts[] = {
        {"plenary_seats", QT_TRANSLATE_NOOP("VenueLibraryController", "Plenary seats")},
        {"meeting_rooms", QT_TRANSLATE_NOOP("VenueLibraryController", "Meeting rooms")},
        {"exhibition_m2", QT_TRANSLATE_NOOP("VenueLibraryController", "Exhibition area (m²)")},
        {"exhibition_booths", QT_TRANSLATE_NOOP("VenueLibraryController", "Exhibition booths")},
        {"hotel_rooms_nearby", QT_TRANSLATE_NOOP("VenueLibraryController", "Hotel rooms nearby")},
        {"airport_minutes", QT_TRANSLATE_NOOP("VenueLibraryController", "Minutes to the airport")},
        {"cost_venue_rental", QT_TRANSLATE_NOOP("VenueLibraryController", "Venue rental")},
    };
    static const std::pair<const char *, const char *> kParts[] = {
        {"_as_of", QT_TRANSLATE_NOOP("VenueLibraryController", "as of")},
        {"_source", QT_TRANSLATE_NOOP("VenueLibraryController", "source")},
        {"_estimate", QT_TRANSLATE_NOOP("VenueLibraryController", "estimate")},
        {"_basis", QT_TRANSLATE_NOOP("VenueLibraryController", "estimate basis")},
        {"_currency", QT_TRANSLATE_NOOP("VenueLibraryController", "currency")},
        {"_note", QT_TRANSLATE_NOOP("VenueLibraryController", "note")},
    };
    static const std::pair<const char *, const char *> kOwn[] = {
        {"id", QT_TRANSLATE_NOOP("VenueLibraryController", "Venue")},
        {"name_zh", QT_TRANSLATE_NOOP("VenueLibraryController", "Name (Chinese)")},
        {"name_en", QT_TRANSLATE_NOOP("VenueLibraryController", "Name (English)")},
        {"city_zh", QT_TRANSLATE_NOOP("VenueLibraryController", "City (Chinese)")},
        {"city_en", QT_TRANSLATE_NOOP("VenueLibraryController", "City (English)")},
        {"country", QT_TRANSLATE_NOOP("VenueLibraryController", "Country")},
        {"role", QT_TRANSLATE_NOOP("VenueLibraryController", "Role")},
    };
    const auto tr = [](const char *s) { return VenueLibraryController::tr(s); };
    for (const auto &[key, label] : kOwn)
        if (field == key)
            return tr(label);
    for (const auto &[key, label] : kFacts) {
        if (field == key)
            return tr(label);
        if (field.rfind(key, 0) == 0)
            for (const auto &[suffix, part] : kParts)
                if (field == std::string(key) + suffix)
                    return tr(label) + QStringLiteral(", ") + tr(part);
    }
    return QString::fromStdString(field); // a column of the CSV format the editor does not show
}

/** The problems in words, each led by the field's label, never by a JSON path. */
QStringList fieldErrorMessages(const std::vector<vb::FieldError> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << (e.field.empty() ? qs(e.message) : fieldLabel(e.field) + QStringLiteral(": ") + qs(e.message));
    return out;
}

/** The fields with a problem (their keys), for the editor to mark. */
QStringList fieldErrorKeys(const std::vector<vb::FieldError> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        if (!e.field.empty())
            out << QString::fromStdString(e.field);
    return out;
}

/** base with the values of fields laid over it (keeps base's order; new keys go last). */
vb::VenueFields mergeFields(vb::VenueFields base, const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const std::string key = it.key().toStdString();
        const std::string value = it.value().toString().toStdString();
        auto found = std::find_if(base.begin(), base.end(), [&](const auto &kv) { return kv.first == key; });
        if (found != base.end())
            found->second = value;
        else
            base.emplace_back(key, value);
    }
    return base;
}

int venueIndex(const vb::Project &p, const QString &id)
{
    const std::string s = id.toStdString();
    for (std::size_t i = 0; i < p.venues.size(); ++i)
        if (p.venues[i].id == s)
            return static_cast<int>(i);
    return -1;
}
} // namespace

VenueLibraryController::VenueLibraryController(ProjectController &project, RankingController &ranking, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_ranking(ranking)
    , m_venues(new VenueTableModel(this))
{
    // The table shows each venue's rank: it follows the ranking, which follows every change of the project.
    connect(&m_ranking, &RankingController::rankingChanged, this, [this] {
        m_venues->setProject(m_project.loaded() ? &m_project.project() : nullptr, &m_ranking.result(), m_project.lang(),
                             m_ranking.lastRecomputeReset());
    });
    m_venues->setProject(m_project.loaded() ? &m_project.project() : nullptr, &m_ranking.result(), m_project.lang());
}

VenueLibraryController *VenueLibraryController::create(QQmlEngine *engine, QJSEngine *)
{
    return sharedInstance<VenueLibraryController>(engine);
}

const vb::Project &VenueLibraryController::project() const
{
    return m_project.project();
}

vb::Lang VenueLibraryController::lang() const
{
    return m_project.lang();
}

QVariantMap VenueLibraryController::venueFields(const QString &id) const
{
    const auto &p = m_project.project();
    const int i = venueIndex(p, id);
    // The estimate bases in the UI language: what is typed back goes into that language (applyTypedBases).
    const auto fields = vb::venueEditorFields(i >= 0 ? p.venues[static_cast<std::size_t>(i)] : vb::Venue{}, m_project.lang());
    QVariantMap out;
    for (const auto &[k, v] : fields)
        out.insert(qs(k), qs(v));
    return out;
}

QStringList VenueLibraryController::addVenue(const QVariantMap &fields)
{
    if (!m_project.loaded())
        return {tr("No project is open.")};
    const auto &p = m_project.project();
    const std::size_t index = p.venues.size();
    std::vector<vb::FieldError> errors;
    QVariantMap given = fields;
    // Nobody types an id: it is made from the name (a caller may still give one, as the CSV import does).
    if (given.value(QStringLiteral("id")).toString().trimmed().isEmpty())
        given[QStringLiteral("id")] = qs(vb::venueIdFromName(p, given.value(QStringLiteral("name_en")).toString().toStdString(),
                                                           given.value(QStringLiteral("name_zh")).toString().toStdString()));
    vb::Venue v = vb::venueFromFields(mergeFields(vb::venueToFields(vb::Venue{}), given), index, errors);
    vb::appendValidation(errors, vb::validateVenue(p, v, index, m_project.lang()));
    if (!v.id.empty() && p.venue(v.id))
        errors.push_back({"id", "/venues/" + std::to_string(index) + "/id",
                          "duplicate venue id \"" + v.id + "\": expected an id no other venue has"});
    m_lastErrorFields = fieldErrorKeys(errors);
    if (!errors.empty())
        return fieldErrorMessages(errors);
    const QString label = tr("Add venue %1").arg(qs(v.name, m_project.lang()));
    m_project.edit(vb::addVenueEdit(std::move(v), index, label.toStdString()), ProjectController::Scope::Project);
    return {};
}

QStringList VenueLibraryController::updateVenue(const QString &id, const QVariantMap &fields)
{
    const auto &p = m_project.project();
    const int i = venueIndex(p, id);
    if (!m_project.loaded() || i < 0)
        return {tr("There is no venue \"%1\".").arg(id)};
    const auto index = static_cast<std::size_t>(i);
    const vb::Venue &old = p.venues[index];
    std::vector<vb::FieldError> errors;
    // The fields not given keep the old values, the bases as the editor showed them (in the UI language).
    vb::Venue v = vb::venueFromFields(mergeFields(vb::venueEditorFields(old, m_project.lang()), fields), index, errors);
    vb::applyTypedBases(v, &old, m_project.lang());
    v.availability = old.availability; // not among the fields
    vb::appendValidation(errors, vb::validateVenue(p, v, index, m_project.lang()));
    if (v.id != old.id && p.venue(v.id))
        errors.push_back({"id", "/venues/" + std::to_string(index) + "/id",
                          "duplicate venue id \"" + v.id + "\": expected an id no other venue has"});
    m_lastErrorFields = fieldErrorKeys(errors);
    if (!errors.empty())
        return fieldErrorMessages(errors);
    if (v == old)
        return {};
    const QString label = tr("Edit venue %1").arg(qs(v.name, lang()));
    m_project.edit(vb::updateVenueEdit(p, index, std::move(v), label.toStdString()), ProjectController::Scope::Project);
    return {};
}

/** What keeps a venue from being deleted, in words: the part of the project that still names it (the refusal's JSON
 *  pointer says which), or the check's own message for anything else. */
QString VenueLibraryController::stillNamedBy(const vb::Diagnostic &d)
{
    const auto &path = d.path;
    if (path.starts_with("/inspections/"))
        return tr("A site inspection still names this venue. Delete the inspection or choose another venue there first.");
    if (path.starts_with("/scenarios/"))
        return tr("A risk scenario's fallback plan still names this venue. Change the fallback venue first.");
    if (path.starts_with("/received_quotes/"))
        return tr("A received quote is for this venue. Change or delete the quote first.");
    if (path.starts_with("/bid_book/"))
        return tr("The bid book proposes this venue. Choose another venue for the bid book first.");
    if (path.starts_with("/destinations/"))
        return tr("A destination in the comparison names this venue. Change that destination first.");
    return qs(d.message);
}

QStringList VenueLibraryController::deleteVenue(const QString &id)
{
    const auto &p = m_project.project();
    const int i = venueIndex(p, id);
    if (!m_project.loaded() || i < 0)
        return {tr("There is no venue \"%1\".").arg(id)};
    const auto index = static_cast<std::size_t>(i);
    // Refused when the project would no longer load (another section still names the venue).
    vb::Project after = p; // a rare action: a copy is simpler than teaching every section to name its references
    after.venues.erase(after.venues.begin() + i);
    QStringList problems;
    for (const auto &d : vb::validateProject(after, lang()))
        if (d.severity == vb::Diagnostic::Severity::Error)
            problems << stillNamedBy(d);
    problems.removeDuplicates();
    if (!problems.isEmpty())
        return problems;
    const QString label = tr("Delete venue %1").arg(qs(p.venues[index].name, lang()));
    m_project.edit(vb::removeVenueEdit(p, index, label.toStdString()), ProjectController::Scope::Project);
    return {};
}

bool VenueLibraryController::importVenues(std::vector<vb::Venue> venues)
{
    if (!m_project.loaded() || venues.empty())
        return false;
    const QString label = tr("Import %n venue(s)", nullptr, static_cast<int>(venues.size()));
    m_project.edit(vb::importVenuesEdit(m_project.project(), std::move(venues), label.toStdString()), ProjectController::Scope::Project);
    return true;
}
