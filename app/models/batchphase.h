// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QString>

#include <optional>

namespace Lesspay::Core {

// Where a submitted batch stands for the person reading the batch list: the console's own
// state (sending, unknown, ...) and the server's order_status folded into one value. The
// order is the sort order of the status column: what needs a person first.
enum class BatchPhase {
    NeedsPerson,        // the console stopped and a person must look (idempotency conflict, not sent)
    Failed,             // order_status FAILED: nothing was paid
    Rejected,           // the create call was refused: nothing was paid
    PartiallySucceeded, // PARTIAL_SUCCESS
    Unknown,            // the outcome of the create is not known yet: being reconciled
    Sending,            // frozen or on its way
    PendingReview,      // accepted, PENDING_CONFIRM
    Paying,             // PENDING_PAY
    Other,              // a status the spec lists without meaning, or one it does not know
    Succeeded,          // every payout paid
    PhaseCount
};

namespace BatchPhases {

BatchPhase of(BatchState state, const QString &orderStatus);
inline BatchPhase of(const FrozenBatch &batch)
{
    return of(batch.state, batch.orderStatus);
}
QString label(BatchPhase phase); // translated
// Nothing more will change on the server's side.
bool isFinal(BatchPhase phase);
// Failed, partial, rejected or stopped for a person: the batches list counts these.
bool needsAttention(BatchPhase phase);
// A payout of the batch is neither paid nor failed yet, or the whole batch is undecided.
bool isUndecided(BatchPhase phase);

// What the console knows and does about a batch, in words, for the batch detail. For an
// Unknown batch nextCheckAt (Unix ms) tells when the reconciler asks again, when known.
QString explanation(const BatchSummary &summary, qint64 now, std::optional<qint64> nextCheckAt = std::nullopt);

} // namespace BatchPhases

} // namespace Lesspay::Core
