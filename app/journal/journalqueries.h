// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QHash>

namespace Lesspay::Core {

class Journal;

// Read-only questions the console asks the journal: the batch list, one batch's details and
// timeline, its request history, and the duplicate-payment warning.
class JournalQueries
{
public:
    explicit JournalQueries(const Journal &journal);

    QList<BatchSummary> listBatches(int limit = 1000) const; // newest first, bodies left out
    std::optional<BatchSummary> summary(const QString &requestId) const;
    QList<DetailStatus> details(const QString &requestId) const;   // latest status per detail
    QList<TimelineEntry> timeline(const QString &requestId) const; // batch and detail snapshots, oldest first
    QList<EventEntry> events(const QString &requestId) const;

    // Payouts to the same recipient (RecipientKey::of) of the same amount
    // (RecipientKey::amountKey) created since `sinceMs` in another batch that is paid or may
    // still be paid (not rejected, not failed).
    QList<DuplicateHit> recentSamePayments(const QString &recipientKey, qint64 amountKey, qint64 sinceMs,
                                           const QString &excludeRequestId = {}) const;
    // The same for many rows at once (one prepared statement); keyed by the row's index.
    struct Probe
    {
        QString recipientKey;
        qint64 amountKey = 0;
    };
    QHash<int, QList<DuplicateHit>> recentSamePayments(const QList<Probe> &probes, qint64 sinceMs,
                                                       const QString &excludeRequestId = {}) const;

private:
    const Journal &m_journal;
};

} // namespace Lesspay::Core
