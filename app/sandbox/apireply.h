// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Lesspay::Sandbox {

// What the server writes back for one request, independent of the transport.
struct ApiReply
{
    int httpStatus = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray location; // for redirects
    int code = 0;        // the envelope code, for the log

    // The API envelope {"code":..,"msg":..,"data":..} of spec section 3.
    static ApiReply envelope(int httpStatus, int code, const QString &msg, const QJsonValue &data = QJsonValue::Null);
    static ApiReply json(int httpStatus, const QJsonValue &value);
};

} // namespace Lesspay::Sandbox
