// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/batch.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Lesspay::Core {

// The create-order body of a batch, built once: freezing writes the exact bytes that the review
// shows, the journal keeps and the engine sends, with the sign string over them. read() turns
// frozen bytes back into the domain's types: those bytes (not a later edit of the draft) are
// what the results export and a retry draft must start from.
namespace FrozenBody {

// A frozen create-order request: the body and the sign string without its "key=<secret>" end
// (spec section 2), both from one pass over the batch.
struct Request
{
    QString requestId;
    QByteArray body;
    QByteArray signPrefix; // "currency=PHP&...&way_type=...&": what is signed before the secret

    bool isNull() const { return body.isEmpty(); }
    // The sign string as a person may see it: the secret replaced by a marker.
    QByteArray signStringPreview() const { return signPrefix + "key=<appSecret>"; }
    // The signature header's value: uppercase SHA-256 hex of the sign string with the secret.
    QByteArray signatureHex(QByteArrayView secret) const;
};

// The request for a batch, byte for byte what WireFormat::toBytes(WireFormat::createOrderBody())
// writes and Signer::sign() signs, written straight to UTF-8 (the JSON tree costs ten times more
// on a large batch). A batch with an empty request_id gets a fresh one.
Request write(const Batch &batch);

struct Content
{
    BatchHeader header;
    QList<PayoutDetail> details;
};

// nullopt when the bytes are not a create-order body.
std::optional<Content> read(const QByteArray &body);

} // namespace FrozenBody

} // namespace Lesspay::Core
