// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineoptions.h"
#include "journal/batchstate.h"
#include "journal/journal.h"
#include "journal/journalrecords.h"

#include <QObject>

#include <functional>

namespace Lesspay::Core {

class ApiClient;
class Journal;
class Poller;
class Reconciler;

// What the console and the CLI use to submit and follow batches. submit() freezes the batch
// in the journal (once per draft, whoever asks and however often) and sends it; the
// reconciler settles unknown outcomes without ever creating a batch twice; the poller
// follows accepted batches until their status is final.
class SubmissionEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionEngine)

public:
    using ClientFor = std::function<ApiClient *(const QString &profileId)>;

    SubmissionEngine(Journal &journal, ClientFor clients, const EngineOptions &options = {}, QObject *parent = nullptr);
    ~SubmissionEngine() override;

    struct SubmitResult
    {
        bool ok = false;
        bool alreadySubmitted = false; // the draft had been frozen before: nothing new was created
        FrozenBatch batch;
        QString error;
    };

    // Freezes and sends the body exactly as given: the bytes FrozenBody::write() made of the
    // batch, the same a person reviewed. draftId 0 means "no draft" (the CLI); with a draft id
    // a second submit returns the existing batch and never sends another one.
    SubmitResult submit(qint64 draftId, const QString &profileId, const QByteArray &createOrderBody);
    // The second half of submit() for a batch frozen in the journal already (by a worker thread
    // with its own connection: DraftSession): sends it unless it was sent before. `signPrefix`
    // is the sign string up to "key=" written with the body, used only for a batch just created.
    SubmitResult send(const Journal::FreezeResult &frozen, const QByteArray &signPrefix = {});

    // Picks up everything left Frozen, Sending, Unknown or Reconciling by an earlier run and
    // starts following accepted batches. Returns how many batches are being reconciled.
    int resumeAtStartup();
    // A person fixed what kept a NotSent batch from being sent: it goes out again with the same
    // request_id and bytes (after a query first when an earlier attempt may have arrived).
    // False with a reason when the batch is not NotSent or has no connection.
    bool sendAgain(const QString &requestId, QString *error = nullptr);
    void refreshNow(const QString &requestId = {});

    bool isReconciling() const;
    bool isReconciling(const QString &requestId) const;
    // Milliseconds until the reconciler asks Lesspay about the batch again; -1 when unknown.
    int msUntilNextCheck(const QString &requestId) const;
    Journal &journal() { return m_journal; }
    Poller *poller() const { return m_poller; }

signals:
    void stateChanged(const QString &requestId, Lesspay::Core::BatchState state);
    void settled(const QString &requestId, Lesspay::Core::BatchState state);
    void batchChanged(const QString &requestId);
    void detailChanged(const QString &requestId, const QString &mchOrderId);
    // Another process (a colleague's console, `lesspay-cli resume`) is sending or reconciling
    // the batch: this engine waits for its result or for its lease to expire.
    void leaseHeldElsewhere(const QString &requestId, const QString &holder);

private:
    Journal &m_journal;
    Reconciler *m_reconciler;
    Poller *m_poller;
};

} // namespace Lesspay::Core
