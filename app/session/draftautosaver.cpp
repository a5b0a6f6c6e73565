// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftautosaver.h"

#include "journal/draftcodec.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "models/batchmodel.h"
#include "session/draftrecoveryfile.h"

#include <QLoggingCategory>

namespace Lesspay::Core {

Q_LOGGING_CATEGORY(lcAutosaver, "lesspay.session.autosave")

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
    if (!m_timer.isActive() && !m_unsaved && !force)
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
    const qint64 replaced =
        m_unsaved && m_draftId > 0 && m_savedAt > 0 && journalUpdatedAt(m_draftId) != m_savedAt ? m_draftId : 0;
    if (replaced)
        record.id = 0; // theirs stays as it is; ours becomes a draft of its own
    const std::optional<qint64> id = DraftStore(m_journal).save(record, &error);
    if (!id) {
        Q_EMIT failed(error);
        // Out of reach (the session asks the connection monitor on failed()): kept pending and
        // written once the connection is back. Any other refusal is final, as before.
        m_unsaved = m_journal.isServer() && !m_journal.offlineReason().isEmpty();
        if (m_unsaved && m_recovery) {
            record.id = m_draftId;
            QString why;
            if (!m_recovery->write(record, m_savedAt, &why))
                qCWarning(lcAutosaver) << "the pending edits could not be kept in" << m_recovery->path() << why;
        }
        return false;
    }
    m_unsaved = false;
    if (m_recovery && m_recovery->exists())
        m_recovery->remove();
    m_draftId = *id;
    m_savedAt = journalUpdatedAt(m_draftId);
    if (replaced)
        Q_EMIT savedAsCopy(replaced, m_draftId);
    Q_EMIT saved(m_draftId);
    return true;
}

qint64 DraftAutosaver::journalUpdatedAt(qint64 draftId) const
{
    // Only a shared journal can be written by someone else while this console could not reach it.
    if (draftId <= 0 || !m_journal.isServer())
        return 0;
    return DraftStore(m_journal).updatedAt(draftId).value_or(-1);
}

} // namespace Lesspay::Core
