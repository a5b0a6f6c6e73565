// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionengine.h"

#include "engine/poller.h"
#include "engine/reconciler.h"
#include "journal/journal.h"

namespace Lesspay::Core {

SubmissionEngine::SubmissionEngine(Journal &journal, ClientFor clients, const EngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_reconciler(new Reconciler(journal, clients, options, this))
    , m_poller(new Poller(journal, clients, options, this))
{
    connect(m_reconciler, &Reconciler::stateChanged, this, &SubmissionEngine::stateChanged);
    connect(m_reconciler, &Reconciler::leaseHeldElsewhere, this, &SubmissionEngine::leaseHeldElsewhere);
    connect(m_reconciler, &Reconciler::stateChanged, this,
            [this](const QString &requestId) { emit batchChanged(requestId); });
    connect(m_reconciler, &Reconciler::remoteChanged, this,
            [this](const QString &requestId, const QStringList &details) {
                for (const QString &d : details)
                    emit detailChanged(requestId, d);
            });
    connect(m_reconciler, &Reconciler::settled, this, [this](const QString &requestId, BatchState state) {
        if (state == BatchState::Accepted)
            m_poller->follow(requestId);
        emit settled(requestId, state);
    });
    connect(m_poller, &Poller::batchChanged, this, &SubmissionEngine::batchChanged);
    connect(m_poller, &Poller::detailChanged, this, &SubmissionEngine::detailChanged);
}

SubmissionEngine::~SubmissionEngine() = default;

SubmissionEngine::SubmitResult SubmissionEngine::submit(qint64 draftId, const QString &profileId,
                                                        const QByteArray &createOrderBody)
{
    SubmitResult r;
    // Committed before anything is sent: a crash from here on leaves a batch to reconcile.
    const std::optional<Journal::FreezeResult> frozen = m_journal.freeze(draftId, profileId, createOrderBody, &r.error);
    if (!frozen)
        return r;
    return send(*frozen);
}

SubmissionEngine::SubmitResult SubmissionEngine::send(const Journal::FreezeResult &frozen, const QByteArray &signPrefix)
{
    SubmitResult r;
    r.ok = true;
    r.alreadySubmitted = !frozen.created;
    r.batch = frozen.batch;
    if (BatchStates::isUnresolved(r.batch.state) && !m_reconciler->isActive(r.batch.id)) {
        // A double click lands here with the batch already in flight (isActive) and does
        // nothing; a batch frozen by another window that never got sent is started. The sign
        // prefix belongs to the body just written, not to one frozen earlier.
        // The body came from the journal with the freeze (read back by whoever recorded it).
        if (!m_reconciler->start(r.batch.id, frozen.created ? signPrefix : QByteArray(), frozen.batch.body)
            && frozen.created)
            r.error = tr("The batch was saved but could not be sent: no connection is set up for its profile.");
    }
    m_poller->start();
    return r;
}

int SubmissionEngine::resumeAtStartup()
{
    int started = 0;
    const QList<FrozenBatch> unresolved = m_journal.unresolvedBatches();
    for (const FrozenBatch &b : unresolved)
        started += m_reconciler->start(b.id) ? 1 : 0;
    m_poller->start();
    return started;
}

bool SubmissionEngine::sendAgain(const QString &requestId, QString *error)
{
    const std::optional<FrozenBatch> b = m_journal.batchWithoutBody(requestId);
    if (!b || b->state != BatchState::NotSent) {
        if (error)
            *error = tr("Only a batch that was not sent can be sent again.");
        return false;
    }
    // sendCount counts the creates Lesspay may have: with none, it is certain that the batch
    // never arrived and Frozen sends it at once; otherwise the reconciler asks first.
    const BatchState next = b->sendCount == 0 ? BatchState::Frozen : BatchState::Reconciling;
    if (!m_journal.setState(b->id, next, tr("Sent again by a person"), b->lastError)) {
        if (error)
            *error = m_journal.lastError();
        return false;
    }
    emit stateChanged(requestId, next);
    if (!m_reconciler->start(b->id)) {
        if (error)
            *error = tr("The batch could not be sent: no connection is set up for its profile.");
        return false;
    }
    return true;
}

void SubmissionEngine::refreshNow(const QString &requestId)
{
    if (!requestId.isEmpty()) {
        const std::optional<FrozenBatch> b = m_journal.batchWithoutBody(requestId);
        if (b && BatchStates::isUnresolved(b->state)) {
            m_reconciler->start(b->id);
            return;
        }
    }
    m_poller->refreshNow(requestId);
}

bool SubmissionEngine::isReconciling() const
{
    return m_reconciler->activeCount() > 0;
}

bool SubmissionEngine::isReconciling(const QString &requestId) const
{
    const std::optional<FrozenBatch> b = m_journal.batchWithoutBody(requestId);
    return b && m_reconciler->isActive(b->id);
}

int SubmissionEngine::msUntilNextCheck(const QString &requestId) const
{
    const std::optional<FrozenBatch> b = m_journal.batchWithoutBody(requestId);
    return b ? m_reconciler->msUntilNextCheck(b->id) : -1;
}

} // namespace Lesspay::Core
