// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace Lesspay::Core {

// Allocations of 2 MiB and more come 2 MiB-aligned and advised as huge pages (Linux transparent
// huge pages in "madvise" mode); smaller ones are plain malloc. For the big tables of a batch
// of a million rows (slots probed at random, the row slab), where 4 KiB pages cost a page fault
// per 4 KiB on first touch and a TLB miss on nearly every probe.
namespace LargeAllocation {
constexpr std::size_t HugePage = std::size_t(2) << 20;
void *allocate(std::size_t bytes); // never null: throws std::bad_alloc
inline void release(void *p) noexcept
{
    std::free(p);
}
} // namespace LargeAllocation

template<typename T>
struct LargeAllocator
{
    using value_type = T;

    LargeAllocator() = default;
    template<typename U>
    LargeAllocator(const LargeAllocator<U> &) noexcept
    {}

    T *allocate(std::size_t n) { return static_cast<T *>(LargeAllocation::allocate(n * sizeof(T))); }
    void deallocate(T *p, std::size_t) noexcept { LargeAllocation::release(p); }

    template<typename U>
    friend bool operator==(const LargeAllocator &, const LargeAllocator<U> &) noexcept
    {
        return true;
    }
};

} // namespace Lesspay::Core
