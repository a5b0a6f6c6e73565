// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciler.h"

#include "api/apiclient.h"
#include "journal/journal.h"
#include "journal/recipientkey.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace Lesspay::Core {

Q_LOGGING_CATEGORY(lcReconciler, "lesspay.engine.reconciler")

namespace {

constexpr int DuplicateRequestId = 30011;
constexpr int IdempotencyConflict = 30010;
constexpr int OrderNotFound = 30020;

// The server's batch under our request_id must be the one we froze; a different currency or
// total means someone else's batch (or a reused request_id): adopting it would hide that.
bool sameBatch(const FrozenBatch &frozen, const RemoteBatch &remote)
{
    if (!remote.currency.isEmpty() && remote.currency.compare(frozen.currency, Qt::CaseInsensitive) != 0)
        return false;
    const std::optional<qint64> theirs = RecipientKey::amountKey(remote.totalAmount);
    const std::optional<qint64> ours = RecipientKey::amountKey(frozen.totalAmount);
    return !theirs || !ours || *theirs == *ours;
}

} // namespace

Reconciler::Reconciler(Journal &journal, ClientFor clients, const EngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clients(std::move(clients))
    , m_options(options)
    , m_backoff(options.backoffBase, options.backoffCap, options.seed)
    , m_lease(journal)
{
    m_renewTimer.setInterval(std::max<qint64>(1, options.leaseTtl.count() / 3));
    connect(&m_renewTimer, &QTimer::timeout, this, &Reconciler::renewLeases);
    // Whether another process settled a watched batch, or let its lease expire.
    m_waitTimer.setInterval(std::clamp<qint64>(options.leaseTtl.count() / 3, 1, 1000));
    connect(&m_waitTimer, &QTimer::timeout, this, &Reconciler::checkWaiting);
}

Reconciler::~Reconciler()
{
    for (Job *job : std::as_const(m_jobs)) {
        if (job->call)
            job->call->cancel();
        m_lease.release(job->batchId); // the next process need not wait for it to expire
        delete job;
    }
}

bool Reconciler::start(qint64 batchId, const QByteArray &signPrefix, const QByteArray &body)
{
    if (m_jobs.contains(batchId) || m_waiting.contains(batchId))
        return true;
    std::optional<FrozenBatch> batch = m_journal.batchByIdWithoutBody(batchId);
    if (!batch || !BatchStates::isUnresolved(batch->state))
        return false;
    if (!m_clients || !m_clients(batch->profileId)) {
        qCWarning(lcReconciler) << "no API client for the profile of batch" << batch->requestId;
        return false;
    }
    if (!m_lease.acquire(batchId, m_options.leaseTtl)) {
        const std::optional<BatchLease::Lease> other = m_lease.current(batchId);
        const QString holder = other ? other->holder : QString();
        qCInfo(lcReconciler) << "batch" << batch->requestId << "is being reconciled by" << holder << "; watching it";
        m_waiting.insert(batchId);
        if (!m_waitTimer.isActive())
            m_waitTimer.start();
        if (other) // else the lease could not be taken at all (no right to, the server refused)
            emit leaseHeldElsewhere(batch->requestId, holder);
        return true;
    }
    // Read again under the lease: another process may have settled it a moment ago.
    batch = m_journal.batchByIdWithoutBody(batchId);
    if (!batch || !BatchStates::isUnresolved(batch->state)) {
        m_lease.release(batchId);
        return false;
    }
    auto *job = new Job;
    job->batchId = batchId;
    job->requestId = batch->requestId;
    job->profileId = batch->profileId;
    job->signPrefix = signPrefix;
    job->body = body;
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this, [this, batchId] {
        if (Job *j = m_jobs.value(batchId))
            query(j);
    });
    m_jobs.insert(batchId, job);
    if (!m_renewTimer.isActive())
        m_renewTimer.start();

    if (batch->state == BatchState::Frozen) {
        // Frozen means "never marked Sending", and marking comes before the first byte: it is
        // certain that nothing was sent, so the batch can go out without asking first.
        send(job);
    } else {
        // Sending, Unknown or Reconciling after a restart: ask before anything else.
        moveTo(job, BatchState::Reconciling, tr("Resumed: asking Lesspay whether the batch arrived"));
        query(job);
    }
    return true;
}

bool Reconciler::holdsLease(Job *job)
{
    if (m_lease.renew(job->batchId, m_options.leaseTtl))
        return true;
    // This process stalled past the expiry and another one took the batch over: it is theirs.
    qCWarning(lcReconciler) << "lost the lease of batch" << job->requestId << "; leaving it to its new holder";
    abandon(job);
    return false;
}

void Reconciler::abandon(Job *job)
{
    const qint64 batchId = job->batchId;
    m_jobs.remove(batchId);
    if (job->call)
        job->call->cancel();
    job->timer->deleteLater();
    delete job;
    m_waiting.insert(batchId);
    if (!m_waitTimer.isActive())
        m_waitTimer.start();
}

void Reconciler::renewLeases()
{
    const QList<Job *> jobs = m_jobs.values();
    for (Job *job : jobs)
        holdsLease(job);
    if (m_jobs.isEmpty())
        m_renewTimer.stop();
}

void Reconciler::checkWaiting()
{
    const QList<qint64> waiting = m_waiting.values();
    for (const qint64 batchId : waiting) {
        const std::optional<FrozenBatch> batch = m_journal.batchByIdWithoutBody(batchId);
        if (!batch || !BatchStates::isUnresolved(batch->state)) {
            // The other process settled it: tell our front end what became of it.
            m_waiting.remove(batchId);
            if (batch) {
                emit stateChanged(batch->requestId, batch->state);
                emit settled(batch->requestId, batch->state);
            }
            continue;
        }
        if (!m_lease.acquire(batchId, m_options.leaseTtl))
            continue; // still held by a live process
        // Released unsettled, expired, or its holder is gone: take it over.
        qCInfo(lcReconciler) << "taking over batch" << batch->requestId;
        m_waiting.remove(batchId);
        start(batchId);
    }
    if (m_waiting.isEmpty())
        m_waitTimer.stop();
}

void Reconciler::send(Job *job)
{
    if (!holdsLease(job))
        return;
    // The body is read from the journal once per job: a batch's body never changes once frozen.
    std::optional<FrozenBatch> batch =
        job->body.isEmpty() ? m_journal.batchById(job->batchId) : m_journal.batchByIdWithoutBody(job->batchId);
    if (batch && job->body.isEmpty())
        job->body = batch->body;
    ApiClient *client = m_clients(job->profileId);
    if (!batch || !client) {
        finish(job, batch ? batch->state : BatchState::NeedsAttention);
        return;
    }
    if (const QString refusal = m_journal.sendRefusal(job->batchId); !refusal.isEmpty()) {
        // A team workspace sends only approved batches (the server refuses the rest too).
        qCWarning(lcReconciler) << "not sending" << job->requestId << refusal;
        finish(job, batch->state);
        return;
    }
    if (!m_journal.markSending(job->batchId)) {
        // Not marked means not sent: leave it as it is and report.
        qCWarning(lcReconciler) << "cannot record the send of" << job->requestId << m_journal.lastError();
        finish(job, batch->state);
        return;
    }
    emit stateChanged(job->requestId, BatchState::Sending);
    qCInfo(lcReconciler) << "sending batch" << job->requestId << "attempt" << batch->sendCount + 1;
    ApiCall *call = job->signPrefix.isEmpty() ? client->create(job->body) : client->create(job->body, job->signPrefix);
    job->call = call;
    logRequest(job, QStringLiteral("create"), {});
    const qint64 batchId = job->batchId;
    connect(call, &ApiCall::finished, this, [this, batchId](const ApiResult &result) {
        if (Job *j = m_jobs.value(batchId))
            logResponse(j, QStringLiteral("create"), result);
        onCreateFinished(batchId, result);
    });
}

void Reconciler::onCreateFinished(qint64 batchId, const ApiResult &result)
{
    Job *job = m_jobs.value(batchId);
    if (!job)
        return;
    job->call.clear();
    if (result.ok()) {
        accept(job, result, tr("Accepted by Lesspay"));
        return;
    }
    if (result.error == ApiError::NotSent) {
        // Nothing left the machine (no secret): the batch stays frozen for a later attempt.
        moveTo(job, BatchState::Frozen, {}, result.describe());
        finish(job, BatchState::Frozen);
        return;
    }
    if (result.error == ApiError::Unreachable) {
        // No connection was made, so no byte of the create was written: certainly not sent.
        // Trying again on its own would only repeat the failure; a person fixes the cause
        // (certificate, address, proxy) and sends it again.
        if (!m_journal.markNotSent(batchId, result.message))
            qCWarning(lcReconciler) << "cannot record that" << job->requestId << "was not sent"
                                    << m_journal.lastError();
        emit stateChanged(job->requestId, BatchState::NotSent);
        finish(job, BatchState::NotSent);
        return;
    }
    if (result.isBusiness(DuplicateRequestId)) {
        moveTo(job, BatchState::Reconciling, tr("Lesspay already has this request_id: asking for it"));
        job->attempt = 0;
        query(job);
        return;
    }
    if (result.isBusiness(IdempotencyConflict)) {
        moveTo(job, BatchState::NeedsAttention, tr("Lesspay holds a different batch under this request_id"),
               result.describe());
        finish(job, BatchState::NeedsAttention);
        return;
    }
    if (result.error == ApiError::Business) {
        moveTo(job, BatchState::Rejected, {}, result.describe());
        finish(job, BatchState::Rejected);
        return;
    }
    if (result.outcomeUnknown()) {
        moveTo(job, BatchState::Unknown, {}, result.describe());
        moveTo(job, BatchState::Reconciling, {}, result.describe());
        job->attempt = 0;
        scheduleQuery(job);
        return;
    }
    // A 4xx without the API's envelope (401, 403, 404...): the server most likely did not
    // store it, but nothing proves it; a person decides.
    moveTo(job, BatchState::NeedsAttention, {}, result.describe());
    finish(job, BatchState::NeedsAttention);
}

int Reconciler::msUntilNextCheck(qint64 batchId) const
{
    const Job *job = m_jobs.value(batchId);
    return job && job->timer && job->timer->isActive() ? job->timer->remainingTime() : -1;
}

void Reconciler::scheduleQuery(Job *job)
{
    const std::chrono::milliseconds wait = m_backoff.delay(job->attempt);
    ++job->attempt;
    job->timer->start(wait);
}

void Reconciler::query(Job *job)
{
    if (!holdsLease(job))
        return;
    ApiClient *client = m_clients(job->profileId);
    if (!client) {
        finish(job, BatchState::Reconciling);
        return;
    }
    const std::optional<FrozenBatch> batch = m_journal.batchByIdWithoutBody(job->batchId);
    ApiCall *call = client->query(job->requestId, batch ? batch->payOrderId : QString());
    job->call = call;
    logRequest(job, QStringLiteral("query"), call->requestBody());
    const qint64 batchId = job->batchId;
    connect(call, &ApiCall::finished, this, [this, batchId](const ApiResult &result) {
        if (Job *j = m_jobs.value(batchId))
            logResponse(j, QStringLiteral("query"), result);
        onQueryFinished(batchId, result);
    });
}

void Reconciler::onQueryFinished(qint64 batchId, const ApiResult &result)
{
    Job *job = m_jobs.value(batchId);
    if (!job)
        return;
    job->call.clear();
    if (result.ok()) {
        const QString answered = result.data.toObject().value(QLatin1String("request_id")).toString();
        if (answered.isEmpty() || answered == job->requestId) {
            accept(job, result, tr("Found at Lesspay"));
            return;
        }
        qCWarning(lcReconciler) << "query for" << job->requestId << "answered about" << answered;
    } else if (result.isBusiness(OrderNotFound)) {
        const Journal::NotFound nf = m_journal.recordNotFound(batchId);
        const qint64 waited = m_journal.now() - nf.since;
        if (nf.count >= m_options.minNotFoundAnswers && waited >= m_options.resendWindow.count()) {
            qCInfo(lcReconciler) << "batch" << job->requestId << "not found for" << waited << "ms: re-sending";
            job->attempt = 0;
            send(job);
            return;
        }
    }
    scheduleQuery(job);
}

void Reconciler::accept(Job *job, const ApiResult &result, const QString &note)
{
    const RemoteBatch remote = RemoteBatch::fromJson(result.data.toObject());
    const std::optional<FrozenBatch> frozen = m_journal.batchByIdWithoutBody(job->batchId);
    if (frozen && !sameBatch(*frozen, remote)) {
        moveTo(job, BatchState::NeedsAttention, tr("Lesspay holds a different batch under this request_id"),
               tr("Lesspay reports %1 %2 for this request_id; the console sent %3 %4.")
                   .arg(remote.totalAmount, remote.currency, frozen->totalAmount, frozen->currency));
        finish(job, BatchState::NeedsAttention);
        return;
    }
    const Journal::RemoteChanges changes = m_journal.applyRemote(job->batchId, remote);
    moveTo(job, BatchState::Accepted, note);
    if (changes.batchChanged || !changes.details.isEmpty())
        emit remoteChanged(job->requestId, changes.details, changes.batchChanged);
    finish(job, BatchState::Accepted);
}

void Reconciler::moveTo(Job *job, BatchState state, const QString &note, const QString &error)
{
    if (!m_journal.setState(job->batchId, state, note, error))
        qCWarning(lcReconciler) << "cannot record state" << BatchStates::key(state) << "of" << job->requestId;
    emit stateChanged(job->requestId, state);
}

void Reconciler::finish(Job *job, BatchState state)
{
    m_jobs.remove(job->batchId);
    m_lease.release(job->batchId);
    const QString requestId = job->requestId;
    if (job->call)
        job->call->cancel();
    job->timer->deleteLater();
    delete job;
    qCInfo(lcReconciler) << "batch" << requestId << "settled as" << BatchStates::key(state);
    emit settled(requestId, state);
}

void Reconciler::logRequest(Job *job, const QString &endpoint, const QByteArray &body)
{
    EventEntry request;
    request.kind = QStringLiteral("request");
    request.endpoint = endpoint;
    request.summary = tr("sent by %1").arg(m_lease.holder()); // which process worked on the batch
    // Masked by the journal; the signature is never logged. A create's body is the batch's own,
    // already in the journal: it is masked when read (JournalQueries::events), not parsed here.
    request.body = body;
    m_journal.logEvent(job->batchId, request);
}

void Reconciler::logResponse(Job *job, const QString &endpoint, const ApiResult &result)
{
    EventEntry response;
    response.kind = QStringLiteral("response");
    response.endpoint = endpoint;
    response.httpStatus = result.httpStatus;
    response.code = result.code;
    response.summary = result.describe();
    response.body = result.body;
    m_journal.logEvent(job->batchId, response);
}

} // namespace Lesspay::Core
