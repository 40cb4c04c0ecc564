// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits of the "client" section (T1.3): the association's profile and rules, the past editions, the fixed programme,
// the local-culture elements and the forecast settings. Each edit checks what the file reader checks
// (clientio.cpp) and either changes the section or leaves it as it was and returns the reason, one sentence in the
// requested language with no JSON pointer: a person reads it next to the field. Ids are made from names; unknown
// stays unknown (an absent value is never written as 0).

#include "client.h"
#include "projectedit.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace vb {

/** "" when the change was made, else why it was refused (nothing changed). */
using EditError = std::string;

// ---- profile and rules -----------------------------------------------------------------------------------------
/** Replaces the association's profile: a name in one language at least, frequency ≥ 1, month 1–12, rotation pattern
 *  one of continental/fixed/none/other with region ids, source a URL, as-of YYYY[-MM[-DD]]. */
[[nodiscard]] EditError setAssociation(ClientHistory &c, Association a, Lang l);
/** Replaces the rules (each "other" rule needs a text in one language at least). */
[[nodiscard]] EditError setRules(ClientHistory &c, ClientRules r, Lang l);

// ---- editions --------------------------------------------------------------------------------------------------
/** The fact keys of an edition a table edits: "total", the kAttendanceKeys, "fee.<kFeeKeys>", "abstracts_submitted",
 *  "abstracts_accepted", "exhibition_m2", "sponsorship", "satisfaction". */
[[nodiscard]] const Fact *editionFact(const Edition &e, std::string_view key);
/** Sets one fact of e to value (nullopt = unknown: the fact is removed), under the edition's source, as-of date,
 *  estimate flag and basis (written as a plain number). false for an unknown key. */
bool setEditionFact(Edition &e, std::string_view key, std::optional<double> value);
/** Why e cannot be edition `index` of c (index = c.editions.size() for a new one), or "". The reader's rules: year
 *  1900–2200 and not twice, city in one language, country ISO alpha-2, currency ISO 4217 (needed by fees and
 *  sponsorship), source a URL, as-of YYYY[-MM[-DD]] (figures without a source or date are stored unsourced:
 *  Fact::missing), counts ≥ 0 and money whole, satisfaction at most its scale, pace points 0…3660 days before, each day once,
 *  registrations never falling as the event nears; and a total ≤ 0 is refused while the method is log-linear. */
[[nodiscard]] EditError checkEdition(const ClientHistory &c, std::size_t index, const Edition &e, Lang l);
/** Replaces edition `index` by e (checked as above). The facts that followed the edition's source, as-of date and
 *  estimate flag follow the new ones; facts with sources of their own keep them. */
[[nodiscard]] EditError setEdition(ClientHistory &c, std::size_t index, Edition e, Lang l);
/** Inserts e at `index` (clamped to the end). */
[[nodiscard]] EditError addEdition(ClientHistory &c, std::size_t index, Edition e, Lang l);
[[nodiscard]] EditError removeEdition(ClientHistory &c, std::size_t index, Lang l);
/** Moves edition `index` delta places (clamped to the ends); "" and no change when it cannot move further. */
[[nodiscard]] EditError moveEdition(ClientHistory &c, std::size_t index, int delta, Lang l);

// ---- programme and local culture -------------------------------------------------------------------------------
/** An id for a new element of `ids` made from its name ("Gala dinner" → "gala_dinner", then "gala_dinner_2", …);
 *  from the Chinese name's kind when there is no Latin letter or digit in either name (fallback). */
[[nodiscard]] std::string clientIdFromName(const std::vector<std::string> &ids, const LocalizedText &name, std::string_view fallback);
/** Replaces programme element `index` (its id is kept): kind and layout from their lists, a name, seats ≥ 1 with a
 *  layout, banquet seats ≥ 1, source a URL. */
[[nodiscard]] EditError setProgrammeElement(ClientHistory &c, std::size_t index, ProgrammeElement e, Lang l);
/** Inserts e at `index` with an id made from its name (e.id is ignored). */
[[nodiscard]] EditError addProgrammeElement(ClientHistory &c, std::size_t index, ProgrammeElement e, Lang l);
/** Refused while a local-culture element is attached to it. */
[[nodiscard]] EditError removeProgrammeElement(ClientHistory &c, std::size_t index, Lang l);
[[nodiscard]] EditError moveProgrammeElement(ClientHistory &c, std::size_t index, int delta, Lang l);
/** Replaces local-culture element `index` (its id is kept): a name, cost and capacity ≥ 0 (cost whole), the programme
 *  element it is attached to exists, source a URL. */
[[nodiscard]] EditError setCultureElement(ClientHistory &c, std::size_t index, CultureElement e, Lang l);
[[nodiscard]] EditError addCultureElement(ClientHistory &c, std::size_t index, CultureElement e, Lang l);
[[nodiscard]] EditError removeCultureElement(ClientHistory &c, std::size_t index, Lang l);
[[nodiscard]] EditError moveCultureElement(ClientHistory &c, std::size_t index, int delta, Lang l);

// ---- forecast settings -----------------------------------------------------------------------------------------
/** The method key (forecastMethodKey); log-linear is refused while an edition's known total is ≤ 0. */
[[nodiscard]] EditError setForecastMethod(ClientHistory &c, std::string_view method, Lang l);
[[nodiscard]] EditError setMovingAverageWindow(ClientHistory &c, int window, Lang l);
/** The destination adjustment in percent (value nullopt = none): above −100; a source, when given, a URL; an estimate
 *  with its basis; as-of, when given, YYYY[-MM[-DD]]. Without a source (or an estimate's basis) or an as-of date it is
 *  kept unsourced (Fact::missing), as the file reader keeps it. */
[[nodiscard]] EditError setDestinationAdjustment(ClientHistory &c, Fact adjustment, Lang l);

// ---- typed text ------------------------------------------------------------------------------------------------
/** A number a person typed ("1,500", "１２０", "4.2"), kind Count (whole, 0 or more) or Decimal (0 or more): nullopt
 *  with why empty for an empty text (unknown), nullopt with why set for a text that is not such a number. */
[[nodiscard]] std::optional<double> readTypedNumber(std::string_view text, NumberKind kind, Lang l, EditError &why);
/** How a person types fact `key` of an edition (editionFact's keys): Money for fees and sponsorship, Decimal for the
 *  satisfaction score, Count for the rest (so "2,400" is two thousand four hundred, never ambiguous). */
[[nodiscard]] NumberKind editionFactKind(std::string_view key);
/** "365: 120; 180: 640" (days before: registered, pairs separated by ";") → pace points; "" → none. */
[[nodiscard]] EditError parsePaceText(std::string_view text, std::vector<PacePoint> &out, Lang l);
[[nodiscard]] std::string paceText(const std::vector<PacePoint> &pace);
/** "2027-09-01: 420; 2027-12-01: 780" (date: registered so far) → the coming edition's registrations; "" → none. */
[[nodiscard]] EditError parseCurrentPaceText(std::string_view text, std::vector<std::pair<std::string, double>> &out, Lang l);
[[nodiscard]] std::string currentPaceText(const std::vector<std::pair<std::string, double>> &pace);
/** Replaces the coming edition's registrations so far (forecast.current_pace), checked as the file reader checks
 *  them against the event's first day eventStart (YYYY-MM-DD): dates YYYY-MM-DD not after it, each once, counts whole
 *  and never falling as the dates advance. Kept in date order. */
[[nodiscard]] EditError setCurrentPace(ClientHistory &c, std::vector<std::pair<std::string, double>> pace, std::string_view eventStart, Lang l);

// ---- on a project ----------------------------------------------------------------------------------------------
/** A change of the project's client section (an empty one is made when it has none) by f, for editSections: f's
 *  refusal becomes an error diagnostic (path "/client", message in words) and leaves the project as it was. */
[[nodiscard]] SectionChange clientChange(std::function<EditError(ClientHistory &)> f);

} // namespace vb
