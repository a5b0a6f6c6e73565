// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frozenbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lesspay::Core::FrozenBody {

namespace {

const QLatin1String WalletPrefix("e_wallet.");

PayoutDetail detailFrom(const QJsonObject &o)
{
    PayoutDetail d;
    const QJsonObject wallet = o.value(QLatin1String("e_wallet")).toObject();
    for (int i = 0; i < FieldCount; ++i) {
        const Field field = Field(i);
        const QString key = fieldKey(field);
        if (key.startsWith(WalletPrefix))
            d.setValue(field, wallet.value(QStringView(key).mid(WalletPrefix.size())).toString());
        else
            d.setValue(field, o.value(key).toString());
    }
    return d;
}

} // namespace

std::optional<Content> read(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue details = o.value(QLatin1String("payout_order_details"));
    if (!details.isArray())
        return std::nullopt;
    Content c;
    c.header.requestId = o.value(QLatin1String("request_id")).toString();
    c.header.currency = o.value(QLatin1String("currency")).toString();
    c.header.wayType = o.value(QLatin1String("way_type")).toString();
    c.header.wayCode = o.value(QLatin1String("way_code")).toString();
    c.header.notifyUrl = o.value(QLatin1String("notify_url")).toString();
    const QJsonArray array = details.toArray();
    c.details.reserve(array.size());
    for (const QJsonValue &v : array)
        c.details.append(detailFrom(v.toObject()));
    return c;
}

} // namespace Lesspay::Core::FrozenBody
