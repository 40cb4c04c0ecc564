// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "jsontext.h"

#include <boost/json.hpp>

namespace vb {

namespace json = boost::json;

json::value textJson(const LocalizedText &t)
{
    return json::object{{"zh-TW", t.zh}, {"en", t.en}};
}

json::value optString(const std::optional<std::string> &s)
{
    return s ? json::value(*s) : json::value(nullptr);
}

json::value factJson(const Fact &f, bool money)
{
    json::object o;
    o[money ? "amount" : "value"] = f.value ? jsonNumber(*f.value) : json::value(nullptr);
    if (money)
        o["currency"] = f.currency;
    if (f.source)
        o["source"] = *f.source;
    if (f.asOf)
        o["as_of"] = *f.asOf;
    if (f.estimate)
        o["estimate"] = true;
    if (f.basis && f.basisZh)
        o["basis"] = json::object{{"zh-TW", *f.basisZh}, {"en", *f.basis}};
    else if (f.basis)
        o["basis"] = *f.basis;
    if (f.note)
        o["note"] = *f.note;
    return o;
}

json::value hundredthsJson(std::int64_t h)
{
    if (h % 100 == 0)
        return json::value(h / 100);
    return json::value(static_cast<double>(h) / 100.0);
}

json::value factsJson(const OrderedMap<Fact> &facts, bool money)
{
    json::object o;
    for (const auto &[k, f] : facts)
        o[k] = factJson(f, money);
    return o;
}

} // namespace vb
