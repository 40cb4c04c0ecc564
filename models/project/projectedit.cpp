// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedit.h"

#include "jsonreader.h"
#include "messages.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vb {

std::vector<double> weightPercents(const Project &p)
{
    double sum = 0;
    for (const auto &c : p.criteria)
        sum += c.weight;
    std::vector<double> out;
    for (const auto &c : p.criteria)
        out.push_back(sum > 0 ? c.weight / sum * 100.0 : 0.0);
    return out;
}

bool setWeightPercent(Project &p, std::size_t index, double percent)
{
    if (index >= p.criteria.size())
        return false;
    percent = std::clamp(percent, 0.0, 100.0);
    auto pct = weightPercents(p);
    const double othersBefore = 100.0 - pct[index];
    const double othersAfter = 100.0 - percent;
    const std::size_t others = p.criteria.size() - 1;
    for (std::size_t j = 0; j < pct.size(); ++j) {
        if (j == index)
            continue;
        pct[j] = othersBefore > 1e-12 ? pct[j] * othersAfter / othersBefore : (others ? othersAfter / static_cast<double>(others) : 0.0);
    }
    pct[index] = others ? percent : 100.0;
    for (std::size_t j = 0; j < pct.size(); ++j)
        p.criteria[j].weight = pct[j];
    return true;
}

EditHistory::Edit weightPercentEdit(const Project &p, std::size_t index, double percent)
{
    std::vector<double> before;
    for (const auto &c : p.criteria)
        before.push_back(c.weight);
    Project tmp;
    tmp.criteria = p.criteria;
    setWeightPercent(tmp, index, percent);
    std::vector<double> after;
    for (const auto &c : tmp.criteria)
        after.push_back(c.weight);
    const std::string name = index < p.criteria.size() ? p.criteria[index].name.en : std::string();
    auto setAll = [](std::vector<double> w) {
        return [w = std::move(w)](Project &q) {
            for (std::size_t j = 0; j < w.size() && j < q.criteria.size(); ++j)
                q.criteria[j].weight = w[j];
        };
    };
    return {"Weight: " + name, "weight:" + std::to_string(index), setAll(after), setAll(before)};
}

EditHistory::Edit allWeightsEdit(const Project &p, std::vector<double> weights, std::string label)
{
    std::vector<double> before;
    for (const auto &c : p.criteria)
        before.push_back(c.weight);
    weights.resize(before.size(), 0.0);
    auto setAll = [](std::vector<double> w) {
        return [w = std::move(w)](Project &q) {
            for (std::size_t j = 0; j < w.size() && j < q.criteria.size(); ++j)
                q.criteria[j].weight = w[j];
        };
    };
    return {std::move(label), "", setAll(std::move(weights)), setAll(std::move(before))};
}

namespace {
EditHistory::Edit requirementsSwap(const Project &p, Requirements after, std::string label)
{
    Requirements before = p.requirements;
    return {std::move(label), "", [after = std::move(after)](Project &q) { q.requirements = after; },
            [before = std::move(before)](Project &q) { q.requirements = before; }};
}
} // namespace

std::optional<EditHistory::Edit> requirementEdit(const Project &p, const std::string &key, std::optional<double> value, std::string &error)
{
    Requirements r = p.requirements;
    const auto whole = [&](double v) { return v == std::trunc(v) && v <= 1e9; };
    if (value && (*value < 0 || !std::isfinite(*value))) {
        error = key + ": expected a number >= 0";
        return std::nullopt;
    }
    const auto count = [&](std::optional<int> &field, int min) -> bool {
        if (!value) {
            field.reset();
            return true;
        }
        if (!whole(*value) || *value < min) {
            error = key + ": expected a whole number >= " + std::to_string(min);
            return false;
        }
        field = static_cast<int>(*value);
        return true;
    };
    bool ok = true;
    if (key == "expected_attendance" || key == "days") {
        std::optional<int> v;
        ok = value && count(v, 1);
        if (!value)
            error = key + ": a value is required";
        if (ok && key == "days") {
            r.days = *v;
        } else if (ok) {
            r.expectedAttendance = *v;
            // One attendance: the expected attendance is the on-site format's, so that format follows (its online
            // part is kept while it fits in the new total).
            if (r.attendanceByFormat) {
                auto &on = (*r.attendanceByFormat)[static_cast<std::size_t>(EventFormat::Onsite)];
                on = on.online <= *v ? FormatAttendance{*v - on.online, on.online} : FormatAttendance{*v, 0};
            }
        }
    } else if (key == "plenary_seats") {
        ok = count(r.plenarySeats, 0);
    } else if (key == "breakout_rooms") {
        ok = count(r.breakoutRooms, 0);
    } else if (key == "room_nights") {
        ok = count(r.roomNights, 0);
    } else if (key == "exhibition_m2") {
        r.exhibitionM2 = value;
    } else if (key == "budget_ceiling") {
        if (value && !whole(*value)) {
            error = key + ": expected whole TWD";
            ok = false;
        } else {
            r.budgetCeiling = value ? std::optional<std::int64_t>(static_cast<std::int64_t>(*value)) : std::nullopt;
        }
    } else {
        error = "unknown requirement \"" + key + "\"";
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    if (const auto req = parseRequirement(key); req && !value && r.isMustHave(*req)) {
        error = key + ": it is a must-have, so a value is required (untick must-have first)";
        return std::nullopt;
    }
    return requirementsSwap(p, std::move(r), "Requirement: " + key);
}

std::optional<EditHistory::Edit> formatAttendanceEdit(const Project &p, EventFormat f, FormatAttendance a, std::string &error)
{
    if (a.onsite < 0 || a.online < 0) {
        error = std::string(formatKey(f)) + ": expected numbers of people >= 0";
        return std::nullopt;
    }
    if (a.total() < 1) {
        error = std::string(formatKey(f)) + ": expected at least 1 person in all";
        return std::nullopt;
    }
    Requirements r = p.requirements;
    if (!r.attendanceByFormat) { // materialise the defaults, so the other formats keep the numbers they had
        std::array<FormatAttendance, 3> all{};
        for (auto g : kAllFormats)
            all[static_cast<std::size_t>(g)] = r.attendance(g);
        r.attendanceByFormat = all;
    }
    (*r.attendanceByFormat)[static_cast<std::size_t>(f)] = a;
    if (f == EventFormat::Onsite)
        r.expectedAttendance = a.total();
    return requirementsSwap(p, std::move(r), std::string("Attendance: ") + formatKey(f));
}

std::optional<EditHistory::Edit> mustHaveEdit(const Project &p, Requirement req, bool on, std::string &error)
{
    Requirements r = p.requirements;
    if (on && !r.hasValue(req)) {
        error = std::string(requirementKey(req)) + ": set a value before making it a must-have";
        return std::nullopt;
    }
    r.mustHave.erase(std::remove(r.mustHave.begin(), r.mustHave.end(), req), r.mustHave.end());
    if (on)
        r.mustHave.push_back(req);
    return requirementsSwap(p, std::move(r), std::string("Must-have: ") + requirementKey(req));
}

std::vector<std::size_t> importanceOrder(const Project &p)
{
    std::vector<std::size_t> order(p.criteria.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto ra = p.criteria[a].rank.value_or(1'000'000), rb = p.criteria[b].rank.value_or(1'000'000);
        return ra < rb;
    });
    return order;
}

std::optional<EditHistory::Edit> moveImportanceEdit(const Project &p, std::size_t index, int delta)
{
    auto order = importanceOrder(p);
    const auto pos = static_cast<std::size_t>(std::find(order.begin(), order.end(), index) - order.begin());
    if (pos >= order.size() || delta == 0)
        return std::nullopt;
    // Move to pos + delta (clamped): a drag over several rows is one edit; the rows in between shift by one.
    const auto last = static_cast<long>(order.size()) - 1;
    const auto target = static_cast<std::size_t>(std::clamp(static_cast<long>(pos) + delta, 0L, last));
    if (target == pos)
        return std::nullopt;
    const auto moved = order[pos];
    order.erase(order.begin() + static_cast<std::ptrdiff_t>(pos));
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(target), moved);
    std::vector<std::optional<int>> before, after(p.criteria.size());
    for (const auto &c : p.criteria)
        before.push_back(c.rank);
    for (std::size_t k = 0; k < order.size(); ++k)
        after[order[k]] = static_cast<int>(k) + 1;
    auto setAll = [](std::vector<std::optional<int>> r) {
        return [r = std::move(r)](Project &q) {
            for (std::size_t j = 0; j < r.size() && j < q.criteria.size(); ++j)
                q.criteria[j].rank = r[j];
        };
    };
    return EditHistory::Edit{"Importance: " + p.criteria[index].name.en, "", setAll(std::move(after)), setAll(std::move(before))};
}

void EditHistory::apply(Project &p, Edit edit)
{
    edit.redo(p);
    record(std::move(edit));
}

void EditHistory::record(Edit edit)
{
    m_edits.resize(m_pos); // a new edit drops the redo tail
    // Merging keeps the first undo and takes the latest redo.
    if (m_mergeOpen && !edit.mergeKey.empty() && !m_edits.empty() && m_edits.back().mergeKey == edit.mergeKey) {
        m_edits.back().redo = std::move(edit.redo);
        return;
    }
    m_edits.push_back(std::move(edit));
    if (m_edits.size() > kMaxSteps)
        m_edits.erase(m_edits.begin());
    m_pos = m_edits.size();
    m_mergeOpen = !m_edits.back().mergeKey.empty();
}

std::vector<Diagnostic> editSections(EditHistory &history, Project &p, std::string label, std::string mergeKey,
                                     const SectionChange &change, bool *changed)
{
    if (changed)
        *changed = false;
    SectionTable before = p.sections; // shares every section: the price of a few pointers
    auto diagnostics = change(p);
    const bool failed = std::any_of(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
    if (failed) {
        p.sections = std::move(before);
        return diagnostics;
    }
    if (p.sections == before)
        return diagnostics;
    history.record({std::move(label), std::move(mergeKey), [after = p.sections](Project &q) { q.sections = after; },
                    [before = std::move(before)](Project &q) { q.sections = before; }});
    if (changed)
        *changed = true;
    return diagnostics;
}

bool EditHistory::undo(Project &p)
{
    if (!canUndo())
        return false;
    m_edits[--m_pos].undo(p);
    m_mergeOpen = false;
    return true;
}

bool EditHistory::redo(Project &p)
{
    if (!canRedo())
        return false;
    m_edits[m_pos++].redo(p);
    m_mergeOpen = false;
    return true;
}

void EditHistory::clear()
{
    m_edits.clear();
    m_pos = 0;
    m_mergeOpen = false;
}

EditRefusal checkProvenance(const Provenance &pv, Lang l)
{
    // Both are optional: a value without them is stored unsourced (Fact::missing); what is given must be right.
    if (!pv.asOf.empty() && !isAsOf(pv.asOf))
        return {"as_of", tr(l, "destedit.as_of", {pv.asOf})};
    if (!pv.source.empty() && !isUrl(pv.source))
        return {"source", tr(l, "destedit.source", {pv.source})};
    return {};
}

SectionChange refusalChange(std::string section, std::function<EditRefusal(Project &)> f)
{
    return [section = std::move(section), f = std::move(f)](Project &p) -> std::vector<Diagnostic> {
        const auto e = f(p);
        if (e.ok())
            return {};
        return {{Diagnostic::Severity::Error, "/" + section + (e.field.empty() ? std::string() : "/" + e.field), e.message}};
    };
}

} // namespace vb
