// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signer.h"

#include "api/sha256.h"
#include "api/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lesspay::Core::Signer {

namespace {

// Step 4 of the algorithm: strings as they are, numbers and booleans as JSON text,
// objects and arrays as compact JSON with sorted keys.
QByteArray render(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        // The JSON text of the number, as QJsonDocument itself writes it.
        const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return doc.mid(1, doc.size() - 2);
    }
    case QJsonValue::Object:
        return WireFormat::toBytes(value.toObject());
    case QJsonValue::Array:
        return WireFormat::toBytes(value.toArray());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

Signature sign(const QJsonObject &body, QByteArrayView secret)
{
    Signature s;
    // QJsonObject iterates its keys in sorted order (by UTF-16 code unit, which equals byte
    // order for the ASCII keys of this API).
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            continue;
        s.signString += it.key().toUtf8();
        s.signString += '=';
        s.signString += render(v);
        s.signString += '&';
    }
    s.signString += "key=";
    s.signString += secret;
    s.hex = Sha256::hash(s.signString).toHex().toUpper();
    return s;
}

bool signWire(QByteArrayView wireBody, QByteArrayView secret, Signature *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wireBody.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = sign(doc.object(), secret);
    return true;
}

bool verify(QByteArrayView wireBody, QByteArrayView secret, QByteArrayView receivedSignature)
{
    Signature expected;
    if (!signWire(wireBody, secret, &expected))
        return false;
    const QByteArray received = receivedSignature.toByteArray().toUpper();
    if (received.size() != expected.hex.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < received.size(); ++i)
        diff |= static_cast<unsigned char>(received[i] ^ expected.hex[i]);
    return diff == 0;
}

} // namespace Lesspay::Core::Signer
