// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/orderstatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lesspay::Core {

struct RemoteDetail
{
    QString mchOrderId;
    QString detailId; // payout_order_detail_id
    QString amount;   // kept as the server's string
    QString status;   // normalized by OrderStatus::normalizedDetailStatus, unknown ones verbatim
    QString failReason;
    QString channelOrderNo;

    friend bool operator==(const RemoteDetail &, const RemoteDetail &) = default;
};

// A batch as the server describes it in a create or query answer, read tolerantly
// (spec section 4 Decision). Account data comes back masked and is not kept here.
struct RemoteBatch
{
    QString payOrderId;
    QString requestId;
    OrderStatus status;
    QString currency;
    QString totalAmount;
    QString failReason;
    QString createdAt;
    QList<RemoteDetail> details;

    static RemoteBatch fromJson(const QJsonObject &data);
};

} // namespace Lesspay::Core
