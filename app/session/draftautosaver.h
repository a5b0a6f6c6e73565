// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Lesspay::Core {
class BatchModel;
class FreezeTask;
class Journal;

// Writes the draft being edited to the journal a moment after the last change (debounced),
// so that a crash or a kill loses at most that moment; flush() writes at once (Save, submit,
// switching drafts, quitting). A large draft's debounced save runs on a worker thread with a copy
// of its rows (FreezeTask::save), so that typing in 100,000 rows does not stop the window for a
// second at every pause; flush(), stop() and track() wait for such a save and apply its result.
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

    qint64 draftId() const { return m_draftId; }
    // A save is scheduled, or running on the worker.
    bool isPending() const { return m_timer.isActive() || m_background; }

    // Schedules a save after the delay (restarting it when already scheduled).
    void schedule();
    // Saves now if anything is pending (or force); false when the journal refused.
    bool flush(bool force = false);

Q_SIGNALS:
    void saved(qint64 draftId);
    void failed(const QString &message);

private:
    bool save();
    // The debounced save: on the worker for a large draft, at once otherwise.
    void autosave();
    void onBackgroundDone();
    // Waits for a save running on the worker and applies its result; false when it failed.
    bool finishBackground();
    bool apply(qint64 draftId, const QString &error);

    Journal &m_journal;
    QPointer<BatchModel> m_model;
    qint64 m_draftId = 0;
    QString m_profileId;
    QTimer m_timer;
    QMetaObject::Connection m_connection;
    int m_backgroundRows = DefaultBackgroundRows;
    FreezeTask *m_background = nullptr;
    bool m_changedWhileSaving = false; // the model changed after the worker took its copy
};

} // namespace Lesspay::Core
