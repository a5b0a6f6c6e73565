// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftautosaver.h"

#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "models/batchmodel.h"
#include "session/draftrecoveryfile.h"
#include "session/freezetask.h"

#include <QLoggingCategory>

namespace Lesspay::Core {

Q_LOGGING_CATEGORY(lcAutosaver, "lesspay.session.autosave")

namespace {

DraftRecord draftRecord(qint64 id, const QString &profileId, const Batch &batch)
{
    DraftRecord record;
    record.id = id;
    record.profileId = profileId;
    record.header = batch.header();
    record.rowCount = batch.size();
    record.rows = DraftCodec::encodeRows(batch.size(), [&batch](int row) { return batch.detail(row); });
    return record;
}

} // namespace

DraftAutosaver::DraftAutosaver(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::autosave);
}

// A save still running on its worker ends in the task's destructor (a child of this one).
DraftAutosaver::~DraftAutosaver() = default;

void DraftAutosaver::track(BatchModel *model, qint64 draftId, const QString &profileId)
{
    stop();
    m_model = model;
    m_draftId = draftId;
    m_profileId = profileId;
    m_unsaved = false;
    m_savedAt = model ? journalUpdatedAt(draftId) : 0;
    if (model)
        m_connection = connect(model, &BatchModel::contentsChanged, this, &DraftAutosaver::schedule);
}

void DraftAutosaver::keepPending(qint64 journalUpdatedAt)
{
    m_unsaved = m_model != nullptr;
    m_savedAt = journalUpdatedAt;
}

void DraftAutosaver::stop()
{
    finishBackground();
    m_changedWhileSaving = false;
    disconnect(m_connection);
    m_timer.stop();
    m_model = nullptr;
}

void DraftAutosaver::schedule()
{
    if (m_model)
        m_timer.start();
}

bool DraftAutosaver::flush(bool force)
{
    const bool saved = finishBackground();
    if (!m_timer.isActive() && !m_changedWhileSaving && !m_unsaved && !force)
        return saved;
    m_timer.stop();
    m_changedWhileSaving = false;
    return save();
}

bool DraftAutosaver::save()
{
    if (!m_model)
        return false;
    const qint64 replaced = replacedDraft();
    // Theirs stays as it is; ours becomes a draft of its own.
    DraftRecord record = draftRecord(replaced ? 0 : m_draftId, m_profileId, m_model->batch());
    QString error;
    const std::optional<qint64> id = DraftStore(m_journal).save(record, &error);
    return apply(id.value_or(0), error, replaced);
}

bool DraftAutosaver::apply(qint64 draftId, const QString &error, qint64 replaced)
{
    if (draftId <= 0) {
        Q_EMIT failed(error);
        // Out of reach (the session asks the connection monitor on failed()): kept pending and
        // written once the connection is back. Any other refusal is final, as before.
        m_unsaved = m_model && m_journal.isServer() && !m_journal.offlineReason().isEmpty();
        if (m_unsaved)
            keepInRecoveryFile();
        return false;
    }
    m_unsaved = false;
    if (m_recovery && m_recovery->exists())
        m_recovery->remove();
    m_draftId = draftId;
    m_savedAt = journalUpdatedAt(m_draftId);
    if (replaced)
        Q_EMIT savedAsCopy(replaced, m_draftId);
    Q_EMIT saved(m_draftId);
    return true;
}

void DraftAutosaver::keepInRecoveryFile()
{
    if (!m_recovery || !m_model)
        return;
    QString why;
    if (!m_recovery->write(draftRecord(m_draftId, m_profileId, m_model->batch()), m_savedAt, &why))
        qCWarning(lcAutosaver) << "the pending edits could not be kept in" << m_recovery->path() << why;
}

void DraftAutosaver::autosave()
{
    if (!m_model)
        return;
    if (m_background) {
        // One save at a time: the next one starts from the draft id this one returns.
        m_changedWhileSaving = true;
        return;
    }
    if (m_model->rowCount() < m_backgroundRows) {
        save();
        return;
    }
    m_backgroundReplaces = replacedDraft();
    DraftRecord record;
    record.id = m_backgroundReplaces ? 0 : m_draftId;
    record.profileId = m_profileId;
    // A copy of the rows shares their values with the model: cheap here, encoded on the worker.
    m_background = FreezeTask::save(m_journal, record, std::make_shared<const Batch>(m_model->batch()), this);
    connect(m_background, &FreezeTask::finished, this, &DraftAutosaver::onBackgroundDone);
    m_background->start();
}

void DraftAutosaver::onBackgroundDone()
{
    if (!m_background)
        return;
    finishBackground();
    if (std::exchange(m_changedWhileSaving, false))
        schedule();
}

bool DraftAutosaver::finishBackground()
{
    FreezeTask *task = std::exchange(m_background, nullptr);
    if (!task)
        return true;
    task->wait();
    disconnect(task, nullptr, this, nullptr);
    task->deleteLater();
    const FreezeTask::Result &r = task->result();
    return apply(r.ok ? r.draftId : 0, r.error, std::exchange(m_backgroundReplaces, 0));
}

qint64 DraftAutosaver::replacedDraft() const
{
    return m_unsaved && m_draftId > 0 && m_savedAt > 0 && journalUpdatedAt(m_draftId) != m_savedAt ? m_draftId : 0;
}

qint64 DraftAutosaver::journalUpdatedAt(qint64 draftId) const
{
    // Only a shared journal can be written by someone else while this console could not reach it.
    if (draftId <= 0 || !m_journal.isServer())
        return 0;
    return DraftStore(m_journal).updatedAt(draftId).value_or(-1);
}

} // namespace Lesspay::Core
