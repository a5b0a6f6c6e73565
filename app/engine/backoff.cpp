// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <algorithm>

namespace Lesspay::Core {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_rng(seed ? seed : QRandomGenerator::global()->generate())
{}

std::chrono::milliseconds Backoff::ceiling(int attempt) const
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 base = m_base.count();
    const qint64 cap = m_cap.count();
    // Stop doubling once past the cap, before the shift can overflow.
    const qint64 grown = base > (cap >> shift) ? cap : base << shift;
    return std::chrono::milliseconds(std::min(grown, cap));
}

std::chrono::milliseconds Backoff::delay(int attempt)
{
    const qint64 top = ceiling(attempt).count();
    return std::chrono::milliseconds(qint64(m_rng.bounded(quint64(top) + 1)));
}

} // namespace Lesspay::Core
