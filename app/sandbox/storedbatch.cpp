// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedbatch.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

QString webhookName(StoredBatch::Webhook w)
{
    switch (w) {
    case StoredBatch::Webhook::NotDue:
        return u"not_due"_s;
    case StoredBatch::Webhook::Pending:
        return u"pending"_s;
    case StoredBatch::Webhook::Delivered:
        return u"delivered"_s;
    case StoredBatch::Webhook::GaveUp:
        return u"gave_up"_s;
    }
    return {};
}

StoredBatch::Webhook webhookFromName(const QString &name)
{
    if (name == "pending"_L1)
        return StoredBatch::Webhook::Pending;
    if (name == "delivered"_L1)
        return StoredBatch::Webhook::Delivered;
    if (name == "gave_up"_L1)
        return StoredBatch::Webhook::GaveUp;
    return StoredBatch::Webhook::NotDue;
}

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

} // namespace

QString StoredDetail::accountName() const
{
    const QString bank = wire.value("bank_account_name"_L1).toString();
    return bank.isEmpty() ? wire.value("e_wallet"_L1).toObject().value("account_name"_L1).toString() : bank;
}

bool StoredBatch::isFinal() const
{
    return status == Succeed || status == Failed || status == PartialSuccess;
}

QString StoredBatch::maskAccount(const QString &text)
{
    if (text.size() <= 4)
        return QString(text.size(), u'*');
    return QString(text.size() - 4, u'*') + text.right(4);
}

QString StoredBatch::maskName(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList masked;
    masked.reserve(words.size());
    for (const QString &w : words) {
        // The first code point, whole: a surrogate pair must not be cut in half.
        const qsizetype first = w.front().isHighSurrogate() && w.size() > 1 ? 2 : 1;
        masked.append(w.left(first) + QString(3, u'*'));
    }
    return masked.join(u' ');
}

QString StoredBatch::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject StoredBatch::createData() const
{
    QJsonObject o;
    o.insert("pay_order_id"_L1, payOrderId);
    o.insert("request_id"_L1, requestId);
    o.insert("created_at"_L1, isoTime(createdAt));
    o.insert("order_status"_L1, status);
    o.insert("total_count"_L1, details.size());
    o.insert("total_amount_obj"_L1, QJsonObject{{"amountStr"_L1, totalAmount}, {"currencyCode"_L1, currency}});
    o.insert("encryptData"_L1, QJsonValue::Null);
    o.insert("sign"_L1, QJsonValue::Null);
    return o;
}

QJsonObject StoredBatch::queryData() const
{
    QJsonArray rows;
    for (const StoredDetail &d : details) {
        QJsonObject r;
        r.insert("mch_order_id"_L1, d.mchOrderId);
        r.insert("payout_order_detail_id"_L1, d.detailId);
        r.insert("amount"_L1, d.amount);
        r.insert("destination_type"_L1, str(d.wire, "destination_type"_L1));
        r.insert("status"_L1, d.status);
        r.insert("fail_reason"_L1, d.failReason);
        r.insert("channel_order_no"_L1, d.channelOrderNo);
        const QJsonObject wallet = d.wire.value("e_wallet"_L1).toObject();
        if (wallet.isEmpty()) {
            r.insert("bank_account_no"_L1, maskAccount(str(d.wire, "bank_account_no"_L1)));
            r.insert("bank_account_name"_L1, maskName(str(d.wire, "bank_account_name"_L1)));
            r.insert("bank_name"_L1, str(d.wire, "bank_name"_L1));
        } else {
            r.insert("e_wallet"_L1, QJsonObject{{"account_name"_L1, maskName(str(wallet, "account_name"_L1))},
                                                {"account_number"_L1, maskAccount(str(wallet, "account_number"_L1))},
                                                {"provider"_L1, str(wallet, "provider"_L1)}});
        }
        rows.append(r);
    }
    QJsonObject o;
    o.insert("pay_order_id"_L1, payOrderId);
    o.insert("request_id"_L1, requestId);
    o.insert("order_status"_L1, status);
    o.insert("currency"_L1, currency);
    o.insert("total_amount"_L1, totalAmount);
    o.insert("total_count"_L1, details.size());
    o.insert("fail_reason"_L1, failReason);
    o.insert("created_at"_L1, isoTime(createdAt));
    o.insert("updated_at"_L1, isoTime(updatedAt));
    o.insert("details"_L1, rows);
    return o;
}

QJsonObject StoredBatch::adminSummary() const
{
    QJsonObject o;
    o.insert("appid"_L1, appId);
    o.insert("request_id"_L1, requestId);
    o.insert("pay_order_id"_L1, payOrderId);
    o.insert("order_status"_L1, status);
    o.insert("currency"_L1, currency);
    o.insert("total_amount"_L1, totalAmount);
    o.insert("detail_count"_L1, details.size());
    o.insert("create_accepted"_L1, createAccepted);
    o.insert("webhook"_L1, webhookName(webhook));
    o.insert("webhook_attempts"_L1, webhookAttempts);
    return o;
}

QJsonObject StoredBatch::toState() const
{
    QJsonArray rows;
    for (const StoredDetail &d : details) {
        rows.append(QJsonObject{{"wire"_L1, d.wire},
                                {"mch_order_id"_L1, d.mchOrderId},
                                {"amount"_L1, d.amount},
                                {"amount_minor"_L1, QString::number(d.amountMinor)},
                                {"detail_id"_L1, d.detailId},
                                {"status"_L1, d.status},
                                {"fail_reason"_L1, d.failReason},
                                {"channel_order_no"_L1, d.channelOrderNo}});
    }
    QJsonObject o = adminSummary();
    o.insert("total_minor"_L1, QString::number(totalMinor));
    o.insert("way_type"_L1, wayType);
    o.insert("way_code"_L1, wayCode);
    o.insert("notify_url"_L1, notifyUrl);
    o.insert("content_hash"_L1, QString::fromLatin1(contentHash));
    o.insert("fail_reason"_L1, failReason);
    o.insert("created_at"_L1, isoTime(createdAt));
    o.insert("updated_at"_L1, isoTime(updatedAt));
    o.insert("details"_L1, rows);
    return o;
}

std::optional<StoredBatch> StoredBatch::fromState(const QJsonObject &o)
{
    StoredBatch b;
    b.appId = str(o, "appid"_L1);
    b.requestId = str(o, "request_id"_L1);
    b.payOrderId = str(o, "pay_order_id"_L1);
    b.status = str(o, "order_status"_L1);
    b.currency = str(o, "currency"_L1);
    b.totalAmount = str(o, "total_amount"_L1);
    bool ok = false;
    b.totalMinor = str(o, "total_minor"_L1).toLongLong(&ok);
    b.wayType = str(o, "way_type"_L1);
    b.wayCode = str(o, "way_code"_L1);
    b.notifyUrl = str(o, "notify_url"_L1);
    b.contentHash = str(o, "content_hash"_L1).toLatin1();
    b.failReason = str(o, "fail_reason"_L1);
    b.createdAt = QDateTime::fromString(str(o, "created_at"_L1), Qt::ISODateWithMs);
    b.updatedAt = QDateTime::fromString(str(o, "updated_at"_L1), Qt::ISODateWithMs);
    b.createAccepted = o.value("create_accepted"_L1).toInt();
    b.webhook = webhookFromName(str(o, "webhook"_L1));
    b.webhookAttempts = o.value("webhook_attempts"_L1).toInt();
    if (!ok || b.appId.isEmpty() || b.requestId.isEmpty() || b.payOrderId.isEmpty() || b.status.isEmpty()
        || !b.createdAt.isValid())
        return std::nullopt;
    for (const QJsonValue &v : o.value("details"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        StoredDetail d;
        d.wire = r.value("wire"_L1).toObject();
        d.mchOrderId = str(r, "mch_order_id"_L1);
        d.amount = str(r, "amount"_L1);
        d.amountMinor = str(r, "amount_minor"_L1).toLongLong(&ok);
        d.detailId = str(r, "detail_id"_L1);
        d.status = str(r, "status"_L1);
        d.failReason = str(r, "fail_reason"_L1);
        d.channelOrderNo = str(r, "channel_order_no"_L1);
        if (!ok || d.status.isEmpty())
            return std::nullopt;
        b.details.append(d);
    }
    if (b.details.isEmpty())
        return std::nullopt;
    return b;
}

} // namespace Lesspay::Sandbox
