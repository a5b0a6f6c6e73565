// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchreport.h"

namespace Lesspay::Core {

QList<PaymentAdvice> BatchReport::advice(const QString &payerName) const
{
    QList<PaymentAdvice> out;
    if (!isFinal)
        return out;
    for (const Line &line : lines) {
        if (line.status != QLatin1String("SUCCEED"))
            continue;
        PaymentAdvice a;
        a.payerName = payerName;
        a.payeeName = line.name;
        a.maskedAccount = line.maskedAccount;
        a.institution = line.institution;
        a.wallet = line.wallet;
        a.amountMinor = line.amountMinor;
        a.decimals = decimals;
        a.currency = currency;
        a.paidAt = line.updatedAt;
        a.reference = line.mchOrderId;
        a.channelOrderNo = line.channelOrderNo;
        a.requestId = requestId;
        a.payOrderId = payOrderId;
        out.append(a);
    }
    return out;
}

} // namespace Lesspay::Core
