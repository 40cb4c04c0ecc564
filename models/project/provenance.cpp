// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance.h"

#include "factlabel.h"
#include "messages.h"
#include "project.h"
#include "sections.h"

namespace vb {

std::string unsourcedSectionName(const std::string &section, Lang l)
{
    if (section == "meta")
        return tr(l, "unsourced.section.meta");
    if (section == "venues")
        return tr(l, "unsourced.section.venues");
    if (section == "formats")
        return tr(l, "unsourced.section.formats");
    if (section == "sustainability")
        return tr(l, "unsourced.section.sustainability");
    if (section == "destinations")
        return tr(l, "unsourced.section.destinations");
    if (section == "client")
        return tr(l, "unsourced.section.client");
    return section;
}

std::string missingText(MissingProvenance m, Lang l)
{
    switch (m) {
    case MissingProvenance::Source:
        return tr(l, "unsourced.missing.source");
    case MissingProvenance::AsOf:
        return tr(l, "unsourced.missing.as_of");
    case MissingProvenance::SourceAndAsOf:
        return tr(l, "unsourced.missing.both");
    case MissingProvenance::None:
        break;
    }
    return {};
}

LocalizedText bothLanguages(MsgId id, std::initializer_list<std::string_view> args)
{
    return {tr(Lang::ZhTW, id, args), tr(Lang::En, id, args)};
}

void addIfUnsourced(std::vector<UnsourcedFact> &out, const Fact &f, UnsourcedFact where)
{
    if (!f.unsourced())
        return;
    where.missing = f.missing();
    out.push_back(std::move(where));
}

void coreUnsourcedFacts(const Project &p, std::vector<UnsourcedFact> &out)
{
    const LocalizedText rates = bothLanguages("unsourced.section.meta");
    for (std::size_t i = 0; i < p.meta.fxRates.size(); ++i) {
        const FxRate &r = p.meta.fxRates[i];
        Fact f; // a rate is always known: the reader requires it
        f.value = r.rate;
        f.source = r.source;
        f.asOf = r.asOf;
        addIfUnsourced(out, f,
                       {"meta", "/meta/fx_rates/" + std::to_string(i), r.currency, rates, "rate", bothLanguages("unsourced.fx_rate", {r.currency}),
                        MissingProvenance::None});
    }
    for (std::size_t i = 0; i < p.venues.size(); ++i) {
        const Venue &v = p.venues[i];
        const auto add = [&](const std::string &kind, const std::string &id, const Fact &f) {
            if (!f.unsourced())
                return; // the labels only for the few that are listed: a library may hold 10,000 venues
            addIfUnsourced(out, f,
                           {"venues", "/venues/" + std::to_string(i) + "/" + kind + "/" + id, v.id, v.name, id,
                            {factLabel(p, id, Lang::ZhTW), factLabel(p, id, Lang::En)}, MissingProvenance::None});
        };
        for (const auto &[id, f] : v.attributes)
            add("attributes", id, f);
        for (const auto &[id, f] : v.costs)
            add("costs", id, f);
    }
}

std::vector<UnsourcedFact> unsourcedFacts(const Project &p, SectionCodecs codecs)
{
    std::vector<UnsourcedFact> out;
    coreUnsourcedFacts(p, out);
    for (const auto &c : codecs)
        if (c.unsourced)
            c.unsourced(p, out);
    return out;
}

} // namespace vb
