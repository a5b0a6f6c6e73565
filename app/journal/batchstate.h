// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lesspay::Core {

// Where a submitted batch stands on the console's side (the server's order_status is kept
// beside it). Draft -> Frozen -> Sending -> Accepted | Rejected | Unknown -> Reconciling;
// Reconciling ends in Accepted, Rejected or NeedsAttention (a person must look). NotSent: the
// create could not even be written (DNS, refused, proxy, TLS handshake), so Lesspay cannot have
// it; the batch waits for a person to fix the cause and send it again (same request_id).
enum class BatchState { Draft, Frozen, Sending, Accepted, Rejected, Unknown, Reconciling, NeedsAttention, NotSent };

namespace BatchStates {

QString key(BatchState state); // stable, stored in the journal: "frozen", "sending", ...
std::optional<BatchState> fromKey(QStringView key);
QString label(BatchState state); // translated, for people

// The outcome of the create is not known yet: the reconciler owns the batch.
bool isUnresolved(BatchState state);
// Nothing more will happen on the console's side without a person (Accepted batches are
// still polled for their order_status).
bool isSettled(BatchState state);

} // namespace BatchStates

} // namespace Lesspay::Core
