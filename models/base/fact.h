// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vb {

/** What a known fact lacks of its provenance (a bit set: SourceAndAsOf = Source | AsOf). */
enum class MissingProvenance { None = 0, Source = 1, AsOf = 2, SourceAndAsOf = 3 };

/** One sourced fact. Unknown is value == nullopt, and stays unknown: never read as 0.
 *  The source and the as-of date are optional at entry: a known value without them is "unsourced" (unsourced()),
 *  accepted by the reader and the editors and listed on the overview and by `venuebid-cli validate`. */
struct Fact {
    std::optional<double> value;
    std::string currency;            ///< only for money facts (venue costs); empty otherwise
    std::optional<std::string> source; ///< URL
    std::optional<std::string> asOf; ///< "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    bool estimate = false;
    std::optional<std::string> basis; ///< how an estimate was made (in English when the file gives both languages)
    std::optional<std::string> basisZh; ///< the basis in Traditional Chinese, when the file gives it in both languages
    std::optional<std::string> note;
    [[nodiscard]] bool known() const { return value.has_value(); }
    /** What a known value lacks: Source when it has no source URL and is not an estimate with a (non-empty) basis
     *  (an estimate's basis is its source); AsOf when it has no as-of date (an estimate needs one too). None for an
     *  unknown value: there is nothing to source. */
    [[nodiscard]] MissingProvenance missing() const
    {
        if (!value)
            return MissingProvenance::None;
        const bool byBasis = estimate && basis && !basis->empty();
        const int m = (!source && !byBasis ? 1 : 0) | (!asOf ? 2 : 0);
        return static_cast<MissingProvenance>(m);
    }
    /** A known value without its source (or an estimate's basis) or without its as-of date: missing() != None. */
    [[nodiscard]] bool unsourced() const { return missing() != MissingProvenance::None; }
    /** The basis for a reader of language zh (true: Traditional Chinese): basisZh when there is one, else basis. */
    [[nodiscard]] const std::optional<std::string> &basisFor(bool zh) const { return zh && basisZh ? basisZh : basis; }
    bool operator==(const Fact &) const = default;
};

/** Ordered string-keyed map that keeps the file's order (facts are few per venue; lookups are linear). */
template<typename T>
using OrderedMap = std::vector<std::pair<std::string, T>>;

template<typename T>
[[nodiscard]] const T *findIn(const OrderedMap<T> &m, std::string_view key)
{
    for (const auto &kv : m)
        if (kv.first == key)
            return &kv.second;
    return nullptr;
}

} // namespace vb
