// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reordering an item of a list the pages edit (criteria, budget lines, tender items, ...): the one rule every page's
// "Move up" / "Move down" follows, so that each section's move function only says which items move together.

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace vb {

enum class ListMove {
    NoSuchItem, ///< index is not an item of the list
    Unchanged,  ///< the item is already first (last) of its peers: nothing was changed
    Moved,
};

/** Moves item `index` of a list of n items |delta| places up (delta < 0) or down among its peers (the items k for
 *  which peer(k) is true; the item itself is one), one swap(i, j) per place with the next peer in that direction, and
 *  stops at the first or last peer. Lists with parallel data (a score per item) swap those in swap() too. A list
 *  shown grouped (budget lines by category) passes "same group" as peer, so that every move is visible. */
template<typename Peer, typename Swap>
ListMove moveAmongPeers(std::size_t n, std::size_t index, int delta, Peer &&peer, Swap &&swap)
{
    if (index >= n)
        return ListMove::NoSuchItem;
    ListMove result = ListMove::Unchanged;
    for (int step = 0; step < (delta < 0 ? -delta : delta); ++step) {
        std::size_t next = index;
        if (delta < 0) {
            while (next > 0 && !peer(--next)) {
            }
            if (next == index || !peer(next))
                break;
        } else {
            while (next + 1 < n && !peer(++next)) {
            }
            if (next == index || !peer(next))
                break;
        }
        swap(index, next);
        index = next;
        result = ListMove::Moved;
    }
    return result;
}

/** Moves v[index] delta places (clamped to the ends: the items in between shift by one). */
template<typename T>
ListMove moveInList(std::vector<T> &v, std::size_t index, int delta)
{
    return moveAmongPeers(v.size(), index, delta, [](std::size_t) { return true; },
                          [&v](std::size_t i, std::size_t j) { std::swap(v[i], v[j]); });
}

/** Moves v[index] delta places among the items that same(v[index], v[k]) groups with it. */
template<typename T, typename Same>
ListMove moveInGroup(std::vector<T> &v, std::size_t index, int delta, Same &&same)
{
    if (index >= v.size())
        return ListMove::NoSuchItem;
    // The group is fixed before the first swap: the moving item keeps its group, the others stay where they are.
    std::vector<bool> peers(v.size());
    for (std::size_t k = 0; k < v.size(); ++k)
        peers[k] = same(v[index], v[k]);
    return moveAmongPeers(v.size(), index, delta, [&peers](std::size_t k) { return static_cast<bool>(peers[k]); },
                          [&v](std::size_t i, std::size_t j) { std::swap(v[i], v[j]); });
}

} // namespace vb
