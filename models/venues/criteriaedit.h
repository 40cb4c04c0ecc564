// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Criteria added, changed, moved and deleted from the criteria page. A criterion is a core field of the project
// (models/project), but the AHP judgements (this layer) and the format packages (analysis) name criteria by id, so the
// edits live here, where they can keep those sections consistent in the same undo step. Each edit either changes the
// project or leaves it as it was and returns why, one sentence in the requested language with no JSON pointer.
// Ids are made from names (vb::idFromName) and never change afterwards: venue facts are keyed by them.

#include "projectedit.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace vb {

/** "" when the change was made, else why it was refused (nothing changed). */
using EditError = std::string;

/** What a person edits of a criterion (its id, value source and weight are kept or set by the edit). */
struct CriterionFields {
    LocalizedText name;
    Direction direction = Direction::Benefit;
    std::string unit; ///< a code of knownUnits() (units.h); an existing criterion may keep the unit it has
};

/** Why f cannot be criterion `index` of p (index = p.criteria.size() for a new one), or "": a name in one language
 *  at least (a name in one language only is used for the other too, as the file needs both), not the name of
 *  another criterion, a unit from the list (or the criterion's own unit). *field (when
 *  given) is set to the field at fault: "name" or "unit". */
[[nodiscard]] EditError checkCriterionFields(const Project &p, std::size_t index, const CriterionFields &f, Lang l,
                                             std::string *field = nullptr);

/** Appends a criterion with an id made from its name, read from the venues' attributes of that id (so a criterion
 *  deleted and added again finds the venues' values it had), with weightPercent % of the
 *  total (0–100; the others are rescaled in proportion so the weights still sum to 100 %), ranked least important
 *  when the criteria have ranks. AHP judgements aligned with the criteria get a row and column of 1 (equal). */
[[nodiscard]] EditError addCriterion(Project &p, const CriterionFields &f, double weightPercent, Lang l);
/** Changes criterion index's name, direction and unit (its id stays). */
[[nodiscard]] EditError setCriterionFields(Project &p, std::size_t index, const CriterionFields &f, Lang l);
/** Deletes criterion index: its AHP row and column go too, the other weights are rescaled to sum to 100 % and the
 *  ranks are renumbered; the venues keep their values for it as venue facts. Refused for the last criterion and for
 *  the criterion the format packages' costs add to. */
[[nodiscard]] EditError removeCriterion(Project &p, std::size_t index, Lang l);
/** Moves criterion index delta places in the list (clamped to the ends; no change at an end). */
[[nodiscard]] EditError moveCriterion(Project &p, std::size_t index, int delta, Lang l);

/** What else goes or stays when criterion index is deleted, in sentences ("4 AHP judgements that compare it with the
 *  other criteria are removed too. ..."), or why it cannot be deleted. */
[[nodiscard]] std::string criterionRemovalText(const Project &p, std::size_t index, Lang l);

/** An undoable edit of the criteria (and the sections that name them) made by f on a copy of p and then checked as
 *  the file reader checks a project: nullopt with error set (a sentence) when f refuses or the result would not load.
 *  The edit swaps the criteria and the section table, so undo restores both in one step. */
[[nodiscard]] std::optional<EditHistory::Edit> criteriaEdit(const Project &p, std::string label, const std::function<EditError(Project &)> &f,
                                                            EditError &error, Lang l);

} // namespace vb
