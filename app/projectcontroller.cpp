// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "conversions.h"
#include "criteriamodel.h"
#include "excludedmodel.h"
#include "languagecontroller.h"
#include "documentwriter.h"
#include "matrixfile.h"
#include "weights.h"
#include "suitabilityreport.h"
#include "methodcomparison.h"
#include "newproject.h"
#include "projectformat.h"
#include "rankingmodel.h"
#include "venuetablemodel.h"
#include "venuecsv.h"
#include "venueedit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>

#include <memory>
#include <utility>

using namespace vb::app;

namespace {
ProjectController *s_instance = nullptr;

QString toLocalPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    if (url.isLocalFile())
        return url.toLocalFile();
    return pathOrUrl;
}
} // namespace

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
    , m_venues(new VenueTableModel(this))
    , m_ranking(new RankingModel(this))
    , m_excluded(new ExcludedModel(this))
    , m_criteria(new CriteriaModel(this))
{
    connect(LanguageController::instance(), &LanguageController::languageChanged, this, &ProjectController::refresh);
}

ProjectController::~ProjectController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

ProjectController *ProjectController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        s_instance = new ProjectController(QCoreApplication::instance());
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void ProjectController::setInstance(ProjectController *instance)
{
    s_instance = instance;
}

vb::Lang ProjectController::lang() const
{
    return LanguageController::instance()->lang();
}

bool ProjectController::open(const QString &pathOrUrl)
{
    flushEdits(); // text still being typed belongs to the project on screen, not to the one that replaces it
    const QString path = toLocalPath(pathOrUrl);
    auto result = vb::loadProjectFile(path.toStdString());
    if (!result.ok()) {
        Q_EMIT loadFailed(path, qsl(result.messages()));
        return false;
    }
    m_project = std::move(*result.project);
    m_warnings = qsl(result.messages()); // only warnings remain when ok()
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_loaded = true;
    m_history.clear();
    m_modified = false;
    refresh();
    Q_EMIT historyChanged();
    return true;
}

QString ProjectController::newProject(const QVariantMap &spec)
{
    const auto text = [&](const char *key) { return spec.value(QLatin1String(key)).toString().trimmed().toStdString(); };
    vb::NewProjectSpec s;
    s.title = {text("title"), text("title")};
    s.client = {text("client"), text("client")};
    s.startDate = text("startDate");
    s.endDate = text("endDate");
    QString attendance = spec.value(QStringLiteral("attendance")).toString().trimmed();
    attendance.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    bool whole = false;
    s.attendance = attendance.toInt(&whole);
    if (!whole)
        return tr("Expected attendance: a whole number of people, found \"%1\"").arg(spec.value(QStringLiteral("attendance")).toString());
    std::vector<vb::Diagnostic> errors;
    vb::Project p = vb::newProject(s, errors);
    if (errors.empty())
        flushEdits(); // as in open()
    if (!errors.empty()) {
        // In words next to the form, in the UI language (the paths name the form's fields).
        QStringList out;
        for (const auto &e : errors) {
            if (e.path == "/title")
                out << tr("Event: enter the event's name.");
            else if (e.path == "/start_date")
                out << tr("First day: a date as YYYY-MM-DD.");
            else if (e.path == "/end_date")
                out << (s.endDate.size() == 10 && s.endDate < s.startDate ? tr("Last day: on or after the first day.")
                                                                           : tr("Last day: a date as YYYY-MM-DD."));
            else if (e.path == "/attendance")
                out << tr("Expected attendance: a whole number of people, at least 1.");
            else
                out << qs(e.message);
        }
        return out.join(QLatin1Char('\n'));
    }
    m_project = std::move(p);
    m_warnings.clear();
    m_filePath.clear();
    m_loaded = true;
    m_history.clear();
    m_modified = true; // nothing on disk yet
    refresh();
    Q_EMIT historyChanged();
    return {};
}

void ProjectController::flushEdits()
{
    Q_EMIT flushRequested();
}

void ProjectController::closeUndoStep()
{
    m_history.closeMerge();
}

QUrl ProjectController::folderUrl() const
{
    return QUrl::fromLocalFile(m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath());
}

QUrl ProjectController::suggestedFileUrl(const QString &suffix) const
{
    QString base = QFileInfo(m_filePath).fileName();
    if (base.endsWith(QLatin1String(".venuebid.json")))
        base.chop(14);
    else if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    if (base.isEmpty())
        base = QStringLiteral("venuebid");
    return QUrl::fromLocalFile(QDir(folderUrl().toLocalFile()).filePath(base + suffix));
}

bool ProjectController::save()
{
    if (!m_loaded || m_filePath.isEmpty()) {
        Q_EMIT saveFailed(tr("Nothing to save: no project is open."));
        return false;
    }
    return saveAs(m_filePath);
}

bool ProjectController::saveAs(const QString &pathOrUrl)
{
    if (!m_loaded) {
        Q_EMIT saveFailed(tr("Nothing to save: no project is open."));
        return false;
    }
    flushEdits();
    const QString path = toLocalPath(pathOrUrl);
    const auto r = vb::saveProjectFile(m_project, path.toStdString());
    if (!r.ok) {
        Q_EMIT saveFailed(tr("The project was not saved; the previous file is unchanged.\n%1").arg(qs(r.error)));
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_modified = false;
    Q_EMIT projectChanged();
    Q_EMIT historyChanged();
    Q_EMIT saved(m_filePath);
    return true;
}

void ProjectController::refresh()
{
    m_rankingResult = m_loaded ? vb::rankVenues(m_project, vb::RankingOptions{false, m_method}) : vb::VenueRanking{};
    const auto l = lang();
    const vb::Project *p = m_loaded ? &m_project : nullptr;
    m_venues->setProject(p, &m_rankingResult, l);
    m_ranking->setProject(p, &m_rankingResult, l);
    m_excluded->setProject(p, &m_rankingResult, l);
    m_criteria->setProject(p, &m_rankingResult.weights, l);
    Q_EMIT projectChanged();
}

void ProjectController::recompute()
{
    m_rankingResult = vb::rankVenues(m_project, vb::RankingOptions{false, m_method});
    const auto l = lang();
    m_ranking->setProject(&m_project, &m_rankingResult, l);
    m_excluded->setProject(&m_project, &m_rankingResult, l);
    m_venues->setProject(&m_project, &m_rankingResult, l);
    m_criteria->weightsChanged();
    Q_EMIT rankingChanged();
}

void ProjectController::afterEdit()
{
    m_modified = true;
    recompute();
    if (std::exchange(m_structureChanged, false)) // venue library and budget edits
        Q_EMIT projectChanged();
    Q_EMIT historyChanged();
}

void ProjectController::setWeightPercent(int row, double percent)
{
    if (!m_loaded || row < 0 || row >= static_cast<int>(m_project.criteria.size()))
        return;
    m_history.apply(m_project, vb::weightPercentEdit(m_project, static_cast<std::size_t>(row), percent));
    afterEdit();
}

QString ProjectController::setRequirement(const QString &key, const QString &text)
{
    if (!m_loaded)
        return tr("No project is open.");
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    std::optional<double> value;
    if (!t.isEmpty()) {
        bool ok = false;
        const double v = t.toDouble(&ok); // QString::toDouble is locale-independent ("C")
        if (!ok)
            return tr("%1: expected a number, found \"%2\"").arg(key, text);
        value = v;
    }
    std::string error;
    auto edit = vb::requirementEdit(m_project, key.toStdString(), value, error);
    if (!edit)
        return qs(error);
    m_history.apply(m_project, std::move(*edit));
    afterEdit();
    Q_EMIT projectChanged();
    return {};
}

QString ProjectController::setMustHave(const QString &key, bool on)
{
    const auto req = vb::parseRequirement(key.toStdString());
    if (!m_loaded || !req)
        return tr("unknown requirement %1").arg(key);
    std::string error;
    auto edit = vb::mustHaveEdit(m_project, *req, on, error);
    if (!edit)
        return qs(error);
    m_history.apply(m_project, std::move(*edit));
    afterEdit();
    Q_EMIT projectChanged();
    return {};
}

void ProjectController::applyWeights(std::vector<double> weights, const std::string &label)
{
    if (!m_loaded || weights.size() != m_project.criteria.size())
        return;
    m_history.apply(m_project, vb::allWeightsEdit(m_project, std::move(weights), label));
    afterEdit();
}

void ProjectController::endWeightChange()
{
    m_history.closeMerge();
}

QString ProjectController::method() const
{
    return QString::fromLatin1(vb::mcda::methodName(m_method));
}

void ProjectController::setMethod(const QString &name)
{
    const auto m = vb::mcda::parseMethod(name.toStdString());
    if (!m || *m == m_method)
        return;
    m_method = *m;
    Q_EMIT methodChanged();
    if (m_loaded)
        recompute();
}

QString ProjectController::exportSuitabilityReport(const QString &pathOrUrl)
{
    if (!m_loaded)
        return tr("Nothing to report: no project is open.");
    flushEdits();
    std::string error;
    if (!vb::documents::writeDocument(vb::suitabilityReportHtml(m_project, lang(), m_method), toLocalPath(pathOrUrl).toStdString(), error))
        return qs(error);
    return {};
}

namespace {
std::optional<vb::mcda::WeightMethod> parseWeightMethod(const QString &name)
{
    using M = vb::mcda::WeightMethod;
    for (auto m : {M::Equal, M::ROC, M::RankSum, M::Entropy, M::CRITIC, M::StdDev})
        if (name == QLatin1String(vb::mcda::weightMethodName(m)))
            return m;
    return std::nullopt;
}
} // namespace

QVariantList ProjectController::derivedWeights(const QString &method) const
{
    QVariantList out;
    const auto m = parseWeightMethod(method);
    if (!m_loaded || !m || m_rankingResult.rows.size() < 2)
        return out;
    const Eigen::VectorXd w = vb::mcda::computeWeights(m_rankingResult.problem, *m);
    for (Eigen::Index j = 0; j < w.size(); ++j)
        out << w(j) * 100.0;
    return out;
}

QVariantList ProjectController::importanceOrder() const
{
    QVariantList out;
    if (!m_loaded)
        return out;
    for (auto j : vb::importanceOrder(m_project))
        out << QVariantMap{{QStringLiteral("row"), static_cast<int>(j)}, {QStringLiteral("name"), qs(m_project.criteria[j].name, lang())}};
    return out;
}

void ProjectController::moveImportance(int row, int delta)
{
    if (!m_loaded || row < 0 || row >= static_cast<int>(m_project.criteria.size()))
        return;
    if (auto edit = vb::moveImportanceEdit(m_project, static_cast<std::size_t>(row), delta)) {
        m_history.apply(m_project, std::move(*edit));
        afterEdit();
    }
}

void ProjectController::applyDerivedWeights(const QString &method)
{
    const auto w = derivedWeights(method);
    if (w.size() != static_cast<qsizetype>(m_project.criteria.size()))
        return;
    std::vector<double> weights;
    for (const auto &v : w)
        weights.push_back(v.toDouble());
    applyWeights(std::move(weights), "Weights: " + method.toStdString());
}

QVariantMap ProjectController::methodComparison() const
{
    QVariantMap out;
    if (!m_loaded)
        return out;
    const auto c = vb::compareMethods(m_project);
    QStringList methods;
    for (auto m : c.methods)
        methods << QString::fromLatin1(vb::mcda::methodName(m));
    QVariantList rows;
    for (std::size_t i = 0; i < c.venues.size(); ++i) {
        QVariantList ranks;
        for (int r : c.ranks[i])
            ranks << r;
        rows << QVariantMap{{QStringLiteral("name"), qs(m_project.venues[c.venues[i]].name, lang())},
                            {QStringLiteral("ranks"), ranks},
                            {QStringLiteral("unanimous"), static_cast<bool>(c.unanimous[i])}};
    }
    QVariantList tau;
    for (const auto &row : c.tau) {
        QVariantList r;
        for (double t : row)
            r << t;
        tau << QVariant(r);
    }
    out[QStringLiteral("methods")] = methods;
    out[QStringLiteral("rows")] = rows;
    out[QStringLiteral("sameWinner")] = c.sameWinner();
    out[QStringLiteral("tau")] = tau;
    return out;
}

void ProjectController::undo()
{
    if (m_history.undo(m_project))
        afterEdit();
}

void ProjectController::redo()
{
    if (m_history.redo(m_project))
        afterEdit();
}

QString ProjectController::fileName() const
{
    return QFileInfo(m_filePath).fileName();
}

QString ProjectController::title() const
{
    return m_loaded ? qs(m_project.meta.title, lang()) : QString();
}

QString ProjectController::client() const
{
    return m_loaded ? qs(m_project.meta.client, lang()) : QString();
}

QString ProjectController::dates() const
{
    if (!m_loaded)
        return {};
    return qs(m_project.requirements.startDate) + QStringLiteral(" – ") + qs(m_project.requirements.endDate);
}

int ProjectController::competitorCount() const
{
    int n = 0;
    for (const auto &v : m_project.venues)
        n += v.role == vb::VenueRole::Competitor;
    return n;
}

QVariantList ProjectController::requirements() const
{
    QVariantList rows;
    if (!m_loaded)
        return rows;
    const auto &q = m_project.requirements;
    const QString none = tr("not set");
    auto add = [&](const QString &label, const QString &value, vb::Requirement r, bool canBeHard, const char *key) {
        rows << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value},
                            {QStringLiteral("mustHave"), canBeHard && q.isMustHave(r)}, {QStringLiteral("canBeHard"), canBeHard},
                            {QStringLiteral("key"), QString::fromLatin1(key)}, {QStringLiteral("editable"), QString::fromLatin1(key) != QLatin1String("dates")},
                            {QStringLiteral("raw"), value == none ? QString() : value}};
    };
    auto num = [](double x) { return QString::fromStdString(vb::groupDigits(x)); };
    add(tr("Dates"), dates(), vb::Requirement::Dates, true, "dates");
    add(tr("Days"), QString::number(q.days), vb::Requirement::Dates, false, "days");
    add(tr("Expected attendance"), num(q.expectedAttendance), vb::Requirement::Dates, false, "expected_attendance");
    add(tr("Plenary seats"), q.plenarySeats ? num(*q.plenarySeats) : none, vb::Requirement::PlenarySeats, true, "plenary_seats");
    add(tr("Breakout rooms"), q.breakoutRooms ? num(*q.breakoutRooms) : none, vb::Requirement::BreakoutRooms, true, "breakout_rooms");
    add(tr("Exhibition area (m²)"), q.exhibitionM2 ? num(*q.exhibitionM2) : none, vb::Requirement::ExhibitionM2, true, "exhibition_m2");
    add(tr("Hotel room-nights"), q.roomNights ? num(*q.roomNights) : none, vb::Requirement::RoomNights, true, "room_nights");
    add(tr("Venue budget ceiling (TWD)"), q.budgetCeiling ? num(static_cast<double>(*q.budgetCeiling)) : none,
        vb::Requirement::BudgetCeiling, true, "budget_ceiling");
    return rows;
}

// --- Venue library: add, edit, delete, import; budget save hook ---

namespace {
QStringList fieldErrorMessages(const std::vector<vb::FieldError> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << qs(e.path) + QStringLiteral(": ") + qs(e.message);
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

void ProjectController::applyStructuralEdit(vb::EditHistory::Edit edit)
{
    auto wrap = [this](std::function<void(vb::Project &)> f) {
        return [this, f = std::move(f)](vb::Project &p) {
            f(p);
            m_structureChanged = true;
        };
    };
    edit.redo = wrap(std::move(edit.redo));
    edit.undo = wrap(std::move(edit.undo));
    m_history.apply(m_project, std::move(edit));
    afterEdit();
}

QVariantMap ProjectController::venueFields(const QString &id) const
{
    const int i = venueIndex(m_project, id);
    const auto fields = vb::venueToFields(i >= 0 ? m_project.venues[static_cast<std::size_t>(i)] : vb::Venue{});
    QVariantMap out;
    for (const auto &[k, v] : fields)
        out.insert(qs(k), qs(v));
    return out;
}

QStringList ProjectController::addVenue(const QVariantMap &fields)
{
    if (!m_loaded)
        return {tr("No project is open.")};
    const std::size_t index = m_project.venues.size();
    std::vector<vb::FieldError> errors;
    vb::Venue v = vb::venueFromFields(mergeFields(vb::venueToFields(vb::Venue{}), fields), index, errors);
    vb::appendValidation(errors, vb::validateVenue(m_project, v, index));
    if (!v.id.empty() && m_project.venue(v.id))
        errors.push_back({"id", "/venues/" + std::to_string(index) + "/id",
                          "duplicate venue id \"" + v.id + "\": expected an id no other venue has"});
    if (!errors.empty())
        return fieldErrorMessages(errors);
    const QString label = tr("Add venue %1").arg(qs(v.id));
    applyStructuralEdit(vb::addVenueEdit(std::move(v), index, label.toStdString()));
    return {};
}

QStringList ProjectController::updateVenue(const QString &id, const QVariantMap &fields)
{
    const int i = venueIndex(m_project, id);
    if (!m_loaded || i < 0)
        return {tr("There is no venue \"%1\".").arg(id)};
    const auto index = static_cast<std::size_t>(i);
    const vb::Venue &old = m_project.venues[index];
    std::vector<vb::FieldError> errors;
    vb::Venue v = vb::venueFromFields(mergeFields(vb::venueToFields(old), fields), index, errors);
    v.availability = old.availability; // not among the fields
    vb::appendValidation(errors, vb::validateVenue(m_project, v, index));
    if (v.id != old.id && m_project.venue(v.id))
        errors.push_back({"id", "/venues/" + std::to_string(index) + "/id",
                          "duplicate venue id \"" + v.id + "\": expected an id no other venue has"});
    if (!errors.empty())
        return fieldErrorMessages(errors);
    if (v == old)
        return {};
    const QString label = tr("Edit venue %1").arg(qs(v.id));
    applyStructuralEdit(vb::updateVenueEdit(m_project, index, std::move(v), label.toStdString()));
    return {};
}

QStringList ProjectController::deleteVenue(const QString &id)
{
    const int i = venueIndex(m_project, id);
    if (!m_loaded || i < 0)
        return {tr("There is no venue \"%1\".").arg(id)};
    const auto index = static_cast<std::size_t>(i);
    // Refuse when the project would no longer load (another section still names the venue).
    vb::Project after = m_project;
    after.venues.erase(after.venues.begin() + i);
    QStringList problems;
    for (const auto &d : vb::validateProject(after))
        if (d.severity == vb::Diagnostic::Severity::Error)
            problems << qs(d.path) + QStringLiteral(": ") + qs(d.message);
    if (!problems.isEmpty())
        return problems;
    const QString label = tr("Delete venue %1").arg(id);
    applyStructuralEdit(vb::removeVenueEdit(m_project, index, label.toStdString()));
    return {};
}

bool ProjectController::importVenues(std::vector<vb::Venue> venues)
{
    if (!m_loaded || venues.empty())
        return false;
    const QString label = tr("Import %n venue(s)", nullptr, static_cast<int>(venues.size()));
    applyStructuralEdit(vb::importVenuesEdit(m_project, std::move(venues), label.toStdString()));
    return true;
}

void ProjectController::setBudget(const vb::Budget &b)
{
    editSections(tr("Budget edit"), {}, [&b](vb::Project &p) { vb::setBudget(p, b); });
}

void ProjectController::editSections(const QString &label, const std::string &mergeKey, const std::function<void(vb::Project &)> &change)
{
    if (!m_loaded)
        return;
    // Undo puts back exactly the sections that were there: a copy of the table shares every section with it.
    const vb::SectionTable before = m_project.sections;
    vb::Project probe = m_project;
    change(probe);
    if (probe.sections == before)
        return;
    applyStructuralEdit({label.toStdString(), mergeKey,
                         [after = std::move(probe.sections)](vb::Project &p) { p.sections = after; },
                         [before](vb::Project &p) { p.sections = before; }});
}

QString ProjectController::displayPath(const QString &pathOrUrl)
{
    return QDir::toNativeSeparators(toLocalPath(pathOrUrl));
}

QString ProjectController::localPath(const QString &pathOrUrl)
{
    return toLocalPath(pathOrUrl);
}
// --- end venue library ---
