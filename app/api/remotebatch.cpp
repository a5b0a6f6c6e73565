// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotebatch.h"

#include <QJsonArray>

namespace Lesspay::Core {

namespace {

// Amounts and ids may arrive as numbers from a careless server; keep their JSON text.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    return {};
}

} // namespace

RemoteBatch RemoteBatch::fromJson(const QJsonObject &data)
{
    RemoteBatch b;
    b.payOrderId = text(data.value(QLatin1String("pay_order_id")));
    b.requestId = text(data.value(QLatin1String("request_id")));
    b.status = OrderStatus::fromJson(data.value(QLatin1String("order_status")));
    b.currency = text(data.value(QLatin1String("currency")));
    b.totalAmount = text(data.value(QLatin1String("total_amount")));
    if (b.totalAmount.isEmpty()) {
        const QJsonObject obj = data.value(QLatin1String("total_amount_obj")).toObject();
        b.totalAmount = text(obj.value(QLatin1String("amountStr")));
        if (b.currency.isEmpty())
            b.currency = text(obj.value(QLatin1String("currencyCode")));
    }
    b.failReason = text(data.value(QLatin1String("fail_reason")));
    b.createdAt = text(data.value(QLatin1String("created_at")));

    QJsonValue details = data.value(QLatin1String("details"));
    if (!details.isArray())
        details = data.value(QLatin1String("payout_order_details"));
    const QJsonArray array = details.toArray();
    b.details.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        RemoteDetail d;
        d.mchOrderId = text(o.value(QLatin1String("mch_order_id")));
        if (d.mchOrderId.isEmpty())
            continue; // details are matched by mch_order_id only
        d.detailId = text(o.value(QLatin1String("payout_order_detail_id")));
        d.amount = text(o.value(QLatin1String("amount")));
        d.status = OrderStatus::normalizedDetailStatus(o.value(QLatin1String("status")));
        d.failReason = text(o.value(QLatin1String("fail_reason")));
        d.channelOrderNo = text(o.value(QLatin1String("channel_order_no")));
        b.details.append(d);
    }
    return b;
}

} // namespace Lesspay::Core
