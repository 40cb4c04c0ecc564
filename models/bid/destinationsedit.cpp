// SPDX-License-Identifier: GPL-3.0-or-later
// The destinations page's edits with the reader's checks (destinationsedit.h).
#include "destinationsedit.h"

#include "jsonreader.h"
#include "listmove.h"
#include "messages.h"
#include "numbers.h"
#include "text.h"
#include "units.h"

#include <algorithm>
#include <cmath>

namespace vb::destinations {

namespace {

std::string shown(double x)
{
    return std::isfinite(x) ? formatShortest(x) : std::string("–");
}

Fact newFact(double value, const Provenance &pv)
{
    Fact f;
    f.value = value;
    if (!pv.asOf.empty())
        f.asOf = pv.asOf;
    if (!pv.source.empty()) {
        f.source = pv.source;
    } else if (!pv.basis.empty()) {
        f.estimate = true;
        f.basis = pv.basis;
    } // neither: stored unsourced (Fact::missing)
    return f;
}

/** The form gives something an unsourced value lacks (a source or basis it has none of, or a date). */
bool completes(const Fact &f, const Provenance &pv)
{
    const MissingProvenance m = f.missing();
    const bool source = (static_cast<int>(m) & 1) && (!pv.source.empty() || !pv.basis.empty());
    const bool asOf = (static_cast<int>(m) & 2) && !pv.asOf.empty();
    return source || asOf;
}

/** f with what the form gives filled in where f lacks it (its value and the provenance it has stay). */
Fact completed(Fact f, const Provenance &pv)
{
    const MissingProvenance m = f.missing();
    if ((static_cast<int>(m) & 1) && !pv.source.empty()) {
        f.source = pv.source;
    } else if ((static_cast<int>(m) & 1) && !pv.basis.empty()) {
        f.estimate = true;
        f.basis = pv.basis;
    }
    if ((static_cast<int>(m) & 2) && !pv.asOf.empty())
        f.asOf = pv.asOf;
    return f;
}

/** values[k] into facts[k]: a value equal to the stored one keeps its fact (and its exact stored value); a new one
 *  takes the form's provenance.
 *  name(k) names the value in a refusal; field(k) is its field key. */
template<typename Name, typename Field>
EditRefusal putValues(std::vector<Fact *> facts, const std::vector<double> &values, const Provenance &pv, bool required, Lang l, Name name,
                      Field field)
{
    bool provenanceChecked = false;
    for (std::size_t k = 0; k < facts.size(); ++k) {
        const double v = k < values.size() ? values[k] : std::nan("");
        if (std::isnan(v)) {
            if (required || !facts[k]->value)
                return {field(k), tr(l, "destedit.value_required", {name(k)})};
            continue;
        }
        if (!std::isfinite(v) || std::abs(v) > 1e15)
            return {field(k), tr(l, "destedit.value", {name(k), shown(v)})};
        // Equal up to the noise of a value shown as text and read back (1e-9 relative): the person did not change it.
        // It keeps its provenance; an unsourced one takes what the form adds (a source typed in for it later).
        const bool same = facts[k]->value && std::abs(*facts[k]->value - v) <= 1e-9 * std::max(1.0, std::abs(v));
        if (same && !completes(*facts[k], pv))
            continue;
        if (!provenanceChecked) {
            if (auto e = checkProvenance(pv, l); !e.ok())
                return e;
            provenanceChecked = true;
        }
        *facts[k] = same ? completed(*facts[k], pv) : newFact(v, pv);
    }
    return {};
}

/** The reader's verdict on c, then the project's checks; stores c when both pass. */
EditRefusal store(Project &p, Comparison c, Lang l)
{
    JsonReader r;
    Comparison back;
    readDestinationsJson(r, destinationsJson(c), "/destinations", back);
    if (!r.errors().empty())
        return {"", tr(l, "deal.edit.invalid")};
    Project q = p;
    q.sections.set(c);
    std::vector<Diagnostic> d;
    validateDestinationsSection(q, d);
    if (std::any_of(d.begin(), d.end(), [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; }))
        return {"", tr(l, "deal.edit.invalid")};
    p.sections.set(std::move(c));
    return {};
}

Provenance provenanceOf(const std::string &source, const std::string &basis, const std::string &asOf)
{
    return {trimmed(source), trimmed(basis), trimmed(asOf)};
}

/** The source, basis and date of the first known fact of facts (what the form shows for the values it keeps). */
template<typename Facts>
void firstProvenance(const Facts &facts, std::string &source, std::string &basis, std::string &asOf)
{
    for (const Fact &f : facts)
        if (f.value) {
            source = f.source.value_or("");
            basis = f.basis.value_or("");
            asOf = f.asOf.value_or("");
            return;
        }
}

} // namespace

DestinationFields destinationFields(const Project &p, std::size_t index)
{
    DestinationFields f;
    const Comparison c = destinationsOf(p);
    f.values.assign(c.criteria.size(), std::nan(""));
    if (index >= c.destinations.size())
        return f;
    const auto &d = c.destinations[index];
    f.name = d.name;
    for (std::size_t k = 0; k < d.values.size() && k < f.values.size(); ++k)
        f.values[k] = d.values[k].value.value_or(std::nan(""));
    firstProvenance(d.values, f.source, f.basis, f.asOf);
    return f;
}

DestinationCriterionFields criterionFields(const Project &p, std::size_t index)
{
    DestinationCriterionFields f;
    const Comparison c = destinationsOf(p);
    f.values.assign(c.destinations.size(), std::nan(""));
    if (index >= c.criteria.size())
        return f;
    const auto &k = c.criteria[index];
    f.name = k.name;
    f.group = k.group;
    f.direction = k.direction;
    f.weight = k.weight;
    f.unit = k.unit;
    f.controllable = k.controllable;
    std::vector<Fact> column;
    for (std::size_t i = 0; i < c.destinations.size(); ++i) {
        const Fact &x = index < c.destinations[i].values.size() ? c.destinations[i].values[index] : Fact{};
        f.values[i] = x.value.value_or(std::nan(""));
        column.push_back(x);
    }
    firstProvenance(column, f.source, f.basis, f.asOf);
    return f;
}

namespace {

EditRefusal putDestination(Comparison &c, Destination &d, const DestinationFields &f, bool adding, Lang l)
{
    d.name = nameInBothLanguages(f.name);
    if (d.name.en.empty())
        return {"name", tr(l, "destedit.name_required")};
    d.values.resize(c.criteria.size());
    std::vector<Fact *> facts;
    for (auto &x : d.values)
        facts.push_back(&x);
    return putValues(
        facts, f.values, provenanceOf(f.source, f.basis, f.asOf), adding, l, [&](std::size_t k) { return c.criteria[k].name.get(l); },
        [&](std::size_t k) { return "value:" + c.criteria[k].id; });
}

} // namespace

EditRefusal addDestination(Project &p, const DestinationFields &f, Lang l)
{
    Comparison c = destinationsOf(p);
    if (c.criteria.empty())
        return {"", tr(l, "destedit.criteria_first")};
    Destination d;
    if (auto e = putDestination(c, d, f, true, l); !e.ok())
        return e;
    d.id = idFromName({d.name.en, d.name.zh}, "destination", [&](const std::string &id) {
        return std::any_of(c.destinations.begin(), c.destinations.end(), [&](const Destination &x) { return x.id == id; });
    });
    if (c.destinations.empty())
        c.ours = d.id;
    c.destinations.push_back(std::move(d));
    return store(p, std::move(c), l);
}

EditRefusal setDestination(Project &p, std::size_t index, const DestinationFields &f, Lang l)
{
    Comparison c = destinationsOf(p);
    if (index >= c.destinations.size())
        return {"", tr(l, "destedit.no_destination")};
    Destination d = c.destinations[index];
    if (auto e = putDestination(c, d, f, false, l); !e.ok())
        return e;
    c.destinations[index] = std::move(d);
    return store(p, std::move(c), l);
}

EditRefusal removeDestination(Project &p, std::size_t index, Lang l)
{
    Comparison c = destinationsOf(p);
    if (index >= c.destinations.size())
        return {"", tr(l, "destedit.no_destination")};
    if (c.destinations[index].id == c.ours)
        return {"", tr(l, "destedit.ours_stays")};
    c.destinations.erase(c.destinations.begin() + static_cast<std::ptrdiff_t>(index));
    return store(p, std::move(c), l);
}

EditRefusal moveDestination(Project &p, std::size_t index, int delta, Lang l)
{
    Comparison c = destinationsOf(p);
    // Ours is named by id, so it may move like the others.
    switch (moveInList(c.destinations, index, delta)) {
    case ListMove::NoSuchItem: return {"", tr(l, "destedit.no_destination")};
    case ListMove::Unchanged: return {};
    case ListMove::Moved: break;
    }
    return store(p, std::move(c), l);
}

namespace {

EditRefusal putCriterion(Comparison &c, std::size_t index, const DestinationCriterionFields &f, bool adding, Lang l)
{
    Criterion &k = c.criteria[index];
    k.name = nameInBothLanguages(f.name);
    if (k.name.en.empty())
        return {"name", tr(l, "destedit.name_required")};
    if (!std::isfinite(f.weight) || f.weight < 0 || f.weight > 1e6)
        return {"weight", tr(l, "destedit.weight", {shown(f.weight)})};
    const std::string unit = trimmed(f.unit);
    const auto known = knownUnits();
    if (!unit.empty() && unit != k.unit && std::find(known.begin(), known.end(), unit) == known.end())
        return {"unit", tr(l, "destedit.unit", {unit})};
    k.group = f.group;
    k.direction = f.direction;
    k.weight = f.weight;
    k.unit = unit;
    k.controllable = f.controllable;
    double sum = 0;
    for (const auto &x : c.criteria)
        sum += x.weight;
    if (!(sum > 0))
        return {"weight", tr(l, "destedit.weights_zero")};
    std::vector<Fact *> facts;
    for (auto &d : c.destinations) {
        d.values.resize(c.criteria.size());
        facts.push_back(&d.values[index]);
    }
    return putValues(
        facts, f.values, provenanceOf(f.source, f.basis, f.asOf), adding, l, [&](std::size_t i) { return c.destinations[i].name.get(l); },
        [&](std::size_t i) { return "value:" + c.destinations[i].id; });
}

} // namespace

EditRefusal addDestinationCriterion(Project &p, const DestinationCriterionFields &f, Lang l)
{
    Comparison c = destinationsOf(p);
    Criterion k;
    const LocalizedText name = nameInBothLanguages(f.name);
    k.id = idFromName({name.en, name.zh}, "criterion", [&](const std::string &id) {
        return std::any_of(c.criteria.begin(), c.criteria.end(), [&](const Criterion &x) { return x.id == id; });
    });
    c.criteria.push_back(std::move(k));
    if (auto e = putCriterion(c, c.criteria.size() - 1, f, true, l); !e.ok())
        return e;
    return store(p, std::move(c), l);
}

EditRefusal setDestinationCriterion(Project &p, std::size_t index, const DestinationCriterionFields &f, Lang l)
{
    Comparison c = destinationsOf(p);
    if (index >= c.criteria.size())
        return {"", tr(l, "destedit.no_criterion")};
    if (auto e = putCriterion(c, index, f, false, l); !e.ok())
        return e;
    return store(p, std::move(c), l);
}

EditRefusal removeDestinationCriterion(Project &p, std::size_t index, Lang l)
{
    Comparison c = destinationsOf(p);
    if (index >= c.criteria.size())
        return {"", tr(l, "destedit.no_criterion")};
    if (c.criteria.size() == 1)
        return {"", tr(l, "destedit.last_criterion")};
    c.criteria.erase(c.criteria.begin() + static_cast<std::ptrdiff_t>(index));
    for (auto &d : c.destinations)
        if (index < d.values.size())
            d.values.erase(d.values.begin() + static_cast<std::ptrdiff_t>(index));
    double sum = 0;
    for (const auto &x : c.criteria)
        sum += x.weight;
    if (!(sum > 0))
        return {"", tr(l, "destedit.weights_zero")};
    return store(p, std::move(c), l);
}

EditRefusal moveDestinationCriterion(Project &p, std::size_t index, int delta, Lang l)
{
    Comparison c = destinationsOf(p);
    // Every destination's value on a criterion sits at the criterion's index: it moves with its criterion.
    const auto swap = [&c](std::size_t i, std::size_t j) {
        std::swap(c.criteria[i], c.criteria[j]);
        for (auto &d : c.destinations)
            if (std::max(i, j) < d.values.size())
                std::swap(d.values[i], d.values[j]);
    };
    switch (moveAmongPeers(c.criteria.size(), index, delta, [](std::size_t) { return true; }, swap)) {
    case ListMove::NoSuchItem: return {"", tr(l, "destedit.no_criterion")};
    case ListMove::Unchanged: return {};
    case ListMove::Moved: break;
    }
    return store(p, std::move(c), l);
}

} // namespace vb::destinations
