// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apireply.h"

#include "api/wireformat.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

ApiReply ApiReply::envelope(int httpStatus, int code, const QString &msg, const QJsonValue &data)
{
    const QJsonObject o{{"code"_L1, code}, {"msg"_L1, msg}, {"data"_L1, data}};
    return {httpStatus, Core::WireFormat::toBytes(o), QByteArrayLiteral("application/json"), {}, code};
}

ApiReply ApiReply::json(int httpStatus, const QJsonValue &value)
{
    const QByteArray body =
        value.isArray() ? Core::WireFormat::toBytes(value.toArray()) : Core::WireFormat::toBytes(value.toObject());
    return {httpStatus, body, QByteArrayLiteral("application/json"), {}, 0};
}

} // namespace Lesspay::Sandbox
