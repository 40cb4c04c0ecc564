// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria edits with the reader's checks, in words (criteriaedit.h).
#include "criteriaedit.h"

#include "ahpjudgements.h"
#include "analysis.h"
#include "listmove.h"
#include "messages.h"
#include "numbers.h"
#include "projectio.h"
#include "text.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vb {

namespace {


/** The judgements when they are for exactly p's criteria (in any order), else null: only those are kept in step. */
std::optional<AhpJudgements> alignedAhp(const Project &p)
{
    if (!hasAhpJudgements(p))
        return std::nullopt;
    return ahpJudgementsOf(p).alignedTo(p);
}

/** Stores the weights as percentages of their sum (equal shares when the sum is 0). */
void weightsToPercent(Project &p)
{
    double sum = 0;
    for (const auto &c : p.criteria)
        sum += c.weight;
    for (auto &c : p.criteria)
        c.weight = sum > 0 ? c.weight / sum * 100.0 : 100.0 / static_cast<double>(p.criteria.size());
}

bool hasRanks(const Project &p)
{
    return std::any_of(p.criteria.begin(), p.criteria.end(), [](const Criterion &c) { return c.rank.has_value(); });
}

/** The reader's errors: the core of the project written and read back (its rules and validateProject's), and the
 *  checks of the sections that name criteria. */
std::set<std::string> errorsOf(const Project &p, Lang l)
{
    auto read = readProject(writeProject(p, SectionCodecs{}), "", SectionCodecs{}, l);
    std::vector<Diagnostic> d = std::move(read.diagnostics);
    if (read.syntax)
        d.push_back({Diagnostic::Severity::Error, "", "syntax"});
    validateAnalysisSections(p, d, l);
    validateAhpSection(p, d, l);
    std::set<std::string> out;
    for (const auto &x : d)
        if (x.severity == Diagnostic::Severity::Error)
            out.insert(x.message);
    return out;
}

} // namespace

EditError checkCriterionFields(const Project &p, std::size_t index, const CriterionFields &f, Lang l, std::string *field)
{
    if (field)
        *field = "name";
    const LocalizedText name = nameInBothLanguages(f.name);
    if (name.en.empty() && name.zh.empty())
        return tr(l, "critedit.name_required");
    for (std::size_t j = 0; j < p.criteria.size(); ++j) {
        if (j == index)
            continue;
        const auto &o = p.criteria[j].name;
        if (!name.en.empty() && name.en == o.en)
            return tr(l, "critedit.name_taken", {name.en});
        if (!name.zh.empty() && name.zh == o.zh)
            return tr(l, "critedit.name_taken", {name.zh});
    }
    if (field)
        *field = "unit";
    const auto units = knownUnits();
    const bool own = index < p.criteria.size() && p.criteria[index].unit == f.unit;
    if (!own && std::find(units.begin(), units.end(), f.unit) == units.end())
        return tr(l, "critedit.unit_required");
    if (field)
        field->clear();
    return {};
}

EditError addCriterion(Project &p, const CriterionFields &f, double weightPercent, Lang l)
{
    if (auto e = checkCriterionFields(p, p.criteria.size(), f, l); !e.empty())
        return e;
    if (!std::isfinite(weightPercent) || weightPercent < 0 || weightPercent > 100)
        return tr(l, "critedit.weight_range", {std::isfinite(weightPercent) ? formatShortest(weightPercent) : std::string("–")});
    const auto ahp = alignedAhp(p);
    Criterion c;
    c.name = nameInBothLanguages(f.name);
    c.direction = f.direction;
    c.unit = f.unit;
    // A venue fact of the same id becomes the criterion's value (a criterion deleted and added again finds its values).
    c.id = idFromName({c.name.en, c.name.zh}, "criterion", [&](const std::string &id) { return p.criterion(id) != nullptr; });
    if (hasRanks(p)) {
        int last = 0;
        for (const auto &o : p.criteria)
            last = std::max(last, o.rank.value_or(0));
        c.rank = last + 1;
    }
    weightsToPercent(p);
    p.criteria.push_back(std::move(c));
    setWeightPercent(p, p.criteria.size() - 1, weightPercent);
    if (ahp) {
        AhpJudgements j = *ahp;
        j.criteria.push_back(p.criteria.back().id);
        for (auto &e : j.evaluators) {
            const auto n = e.pairwise.rows();
            e.pairwise.conservativeResize(n + 1, n + 1);
            e.pairwise.row(n).setOnes();
            e.pairwise.col(n).setOnes();
        }
        setAhpJudgements(p, j);
    }
    return {};
}

EditError setCriterionFields(Project &p, std::size_t index, const CriterionFields &f, Lang l)
{
    if (index >= p.criteria.size())
        return tr(l, "critedit.no_row");
    if (auto e = checkCriterionFields(p, index, f, l); !e.empty())
        return e;
    auto &c = p.criteria[index];
    c.name = nameInBothLanguages(f.name);
    c.direction = f.direction;
    c.unit = f.unit;
    return {};
}

namespace {
/** Why criterion index cannot be deleted, or "". */
EditError removalRefusal(const Project &p, std::size_t index, Lang l)
{
    if (index >= p.criteria.size())
        return tr(l, "critedit.no_row");
    if (p.criteria.size() == 1)
        return tr(l, "critedit.last_one");
    if (const auto *fp = p.sections.get<FormatPackages>(); fp && fp->addsTo == p.criteria[index].id)
        return tr(l, "critedit.adds_to");
    return {};
}
} // namespace

EditError removeCriterion(Project &p, std::size_t index, Lang l)
{
    if (auto e = removalRefusal(p, index, l); !e.empty())
        return e;
    const auto ahp = alignedAhp(p);
    const bool ranked = hasRanks(p);
    std::vector<std::size_t> order = importanceOrder(p);
    p.criteria.erase(p.criteria.begin() + static_cast<std::ptrdiff_t>(index));
    weightsToPercent(p);
    if (ranked) { // renumber 1..m in the old importance order, without the deleted one
        int r = 0;
        for (std::size_t k : order)
            if (k != index)
                p.criteria[k > index ? k - 1 : k].rank = ++r;
    }
    if (ahp) {
        AhpJudgements j = *ahp; // in the old criteria order: row `index` is the deleted criterion
        const auto n = static_cast<Eigen::Index>(j.criteria.size());
        const auto drop = static_cast<Eigen::Index>(index);
        j.criteria.erase(j.criteria.begin() + static_cast<std::ptrdiff_t>(index));
        for (auto &e : j.evaluators) {
            Eigen::MatrixXd m(n - 1, n - 1);
            for (Eigen::Index a = 0, ra = 0; a < n; ++a) {
                if (a == drop)
                    continue;
                for (Eigen::Index b = 0, cb = 0; b < n; ++b)
                    if (b != drop)
                        m(ra, cb++) = e.pairwise(a, b);
                ++ra;
            }
            e.pairwise = std::move(m);
        }
        setAhpJudgements(p, j);
    }
    return {};
}

EditError moveCriterion(Project &p, std::size_t index, int delta, Lang l)
{
    // The AHP judgements follow by id (AhpJudgements::alignedTo).
    return moveInList(p.criteria, index, delta) == ListMove::NoSuchItem ? tr(l, "critedit.no_row") : EditError();
}

std::string criterionRemovalText(const Project &p, std::size_t index, Lang l)
{
    if (auto e = removalRefusal(p, index, l); !e.empty())
        return e;
    const Criterion &c = p.criteria[index];
    std::string s;
    const auto add = [&](const std::string &t) { s += (s.empty() ? "" : " ") + t; };
    if (const auto ahp = alignedAhp(p); ahp && !ahp->evaluators.empty()) {
        // Each evaluator judged the criterion against each of the others once: (n − 1) × evaluators.
        const auto n = (p.criteria.size() - 1) * ahp->evaluators.size();
        add(tr(l, "critedit.removes_ahp", {formatGrouped(static_cast<double>(n))}));
    }
    std::size_t venues = 0;
    for (const auto &v : p.venues)
        if (c.valueFrom == ValueFrom::Costs ? v.cost(c.id) != nullptr : v.attribute(c.id) != nullptr)
            ++venues;
    if (venues)
        add(tr(l, "critedit.keeps_facts", {formatGrouped(static_cast<double>(venues))}));
    if (s.empty())
        add(tr(l, "critedit.nothing_else"));
    add(tr(l, "critedit.rescaled"));
    return s;
}

std::optional<EditHistory::Edit> criteriaEdit(const Project &p, std::string label, const std::function<EditError(Project &)> &f,
                                              EditError &error, Lang l)
{
    Project after = p;
    error = f(after);
    if (!error.empty())
        return std::nullopt;
    if (after.criteria == p.criteria && after.sections == p.sections)
        return std::nullopt;
    // The reader's checks: a problem the project did not have before refuses the change.
    const auto before = errorsOf(p, l);
    for (const auto &e : errorsOf(after, l))
        if (!before.count(e)) {
            error = tr(l, "critedit.invalid", {e});
            return std::nullopt;
        }
    auto set = [](std::vector<Criterion> c, SectionTable s) {
        return [c = std::move(c), s = std::move(s)](Project &q) {
            q.criteria = c;
            q.sections = s;
        };
    };
    return EditHistory::Edit{std::move(label), "", set(std::move(after.criteria), std::move(after.sections)), set(p.criteria, p.sections)};
}

} // namespace vb
