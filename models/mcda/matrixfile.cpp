// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixfile.h"

#include "jsontext.h"

#include <boost/json.hpp>

#include <charconv>
#include <cmath>
#include <set>

namespace json = boost::json;

namespace vb::mcda {

namespace {

/** Thrown inside the readers only; caught at their boundary and turned into ReadResult::error. */
struct Fail {
    std::string message;
};

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw Fail{where.empty() ? what : where + ": " + what};
}

std::string idx(const std::string &base, std::size_t i)
{
    return base + "[" + std::to_string(i) + "]";
}

std::string key(const std::string &base, const char *k)
{
    return base.empty() ? std::string(k) : base + "." + k;
}

const char *kindOf(const json::value &v)
{
    switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "a boolean";
    case json::kind::string: return "a string";
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
    default: return "a number";
    }
}

double number(const json::value &v, const std::string &where)
{
    double x = 0;
    if (v.is_double())
        x = v.get_double();
    else if (v.is_int64())
        x = static_cast<double>(v.get_int64());
    else if (v.is_uint64())
        x = static_cast<double>(v.get_uint64());
    else
        fail(where, std::string("expected a number, found ") + kindOf(v));
    if (!std::isfinite(x) || std::abs(x) > kMaxMagnitude)
        fail(where, formatShortest(x) + " is outside the supported range ±1e100");
    return x;
}

const json::array &array(const json::value &v, const std::string &where, const char *what = "an array")
{
    if (!v.is_array())
        fail(where, std::string("expected ") + what + ", found " + kindOf(v));
    return v.get_array();
}

const json::object &object(const json::value &v, const std::string &where)
{
    if (!v.is_object())
        fail(where, std::string("expected an object, found ") + kindOf(v));
    return v.get_object();
}

std::string string(const json::value &v, const std::string &where)
{
    if (!v.is_string())
        fail(where, std::string("expected a string, found ") + kindOf(v));
    return std::string(v.get_string());
}

/** "unknown 'x'; expected one of a, b or c" */
[[noreturn]] void unknownChoice(const std::string &where, const std::string &got, std::initializer_list<const char *> valid)
{
    std::string list;
    std::size_t k = 0;
    for (const char *c : valid) {
        list += (k == 0 ? "" : (k + 1 == valid.size() ? " or " : ", ")) + std::string(c);
        ++k;
    }
    fail(where, "unknown '" + got + "'; expected " + list);
}

void checkKeys(const json::object &o, const std::string &where, std::initializer_list<const char *> known, std::vector<std::string> &warnings)
{
    for (const auto &kv : o) {
        bool found = false;
        for (const char *k : known)
            found = found || kv.key() == k;
        if (!found)
            warnings.push_back(key(where, std::string(kv.key()).c_str()) + ": unknown key (ignored)");
    }
}

std::string parseError(std::string_view text, const json::value *&root, JsonParseResult &holder)
{
    holder = parseJson(text);
    if (holder.error) {
        const auto &e = *holder.error;
        return "line " + std::to_string(e.line) + ", column " + std::to_string(e.column) + ": " + e.message;
    }
    root = &*holder.value;
    return {};
}

template<typename T, typename F>
ReadResult<T> guarded(F body)
{
    ReadResult<T> r;
    try {
        r.value = body(r.warnings);
    } catch (const Fail &f) {
        r.value.reset();
        r.error = f.message;
    } catch (const std::exception &e) { // bad_alloc on absurd input: report, never crash
        r.value.reset();
        r.error = std::string("cannot read the file: ") + e.what();
    }
    return r;
}

std::vector<std::string> names(const json::value &v, const std::string &where, std::size_t expected, bool exact)
{
    const auto &a = array(v, where, "an array of names");
    if (exact && a.size() != expected)
        fail(where, "expected " + std::to_string(expected) + " names, found " + std::to_string(a.size()));
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto s = a[i].is_object() && a[i].get_object().contains("name") ? string(a[i].get_object().at("name"), idx(where, i) + ".name")
                                                                       : string(a[i], idx(where, i));
        if (!seen.insert(s).second)
            fail(idx(where, i), "duplicate name '" + s + "'");
        out.push_back(std::move(s));
    }
    return out;
}

Preference readPreference(const json::value &v, const std::string &where, std::vector<std::string> &warnings)
{
    const auto &o = object(v, where);
    checkKeys(o, where, {"function", "q", "p", "s"}, warnings);
    Preference p;
    const auto *f = o.if_contains("function");
    if (!f)
        fail(key(where, "function"), "missing; expected usual, ushape, vshape, level, linear or gaussian");
    const std::string fn = string(*f, key(where, "function"));
    if (fn == "usual")
        p.function = PreferenceFunction::Usual;
    else if (fn == "ushape")
        p.function = PreferenceFunction::UShape;
    else if (fn == "vshape")
        p.function = PreferenceFunction::VShape;
    else if (fn == "level")
        p.function = PreferenceFunction::Level;
    else if (fn == "linear")
        p.function = PreferenceFunction::Linear;
    else if (fn == "gaussian")
        p.function = PreferenceFunction::Gaussian;
    else
        unknownChoice(key(where, "function"), fn, {"usual", "ushape", "vshape", "level", "linear", "gaussian"});
    const auto param = [&](const char *name, bool needed) {
        const auto *x = o.if_contains(name);
        if (!x) {
            if (needed)
                fail(key(where, name), "missing; the " + fn + " function needs it");
            return 0.0;
        }
        const double val = number(*x, key(where, name));
        if (val < 0)
            fail(key(where, name), "must be ≥ 0, found " + formatShortest(val));
        return val;
    };
    using PF = PreferenceFunction;
    p.q = param("q", p.function == PF::UShape || p.function == PF::Level || p.function == PF::Linear);
    p.p = param("p", p.function == PF::VShape || p.function == PF::Level || p.function == PF::Linear);
    p.s = param("s", p.function == PF::Gaussian);
    if (p.function == PF::VShape && p.p <= 0)
        fail(key(where, "p"), "must be > 0 for vshape");
    if (p.function == PF::Linear && p.p <= p.q)
        fail(key(where, "p"), "must be > q (" + formatShortest(p.q) + ") for linear");
    if (p.function == PF::Level && p.p < p.q)
        fail(key(where, "p"), "must be ≥ q (" + formatShortest(p.q) + ") for level");
    if (p.function == PF::Gaussian && p.s <= 0)
        fail(key(where, "s"), "must be > 0 for gaussian");
    return p;
}

DecisionProblem readDecision(const json::value &root, ReadPurpose purpose, std::vector<std::string> &warnings)
{
    const auto &o = object(root, "");
    checkKeys(o, "", {"alternatives", "criteria", "matrix", "method", "normalization", "normalize_weights", "params", "title", "description"}, warnings);
    DecisionProblem p;

    if (const auto *m = o.if_contains("method")) {
        const auto s = string(*m, "method");
        const auto parsed = parseMethod(s);
        if (!parsed)
            unknownChoice("method", s, {"wsm", "wpm", "topsis", "vikor", "promethee2"});
        p.method = *parsed;
    } else if (purpose == ReadPurpose::Score) {
        fail("method", "missing; expected wsm, wpm, topsis, vikor or promethee2");
    }
    if (const auto *n = o.if_contains("normalization")) {
        const auto s = string(*n, "normalization");
        const auto parsed = parseNormalization(s);
        if (!parsed)
            unknownChoice("normalization", s, {"none", "vector", "minmax", "max_linear", "sum"});
        p.normalization = parsed;
        if ((p.method == Method::VIKOR || p.method == Method::PROMETHEE2) && purpose == ReadPurpose::Score)
            warnings.push_back(std::string("normalization: ignored by ") + methodName(p.method) + ", which works on raw values");
    }
    if (const auto *nw = o.if_contains("normalize_weights")) {
        if (!nw->is_bool())
            fail("normalize_weights", std::string("expected true or false, found ") + kindOf(*nw));
        p.normalizeWeights = nw->get_bool();
    }
    if (const auto *params = o.if_contains("params")) {
        const auto &po = object(*params, "params");
        checkKeys(po, "params", {"v"}, warnings);
        if (const auto *v = po.if_contains("v")) {
            p.v = number(*v, "params.v");
            if (p.v < 0 || p.v > 1)
                fail("params.v", "must be between 0 and 1, found " + formatShortest(p.v));
        }
    }

    const auto *crit = o.if_contains("criteria");
    if (!crit)
        fail("criteria", "missing; expected an array of criteria");
    const auto &ca = array(*crit, "criteria", "an array of criteria");
    if (ca.empty())
        fail("criteria", "expected at least one criterion");
    if (ca.size() > kMaxCriteria)
        fail("criteria", std::to_string(ca.size()) + " criteria exceed the limit of " + std::to_string(kMaxCriteria));
    const std::size_t m = ca.size();
    p.weights = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(m));
    std::set<std::string> seen;
    std::size_t ranked = 0;
    for (std::size_t j = 0; j < m; ++j) {
        const std::string where = idx("criteria", j);
        const auto &c = object(ca[j], where);
        checkKeys(c, where, {"name", "type", "weight", "preference", "rank", "weight_bounds", "unit", "description"}, warnings);
        std::string name = "C" + std::to_string(j + 1);
        if (const auto *nm = c.if_contains("name"))
            name = string(*nm, key(where, "name"));
        if (!seen.insert(name).second)
            fail(key(where, "name"), "duplicate criterion name '" + name + "'");
        p.criteria.push_back(name);
        const auto *t = c.if_contains("type");
        if (!t)
            fail(key(where, "type"), "missing; expected benefit or cost");
        const auto ts = string(*t, key(where, "type"));
        if (ts == "benefit")
            p.directions.push_back(Direction::Benefit);
        else if (ts == "cost")
            p.directions.push_back(Direction::Cost);
        else
            unknownChoice(key(where, "type"), ts, {"benefit", "cost"});
        if (const auto *w = c.if_contains("weight")) {
            const double wv = number(*w, key(where, "weight"));
            if (wv < 0)
                fail(key(where, "weight"), "must be ≥ 0, found " + formatShortest(wv));
            p.weights(static_cast<Eigen::Index>(j)) = wv;
        } else if (purpose == ReadPurpose::Score) {
            fail(key(where, "weight"), "missing; expected a number ≥ 0");
        }
        p.preferences.push_back(c.contains("preference") ? readPreference(c.at("preference"), key(where, "preference"), warnings) : Preference{});
        p.ranks.emplace_back();
        if (const auto *rk = c.if_contains("rank")) {
            const double rv = number(*rk, key(where, "rank"));
            if (rv != std::floor(rv) || rv < 1 || rv > static_cast<double>(m))
                fail(key(where, "rank"), "expected an integer from 1 to " + std::to_string(m) + ", found " + formatShortest(rv));
            p.ranks.back() = static_cast<int>(rv);
            ++ranked;
        }
        p.weightBounds.emplace_back();
        if (const auto *wb = c.if_contains("weight_bounds")) {
            const auto &b = array(*wb, key(where, "weight_bounds"), "[lower, upper]");
            if (b.size() != 2)
                fail(key(where, "weight_bounds"), "expected [lower, upper], found " + std::to_string(b.size()) + " values");
            const double lo = number(b[0], idx(key(where, "weight_bounds"), 0)), hi = number(b[1], idx(key(where, "weight_bounds"), 1));
            if (lo < 0 || hi > 1 || lo > hi)
                fail(key(where, "weight_bounds"), "expected 0 ≤ lower ≤ upper ≤ 1, found [" + formatShortest(lo) + ", " + formatShortest(hi) + "]");
            p.weightBounds.back() = std::make_pair(lo, hi);
        }
    }
    if (ranked != 0 && ranked != m)
        fail("criteria", "either every criterion has a rank or none does (" + std::to_string(ranked) + " of " + std::to_string(m) + " have one)");
    if (purpose == ReadPurpose::Score && p.normalizeWeights && p.weights.sum() <= 0)
        fail("criteria", "the weights sum to 0; at least one weight must be positive");

    const auto *mx = o.if_contains("matrix");
    if (!mx)
        fail("matrix", "missing; expected an array of rows, one per alternative");
    const auto &rows = array(*mx, "matrix", "an array of rows, one per alternative");
    if (rows.empty())
        fail("matrix", "expected at least one row (alternative)");
    if (rows.size() > kMaxAlternatives)
        fail("matrix", std::to_string(rows.size()) + " alternatives exceed the limit of " + std::to_string(kMaxAlternatives));
    if (rows.size() * m > kMaxCells)
        fail("matrix", std::to_string(rows.size()) + " × " + std::to_string(m) + " values exceed the limit of " + std::to_string(kMaxCells));
    const std::size_t n = rows.size();
    p.X.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(m));
    for (std::size_t i = 0; i < n; ++i) {
        const auto &row = array(rows[i], idx("matrix", i), "an array of numbers, one per criterion");
        if (row.size() != m)
            fail(idx("matrix", i), "expected " + std::to_string(m) + " values (one per criterion), found " + std::to_string(row.size()));
        for (std::size_t j = 0; j < m; ++j) {
            const std::string where = idx(idx("matrix", i), j);
            const double x = number(row[j], where);
            if (p.method == Method::WPM && purpose == ReadPurpose::Score && x <= 0)
                fail(where, "wpm needs positive values, found " + formatShortest(x));
            p.X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = x;
        }
    }
    if (const auto *alts = o.if_contains("alternatives")) {
        p.alternatives = names(*alts, "alternatives", n, true);
    } else {
        for (std::size_t i = 0; i < n; ++i)
            p.alternatives.push_back("A" + std::to_string(i + 1));
    }
    return p;
}

Eigen::MatrixXd readPairwise(const json::value &v, const std::string &where, std::size_t n)
{
    const auto &rows = array(v, where, "a square matrix (array of rows)");
    if (rows.size() != n)
        fail(where, "expected " + std::to_string(n) + " rows, found " + std::to_string(rows.size()));
    Eigen::MatrixXd A(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (std::size_t i = 0; i < n; ++i) {
        const auto &row = array(rows[i], idx(where, i), "an array of judgements");
        if (row.size() != n)
            fail(idx(where, i), "expected " + std::to_string(n) + " values, found " + std::to_string(row.size()));
        for (std::size_t j = 0; j < n; ++j) {
            const std::string w = idx(idx(where, i), j);
            std::optional<double> x;
            if (row[j].is_string()) {
                x = parseFraction(row[j].get_string());
                if (!x)
                    fail(w, "expected a positive number or a fraction such as \"1/3\", found \"" + std::string(row[j].get_string()) + "\"");
            } else {
                x = number(row[j], w);
            }
            if (!(*x > 0) || *x > 1e9)
                fail(w, "judgements must be positive (at most 1e9), found " + formatShortest(*x));
            A(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = *x;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto ii = static_cast<Eigen::Index>(i);
        if (std::abs(A(ii, ii) - 1.0) > 1e-9)
            fail(idx(idx(where, i), i), "the diagonal must be 1, found " + formatShortest(A(ii, ii)));
        for (std::size_t j = i + 1; j < n; ++j) {
            const auto jj = static_cast<Eigen::Index>(j);
            // 0.33 against 3 passes; the lower triangle is then replaced by exact reciprocals of the upper one.
            if (std::abs(A(ii, jj) * A(jj, ii) - 1.0) > 0.02)
                fail(idx(idx(where, j), i), formatShortest(A(jj, ii)) + " is not the reciprocal of " + idx(idx(where, i), j) + " = " + formatShortest(A(ii, jj)) +
                                                " (expected " + formatShortest(1.0 / A(ii, jj)) + ")");
            A(jj, ii) = 1.0 / A(ii, jj);
        }
    }
    return A;
}

/** One matrix, or one per evaluator when evaluators are named. */
std::vector<Eigen::MatrixXd> readMatrices(const json::value &v, const std::string &where, std::size_t n, std::size_t evaluators)
{
    if (evaluators == 0)
        return {readPairwise(v, where, n)};
    const auto &a = array(v, where, "one matrix per evaluator");
    if (a.size() != evaluators)
        fail(where, "expected " + std::to_string(evaluators) + " matrices (one per evaluator), found " + std::to_string(a.size()));
    std::vector<Eigen::MatrixXd> out;
    for (std::size_t e = 0; e < a.size(); ++e)
        out.push_back(readPairwise(a[e], idx(where, e), n));
    return out;
}

AhpProblem readAhp(const json::value &root, std::vector<std::string> &warnings)
{
    const auto &o = object(root, "");
    checkKeys(o, "", {"criteria", "pairwise", "priority_method", "alternatives", "alternative_pairwise", "evaluators", "title", "description"}, warnings);
    AhpProblem p;
    const auto *c = o.if_contains("criteria");
    if (!c)
        fail("criteria", "missing; expected an array of criterion names");
    p.criteria = names(*c, "criteria", 0, false);
    if (p.criteria.empty())
        fail("criteria", "expected at least one criterion");
    if (p.criteria.size() > 15)
        fail("criteria", std::to_string(p.criteria.size()) + " criteria: at most 15 (Saaty's random index table ends at n = 15)");
    if (const auto *pm = o.if_contains("priority_method")) {
        const auto s = string(*pm, "priority_method");
        if (s == "eigenvector")
            p.method = PriorityMethod::Eigenvector;
        else if (s == "normalized_column_mean")
            p.method = PriorityMethod::NormalizedColumnMean;
        else if (s == "geometric_mean")
            p.method = PriorityMethod::GeometricMean;
        else
            unknownChoice("priority_method", s, {"eigenvector", "normalized_column_mean", "geometric_mean"});
    }
    if (const auto *ev = o.if_contains("evaluators")) {
        p.evaluators = names(*ev, "evaluators", 0, false);
        if (p.evaluators.empty())
            fail("evaluators", "expected at least one evaluator name");
        if (p.evaluators.size() > 1000)
            fail("evaluators", "at most 1000 evaluators");
    }
    const auto *pw = o.if_contains("pairwise");
    if (!pw)
        fail("pairwise", "missing; expected the criteria's pairwise comparison matrix");
    p.pairwise = readMatrices(*pw, "pairwise", p.criteria.size(), p.evaluators.size());
    const auto *alts = o.if_contains("alternatives");
    const auto *apw = o.if_contains("alternative_pairwise");
    if (!alts && apw)
        fail("alternatives", "missing; alternative_pairwise needs the alternatives' names");
    if (alts && !apw)
        fail("alternative_pairwise", "missing; expected one matrix of alternatives per criterion");
    if (alts) {
        p.alternatives = names(*alts, "alternatives", 0, false);
        if (p.alternatives.empty() || p.alternatives.size() > 15)
            fail("alternatives", "expected 1 to 15 alternatives, found " + std::to_string(p.alternatives.size()));
        const auto &a = array(*apw, "alternative_pairwise", "one matrix per criterion");
        if (a.size() != p.criteria.size())
            fail("alternative_pairwise", "expected " + std::to_string(p.criteria.size()) + " matrices (one per criterion), found " + std::to_string(a.size()));
        for (std::size_t k = 0; k < a.size(); ++k) {
            // With evaluators, a criterion holds either one shared matrix or one per evaluator.
            const bool perEvaluator = !p.evaluators.empty() && a[k].is_array() && !a[k].get_array().empty() && a[k].get_array()[0].is_array() &&
                                      !a[k].get_array()[0].get_array().empty() && a[k].get_array()[0].get_array()[0].is_array();
            p.alternativePairwise.push_back(readMatrices(a[k], idx("alternative_pairwise", k), p.alternatives.size(), perEvaluator ? p.evaluators.size() : 0));
        }
    }
    return p;
}

} // namespace


ReadResult<DecisionProblem> readDecisionProblem(std::string_view text, ReadPurpose purpose)
{
    JsonParseResult holder;
    const json::value *root = nullptr;
    if (auto e = parseError(text, root, holder); !e.empty())
        return ReadResult<DecisionProblem>{std::nullopt, e, {}};
    return guarded<DecisionProblem>([&](std::vector<std::string> &w) { return readDecision(*root, purpose, w); });
}

ReadResult<AhpProblem> readAhpProblem(std::string_view text)
{
    JsonParseResult holder;
    const json::value *root = nullptr;
    if (auto e = parseError(text, root, holder); !e.empty())
        return ReadResult<AhpProblem>{std::nullopt, e, {}};
    return guarded<AhpProblem>([&](std::vector<std::string> &w) { return readAhp(*root, w); });
}

} // namespace vb::mcda
