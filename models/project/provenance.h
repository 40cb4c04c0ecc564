// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Unsourced facts: a fact's source and as-of date are optional at entry. A known value entered without them
// (Fact::missing) is kept as it is, marked "unsourced" and listed here, so the overview, `venuebid-cli validate` and
// the suitability report's sources appendix can show what still needs a source.

#include "fact.h"
#include "messages.h"
#include "text.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

struct Project;

/** One unsourced fact of a project. */
struct UnsourcedFact {
    /** The top-level key of the file it is in: "meta" (exchange rates), "venues", "formats", "sustainability",
     *  "destinations" or "client". */
    std::string section;
    std::string path;       ///< its JSON pointer ("/venues/0/attributes/plenary_seats"): for the command line only
    std::string owner;      ///< the id of what it belongs to (venue, destination, format, edition year, ...), or ""
    LocalizedText ownerName; ///< that owner's name (the section's name when it has no owner of its own)
    std::string fact;       ///< the fact's id within its owner ("plenary_seats", a criterion id, a factor key ...)
    LocalizedText label;    ///< the fact's name (venue facts: factLabel)
    MissingProvenance missing = MissingProvenance::None;
    bool operator==(const UnsourcedFact &) const = default;
};

/** The name of a section of UnsourcedFact::section in l ("Venues" / 場地). */
[[nodiscard]] std::string unsourcedSectionName(const std::string &section, Lang l);
/** What is missing in words in l: "no source", "no as-of date", "no source, no as-of date" (未註明來源 …). */
[[nodiscard]] std::string missingText(MissingProvenance m, Lang l);
/** A catalogue text (messages.h) in both languages, with its arguments. */
[[nodiscard]] LocalizedText bothLanguages(MsgId id, std::initializer_list<std::string_view> args = {});

/** The unsourced facts of the project's core, in file order: the exchange rates (meta.fx_rates, missing a source or
 *  an as-of date), then each venue's attributes and costs (a venue's availability periods are a status, not a value,
 *  and are not listed). The sections of the feature layers add theirs through
 *  SectionCodec::unsourced; unsourcedFacts(const Project &) of format/projectformat.h lists all of them. */
void coreUnsourcedFacts(const Project &p, std::vector<UnsourcedFact> &out);

/** Appends f as unsourced when it is (f.unsourced()); the rest of the record as given. */
void addIfUnsourced(std::vector<UnsourcedFact> &out, const Fact &f, UnsourcedFact where);

} // namespace vb
