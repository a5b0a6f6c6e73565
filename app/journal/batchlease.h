// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Lesspay::Core {

class Journal;

// Who reconciles a batch: one process per batch on one journal, so that the console and a
// `lesspay-cli resume` never both ask about and re-send the same batch. A row in batch_leases
// names the holder and an expiry; the holder renews it while it works and removes it when it is
// done; another holder takes it only once it expired, or at once when the holder is a process
// of this machine that no longer exists (it crashed or was killed: it cannot be sending).
// Each call is one statement, atomic between processes sharing the SQLite file or the server.
// Times are the journal's clock on SQLite (one machine) and the server's clock on PostgreSQL, so
// that consoles whose clocks disagree still agree on when a lease expired.
class BatchLease
{
public:
    struct Lease
    {
        QString holder;
        qint64 acquiredAt = 0;
        qint64 expiresAt = 0;
    };

    // holder: who we are; empty means ownHolderId().
    explicit BatchLease(Journal &journal, QString holder = {});

    // "host/pid/start-ms": different for two processes, and for a process that reuses a pid.
    static QString ownHolderId();
    const QString &holder() const { return m_holder; }

    // True when we hold the lease now (it was free, expired, its holder's process on this
    // machine is gone, or it was ours already); its expiry is set to now + ttl.
    bool acquire(qint64 batchId, std::chrono::milliseconds ttl);
    // Pushes our expiry on; false when the lease is no longer ours (it expired and was taken).
    bool renew(qint64 batchId, std::chrono::milliseconds ttl);
    // Gives the lease up when it is ours.
    void release(qint64 batchId);

    std::optional<Lease> current(qint64 batchId) const;

private:
    bool upsert(qint64 batchId, std::chrono::milliseconds ttl);
    // "Now" in milliseconds as an SQL expression: the server's clock, or the journal's.
    QString nowSql() const;
    // The holder ran on this machine and its process no longer exists. A pid used again by
    // another process reads as alive: the lease is then waited out, never taken early.
    static bool isDeadLocalHolder(const QString &holder);

    Journal &m_journal;
    QString m_holder;
};

} // namespace Lesspay::Core
