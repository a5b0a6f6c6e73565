// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/batch.h"
#include "journal/batchstate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lesspay::Core {

// Plain records the journal reads and writes. Times are Unix milliseconds.

struct DraftRecord
{
    qint64 id = 0; // 0: not saved yet
    QString profileId;
    QString title;
    BatchHeader header;
    QByteArray rows; // DraftCodec::encodeRows()
    int rowCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString frozenRequestId; // set once the draft was submitted; it is read-only from then on
};

struct FrozenBatch
{
    qint64 id = 0;
    QString requestId;
    qint64 draftId = 0;
    QString profileId;
    QByteArray body; // the exact create-order bytes, sent and resent as they are
    BatchState state = BatchState::Frozen;
    QString orderStatus;
    QString payOrderId;
    QString currency;
    QString totalAmount;
    int detailCount = 0;
    QString failReason;
    QString lastError;
    int sendCount = 0;
    qint64 notFoundSince = 0; // first 30020 since the last send, 0 when none
    int notFoundCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastSentAt = 0;
};

struct BatchSummary
{
    FrozenBatch batch; // body left empty in lists
    int succeeded = 0;
    int failed = 0;
    int pending = 0; // neither SUCCEED nor FAILED yet
};

struct DetailStatus
{
    QString mchOrderId;
    QString amount;
    QString maskedAccount;
    QString status;
    QString failReason;
    QString detailId;
    QString channelOrderNo;
    qint64 updatedAt = 0;
};

struct TimelineEntry
{
    qint64 at = 0;
    QString mchOrderId; // empty for the batch itself
    QString state;      // BatchStates::key for the batch, empty for details
    QString status;     // order_status or detail status
    QString note;
};

struct EventEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString kind;     // "request", "response", "note"
    QString endpoint; // "create", "query", ...
    int httpStatus = 0;
    int code = -1;
    QString summary;
    QByteArray body; // masked
};

struct DuplicateHit
{
    QString requestId;
    QString mchOrderId;
    QString amount;
    BatchState state = BatchState::Frozen;
    QString status; // the detail's status, empty while unknown
    qint64 createdAt = 0;
    QString preparedBy; // in a team workspace: who prepared the batch
};

} // namespace Lesspay::Core
