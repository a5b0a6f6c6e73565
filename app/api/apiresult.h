// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Lesspay::Core {

// What became of one API call. The UI turns the enum into words with describe(); the
// submission engine decides from outcomeUnknown() whether a create may have been stored.
enum class ApiError {
    None,           // HTTP 200 and envelope code 0: data is valid
    Business,       // the envelope carried a non-zero code (code, message)
    Http,           // an HTTP status the API does not answer with an envelope (httpStatus)
    Network,        // connection refused, reset, dropped, TLS failure... (message)
    Timeout,        // no complete answer before the deadline
    UnreadableBody, // an answer that is not the API's JSON envelope
    Redirected,     // any 3xx: never followed on payment calls
    NotSent,        // nothing left the machine: no secret, or a body that is not a JSON object
    Unreachable,    // no connection: DNS, refused, proxy, TLS handshake; nothing was written (message)
};

struct ApiResult
{
    Q_DECLARE_TR_FUNCTIONS(ApiResult)

public:
    ApiError error = ApiError::None;
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    int code = -1;            // the envelope's code when one was read
    QString message;          // the envelope's msg, or the network error text
    QJsonValue data;          // the envelope's data when error == None
    QByteArray body;          // the raw answer (may hold masked account data; log it masked)
    QString redirectLocation; // Location header of a 3xx

    bool ok() const { return error == ApiError::None; }
    bool isBusiness(int businessCode) const { return error == ApiError::Business && code == businessCode; }

    // True when the request certainly never reached the server (NotSent, Unreachable).
    bool knownNotSent() const { return error == ApiError::NotSent || error == ApiError::Unreachable; }

    // True when a create may or may not have been stored by the server: a timeout, a lost
    // connection, 5xx, 408, 429, any 3xx or an unreadable answer (spec section 6 Decision).
    bool outcomeUnknown() const;

    // One translated sentence for people, with the server's code and msg when there are any.
    QString describe() const;
    static QString errorText(ApiError error);
};

} // namespace Lesspay::Core
