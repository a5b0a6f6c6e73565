// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"
#include "engine/backoff.h"
#include "engine/engineoptions.h"
#include "journal/batchlease.h"
#include "journal/batchstate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Lesspay::Core {

class ApiCall;
class ApiClient;
class Journal;
struct FrozenBatch;

// Takes a frozen batch from Frozen to a settled state without ever creating it twice
// (spec section 6 Decision):
//   Frozen --mark Sending (committed)--> send the frozen bytes
//     accepted                      -> Accepted (server's order_status kept)
//     30011 "duplicate request_id"  -> Reconciling: query
//     30010 "idempotency conflict"  -> NeedsAttention
//     other business refusal        -> Rejected
//     timeout, dropped, 3xx, 5xx, 408, 429, unreadable -> Unknown -> Reconciling
//     no connection (DNS, refused, proxy, TLS handshake) -> NotSent: waits for a person
//   Reconciling: query by request_id with full-jitter backoff
//     found                         -> Accepted
//     30020 for resendWindow (and minNotFoundAnswers times) -> send the same bytes again
//     anything else                 -> query again later
// Every step is written to the journal before the next network call.
// Only one process works on a batch at a time (BatchLease): a batch whose lease another live
// process holds is watched instead, and taken over only when that lease expires.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    using ClientFor = std::function<ApiClient *(const QString &profileId)>;

    Reconciler(Journal &journal, ClientFor clients, const EngineOptions &options, QObject *parent = nullptr);
    ~Reconciler() override;

    // Starts (or leaves running) the work for a batch that is not settled; false when there
    // is nothing to do or no client for its profile. `signPrefix`: the sign string up to "key="
    // that FrozenBody::write made with the batch's body, so that sending does not parse it again.
    // `body`: the batch's body as the journal holds it, when the caller has just read it (the
    // worker that recorded it), so that 26 MB are not read again on this thread; empty: read it.
    bool start(qint64 batchId, const QByteArray &signPrefix = {}, const QByteArray &body = {});
    // Being reconciled here, or by another process that holds the batch's lease.
    bool isActive(qint64 batchId) const { return m_jobs.contains(batchId) || m_waiting.contains(batchId); }
    int activeCount() const { return int(m_jobs.size() + m_waiting.size()); }
    // Being reconciled by another process (this one waits for its lease).
    bool isHeldElsewhere(qint64 batchId) const { return m_waiting.contains(batchId); }
    QString leaseHolder() const { return m_lease.holder(); }
    // Milliseconds until the next query of a batch being reconciled; -1 when none is waiting
    // (a call is in flight, or the batch is not being reconciled). For telling people.
    int msUntilNextCheck(qint64 batchId) const;

signals:
    void stateChanged(const QString &requestId, Lesspay::Core::BatchState state);
    // The batch left the reconciler: Accepted, Rejected, NeedsAttention or NotSent (or Frozen
    // again when nothing could be sent, e.g. no secret).
    void settled(const QString &requestId, Lesspay::Core::BatchState state);
    // The server's view of the batch changed (order_status, details) while reconciling.
    void remoteChanged(const QString &requestId, const QStringList &changedDetails, bool batchChanged);
    // Another live process holds the batch's lease (`holder`, BatchLease::ownHolderId() of that
    // process): this one only watches the batch until it settles or the lease expires.
    void leaseHeldElsewhere(const QString &requestId, const QString &holder);

private:
    struct Job
    {
        qint64 batchId = 0;
        QString requestId;
        QString profileId;
        QByteArray signPrefix;
        QByteArray body; // the journal's bytes, read once (sends and re-sends go out with these)
        int attempt = 0;
        QPointer<ApiCall> call;
        QTimer *timer = nullptr;
    };

    bool holdsLease(Job *job);
    void abandon(Job *job);
    void renewLeases();
    void checkWaiting();
    void send(Job *job);
    void query(Job *job);
    void scheduleQuery(Job *job);
    void onCreateFinished(qint64 batchId, const ApiResult &result);
    void onQueryFinished(qint64 batchId, const ApiResult &result);
    void accept(Job *job, const ApiResult &result, const QString &note);
    void moveTo(Job *job, BatchState state, const QString &note = {}, const QString &error = {});
    void finish(Job *job, BatchState state);
    void logRequest(Job *job, const QString &endpoint, const QByteArray &body);
    void logResponse(Job *job, const QString &endpoint, const ApiResult &result);

    Journal &m_journal;
    ClientFor m_clients;
    EngineOptions m_options;
    Backoff m_backoff;
    QHash<qint64, Job *> m_jobs;
    BatchLease m_lease;
    QTimer m_renewTimer;
    QTimer m_waitTimer;
    QSet<qint64> m_waiting; // batches whose lease another process holds
};

} // namespace Lesspay::Core
