// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/batchphase.h"

#include <QList>
#include <QString>

#include <array>

namespace Lesspay::Core {

class Journal;

// The numbers behind the overview picture: how many batches created since a moment stand in
// each phase, and how much was paid (payouts SUCCEED) per currency, exactly in minor units.
struct BatchOverview
{
    struct Paid
    {
        QString currency;
        qint64 minor = 0;
        int decimals = 2;
        int payouts = 0;

        friend bool operator==(const Paid &, const Paid &) = default;
    };

    std::array<int, std::size_t(BatchPhase::PhaseCount)> batches{};
    QList<Paid> paid; // by currency code

    int count(BatchPhase phase) const { return batches[std::size_t(phase)]; }
    int total() const;

    static BatchOverview compute(const Journal &journal, qint64 sinceMs);

    friend bool operator==(const BatchOverview &, const BatchOverview &) = default;
};

} // namespace Lesspay::Core
