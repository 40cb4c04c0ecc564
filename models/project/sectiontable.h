// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <typeinfo>
#include <utility>
#include <vector>

namespace vb {

/** A section of the project file that a feature layer defines (budget, scenarios, tender …), as its typed value.
 *  Held by the project behind a shared pointer to const: copies of a project share it, and an edit puts a new one
 *  in, so an undo step keeps the old one for the price of a pointer. */
class SectionData
{
public:
    virtual ~SectionData() = default;
    [[nodiscard]] virtual bool equals(const SectionData &other) const = 0;
};

/** The holder of one section type T. T names its key in the file: `static constexpr std::string_view kSectionKey`. */
template<typename T>
class SectionHolder final : public SectionData
{
public:
    explicit SectionHolder(T v)
        : value(std::move(v))
    {
    }
    [[nodiscard]] bool equals(const SectionData &other) const override
    {
        const auto *o = dynamic_cast<const SectionHolder<T> *>(&other);
        return o && o->value == value;
    }
    const T value;
};

/** The typed sections of a project, keyed by their name in the file. Sections this version does not know are not
 *  here: Project::unknownSections keeps them verbatim. */
class SectionTable
{
public:
    /** The section of type T, or null when the project has none. */
    template<typename T>
    [[nodiscard]] const T *get() const
    {
        const auto *h = dynamic_cast<const SectionHolder<T> *>(find(T::kSectionKey));
        return h ? &h->value : nullptr;
    }
    /** Puts value in as the section of type T (replacing the one there). */
    template<typename T>
    void set(T value)
    {
        put(std::string(T::kSectionKey), std::make_shared<const SectionHolder<T>>(std::move(value)));
    }
    template<typename T>
    void remove()
    {
        erase(T::kSectionKey);
    }

    [[nodiscard]] const SectionData *find(std::string_view key) const;
    /** The shared section under key (null when none), e.g. to keep it for an undo step. */
    [[nodiscard]] std::shared_ptr<const SectionData> share(std::string_view key) const;
    /** Puts data under key; null data removes the section. */
    void put(std::string key, std::shared_ptr<const SectionData> data);
    void erase(std::string_view key);
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    /** Same keys with equal sections (order aside). */
    [[nodiscard]] bool operator==(const SectionTable &other) const;

private:
    std::vector<std::pair<std::string, std::shared_ptr<const SectionData>>> m_items;
};

} // namespace vb
