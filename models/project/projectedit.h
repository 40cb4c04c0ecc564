// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "project.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vb {

/** Weights as percentages of their sum (each criterion's share × 100; all zero when the sum is 0). */
[[nodiscard]] std::vector<double> weightPercents(const Project &p);

/** Sets criterion `index` to `percent` of the total and rescales the others in proportion so the
 *  percentages still sum to 100 (when the others are all 0 they share the rest equally). Weights are
 *  stored as percentages afterwards. percent is clamped to [0, 100]. Returns false for a bad index. */
bool setWeightPercent(Project &p, std::size_t index, double percent);

/** Undoable edits of a project. An edit is a pair of functions that change the project forwards and back;
 *  consecutive edits with the same non-empty mergeKey (a slider being dragged) merge into one step. */
class EditHistory
{
public:
    struct Edit {
        std::string label;    ///< shown in the UI ("Weight: Plenary seats")
        std::string mergeKey; ///< "" = never merge
        std::function<void(Project &)> redo;
        std::function<void(Project &)> undo;
    };

    /** Applies edit to p and records it (dropping anything that could be redone). */
    void apply(Project &p, Edit edit);
    /** Records edit, whose redo has already been applied to the project (see editSections). */
    void record(Edit edit);
    bool undo(Project &p);
    bool redo(Project &p);
    void clear();
    /** Ends merging: the next edit starts a new undo step even with the same mergeKey (slider released). */
    void closeMerge() { m_mergeOpen = false; }

    [[nodiscard]] bool canUndo() const { return m_pos > 0; }
    [[nodiscard]] bool canRedo() const { return m_pos < m_edits.size(); }
    [[nodiscard]] std::string undoLabel() const { return canUndo() ? m_edits[m_pos - 1].label : std::string(); }
    [[nodiscard]] std::string redoLabel() const { return canRedo() ? m_edits[m_pos].label : std::string(); }
    [[nodiscard]] std::size_t size() const { return m_edits.size(); }

    static constexpr std::size_t kMaxSteps = 500;

private:
    std::vector<Edit> m_edits;
    std::size_t m_pos = 0; ///< edits before m_pos are applied
    bool m_mergeOpen = false;
};

/** A change of a project's typed sections: edits p in place and returns its problems (errors leave p as it was
 *  found or are rolled back by editSections). */
using SectionChange = std::function<std::vector<Diagnostic>(Project &)>;

/** Why a page refused an edit: the field at fault ("" when it is the record as a whole) and one sentence in the UI
 *  language, never a JSON pointer. An empty message: the change was made. */
struct EditRefusal {
    std::string field;
    std::string message;
    [[nodiscard]] bool ok() const { return message.empty(); }
};

/** Where a value a person enters comes from: a web address, or how it was estimated; and the date it was true. */
struct Provenance {
    std::string source, basis, asOf;
};

/** The provenance of a new or changed value, as the file reader checks it: an as-of date, when given, is YYYY, YYYY-MM
 *  or YYYY-MM-DD, and a source, when given, an http(s) URL. None of them is required: a value without a source (or an
 *  estimate's basis) or without a date is stored unsourced (Fact::missing). Refusals name "as_of" or "source". */
[[nodiscard]] EditRefusal checkProvenance(const Provenance &pv, Lang l);

/** f as a SectionChange for editSections: a refusal becomes one error diagnostic with path "/" + section + "/" + field
 *  ("/" + section when no field is at fault) and the sentence as its message. */
[[nodiscard]] SectionChange refusalChange(std::string section, std::function<EditRefusal(Project &)> f);

/** Applies change to p once and records it in history as one undo step named label (successive edits with the same
 *  non-empty mergeKey merge). Undo and redo swap the section tables, which share every untouched section, so neither
 *  the project nor the change is copied or run again. When change reports an error, p's sections are put back and
 *  nothing is recorded; when it changes nothing, nothing is recorded either. Returns change's diagnostics and sets
 *  *changed (when given) to whether a step was recorded. */
std::vector<Diagnostic> editSections(EditHistory &history, Project &p, std::string label, std::string mergeKey,
                                     const SectionChange &change, bool *changed = nullptr);

/** An undoable change of all weights at once (AHP, rank-order or entropy weights applied), stored as given. */
[[nodiscard]] EditHistory::Edit allWeightsEdit(const Project &p, std::vector<double> weights, std::string label);

/** An undoable change of one numeric requirement. key: "expected_attendance", "days", "plenary_seats",
 *  "breakout_rooms", "exhibition_m2", "room_nights" or "budget_ceiling"; nullopt clears an optional one.
 *  Returns nullopt and sets error (a sentence naming the field) when the value is not allowed: negative, not whole
 *  where a count is expected, below 1 for attendance/days, or cleared while it is a must-have. */
[[nodiscard]] std::optional<EditHistory::Edit> requirementEdit(const Project &p, const std::string &key, std::optional<double> value,
                                                               std::string &error);
/** An undoable change of one format's attendance (on site and online), the one attendance that the requirements,
 *  budget, revenue, quote review, CO2e and documents use. The on-site format's total is the project's expected
 *  attendance, so changing it changes that too (and changing "expected_attendance" by requirementEdit changes the
 *  on-site format's on-site number). Refused (error set) when a number is negative or the total is below 1. */
[[nodiscard]] std::optional<EditHistory::Edit> formatAttendanceEdit(const Project &p, EventFormat f, FormatAttendance a,
                                                                    std::string &error);
/** An undoable must-have switch; refused (error set) when turning on a requirement that has no value. */
[[nodiscard]] std::optional<EditHistory::Edit> mustHaveEdit(const Project &p, Requirement r, bool on, std::string &error);

/** The criteria in importance order (indices, most important first): by their `rank` fields, ties and missing
 *  ranks in listed order. */
[[nodiscard]] std::vector<std::size_t> importanceOrder(const Project &p);

/** Moves criterion `index` delta places up (negative, more important) or down in the importance order (clamped to
 *  the ends; the criteria in between shift by one) and renumbers every rank 1..m, as one undo step; nullopt when
 *  it cannot move. */
[[nodiscard]] std::optional<EditHistory::Edit> moveImportanceEdit(const Project &p, std::size_t index, int delta);

/** An undoable weight change (all weights before and after, so merging keeps the first "before"). */
[[nodiscard]] EditHistory::Edit weightPercentEdit(const Project &p, std::size_t index, double percent);

} // namespace vb
