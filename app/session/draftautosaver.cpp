// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftautosaver.h"

#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "models/batchmodel.h"

namespace Lesspay::Core {

DraftAutosaver::DraftAutosaver(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { save(); });
}

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
    if (!m_timer.isActive() && !force)
        return true;
    m_timer.stop();
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
    if (!id) {
        Q_EMIT failed(error);
        return false;
    }
    m_draftId = *id;
    Q_EMIT saved(m_draftId);
    return true;
}

} // namespace Lesspay::Core
