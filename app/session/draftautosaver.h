// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Lesspay::Core {
class BatchModel;
class DraftRecoveryFile;
class FreezeTask;
class Journal;

// Writes the draft being edited to the journal a moment after the last change (debounced),
// so that a crash or a kill loses at most that moment; flush() writes at once (Save, submit,
// switching drafts, quitting). A large draft's debounced save runs on a worker thread with a copy
// of its rows (FreezeTask::save), so that typing in 100,000 rows does not stop the window for a
// second at every pause; flush(), stop() and track() wait for such a save and apply its result.
// A save the journal refuses (a team database out of reach) stays pending: the edits are kept in
// the model and written by the next flush(), when the connection is back. If someone else
// changed the same draft in the journal meanwhile, those edits are written as a new draft
// instead of over theirs (savedAsCopy()). With a recovery file, pending edits are also kept there
// until written, so that a crash meanwhile loses nothing.
class DraftAutosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosaver)

public:
    static constexpr int DefaultDelayMs = 500;
    // Drafts of at least this many rows are autosaved on a worker thread.
    static constexpr int DefaultBackgroundRows = 5000;

    explicit DraftAutosaver(Journal &journal, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    // Follows the model from now on; draftId 0 means "not in the journal yet" (first save inserts).
    // A null model only records which draft is open (a submitted one, never saved again).
    void track(BatchModel *model, qint64 draftId, const QString &profileId);
    void stop();
    void setDelay(int ms) { m_timer.setInterval(ms); }
    void setBackgroundRows(int rows) { m_backgroundRows = rows; }
    // Where pending edits are kept while the journal refuses them (not owned; may be null).
    void setRecoveryFile(const DraftRecoveryFile *file) { m_recovery = file; }
    // The tracked model holds edits the journal does not have (recovered from the file): they are
    // pending, and the journal had the draft as of `journalUpdatedAt` (see savedAsCopy()).
    void keepPending(qint64 journalUpdatedAt);

    qint64 draftId() const { return m_draftId; }
    // A save is scheduled, running on the worker, or refused and waiting for the journal.
    bool isPending() const { return m_timer.isActive() || m_background || m_unsaved; }
    // The last save was refused: the model holds edits the journal does not have.
    bool hasUnsavedChanges() const { return m_unsaved; }

    // Schedules a save after the delay (restarting it when already scheduled).
    void schedule();
    // Saves now if anything is pending (or force); false when the journal refused.
    bool flush(bool force = false);

Q_SIGNALS:
    void saved(qint64 draftId);
    void failed(const QString &message);
    // The draft changed in the journal while these edits could not be written: they were saved
    // as the new draft `draftId` (tracked from now on) and `changedDraftId` was left as it is.
    void savedAsCopy(qint64 changedDraftId, qint64 draftId);

private:
    bool save();
    // The debounced save: on the worker for a large draft, at once otherwise.
    void autosave();
    void onBackgroundDone();
    // Waits for a save running on the worker and applies its result; false when it failed.
    bool finishBackground();
    // `replaced`: the draft these edits were meant for, changed by someone else meanwhile.
    bool apply(qint64 draftId, const QString &error, qint64 replaced);
    // Keeps the model's rows in the recovery file while the journal cannot take them.
    void keepInRecoveryFile();
    // The open draft, when pending edits would overwrite someone else's change to it (else 0).
    qint64 replacedDraft() const;
    // When the draft was last written, as the journal says (team databases only; 0 otherwise):
    // a later value when pending edits are written means someone else wrote it meanwhile.
    qint64 journalUpdatedAt(qint64 draftId) const;

    Journal &m_journal;
    QPointer<BatchModel> m_model;
    qint64 m_draftId = 0;
    QString m_profileId;
    bool m_unsaved = false;
    const DraftRecoveryFile *m_recovery = nullptr;
    qint64 m_savedAt = 0;
    QTimer m_timer;
    QMetaObject::Connection m_connection;
    int m_backgroundRows = DefaultBackgroundRows;
    FreezeTask *m_background = nullptr;
    bool m_changedWhileSaving = false; // the model changed after the worker took its copy
    qint64 m_backgroundReplaces = 0;   // replacedDraft() when the worker's save started
};

} // namespace Lesspay::Core
