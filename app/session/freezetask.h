// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/batch.h"
#include "journal/journal.h"
#include "journal/journalrecords.h"
#include "models/frozenbody.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Lesspay::Core {

// The heavy step of a review or a submit on a thread of its own, with a journal connection of its
// own (an SQL connection belongs to the thread that opened it), so that the event loop stays free
// however large the batch. A review saves the draft and writes its request; a record freezes that
// request in the journal; a save only saves the draft (DraftAutosaver, for a large draft). It works
// on a copy of the batch, reports progress and its end as signals
// on the owner's thread, and cancel() stops it before anything is recorded for sending.
class FreezeTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreezeTask)

public:
    enum class Kind { Review, Record, Save };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 draftId = 0;                          // Review, Save: the draft as saved
        FrozenBody::Request request;                 // Review: the request written from it
        int walletCount = 0;                         // Review: its e-wallet rows
        std::optional<Journal::FreezeResult> frozen; // Record
    };

    // Saves `draft` with the rows of `batch` and writes the request of `batch`.
    static FreezeTask *review(const Journal &journal, const DraftRecord &draft, std::shared_ptr<const Batch> batch,
                              QObject *parent = nullptr);
    // Saves `draft` with the rows of `batch`, nothing else.
    static FreezeTask *save(const Journal &journal, const DraftRecord &draft, std::shared_ptr<const Batch> batch,
                            QObject *parent = nullptr);
    // Records `request`, written from `batch`, as the frozen batch of the draft.
    static FreezeTask *record(const Journal &journal, qint64 draftId, const QString &profileId,
                              const FrozenBody::Request &request, std::shared_ptr<const Batch> batch,
                              QObject *parent = nullptr);
    // Cancels a task still running and waits for its thread.
    ~FreezeTask() override;

    Kind kind() const { return m_kind; }
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // Blocks until the work is done (result() is complete then; finished() still follows).
    void wait();
    // Valid once finished() came.
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    FreezeTask(Kind kind, const Journal &journal, std::shared_ptr<const Batch> batch, QObject *parent);
    void run();
    void runReview(Journal &journal);
    void runRecord(Journal &journal);
    bool saveDraft(Journal &journal, int total);
    bool report(int done, int total);

    const Kind m_kind;
    const Journal &m_journal;
    const std::shared_ptr<const Batch> m_batch; // a copy: the draft may be shown meanwhile
    DraftRecord m_draft;
    qint64 m_draftId = 0;
    QString m_profileId;
    FrozenBody::Request m_request;
    Result m_result;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    int m_lastReported = -1;
};

} // namespace Lesspay::Core
