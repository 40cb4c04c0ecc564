// SPDX-License-Identifier: GPL-3.0-or-later
#include "ahpjudgements.h"

#include "jsontext.h"
#include "sections.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vb {

namespace {

std::optional<mcda::PriorityMethod> parsePriorityMethod(std::string_view s)
{
    using M = mcda::PriorityMethod;
    for (auto m : {M::Eigenvector, M::NormalizedColumnMean, M::GeometricMean})
        if (s == mcda::priorityMethodName(m))
            return m;
    return std::nullopt;
}

/** A judgement as the file shows it: 3, "1/3", or a plain number when neither is exact. */
json::value judgementJson(double a)
{
    const auto nearInt = [](double x) { return std::abs(x - std::round(x)) < 1e-9; };
    if (a >= 1.0 && nearInt(a))
        return static_cast<std::int64_t>(std::llround(a));
    if (a < 1.0 && nearInt(1.0 / a))
        return json::value("1/" + std::to_string(std::llround(1.0 / a)));
    return a;
}

void readJson(JsonReader &r, const json::value &v, const std::string &path, AhpJudgements &out)
{
    const auto *o = r.object(v, path);
    if (!o)
        return;
    if (const auto *cv = r.member(*o, "criteria", path, true, tr(r.lang, "read.expect.criterion_ids"))) {
        const std::string cp = join(path, "criteria");
        if (!cv->is_array())
            r.error(cp, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.criterion_ids"), kindName(*cv, r.lang)}));
        else
            for (std::size_t i = 0; i < cv->get_array().size(); ++i) {
                const auto &e = cv->get_array()[i];
                if (!e.is_string()) {
                    r.error(join(cp, i), tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.criterion_id"), kindName(e, r.lang)}));
                    continue;
                }
                out.criteria.emplace_back(e.get_string());
            }
    }
    if (auto m = r.string(*o, "priority_method", path, false)) {
        if (auto pm = parsePriorityMethod(*m))
            out.method = *pm;
        else
            r.error(join(path, "priority_method"), tr(r.lang, "ahp.r.method", {*m}));
    }
    out.group = r.boolean(*o, "group", path).value_or(false);
    const auto n = static_cast<Eigen::Index>(out.criteria.size());
    const auto *ev = r.member(*o, "evaluators", path, true, tr(r.lang, "read.expect.evaluators"));
    if (ev) {
        const std::string ep = join(path, "evaluators");
        if (!ev->is_array())
            r.error(ep, tr(r.lang, "read.not_array", {kindName(*ev, r.lang)}));
        else
            for (std::size_t k = 0; k < ev->get_array().size(); ++k) {
                const std::string kp = join(ep, k);
                const auto *ko = r.object(ev->get_array()[k], kp);
                if (!ko)
                    continue;
                AhpJudgements::Evaluator e;
                e.name = r.string(*ko, "name", kp, true, true).value_or("");
                e.pairwise = Eigen::MatrixXd::Ones(n, n);
                const auto *pv = r.member(*ko, "pairwise", kp, true, tr(r.lang, "read.expect.pairwise"));
                const std::string pp = join(kp, "pairwise");
                bool ok = pv && pv->is_array() && static_cast<Eigen::Index>(pv->get_array().size()) == n;
                if (pv && !ok)
                    r.error(pp, tr(r.lang, "ahp.r.rows", {std::to_string(n)}));
                for (Eigen::Index i = 0; ok && i < n; ++i) {
                    const auto &row = pv->get_array()[static_cast<std::size_t>(i)];
                    const std::string rp = join(pp, static_cast<std::size_t>(i));
                    if (!row.is_array() || static_cast<Eigen::Index>(row.get_array().size()) != n) {
                        r.error(rp, tr(r.lang, "ahp.r.row", {std::to_string(n)}));
                        ok = false;
                        break;
                    }
                    for (Eigen::Index j = 0; j < n; ++j) {
                        const auto &x = row.get_array()[static_cast<std::size_t>(j)];
                        std::optional<double> a;
                        if (x.is_number())
                            a = x.to_number<double>();
                        else if (x.is_string())
                            a = mcda::parseFraction(x.get_string());
                        const std::string xp = join(rp, static_cast<std::size_t>(j));
                        if (!a || !(*a >= 1.0 / 9 - 1e-9 && *a <= 9 + 1e-9)) {
                            r.error(xp, tr(r.lang, "read.expected_found", {tr(r.lang, "read.expect.judgement"), kindName(x, r.lang)}));
                            ok = false;
                            continue;
                        }
                        e.pairwise(i, j) = *a;
                    }
                }
                for (Eigen::Index i = 0; ok && i < n; ++i)
                    for (Eigen::Index j = 0; j < n; ++j) {
                        const std::string xp = join(join(pp, static_cast<std::size_t>(i)), static_cast<std::size_t>(j));
                        if (i == j && std::abs(e.pairwise(i, j) - 1.0) > 1e-9)
                            r.error(xp, tr(r.lang, "ahp.r.diagonal"));
                        else if (i < j && std::abs(e.pairwise(i, j) * e.pairwise(j, i) - 1.0) > 1e-6)
                            r.error(xp, tr(r.lang, "ahp.r.reciprocal", {std::to_string(j), std::to_string(i)}));
                    }
                r.unknownKeys(*ko, kp, {"name", "pairwise"});
                out.evaluators.push_back(std::move(e));
            }
    }
    if (out.evaluators.empty() && ev && ev->is_array())
        r.error(join(path, "evaluators"), tr(r.lang, "ahp.r.one_evaluator"));
    r.unknownKeys(*o, path, {"criteria", "priority_method", "group", "evaluators"});
}

} // namespace

std::optional<AhpJudgements> AhpJudgements::alignedTo(const Project &p) const
{
    if (criteria.size() != p.criteria.size())
        return std::nullopt;
    std::vector<Eigen::Index> from; // project row → stored row
    for (const auto &c : p.criteria) {
        const auto it = std::find(criteria.begin(), criteria.end(), c.id);
        if (it == criteria.end())
            return std::nullopt;
        from.push_back(it - criteria.begin());
    }
    AhpJudgements a = *this;
    a.criteria.clear();
    for (const auto &c : p.criteria)
        a.criteria.push_back(c.id);
    const auto n = static_cast<Eigen::Index>(from.size());
    for (std::size_t k = 0; k < evaluators.size(); ++k)
        for (Eigen::Index i = 0; i < n; ++i)
            for (Eigen::Index j = 0; j < n; ++j)
                a.evaluators[k].pairwise(i, j) = evaluators[k].pairwise(from[static_cast<std::size_t>(i)], from[static_cast<std::size_t>(j)]);
    return a;
}

bool AhpJudgements::operator==(const AhpJudgements &other) const
{
    if (criteria != other.criteria || method != other.method || group != other.group || evaluators.size() != other.evaluators.size())
        return false;
    for (std::size_t k = 0; k < evaluators.size(); ++k) {
        const auto &a = evaluators[k], &b = other.evaluators[k];
        if (a.name != b.name || a.pairwise.rows() != b.pairwise.rows() || a.pairwise.cols() != b.pairwise.cols() || a.pairwise != b.pairwise)
            return false;
    }
    return true;
}

mcda::AhpProblem AhpJudgements::problem() const
{
    mcda::AhpProblem pr;
    pr.criteria = criteria;
    pr.method = method;
    for (const auto &e : evaluators) {
        pr.evaluators.push_back(e.name);
        pr.pairwise.push_back(e.pairwise);
    }
    return pr;
}

json::value ahpJson(const AhpJudgements &j)
{
    json::object o;
    json::array crit;
    for (const auto &c : j.criteria)
        crit.push_back(json::value(c));
    o["criteria"] = std::move(crit);
    o["priority_method"] = mcda::priorityMethodName(j.method);
    o["group"] = j.group;
    json::array evs;
    for (const auto &e : j.evaluators) {
        json::array rows;
        for (Eigen::Index i = 0; i < e.pairwise.rows(); ++i) {
            json::array row;
            for (Eigen::Index k = 0; k < e.pairwise.cols(); ++k)
                row.push_back(judgementJson(e.pairwise(i, k)));
            rows.push_back(std::move(row));
        }
        evs.push_back(json::object{{"name", e.name}, {"pairwise", std::move(rows)}});
    }
    o["evaluators"] = std::move(evs);
    return o;
}

bool hasAhpJudgements(const Project &p)
{
    return p.sections.get<AhpJudgements>() != nullptr;
}

AhpJudgements ahpJudgementsOf(const Project &p)
{
    const auto *j = p.sections.get<AhpJudgements>();
    return j ? *j : AhpJudgements{};
}

void setAhpJudgements(Project &p, const AhpJudgements &j)
{
    p.sections.set(j);
}

void readAhpSection(JsonReader &r, const json::value &v, const std::string &path, Project &p)
{
    AhpJudgements j;
    readJson(r, v, path, j);
    p.sections.set(std::move(j));
}

json::value writeAhpSection(const Project &p)
{
    const auto *j = p.sections.get<AhpJudgements>();
    return j ? ahpJson(*j) : json::value(nullptr);
}

void validateAhpSection(const Project &p, std::vector<Diagnostic> &out, Lang lang)
{
    if (!hasAhpJudgements(p))
        return;
    const auto j = ahpJudgementsOf(p);
    if (!j.alignedTo(p))
        out.push_back({Diagnostic::Severity::Warning, "/ahp/criteria",
                       tr(lang, "ahp.v.other_criteria")});
}

} // namespace vb
