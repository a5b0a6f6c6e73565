// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "largeallocator.h"

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace Lesspay::Core::LargeAllocation {

void *allocate(std::size_t bytes)
{
    void *data = nullptr;
    if (bytes >= HugePage) {
        const std::size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        data = std::aligned_alloc(HugePage, rounded);
#if defined(MADV_HUGEPAGE)
        if (data)
            madvise(data, rounded, MADV_HUGEPAGE); // a hint: when it fails nothing changes
#endif
    } else {
        data = std::malloc(bytes == 0 ? 1 : bytes);
    }
    if (!data)
        throw std::bad_alloc();
    return data;
}

} // namespace Lesspay::Core::LargeAllocation
