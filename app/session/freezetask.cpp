// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "freezetask.h"

#include "journal/draftcodec.h"
#include "journal/draftstore.h"

#include <QThread>

namespace Lesspay::Core {

namespace {

// Progress is reported about a hundred times whatever the size: each report is an event.
constexpr int ReportSteps = 100;

} // namespace

FreezeTask::FreezeTask(Kind kind, const Journal &journal, std::shared_ptr<const Batch> batch, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_journal(journal)
    , m_batch(std::move(batch))
{}

FreezeTask *FreezeTask::review(const Journal &journal, const DraftRecord &draft, std::shared_ptr<const Batch> batch,
                               QObject *parent)
{
    auto *task = new FreezeTask(Kind::Review, journal, std::move(batch), parent);
    task->m_draft = draft;
    return task;
}

FreezeTask *FreezeTask::save(const Journal &journal, const DraftRecord &draft, std::shared_ptr<const Batch> batch,
                             QObject *parent)
{
    auto *task = new FreezeTask(Kind::Save, journal, std::move(batch), parent);
    task->m_draft = draft;
    return task;
}

FreezeTask *FreezeTask::record(const Journal &journal, qint64 draftId, const QString &profileId,
                               const FrozenBody::Request &request, std::shared_ptr<const Batch> batch, QObject *parent)
{
    auto *task = new FreezeTask(Kind::Record, journal, std::move(batch), parent);
    task->m_draftId = draftId;
    task->m_profileId = profileId;
    task->m_request = request;
    return task;
}

FreezeTask::~FreezeTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void FreezeTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("lesspay-freeze"));
    // Delivered on the owner's thread once run() returned: the result is complete by then.
    connect(m_thread, &QThread::finished, this, &FreezeTask::finished);
    m_thread->start();
}

bool FreezeTask::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void FreezeTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool FreezeTask::report(int done, int total)
{
    const int step = total > 0 ? int(qint64(done) * ReportSteps / total) : ReportSteps;
    if (step != m_lastReported) {
        m_lastReported = step;
        Q_EMIT progress(done, total); // queued to the owner's thread
    }
    return !m_cancel;
}

void FreezeTask::run()
{
    QString error;
    const std::unique_ptr<Journal> journal = m_journal.openAgain(&error);
    if (!journal) {
        m_result.error = error;
        return;
    }
    if (m_kind == Kind::Review)
        runReview(*journal);
    else if (m_kind == Kind::Record)
        runRecord(*journal);
    else
        m_result.ok = saveDraft(*journal, m_batch->size());
    // The tens of megabytes just written sit in SQLite's log: copied into the database here,
    // the next small write on the GUI thread (marking the batch Sending) need not copy them.
    journal->checkpoint();
}

void FreezeTask::runReview(Journal &journal)
{
    // Two halves of equal weight: encoding the draft's rows, then writing the request.
    const int rows = m_batch->size();
    const int total = 2 * rows;
    if (!saveDraft(journal, total))
        return;
    if (!report(rows, total)) {
        m_result.cancelled = true;
        return;
    }
    m_result.request = FrozenBody::write(*m_batch);
    if (!report(total, total)) {
        m_result.cancelled = true;
        return;
    }
    m_result.ok = true;
}

// Encodes the rows (reporting against `total`) and saves the draft; false when the journal refused.
bool FreezeTask::saveDraft(Journal &journal, int total)
{
    const int rows = m_batch->size();
    m_draft.header = m_batch->header();
    m_draft.rowCount = rows;
    m_draft.rows = DraftCodec::encodeRows(rows, [this, total](int row) {
        if (row % 256 == 0)
            report(row, total);
        PayoutDetail detail = m_batch->detail(row);
        m_result.walletCount += detail.isWallet() ? 1 : 0;
        return detail;
    });
    // Saved even when cancelled: what the person typed is never lost by a cancel.
    QString error;
    const std::optional<qint64> id = DraftStore(journal).save(m_draft, &error);
    if (!id) {
        m_result.error = error;
        return false;
    }
    m_result.draftId = *id;
    return true;
}

void FreezeTask::runRecord(Journal &journal)
{
    Journal::FreezeInput input;
    input.draftId = m_draftId;
    input.profileId = m_profileId;
    input.body = m_request.body;
    input.requestId = m_request.requestId;
    input.batch = m_batch.get();
    input.progress = [this](int done, int total) { return report(done, total); };
    QString error;
    m_result.frozen = journal.freeze(input, &error);
    m_result.cancelled = !m_result.frozen && m_cancel;
    m_result.ok = m_result.frozen.has_value();
    if (!m_result.ok)
        m_result.error = error;
}

} // namespace Lesspay::Core
