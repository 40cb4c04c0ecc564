// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"
#include "text.h"

#include <optional>
#include <string>

namespace vb {

/** The basis of an estimate as a person typed it in an editor shown in language l, laid over the fact's old basis.
 *  A basis is a text in two languages (Fact::basis for English or the only text, Fact::basisZh for Traditional
 *  Chinese, as the file's {"zh-TW": …, "en": …}); an editor shows basisFor(l) and gets one text back. The rule:
 *  - the typed text becomes the basis in l;
 *  - the other language keeps its old text (old.basisFor(other)) or, when there is none, gets the same text;
 *  - an empty (or absent) typed text removes the basis in both languages;
 *  - when both languages read as before, the old representation is kept, so an unchanged form is no change.
 *  Writes f.basis and f.basisZh; nothing else of f. old is the fact as it was (nullptr for a new one). */
void setTypedBasis(Fact &f, const std::optional<std::string> &typed, const Fact *old, Lang l);

} // namespace vb
