// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/batch.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Lesspay::Core {

// Reads a frozen create-order body back into the domain's types: the journal keeps the
// exact bytes that were sent, and those bytes (not a later edit of the draft) are what the
// results export and a retry draft must start from.
namespace FrozenBody {

struct Content
{
    BatchHeader header;
    QList<PayoutDetail> details;
};

// nullopt when the bytes are not a create-order body.
std::optional<Content> read(const QByteArray &body);

} // namespace FrozenBody

} // namespace Lesspay::Core
