// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace Lesspay::Core {

// "Full jitter" exponential backoff: a uniform delay in [0, min(cap, base * 2^attempt)], so
// that many clients retrying after the same outage do not come back in step.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed = 0);

    std::chrono::milliseconds delay(int attempt);
    std::chrono::milliseconds ceiling(int attempt) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    QRandomGenerator m_rng;
};

} // namespace Lesspay::Core
