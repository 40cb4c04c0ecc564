// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vb {

/** One sourced fact. Unknown is value == nullopt, and stays unknown: never read as 0. */
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
