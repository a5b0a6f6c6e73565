// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace Lesspay::Core {

// The request signature of spec section 2: one pure function, used both to sign what the
// console sends and to verify what the sandbox receives.
namespace Signer {

struct Signature
{
    QByteArray signString; // "k1=v1&k2=v2&key=<secret>" (contains the secret: never log it)
    QByteArray hex;        // uppercase SHA-256 hex of signString
};

Signature sign(const QJsonObject &body, QByteArrayView secret);

// Parses the wire body and signs it; false when the body is not a JSON object.
bool signWire(QByteArrayView wireBody, QByteArrayView secret, Signature *out);

// Constant-time comparison of a received signature (case-insensitive hex) with the expected one.
bool verify(QByteArrayView wireBody, QByteArrayView secret, QByteArrayView receivedSignature);

} // namespace Signer

} // namespace Lesspay::Core
