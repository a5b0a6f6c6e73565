// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "poller.h"

#include "api/apiclient.h"
#include "journal/journal.h"

#include <QLoggingCategory>

#include <algorithm>

namespace Lesspay::Core {

Q_LOGGING_CATEGORY(lcPoller, "lesspay.engine.poller")

namespace {

// Never spin: even a batch that is due "now" waits this long after a round.
constexpr qint64 MinimumGapMs = 20;

} // namespace

Poller::Poller(Journal &journal, ClientFor clients, const EngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clients(std::move(clients))
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Poller::runRound);
}

Poller::~Poller()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void Poller::start()
{
    m_running = true;
    if (!isPolling())
        m_timer.start(0);
}

void Poller::stop()
{
    m_running = false;
    m_timer.stop();
    m_queue.clear();
}

void Poller::follow(const QString &requestId)
{
    const std::optional<FrozenBatch> batch = m_journal.batchWithoutBody(requestId);
    if (!batch)
        return;
    m_due[batch->id] = {m_journal.now() + m_options.pollInitial.count(), m_options.pollInitial.count()};
    if (m_running && !isPolling())
        armTimer();
}

void Poller::refreshNow(const QString &requestId)
{
    if (requestId.isEmpty()) {
        m_forceAll = true;
    } else if (const std::optional<FrozenBatch> batch = m_journal.batchWithoutBody(requestId)) {
        m_due[batch->id] = {0, m_options.pollInitial.count()};
    }
    // A round in progress re-arms the timer itself when it ends; never overlap rounds.
    if (m_running && !isPolling())
        m_timer.start(0);
}

void Poller::runRound()
{
    if (!m_running || isPolling())
        return;
    const QList<FrozenBatch> batches = m_journal.batchesToPoll();
    const qint64 now = m_journal.now();
    QHash<qint64, Due> due;
    for (const FrozenBatch &b : batches) {
        Due d = m_due.value(b.id, Due{now, m_options.pollInitial.count()});
        if (m_forceAll || d.nextAt <= now)
            m_queue.append(b.id);
        due.insert(b.id, d);
    }
    m_due = due; // batches that became final are forgotten
    m_forceAll = false;
    if (m_queue.isEmpty()) {
        emit roundFinished();
        armTimer();
        return;
    }
    launchMore();
}

void Poller::launchMore()
{
    while (m_inFlight < std::max(1, m_options.maxConcurrentQueries) && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        const std::optional<FrozenBatch> batch = m_journal.batchByIdWithoutBody(id);
        ApiClient *client = batch && m_clients ? m_clients(batch->profileId) : nullptr;
        if (!client)
            continue;
        ApiCall *call = client->query(batch->requestId, batch->payOrderId);
        ++m_inFlight;
        m_calls.append(call);
        const QString requestId = batch->requestId;
        connect(call, &ApiCall::finished, this,
                [this, id, requestId](const ApiResult &result) { onAnswer(id, requestId, result); });
    }
    if (m_inFlight == 0 && m_queue.isEmpty()) {
        emit roundFinished();
        armTimer();
    }
}

void Poller::onAnswer(qint64 batchId, const QString &requestId, const ApiResult &result)
{
    --m_inFlight;
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull() || c->isFinished(); });
    const qint64 now = m_journal.now();
    Due &due = m_due[batchId];
    const qint64 slowest = m_options.pollMax.count();
    qint64 interval =
        std::min<qint64>(slowest, qint64(double(std::max<qint64>(due.interval, 1)) * m_options.pollGrowth));
    if (result.ok()) {
        const RemoteBatch remote = RemoteBatch::fromJson(result.data.toObject());
        const Journal::RemoteChanges changes = m_journal.applyRemote(batchId, remote);
        if (changes.batchChanged)
            emit batchChanged(requestId);
        for (const QString &mchOrderId : changes.details)
            emit detailChanged(requestId, mchOrderId);
        if (changes.batchChanged || !changes.details.isEmpty())
            interval = m_options.pollInitial.count();
        if (!remote.status.isKnown())
            interval = slowest; // keep an unknown status in view, slowly
    } else {
        qCInfo(lcPoller) << "status query for" << requestId << "failed:" << result.describe();
    }
    due.interval = interval;
    due.nextAt = now + interval;

    if (!m_running) {
        m_queue.clear();
        return;
    }
    launchMore();
}

void Poller::armTimer()
{
    if (!m_running || isPolling())
        return;
    const qint64 now = m_journal.now();
    qint64 next = now + m_options.pollMax.count();
    for (const Due &d : std::as_const(m_due))
        next = std::min(next, d.nextAt);
    if (m_forceAll)
        next = now;
    m_timer.start(std::chrono::milliseconds(std::max(MinimumGapMs, next - now)));
}

} // namespace Lesspay::Core
