// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The destinations page's edits: competing destinations and the comparison's criteria added, changed and deleted
// without touching the file. Each edit checks what the file reader checks (destinations.cpp: the section is written
// and read back, then the project's checks run) and either changes the project or leaves it as it was and returns
// the reason in words, naming the field (EditRefusal). Ids are made from names (vb::idFromName).

#include "destinations.h"
#include "projectedit.h"

#include <cstddef>
#include <string>
#include <vector>

namespace vb::destinations {

/** What a person types for a destination. A value that is new or changed becomes a fact with this form's source (a
 *  URL) or, without one, an estimate with its basis, and the as-of date; without any of them it is stored unsourced
 *  (Fact::missing). Values left as they were keep their own source; an unsourced one takes the form's source, basis
 *  or date where it lacks them. */
struct DestinationFields {
    LocalizedText name;
    std::vector<double> values; ///< one per criterion of the comparison; NaN = not given
    std::string source;         ///< http(s) URL of the new values, or ""
    std::string basis;          ///< how the new values were estimated, when there is no source
    std::string asOf;           ///< YYYY, YYYY-MM or YYYY-MM-DD, or "" (unsourced)
};

/** What a person types for a criterion of the comparison. values (one per destination) are needed when the criterion
 *  is added: every destination needs a value on every criterion. When a criterion is changed they may be empty. */
struct DestinationCriterionFields {
    LocalizedText name;
    Group group = Group::Logistical;
    Direction direction = Direction::Benefit;
    double weight = 1.0;        ///< ≥ 0; the weights of the comparison need a positive sum
    std::string unit;           ///< a unit code (units.h) or ""
    bool controllable = false;  ///< we can change our value (a bid offer)
    std::vector<double> values; ///< one per destination; NaN = not given
    std::string source;         ///< as DestinationFields
    std::string basis;
    std::string asOf;
};

/** The fields of destination index: its values, and the source, basis and date of its first known value. */
[[nodiscard]] DestinationFields destinationFields(const Project &p, std::size_t index);
[[nodiscard]] DestinationCriterionFields criterionFields(const Project &p, std::size_t index);

/** Refusals name the field: "name", "value:<criterion id>", "source", "basis", "as_of", or "" for the record. A
 *  name in one language only is used for the other too (the file needs both), as everywhere else. The project gets a
 *  comparison when it has none: the first destination added becomes ours. */
[[nodiscard]] EditRefusal addDestination(Project &p, const DestinationFields &f, Lang l);
[[nodiscard]] EditRefusal setDestination(Project &p, std::size_t index, const DestinationFields &f, Lang l);
/** Deletes a competing destination; ours cannot be deleted. */
[[nodiscard]] EditRefusal removeDestination(Project &p, std::size_t index, Lang l);
/** Moves destination index delta places in the list (clamped to the ends; "" and no change at the first or last
 *  place). Ours moves too: it is named by id. */
[[nodiscard]] EditRefusal moveDestination(Project &p, std::size_t index, int delta, Lang l);

/** Refusals name the field: "name", "weight", "unit", "value:<destination id>", "source", "basis", "as_of". */
[[nodiscard]] EditRefusal addDestinationCriterion(Project &p, const DestinationCriterionFields &f, Lang l);
/** Changes a criterion's name, group, direction, weight, unit and whether we control it; its id and values stay
 *  (values given in f replace them as for a destination). */
[[nodiscard]] EditRefusal setDestinationCriterion(Project &p, std::size_t index, const DestinationCriterionFields &f, Lang l);
/** Deletes a criterion and every destination's value on it; the last criterion cannot be deleted. */
[[nodiscard]] EditRefusal removeDestinationCriterion(Project &p, std::size_t index, Lang l);
/** Moves a criterion delta places, every destination's value on it with it (as moveDestination). */
[[nodiscard]] EditRefusal moveDestinationCriterion(Project &p, std::size_t index, int delta, Lang l);

} // namespace vb::destinations
