// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/batchstore.h"
#include "sandbox/merchantdirectory.h"

#include <QObject>

namespace Lesspay::Sandbox {

// Moves batches through the statuses of spec section 5 on timers: review after the review
// delay (balance check and the REJECT magic value), then payment of every detail after the pay
// delay (amount magic values), then the final batch status.
class BatchLifecycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchLifecycle)

public:
    struct Delays
    {
        int reviewMs = 3000;
        int payMs = 5000;
    };

    BatchLifecycle(BatchStore &store, const MerchantDirectory &merchants, Delays delays, QObject *parent = nullptr);

    // Schedules the next step of a non-final batch (a new one, or one reloaded from state).
    void track(const QString &payOrderId);

Q_SIGNALS:
    void batchChanged(const QString &payOrderId);
    void batchFinal(const QString &payOrderId);

private:
    void review(const QString &payOrderId);
    void pay(const QString &payOrderId);
    void fail(StoredBatch *batch, const QString &reason);

    BatchStore &m_store;
    const MerchantDirectory &m_merchants;
    Delays m_delays;
};

} // namespace Lesspay::Sandbox
