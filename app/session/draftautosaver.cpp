// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftautosaver.h"

#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "models/batchmodel.h"
#include "session/freezetask.h"

namespace Lesspay::Core {

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
    if (model)
        m_connection = connect(model, &BatchModel::contentsChanged, this, &DraftAutosaver::schedule);
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
    if (!m_timer.isActive() && !m_changedWhileSaving && !force)
        return saved;
    m_timer.stop();
    m_changedWhileSaving = false;
    return save();
}

bool DraftAutosaver::save()
{
    if (!m_model)
        return false;
    const Batch &batch = m_model->batch();
    DraftRecord record;
    record.id = m_draftId;
    record.profileId = m_profileId;
    record.header = batch.header();
    record.rowCount = batch.size();
    record.rows = DraftCodec::encodeRows(batch.size(), [&batch](int row) { return batch.detail(row); });
    QString error;
    const std::optional<qint64> id = DraftStore(m_journal).save(record, &error);
    return apply(id.value_or(0), error);
}

bool DraftAutosaver::apply(qint64 draftId, const QString &error)
{
    if (draftId <= 0) {
        Q_EMIT failed(error);
        return false;
    }
    m_draftId = draftId;
    Q_EMIT saved(m_draftId);
    return true;
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
    DraftRecord record;
    record.id = m_draftId;
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
    return apply(r.ok ? r.draftId : 0, r.error);
}

} // namespace Lesspay::Core
