// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lesspay::Core {

// The outcome of one payout detail as the query call reports it (spec section 4), matched to
// the batch rows by mch_order_id for the results export.
struct DetailResult
{
    QString mchOrderId;
    QString status; // SUCCEED / SUCCESS / FAILED, anything else is still in progress
    QString failReason;
    QString channelOrderNo;

    friend bool operator==(const DetailResult &, const DetailResult &) = default;
};

} // namespace Lesspay::Core
