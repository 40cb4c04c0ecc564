// SPDX-License-Identifier: GPL-3.0-or-later
#include "factbasis.h"

namespace vb {

void setTypedBasis(Fact &f, const std::optional<std::string> &typed, const Fact *old, Lang l)
{
    const bool zh = l == Lang::ZhTW;
    if (!typed || typed->empty()) {
        f.basis.reset();
        f.basisZh.reset();
        return;
    }
    const std::optional<std::string> other = old ? old->basisFor(!zh) : std::nullopt;
    const std::string &otherText = other && !other->empty() ? *other : *typed;
    f.basis = zh ? otherText : *typed;
    f.basisZh = zh ? *typed : otherText;
    if (f.basisZh == f.basis)
        f.basisZh.reset(); // one text for both languages
    if (old && f.basisFor(false) == old->basisFor(false) && f.basisFor(true) == old->basisFor(true)) {
        f.basis = old->basis;
        f.basisZh = old->basisZh;
    }
}

} // namespace vb
