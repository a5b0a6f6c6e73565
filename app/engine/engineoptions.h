// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

namespace Lesspay::Core {

// Timing of the submission engine. The defaults follow the spec's never-pay-twice rule;
// tests shorten them.
struct EngineOptions
{
    // Reconciling an unknown outcome: full-jitter backoff between queries.
    std::chrono::milliseconds backoffBase{1000};
    std::chrono::milliseconds backoffCap{30000};
    // A create is re-sent (same bytes) only after the server said "not found" (30020) for
    // this long, at least minNotFoundAnswers times, since the last send.
    std::chrono::milliseconds resendWindow{std::chrono::minutes(5)};
    int minNotFoundAnswers = 2;

    // Following accepted batches until their order_status is final.
    std::chrono::milliseconds pollInitial{3000};
    std::chrono::milliseconds pollMax{std::chrono::minutes(2)};
    double pollGrowth = 1.6;
    int maxConcurrentQueries = 4;

    // One reconciler per batch on one journal: the lease a process holds on a batch while it
    // reconciles it expires this long after its last renewal (renewed every third of it), so a
    // crashed holder's batches are taken over after at most this long.
    std::chrono::milliseconds leaseTtl{30000};

    quint32 seed = 0; // 0: random jitter; anything else makes the jitter reproducible
};

} // namespace Lesspay::Core
