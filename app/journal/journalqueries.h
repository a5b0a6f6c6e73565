// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QHash>

#include <functional>

namespace Lesspay::Core {

class Journal;

// Read-only questions the console asks the journal: the batch list, one batch's details and
// timeline, its request history, and the duplicate-payment warning.
class JournalQueries
{
public:
    explicit JournalQueries(const Journal &journal);

    QList<BatchSummary> listBatches(int limit = 1000) const; // newest first, bodies left out
    // A page of the list further down: the `limit` batches recorded before the batch with
    // journal id `beforeId`, newest first.
    QList<BatchSummary> listBatchesBefore(qint64 beforeId, int limit) const;
    // Every batch from journal id `fromId` on, newest first: the part of the list already shown.
    QList<BatchSummary> listBatchesFrom(qint64 fromId) const;
    // The same for one profile: the limit counts only its own batches.
    QList<BatchSummary> listBatches(const QString &profileId, int limit) const;
    std::optional<BatchSummary> summary(const QString &requestId) const;
    QList<DetailStatus> details(const QString &requestId) const;   // latest status per detail
    QList<TimelineEntry> timeline(const QString &requestId) const; // batch and detail snapshots, oldest first
    QList<EventEntry> events(const QString &requestId) const;

    // Payouts to the same recipient (RecipientKey::of) of the same amount
    // (RecipientKey::amountKey) created since `sinceMs` in another batch that is paid or may
    // still be paid (not rejected, not failed).
    QList<DuplicateHit> recentSamePayments(const QString &recipientKey, qint64 amountKey, qint64 sinceMs,
                                           const QString &excludeRequestId = {}) const;
    // The same for many rows at once (one prepared statement on SQLite, one statement on a
    // server); keyed by the row's index. In a team workspace it covers every member's batches,
    // and each hit names who prepared the batch.
    struct Probe
    {
        QString recipientKey;
        qint64 amountKey = 0;
    };
    QHash<int, QList<DuplicateHit>> recentSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                       const QString &excludeRequestId = {}) const;
    // What the warning needs of them: for each probe with hits, only the one recorded last (the
    // highest journal id). The database stops at it instead of reading every earlier payment
    // of a recipient paid the same amount every day (bench_teamjournal).
    QHash<int, DuplicateHit> latestSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                const QString &excludeRequestId = {}) const;

    // How many batches created since `sinceMs` stand in each (state, order_status).
    struct StateCount
    {
        BatchState state = BatchState::Frozen;
        QString orderStatus;
        int count = 0;
    };
    QList<StateCount> stateCounts(qint64 sinceMs) const;
    // The payouts paid (SUCCEED) in batches created since `sinceMs`, summed by the database per
    // currency: the sum of their amount keys (RecipientKey::amountKey, exact minor units at
    // Amount::MaxDecimals) as decimal text, and how many had a key. nullopt when the database
    // could not sum them (SQLite stops at 64 bits): ask forEachPaidAmount then.
    struct PaidTotal
    {
        QString currency;
        QString amountKeySum;
        int payouts = 0;
    };
    std::optional<QList<PaidTotal>> paidTotals(qint64 sinceMs) const;
    // Calls `visit(currency, amount)` for every payout paid (SUCCEED) in a batch created since
    // `sinceMs`, without holding them all in memory.
    void forEachPaidAmount(qint64 sinceMs,
                           const std::function<void(const QString &currency, const QString &amount)> &visit) const;

private:
    // The batch summaries SummarySelect reads, narrowed and ordered by `whereAndOrder`.
    QList<BatchSummary> summaries(const QString &whereAndOrder, const QVariantList &values) const;
    QHash<int, QList<DuplicateHit>> serverSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                       const QString &excludeRequestId) const;
    QHash<int, QList<DuplicateHit>> serverSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                       const QString &excludeRequestId,
                                                       const QStringList &selects) const;

    const Journal &m_journal;
};

} // namespace Lesspay::Core
