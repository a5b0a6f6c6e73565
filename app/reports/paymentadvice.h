// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lesspay::Core {

// What a payee is told about one paid payout: who paid whom, how much, when, and the
// references both sides can look it up by.
struct PaymentAdvice
{
    QString payerName;
    QString payeeName;
    QString maskedAccount;
    QString institution; // bank or e-wallet provider
    bool wallet = false;
    qint64 amountMinor = 0;
    int decimals = 2;
    QString currency;
    qint64 paidAt = 0; // when the journal recorded the payout as paid (Unix ms)
    QString reference; // mch_order_id
    QString channelOrderNo;
    QString requestId;
    QString payOrderId;

    // A file name for the advice made from its order ID: letters, digits, '-', '_' and '.' are
    // kept, anything else becomes '_'; never empty, never hidden, never a path.
    static QString fileNameFor(const QString &reference);
};

} // namespace Lesspay::Core
